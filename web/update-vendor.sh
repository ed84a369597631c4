#!/usr/bin/env bash
# Re-vendors the widget's one dependency, socket.io-client, from the npm
# registry at the exact version pinned in package.json / package-lock.json.
# The page serves vendor/ itself: nothing is fetched from a CDN at run time,
# and neither npm nor node_modules is needed to run or test the project.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --ignore-scripts --no-audit --no-fund
mkdir -p vendor
cp node_modules/socket.io-client/dist/socket.io.min.js vendor/socket.io.min.js
cp node_modules/socket.io-client/LICENSE vendor/socket.io-client.LICENSE
version=$(node -p 'require("./node_modules/socket.io-client/package.json").version')
(cd vendor && sha256sum socket.io.min.js socket.io-client.LICENSE > SHA256SUMS)
echo "socket.io-client $version" > vendor/VERSION
rm -rf node_modules
echo "vendored socket.io-client $version into web/vendor/"
