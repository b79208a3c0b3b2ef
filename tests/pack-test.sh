#!/usr/bin/env bash
# Packs src/Proofread.Cli as the `dotnet tool` package Proofread into a local folder feed,
# installs it from that feed into a temporary tool path and runs the installed `proofread` on the
# bundled example (text and SARIF). Needs no network: the tool package has no dependencies.
# The package and the install use their own NuGet folder, so an older package of the same
# version in ~/.nuget/packages can never be the one that gets installed.
# Usage: tests/pack-test.sh [Debug|Release]   (Debug reuses the build `dotnet test` made)
set -euo pipefail
cd "$(dirname "$0")/.."
configuration=${1:-Debug}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet pack src/Proofread.Cli -c "$configuration" -o "$work/feed" --nologo -v quiet
package=$(ls "$work/feed"/Proofread.*.nupkg)
echo "pack-test: packed $(basename "$package") ($(du -k "$package" | cut -f1) KiB)"

NUGET_PACKAGES="$work/nuget" dotnet tool install --tool-path "$work/tool" --add-source "$work/feed" Proofread >/dev/null
tool="$work/tool/proofread"

fail() { echo "pack-test: FAILED: $*"; exit 1; }
set +e
"$tool" check corpora/examples/kim-congress.spun.txt --color never >"$work/out.txt" 2>"$work/err.txt"
status=$?
"$tool" check corpora/examples/kim-congress.spun.txt --format sarif >"$work/out.sarif" 2>>"$work/err.txt"
sarif_status=$?
set -e
[ "$status" -eq 1 ] || fail "check exited $status, expected 1 (findings); stderr: $(cat "$work/err.txt")"
grep -q "World Health Organization" "$work/out.txt" || fail "no spin suggestion in the output"
grep -q "suggestions in 1 file" "$work/out.txt" || fail "no summary line"
[ "$sarif_status" -eq 1 ] || fail "check --format sarif exited $sarif_status"
grep -q '"version": "2.1.0"' "$work/out.sarif" || fail "no SARIF log"
echo "pack-test: installed tool ran: $(tail -1 "$work/out.txt")"
