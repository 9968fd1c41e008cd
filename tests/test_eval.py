"""The evaluation harness scores exactly as SCHEMA.md defines it."""
import json

from eval.run import evaluate
from eval.score import fold, score_record, unit_key


def _gold(corpus):
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((corpus / "gold").glob("*.json"))}


def test_gold_scores_one_and_empty_prediction_scores_the_null_baseline(corpus):
    gold = _gold(corpus)
    perfect = [score_record(g, g) for g in gold.values()]
    assert all(v == 1.0 for s in perfect for v in s.values())
    empty = [score_record(g, {}) for g in gold.values()]
    per_doc = [sum(s.values()) / len(s) for s in empty]
    # the corpus README: an all-null prediction scores 0.217 (a null the key also has counts as right)
    assert round(sum(per_doc) / len(per_doc), 3) == 0.217


def test_folding_rules():
    assert fold("Ủy ban nhân dân (UBND) tỉnh") == fold("ủy ban nhân dân ủy ban nhân dân tỉnh")
    assert fold("Hoà Bình") == fold("Hòa Bình")
    assert fold("- Các sở, ban, ngành") == "sở ban ngành"
    assert unit_key("Ủy ban nhân dân huyện Thạnh Phú") == "thạnh phú"


def test_evaluate_writes_predictions_and_scores_each_gold_document(corpus, tmp_path):
    report = evaluate(corpus, "seeds", tmp_path)
    assert set(report.documents) == set(_gold(corpus))
    assert sorted(p.stem for p in tmp_path.glob("*.json")) == sorted(report.documents)
    assert 0.0 < report.score <= 1.0
    assert report.per_field["number"] >= 0.8
