"""The classes the fifteenth blind set (tests/intake/cases_holdout15, "year end, corrections and money coming in")
found, each in other words than its case: dates and periods across the year end, a price named but not stated,
an org number that names no register customer beside a name that does, payments told in words, a credit that
also asks for a new invoice, a change of an issued invoice, withdrawals, a request sent again, subtotal rows
naming customers, and digits-only codes next to their article's name."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from intake.extract.dates import find_dates
from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA, SARAH
from tests.intake.cases_holdout13.kit13 import REGISTRY
from tests.intake.class_checks import items_of as _items
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str, to: str | None = None, date: str = "Tue, 12 Jan 2027 10:00:00 +0100",
           subject: str = "Fakturering") -> dict:
    m = mail(frm, subject, date, body, to=to or CENTRE_SE)
    return parse_message(m.as_bytes(), REGISTRY)


def _period(out: dict, i: int = 0, j: int = 0) -> tuple[str | None, str | None]:
    ln = out["requests"][i]["lines"][j]
    return ln["period_start"], ln["period_end"]


def _held(req: dict) -> bool:
    return bool(req.get("questions") or req.get("review"))


# --- dates and periods across the year end -------------------------------------------------------------------------

def test_a_day_without_year_across_the_year_end_takes_the_neighbouring_year():
    jan, dec = dt.date(2027, 1, 8), dt.date(2026, 12, 9)
    assert find_dates("mätt 29/12", 2027, jan)[0].first == dt.date(2026, 12, 29)
    assert find_dates("kurs 18.1.", 2026, dec)[0].first == dt.date(2027, 1, 18)
    assert find_dates("jakso 21.12.–3.1.", 2026, dec)[0].last == dt.date(2027, 1, 3)
    # every other date keeps the mail's year (the contract's rule)
    assert find_dates("mätt 15/6", 2027, jan)[0].first == dt.date(2027, 6, 15)
    assert find_dates("mätt 29/12", 2027, None)[0].first == dt.date(2027, 12, 29)


def test_a_request_in_january_for_work_in_late_december():
    body = "Hej,\n\nSjöbo Vattenråd: portrycksmätning (1020), 2 st, utförd 30/12 innan nyår.\n\n/Olle\n"
    out = _parse(OLLE, body, date="Thu, 07 Jan 2027 09:00:00 +0100")
    assert _period(out) == ("2026-12-30", "2026-12-30")


def test_weeks_running_over_the_new_year():
    body = ("Hej,\n\nVretstorp Entreprenad AB har hyrt vår utrustning under v. 51–1 (fältdagar).\n"
            "Fältdag (1500), 3 dag.\n\n/Olle\n")
    out = _parse(OLLE, body, date="Wed, 13 Jan 2027 09:00:00 +0100")
    assert _period(out) == ("2026-12-14", "2027-01-10")


def test_a_whole_year_named_after_a_cue():
    body = ("Hei,\n\nRuovesjärven kunnan vuosisopimus koskee vuotta 2026, laskutetaan nyt.\n"
            "AT10 Asiantuntijatunti 12 h.\n\nJuha\n")
    out = _parse(JUHA, body, to=CENTRE_FI, date="Fri, 08 Jan 2027 09:00:00 +0200")
    assert _period(out) == ("2026-01-01", "2026-12-31")
    assert find_dates("priset 2026 kr", 2027)[0:1] == []


def test_a_completion_date_in_its_own_sentence():
    body = ("Hej,\n\nNordkap Analys AB: expertgranskning (2020) till fast pris 14 000 kr exkl. moms. "
            "Färdigställt 2026-11-27.\n\n/Sanna\n")
    out = _parse(SANNA, body, date="Mon, 30 Nov 2026 09:00:00 +0100")
    assert _period(out) == ("2026-11-27", "2026-11-27")


# --- a price named but not stated ----------------------------------------------------------------------------------

def test_a_price_named_by_what_it_was_is_asked():
    body = ("Hej,\n\nNordkap Analys AB, utredningstimmar 2010:\n"
            "9 tim i december – enligt fjolårets pris\n3 tim i januari\n\n/Sanna\n")
    out = _parse(SANNA, body, date="Mon, 01 Feb 2027 09:00:00 +0100")
    assert _lines(out) == [("2010", Decimal("9"), None), ("2010", Decimal("3"), Decimal("1250.00"))]
    assert "lines[0].unit_price" in out["requests"][0]["questions"]


def test_a_rate_as_agreed_is_asked_but_an_order_as_agreed_keeps_the_register_price():
    asked = _parse(SARAH, "Hello,\n\nplease invoice Kuopion Vesi Oy: AT10 expert hours, 5 h at the rate as agreed."
                          "\n\nSarah\n", to=CENTRE_FI)
    assert _lines(asked) == [("AT10", Decimal("5"), None)]
    kept = _parse(SARAH, "Hello,\n\nAs agreed on the phone, please invoice Kuopion Vesi Oy for AT10, 5 h.\n\nSarah\n",
                  to=CENTRE_FI)
    assert _lines(kept) == [("AT10", Decimal("5"), Decimal("135.00"))]


# --- identities ----------------------------------------------------------------------------------------------------

def test_an_org_number_of_no_register_customer_beside_a_registered_name_is_asked():
    body = "Hej,\n\nVretstorp Entreprenad AB (org.nr 556123-4567): fältdag (1500), 1 dag, 2027-01-11.\n\n/Olle\n"
    req = _parse(OLLE, body)["requests"][0]
    assert req["customer"]["org_no"] is None
    assert req["questions"][0] == "customer.org_no"


# --- payments told in words ----------------------------------------------------------------------------------------

def test_an_underpayment_told_in_words_is_an_advice_of_what_was_paid():
    body = ("Hej,\n\nBrf Solgläntan 3 hör av sig:\n\n> faktura 4102871 på 6 000 kr betalas i dag, men vi drar av "
            "250 kr mindre för den inställda mätningen.\n> Vi betalar alltså 5 750 kr.\n> Hälsningar, Brf Solgläntan "
            "3, kassör\n")
    out = _parse(OLLE, body)
    assert out["kind"] == "payment_advice"
    assert _items(out) == [("4102871", None, Decimal("5750"))]
    assert out["payment_advice"]["payment_date"] == "2027-01-12"


def test_an_overpayment_with_the_day_before_the_verb():
    body = ('Hej,\n\nfrån Nordkap Analys AB:\n\n"Vi har 2026-12-30 betalat faktura 4102900 (1 250 kr) men betalade '
            '500 kr för mycket, totalt 1 750 kr."\n\n/Sanna\n')
    out = _parse(SANNA, body)
    assert out["kind"] == "payment_advice"
    adv = out["payment_advice"]
    assert (adv["payer"]["name"], adv["payment_date"], adv["total"]) == ("Nordkap Analys AB", "2026-12-30",
                                                                         Decimal("1750"))


def test_a_finnish_payment_told_without_year_in_january():
    body = ("Hei,\n\nKuopion Vesi Oy ilmoitti maksaneensa laskun 7710455 jo 29.12. — summa 2 480,00 €, "
            "viite 77104556.\n\nJuha\n")
    out = _parse(JUHA, body, to=CENTRE_FI, date="Tue, 05 Jan 2027 09:00:00 +0200")
    assert out["kind"] == "payment_advice"
    assert out["payment_advice"]["payment_date"] == "2026-12-29"
    assert _items(out) == [("7710455", "77104556", Decimal("2480.00"))]


def test_bank_charges_deducted_the_item_is_what_was_remitted():
    body = ("Hello,\n\nREMITTANCE ADVICE\nMiljølab Nordsjælland ApS\nPayment date: 8 January 2027\n\n"
            "Invoice 7710512   EUR 980.00\nLess bank charges   EUR -12.50\nAmount remitted   EUR 967.50\n")
    out = _parse(SARAH, body, to=CENTRE_FI)
    assert _items(out) == [("7710512", None, Decimal("967.50"))]
    assert out["payment_advice"]["total"] == Decimal("967.50")


def test_a_payment_in_a_reply_chain_is_the_senders_not_the_reminders():
    body = ("Hej,\n\nkunden svarade, se nedan.\n\n/Olle\n\n> Från: Berg & Dal Konsult KB <ekonomi@bergdal.se>\n"
            "> Skickat: 11 januari 2027\n>\n> Hej, vi betalade faktura 4102777 den 2027-01-08 med 3 100 kr.\n>\n"
            ">> Från: Olle Berglund\n>> Vi saknar betalning för faktura 4102777, 3 100 kr.\n")
    out = _parse(OLLE, body)
    assert out["kind"] == "payment_advice"
    assert out["payment_advice"]["payer"]["name"] == "Berg & Dal Konsult KB"


# --- corrections of issued invoices --------------------------------------------------------------------------------

def test_a_credit_that_asks_for_a_new_invoice_keeps_the_new_invoice_for_the_clerk():
    """The new invoice is the request (holdout24's decision), held for the clerk until the credit is made."""
    body = ("Hej,\n\nfaktura 4102600 till Nordkap Analys AB hade fel timpris. Kreditera 4102600 och skicka en "
            "ny faktura:\n\nUtredningstimme 2010, 6 tim à 1 100 kr, utfört 2026-12-15\n\n/Sanna\n")
    out = _parse(SANNA, body)
    assert out["kind"] == "invoice_request" and out["credit_request"]["invoice_number"] == "4102600"
    again = out["requests"]
    assert [(ln["article"], ln["quantity"]) for ln in again[0]["lines"]] == [("2010", "6")]
    assert any(f["code"] == "credit_first" for f in again[0]["review"])


def test_a_change_asked_to_an_issued_invoice_is_no_request():
    body = "Hej,\n\nkan ni ändra priset på faktura 4102655 (Sjöbo Vattenråd, fältdag 1500) till 9 000 kr?\n\n/Olle\n"
    out = _parse(OLLE, body)
    assert out["kind"] == "unknown" and not out["requests"]
    assert out["review"]


# --- withdrawals ---------------------------------------------------------------------------------------------------

def test_a_request_withdrawn_as_a_whole_further_down():
    body = ("Hej,\n\nkan ni fakturera Sjöbo Vattenråd för portrycksmätning (1020), 2 st?\n\n"
            "Glöm det förresten, det ingick i avtalet. Ingen faktura alltså.\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert out["kind"] == "unknown" and not out["requests"]


def test_one_customer_withdrawn_further_down_drops_only_that_request():
    body = ("Hej,\n\nfakturera:\n\n1. Sjöbo Vattenråd – 1020 Portrycksmätning, 2 st\n"
            "2. Berg & Dal Konsult KB – 3020 Rapport, tryckt, 4 st\n\n"
            "Rättelse: Berg & Dal ska inte faktureras, det ingår i deras ramavtal.\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert [r["customer"]["name"] for r in out["requests"]] == ["Sjöbo Vattenråd"]
    assert _lines(out) == [("1020", Decimal("2"), Decimal("980.00"))]


# --- a request sent again ------------------------------------------------------------------------------------------

def test_the_senders_own_request_sent_again_is_read_and_held():
    body = ("Hej igen,\n\nskickar om detta – ingen faktura har kommit.\n\n/Olle\n\n"
            "-----Ursprungligt meddelande-----\nFrån: Olle Berglund <olle.berglund@sgn.se>\n"
            "Skickat: den 15 december 2026 09:00\nTill: Kundfaktura\nÄmne: Fakturering Sjöbo\n\n"
            "Hej,\nfakturera Sjöbo Vattenråd: 1500 Fältdag, 2 dag, 2026-12-14.\n")
    out = _parse(OLLE, body, subject="SKICKAR OM: Fakturering Sjöbo")
    assert out["kind"] == "invoice_request"
    assert _lines(out) == [("1500", Decimal("2"), Decimal("9600.00"))]
    assert _held(out["requests"][0])


# --- subtotal rows naming customers --------------------------------------------------------------------------------

def test_subtotal_rows_with_names_are_no_customers_and_sums_that_add_up_hold_nothing():
    body = ("Hej,\n\nunderlag per kund:\n\n"
            "Kund                   Art   Antal  À-pris     Belopp\n"
            "Sjöbo Vattenråd        1020  3      980,00     2 940,00\n"
            "Sjöbo Vattenråd        3020  2      450,00       900,00\n"
            "  Delsumma Sjöbo                               3 840,00\n"
            "Nordkap Analys AB      2010  4      1 250,00   5 000,00\n"
            "Summa att fakturera                            8 840,00\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert [r["customer"]["name"] for r in out["requests"]] == ["Sjöbo Vattenråd", "Nordkap Analys AB"]
    assert not any(_held(r) for r in out["requests"])


# --- digits-only codes next to their article's name ----------------------------------------------------------------

def test_a_code_before_its_name_and_a_code_after_its_name_set_off_by_commas():
    out = _parse(OLLE, "Hej,\n\nNordkap Analys AB ska faktureras.\nFakturera 3010 Kurs, per deltagare, 2 st, "
                       "kursdag 2027-01-11.\n\n/Olle\n")
    assert _lines(out) == [("3010", Decimal("2"), Decimal("4200.00"))]
    out = _parse(OLLE, "Hej,\n\nfakturera Sjöbo Vattenråd för en tryckt rapport om dammen, 3020, 5 st.\n\n/Olle\n")
    assert _lines(out) == [("3020", Decimal("5"), Decimal("450.00"))]
