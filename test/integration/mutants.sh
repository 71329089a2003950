#!/usr/bin/env bash
# Proves the integration and e2e layers catch breakage: copies the built extension to a temp folder,
# breaks one thing in the copy's dist/extension.js, and runs the layer against the copy. Each mutant
# must make its layer FAIL; the script exits 1 if a mutant survives. Build first (npm run build and
# node test/integration/build.mjs). Usage: bash test/integration/mutants.sh
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
survivors=0

# make_copy <dir> <sed-expression>: copy of the extension (tests included) with dist/extension.js patched.
make_copy() {
  local dir="$1" expr="$2"
  mkdir -p "$dir"
  tar -C "$ROOT" --exclude=./node_modules --exclude=./.git --exclude=./.vscode-test --exclude=./test-results -cf - . | tar -C "$dir" -xf -
  ln -s "$ROOT/node_modules" "$dir/node_modules"
  local before; before="$(md5sum < "$dir/dist/extension.js")"
  sed -i -E "$expr" "$dir/dist/extension.js"
  if [[ "$before" == "$(md5sum < "$dir/dist/extension.js")" ]]; then echo "mutants: patch '$expr' changed nothing"; exit 2; fi
}

# expect_fail <label> <command...>: runs the layer; a zero exit means the mutant survived.
expect_fail() {
  local label="$1"; shift
  echo "=== mutant: $label"
  if "$@" > "test-results/mutant-${label}.log" 2>&1; then
    echo "SURVIVED: $label (layer passed against a broken extension)"; survivors=$((survivors + 1))
  else
    echo "killed: $label"; grep -E "passing|failing|^\s+[0-9]+\) |AssertionError|Error:|^not ok|# (pass|fail)" "test-results/mutant-${label}.log" | head -12
  fi
}
mkdir -p test-results
TMP="$(mktemp -d "${TMPDIR:-/tmp}/presales-mutants-XXXXXX")"
trap 'rm -rf "$TMP"' EXIT

# 1. A command registered under the wrong id (package.json still contributes presales.advanceStage).
make_copy "$TMP/cmd" 's/"presales\.advanceStage"/"presales.advanceStageBroken"/g'
expect_fail command-id node --import tsx test/integration/run.ts --extension "$TMP/cmd" --tests "$TMP/cmd/out/integration/index.js"

# 2. The dashboard webview provider registered for a view id the manifest does not contribute.
make_copy "$TMP/view" 's/"presales\.dashboard"/"presales.dashboardBroken"/g'
expect_fail view-id env E2E_EXTENSION="$TMP/view" node --import tsx --test test/e2e/presales.e2e.ts

echo "mutants: $survivors survived"
exit $((survivors > 0))
