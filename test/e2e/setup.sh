#!/usr/bin/env bash
# Installs a real VS Code (code-server 4.99.4 = VS Code 1.99.3) plus Debian Chromium for the e2e and
# integration tests. Idempotent: everything is cached under .vscode-test/ (git-ignored) and skipped when
# the marker file exists. Only Debian packages and the npm registry are used; no browser is downloaded.
# Recipe and troubleshooting: test/e2e/README.md.
set -euo pipefail

CS_VERSION="4.99.4"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CACHE="$ROOT/.vscode-test"
CS_DIR="$CACHE/cs"
# chromium: the browser (never downloaded by Playwright); libkrb5-dev, build-essential: native modules;
# ripgrep: replaces @vscode/ripgrep's GitHub download; fonts-wqy-microhei: CJK glyphs for zh-CN screenshots.
PKGS=(chromium libkrb5-dev ripgrep build-essential fonts-wqy-microhei)
MARKER="$CACHE/.setup-done"
STAMP="code-server=$CS_VERSION apt=${PKGS[*]}"
CS_MARKER="$CS_DIR/.installed-$CS_VERSION"

if [[ -f "$MARKER" && "$(cat "$MARKER")" == "$STAMP" ]]; then
  echo "setup: cached ($MARKER)"
  exit 0
fi

# Never let any package download a browser (playwright) or binaries from GitHub.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export npm_config_nodedir=/usr            # node-gyp uses /usr/include/node, no header download
export npm_config_build_from_source=true  # compile native modules instead of fetching prebuilds
export npm_config_yes=true                # node-pty's postinstall runs `npx node-gyp`
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

# 1. Debian packages (apt-get update only when something is missing).
MISSING=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || MISSING+=("$p")
done
if (( ${#MISSING[@]} )); then
  echo "setup: apt-get install ${MISSING[*]}"
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${MISSING[@]}"
fi

# 2. code-server from the npm registry, install scripts skipped and replayed by hand.
mkdir -p "$CS_DIR"
cd "$CS_DIR"
if [[ ! -f "$CS_MARKER" ]]; then
  [[ -f package.json ]] || echo '{"name":"vscode-test-cs","private":true}' > package.json
  npm install "code-server@$CS_VERSION" --ignore-scripts
  npm rebuild argon2
  cd node_modules/code-server/lib/vscode
  npm install --omit=dev --ignore-scripts
  mkdir -p node_modules/@vscode/ripgrep/bin
  cp /usr/bin/rg node_modules/@vscode/ripgrep/bin/rg
  npm rebuild
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
  (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
  (cd extensions && npm install --omit=dev)
  touch "$CS_MARKER"
fi

echo "$STAMP" > "$MARKER"
echo "setup: done ($CS_DIR)"
