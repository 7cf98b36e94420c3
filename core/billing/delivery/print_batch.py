"""The print batch: one run's printed documents as one PDF for the print service, each document also as its own
PDF, and the day's manifest.json written once per batch.

Print services take one batch file per run and a list of what is in it. The documents are drawn once
(core.billing.delivery.print_layout) into the batch PDF, a page range and an outline entry each; each document's
own PDF (the copy the DeliveryRecord's SHA-256 is of, what a clerk reprints) is cut from the batch with
pikepdf/qpdf, so both hold the same pages, and the fonts are subset once per batch instead of once per document
(that subsetting was most of a single document's cost). Names are reproducible: a batch is
`batch-<label>-<digest of its documents' names>.pdf`, so a batch written again after a crash (before its
delivery records were committed) replaces the first attempt instead of adding a second file.

The manifest (manifest.json in the day's folder) lists every document once, keyed by its file name, with the
batch file and first page it is in, and every batch once: it is read, merged and written once per batch under a
file lock (several processes may print into the same day), not once per document (that was quadratic).
"""
from __future__ import annotations

import fcntl
import hashlib
import io
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .print_canvas import Drawing, canvas, draw, pdf

MANIFEST = "manifest.json"


@dataclass
class Printed:
    """One document going to print: its layout, its own file name and its manifest fields."""
    drawing: Drawing
    file: str
    entry: dict[str, Any]
    # filled in when written
    content: bytes = b""
    sha256: str = ""
    first_page: int | None = None
    pages: int = 0
    batch: str | None = None


def write_atomic(path: Path, content: bytes) -> None:
    """Write via a temporary file and rename, so a reader never sees half a file."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(content)
    tmp.replace(path)


def batch_name(label: str, files: list[str]) -> str:
    digest = hashlib.sha256("\n".join(sorted(files)).encode()).hexdigest()[:12]
    return f"batch-{label}-{digest}.pdf"


def write_single(folder: Path, item: Printed) -> None:
    """One document printed on its own (a single delivery): its PDF and its manifest entry."""
    item.content = pdf(item.drawing)
    item.sha256 = hashlib.sha256(item.content).hexdigest()
    item.pages = len(item.drawing.pages)
    write_atomic(folder / item.file, item.content)
    update_manifest(folder, [item], None)


def write_batch(folder: Path, label: str, items: list[Printed]) -> dict[str, Any]:
    """Draw the documents into one batch PDF, cut each document's own PDF from it, write all of them and the
    manifest; returns the batch's manifest entry."""
    import pikepdf

    out = io.BytesIO()
    name = batch_name(label, [i.file for i in items])
    c = canvas(out, f"{label} ({len(items)})", "Reskontra", items[0].drawing.lang if items else "sv")
    page = 0
    for n, item in enumerate(items):
        key = f"d{n}"
        c.bookmarkPage(key)
        c.addOutlineEntry(f"{item.entry.get('number')} {item.entry.get('customer') or ''}".strip(), key, level=0)
        item.first_page = page + 1
        item.pages = draw(c, item.drawing)
        item.batch = name
        page += item.pages
    c.save()
    content = out.getvalue()
    with pikepdf.open(io.BytesIO(content)) as src:
        for item in items:
            item.content = _cut(pikepdf, src, item)
            item.sha256 = hashlib.sha256(item.content).hexdigest()
            write_atomic(folder / item.file, item.content)
    write_atomic(folder / name, content)
    entry = {"file": name, "label": label, "documents": len(items), "pages": page,
             "sha256": hashlib.sha256(content).hexdigest()}
    update_manifest(folder, items, entry)
    return entry


def _cut(pikepdf: Any, src: Any, item: Printed) -> bytes:
    """The item's pages of the batch as a PDF of their own, with the document's title, author and language."""
    assert item.first_page is not None
    dst = pikepdf.new()
    for i in range(item.first_page - 1, item.first_page - 1 + item.pages):
        dst.pages.append(src.pages[i])
    dst.docinfo["/Title"] = item.drawing.title
    dst.docinfo["/Author"] = item.drawing.author
    dst.docinfo["/Creator"] = "Reskontra"
    dst.Root.Lang = pikepdf.String(item.drawing.lang)
    buf = io.BytesIO()
    dst.save(buf, deterministic_id=True, compress_streams=False)  # the streams stay as drawn (compressed once)
    return buf.getvalue()


@contextmanager
def _locked(folder: Path) -> Iterator[None]:
    """An exclusive flock on the day's folder itself (no lock file among the print shop's files)."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def update_manifest(folder: Path, items: list[Printed], batch: dict[str, Any] | None) -> None:
    """Merge the documents (and the batch) into the day's manifest: read once, each document and batch listed
    once by file name (a document written again replaces its entry), written once."""
    with _locked(folder):
        path = folder / MANIFEST
        data: dict[str, Any] = json.loads(path.read_text()) if path.exists() else {}
        data.setdefault("date", folder.name)
        documents: dict[str, dict] = {d["file"]: d for d in data.get("documents", [])}
        for item in items:
            documents[item.file] = {"file": item.file, **item.entry, "sha256": item.sha256, "pages": item.pages,
                                    "batch": item.batch, "first_page": item.first_page}
        data["documents"] = list(documents.values())
        if batch is not None:
            batches = {b["file"]: b for b in data.get("batches", [])}
            batches[batch["file"]] = batch
            data["batches"] = list(batches.values())
        write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
