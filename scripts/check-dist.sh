#!/usr/bin/env bash
# Fails when dist/ (or the generated schema validator) is not exactly what a fresh build of src/ produces.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r dist "$tmp/committed"
cp src/config/generated/validate-config.js "$tmp/validate-config.js"
npm run --silent bundle
status=0
if ! diff -q "$tmp/validate-config.js" src/config/generated/validate-config.js >/dev/null; then
  echo "src/config/generated/validate-config.js is stale: run 'npm run bundle' and commit it." >&2
  status=1
fi
if ! diff -r "$tmp/committed" dist >"$tmp/diff.txt"; then
  echo "dist/ differs from a fresh bundle of src/: run 'npm run bundle' and commit dist/." >&2
  head -40 "$tmp/diff.txt" >&2
  status=1
fi
[ "$status" -eq 0 ] && echo "dist/ matches a fresh bundle of src/."
exit "$status"
