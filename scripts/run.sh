#!/usr/bin/env bash
# Runs one npm script's command with what it needs, so each `npm run …` works from a fresh clone:
# a Node that Astro 7 accepts (scripts/node-env.sh), the npm packages (`npm ci` when node_modules/ is
# missing), and, on request, the Debian packages the browser tests drive and a built site.
# Usage (from package.json): bash scripts/run.sh [--browser] [--dist] <command> [args…]
#   --browser  install chromium & co. when missing (scripts/system-deps.sh)
#   --dist     build the site first when dist/ holds no build yet (an existing dist/ is used as it is)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh >/dev/null
[ -f node_modules/.package-lock.json ] || npm ci --no-audit --no-fund
while [ $# -gt 0 ]; do
  case $1 in
    --browser) source scripts/system-deps.sh; shift ;;
    --dist) [ -f dist/index.html ] || npx astro build; shift ;;
    *) break ;;
  esac
done
exec "$@"
