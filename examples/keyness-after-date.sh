#!/usr/bin/env bash
# What words mark coverage after a date, against coverage before it?
# Usage: bash examples/keyness-after-date.sh [CORPUS] [DAY]   (CORPUS: articles or extracted NDJSON; default seeds/)
set -euo pipefail
# shellcheck source=examples/_extracted.sh
source "$(dirname "$0")/_extracted.sh"
day=${1:-2022-09-01}
# target: articles dated on or after the day; reference: those dated before (undated ones are left out)
$lede stats keyness --where "date >= $day" --vs "date < $day" --top 15 --format table "$docs"
