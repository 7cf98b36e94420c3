"""The chart of accounts is an agency setting an administrator can change in the web (issue #18 point 7): the
choice is stored in the agency's accounts, offered only for the agency's country, audited, and the next invoice is
booked on the new chart's accounts while what is booked stays where it is."""
from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from core.billing import drafting, issuing
from core.billing.drafting import DraftOptions, LineInput
from core.ledger import charts
from core.ledger.models import Voucher, VoucherEntry
from core.platform.models import AuditEvent
from core.registers.models import Agency, Article, Customer
from tests.web.test_agency_settings import FORM, _english

REVENUE = {c: {v for k, v in charts.purposes(c).items() if k.startswith("revenue")} for c in ("bas", "statens")}


def _issue_one(engine, agency_id: int, article_id: int, customer_id: int) -> set[str]:
    """Issue an invoice for the agency; the revenue accounts its voucher credits."""
    with Session(engine, expire_on_commit=False) as s:
        agency, article, customer = s.get(Agency, agency_id), s.get(Article, article_id), s.get(Customer, customer_id)
        inv = drafting.create_draft(s, agency, customer, [LineInput(article_code=article.code, quantity="1",
                                                                    unit_price=article.unit_price or "100.00")],
                                    DraftOptions(invoice_date=dt.date.today()))
        issuing.issue(s, inv, force=True, force_reason="test")
        s.commit()
        accounts = s.exec(select(VoucherEntry.account).join(Voucher, Voucher.id == VoucherEntry.voucher_id)
                          .where(Voucher.source_type == "invoice", Voucher.source_id == inv.id)).all()
    return {a for a in accounts if a.startswith("3")}


def test_admin_switches_a_state_agency_to_statens_baskontoplan(as_user, world, clean_db):
    hydro = world["HYDRO-SE"]
    aid = hydro["agency"]
    before = _issue_one(clean_db, aid, hydro["article"], hydro["customer"])
    assert before and before <= REVENUE["bas"]

    admin = _english(as_user("admin"))
    page = admin.get(f"/admin/agencies/{aid}/payment-settings").get_data(as_text=True)
    assert '<option value="bas" selected>' in page and 'value="statens"' in page and '<option value="fi"' not in page
    r = admin.post(f"/admin/agencies/{aid}/payment-settings", data={**FORM, "chart": "statens"})
    assert r.status_code == 302, r.get_data(as_text=True)[:3000]
    page = admin.get(r.headers["Location"]).get_data(as_text=True)
    assert "Saved: Chart of accounts." in page and '<option value="statens" selected>' in page
    with Session(clean_db) as s:
        assert s.get(Agency, aid).accounts["chart"] == "statens"
        [event] = s.exec(select(AuditEvent).where(AuditEvent.action == "agency.payment_settings")).all()
        assert event.details["chart"] == {"old": "bas", "new": "statens"}

    after = _issue_one(clean_db, aid, hydro["article"], hydro["customer"])
    assert after and after <= REVENUE["statens"] and not after & REVENUE["bas"]


def test_a_chart_of_another_country_is_refused(as_user, world, clean_db):
    aid = world["VESI-FI"]["agency"]
    admin = _english(as_user("admin"))
    with Session(clean_db) as s:
        vesi = s.get(Agency, aid)
        form = {**FORM, "bankgiro": "", "iban": vesi.iban, "reference_kind": "fi", "reminder_fee": "5"}
    r = admin.post(f"/admin/agencies/{aid}/payment-settings", data={**form, "chart": "statens"})
    assert r.status_code == 400
    assert 'id="chart-err"' in r.get_data(as_text=True)
    with Session(clean_db) as s:
        assert s.get(Agency, aid).accounts.get("chart", "fi") == "fi"
