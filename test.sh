#!/usr/bin/env bash
# Runs every Protract test: installs what the build needs when missing, builds, runs the unit,
# golden and end-to-end tests, then checks the built-in programmes with the built binary.
set -euo pipefail
cd "$(dirname "$0")"

scripts/ensure-deps.sh
swift build
swift test
.build/debug/protract validate Programs/*.yaml
