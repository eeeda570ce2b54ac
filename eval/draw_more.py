#!/usr/bin/env python3
"""Draws a further validation sample reproducibly (ids only): tune2 in round 2, tune3 in round 3.

usage: eval/draw_more.py NAME SEED EXCLUDED_SET... [--corpora DIR]
  eval/draw_more.py tune2 20261208 fresh tune
  eval/draw_more.py tune3 20261209 fresh tune tune2

Same strata as draw.py, none of the dev ids nor those of the excluded sets, its own seed; weighted
to White House pages, the bulk of what users search. Run from the repository root.
"""
import random
import sys
from pathlib import Path

args = sys.argv[1:]
corpora_dir = "../shared/corpora"
if "--corpora" in args:
    corpora_dir = args[args.index("--corpora") + 1]
    args = args[: args.index("--corpora")]
name, seed, excluded = args[0], int(args[1]), args[2:]
sys.argv = [sys.argv[0], corpora_dir]
source = Path(__file__).with_name("draw.py").read_text(encoding="utf-8")
exec(source.split("# (stratum, fresh, tune)")[0])  # the corpora walk and strata of draw.py
taken = set(dev)
for other in excluded:
    taken |= {l.split("\t")[0] for l in open(f"eval/{other}/ids.tsv") if l.strip()}
rng2 = random.Random(seed)
plan = [("wh-readout-statement", 6), ("wh-transcript", 3), ("wh-action", 2), ("wh-other", 3),
        ("ungdc-1980s", 1), ("ungdc-1990s", 1), ("sotu-post1960", 1), ("reuters", 3)]
rows = []
for stratum, n in plan:
    ids = [i for i in sorted(strata[stratum]) if i not in taken]
    rows += [(i, stratum) for i in rng2.sample(ids, n)]
Path(f"eval/{name}").mkdir(exist_ok=True)
Path(f"eval/{name}/ids.tsv").write_text("".join("%s\t%s\n" % r for r in rows))
print(name, len(rows))
