#!/usr/bin/env python3
"""Check .ics files with real parsers that nobody on this project wrote.

Usage: check_ics.py [--local-time ZONE=HH:MM] [--expect-dst-change] FILE...

For each file, one line per parser:
  ical       (allenporter, strict pydantic models): parses, expands the timeline, event count
  icalendar  (python icalendar 7): no component errors, validate(), no missing TZIDs,
             start/end readable, UID and DTSTAMP present, event count
  vobject    readComponents(validate=True) and serialize(), event count
  calcurse   (when installed) import into a temporary directory; the import report must count
             every event and skip none, and must not say "Aborting" (calcurse exits 0 then)
  khal       (when installed) printics and import --batch into a temporary calendar: exit 0,
             no "warning:", the right number of events
  local-time (with --local-time) every timed DTSTART, read by icalendar and converted to ZONE,
             shows HH:MM; with --expect-dst-change the UTC offsets must also differ

The expected event count is the number of BEGIN:VEVENT lines. Exits 1 if anything failed.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
from datetime import datetime
from zoneinfo import ZoneInfo


def expected_events(data: bytes) -> int:
    return sum(1 for line in data.split(b"\r\n") if line == b"BEGIN:VEVENT")


def check_ical(path, data, expected):
    from ical.calendar_stream import IcsCalendarStream

    calendar = IcsCalendarStream.calendar_from_ics(data.decode("utf-8"))
    list(calendar.timeline)
    alarms = sum(len(event.alarm) for event in calendar.events)
    assert len(calendar.events) == expected, f"{len(calendar.events)} events, expected {expected}"
    return f"{len(calendar.events)} events, {alarms} alarms"


def check_icalendar(path, data, expected):
    from icalendar import Calendar

    calendar = Calendar.from_ical(data)
    errors = [(component.name, component.errors) for component in calendar.walk() if component.errors]
    assert not errors, f"errors: {errors}"
    if hasattr(calendar, "validate"):
        calendar.validate()
    missing = calendar.get_missing_tzids() if hasattr(calendar, "get_missing_tzids") else set()
    assert not missing, f"missing VTIMEZONE for {missing}"
    events = calendar.walk("VEVENT")
    for event in events:
        event.start, event.end, event.duration  # raise on broken or mixed values
        assert event.get("UID") and event.get("DTSTAMP"), "event without UID or DTSTAMP"
    assert len(events) == expected, f"{len(events)} events, expected {expected}"
    return f"{len(events)} events, no errors, no missing time zones"


def check_vobject(path, data, expected):
    import vobject

    components = list(vobject.readComponents(data.decode("utf-8"), validate=True))
    assert len(components) == 1, f"{len(components)} top-level components"
    for component in components:
        component.serialize()
    events = len(getattr(components[0], "vevent_list", []))
    assert events == expected, f"{events} events, expected {expected}"
    return f"{events} events, validated"


def check_calcurse(path, data, expected):
    if not shutil.which("calcurse"):
        return None
    with tempfile.TemporaryDirectory() as directory:
        result = subprocess.run(
            ["calcurse", "-D", directory, "-i", os.path.abspath(path)],
            capture_output=True, text=True, timeout=60, env={**os.environ, "TMPDIR": directory})
        output = result.stdout + result.stderr
        assert "Aborting" not in output, f"calcurse aborted: {output.strip()}"
        report = re.search(r"(\d+) apps? / (\d+) events? / (\d+) todos? / (\d+) skipped", output)
        assert report, f"no import report in: {output.strip()}"
        apps, events, todos, skipped = map(int, report.groups())
        assert skipped == 0, f"{skipped} skipped: {output.strip()}"
        assert apps + events == expected, f"{apps} apps + {events} events, expected {expected}"
        assert result.returncode == 0, f"exit {result.returncode}: {output.strip()}"
        return f"{apps} apps / {events} events / {skipped} skipped"


KHAL_CONFIG = """[calendars]
[[training]]
path = {root}/cal/training/
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Europe/London
default_timezone = Europe/London
[sqlite]
path = {root}/khal.db
"""


def check_khal(path, data, expected):
    if not shutil.which("khal"):
        return None
    with tempfile.TemporaryDirectory() as root:
        os.makedirs(f"{root}/cal/training")
        config = f"{root}/khal.conf"
        with open(config, "w") as handle:
            handle.write(KHAL_CONFIG.format(root=root))
        env = {**os.environ, "HOME": root, "XDG_CONFIG_HOME": root, "XDG_DATA_HOME": root}
        run = lambda *args: subprocess.run(
            ["khal", "-c", config, *args], capture_output=True, text=True, timeout=120, env=env)
        shown = run("printics", os.path.abspath(path))
        output = shown.stdout + shown.stderr
        assert shown.returncode == 0, f"printics exit {shown.returncode}: {output.strip()[-400:]}"
        assert "warning" not in output.lower(), f"printics warned: {output.strip()[-400:]}"
        found = re.search(r"(\d+) events? found", output)
        assert found and int(found.group(1)) == expected, f"printics: {output.strip()[:200]}"
        imported = run("import", "--batch", "-a", "training", os.path.abspath(path))
        output = imported.stdout + imported.stderr
        assert imported.returncode == 0, f"import exit {imported.returncode}: {output.strip()[-400:]}"
        assert "warning" not in output.lower(), f"import warned: {output.strip()[-400:]}"
        stored = len(os.listdir(f"{root}/cal/training"))
        assert stored == expected, f"{stored} events stored, expected {expected}"
        return f"printics {found.group(1)} events, imported {stored}"


def check_local_time(path, data, zone, wall_clock, expect_change):
    from icalendar import Calendar

    tz = ZoneInfo(zone)
    offsets, bad = set(), []
    for event in Calendar.from_ical(data).walk("VEVENT"):
        start = event.decoded("DTSTART")
        if not isinstance(start, datetime):
            continue
        assert start.tzinfo is not None, f"floating DTSTART {start}"
        local = start.astimezone(tz)
        offsets.add(local.utcoffset())
        if local.strftime("%H:%M") != wall_clock:
            bad.append(f"{start.isoformat()} is {local.isoformat()}")
    assert offsets, "no timed events"
    assert not bad, f"not at {wall_clock} in {zone}: {bad}"
    if expect_change:
        assert len(offsets) > 1, f"expected a DST change, saw only {offsets}"
    def hours(offset):
        minutes = int(offset.total_seconds()) // 60
        return f"{'-' if minutes < 0 else '+'}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"

    shown = ", ".join(sorted(hours(offset) for offset in offsets))
    return f"every start at {wall_clock} {zone} (UTC offsets {shown})"


def main(argv):
    local_time, expect_change, files = None, False, []
    args = iter(argv)
    for arg in args:
        if arg == "--local-time":
            zone, _, wall_clock = next(args, "").partition("=")
            local_time = (zone, wall_clock)
        elif arg == "--expect-dst-change":
            expect_change = True
        elif arg in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            files.append(arg)
    if not files:
        print(__doc__, file=sys.stderr)
        return 64

    checks = [("ical", check_ical), ("icalendar", check_icalendar), ("vobject", check_vobject),
              ("calcurse", check_calcurse), ("khal", check_khal)]
    failures = 0
    for path in files:
        data = open(path, "rb").read()
        expected = expected_events(data)
        runs = list(checks)
        if local_time:
            runs.append(("local-time", lambda p, d, e: check_local_time(p, d, *local_time, expect_change)))
        for name, check in runs:
            try:
                verdict = check(path, data, expected)
                print(f"{path}: {name}: " + ("skipped (not installed)" if verdict is None else f"ok, {verdict}"))
            except Exception as error:  # every parser raises its own types
                failures += 1
                detail = str(error).strip().splitlines()[:3] or [traceback.format_exc(limit=1)]
                print(f"{path}: {name}: FAIL {type(error).__name__}: {' '.join(detail)[:600]}")
    if os.environ.get("CI") == "true" and not (shutil.which("calcurse") or shutil.which("khal")):
        failures += 1
        print("calcurse/khal: FAIL neither is installed; CI must import with one of them (apt-get install calcurse)")
    print(f"{len(files)} file(s), {failures} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
