#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs Node 24 (repo-local), npm packages and the
# Debian packages the tests need, then type-checks, runs the unit tests, builds the site with its search
# index, runs the checks over dist/ and the end-to-end tests in Chromium, and prints the totals.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh || exit 1
source scripts/system-deps.sh || exit 1
npm ci --no-audit --no-fund || exit 1

results=tests/.output
rm -rf "$results" && mkdir -p "$results"
status=0
step() {
  local name=$1; shift
  echo; echo "━━ $name"
  if ! "$@"; then echo "✗ $name failed"; status=1; fi
}

step "Type check (astro check)" npx astro check
step "Unit tests (Vitest)" npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/unit.json"
if step "Build (Astro + Pagefind)" npx astro build; then
  step "Checks over dist/ (Vitest)" npx vitest run --project dist --reporter=default --reporter=json --outputFile.json="$results/dist.json"
  step "End-to-end tests (Playwright, Chromium)" npx playwright test
  step "Lighthouse (mobile; best of three)" node scripts/lighthouse.mjs
else
  status=1
fi

node scripts/test-totals.mjs "$results" || status=1
exit $status
