#!/usr/bin/env python3
"""F1 per part and stratum of a scored set: eval/strata.py SET (after eval/score SET has run)."""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

name = sys.argv[1]
strata = dict(l.rstrip("\n").split("\t") for l in open(f"eval/{name}/ids.tsv") if l.strip())
group = lambda i: strata[i].split("-")[0]  # wh, ungdc, sotu, reuters
gold = [json.loads(l) for l in open(f"target/eval/{name}.jsonl", encoding="utf-8")]
parts = ("actors", "person", "country", "organization", "topics", "statements")
print("%-8s %3s " % ("stratum", "n") + " ".join("%12s" % p for p in parts))
for g in sorted({group(d["id"]) for d in gold}):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        rows = [d for d in gold if group(d["id"]) == g]
        f.writelines(json.dumps(d, ensure_ascii=False) + "\n" for d in rows)
    out = subprocess.run(
        ["python3", "../shared/eval/score.py", f.name, f"target/eval/{name}-extracted.jsonl", "--json"],
        capture_output=True, text=True, check=True).stdout
    Path(f.name).unlink()
    scores = json.loads(out)
    cell = lambda p: "P%.2f F%.2f" % (scores[p]["precision"], scores[p]["f1"]) if p in scores else "-"
    print("%-8s %3d " % (g, len(rows)) + " ".join("%12s" % cell(p) for p in parts))
