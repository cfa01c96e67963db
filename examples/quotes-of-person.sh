#!/usr/bin/env bash
# Every quote of one person, into an Excel file.
# Usage: bash examples/quotes-of-person.sh [CORPUS] [PERSON]   (CORPUS: articles or extracted NDJSON; default seeds/)
set -euo pipefail
# shellcheck source=examples/_extracted.sh
source "$(dirname "$0")/_extracted.sh"
person=${1:-Volodymyr Zelensky}
# --speaker matches the canonical speaker, its last word, or the words that named the speaker
$lede stats quotes --speaker "$person" "$docs" | $lede export --xlsx "$out/quotes.xlsx"
$lede stats quotes --speaker "$person" --format table "$docs"
echo "wrote $out/quotes.xlsx" >&2
