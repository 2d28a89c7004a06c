#!/usr/bin/env bash
# Fails when dist/ is not exactly what a fresh bundle of src/ produces.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r dist "$tmp/committed"
rm -rf dist
npm run --silent bundle
if ! diff -r "$tmp/committed" dist >"$tmp/diff.txt"; then
  echo "dist/ differs from a fresh bundle of src/. Run 'npm run bundle' and commit dist/." >&2
  head -50 "$tmp/diff.txt" >&2
  exit 1
fi
echo "dist/ matches a fresh bundle of src/."
