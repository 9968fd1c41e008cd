"""Tasks grouped by topic across plans: TF-IDF over syllables (abbreviations expanded, filler words
dropped), cosine similarity, average-linkage clustering — similar tasks in different words share a group."""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer

from extractor.data import load
from extractor.text import fold

SIMILARITY = 0.35  # the least average similarity of a group's tasks
LABEL_WORDS = 16


@lru_cache(maxsize=1)
def _vocab() -> dict:
    """Abbreviations to expand (abbreviations.json) and filler words to drop (compare.json)."""
    abbrev = load("abbreviations")["abbreviations"]
    stop = sorted((fold(w) for w in load("compare")["task_stopwords"]), key=len, reverse=True)
    return {
        "abbrev": re.compile(r"(?<![\w&])(" + "|".join(re.escape(k) for k in sorted(abbrev, key=len, reverse=True))
                             + r")(?![\w&])"),
        "expansions": abbrev,
        "stop": re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in stop) + r")(?!\w)"),
    }


def expand(text: str) -> str:
    """`text` with its abbreviations expanded ("TTHC" -> "thủ tục hành chính"), folded."""
    v = _vocab()
    return fold(v["abbrev"].sub(lambda m: v["expansions"][m.group(1)], text or ""))


def topic_words(name: str) -> str:
    """The words of a task name that carry its topic: abbreviations expanded, folded, filler dropped."""
    return re.sub(r"\s+", " ", _vocab()["stop"].sub(" ", expand(name))).strip()


def similarities(names: list[str]) -> np.ndarray:
    """Cosine similarity of every pair of task names (TF-IDF of syllables and syllable pairs)."""
    words = [topic_words(n) for n in names]
    if not any(words):
        return np.eye(len(names))
    vectors = TfidfVectorizer(token_pattern=r"(?u)\b\w+\b", ngram_range=(1, 2), sublinear_tf=True).fit_transform(words)
    sim = (vectors @ vectors.T).toarray()
    np.fill_diagonal(sim, 1.0)
    return np.clip(sim, 0.0, 1.0)


def clusters(names: list[str], threshold: float = SIMILARITY) -> list[list[int]]:
    """Indexes of `names` in groups whose members are on average at least `threshold` similar."""
    if len(names) < 2:
        return [[i] for i in range(len(names))]
    distance = 1.0 - similarities(names)
    tree = linkage(squareform(distance, checks=False), method="average")
    labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return list(groups.values())


def _label(names: list[str], sim: np.ndarray) -> str:
    """The name closest to all the others in its group, cut to a few words."""
    best = names[int(np.argmax(sim.sum(axis=1)))] if len(names) > 1 else names[0]
    words = best.split()
    return " ".join(words[:LABEL_WORDS]) + (" …" if len(words) > LABEL_WORDS else "")


def group_tasks(tasks: list[dict], threshold: float = SIMILARITY) -> list[dict]:
    """Tasks (store items) grouped by topic: [{label, documents, shared, tasks: [{document, id, ref, name,
    lead, due}]}], groups that span more plans first."""
    names = [t["name"] for t in tasks]
    out = []
    for members in clusters(names, threshold):
        group = [tasks[i] for i in members]
        sim = similarities([names[i] for i in members]) if len(members) > 1 else np.eye(1)
        documents = sorted({t["document_id"] for t in group})
        out.append({"label": _label([names[i] for i in members], sim), "documents": documents,
                    "shared": len(documents) > 1, "first": min(members),
                    "tasks": [{"document": t["document_id"], "id": t["id"], "ref": t.get("ref"), "name": t["name"],
                               "lead": t.get("lead") or [], "due": t.get("due")} for t in group]})
    out.sort(key=lambda g: (-len(g["documents"]), -len(g["tasks"]), g["first"]))
    return [{k: v for k, v in g.items() if k != "first"} for g in out]
