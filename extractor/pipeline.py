"""The whole pipeline: bytes of a file in, one `plan/1` record out (read → normalize → segment → fields)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from extractor import deadlines as deadlines_
from extractor import inspection as inspection_
from extractor import targets as targets_
from extractor import tasks as tasks_
from extractor.blocks import RawDocument
from extractor.dates import parse_date
from extractor.fields import header
from extractor.fields.legal_bases import legal_bases
from extractor.fields.lists import objectives_and_requirements, recipients
from extractor.fields.signer import signer
from extractor.normalize import normalize_document, repair_wraps
from extractor.provenance import document_text
from extractor.readers import read
from extractor.segment import Segments, segment
from models import Issuer, Plan, Signer, Source


@dataclass
class Extraction:
    """A record and the normalized text it was read from (for display and provenance)."""

    plan: Plan
    text: str


def extract_file(path: str | Path) -> Plan:
    """The record of the file at `path`."""
    p = Path(path)
    return extract(p.read_bytes(), p.name)


def extract(data: bytes, filename: str | None = None) -> Plan:
    """The record of the document in `data`."""
    return extract_full(data, filename).plan


def extract_full(data: bytes, filename: str | None = None) -> Extraction:
    """The record of the document in `data` and its normalized text."""
    result = extract_document_full(read(data, filename))
    result.plan.source.file = filename
    result.plan.source.sha256 = hashlib.sha256(data).hexdigest()
    return result


def prepare(raw: RawDocument) -> Segments:
    """Normalized, wrap-repaired and segmented blocks of a document."""
    return segment(repair_wraps(normalize_document(raw)).blocks)


def extract_document(raw: RawDocument) -> Plan:
    """The record of an already-read document."""
    return extract_document_full(raw).plan


def extract_document_full(raw: RawDocument) -> Extraction:
    """The record of an already-read document and its normalized text."""
    blocks = repair_wraps(normalize_document(raw)).blocks
    text = document_text(blocks)
    seg = segment(blocks)
    warnings = list(raw.warnings)
    meta = seg.metadata

    number = header.clean_number(seg.number_text)
    if number is None and header.from_metadata(meta, "number") and (seg.has_motto or seg.type_line):
        number = header.clean_number(header.from_metadata(meta, "number"))
        warnings.append("document number taken from the portal's metadata box")
    doc_type = header.doc_type(seg, number)
    issuer = header.issuer(seg)
    place, issued = header.place_and_date(seg)
    if issued is None and seg.published:  # a news article's publication date
        issued = parse_date(seg.published)
    if issued is None and header.from_metadata(meta, "issued_date"):
        issued = parse_date(header.from_metadata(meta, "issued_date"))
        if issued:
            warnings.append("issue date taken from the portal's metadata box")
    title = header.title(seg)
    province = header.province(seg, issuer, place)
    issuer = header.complete_issuer(issuer, seg, province)
    year = header.period_year(title, issued, seg)
    sign = signer(seg.signature, lead_last=seg.joint)
    if sign is None and header.from_metadata(meta, "signer"):
        sign = Signer(name=header.from_metadata(meta, "signer"))
        warnings.append("signer taken from the portal's metadata box")
    objectives, requirements = objectives_and_requirements(seg.body)
    for annex in seg.annexes:  # a plan issued as the attachment of a decision
        if not objectives and not requirements:
            objectives, requirements = objectives_and_requirements(annex.body)
    tasks = tasks_.tasks(seg, year, issued, ocr=raw.ocr)

    plan = Plan(
        source=Source(format=raw.format, pages=raw.pages, ocr=raw.ocr),
        doc_type=doc_type, number=number, issuer=issuer, province=province, place=place,
        issued_date=issued, title=title, period_year=year, signer=sign,
        legal_bases=legal_bases(seg.preamble),
        objectives=objectives, requirements=requirements,
        tasks=tasks,
        deadlines=deadlines_.deadlines(seg, year, issued),
        inspection=inspection_.inspection(seg, year, doc_type),
        recipients=recipients(seg.recipients),
        targets=targets_.targets(seg, tasks),
    )
    plan.warnings = warnings + _missing(plan)
    return Extraction(plan, text)


def _missing(plan: Plan) -> list[str]:
    """Warnings, in words, for the header fields an official document should have but this one lacks."""
    if plan.doc_type in ("tin_bai", "khac") and plan.number is None:
        return [] if plan.doc_type == "tin_bai" else ["not an official document: no header, number or type line"]
    out = []
    checks = [(plan.number, "no document number (Số: …) found"),
              (plan.issued_date, "no issue date line found"),
              (plan.issuer, "no issuing body found in the header"),
              (plan.title, "no title (trích yếu) found"),
              (plan.signer and plan.signer.name, "no signer name found"),
              (plan.province, "no province could be determined")]
    out.extend(msg for value, msg in checks if not value)
    return out


__all__ = ["Extraction", "extract", "extract_file", "extract_full", "extract_document", "prepare", "Issuer"]
