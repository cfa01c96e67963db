#!/usr/bin/env bash
# The README's picture of the report (src/site/resources/report-seeds.png): headless Chromium's screenshot of
# the page the seeds pipeline leaves, out/report.html (run `bash examples/seeds-pipeline.sh` first), 1200 x 1000
# pixels from the top: the overview and the timeline.
#   bash scripts/report-sample/screenshot.sh [PAGE]
set -euo pipefail
cd "$(dirname "$0")/../.."
page=$(cd "$(dirname "${1:-out/report.html}")" && pwd)/$(basename "${1:-out/report.html}")
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome) \
  || { echo "screenshot: no chromium on the PATH" >&2; exit 1; }
# the virtual time budget lets the page's script draw the charts before the picture is taken
"$browser" --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size=1200,1000 \
  --virtual-time-budget=10000 --screenshot="$PWD/src/site/resources/report-seeds.png" "file://$page" 2>/dev/null
ls -l src/site/resources/report-seeds.png
