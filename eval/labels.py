#!/usr/bin/env python3
"""Keeps hand labels without corpus text, and rebuilds scorable files from ../shared/corpora.

  eval/labels.py freeze SET LABEL_DIR   label files (anchors as phrases) -> eval/SET/labels.jsonl,
                                        each anchor stored as [start, end] offsets into the text
  eval/labels.py build SET [CORPORA]    -> target/eval/SET.jsonl (labels with anchors, scorer input)
                                        and target/eval/SET-articles.jsonl (records to extract from)

Run from the repository root. No text of the corpora is committed: only ids, names, topic ids and
offsets (the corpora are not ours to redistribute).
"""
import gzip
import json
import sys
from pathlib import Path

FILES = ("whitehouse_briefings", "ungdc", "sotu", "reuters21578")


def ids_of(name):
    return [l.split("\t")[0] for l in open(f"eval/{name}/ids.tsv") if l.strip()]


def records(corpora, wanted):
    found = {}
    for f in FILES:
        with gzip.open(Path(corpora) / f"{f}.jsonl.gz", "rt", encoding="utf-8") as lines:
            for line in lines:
                head = line[:200]
                if any(i in head for i in wanted):
                    d = json.loads(line)
                    if d["id"] in wanted:
                        found[d["id"]] = d
    return found


def freeze(name, label_dir, corpora="../shared/corpora"):
    ids = ids_of(name)
    docs = records(corpora, set(ids))
    out = []
    for i in ids:
        label = json.loads((Path(label_dir) / f"{i}.json").read_text(encoding="utf-8"))
        text = docs[i]["text"]
        statements = []
        for s in label["statements"]:
            start = text.find(s["anchor"])
            if start < 0:
                sys.exit(f"{i}: anchor not in text: {s['anchor']!r}")
            statements.append({"speakers": s["speakers"], "anchor": [start, start + len(s["anchor"])]})
        out.append({"id": i, "actors": label["actors"], "topics": label["topics"], "statements": statements})
    path = Path(f"eval/{name}/labels.jsonl")
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out), encoding="utf-8")
    print(f"{path}: {len(out)} articles")


def build(name, corpora="../shared/corpora"):
    labels = [json.loads(l) for l in open(f"eval/{name}/labels.jsonl", encoding="utf-8")]
    docs = records(corpora, {l["id"] for l in labels})
    Path("target/eval").mkdir(parents=True, exist_ok=True)
    with open(f"target/eval/{name}.jsonl", "w", encoding="utf-8") as gold, open(
        f"target/eval/{name}-articles.jsonl", "w", encoding="utf-8"
    ) as arts:
        for l in labels:
            d = docs[l["id"]]
            arts.write(json.dumps(d, ensure_ascii=False) + "\n")
            statements = [
                {"speakers": s["speakers"], "anchor": d["text"][s["anchor"][0] : s["anchor"][1]]}
                for s in l["statements"]
            ]
            gold.write(json.dumps({**d, **l, "statements": statements}, ensure_ascii=False) + "\n")
    print(f"target/eval/{name}.jsonl, target/eval/{name}-articles.jsonl: {len(labels)} articles")


if __name__ == "__main__":
    if len(sys.argv) < 3 or sys.argv[1] not in ("freeze", "build"):
        sys.exit(__doc__)
    {"freeze": freeze, "build": build}[sys.argv[1]](*sys.argv[2:])
