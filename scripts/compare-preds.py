#!/usr/bin/env python3
"""Per-page comparison of two prediction folders on one set (wcxb F1, precision, recall): where does A lose to B?
usage: compare-preds.py SETDIR PRED_A PRED_B [N]"""
import json, os, re, sys
from collections import Counter
def words(t): return re.findall(r'\w+', (t or '').lower())
def prf(p, r):
    p, r = words(p), words(r)
    if not r or not p: return (0, 0, 0)
    o = sum((Counter(p) & Counter(r)).values()); P, R = o/len(p), o/len(r)
    return (P, R, 2*P*R/(P+R) if P+R else 0)
setdir, a, b = sys.argv[1:4]; n = int(sys.argv[4]) if len(sys.argv) > 4 else 15
rows = []
for f in sorted(os.listdir(setdir)):
    if not f.endswith('.json'): continue
    t = json.load(open(os.path.join(setdir, f)))
    if 'body' not in t: continue
    def load(d):
        try: return json.load(open(os.path.join(d, f))).get('body', '')
        except Exception: return ''
    pa, pb = prf(load(a), t['body']), prf(load(b), t['body'])
    rows.append((pa[2]-pb[2], f[:-5], t.get('page_type',''), pa, pb, len(words(t['body']))))
rows.sort()
for d, pid, ty, pa, pb, nw in rows[:n]:
    print(f'{pid:20} {ty:13} words={nw:5} A f1={pa[2]:.2f} P={pa[0]:.2f} R={pa[1]:.2f} | B f1={pb[2]:.2f} P={pb[0]:.2f} R={pb[1]:.2f}')
