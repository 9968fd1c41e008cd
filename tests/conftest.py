"""Shared helpers for the tests: the repo's own corpus, a one-call extractor over text, text in Windows-1258,
and the live servers over the seed plans that the API modules talk to."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
TONES = "\u0300\u0301\u0303\u0309\u0323"  # the combining tone marks Windows-1258 writes after a letter


def extract_text(text: str, name: str = "doc.txt"):
    """The plan/1 record of a document given as text."""
    from extractor.pipeline import extract

    return extract(text.encode("utf-8"), name)


def to_cp1258(text: str) -> bytes:
    """`text` as Windows-1258 bytes: letters the code page lacks as base letter + combining tone mark."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", ch)
            tones = "".join(c for c in d if c in TONES)
            base = unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
            out += (base + tones).encode("cp1258")
    return bytes(out)


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The repository's own sample corpus."""
    return CORPUS


# ---------------------------------------------------------------- live servers


@pytest.fixture(scope="session")
def seeded(tmp_path_factory):
    """One `kehoach serve` over the seed plans and seeded.EXTRA_PLAN, shared by every module that talks to
    it: they read, and the only writes (task statuses) change nothing another module asserts."""
    from seeded import seeded_server

    s = seeded_server(tmp_path_factory.mktemp("seeded"))
    yield s
    s.stop()


@pytest.fixture(scope="module")
def server(seeded):
    """The server a module's tests talk to: the shared seeded one, unless the module starts its own
    (`live_server.server_fixture`)."""
    return seeded


@pytest.fixture(scope="module")
def client(server):
    """An HTTP client for the module's server."""
    with server.client() as c:
        yield c


@pytest.fixture(scope="module")
def ids(client) -> dict[str, int]:
    """Stored seed plans by name: the seed's prefix ("000") or seeded.EXTRA_NAME -> document id."""
    from seeded import EXTRA_NAME, seed_ids

    found = seed_ids(client)
    assert {"000", "001", "002", "003", "004", EXTRA_NAME} <= set(found)
    return found
