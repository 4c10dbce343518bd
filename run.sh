#!/usr/bin/env bash
# Runs protract from source: installs what the build needs when missing, then passes every argument on.
#   ./run.sh validate Programs/*.yaml
set -euo pipefail
cd "$(dirname "$0")"
scripts/ensure-deps.sh
swift build -q
exec .build/debug/protract "$@"
