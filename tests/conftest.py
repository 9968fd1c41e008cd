"""Shared helpers for the tests: the repo's own corpus and a one-call extractor over text."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"


def extract_text(text: str, name: str = "doc.txt"):
    """The plan/1 record of a document given as text."""
    from extractor.pipeline import extract

    return extract(text.encode("utf-8"), name)


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The repository's own sample corpus."""
    return CORPUS
