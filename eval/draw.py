#!/usr/bin/env python3
"""Draws the fresh evaluation and tuning samples (ids only) from ../shared/corpora, reproducibly.

usage: eval/draw.py [CORPORA_DIR]   (default ../shared/corpora; run from the repository root)

Strata and bounds are chosen so a person can label each article whole: White House pages not in
the shared dev set (readouts/statements, transcripts, presidential actions, other), UN General
Debate and State of the Union speeches spread over the decades, and Reuters wire copy. The first
draw of each stratum goes to the frozen evaluation set ("fresh"), the next to the tuning set.
"""
import gzip
import json
import random
import sys
from pathlib import Path

corpora = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora")
dev = {json.loads(l)["id"] for l in open(corpora.parent / "eval" / "dev.jsonl") if l.strip()}
rng = random.Random(20261207)


def docs(name):
    with gzip.open(corpora / name, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def wh_stratum(d):
    cat = d["meta"].get("category", "")
    if cat in ("press-briefings", "speeches-remarks", "remarks"):
        return "wh-transcript"
    if cat == "presidential-actions":
        return "wh-action"
    if d["title"] and d["title"].startswith(("Readout", "Statement", "Joint Statement")):
        return "wh-readout-statement"
    return "wh-other"


strata = {}
for d in docs("whitehouse_briefings.jsonl.gz"):
    n = len(d["text"])
    s = wh_stratum(d)
    if d["id"] in dev or n < 600 or n > (20000 if s == "wh-transcript" else 9000):
        continue
    strata.setdefault(s, []).append(d["id"])
for d in docs("ungdc.jsonl.gz"):
    year = int(d["date"][:4])
    if 6000 <= len(d["text"]) <= 14000 and year < 2021:
        strata.setdefault("ungdc-%d0s" % (year // 10), []).append(d["id"])
for d in docs("sotu.jsonl.gz"):
    year = int(d["date"][:4])
    if len(d["text"]) <= 30000 and year >= 1900:
        strata.setdefault("sotu-%s" % ("pre1960" if year < 1960 else "post1960"), []).append(d["id"])
for d in docs("reuters21578.jsonl.gz"):
    if 400 <= len(d["text"]) <= 3000:
        strata.setdefault("reuters", []).append(d["id"])

# (stratum, fresh, tune)
plan = [
    ("wh-readout-statement", 9, 5), ("wh-transcript", 4, 3), ("wh-action", 3, 2), ("wh-other", 4, 2),
    ("ungdc-1950s", 1, 0), ("ungdc-1960s", 1, 1), ("ungdc-1970s", 1, 0), ("ungdc-1980s", 1, 1),
    ("ungdc-1990s", 1, 0), ("ungdc-2000s", 1, 1), ("ungdc-2010s", 0, 1),
    ("sotu-pre1960", 2, 1), ("sotu-post1960", 2, 2), ("reuters", 6, 5),
]
out = {"fresh": [], "tune": []}
for stratum, fresh, tune in plan:
    ids = sorted(strata[stratum])
    picked = rng.sample(ids, fresh + tune)
    out["fresh"] += [(i, stratum) for i in picked[:fresh]]
    out["tune"] += [(i, stratum) for i in picked[fresh:]]
for name, rows in out.items():
    path = Path("eval") / name / "ids.tsv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join("%s\t%s\n" % r for r in rows))
    print(name, len(rows), path)
