"""The classes the twentieth blind set (tests/intake/cases_holdout20, "English and international") found, each in
other words than its case: a reference cut at a title's or an initial's dot, a law's article read as an article
code, an approximate price told in the sentence after its line, another EU country's VAT number, a forwarded
status question, a date stated for all the lines after them (and delivery verbs and English month-day dates), and
bank charges taken off one invoice of several in an advice."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from intake.extract.dates import find_dates
from intake.extract.identifiers import find_vat_numbers
from intake.extract.label_fields import clean_ref
from intake.extract.law_citations import cites_law
from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SARAH
from tests.intake.cases_holdout13.kit13 import REGISTRY
from tests.intake.class_checks import items_of as _items

SE_DATE = "Tue, 10 Nov 2026 10:00:00 +0100"
FI_DATE = "Tue, 10 Nov 2026 10:00:00 +0200"


def _parse(frm: str, body: str, fi: bool = False, subject: str = "Underlag") -> dict:
    m = mail(frm, subject, FI_DATE if fi else SE_DATE, body, to=CENTRE_FI if fi else CENTRE_SE)
    return parse_message(m.as_bytes(), REGISTRY)


def _periods(out: dict, i: int = 0) -> list[tuple[str | None, str | None]]:
    return [(ln["period_start"], ln["period_end"]) for ln in out["requests"][i]["lines"]]


# --- a reference does not end at a title's or an initial's dot -----------------------------------------------------

def test_a_title_before_a_name_is_part_of_the_reference():
    body = ("Hello,\n\nplease invoice Bodenlabor Nordheide GmbH for 2 expert reviews (2020), done 2026-11-05.\n"
            "Your reference: Mrs. Eva Lindqvist\n\nOlle\n")
    req = _parse(OLLE, body)["requests"][0]
    assert req["buyer_reference"] == "Mrs. Eva Lindqvist"


def test_an_initial_before_a_particle_and_a_surname_is_one_name():
    body = ("Hello,\n\nplease invoice Bodenlabor Nordheide GmbH for 2 expert reviews (2020), done 2026-11-05.\n"
            "Buyer reference: J. van Dijk\n\nOlle\n")
    req = _parse(OLLE, body)["requests"][0]
    assert req["buyer_reference"] == "J. van Dijk"


def test_a_titled_name_still_ends_at_its_sentence():
    assert clean_ref("Dr. Holm. Please invoice the rest next week") == "Dr. Holm"
    assert clean_ref("Prof. K. Berg, room 12") == "Prof. K. Berg"
    assert clean_ref("Hallstahammars Bostäder AB. Fakturera 3 st") == "Hallstahammars Bostäder AB"


# --- a law's article is no article code ----------------------------------------------------------------------------

def test_a_reverse_charge_note_citing_the_directive_is_no_line():
    body = ("Hello,\n\nplease invoice Bodenlabor Nordheide GmbH: expert review (2020), 3 h, 2026-11-05, "
            "SEK 1 400/h.\nMoms 0 % – omvänd skattskyldighet (art. 196 mervärdesskattedirektivet).\n\nOlle\n")
    req = _parse(OLLE, body)["requests"][0]
    assert [ln["article"] for ln in req["lines"]] == ["2020"]
    assert req["questions"] == []


def test_a_number_followed_by_a_laws_name_is_the_laws_article():
    assert cites_law("art. 196 VAT Directive)", 8)
    assert cites_law("artikel 44 i mervärdesskattedirektivet", 10)
    assert not cites_law("art. 2020, 3 h", 9)
    assert not cites_law("art 1020 lagring 3 st", 8)


# --- an approximate price in the next sentence prices its line, approximately ------------------------------------

def test_an_approximate_price_sentence_after_a_line_asks_that_lines_price():
    body = ("Hej,\n\nfakturera Vretstorp Entreprenad AB för 1 expertgranskning (2020), utförd 2026-11-04. "
            "Arvodet blir cirka 9 000 kr – jag återkommer med exakt belopp.\n\n/Olle\n")
    req = _parse(OLLE, body)["requests"][0]
    assert [ln["article"] for ln in req["lines"]] == ["2020"]
    assert req["lines"][0]["unit_price"] is None
    assert req["questions"] == ["lines[0].unit_price"]


# --- another EU country's VAT number is read as written ------------------------------------------------------------

def test_a_new_customer_given_by_another_eu_vat_number_keeps_it():
    body = ("Hello,\n\nnew customer: Weinberg Messtechnik GmbH, USt-IdNr. DE136695976, Hauptstraße 4, 80331 "
            "München, Germany. Expert review 2020, 2 h, 2026-11-06.\n\nOlle\n")
    req = _parse(OLLE, body)["requests"][0]
    assert req["customer"]["vat_no"] == "DE136695976"
    assert req["customer"]["org_no"] is None
    assert "customer.org_no" in req["questions"]


def test_only_eu_vat_numbers_whose_check_digits_hold_are_read():
    assert [v for _s, _e, v in find_vat_numbers("BTW BE 0403.019.261, IBAN DE89 3704 0044 0532 0130 00")] == \
        ["BE0403019261"]
    assert find_vat_numbers("VAT DE136695977") == []      # a wrong check digit
    assert find_vat_numbers("ref NL12345") == []


# --- a forwarded status question is no request ---------------------------------------------------------------------

def test_a_forwarded_question_whether_the_invoice_was_sent_is_no_request():
    body = ("Hi, did we send this one? Has the invoice gone out?\n\nOlle\n\n-----Original Message-----\n"
            "From: Anna Ek <anna.ek@vretstorp.se>\nSent: 09 November 2026 08:00\nSubject: Field day\n\n"
            "Hello,\n\nwe have still not received the invoice for the field day (1500) in October. When will it "
            "be sent?\n\nBest regards\nAnna Ek\nVretstorp Entreprenad AB\n")
    out = _parse(OLLE, body, subject="FW: Field day")
    assert out["kind"] == "unknown"
    assert out["requests"] == []


def test_a_request_that_invoices_for_something_is_still_a_request():
    body = ("Hello,\n\nplease invoice Vretstorp Entreprenad AB for 1 field day (1500), 2026-11-03.\n\nOlle\n")
    assert _parse(OLLE, body)["kind"] == "invoice_request"


# --- a date stated once for all the lines above, and other date forms ---------------------------------------------

def test_a_sentence_dating_both_lines_above_dates_them():
    body = ("Hej,\n\nVretstorp Entreprenad AB:\n- 2020 expertgranskning, 2 tim\n- 1500 fältdag, 1 st\n"
            "Båda den 5 nov 2026.\n\n/Olle\n")
    assert _periods(_parse(OLLE, body)) == [("2026-11-05", "2026-11-05")] * 2


def test_a_finnish_sentence_dating_all_lines_above_dates_them():
    body = ("Hei,\n\nKuopion Vesi Oy:\n1) AT10 asiantuntijatyö, 3 h\n2) AT20 maastopäivä, 1 kpl\n"
            "Kaikki 4.11.2026.\n\nJuha\n")
    assert _periods(_parse(JUHA, body, fi=True)) == [("2026-11-04", "2026-11-04")] * 2


def test_an_item_returned_on_a_day_dates_the_order_below():
    body = ("Hello,\n\nplease invoice Bodenlabor Nordheide GmbH per their order below – the samples were analysed "
            "and returned on 2026-11-06.\n\nWe order expert review (2020), 2 pcs.\n\nOlle\n")
    assert _periods(_parse(OLLE, body)) == [("2026-11-06", "2026-11-06")]


def test_an_english_month_and_a_bare_day_is_a_date():
    nov = dt.date(2026, 11, 10)
    assert [d.first for d in find_dates("delivered on Nov. 5.", 2026, nov)] == [dt.date(2026, 11, 5)]
    assert [d.first for d in find_dates("on November 5, as agreed", 2026, nov)] == [dt.date(2026, 11, 5)]
    assert [d.kind for d in find_dates("during November 5 visits", 2026, nov)] == ["month"]   # a count, no day


# --- bank charges taken off one invoice of several -----------------------------------------------------------------

_ADVICE = ("Hello,\n\nREMITTANCE ADVICE\nPayer: Bodenlabor Nordheide GmbH\nValue date: 2026-11-09\n\n"
           "Invoice 4102001   EUR 1.200,00\nInvoice 4102002   EUR 300,00\nBank charges   EUR -15,00 (deducted from "
           "invoice 4102002, paid 285,00)\nTotal transferred: EUR {total}\n")


def test_bank_charges_taken_off_one_invoice_of_several_leave_that_item_what_was_paid():
    out = _parse(SARAH, _ADVICE.format(total="1.485,00"), subject="Payment notification")
    assert _items(out) == [("4102001", None, Decimal("1200.00")), ("4102002", None, Decimal("285.00"))]


def test_a_charged_amount_that_does_not_add_up_to_the_total_is_not_taken():
    out = _parse(SARAH, _ADVICE.format(total="1.500,00"), subject="Payment notification")
    assert _items(out) == [("4102001", None, Decimal("1200.00")), ("4102002", None, Decimal("300.00"))]
