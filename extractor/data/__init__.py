"""Data files: patterns, gazetteers and abbreviation tables, loaded once."""
import json
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent


@cache
def load(name: str) -> dict:
    """The parsed JSON data file `name` (without extension) from this folder."""
    return json.loads((DATA_DIR / f"{name}.json").read_text(encoding="utf-8"))
