#!/usr/bin/env bash
# Every mention of a person, whatever the spelling, in context.
# Usage: bash examples/kwic-person.sh [CORPUS] [PERSON]   (CORPUS: articles or extracted NDJSON; default seeds/)
set -euo pipefail
# shellcheck source=examples/_extracted.sh
source "$(dirname "$0")/_extracted.sh"
person=${1:-Volodymyr Zelensky}
# --entity finds mentions by canonical name: "Zelensky", "Zelenskyy" and "Volodymyr Zelensky" alike
$lede stats kwic --entity "$person" --width 40 --format table "$docs"
