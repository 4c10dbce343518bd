#!/usr/bin/env bash
# The closed loop in a real calendar: a course's .ics is imported into khal, sessions are logged
# (a flare-up), the course's plan is exported and imported again, then a red flag is logged and it
# is imported a third time. Each time khal must hold each session once (the UIDs are kept, so a
# re-import updates in place), the second import must carry the new dose, and the third must mark
# every called-off session CANCELLED. Needs the built binary (.build/debug/protract) and khal;
# without khal it says so and exits 0, except under CI=true, where khal is required.
set -euo pipefail
cd "$(dirname "$0")/.."
protract="$PWD/.build/debug/protract"
if ! command -v khal >/dev/null 2>&1; then
    if [ "${CI:-}" = true ]; then echo "check-reimport: FAIL khal is not installed (apt-get install -y khal)"; exit 1; fi
    echo "check-reimport: skipped, khal is not installed (apt-get install -y khal)"
    exit 0
fi
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/cal/training"
cat > "$root/khal.conf" <<CONF
[calendars]
[[training]]
path = $root/cal/training/
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
path = $root/khal.db
CONF
export HOME="$root" XDG_DATA_HOME="$root/data" XDG_CONFIG_HOME="$root"
khal() { command khal -c "$root/khal.conf" "$@"; }
fail() { echo "check-reimport: FAIL $*"; exit 1; }
stored() { ls "$root/cal/training" | wc -l | tr -d ' '; }
# The event of a date, unfolded, as khal stored it.
next() { printf '%02d' $((10#$1 + 1)); }  # the next day of December
event() { grep -l "DTSTART[^:]*:$1" "$root"/cal/training/* | head -n 1 | xargs sed -e ':a' -e 'N' -e '$!ba' -e 's/\r\{0,1\}\n //g'; }

# Baseline 12 in this rehab programme starts on knee push-ups (a step below the training mapping).
"$protract" start upper-back-rehab --baseline push-ups=12 --start 2026-12-07 --time-zone Europe/London --name Sam \
    >/dev/null 2>&1
SOURCE_DATE_EPOCH=1796000000 "$protract" plan --today 2026-12-07 --format ics -o "$root/1.ics" 2>/dev/null
khal import --batch -a training "$root/1.ics"
[ "$(stored)" = 24 ] || fail "first import stored $(stored) events, expected 24"
wednesday=$(event 20261216)
grep -q "Knee push-up: 3 x 6" <<< "$wednesday" || fail "Wed 16 Dec should first hold knee push-ups 3 x 6"

for entry in 07:2:1 09:2:1 11:3:2 14:6:5; do
    IFS=: read -r day pain morning <<< "$entry"
    # Logged the next morning, with that morning's pain (a morning still to come is refused).
    "$protract" log --today "2026-12-$(next "$day")" --date "2026-12-$day" --as-planned --pain "$pain" --morning "$morning" >/dev/null
done
SOURCE_DATE_EPOCH=1796100000 "$protract" plan --today 2026-12-15 --format ics -o "$root/2.ics" 2>/dev/null
khal import --batch -a training "$root/2.ics"
[ "$(stored)" = 24 ] || fail "after re-import khal holds $(stored) events, expected each of the 24 once"
[ "$(khal list 2026-12-16 1d --format '{title}' | grep -c 'Week 2')" = 1 ] || fail "Wed 16 Dec shows more than once"
wednesday=$(event 20261216)
grep -q "Low incline push-up: 3 x 10" <<< "$wednesday" || fail "Wed 16 Dec was not updated to the step back"
grep -q "SEQUENCE:29935000" <<< "$wednesday" || fail "Wed 16 Dec does not carry the later SEQUENCE"
khal list 2026-12-14 1d --format '{title}' | grep -q "Week 2 · .* (done)" || fail "Mon 14 Dec is not shown as done"

"$protract" log --today 2026-12-16 --date 2026-12-16 --as-planned --pain 2 --symptom arm-numbness >/dev/null && \
    fail "a red flag logged should exit 3"
status=0
SOURCE_DATE_EPOCH=1796200000 "$protract" plan --today 2026-12-17 --format ics -o "$root/3.ics" 2>/dev/null || status=$?
[ "$status" = 3 ] || fail "the plan of a stopped course exited $status, expected 3"
khal import --batch -a training "$root/3.ics"
[ "$(stored)" = 24 ] || fail "after the third import khal holds $(stored) events, expected 24"
cancelled=$(grep -l "STATUS:CANCELLED" "$root"/cal/training/* | wc -l | tr -d ' ')
[ "$cancelled" = 19 ] || fail "$cancelled events are cancelled in khal, expected the 19 after Wed 16 Dec"
friday=$(khal list 2026-12-18 1d --format '{status}')
grep -q CANCELLED <<< "$friday" || fail "khal does not show Fri 18 Dec as cancelled"

# A course that grew and shrank: with nothing logged in weeks 2 and 3 the plan, exported on Mon 28
# Dec, grew by two weeks (30 sessions); the week-2 sessions logged late count again (27), and the
# next export cancels the three sessions after the new end, so khal shows none of them as planned.
rm -rf "$root/cal/training"/* "$root/khal.db" "$XDG_DATA_HOME/protract"
"$protract" start upper-back-rehab --baseline push-ups=12 --start 2026-12-07 --time-zone Europe/London >/dev/null 2>&1
for day in 07 09 11; do
    "$protract" log --today "2026-12-$(next "$day")" --date "2026-12-$day" --as-planned --pain 2 --morning 1 >/dev/null
done
SOURCE_DATE_EPOCH=1796300000 "$protract" plan --today 2026-12-28 --format ics -o "$root/4.ics" 2>/dev/null
khal import --batch -a training "$root/4.ics"
[ "$(stored)" = 30 ] || fail "the grown course stored $(stored) events, expected 30"
for day in 14 16 18; do
    "$protract" log --today 2026-12-28 --date "2026-12-$day" --as-planned --pain 2 --morning 1 >/dev/null
done
SOURCE_DATE_EPOCH=1796400000 "$protract" plan --today 2026-12-28 --format ics -o "$root/5.ics" 2>/dev/null
khal import --batch -a training "$root/5.ics"
[ "$(stored)" = 30 ] || fail "after the shorter course's import khal holds $(stored) events, expected each of the 30 once"
withdrawn=$(grep -l "STATUS:CANCELLED" "$root"/cal/training/* | wc -l | tr -d ' ')
[ "$withdrawn" = 3 ] || fail "$withdrawn events are cancelled in khal, expected the 3 after the shorter course's end"
planned=$(khal list 2026-12-01 120d --format '{status}{title}' | grep -c "CONFIRMED *Week" || true)
[ "$planned" = 27 ] || fail "khal shows $planned sessions not cancelled, expected the course's 27"
echo "check-reimport: ok, khal kept 24 events through three imports: the new dose in place, 19 cancelled after a red flag;"
echo "  a course that grew by two weeks and shrank by one: the 3 sessions after its new end cancelled"
