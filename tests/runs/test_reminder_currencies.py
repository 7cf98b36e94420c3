"""A reminder run over an agency that invoices in SEK and EUR (issue #15): before, the run added kronor to euros —
one fee total "in no currency" and one fee voucher mixing both. Now each currency's fees are totalled and booked on
their own voucher, and the run's answer (and `reskontra reminders run --json`) gives the fees per currency. The fee
and its legal cap are amounts in the agency's currency (lag 1981:739 4 §: 60 kronor), so the Swedish agency's EUR
invoice is reminded without a fee — it had been charged 60 EUR, ten times the cap."""
import datetime as dt
import json

import sqlalchemy as sa

from core.billing import drafting, issuing
from core.billing.delivery import channels, printing
from core.billing.drafting import DraftOptions, LineInput
from core.billing.models import Invoice
from core.ledger.models import Voucher, VoucherEntry
from core.registers import register as registers
from core.runs import reminders
from core.runs.models import Reminder
from tests.conftest import run_cli

JAN5 = dt.date(2026, 1, 5)
MAR2 = dt.date(2026, 3, 2)
_rem, _ve, _inv = Reminder.__table__.c, VoucherEntry.__table__.c, Invoice.__table__.c


def _invoice(session, currency: str, customer: str = "10002") -> Invoice:
    agency = registers.agency_by_code(session, "HYDRO-SE")
    cust = registers.find_customer(session, customer, agency)
    inv = drafting.create_draft(session, agency, cust, [LineInput(article_code="1010", quantity="1")],
                                DraftOptions(invoice_date=JAN5, currency=currency))
    issuing.issue(session, inv, force=True, force_reason="test")
    channels.deliver(session, inv, "test", day=JAN5)
    session.commit()
    return inv


def _fee_vouchers(session, run_id: int) -> dict[int, list[tuple[str, int | None, object]]]:
    rows = session.execute(sa.select(_ve.voucher_id, _ve.account, _ve.invoice_id, _ve.amount)
                           .join(Voucher.__table__, Voucher.__table__.c.id == _ve.voucher_id)
                           .where(Voucher.__table__.c.source_type == "reminder_fees",
                                  Voucher.__table__.c.source_id == run_id)).all()
    out: dict[int, list] = {}
    for vid, account, inv_id, amount in rows:
        out.setdefault(vid, []).append((account, inv_id, amount))
    return out


def test_fees_are_totalled_and_booked_per_currency(demo):
    sek = [_invoice(demo, "SEK"), _invoice(demo, "SEK")]
    eur = _invoice(demo, "EUR")
    dry = reminders.run("HYDRO-SE", MAR2, dry_run=True)
    res = reminders.run("HYDRO-SE", MAR2, deliver_documents=False)
    for answer in (dry, res):
        assert answer["count"] == 3
        assert answer["fees_by_currency"] == {"EUR": "0.00", "SEK": "120.00"}
        assert answer["total_fees"] == "120.00"  # kept for old scripts: the plain sum
    fees = dict(demo.execute(sa.select(_rem.invoice_id, _rem.fee)).all())
    assert fees == {sek[0].id: 60, sek[1].id: 60, eur.id: 0}
    assert demo.get(Invoice, eur.id).open_amount == eur.total  # no fee added to the EUR claim
    currency = dict(demo.execute(sa.select(_inv.id, _inv.currency)).all())
    vouchers = _fee_vouchers(demo, res["run_id"])
    assert len(vouchers) == 1  # no EUR fee, no EUR fee voucher
    by_currency = {}
    for vid, entries in vouchers.items():
        assert sum(a for _, _, a in entries) == 0  # each voucher balances
        [cur] = {currency[i] for _, i, _ in entries if i is not None}  # and is in one currency
        by_currency[cur] = (vid, sum(a for _, i, a in entries if i is not None))
        text = demo.get(Voucher, vid).text
        assert text.endswith(cur), text
    assert {c: str(t) for c, (_, t) in by_currency.items()} == {"SEK": "120.00"}
    named = dict(demo.execute(sa.select(_rem.invoice_id, _rem.fee_voucher_id)
                              .where(_rem.run_id == res["run_id"])).all())
    assert named == {sek[0].id: by_currency["SEK"][0], sek[1].id: by_currency["SEK"][0],
                     eur.id: None}
    again = reminders.run("HYDRO-SE", MAR2, deliver_documents=False)  # read back from what was recorded
    assert again["already_run"] and again["fees_by_currency"] == {"EUR": "0.00", "SEK": "120.00"}


def test_the_command_gives_the_fees_per_currency(demo, capsys):
    _invoice(demo, "SEK")
    _invoice(demo, "EUR")
    code, out, _ = run_cli(capsys, "reminders", "run", "--agency", "HYDRO-SE", "--date", MAR2.isoformat(), "--json")
    data = json.loads(out)
    assert code == 0 and data["fees_by_currency"] == {"EUR": "0.00", "SEK": "60.00"}
    assert data["total_fees"] == "60.00"
    code, out, _ = run_cli(capsys, "reminders", "run", "--agency", "HYDRO-SE", "--date", MAR2.isoformat())
    assert code == 0 and "fees 0.00 EUR, 60.00 SEK" in out


def test_an_invoice_in_another_currency_promises_no_fee(demo):
    """The printed terms promise what a reminder may charge: 60 SEK on the agency's SEK invoice, nothing on its EUR
    invoice (the cap is stated in kronor only)."""
    sek_terms = printing.context(demo, _invoice(demo, "SEK"))["terms"]
    eur_terms = printing.context(demo, _invoice(demo, "EUR"))["terms"]
    assert any("60,00 SEK" in t for t in sek_terms)
    assert not any("påminnelseavgift" in t.lower() or "60,00" in t for t in eur_terms), eur_terms
