#!/usr/bin/env python3
"""Draws the second tuning sample (tune2, a validation set for rules) reproducibly: ids only.

usage: eval/draw_tune2.py [CORPORA_DIR]   (run from the repository root after eval/draw.py's sets exist)

Same strata as draw.py, none of the dev, fresh or tune ids, its own seed; weighted to White House
pages, the bulk of what users search.
"""
import random
import sys
from pathlib import Path

source = Path(__file__).with_name("draw.py").read_text(encoding="utf-8")
exec(source.split("# (stratum, fresh, tune)")[0])  # the corpora walk and strata of draw.py
taken = set(dev)
for name in ("fresh", "tune"):
    taken |= {l.split("\t")[0] for l in open(f"eval/{name}/ids.tsv") if l.strip()}
rng2 = random.Random(20261208)
plan = [("wh-readout-statement", 6), ("wh-transcript", 3), ("wh-action", 2), ("wh-other", 3),
        ("ungdc-1980s", 1), ("ungdc-1990s", 1), ("sotu-post1960", 1), ("reuters", 3)]
rows = []
for stratum, n in plan:
    ids = [i for i in sorted(strata[stratum]) if i not in taken]
    rows += [(i, stratum) for i in rng2.sample(ids, n)]
Path("eval/tune2/ids.tsv").write_text("".join("%s\t%s\n" % r for r in rows))
print("tune2", len(rows))
