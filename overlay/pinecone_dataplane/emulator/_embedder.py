"""The emulator's stand-in for hosted models: a deterministic lexical embedder and a lexical scorer.

Texts are lowercased and split into words; each word is hashed (BLAKE2b, so the same word lands in the
same place in every process) into a position of the index's dimension with a sign, and the unit vector
of those counts is the embedding. Texts that share words score high, texts that share none score 0:
lexical, not semantic, which is the point: a client's code paths run offline with results a test can
predict. Nothing is downloaded and no model weights exist.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter

import numpy as np

from ._store import FloatArray, IndexArray

# Words: runs of letters and digits (any script); everything else separates them.
_WORD = re.compile(r"[^\W_]+")

# Sparse indices are unsigned 32-bit in the API.
_SPARSE_SPACE = 2**32


def words(text: str) -> list[str]:
    """The lowercased words of a text, in order."""
    return _WORD.findall(text.lower())


def _hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def dense_embedding(text: str, dimension: int) -> FloatArray:
    """A unit vector of ``dimension`` floats from the text's hashed words (all zeros for a text without words)."""
    vector = np.zeros(dimension, np.float64)
    for word, count in Counter(words(text)).items():
        hashed = _hash(word)
        vector[hashed % dimension] += count if (hashed >> 63) else -count
    norm = float(np.linalg.norm(vector))
    return (vector / norm if norm else vector).astype(np.float32)


def sparse_embedding(text: str) -> tuple[IndexArray, FloatArray]:
    """Sparse values: one index per distinct word (its hash), weighted 1 + log(count), sorted by index."""
    weights: dict[int, float] = {}
    for word, count in Counter(words(text)).items():
        index = _hash(word) % _SPARSE_SPACE
        weights[index] = weights.get(index, 0.0) + 1.0 + math.log(count)
    ordered = sorted(weights)
    return np.array(ordered, np.int64), np.array([weights[index] for index in ordered], np.float32)


def token_count(text: str) -> int:
    """What the emulator reports as embedding tokens: the number of words."""
    return len(words(text))


def lexical_score(query: str, text: str) -> float:
    """How much of the query the text contains: the share of the query's distinct words found in it, 0 to 1."""
    wanted = set(words(query))
    if not wanted:
        return 0.0
    return len(wanted & set(words(text))) / len(wanted)
