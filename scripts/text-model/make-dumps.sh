#!/usr/bin/env bash
# Makes extra text dumps of the wcxb-dev HTML pages with lynx, links and elinks (training data for the line model).
# usage: scripts/text-model/make-dumps.sh [OUTDIR]   (needs: apt-get install -y w3m lynx links elinks)
set -u
SET="${WCXB_DEV:-$(cd "$(dirname "$0")/../../.." && pwd)/shared/bench/wcxb-dev}"
OUT="${1:-/tmp/unchrome-text-dumps}"
mkdir -p "$OUT/lynx" "$OUT/links" "$OUT/elinks" "$OUT/html"
for gz in "$SET"/*.html.gz; do
  id="$(basename "$gz" .html.gz)"
  h="$OUT/html/$id.html"
  [ -s "$h" ] || gunzip -c "$gz" > "$h"
  [ -s "$OUT/lynx/$id.txt" ] || timeout 20 lynx -dump -nolist -width=80 -assume_charset=utf-8 -display_charset=utf-8 "$h" > "$OUT/lynx/$id.txt" 2>/dev/null
  [ -s "$OUT/links/$id.txt" ] || timeout 20 links -dump -width 110 -codepage utf-8 "$h" > "$OUT/links/$id.txt" 2>/dev/null
  [ -s "$OUT/elinks/$id.txt" ] || timeout 20 elinks -dump -dump-width 500 -dump-charset utf-8 -no-references -no-numbering "$h" > "$OUT/elinks/$id.txt" 2>/dev/null
done
echo "dumps in $OUT: $(ls "$OUT"/lynx | wc -l) lynx, $(ls "$OUT"/links | wc -l) links, $(ls "$OUT"/elinks | wc -l) elinks"
