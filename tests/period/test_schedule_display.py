"""`reskontra period schedule NUMBER` as text: what a user reads for an accrued invoice, before and after it is
written off (the months after the write-off are shown as cancelled, with their total, not as still open)."""
import datetime as dt
from decimal import Decimal as D

from core.ledger.models import Voucher
from core.period import accruals, valuation
from core.registers import register as registers
from tests.conftest import run_cli
from tests.period.helpers import make_invoice

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
SERVICE = D("12000.00")
SPLIT = {m.month: a for m, _, a in accruals.split_by_days(SERVICE, *YEAR)}
Q1 = sum(SPLIT[m] for m in (1, 2, 3))


def _accrued_invoice_with_q1_recognised(session):
    inv = make_invoice(session, lines=(("1090", "1", "12000.00", *YEAR),), day=dt.date(2026, 1, 5))
    agency = registers.agency_by_code(session, "HYDRO-SE")
    for month in (1, 2, 3):
        accruals.run(session, agency, dt.date(2026, month, 1))
    session.commit()
    return inv


def _schedule_text(capsys, number: str) -> list[str]:
    code, out, err = run_cli(capsys, "period", "schedule", number, "--agency", "HYDRO-SE")
    assert code == 0, err
    return out.splitlines()


def _rows(lines: list[str]) -> dict[str, str]:
    """{month: the row's line} of the schedule rows (indented lines)."""
    return {ln.split()[0]: ln for ln in lines if ln.startswith("  ")}


def test_written_off_invoice_lists_cancelled_months_and_their_total(demo, capsys):
    inv = _accrued_invoice_with_q1_recognised(demo)
    wo = valuation.write_off(demo, inv, "konkurs", actor="anna", date=dt.date(2026, 3, 31))
    demo.commit()
    voucher = demo.get(Voucher, wo.voucher_id)
    wo_ref = f"{voucher.series}{voucher.number}"

    lines = _schedule_text(capsys, inv.number)
    header = lines[0]
    assert header.startswith("line 1 12000.00 2026-01-01..2026-12-31")
    assert f"recognised {Q1}" in header
    assert f"cancelled (write-off) {SERVICE - Q1}" in header
    assert "unrecognised 0.00" in header

    rows = _rows(lines)
    assert len(rows) == 12
    for month in (1, 2, 3):
        row = rows[f"2026-{month:02}"]
        assert str(SPLIT[month]) in row and f"recognised 2026-{month:02}" in row and "cancelled" not in row
    for month in range(4, 13):
        row = rows[f"2026-{month:02}"]
        assert str(SPLIT[month]) in row and row.endswith(f"cancelled (write-off {wo_ref})"), row
        assert "recognised" not in row


def test_schedule_without_write_off_shows_no_cancelled(demo, capsys):
    inv = _accrued_invoice_with_q1_recognised(demo)

    lines = _schedule_text(capsys, inv.number)
    assert f"recognised {Q1} unrecognised {SERVICE - Q1}" in lines[0]
    assert not any("cancelled" in ln for ln in lines)
    rows = _rows(lines)
    assert "recognised 2026-03" in rows["2026-03"]
    # a month not yet recognised has no status at all
    assert rows["2026-04"].split() == ["2026-04", "30", "days", str(SPLIT[4])]
