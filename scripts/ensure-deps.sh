#!/usr/bin/env bash
# Installs what Protract needs to build on Debian when it is missing: libyaml-dev and pkg-config.
# Safe to run again: it does nothing when both are present.
set -euo pipefail

missing=()
dpkg -s libyaml-dev >/dev/null 2>&1 || missing+=(libyaml-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ ${#missing[@]} -eq 0 ] && exit 0

echo "protract: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "protract: run as root or install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update
$sudo apt-get install -y "${missing[@]}"
