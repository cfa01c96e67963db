#!/usr/bin/env bash
# Which articles are copies of one wire story?
# Usage: bash examples/wire-copies.sh [CORPUS]   (CORPUS: articles or extracted NDJSON; default seeds/)
set -euo pipefail
# shellcheck source=examples/_extracted.sh
source "$(dirname "$0")/_extracted.sh"
# marks every copy with the article it copies; the report lists each cluster with its members
$lede dedupe --report "$out/copies.ndjson" "$docs" > "$out/seeds.deduped.ndjson"
# the seeds hold five different stories, so the report is empty; count the stories that remain:
echo "clusters: $(wc -l < "$out/copies.ndjson")"
echo "stories: $($lede dedupe --drop "$docs" | wc -l) of $(wc -l < "$docs") articles"
