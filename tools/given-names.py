#!/usr/bin/env python3
"""Lists words the corpora use as given names: the first word of a person's name written after a
title ("President Joe Biden", "Mr. Sam Nujoma", "Foreign Minister Yoko Kamikawa").

usage: tools/given-names.py [CORPORA_DIR] > /tmp/given.txt

Its output is merged by hand into src/main/resources/gazetteer/given-names.txt, after a reading
that leaves out titles, honorifics and places it lets through ("Comrade", "Madam", "Santa", "Abu").

Over the public-domain corpora, every title of gazetteer/titles.txt or honorifics.txt followed by
capitalised words inside a sentence (not in headline-like lines) counts its first word as a first
name word when two to four name words follow the title, and its last word as a last name word. A
word is a given name when it comes first at least MIN_FIRST times before at least MIN_SURNAMES
different surnames, at least RATIO times as often first as last ("Joe" is; "Biden", written
"President Biden" far more often, is not), and is no ordinary word (common-words.txt) nor a
country, demonym or organisation of the gazetteer. Only word counts are kept, no text. Articles of
the frozen evaluation set (eval/fresh/ids.tsv) and of the validation set are left out.
"""
import gzip
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

MIN_FIRST = 3
MIN_SURNAMES = 2
RATIO = 4
FOLLOWED = 0.7
CORPORA = ["whitehouse_briefings", "ungdc", "sotu"]

root = Path(__file__).parent.parent
gazetteer = root / "src/main/resources/gazetteer"
corpora = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora")


def lines(name):
    return [l.rstrip("\n") for l in open(gazetteer / name, encoding="utf-8") if l.strip() and not l.startswith("#")]


left_out = set()
for ids in (root / "eval/fresh/ids.tsv", Path("/work/labeling/tune2/ids.tsv")):
    if ids.exists():
        left_out |= {l.split("\t")[0].strip() for l in open(ids) if l.strip()}
common = {w.lower() for w in lines("common-words.txt")}
known = set()
for name in ("countries.tsv", "organizations.tsv"):
    for row in lines(name):
        for col in row.split("\t"):
            for n in col.split("|"):
                known |= set(n.split())
titles = sorted(set(lines("titles.txt")) | set(lines("honorifics.txt")), key=len, reverse=True)
title_words = {t.split()[0] for t in titles}
title = "|".join(re.escape(t) for t in titles)
part = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
name = re.compile(rf"(?<![\w-])(?:{title}) ((?:{part}|[A-Z]\.)(?: (?:{part}|[A-Z]\.)){{0,4}})(?= [a-z]|[,;:.)]|$)")
first, last = Counter(), Counter()
alone, before_name = Counter(), Counter()
capitalised = re.compile(r"(?<![\w.-])([A-Z][a-z]+)(?: (?=([A-Z]?)))?")
surnames = defaultdict(set)
for corpus in CORPORA:
    with gzip.open(corpora / f"{corpus}.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["id"] in left_out:
                continue
            for para in doc["text"].split("\n"):
                tokens = para.split()
                alpha = [t for t in tokens if t[:1].isalpha()]
                if len(tokens) < 6 or sum(t[0].isupper() for t in alpha) > len(alpha) / 2:
                    continue
                for m in capitalised.finditer(para):
                    (before_name if m.group(2) else alone)[m.group(1)] += 1
                for m in name.finditer(para):
                    words = [w for w in m.group(1).split() if len(w) > 2 or not w.endswith(".")]
                    if len(words) == 1:
                        last[words[0]] += 1
                    elif 2 <= len(words) <= 4:
                        first[words[0]] += 1
                        last[words[-1]] += 1
                        surnames[words[0]].add(words[-1])
given = sorted(
    w
    for w, n in first.items()
    if n >= MIN_FIRST
    and len(surnames[w]) >= MIN_SURNAMES
    and n >= RATIO * last[w]
    and w.lower() not in common
    and w not in known
    and w not in title_words
    and before_name[w] >= FOLLOWED * (before_name[w] + alone[w])
)
print("\n".join(given))
