"""Render sample printed invoices (SE invoice, FI invoice with bank barcode, English reverse-charge invoice,
credit note, reminder) to PNG pages under docs/screenshots/, from a throw-away SQLite database with the demo set.

    .venv/bin/python docs/render_samples.py
"""
from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
_tmp = tempfile.mkdtemp(prefix="reskontra-samples-")
os.environ["RESKONTRA_VAR"] = _tmp
os.environ["DATABASE_URL"] = f"sqlite:///{_tmp}/samples.db"


def main() -> int:
    import pypdfium2 as pdfium
    from sqlmodel import Session

    from core.billing.delivery import printing
    from core.demo import DEMO
    from core.platform import db, migrate
    from core.registers import register as registers
    from tests.delivery.support import add_foreign_customers, credit, make

    migrate.upgrade(os.environ["DATABASE_URL"])
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with Session(db.get_engine(), expire_on_commit=False) as s:
        registers.load_registry(s, DEMO, actor="samples")
        s.commit()
        add_foreign_customers(s)
        se = make(s, customer="10002", lines=(("1010", "6", None, None), ("1020", "1", None, None),
                                              ("3010", "2", None, None)))
        fi = make(s, agency="VESI-FI", customer="20001", lines=(("V100", "12", None, None), ("V220", "6", None, None)))
        en = make(s, customer="30001", lines=(("1010", "3", None, "reverse_charge"),))
        cn = credit(s, se, {1: "2"})
        samples = [("invoice-se", se, "invoice", None), ("invoice-fi", fi, "invoice", None),
                   ("invoice-en-reverse-charge", en, "invoice", None), ("credit-note-se", cn, "invoice", None),
                   ("reminder-se", se, "reminder", {"fee": "60.00", "due_date": dt.date(2026, 12, 20)})]
        for name, inv, document, extra in samples:
            pdf = pdfium.PdfDocument(printing.render_pdf(s, inv, document, extra))
            for i, page in enumerate(pdf):
                path = out / f"{name}-p{i + 1}.png"
                page.render(scale=1.5).to_pil().save(path)
                print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
