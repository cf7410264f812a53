#!/usr/bin/env bash
# Runs one npm script's command with what it needs, so each `npm run …` works from a fresh clone:
# a Node that Astro 7 accepts (scripts/node-env.sh), the npm packages (`npm ci` when node_modules/ is
# missing), and, on request, the Debian packages the browser tests drive and a built site.
# Usage (from package.json): bash scripts/run.sh [--browser] [--dist] <command> [args…]
#   --browser  install chromium & co. when missing (scripts/system-deps.sh)
#   --dist     build the site first when dist/ holds no build, or an older one than the sources
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh >/dev/null
[ -f node_modules/.package-lock.json ] || npm ci --no-audit --no-fund
while [ $# -gt 0 ]; do
  case $1 in
    --browser) source scripts/system-deps.sh; shift ;;
    --dist)
      # A build older than any source file would test yesterday's site: build again.
      if [ ! -f dist/index.html ] || [ -n "$(find src public astro.config.mjs package-lock.json -newer dist/index.html -print -quit)" ]; then
        npx astro build
      fi
      shift ;;
    *) break ;;
  esac
done
exec "$@"
