# shellcheck shell=bash
# Shared by the recipes (sourced, not run): extract the seeds once and reuse the result, since extract
# loads CoreNLP models and is the slow step (its progress shows on a terminal). Sets $lede, $out and $docs.
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 1
lede=scripts/lede
out=${LEDE_OUT:-out}
mkdir -p "$out"
docs="$out/seeds.extracted.ndjson"
if [ ! -s "$docs" ]; then
  $lede ingest seeds/ | $lede extract > "$docs.tmp" && mv "$docs.tmp" "$docs"
fi
