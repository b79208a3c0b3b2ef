#!/usr/bin/env bash
# Renders `proofread check --format html` for the bundled example and the CLI test corpus, then
# takes a screenshot of the page with headless Chromium, if one is installed, so a person can see
# that it renders (the page must need nothing from the network). Not part of CI.
# Usage: tests/Proofread.Reporting.Tests/render-html.sh [OUT_DIR]   (default: /tmp/proofread-html)
# Chromium on Debian: apt-get install chromium
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-/tmp/proofread-html}
mkdir -p "$out"
dotnet build src/Proofread.Cli --nologo -v quiet >/dev/null
status=0
src/Proofread.Cli/bin/Debug/net10.0/proofread check corpora/examples/kim-congress.spun.txt tests/Proofread.Cli.Tests/Fixtures/corpus \
  --format html >"$out/report.html" || status=$?
if [ "$status" -gt 1 ]; then
  echo "render-html: proofread failed (exit $status)"
  exit 1
fi
echo "render-html: wrote $out/report.html"

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "render-html: no headless Chromium found (chromium, chromium-browser, google-chrome); no screenshot taken"
  exit 0
fi

# No network for the page: any external asset would fail to load and show in the screenshot.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
  --proxy-server=127.0.0.1:9 --window-size=1280,1600 \
  --screenshot="$out/report.png" "file://$(realpath "$out/report.html")" >/dev/null 2>&1
echo "render-html: screenshot $out/report.png"
