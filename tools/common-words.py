#!/usr/bin/env python3
"""Builds src/main/resources/gazetteer/common-words.txt: English words that are ordinary words, not
names — lower case in nearly all their uses in running text.

usage: tools/common-words.py [CORPORA_DIR] > src/main/resources/gazetteer/common-words.txt

Counts, over the public-domain corpora (White House, UN General Debate, State of the Union), how
often each word is written in lower case and how often capitalised inside a sentence (not after a
full stop, not in headline-like lines where most words are capitalised). A word is common when it
is seen at least MIN_LOWER times in lower case and at least SHARE of its in-sentence uses are lower
case: "debate", "previewing", "vehicles" are; "Carter", "Thomas", "Corp" are not. Only word
statistics are kept, no text. Articles of the frozen evaluation set (eval/fresh/ids.tsv) are left out.
"""
import gzip
import json
import re
import sys
from collections import Counter
from pathlib import Path

MIN_LOWER = 10
SHARE = 0.8
CORPORA = ["whitehouse_briefings", "ungdc", "sotu"]

corpora = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora")
fresh = {line.split("\t")[0] for line in open(Path(__file__).parent.parent / "eval/fresh/ids.tsv")}
word = re.compile(r"[A-Za-z][a-z]+(?:'[a-z]+)?$")
lower, capital = Counter(), Counter()
for name in CORPORA:
    with gzip.open(corpora / f"{name}.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["id"] in fresh:
                continue
            for para in doc["text"].split("\n"):
                tokens = para.split()
                alpha = [t for t in tokens if t[:1].isalpha()]
                if len(tokens) < 6 or sum(t[0].isupper() for t in alpha) > len(alpha) / 2:
                    continue
                previous = "."
                for t in tokens:
                    w = t.strip("\"“”(),.;:!?'‘’")
                    if word.match(w):
                        if w[0].islower():
                            lower[w] += 1
                        elif not previous.endswith((".", "!", "?", ":", '"', "“")):
                            capital[w.lower()] += 1
                    previous = t
common = sorted(
    w for w, n in lower.items() if n >= MIN_LOWER and n / (n + capital[w]) >= SHARE and len(w) > 1
)
print("# Ordinary English words: lower case in at least 80% of their uses inside sentences of the")
print("# public-domain corpora, seen 10 times or more. Made by tools/common-words.py; edit freely.")
print("# A capitalised word listed here is taken for a name only with more evidence (a title before")
print("# it, a given name, the same name elsewhere in the article); see docs/entities.md.")
print("\n".join(common))
