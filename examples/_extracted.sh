# shellcheck shell=bash
# Shared by the recipes (sourced, not run). The corpus is the recipe's first argument when that is an existing
# file or folder (it is then shifted off), else seeds/: a folder or file of articles is ingested and extracted
# once into $out/NAME.extracted.ndjson and reused (extract loads CoreNLP's models: the slow step); an NDJSON
# file that lede extract already annotated is used as it is. Sets $lede, $out and $docs.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=seeds
if [ $# -gt 0 ] && [ -e "$1" ]; then
  corpus=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
  shift
fi
cd "$here" || exit 1
lede=scripts/lede
out=${LEDE_OUT:-out}
mkdir -p "$out"
case $corpus in
  *.ndjson|*.ndjson.gz)
    first=$(head -n 1 "$corpus" 2>/dev/null || true)
    case $first in *'"entities"'*) docs=$corpus ;; esac ;;
esac
if [ -z "${docs:-}" ]; then
  name=$(basename "$corpus"); name=${name%%.*}
  docs="$out/$name.extracted.ndjson"
  if [ ! -s "$docs" ]; then
    $lede ingest "$corpus" | $lede extract > "$docs.tmp" && mv "$docs.tmp" "$docs"
  fi
fi
