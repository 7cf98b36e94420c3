"""Two agencies on one bankgiro (issue #18 point 7): the register lets them share it only with a reference prefix
each, their invoices with the same number then get different references, and a payment to the shared bankgiro is
matched only against the invoices of the agency its reference names — it never closes the other agency's."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from core.billing import drafting, issuing
from core.billing.drafting import DraftOptions, LineInput
from core.kernel import references
from core.kernel.errors import ValidationError
from core.registers import agency_settings
from core.registers import register as registers
from tests.payments.helpers import DAY, HYDRO_BG, bgmax, import_, invoice, ledger_ok, pay

SKOG = {"code": "SKOG-SE", "name": "Skogsdataverket", "country": "SE", "org_no": "202100-5448",
        "address": {"street": "Box 1", "postal_code": "901 00", "city": "Umeå"}, "bankgiro": HYDRO_BG}


def _skog_invoice(session, amount):
    a = registers.agency_by_code(session, "SKOG-SE")
    c = registers.find_customer(session, "10002", a)
    inv = drafting.create_draft(session, a, c, [LineInput(article_code="S1", quantity="1", unit_price=D(amount))],
                                DraftOptions(invoice_date=DAY))
    issuing.issue(session, inv)
    session.commit()
    assert inv.status == "issued", inv.hold_reason
    return inv


def test_sharing_a_bankgiro_needs_a_reference_prefix_for_every_agency_on_it(demo):
    with pytest.raises(ValidationError, match="already agency HYDRO-SE's.*missing: HYDRO-SE, SKOG-SE"):
        registers.upsert_agency(demo, dict(SKOG))
    demo.rollback()
    with pytest.raises(ValidationError, match="missing: HYDRO-SE"):
        registers.upsert_agency(demo, {**SKOG, "reference_prefix": "2"})
    demo.rollback()
    hydro = registers.agency_by_code(demo, "HYDRO-SE")
    with pytest.raises(ValidationError, match="1-3 digits"):
        agency_settings.update(demo, hydro, {"reference_prefix": "01"}, "admin")
    demo.rollback()
    hydro = registers.agency_by_code(demo, "HYDRO-SE")
    assert agency_settings.update(demo, hydro, {"reference_prefix": "1"}, "admin") == {"reference_prefix": (None, "1")}
    with pytest.raises(ValidationError, match="begins with HYDRO-SE's prefix 1"):
        registers.upsert_agency(demo, {**SKOG, "reference_prefix": "12"})
    demo.rollback()
    hydro = registers.agency_by_code(demo, "HYDRO-SE")
    agency_settings.update(demo, hydro, {"reference_prefix": "1"}, "admin")
    assert registers.upsert_agency(demo, {**SKOG, "reference_prefix": "2"}).reference_prefix == "2"
    hydro = registers.agency_by_code(demo, "HYDRO-SE")
    with pytest.raises(ValidationError, match="missing: HYDRO-SE"):  # and it cannot drop it while sharing
        agency_settings.update(demo, hydro, {"reference_prefix": ""}, "admin")


def test_a_payment_to_a_shared_bankgiro_pays_only_the_agency_its_reference_names(demo):
    hydro = registers.agency_by_code(demo, "HYDRO-SE")
    agency_settings.update(demo, hydro, {"reference_prefix": "1"}, "admin")
    demo.commit()
    mine = invoice(demo, "500.00")  # HYDRO-SE's next number …
    registers.upsert_agency(demo, {**SKOG, "reference_prefix": "2", "invoice_number_start": int(mine.number)})
    registers.upsert_article(demo, {"agency": "SKOG-SE", "code": "S1", "name": "Skogsdata", "unit_price": "400",
                                    "vat_rate": "25", "supply_kind": "service"})
    demo.commit()
    theirs = _skog_invoice(demo, "400.00")  # … is SKOG-SE's first number too: 500.00 with VAT, the same total
    assert theirs.number == mine.number and theirs.total == mine.total
    assert theirs.reference != mine.reference
    assert references.is_valid_ocr(theirs.reference) and theirs.reference.startswith("2" + theirs.number)
    assert mine.reference.startswith("1" + mine.number)

    res = import_(demo, bgmax([pay("500.00", theirs.reference)]))
    demo.refresh(mine)
    demo.refresh(theirs)
    assert res.agencies == ["SKOG-SE"] and res.matched["reference"] == 1
    assert (theirs.status, theirs.open_amount) == ("paid", D("0.00"))
    assert (mine.status, mine.open_amount) == ("issued", D("500.00"))
    res = import_(demo, bgmax([pay("500.00", mine.reference)], serial=2))
    demo.refresh(mine)
    assert res.agencies == ["HYDRO-SE"] and mine.status == "paid"
    assert ledger_ok(demo)


def test_a_reference_issued_before_the_prefix_still_pays_its_own_agency(demo):
    """HYDRO-SE's invoice from before the account was shared has a reference without a prefix, which here begins
    with SKOG-SE's prefix 1: the import finds the agency that issued it, not the one the prefix suggests."""
    old = invoice(demo, "500.00")  # reference 1000…: no prefix yet
    hydro = registers.agency_by_code(demo, "HYDRO-SE")
    agency_settings.update(demo, hydro, {"reference_prefix": "2"}, "admin")
    registers.upsert_agency(demo, {**SKOG, "reference_prefix": "1"})
    registers.upsert_article(demo, {"agency": "SKOG-SE", "code": "S1", "name": "Skogsdata", "unit_price": "400",
                                    "vat_rate": "25", "supply_kind": "service"})
    demo.commit()
    theirs = _skog_invoice(demo, "400.00")  # SKOG-SE: 500.00 too, reference 1…
    assert old.reference.startswith("1") and theirs.reference.startswith("1")
    res = import_(demo, bgmax([pay("500.00", old.reference)]))
    demo.refresh(old)
    demo.refresh(theirs)
    assert res.agencies == ["HYDRO-SE"] and old.status == "paid" and theirs.status == "issued"
    assert ledger_ok(demo)
