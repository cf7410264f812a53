#!/usr/bin/env bash
# The lint step (npm run lint, and the first step of npm test): ESLint (with the layer rule), Prettier's
# check, knip (unused files, exports, dependencies) and dependency-cruiser (import circles). Each runs even
# when one before it failed, so one run shows every finding; the exit status is 1 when any failed.
# Run from scripts/run.sh, which brings Node 24 and node_modules/.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
check() {
  local name=$1; shift
  echo "━━ $name"
  if "$@"; then echo "✓ $name"; else echo "✗ $name failed"; status=1; fi
}
check "ESLint (with the layers: scripts/lib/layers.mjs)" npx eslint --cache --cache-location node_modules/.cache/eslint/ --max-warnings 0 .
check "Prettier (npm run format writes it)" npx prettier --check --cache --log-level warn .
check "knip (unused files, exports, dependencies)" npx knip --no-progress
check "Import circles (dependency-cruiser)" npx depcruise src scripts tests --config .dependency-cruiser.cjs --output-type err
exit $status
