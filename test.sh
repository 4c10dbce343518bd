#!/usr/bin/env bash
# Runs every Protract test: installs what the build and the tests need when missing, builds, runs
# the unit, golden and end-to-end tests, checks the built-in programmes with the built binary, and
# runs real iCalendar parsers over every .ics the golden tests produce, the Nu HTML checker and
# headless Chromium over the golden HTML handouts, the benchmark in quick mode and a short fuzz smoke.
set -euo pipefail
cd "$(dirname "$0")"

scripts/ensure-deps.sh --test
swift build
mkdir -p .build
swift test 2>&1 | tee .build/swift-test.log
.build/debug/protract validate Programs/*.yaml

echo "== benchmark, quick mode (proves it runs; numbers: swift run -c release --package-path Benchmarks protract-bench)"
swift build --package-path Benchmarks
Benchmarks/.build/debug/protract-bench --quick

echo "== fuzz smoke: every libFuzzer target for a few seconds (full runs: scripts/fuzz.sh TARGET SECONDS)"
scripts/fuzz.sh --smoke

echo "== real iCalendar parsers (ical, icalendar, vobject, calcurse) on the golden .ics files"
scripts/check-ics.sh Tests/PlanRenderingTests/Golden/*.ics Tests/PlanningTests/Golden/*.ics
scripts/check-ics.sh --local-time Europe/London=07:30 --expect-dst-change \
    Tests/PlanRenderingTests/Golden/dst-europe-london.ics Tests/PlanningTests/Golden/flagship-dst-london.ics
scripts/check-ics.sh --local-time America/New_York=07:30 --expect-dst-change \
    Tests/PlanRenderingTests/Golden/dst-america-new-york.ics

echo "== the HTML handout: Nu HTML checker, layout at 320-1280 px, printed on A4 and Letter (headless Chromium)"
scripts/check-html.sh

echo "== the closed loop in khal: a course's calendar re-imported after logging, then after a red flag"
scripts/check-reimport.sh

# One closing line that CI reads: the Swift Testing count (the steps above stop the script on any failure).
passed=$(sed -n 's/.*Test run with \([0-9][0-9]*\) tests\{0,1\} in .* passed.*/\1/p' .build/swift-test.log | tail -n 1)
[ -n "$passed" ] || { echo "test.sh: could not read the Swift Testing count from .build/swift-test.log" >&2; exit 1; }
echo "tests: $passed passed, 0 failed"
