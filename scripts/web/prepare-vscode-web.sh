#!/usr/bin/env bash
# Lays out the VS Code 1.100.3 web client shipped inside the npm package code-server@4.100.3 as an
# @vscode/test-web "static build" (<dataDir>/vscode-web-stable-<commit>/ + version file), so that
# test-web never contacts the update server. Needs only the npm registry. From the recipe in
# ../shared/WEB-E2E.md: the sed patches fit this commit only and fail loudly otherwise.
set -euo pipefail
CS_VERSION=4.100.3
COMMIT=409c64e0df4d53530e59c16acc2b5d5766f717b0
DATA_DIR=$(realpath -m "${1:?usage: prepare-vscode-web.sh DATA_DIR}")
BUILD="$DATA_DIR/vscode-web-stable-$COMMIT"
if [ -f "$BUILD/version" ]; then echo "VS Code for the web already prepared: $BUILD"; exit 0; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent "code-server@$CS_VERSION" >/dev/null && tar xzf "code-server-$CS_VERSION.tgz" package/lib/vscode)
grep -q "\"commit\": \"$COMMIT\"" "$tmp/package/lib/vscode/product.json" || { echo "unexpected commit in code-server@$CS_VERSION" >&2; exit 1; }
mkdir -p "$DATA_DIR"; rm -rf "$BUILD"; mv "$tmp/package/lib/vscode" "$BUILD"
# Browser-side modules (vscode-textmate, vscode-oniguruma, xterm …); no native builds, no ripgrep.
(cd "$BUILD" && npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error)
WB="$BUILD/out/vs/code/browser/workbench/workbench.js"
# 1. code-server forces a remote (its own server): run as a pure web workbench instead.
sed -i 's/remoteAuthority:location\.host}/}/' "$WB"
# 2. code-server keeps user data on vscode-remote://: use upstream's in-browser vscode-userdata:/User.
sed -i -E 's/get userRoamingDataHome\(\)\{return [A-Za-z_$]+\(([A-Za-z_$]+)\.file\(this\.userDataPath\)\.with\(\{scheme:[A-Za-z_$]+\.vscodeRemote\}\),"User"\)\}/get userRoamingDataHome(){return this.__urdh||(this.__urdh=\1.file("\/User").with({scheme:"vscode-userdata"}))}/' "$WB"
if grep -q 'remoteAuthority:location\.host' "$WB" || ! grep -q '__urdh=' "$WB"; then echo "workbench.js patch failed" >&2; exit 1; fi
# 3. The files test-web's ESM page template loads.
cat > "$BUILD/out/vs/workbench/workbench.web.config-patch.js" <<'JS'
// code-server's workbench requires these options (normally injected by its server).
const el = document.getElementById('vscode-workbench-web-configuration');
const cfg = JSON.parse(el.getAttribute('data-settings'));
Object.assign(cfg, { userDataPath: '/User', isEnabledFileDownloads: true, isEnabledFileUploads: true, isEnabledCoderGettingStarted: false });
el.setAttribute('data-settings', JSON.stringify(cfg));
JS
cat > "$BUILD/out/vs/workbench/workbench.web.main.internal.js" <<'JS'
// code-server's bundled workbench.js boots itself from the <meta> configuration that
// test-web renders; test-web's own main.js then calls create(), which is a no-op here.
import './workbench.web.config-patch.js';
import '../code/browser/workbench/workbench.js';
export function create() { }
export const URI = { parse: (s) => s, revive: (u) => u };
export class Emitter { constructor() { this.event = () => ({ dispose() { } }); } fire() { } dispose() { } }
JS
echo '@import url("../code/browser/workbench/workbench.css");' > "$BUILD/out/vs/workbench/workbench.web.main.internal.css"
printf '%s' "vscode-web-stable-$COMMIT" > "$BUILD/version"
echo "prepared $BUILD"
