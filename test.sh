#!/usr/bin/env bash
# Runs every Protract test: installs what the build and the tests need when missing, builds, runs
# the unit, golden and end-to-end tests, checks the built-in programmes with the built binary, and
# runs real iCalendar parsers over every .ics the golden tests produce, the benchmark in quick mode
# and a short fuzz smoke.
set -euo pipefail
cd "$(dirname "$0")"

scripts/ensure-deps.sh --test
swift build
swift test
.build/debug/protract validate Programs/*.yaml

echo "== benchmark, quick mode (proves it runs; numbers come from: swift run -c release protract-bench)"
.build/debug/protract-bench --quick

echo "== fuzz smoke: every libFuzzer target for a few seconds (full runs: scripts/fuzz.sh TARGET SECONDS)"
scripts/fuzz.sh --smoke

echo "== real iCalendar parsers (ical, icalendar, vobject, calcurse) on the golden .ics files"
scripts/check-ics.sh Tests/PlanRenderingTests/Golden/*.ics Tests/PlanningTests/Golden/*.ics
scripts/check-ics.sh --local-time Europe/London=07:30 --expect-dst-change \
    Tests/PlanRenderingTests/Golden/dst-europe-london.ics Tests/PlanningTests/Golden/flagship-dst-london.ics
scripts/check-ics.sh --local-time America/New_York=07:30 --expect-dst-change \
    Tests/PlanRenderingTests/Golden/dst-america-new-york.ics
