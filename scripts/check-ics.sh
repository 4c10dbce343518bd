#!/usr/bin/env bash
# Checks .ics files with real parsers nobody on this project wrote: ical, icalendar and vobject
# from PyPI (in a venv under .build-venv/, made on first use), plus calcurse and khal when they
# are installed (Debian: apt-get install -y calcurse khal). See scripts/check_ics.py for what each
# check asserts.
#
#   scripts/check-ics.sh Tests/PlanRenderingTests/Golden/*.ics
#   scripts/check-ics.sh --local-time Europe/London=07:30 --expect-dst-change \
#       Tests/PlanRenderingTests/Golden/dst-europe-london.ics
#
# Exits 0 when every file passes every check, 1 otherwise, 64 without files.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.build-venv"
requirements="ical==14.3.1 icalendar==7.1.2 vobject==0.9.9"

if [ ! -x "$venv/bin/python" ] || [ "$(cat "$venv/.protract-requirements" 2>/dev/null)" != "$requirements" ]; then
    echo "check-ics: setting up $venv ($requirements)" >&2
    python3 -m venv "$venv"
    # shellcheck disable=SC2086
    "$venv/bin/pip" install --quiet --disable-pip-version-check $requirements
    echo "$requirements" > "$venv/.protract-requirements"
fi

exec "$venv/bin/python" "$root/scripts/check_ics.py" "$@"
