"""PDF attachments via pdfplumber: per page the text layer, the ruled tables and the words with their positions.

Forms from agencies are generated PDFs with a text layer. Ruled tables are read with `find_tables` (cells stay
intact when a description wraps or contains spaces); everything else is read from the positioned words by
`pdf_layout` (unruled tables, two-column forms, labelled blocks). Scanned PDFs without a text layer and encrypted
ones are reported as problems.
"""
from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field

MAX_PAGES = 30


@dataclass(frozen=True)
class Word:
    """One word as placed on the page (points from the top left)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool


@dataclass
class PdfPage:
    """One page. Iterates as (number, text, tables) — the shape the classifier and advice reader take."""

    number: int
    text: str
    tables: list[list[list[str]]]
    words: list[Word] = field(default_factory=list)
    table_boxes: list[tuple[float, float, float, float]] = field(default_factory=list)
    width: float = 595.0

    def __iter__(self) -> Iterator:
        return iter((self.number, self.text, self.tables))


def _words(page) -> list[Word]:
    out = []
    for w in page.extract_words(extra_attrs=["size", "fontname"]):
        font = str(w.get("fontname", ""))
        out.append(Word(w["text"], float(w["x0"]), float(w["x1"]), float(w["top"]), float(w["bottom"]),
                        float(w.get("size") or 10.0), "bold" in font.lower() or "black" in font.lower()))
    return out


def _read_page(i: int, page) -> PdfPage:
    text = page.extract_text() or ""
    tables, boxes = [], []
    try:
        for t in page.find_tables():
            tables.append([[(c or "").replace("\n", " ").strip() for c in row] for row in t.extract()])
            x0, top, x1, bottom = (float(v) for v in t.bbox)
            boxes.append((x0, top, x1, bottom))
    except Exception:
        tables, boxes = [], []
    return PdfPage(i, text, tables, _words(page), boxes, float(page.width))


def read_pdf(data: bytes) -> tuple[list[PdfPage], list[str]]:
    """[page], problems. A page unpacks as (page number, text, tables)."""
    problems: list[str] = []
    pages = []
    try:
        import pdfplumber  # imported lazily: it is slow to import and most mail has no PDF
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for i, page in enumerate(pdf.pages[:MAX_PAGES], start=1):
                pages.append(_read_page(i, page))
            if len(pdf.pages) > MAX_PAGES:
                problems.append(f"PDF has {len(pdf.pages)} pages; only the first {MAX_PAGES} read")
    except Exception as exc:
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in str(exc):
            return [], ["password-protected PDF"]
        return [], [f"corrupt or unreadable PDF ({name})"]
    if pages and not any(p.text.strip() for p in pages):
        problems.append("PDF has no text layer (scanned?)")
    return pages, problems
