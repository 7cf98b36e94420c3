"""A clerk registers a foreign business customer in the web (issue #18: place of supply needs the customer's country
and, in the EU, a VAT number that country issued): every country is offered by name in the reader's language, the
ISO code is stored, and an EU VAT number is checked with python-stdnum."""
from __future__ import annotations

from sqlmodel import Session, select

from core.registers.models import Customer

GERMAN = {"kind": "company", "name": "Gewässerkunde Berlin GmbH", "country": "DE", "vat_no": "DE 136 695 976",
          "street": "Unter den Linden 1", "postal_code": "10117", "city": "Berlin", "language": "en"}


def _customer(engine, name: str) -> Customer | None:
    with Session(engine) as s:
        return s.exec(select(Customer).where(Customer.name == name)).first()


def test_every_country_is_offered_by_name_in_the_readers_language(as_user):
    c = as_user("clerk")
    sv = c.get("/registers/customers/new", headers={"Accept-Language": "sv"}).get_data(as_text=True)
    assert '<option value="DE">Tyskland</option>' in sv and '<option value="NO">Norge</option>' in sv
    assert '<option value="US">USA</option>' in sv and 'value="EU"' not in sv and 'value="001"' not in sv
    assert sv.index('value="SE"') < sv.index('value="FI"') < sv.index('value="AF"')   # the usual ones first
    with c.session_transaction() as sess:
        sess["lang"] = "fi"
    fi = c.get("/registers/customers/new").get_data(as_text=True)
    assert '<option value="DE">Saksa</option>' in fi


def test_a_german_business_with_a_valid_vat_number_is_registered(as_user, world, clean_db):
    c = as_user("clerk")
    r = c.post("/registers/customers/new", data={"agency": world["HYDRO-SE"]["agency"], **GERMAN},
               headers={"Accept-Language": "sv"})
    assert r.status_code == 302, r.get_data(as_text=True)[-2000:]
    saved = _customer(clean_db, GERMAN["name"])
    assert saved is not None and saved.country == "DE" and saved.vat_no == "DE136695976" and saved.kind == "company"
    page = c.get(r.location, headers={"Accept-Language": "sv"}).get_data(as_text=True)
    assert "DE136695976" in page and "(Tyskland)" in page


def test_an_invalid_vat_number_is_refused_with_a_clear_message(as_user, world, clean_db):
    c = as_user("clerk")
    with c.session_transaction() as sess:
        sess["lang"] = "en"
    bad_digits = {**GERMAN, "vat_no": "DE136695977"}
    r = c.post("/registers/customers/new", data={"agency": world["HYDRO-SE"]["agency"], **bad_digits})
    html = r.get_data(as_text=True)
    assert r.status_code == 422
    assert "This is not a valid VAT number of this country: check the digits." in html
    assert 'id="vat_no-err"' in html and _customer(clean_db, GERMAN["name"]) is None

    swedish_number = {**GERMAN, "vat_no": "SE556712408501"}   # a valid number, but not one Germany issued
    r = c.post("/registers/customers/new", data={"agency": world["HYDRO-SE"]["agency"], **swedish_number})
    assert r.status_code == 422 and "starts with its country code" in r.get_data(as_text=True)

    with_org_no = {**GERMAN, "org_no": "HRB 12345"}
    r = c.post("/registers/customers/new", data={"agency": world["HYDRO-SE"]["agency"], **with_org_no})
    assert r.status_code == 422 and "VAT number instead" in r.get_data(as_text=True)
    assert _customer(clean_db, GERMAN["name"]) is None

    with c.session_transaction() as sess:
        sess["lang"] = "sv"
    r = c.post("/registers/customers/new", data={"agency": world["HYDRO-SE"]["agency"], **bad_digits})
    assert r.status_code == 422 and "This is not a valid VAT number" not in r.get_data(as_text=True)  # in Swedish


def test_a_norwegian_business_is_registered_with_its_vat_number_format_checked(as_user, world, clean_db):
    c = as_user("clerk")
    norwegian = {**GERMAN, "name": "Vannmåling AS", "country": "NO", "vat_no": "NO923609016MVA"}
    r = c.post("/registers/customers/new", data={"agency": world["HYDRO-SE"]["agency"], **norwegian})
    assert r.status_code == 302, r.get_data(as_text=True)[-1500:]
    saved = _customer(clean_db, "Vannmåling AS")
    assert saved is not None and saved.country == "NO"
