#!/usr/bin/env bash
# Fetches the official SARIF 2.1.0 JSON schema (final "rtm.5" text, OASIS SARIF TC) from the npm
# package that ships it, pinned, and stores it as sarif-schema-2.1.0.json beside this script.
# Source: npm @microsoft/jest-sarif 1.0.0-beta.0 (MIT), file lib/schemas/sarif-2.1.0-rtm.5.json.
set -euo pipefail
cd "$(dirname "$0")"
package=@microsoft/jest-sarif@1.0.0-beta.0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tarball=$(cd "$work" && npm pack --silent "$package")
tar -xzf "$work/$tarball" -C "$work" package/lib/schemas/sarif-2.1.0-rtm.5.json package/package.json
cp "$work/package/lib/schemas/sarif-2.1.0-rtm.5.json" sarif-schema-2.1.0.json
sha256sum sarif-schema-2.1.0.json
