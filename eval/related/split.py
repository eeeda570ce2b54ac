#!/usr/bin/env python3
"""Splits the judged queries of related statements into a tuning half and a held-out half.

usage: eval/related/split.py   (run from the repository root; rewrites eval/related/queries.tsv)

A seeded draw, stratified by set (v1, v2) so both halves hold old and new queries alike: within
each set the keys, in file order, are shuffled with random.Random(SEED) and the first half (rounded
down) goes to "tune", the rest to "held-out". The half is the file's third column; a query already
given one keeps it, so the draw is made once. Weights may be fitted on "tune" only
(eval-related tune); "held-out" is reported, never fitted to.
"""
import random
from pathlib import Path

SEED = 1212
path = Path("eval/related/queries.tsv")
lines = path.read_text(encoding="utf-8").splitlines()
rows = [l.split("\t") for l in lines if l.strip() and not l.startswith("#")]
comments = [l for l in lines if l.startswith("#")]
if all(len(r) > 2 for r in rows):
    raise SystemExit("every query already has its half; the draw is made once")
rng = random.Random(SEED)
half = {}
for s in sorted({r[1] for r in rows}):
    keys = [r[0] for r in rows if r[1] == s]
    rng.shuffle(keys)
    for i, k in enumerate(keys):
        half[k] = "tune" if i < len(keys) // 2 else "held-out"
note = (
    "# Third column: the half, tune or held-out, drawn by eval/related/split.py (seed %d,"
    " stratified by set) before any weights were fitted to the graded judgments." % SEED
)
out = comments + ([note] if note not in comments else [])
out += ["\t".join([r[0], r[1], r[2] if len(r) > 2 else half[r[0]]]) for r in rows]
path.write_text("\n".join(out) + "\n", encoding="utf-8")
print({h: sum(1 for v in half.values() if v == h) for h in ("tune", "held-out")})
