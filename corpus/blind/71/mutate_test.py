#!/usr/bin/env python3
"""Sensitivity test for check.py: transpose two digits of one random number in a clean document
and see whether check.py now reports something.  Not part of the set; evidence that check.py
is not vacuous."""
import random
import re
import sys
import check

rng = random.Random(5)
expect = {}
for ln in open(check.os.path.join(check.HERE, 'expect.tsv'), encoding='utf-8').read().splitlines()[1:]:
    p = ln.split('\t')
    expect[p[0]] = p[1]
NUM = re.compile(r'(?<![\d.])\d[\d,]*\.\d{1,2}(?![\d])')
stats = {'table': [0, 0], 'prose': [0, 0]}
missed = []
for i, e in sorted(expect.items()):
    if e != 'clean':
        continue
    text = open(check.os.path.join(check.HERE, i + '.txt'), encoding='utf-8').read()
    cands = [m for m in NUM.finditer(text)]
    for _ in range(25):
        m = rng.choice(cands)
        s = m.group(0)
        pos = [k for k in range(len(s) - 1) if s[k].isdigit() and s[k + 1].isdigit() and s[k] != s[k + 1]]
        if not pos:
            continue
        k = rng.choice(pos)
        t = s[:k] + s[k + 1] + s[k] + s[k + 2:]
        mut = text[:m.start()] + t + text[m.end():]
        line = text[:m.start()].count('\n')
        where = 'prose' if '。' in text.splitlines()[line] else 'table'
        F = check.Findings()
        try:
            doc = check.parse_doc(mut)
            TV = check.check_tables(doc, F)
            check.check_cross(doc, TV, F)
            check.check_prose(doc, TV, F)
        except Exception as ex:
            F.add('parse', str(ex))
        stats[where][1] += 1
        if F.fams():
            stats[where][0] += 1
        else:
            missed.append((i, where, s, t, text.splitlines()[line][:70]))
for w, (a, b) in stats.items():
    print(f'{w}: {a}/{b} mutations flagged ({a * 100 // max(b, 1)}%)')
if '-v' in sys.argv:
    for x in missed:
        print('missed', x)
