"""The print batch of a delivery run as the print shop receives it: one batch PDF holding every printed document
(number and OCR/reference on its pages, page count = the documents' pages), each document also as its own PDF,
the manifest listing each document once; a second run adds nothing; a run written again after a crash lists
nothing twice. And the printed letter (ReportLab) shows the same fields as the web's PDF (WeasyPrint)."""
import datetime as dt
import io
import json
import re

import pdfplumber
import pytest

from core.billing.delivery import channels, printing
from core.billing.models import DeliveryRecord
from tests.delivery.support import credit, make

DAY = dt.date(2026, 11, 3)


def _pages(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [re.sub(r"[\u00a0\u202f]", " ", p.extract_text() or "") for p in doc.pages]


def _snapshot(root):
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture()
def printed(demo, tmp_path, monkeypatch):
    """Five issued documents that go by print (Swedish and Finnish customers, a credit note) and one by Peppol."""
    monkeypatch.setenv("RESKONTRA_OUTBOX", str(tmp_path))
    se = [make(demo, customer="10002", lines=(("1010", str(q), None, None), ("3010", "1", None, None)))
          for q in (1, 2)]
    fi = [make(demo, agency="VESI-FI", customer="20001", lines=(("V100", str(q), None, None),)) for q in (1, 3)]
    long = make(demo, customer="10002", lines=tuple(("1010", str(q), None, None) for q in range(1, 60)))
    note = credit(demo, se[0])
    make(demo, customer="10001")  # Peppol: not in the print batch
    return [*se, *fi, long, note]


def test_delivery_run_prints_one_batch_with_every_document(demo, tmp_path, printed):
    done = channels.run(demo, "tester", day=DAY)
    demo.commit()
    prints = [d for d in done if d.record.channel == "print"]
    assert len(prints) == len(printed) == 6 and len(done) == 7
    folder = tmp_path / "print" / DAY.isoformat()
    [batch] = sorted(folder.glob("batch-*.pdf"))
    assert batch.name.startswith("batch-delivery-")
    batch_pages = _pages(batch.read_bytes())
    manifest = json.loads((folder / "manifest.json").read_text())
    listed = {d["file"]: d for d in manifest["documents"]}
    assert len(manifest["documents"]) == len(listed) == 6  # each once
    assert manifest["batches"] == [{"file": batch.name, "label": "delivery", "documents": 6,
                                    "pages": len(batch_pages), "sha256": manifest["batches"][0]["sha256"]}]
    total = 0
    for inv in printed:
        rec = demo.exec(DeliveryRecord.__table__.select().where(DeliveryRecord.invoice_id == inv.id)).one()
        own = (folder / rec.file_path.rsplit("/", 1)[-1]).read_bytes()
        entry = listed[rec.file_path.rsplit("/", 1)[-1]]
        own_pages = _pages(own)
        assert entry["number"] == inv.number and entry["batch"] == batch.name and entry["pages"] == len(own_pages)
        assert entry["reference"] == inv.reference and entry["sha256"] == rec.sha256
        first = entry["first_page"] - 1
        assert batch_pages[first:first + len(own_pages)] == own_pages  # the same pages in both
        text = "\n".join(own_pages)
        assert inv.number in text and (inv.reference or "") in text
        total += len(own_pages)
    assert total == len(batch_pages)
    long = listed[f"HYDRO-SE-invoice-{printed[4].number}.pdf"]  # 59 lines: the table goes on over pages
    assert long["pages"] >= 2 and f"Sida 1 / {long['pages']}" in batch_pages[long["first_page"] - 1]
    assert f"Sida {long['pages']} / {long['pages']}" in batch_pages[long["first_page"] + long["pages"] - 2]

    before = _snapshot(tmp_path)
    assert channels.run(demo, "tester", day=DAY) == []  # a second delivery run adds nothing
    demo.commit()
    assert _snapshot(tmp_path) == before


def test_run_written_again_after_a_crash_lists_each_document_once(demo, tmp_path, printed):
    channels.run(demo, "tester", day=DAY)
    demo.rollback()  # the process died before the commit: files written, nothing recorded
    first = _snapshot(tmp_path)
    done = channels.run(demo, "tester", day=DAY)
    demo.commit()
    assert len([d for d in done if d.record.channel == "print"]) == 6
    folder = tmp_path / "print" / DAY.isoformat()
    assert len(list(folder.glob("batch-*.pdf"))) == 1  # the same batch, written again under its name
    manifest = json.loads((folder / "manifest.json").read_text())
    assert len(manifest["documents"]) == 6 and len(manifest["batches"]) == 1
    assert _snapshot(tmp_path) == first  # reproducible: the same bytes the second time


def test_printed_letter_shows_the_same_fields_as_the_web_pdf(demo):
    se = make(demo, customer="10002", lines=(("1010", "2", None, None), ("3010", "3", None, None)))
    fi = make(demo, agency="VESI-FI", customer="20001", lines=(("V100", "3", None, None),))
    cases = [(se, "invoice", None), (fi, "invoice", None), (credit(demo, se), "invoice", None),
             (fi, "reminder", {"fee": "12.00", "due_date": dt.date(2026, 12, 20)}),
             (se, "reminder", {"fee": "60.00", "due_date": dt.date(2026, 12, 20)})]
    for inv, document, extra in cases:
        ctx = printing.context(demo, inv, document, extra)
        money, date, pay = ctx["money"], ctx["date"], ctx["payment"]
        fields = [ctx["title"], inv.number, ctx["customer"]["name"], date(ctx["inv"]["invoice_date"]),
                  f"{money(ctx['amount_due'] if document == 'reminder' else ctx['grand_total'])} {inv.currency}",
                  *ctx["terms"][:1], *(ln["description"] for ln in ctx["inv"]["lines"])]
        if pay:
            fields += [pay["reference"], date(ctx["due"])]
            fields += [pay["bankgiro"]] if pay["kind"] == "se" else [pay["iban"], pay["virtual_barcode"]]
        web = " ".join(" ".join(_pages(printing.render_pdf(demo, inv, document, extra))).split())
        letter = " ".join(" ".join(_pages(printing.render_print_pdf(demo, inv, document, extra))).split())
        for value in fields:
            value = " ".join(str(value).replace("\u00a0", " ").replace("\u202f", " ").split())
            assert value in web, (document, value)
            assert value in letter, (inv.number, document, value)
