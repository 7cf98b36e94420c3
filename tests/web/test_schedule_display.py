"""The invoice page of a written-off invoice with deferred revenue: the accrual schedule shows the months released
by the write-off as cancelled (in the user's language), not as still to be recognised, and their total."""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal as D

import pytest
from sqlmodel import Session

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
LABELS = {"en": ("Cancelled (write-off)", "cancelled (write-off)"),
          "sv": ("Återförd (kundförlust)", "återfört (kundförlust)"),
          "fi": ("Purettu (luottotappio)", "purettu (luottotappio)")}


@pytest.fixture()
def written_off(world, clean_db):
    """A 12-month accrued invoice of HYDRO-SE, January-March recognised, written off on 31 March."""
    from core.ledger.models import Voucher
    from core.period import accruals, valuation
    from core.registers import register as registers
    from tests.period.helpers import make_invoice

    with Session(clean_db, expire_on_commit=False) as s:
        inv = make_invoice(s, lines=(("1090", "1", "12000.00", *YEAR),), day=dt.date(2026, 1, 5))
        agency = registers.agency_by_code(s, "HYDRO-SE")
        for month in (1, 2, 3):
            accruals.run(s, agency, dt.date(2026, month, 1))
        wo = valuation.write_off(s, inv, "konkurs", actor="test", date=dt.date(2026, 3, 31))
        s.commit()
        v = s.get(Voucher, wo.voucher_id)
        split = {m.month: a for m, _, a in accruals.split_by_days(D("12000.00"), *YEAR)}
        return {"id": inv.id, "voucher": f"{v.series}{v.number}", "split": split}


def _page(client, invoice_id: int, lang: str) -> str:
    client.post("/language", data={"lang": lang, "next": "/"})
    r = client.get(f"/invoices/{invoice_id}")
    assert r.status_code == 200
    return r.get_data(as_text=True)


def _schedule_rows(text: str) -> dict[str, str]:
    """{month: the row's HTML} of the accrual schedule table (a month reads in words, its key in `datetime`)."""
    return {m.group(1): m.group(0) for m in re.finditer(r'<tr[^>]*><td><time datetime="(\d{4}-\d{2})">.*?</tr>',
                                                         text)}


def test_written_off_invoice_page_shows_cancelled_months_and_total(as_user, written_off):
    text = _page(as_user("clerk"), written_off["id"], "en")
    rows = _schedule_rows(text)
    assert len(rows) == 12
    for month in (1, 2, 3):  # recognised by the run of their own month
        row = rows[f"2026-{month:02}"]
        assert row.startswith("<tr><td>") and f'<time datetime="2026-{month:02}">' in row, row
        assert re.search(r'<td><time datetime="2026-\d\d">[^<]*</time></td><td>A', row), row  # recognised, voucher
        assert "Cancelled" not in row
    for month in range(4, 13):  # released by the write-off voucher: marked, not "—" as if still to come
        row = rows[f"2026-{month:02}"]
        assert f"<td>Cancelled (write-off)</td><td>{written_off['voucher']}</td>" in row, row
        assert "—" not in row
    # the footer: recognised Jan-Mar / cancelled Apr-Dec / nothing left to recognise
    q1 = sum(written_off["split"][m] for m in (1, 2, 3))
    rest = D("12000.00") - q1
    footer = re.search(r"<tfoot>.*?</tfoot>", text[text.index("2026-12"):], re.S).group(0)
    assert "Recognised / cancelled (write-off) / not yet recognised" in footer
    assert re.search(rf">{q1:,.2f} / {rest:,.2f} / \D*0\.00\D*<", footer), footer


@pytest.mark.parametrize("lang", ["sv", "fi"])
def test_cancelled_state_is_translated(as_user, written_off, lang):
    row_label, footer_label = LABELS[lang]
    text = _page(as_user("clerk"), written_off["id"], lang)
    rows = _schedule_rows(text)
    assert sum(f"<td>{row_label}</td>" in row for row in rows.values()) == 9
    assert footer_label in text
    assert "Cancelled (write-off)" not in text and "cancelled (write-off)" not in text


def test_accrued_invoice_not_written_off_shows_no_cancelled(as_user, world, clean_db):
    from core.period import accruals
    from core.registers import register as registers
    from tests.period.helpers import make_invoice

    with Session(clean_db, expire_on_commit=False) as s:
        inv = make_invoice(s, lines=(("1090", "1", "12000.00", *YEAR),), day=dt.date(2026, 1, 5))
        accruals.run(s, registers.agency_by_code(s, "HYDRO-SE"), dt.date(2026, 3, 1))
        s.commit()
        invoice_id = inv.id
    text = _page(as_user("clerk"), invoice_id, "en")
    rows = _schedule_rows(text)
    assert len(rows) == 12 and "Cancelled" not in text and "cancelled" not in text
    assert "Recognised / not yet recognised" in text
    assert "<td>—</td>" in rows["2026-04"]
