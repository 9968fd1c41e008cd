"""`kehoach eval`: extract every corpus document that has a gold record and score it."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from eval.score import DOC_FIELDS, score_record

REPO = Path(__file__).resolve().parent.parent
FORMS = ("seeds", "pdf", "docx", "html", "scanned", "legacy")


def default_corpus() -> Path:
    """../shared/corpus beside the repository when present, else the repository's own corpus/."""
    for candidate in (REPO.parent / "shared" / "corpus", Path.cwd().parent / "shared" / "corpus"):
        if (candidate / "gold").is_dir():
            return candidate
    return REPO / "corpus"


@dataclass
class Report:
    """Scores of one run: per document and field, per field, per document and for the corpus."""

    documents: dict[str, dict[str, float]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def per_document(self) -> dict[str, float]:
        """Mean field score of each document."""
        return {d: sum(f.values()) / len(f) for d, f in self.documents.items() if f}

    @property
    def per_field(self) -> dict[str, float]:
        """Mean score of each field over the documents that have it."""
        out = {}
        for name in DOC_FIELDS:
            vals = [f[name] for f in self.documents.values() if name in f]
            if vals:
                out[name] = sum(vals) / len(vals)
        return out

    @property
    def score(self) -> float:
        """The corpus score: mean of the document scores."""
        per = self.per_document
        return sum(per.values()) / len(per) if per else 0.0

    def table(self) -> str:
        """The report as the reference scorer prints it."""
        lines = []
        for name, v in self.per_field.items():
            worst = min((f[name], d) for d, f in self.documents.items() if name in f)
            lines.append(f"{name:22s} {v:6.3f}   worst {worst[0]:.2f} {worst[1]}")
        for d, v in self.per_document.items():
            lines.append(f"doc {d:40s} {v:6.3f}")
        for d, e in self.errors.items():
            lines.append(f"error {d}: {e}")
        lines.append(f"score {self.score:.3f} over {len(self.documents)} documents")
        return "\n".join(lines)

    def as_json(self) -> dict:
        """The report as JSON data."""
        return {"documents": self.documents, "per_document": self.per_document, "per_field": self.per_field,
                "score": self.score, "errors": self.errors}


def find_inputs(corpus: Path, form: str, stem: str) -> list[Path]:
    """The files of document `stem` in the corpus folder of `form` (legacy/ has a .txt and a .docx)."""
    folder = corpus / form
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.startswith(stem) and p.is_file()
                  and not p.name.lower().startswith("readme"))


def evaluate(corpus: Path, form: str = "seeds", out_dir: Path | None = None) -> Report:
    """Extract the `form` version of every gold document in `corpus` and score it."""
    from extractor.pipeline import extract_file

    report = Report()
    for gpath in sorted((corpus / "gold").glob("*.json")):
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        sources = find_inputs(corpus, form, gpath.stem)
        for src in sources:
            key = gpath.stem if len(sources) == 1 else src.name
            try:
                pred = extract_file(src).to_json_dict()
            except Exception as e:  # one bad document must not stop the evaluation
                report.errors[key] = f"{type(e).__name__}: {e}"
                pred = {}
            if out_dir is not None:
                out_dir.mkdir(parents=True, exist_ok=True)
                (out_dir / f"{key if len(sources) == 1 else src.stem}.json").write_text(
                    json.dumps(pred, ensure_ascii=False, indent=1), encoding="utf-8")
            report.documents[key] = score_record(gold, pred)
    return report
