#!/usr/bin/env bash
# What does the sample corpus in seeds/ hold? Runs the whole pipeline and leaves the results in out/.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p out
scripts/lede ingest seeds/ > out/documents.ndjson
echo "wrote out/documents.ndjson ($(wc -l < out/documents.ndjson) documents)" >&2
