"""A reminder run's fees per currency as a clerk reads them (issue #15): HYDRO-SE invoices in SEK and, for one
customer, in EUR. Before, the preview, the result and the history showed one "Påminnelseavgifter" figure that added
euros to kronor and printed the sum in kronor; now each currency's fees are shown on their own — the EUR invoice's
reminder without a fee, since the fee and its cap (60 kronor) are in the agency's currency."""
from __future__ import annotations

import datetime as dt
import html
import re
from decimal import Decimal

from sqlmodel import Session, select

from core.billing import drafting, issuing
from core.billing.delivery import channels
from core.billing.drafting import DraftOptions, LineInput
from core.billing.models import Invoice
from core.platform import jobs
from core.platform.models import Job
from core.registers import register as registers
from core.registers.models import Article, Customer
from tests.support.browser import in_language, page_text

FAR = (dt.date.today() + dt.timedelta(days=120)).isoformat()  # every demo invoice is overdue by then


def _fees_shown(page: str, where: str) -> dict[str, Decimal]:
    """The amounts after "Påminnelseavgifter" in `where` (the preview card, the result, a history row), by sign."""
    part = page.split(where, 1)[1]
    m = re.search(r"Påminnelseavgifter(?:</dt><dd[^>]*>|: )([^<]+)<", part)
    assert m, part[:2000]
    out = {}
    for amount in html.unescape(m[1]).split(" · "):
        num, sign = re.fullmatch(r"([\d\xa0 ]+,\d\d)\xa0?(kr|€)", amount.strip()).groups()
        out["SEK" if sign == "kr" else "EUR"] = Decimal(re.sub(r"[\xa0 ]", "", num).replace(",", "."))
    return out


def test_a_run_over_sek_and_eur_shows_fees_per_currency(as_user, world, clean_db):
    with Session(clean_db) as s:
        agency = registers.agency_by_code(s, "HYDRO-SE")
        cust = s.get(Customer, world["HYDRO-SE"]["customer"])
        art = s.get(Article, world["HYDRO-SE"]["article"])
        inv = drafting.create_draft(s, agency, cust, [LineInput(article_code=art.code, quantity="1", unit_price="100")],
                                    DraftOptions(currency="EUR"))
        issuing.issue(s, inv, force=True, force_reason="test")
        channels.run(s, actor="test")  # reminders only follow delivered invoices
        s.commit()
        sek_invoices = len(s.exec(select(Invoice).where(Invoice.agency_id == agency.id,
                                                        Invoice.currency == "SEK")).all())
    clerk = in_language(as_user("clerk"), "sv")
    a = world["HYDRO-SE"]["agency"]
    preview = page_text(clerk.get(f"/runs/?kind=reminders&agency={a}&when={FAR}"))
    expected = {"EUR": Decimal("0.00"), "SEK": Decimal("60.00") * sek_invoices}
    assert _fees_shown(preview, "inget har sparats") == expected
    r = clerk.post("/runs/execute", data={"kind": "reminders", "agency": a, "when": FAR})
    assert jobs.run_pending() == 1
    with Session(clean_db) as s:
        (job,) = s.exec(select(Job)).all()
        assert job.result["fees_by_currency"] == {c: f"{v:.2f}" for c, v in expected.items()}
    assert _fees_shown(page_text(clerk.get(r.location)), "<h2>Resultat</h2>") == expected
    assert _fees_shown(page_text(clerk.get("/runs/")), 'id="runs"') == expected
