"""A reminder run's letters as the print shop receives them: one batch PDF with every letter (its invoice number
and OCR on its pages, page count = the letters' pages), the manifest listing each letter once, and neither a
repeated run nor a second delivery of its letters adds anything."""
import datetime as dt
import io
import json
import re

import pdfplumber

from core.platform import settings
from core.runs import reminder_letters, reminders
from tests.runs.helpers import invoice

JAN5 = dt.date(2026, 1, 5)
DAY = dt.date(2026, 3, 2)


def _pages(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [re.sub(r"[\u00a0\u202f]", " ", p.extract_text() or "") for p in doc.pages]


def test_reminder_run_prints_its_letters_in_one_batch_once(demo):
    invs = [invoice(demo, qty=q, day=JAN5) for q in ("1", "2", "3", "4")]
    res = reminders.run("HYDRO-SE", DAY)
    assert res["count"] == 4
    folder = settings.outbox_dir("print") / DAY.isoformat()
    [batch] = list(folder.glob("batch-*.pdf"))
    assert batch.name.startswith(f"batch-reminders-run{res['run_id']}-")
    pages = _pages(batch.read_bytes())
    manifest = json.loads((folder / "manifest.json").read_text())
    letters = [d for d in manifest["documents"] if d["document"] == "reminder"]
    assert sorted(d["number"] for d in letters) == sorted(i.number for i in invs)  # each letter once
    assert manifest["batches"][0]["documents"] == 4 and manifest["batches"][0]["pages"] == len(pages)
    assert sum(d["pages"] for d in letters) == len(pages)
    for inv in invs:
        [entry] = [d for d in letters if d["number"] == inv.number]
        assert entry["batch"] == batch.name and entry["sequence"] == 1 and entry["file"].endswith("-1.pdf")
        text = "\n".join(pages[entry["first_page"] - 1:entry["first_page"] - 1 + entry["pages"]])
        assert "Betalningspåminnelse" in text and inv.number in text and f"OCR-nummer {inv.reference}" in text
        assert _pages((folder / entry["file"]).read_bytes()) == \
            pages[entry["first_page"] - 1:entry["first_page"] - 1 + entry["pages"]]

    before = {p: p.read_bytes() for p in folder.iterdir()}
    again = reminders.run("HYDRO-SE", DAY)
    assert again["already_run"] and again["run_id"] == res["run_id"]
    assert reminder_letters.deliver_pending(res["run_id"]) == 0  # nothing left to put out
    assert {p: p.read_bytes() for p in folder.iterdir()} == before
