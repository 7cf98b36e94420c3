"""The register refuses agencies that cannot work: a shared bankgiro/IBAN (the same OCR would name two agencies'
invoices), a number series too short for the agency's reference kind (a Finnish reference base needs 3 digits)."""
from __future__ import annotations

import json

import pytest

from core.kernel.errors import ValidationError
from core.registers import register as registers
from tests.conftest import run_cli

NEW_SE = {"code": "SKOG-SE", "name": "Skogsdataverket", "country": "SE", "org_no": "202100-5448",
          "address": {"street": "Box 1", "postal_code": "901 00", "city": "Umeå"}}
NEW_FI = {"code": "METSA-FI", "name": "Metsätietolaitos", "country": "FI", "org_no": "0245437-2",
          "address": {"street": "PL 1", "postal_code": "00100", "city": "Helsinki"}}


def test_a_second_agency_on_the_same_bankgiro_is_refused(demo, tmp_path, capsys):
    with pytest.raises(ValidationError, match="already agency HYDRO-SE's") as exc:
        registers.upsert_agency(demo, {**NEW_SE, "bankgiro": "5050 1055"})
    assert exc.value.field == "agency.bankgiro"
    demo.rollback()
    with pytest.raises(ValidationError, match="already agency VESI-FI's"):
        registers.upsert_agency(demo, {**NEW_FI, "code": "METSA2-FI", "iban": "fi21 1234 5600 0007 85"})
    demo.rollback()
    path = tmp_path / "reg.json"
    path.write_text(json.dumps({"agencies": [{**NEW_SE, "bankgiro": "5050-1055"}]}), encoding="utf-8")
    code, _, err = run_cli(capsys, "registry", "load", str(path))
    assert code == 2 and "bankgiro" in err and err.count("\n") == 1
    assert registers.upsert_agency(demo, {**NEW_SE, "bankgiro": "5402-9681"}).code == "SKOG-SE"  # its own: fine
    assert registers.upsert_agency(demo, {**registers.registry_dict(demo)["agencies"][0]}).code  # re-load: itself


def test_a_finnish_series_too_short_for_a_reference_is_refused(demo):
    with pytest.raises(ValidationError, match="at least 3 digits") as exc:
        registers.upsert_agency(demo, {**NEW_FI, "invoice_number_start": 50})
    assert exc.value.field == "agency.invoice_number_start"
    demo.rollback()
    assert registers.upsert_agency(demo, {**NEW_FI, "invoice_number_start": 100}).reference_kind == "fi"


def test_registry_percentages_name_the_permanent_rate_and_zero_is_outside_scope(demo):
    """A registry article at "6" is a 6 % article (books, culture), not the temporary food rate that is 12 % for a
    March 2026 supply and again from 2028; a public authority's "0" fee is outside the scope of VAT, not exempt."""
    import datetime as dt
    from decimal import Decimal

    from core.kernel import vat

    book = registers.upsert_article(demo, {"agency": "HYDRO-SE", "code": "3020", "name": "Kartbok", "unit_price": "200",
                                           "vat_rate": "6"})
    fee = registers.upsert_article(demo, {"agency": "HYDRO-SE", "code": "2020", "name": "Tillståndsavgift",
                                          "unit_price": "500", "vat_rate": "0"})
    assert book.vat_code != "food"
    assert vat.rate_for("SE", book.vat_code, dt.date(2026, 3, 15)) == Decimal("6")
    assert vat.rate_for("SE", book.vat_code, dt.date(2028, 1, 1)) == Decimal("6")
    assert fee.vat_code == "outside" and vat.category(fee.vat_code) == "O"
