#!/usr/bin/env bash
# One command from a bare Debian 12 machine to a running Trade Inspector:
# installs what is missing, builds, and starts the GUI. Without --database or
# DATABASE_URL it opens the demo database (created on first start).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh --target trade-inspector
exec "${BUILD_DIR:-build}/bin/trade-inspector" "$@"
