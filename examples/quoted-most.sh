#!/usr/bin/env bash
# Who is quoted most, and saying what?
# Usage: bash examples/quoted-most.sh [CORPUS]   (CORPUS: articles or extracted NDJSON; default seeds/)
set -euo pipefail
# shellcheck source=examples/_extracted.sh
source "$(dirname "$0")/_extracted.sh"
# one row per speaker: how many quotes, in how many articles, first and last date, an example quote
$lede stats quotes --top 10 --format table "$docs"
