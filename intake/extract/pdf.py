"""PDF attachments via pdfplumber: the text layer plus ruled tables.

Forms from agencies are generated PDFs with a text layer; the line table is read with `extract_tables` (cells
stay intact even when a description contains spaces), the key-value block from the text. Scanned PDFs without a
text layer and encrypted ones are reported as problems.
"""
from __future__ import annotations

import io

MAX_PAGES = 30


def read_pdf(data: bytes) -> tuple[list[tuple[int, str, list[list[list[str]]]]], list[str]]:
    """[(page number, text, tables)], problems."""
    problems: list[str] = []
    pages = []
    try:
        import pdfplumber  # imported lazily: it is slow to import and most mail has no PDF
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for i, page in enumerate(pdf.pages[:MAX_PAGES], start=1):
                text = page.extract_text() or ""
                try:
                    tables = [[[(c or "").replace("\n", " ").strip() for c in row] for row in t]
                              for t in page.extract_tables()]
                except Exception:
                    tables = []
                pages.append((i, text, tables))
            if len(pdf.pages) > MAX_PAGES:
                problems.append(f"PDF has {len(pdf.pages)} pages; only the first {MAX_PAGES} read")
    except Exception as exc:
        name = type(exc).__name__
        if "Password" in name or "Encrypt" in str(exc):
            return [], ["password-protected PDF"]
        return [], [f"corrupt or unreadable PDF ({name})"]
    if pages and not any(t.strip() for _, t, _ in pages):
        problems.append("PDF has no text layer (scanned?)")
    return pages, problems
