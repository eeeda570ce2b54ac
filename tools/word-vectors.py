#!/usr/bin/env python3
"""Builds src/main/resources/taxonomy/word-vectors.bin: a small static copy of the MiniLM sentence
model for the topic classifier's meaning evidence (docs/topics.md).

usage: tools/word-vectors.py  (from the repository root, after ./policy-search build; needs numpy)

Every whole word of the bundled model's vocabulary is embedded on its own by the model itself
(tools/EmbedWords.java, about 5 minutes on one core); the vectors are centred, reduced to DIMS
dimensions by principal components (the way Model2Vec distils a sentence model) and stored as
signed bytes, each vector scaled so that its largest component is 127. Binary, so that loading it
adds little to a command's start: big-endian int count, int DIMS, then per word one byte of length,
its ASCII letters and DIMS signed bytes. Nothing here comes from a corpus: only the model and its
vocabulary.
"""
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np

DIMS = 128
OUT = Path("src/main/resources/taxonomy/word-vectors.bin")

java = Path("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java")
raw = subprocess.run(
    [str(java) if java.exists() else "java", "-cp", "target/policy-search.jar", "tools/EmbedWords.java"],
    check=True, capture_output=True, text=True).stdout
words, vectors = [], []
for line in raw.splitlines():
    word, values = line.split("\t")
    words.append(word)
    vectors.append([float(v) for v in values.split()])
W = np.array(vectors, dtype=np.float64)
W -= W.mean(0)
_, _, components = np.linalg.svd(W, full_matrices=False)
W = W @ components[:DIMS].T
W /= np.linalg.norm(W, axis=1, keepdims=True)
Q = np.round(W / np.abs(W).max(1, keepdims=True) * 127).astype(np.int8)
with open(OUT, "wb") as out:
    out.write(struct.pack(">ii", len(words), DIMS))
    for word, q in zip(words, Q):
        letters = word.encode("ascii")
        out.write(struct.pack(">B", len(letters)) + letters + q.tobytes())
print(f"{len(words)} words -> {OUT}", file=sys.stderr)
