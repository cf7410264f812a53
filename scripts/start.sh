#!/usr/bin/env bash
# Installs, builds (site + search index) and serves the built site on http://localhost:4321.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node-env.sh
npm ci --no-audit --no-fund
npx astro build
exec node tests/support/static-server.mjs dist "${PORT:-4321}"
