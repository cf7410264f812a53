# Source this file: it puts a Node.js that Astro 7 accepts (>= 22.12) first on PATH.
# Where the system Node is older, it installs the npm registry's `node@24` package into
# .tools/node24 (a project-local folder, ignored by git) and never touches the system Node.

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>22||(a===22&&b>=12)?0:1)'
}

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
local_bin="$repo_root/.tools/node24/node_modules/.bin"

if [ -x "$local_bin/node" ]; then
  export PATH="$local_bin:$PATH"
fi
if ! node_ok; then
  echo "» Node $(node -v 2>/dev/null || echo 'không có') is older than 22.12: installing Node 24 into .tools/node24"
  npm install --prefix "$repo_root/.tools/node24" --no-save --no-package-lock --no-audit --no-fund node@24 >/dev/null
  export PATH="$local_bin:$PATH"
  node_ok || { echo "Node 24 could not be installed" >&2; return 1; }
fi
echo "» Node $(node -v) from $(command -v node)"
