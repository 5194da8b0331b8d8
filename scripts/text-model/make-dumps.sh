#!/usr/bin/env bash
# Makes extra text dumps of benchmark HTML pages with w3m (200 and 80 columns), lynx, links and elinks (training data for the line model).
# usage: scripts/text-model/make-dumps.sh [OUTDIR] [SETDIR]   (needs: apt-get install -y w3m lynx links elinks html2text python3-html2text)
#   default: the wcxb-dev pages into /tmp/unchrome-text-dumps (lynx, links, elinks, w3m at 80 columns: the w3m dumps,
#   -cols 200, are the bench set);
#   scripts/text-model/make-dumps.sh /tmp/unchrome-text-dumps/scrapinghub ../shared/bench/scrapinghub   (all five dumps)
# Also the scrapers' kind of dump (innertext, gettext: scripts/text-model/scraper-dump.ts), for train.ts --eval-tools.
set -u
SET="${2:-${WCXB_DEV:-$(cd "$(dirname "$0")/../../.." && pwd)/shared/bench/wcxb-dev}}"
OUT="${1:-/tmp/unchrome-text-dumps}"
TOOLS="lynx links elinks w3m80"
[ -n "${2:-}" ] && TOOLS="w3m lynx links elinks w3m80"
mkdir -p "$OUT/html"
for t in $TOOLS; do mkdir -p "$OUT/$t"; done
for gz in "$SET"/*.html.gz; do
  id="$(basename "$gz" .html.gz)"
  h="$OUT/html/$id.html"
  [ -s "$h" ] || gunzip -c "$gz" > "$h"
  for t in $TOOLS; do
    o="$OUT/$t/$id.txt"
    [ -s "$o" ] && continue
    case $t in
      w3m) timeout 20 w3m -dump -cols 200 -T text/html -I utf-8 -O utf-8 "$h" > "$o" 2>/dev/null ;;
      w3m80) timeout 20 w3m -dump -cols 80 -T text/html -I utf-8 -O utf-8 "$h" > "$o" 2>/dev/null ;;
      lynx) timeout 20 lynx -dump -nolist -width=80 -assume_charset=utf-8 -display_charset=utf-8 "$h" > "$o" 2>/dev/null ;;
      links) timeout 20 links -dump -width 110 -codepage utf-8 "$h" > "$o" 2>/dev/null ;;
      elinks) timeout 20 elinks -dump -dump-width 500 -dump-charset utf-8 -no-references -no-numbering "$h" > "$o" 2>/dev/null ;;
    esac
  done
done
for t in $TOOLS; do echo "$t: $(ls "$OUT/$t" | wc -l) dumps in $OUT/$t"; done
# formats for train.ts --eval-tools, never trained on: html2text (links with underscores for spaces, starred
# headings), and lynx / elinks with their default link numbering and reference list (`[14]Topics`, `References`)
mkdir -p "$OUT/lynx-refs" "$OUT/elinks-refs"
command -v html2text > /dev/null && mkdir -p "$OUT/html2text"
for h in "$OUT"/html/*.html; do
  id="$(basename "$h" .html)"
  [ -s "$OUT/lynx-refs/$id.txt" ] || timeout 20 lynx -dump -width=80 -assume_charset=utf-8 -display_charset=utf-8 "$h" > "$OUT/lynx-refs/$id.txt" 2>/dev/null
  [ -s "$OUT/elinks-refs/$id.txt" ] || timeout 20 elinks -dump -dump-width 80 -dump-charset utf-8 "$h" > "$OUT/elinks-refs/$id.txt" 2>/dev/null
  if [ -d "$OUT/html2text" ] && [ ! -s "$OUT/html2text/$id.txt" ]; then timeout 20 html2text -utf8 -width 80 -nobs < "$h" > "$OUT/html2text/$id.txt" 2>/dev/null; fi
done
# Markdown, as crawlers write pages (Python's html2text, unwrapped)
if /usr/bin/python3 -c 'import html2text' 2> /dev/null; then
  mkdir -p "$OUT/markdown"
  /usr/bin/python3 - "$OUT" <<'PY'
import html2text, os, sys
out = sys.argv[1]
for f in sorted(os.listdir(os.path.join(out, 'html'))):
    o = os.path.join(out, 'markdown', f[:-5] + '.txt')
    if os.path.exists(o) and os.path.getsize(o): continue
    h = html2text.HTML2Text(); h.body_width = 0
    try: t = h.handle(open(os.path.join(out, 'html', f), encoding='utf-8', errors='replace').read())
    except Exception: t = ''
    open(o, 'w').write(t)
PY
fi
for t in lynx-refs elinks-refs html2text markdown; do [ -d "$OUT/$t" ] && echo "$t: $(ls "$OUT/$t" | wc -l) dumps in $OUT/$t"; done
npx tsx "$(dirname "$0")/scraper-dump.ts" "$OUT" "$SET"
