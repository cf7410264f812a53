#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs Node 24 (repo-local), npm packages and the
# Debian packages the tests need, then lints (scripts/lint.sh; the suite stops there when it fails), type-checks, runs the unit tests, builds the site with its search
# index, runs the checks over dist/, builds it again with another province's site config and checks that one,
# runs the end-to-end tests in Chromium, and prints the totals.
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
  if ! "$@"; then echo "✗ $name failed"; status=1; return 1; fi
}

# Lint first, in seconds: a finding stops the suite before the minutes of builds and browsers.
if ! step "Lint (ESLint, Prettier, knip, import circles)" bash scripts/lint.sh; then
  echo; echo "Lint failed: fix its findings (npm run lint; npm run format for Prettier's), then run npm test again."
  exit 1
fi
step "Type check (astro check)" npx astro check
step "Unit tests (Vitest)" npx vitest run --project unit --reporter=default --reporter=json --outputFile.json="$results/unit.json"
if step "Build (Astro + Pagefind)" npx astro build; then
  step "Checks over dist/ (Vitest)" npx vitest run --project dist --reporter=default --reporter=json --outputFile.json="$results/dist.json"
  # Another province: a second build with tests/province/site.config.ts into tests/.output/province-dist/.
  if step "Build with another province's site config" env SITE_CONFIG=tests/province/site.config.ts OUT_DIR="$results/province-dist" npx astro build; then
    step "Another province's names, never the default's (Vitest)" npx vitest run --project province --reporter=default --reporter=json --outputFile.json="$results/province.json"
  fi
  step "End-to-end tests (Playwright, Chromium)" npx playwright test
  step "Lighthouse (mobile; accessibility, best practices, SEO)" node scripts/lighthouse.mjs --gate
else
  status=1
fi

node scripts/test-totals.mjs "$results" || status=1
exit $status
