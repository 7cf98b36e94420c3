"""The classes the 31st blind set (tests/intake/cases_holdout31) found, each in other words than its case: an
approximate or ranged count of people or groups ("ca 60 elever", "noin 25 henkilöä", "roughly 30 pupils", "50 till
60 deltagare") is asked, never invoiced, and never taken for an approximate price; a customer's street address in
the request's sentence ("Storgatan 5 B, 582 26 Linköping") holds no count."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout9.kit9 import REGISTRY
from tests.intake.cases_holdout12.kit12 import INGRID, KARIN
from tests.intake.cases_holdout12.kit12 import REGISTRY as REGISTRY12
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str, to: str = CENTRE_SE, attachments: list[Any] | None = None,
           registry: dict | None = None) -> dict:
    m = mail(frm, "Fakturering", "Tue, 01 Dec 2026 10:00:00 +0100", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), registry or REGISTRY)


def _price(out: dict, i: int = 0) -> str | None:
    return out["requests"][0]["lines"][i]["unit_price"]


# --- an approximate or ranged count of people is asked (x11, y25) --------------------------------------------------

_APPROX_PEOPLE = [
    (KARIN, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd gick uppdragsutbildningen (KA10) den 12 november. Det kom "
                       "cirka 14 deltagare, listan har försvunnit, men fakturera ändå.\n\n/Karin\n", "KA10", "6500.00"),
    (KARIN, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd gick uppdragsutbildningen (KA10) den 12 november. Det var "
                       "mellan 12 till 14 deltagare, vi vet inte exakt.\n\n/Karin\n", "KA10", "6500.00"),
    (INGRID, CENTRE_SE, "Hej,\n\nNordkap Analys AB hade guidad visning (MV10) den 12 november. Det blev 2–3 "
                        "grupper, läraren hör av sig.\n\n/Ingrid\n", "MV10", "1200.00"),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy:n koulutuspäivä (KO10) pidettiin 12.11.2026. Paikalla oli noin 25 "
                      "henkilöä, osallistujalista tulee myöhemmin.\n\nt. Juha\n", "KO10", "320.00"),
    (SANNA, CENTRE_SE, "Hi,\n\nNordkap Analys AB attended the course (3010) on 12 November 2026. Roughly 20 "
                       "participants came, the list is lost.\n\nSanna\n", "3010", "4200.00"),
]


@pytest.mark.parametrize(("frm", "to", "body", "article", "price"), _APPROX_PEOPLE)
def test_an_approximate_or_ranged_count_of_people_is_asked_with_the_register_s_price(frm, to, body, article, price):
    out = _parse(frm, body, to=to, registry=REGISTRY12)
    assert [ln[:2] for ln in _lines(out)] == [(article, None)]
    assert out["requests"][0]["questions"] == ["lines[0].quantity"]
    assert _price(out) == price     # the approximate number counts people: no price is asked


def test_an_exact_count_of_people_beside_the_article_still_goes_through():
    body = "Hej,\n\nSjöbo Vattenråd gick uppdragsutbildningen (KA10) den 12 november. Det kom 14 deltagare.\n\n/Karin\n"
    out = _parse(KARIN, body, registry=REGISTRY12)
    assert [ln[:2] for ln in _lines(out)] == [("KA10", Decimal(14))]
    assert out["requests"][0]["questions"] == []


# --- a street address in the request's sentence holds no count (y18) ------------------------------------------------

_ADDRESSES = [
    (JUHA, CENTRE_FI, "Hei,\n\nyksityishenkilö Aino Heikkilä, Kauppakatu 7 A 2, 70100 Kuopio, maastopäivä (AT20) "
                      "kaksi päivää 9.–10.11.2026.\n\nt. Juha\n", "AT20", Decimal(2)),
    (OLLE, CENTRE_SE, "Hej,\n\nprivatperson Elsa Nyström, Storgatan 5 B, 582 26 Linköping, fältdag (1500) "
                      "tre dagar 10–12 november.\n\n/Olle\n", "1500", Decimal(3)),
]


@pytest.mark.parametrize(("frm", "to", "body", "article", "qty"), _ADDRESSES)
def test_a_street_address_in_the_sentence_is_no_count(frm, to, body, article, qty):
    out = _parse(frm, body, to=to)
    assert [ln[:2] for ln in _lines(out)] == [(article, qty)]


# --- counts multiplied as people write them (y17, y21, x06) ---------------------------------------------------------

_PRODUCTS = [
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy: koulutuspäivä (KO10) 9.–10.11.2026: 2 päivää × 6 henkilöä."
                      "\n\nt. Juha\n",
     REGISTRY, "KO10", Decimal(12)),
    (KARIN, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd: laboratorietimmar (LT20) den 12 november, 3 tekniker x 4 timmar."
                       "\n\n/Karin\n", REGISTRY12, "LT20", Decimal(12)),
    (KARIN, CENTRE_SE, "Hej,\n\nNordkap Analys AB gick uppdragsutbildningen (KA10) den 12 november, två grupper om "
                       "8 deltagare.\n\n/Karin\n", REGISTRY12, "KA10", Decimal(16)),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy: koulutuspäivä (KO10) 12.11.2026 kolmelle ryhmälle, kussakin 7 "
                      "henkilöä.\n\nt. Juha\n", REGISTRY, "KO10", Decimal(21)),
    (SANNA, CENTRE_SE, "Hi,\n\nplease invoice Nordkap Analys AB for the course (3010) on 12 November 2026: two groups, "
                       "each with 6 participants.\n\nSanna\n", REGISTRY, "3010", Decimal(12)),
]


@pytest.mark.parametrize(("frm", "to", "body", "registry", "article", "qty"), _PRODUCTS)
def test_two_counted_factors_give_their_product(frm, to, body, registry, article, qty):
    out = _parse(frm, body, to=to, registry=registry)
    assert [ln[:2] for ln in _lines(out)] == [(article, qty)]


def test_a_product_in_the_list_under_the_article_is_its_count():
    body = ("Hej,\n\nLaboratoriet, Sjöbo Vattenråd den 12 november, art LT20:\n- 2 tekniker × 5 timmar\n\n/Karin\n")
    out = _parse(KARIN, body, registry=REGISTRY12)
    assert [ln[:2] for ln in _lines(out)] == [("LT20", Decimal(10))]


def test_money_is_never_a_factor():
    body = "Hej,\n\nSjöbo Vattenråd: laboratorietimmar (LT20) den 12 november, 3 timmar x 1450 kr.\n\n/Karin\n"
    out = _parse(KARIN, body, registry=REGISTRY12)
    assert [ln[:2] for ln in _lines(out)] == [("LT20", Decimal(3))]


# --- an article code of two letters and a short number is no purchase order (x05, x06, x07, x12) --------------------

def test_an_article_code_like_po10_is_no_order_number():
    from tests.intake.cases_holdout31.kit31 import REGISTRY as REGISTRY31
    from tests.intake.cases_holdout31.kit31 import W
    body = ("Hej,\n\nLapplands Evenemang AB (kundnr K-3105): bevakning vid marknaden den 3 april, PO20, 5 timmar."
            "\n\nMed vänlig hälsning\nHåkan\n")
    m = mail(W["pol_h"], "Fakturering", "Tue, 06 Apr 2027 10:00:00 +0200", body, to="kundfaktura@servicecentret.se")
    out = parse_message(m.as_bytes(), REGISTRY31)
    assert out["requests"][0]["order_reference"] is None
    assert [ln[:2] for ln in _lines(out)] == [("PO20", Decimal(5))]


# --- hours told as clock times (x05, y19) ---------------------------------------------------------------------------

_CLOCKS = [
    (KARIN, CENTRE_SE, "Hej,\n\nSjöbo Vattenråd, laboratoriet den 12 november (LT20), kl. 23.30–01.15.\n\n/Karin\n",
     REGISTRY12, "LT20", Decimal("1.75")),
    (JUHA, CENTRE_FI, "Hei,\n\nKuopion Vesi Oy, asiantuntijatyö (AT10) 12.11.2026 klo 8–10.45.\n\nt. Juha\n",
     REGISTRY, "AT10", Decimal("2.75")),
    (SANNA, CENTRE_SE, "Hi,\n\nplease invoice Nordkap Analys AB for investigation hours (2010) on 12 November 2026, "
                       "from 9:00 to 12:30.\n\nSanna\n", REGISTRY, "2010", Decimal("3.5")),
]


@pytest.mark.parametrize(("frm", "to", "body", "registry", "article", "qty"), _CLOCKS)
def test_a_clock_span_is_the_hours_of_an_hour_article(frm, to, body, registry, article, qty):
    out = _parse(frm, body, to=to, registry=registry)
    assert [ln[:2] for ln in _lines(out)] == [(article, qty)]


def test_two_clock_spans_are_no_answer():
    body = ("Hej,\n\nSjöbo Vattenråd, laboratoriet den 12 november (LT20), kl. 8.00–10.00 eller kl. 13.00–16.00, "
            "vi vet inte vilket.\n\n/Karin\n")
    out = _parse(KARIN, body, registry=REGISTRY12)
    assert [ln[:2] for ln in _lines(out)] == [("LT20", None)]


def test_a_clock_span_times_the_count_of_the_article_s_per_noun():
    from tests.intake.cases_holdout31.kit31 import REGISTRY as REGISTRY31
    from tests.intake.cases_holdout31.kit31 import W
    body = ("Hej,\n\nLapplands Evenemang AB (kundnr K-3105): bevakning (PO20) vid marknaden den 3 april, tre poliser "
            "kl. 18–23.\n\nMed vänlig hälsning\nHåkan\n")
    m = mail(W["pol_h"], "Fakturering", "Tue, 06 Apr 2027 10:00:00 +0200", body, to="kundfaktura@servicecentret.se")
    out = parse_message(m.as_bytes(), REGISTRY31)
    assert [ln[:2] for ln in _lines(out)] == [("PO20", Decimal(15))]


# --- a length in the article's unit; hours and minutes in a table cell (z31, z33) ----------------------------------

def test_a_length_is_the_count_of_an_article_priced_per_metre():
    from tests.intake.cases_holdout31.kit31 import REGISTRY as REGISTRY31
    from tests.intake.cases_holdout31.kit31 import W
    body = ("Hej!\n\nGästhamnen: båtplats (HK10) för säsongen 2027 åt Närpes Båtvarv Ab, kundnummer K-3209. Deras "
            "arbetsbåt är 12 meter.\n\nMvh\nMikael\n")
    m = mail(W["hamn_m"], "Båtplats", "Tue, 06 Apr 2027 10:00:00 +0300", body, to="myyntilaskutus@palvelukeskus.fi")
    out = parse_message(m.as_bytes(), REGISTRY31)
    assert [ln[:2] for ln in _lines(out)] == [("HK10", Decimal(12))]


@pytest.mark.parametrize(("cell", "qty"), [("1 h 45 min", Decimal("1.75")), ("3 t 30 min", Decimal("3.5")),
                                           ("90 min", Decimal("1.5"))])
def test_hours_and_minutes_in_a_table_cell_are_hours(cell, qty):
    csv = f"Datum;Kund;Art;Tid / antal;À-pris\n2026-11-12;Sjöbo Vattenråd;LT20;{cell};1 450,00\n".encode("cp1252")
    body = "Hej,\n\nunderlag i bifogad fil.\n\n/Karin\n"
    out = _parse(KARIN, body, registry=REGISTRY12, attachments=[("underlag.csv", csv, "text", "csv")])
    assert [ln[:2] for ln in _lines(out)] == [("LT20", qty)]


# --- the net: a product's factors are accounted for (y21) -------------------------------------------------------------

def test_a_product_on_the_line_after_the_customer_goes_through_unheld():
    body = ("Hei,\n\nKuopion Vesi Oy, asiakasnumero K-5001, tilausnumero KV-2026-77.\nKoulutuspäivä (KO10) "
            "9.–10.11.2026: 2 päivää × 6 henkilöä.\n\nt. Juha\n")
    out = _parse(JUHA, body, to=CENTRE_FI)
    assert [ln[:2] for ln in _lines(out)] == [("KO10", Decimal(12))]
    assert out["requests"][0]["review"] == []



# --- participants said to come for a number of days, on an article priced per participant and day (z38) -----------

def _parse31(sender: str, body: str, to: str) -> dict:
    from tests.intake.cases_holdout31.kit31 import REGISTRY as REGISTRY31
    m = mail(sender, "Invoice", "Tue, 06 Apr 2027 10:00:00 +0200", body, to=to)
    return parse_message(m.as_bytes(), REGISTRY31)


@pytest.mark.parametrize(("who", "to", "body", "article", "qty"), [
    ("uni", "kundfaktura@servicecentret.se", "Hi,\n\nplease invoice Nordic Ice Research Network (customer K-3110) "
     "for the seminar on 1–3 March 2027: conference fee (UN10), 15 participants for three days.\n\nBest regards\n"
     "Conference Office\n", "UN10", Decimal(45)),
    ("turv_j", "myyntilaskutus@palvelukeskus.fi", "Hei,\n\nSavon Vartiointi Oy (asiakasnumero K-3206): "
     "koulutuspäivät (TU10) 3.–4.3.2027, kuusi henkilöä kahden päivän ajan.\n\nTerveisin\nJari\n", "TU10", Decimal(12)),
])
def test_participants_for_a_number_of_days_are_participant_days(who, to, body, article, qty):
    from tests.intake.cases_holdout31.kit31 import W
    out = _parse31(W[who], body, to)
    assert [ln[:2] for ln in _lines(out)] == [(article, qty)]
