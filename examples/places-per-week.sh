#!/usr/bin/env bash
# Which places are named each week?
# Usage: bash examples/places-per-week.sh [CORPUS]   (CORPUS: articles or extracted NDJSON; default seeds/)
set -euo pipefail
# shellcheck source=examples/_extracted.sh
source "$(dirname "$0")/_extracted.sh"
# place = LOCATION, CITY, COUNTRY and STATE_OR_PROVINCE; undated articles are counted under null
$lede stats entities --type place --by week --top 15 "$docs" | $lede export --csv -o "$out/places-per-week.csv"
$lede stats entities --type place --by week --top 15 --format table "$docs"
echo "wrote $out/places-per-week.csv" >&2
