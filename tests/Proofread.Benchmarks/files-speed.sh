#!/usr/bin/env bash
# Several-files benchmark: `proofread check` over COPIES copies of ../shared/eval/clean and the bundled
# example (read at run time, copied to a temporary directory, never into the repository), once on
# every core and once pinned to one core (taskset), for the ReadyToRun-published tool. Prints words
# per second of wall time and how many cores the run kept busy (CPU time / wall time). Each figure
# includes the start-up and model loading of its one process.
# Usage: files-speed.sh [COPIES]   (default 8)
set -euo pipefail
cd "$(dirname "$0")/../.."
copies=${1:-8}
out=artifacts/startup
dotnet publish src/Proofread.Cli -c Release -r linux-x64 --self-contained false -o "$out" -v quiet -nologo >/dev/null
exe="$out/proofread"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
sources=(corpora/examples/kim-congress.spun.txt)
if [ -d ../shared/eval/clean ]; then sources+=(../shared/eval/clean/*.txt); fi
for c in $(seq "$copies"); do
  for f in "${sources[@]}"; do cp "$f" "$dir/$c-$(basename "$f")"; done
done
files=("$dir"/*)
words=$(cat "${files[@]}" | wc -w)
"$exe" check "${files[@]}" --fail-on never >/dev/null   # warm the file cache
run() {
  local label=$1; shift
  local t
  t=$( { /usr/bin/time -f '%e %U %S' "$@" "$exe" check "${files[@]}" --fail-on never >/dev/null; } 2>&1 | tail -1)
  read -r wall user sys <<<"$t"
  awk -v l="$label" -v w="$words" -v e="$wall" -v u="$user" -v s="$sys" -v n="${#files[@]}" \
    'BEGIN { printf "%s: %d files, %d words (wc -w): %.1f s wall, %.0f words/s, %.2f cores busy\n", l, n, w, e, w / e, (u + s) / e }'
}
run "all $(nproc) cores" env
run "one core" taskset -c 0
