#!/usr/bin/env python3
"""Builds src/main/resources/taxonomy/meaning-baseline.tsv: how near each topic's meaning is to an
ordinary sentence of the corpora, so the classifier can tell "nearer to this topic than sentences
usually are" from "this topic is near everything" (docs/topics.md, "Meaning").

usage: tools/meaning-baseline.py [CORPUS.jsonl.gz ...]  (from the repository root; needs numpy)
       default: every corpus in ../shared/corpora

A topic's meaning is the unit mean word vector (taxonomy/word-vectors.bin, stop words left out) of
its label and what it covers, as TopicMeaning makes it; a sentence's the same of its words. From
each corpus, sentences of every STRIDE-th document (up to MAX_SENTENCES) are read; a topic's
baseline is its mean cosine to them, averaged over the corpora so that each style of text weighs
the same. Only these 29 averages are written: no text.
"""
import gzip
import json
import re
import struct
import sys
from pathlib import Path

import numpy as np

RES = Path("src/main/resources/taxonomy")
OUT = RES / "meaning-baseline.tsv"
STRIDE = 7
MAX_SENTENCES = 20000
WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“(A-Z])|\n\s*\n")


def vectors():
    data = (RES / "word-vectors.bin").read_bytes()
    count, dims = struct.unpack(">ii", data[:8])
    stop = {w.strip() for w in (RES / "meaning-stop-words.txt").read_text().splitlines()
            if w.strip() and not w.startswith("#")}
    table, at = {}, 8
    for _ in range(count):
        n = data[at]
        word = data[at + 1:at + 1 + n].decode("ascii")
        v = np.frombuffer(data, dtype=np.int8, count=dims, offset=at + 1 + n).astype(np.float64)
        at += 1 + n + dims
        if word not in stop:
            table[word] = v / np.linalg.norm(v)
    return table, dims


def mean(text, table, dims):
    total, found = np.zeros(dims), 0
    for word in WORD.findall(text.lower().replace("’", "'")):
        parts = [word] if word in table else (word.split("-") if "-" in word else [])
        for part in parts:
            if part in table:
                total += table[part]
                found += 1
    norm = np.linalg.norm(total)
    return total / norm if found and norm > 0 else None


def main():
    table, dims = vectors()
    rows = [line.split("\t") for line in (RES / "topics.tsv").read_text().splitlines()[1:] if line]
    topics = np.array([mean(f"{r[2]}: {r[3]}", table, dims) for r in rows])
    corpora = sys.argv[1:] or sorted(str(p) for p in Path("../shared/corpora").glob("*.jsonl.gz"))
    if not corpora:
        sys.exit("meaning-baseline: no corpora given and none in ../shared/corpora")
    per_corpus = []
    for corpus in corpora:
        sims = []
        with gzip.open(corpus, "rt", encoding="utf-8") as lines:
            for i, line in enumerate(lines):
                if i % STRIDE or len(sims) >= MAX_SENTENCES:
                    continue
                for sentence in SENTENCE_END.split(json.loads(line).get("text", "")):
                    v = mean(sentence, table, dims)
                    if v is not None:
                        sims.append(topics @ v)
        per_corpus.append(np.mean(sims, axis=0))
        print(f"{corpus}: {len(sims)} sentences", file=sys.stderr)
    baseline = np.mean(per_corpus, axis=0)
    lines = ["# How near each topic's meaning is to an ordinary sentence of the corpora (mean cosine);",
             "# made by tools/meaning-baseline.py, rerun it after editing topics.tsv (docs/topics.md).",
             "topic\tbaseline"]
    lines += [f"{r[0]}\t{b:.4f}" for r, b in zip(rows, baseline)]
    OUT.write_text("\n".join(lines) + "\n")
    print(f"{OUT}: {len(rows)} topics from {len(corpora)} corpora", file=sys.stderr)


if __name__ == "__main__":
    main()
