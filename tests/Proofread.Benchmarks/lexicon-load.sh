#!/usr/bin/env bash
# Cold load of every lexical resource (LexiconColdLoad): N fresh processes of the ReadyToRun-published
# benchmark tool; prints each run, then the median wall time and the largest peak RSS.
# Usage: lexicon-load.sh [RUNS [steps]]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
mode=${2:-}
out=artifacts/lexicon-load
dotnet publish tests/Proofread.Benchmarks -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" -v quiet -nologo >/dev/null
export PROOFREAD_DATA="$PWD/dictionaries"
for _ in 1 2; do "$out/Proofread.Benchmarks" lexicon-load $mode >/dev/null; done   # warm the file cache
walls=(); peaks=()
for _ in $(seq "$runs"); do
  line=$("$out/Proofread.Benchmarks" lexicon-load $mode | tail -1)
  echo "$line"
  walls+=($(echo "$line" | sed -E 's/.*: ([0-9]+) ms wall.*/\1/'))
  peaks+=($(echo "$line" | sed -E 's/.* ([0-9]+) MB peak RSS.*/\1/'))
done
median=$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "median ${median} ms wall over $runs runs; peak RSS max $(printf '%s\n' "${peaks[@]}" | sort -n | tail -1) MB"
