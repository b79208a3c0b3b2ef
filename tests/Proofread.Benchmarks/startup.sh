#!/usr/bin/env bash
# Start-up benchmark: wall time of `proofread check` on the bundled example from a cold process,
# for the ReadyToRun-published tool. Prints the median and the spread of N runs (default 30).
# Usage: startup.sh [RUNS [CHECK-OPTIONS...]]   e.g. startup.sh 20 --disable spelling
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-30}
shift || true
extra=("$@")
out=artifacts/startup
dotnet publish src/Proofread.Cli -c Release -r linux-x64 --self-contained false -o "$out" -v quiet -nologo >/dev/null
exe="$out/proofread"
example=corpora/examples/kim-congress.spun.txt
for _ in 1 2 3; do "$exe" check "$example" "${extra[@]}" >/dev/null || true; done   # warm the file cache
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "$exe" check "$example" "${extra[@]}" >/dev/null || true
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "proofread check $example ${extra[*]}: median ${median} ms over $runs runs (min $(echo "$sorted" | head -1) ms, max $(echo "$sorted" | tail -1) ms)"
