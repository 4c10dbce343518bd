#!/usr/bin/env bash
# Installs what Protract needs on Debian when it is missing. Safe to run again: it does nothing
# when everything is present.
#   scripts/ensure-deps.sh          build and run needs: libyaml-dev, pkg-config, tzdata (time zones)
#   scripts/ensure-deps.sh --test   also what the tests use: python3-venv (real iCalendar and
#                                   JSON Schema validators from PyPI), calcurse and khal (two
#                                   calendars to import the .ics files into) and tmux (log's
#                                   questions typed at on a real terminal), chromium,
#                                   poppler-utils and a Java runtime (the HTML handout printed,
#                                   measured and validated by the Nu checker: scripts/check-html.sh)
set -euo pipefail

missing=()
dpkg -s libyaml-dev >/dev/null 2>&1 || missing+=(libyaml-dev)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
[ -e /usr/share/zoneinfo/Europe/London ] || missing+=(tzdata)
if [ "${1:-}" = "--test" ]; then
    command -v calcurse >/dev/null 2>&1 || missing+=(calcurse)
    command -v khal >/dev/null 2>&1 || missing+=(khal)
    command -v tmux >/dev/null 2>&1 || missing+=(tmux)
    python3 -c 'import venv, ensurepip' >/dev/null 2>&1 || missing+=(python3-venv)
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
    command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
fi
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
