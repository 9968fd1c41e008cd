"""Provenance spans: extracted values located in the text and rendered escaped."""
from extractor.pipeline import extract_full
from extractor.provenance import find_spans, render_html


def test_spans_point_at_the_extracted_values(corpus):
    data = (corpus / "seeds" / "000_6724172b0ca23b41.txt").read_bytes()
    result = extract_full(data, "000.txt")
    spans = find_spans(result.text, result.plan)
    labels = {s.label for s in spans}
    assert {"SỐ", "CĂN CỨ", "NGƯỜI KÝ"} <= labels
    for s in spans:
        if s.label == "SỐ":
            assert result.text[s.start:s.end] == result.plan.number
        if s.label == "CĂN CỨ":
            assert "/" in result.text[s.start:s.end]


def test_rendered_text_is_escaped():
    text = "Số: 1/KH-UBND <script>alert(1)</script>"
    from models import Plan

    html = render_html(text, find_spans(text, Plan(number="1/KH-UBND")))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "1/KH-UBND" in html
