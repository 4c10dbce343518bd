#!/bin/sh
# Draws every built-in exercise's figure into one HTML contact sheet and screenshots it with headless
# Chromium, so that a person can look at them all at once.
#   scripts/figure-sheet.sh [OUT-DIR]     (default .build/figure-sheet; writes figures.html and figures.png)
set -eu
cd "$(dirname "$0")/.."
out=${1:-.build/figure-sheet}
mkdir -p "$out"
out=$(cd "$out" && pwd)
PROTRACT_FIGURE_SHEET="$out/figures.html" swift test --filter FigureSheetTests >/dev/null
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "wrote $out/figures.html (no Chromium found for the screenshot: apt-get install chromium)" >&2
    exit 0
fi
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,${FIGURE_SHEET_HEIGHT:-3000} \
    --screenshot="$out/figures.png" "file://$out/figures.html" >/dev/null 2>&1
echo "wrote $out/figures.html and $out/figures.png"
