#!/usr/bin/env bash
# What do the articles say (seeds/ unless given)? Runs the whole pipeline and leaves the results in out/.
# Usage: bash examples/seeds-pipeline.sh [CORPUS]   (CORPUS: articles or extracted NDJSON; default seeds/)
# (The first run builds lede and loads CoreNLP's models: a few minutes; later runs reuse the extraction.)
set -euo pipefail
# shellcheck source=examples/_extracted.sh
source "$(dirname "$0")/_extracted.sh"          # ingest + extract -> $docs

$lede dedupe --report "$out/duplicates.ndjson" "$docs" > "$out/documents.ndjson"
$lede stats entities --type PERSON --top 10 "$docs" > "$out/top-people.ndjson"
$lede stats entities --type place --top 10 "$docs" > "$out/top-places.ndjson"
$lede stats entities --type ORGANIZATION --top 10 "$docs" > "$out/top-organizations.ndjson"
$lede stats quotes --top 10 "$docs" > "$out/top-speakers.ndjson"
# shellcheck disable=SC2054  # the commas are --fields' own separator
mentions=(--explode entities --fields id,date,title,entities.text,entities.type,entities.canonical,entities.start,entities.end)
# --excel: a byte-order mark and CRLF, so Excel on Windows reads the UTF-8 names right
$lede export --csv --excel "${mentions[@]}" -o "$out/entity-mentions.csv" "$out/documents.ndjson"
$lede export "${mentions[@]}" --xlsx "$out/entity-mentions.xlsx" "$out/documents.ndjson"
# one offline page with the charts: open it in a browser
$lede export --html "$out/report.html" "$out/documents.ndjson"

cat <<MSG
Results in $out/:
  documents.ndjson          the $(wc -l < "$out/documents.ndjson") articles with entities, dates, quantities, quotes and duplicate marks
  duplicates.ndjson         one line per cluster of copies ($(wc -l < "$out/duplicates.ndjson") found)
  top-people.ndjson, top-places.ndjson, top-organizations.ndjson, top-speakers.ndjson
  report.html               the report to open in a browser: timeline, people, places, quotes, copies, network
  entity-mentions.csv       one row per entity mention ($(($(wc -l < "$out/entity-mentions.csv") - 1)) rows); also entity-mentions.xlsx
Top people:
MSG
$lede stats entities --type PERSON --top 5 --format table "$docs"
