"""The classes the eighteenth blind set (tests/intake/cases_holdout18, "an ordinary month from agencies not heard
from before") found, each in other words than its case: a stated line total that is not quantity × price (even
when it happens to equal the amount with VAT) in every form, a total written before its computation, "x" before a
price, a question about an invoice already issued, a count in the article's short unit in the sentence after or
before the article's, "levererat" as a service date, and a bare order word before a code in a covering mail."""
from __future__ import annotations

from decimal import Decimal

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, text_att
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SARAH
from tests.intake.cases_holdout13.kit13 import REGISTRY
from tests.intake.class_checks import lines_of as _lines

SE_DATE = "Tue, 10 Nov 2026 10:00:00 +0100"
FI_DATE = "Tue, 10 Nov 2026 10:00:00 +0200"


def _parse(frm: str, body: str, attachments: list | None = None, to: str | None = None,
           date: str = SE_DATE, subject: str = "Underlag") -> dict:
    m = mail(frm, subject, date, body, None, to=to or CENTRE_SE, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _se(line: str) -> dict:
    return _parse(OLLE, f"Hej,\n\n{line}\n\n/Olle\n")


def _fi(line: str, frm: str = JUHA) -> dict:
    return _parse(frm, f"Hei,\n\n{line}\n\nJuha\n", to=CENTRE_FI, date=FI_DATE)


def _held(req: dict) -> bool:
    return bool(req.get("questions") or req.get("review"))


# --- a stated line total that is not quantity × price ------------------------------------------------------------

def test_an_unmarked_line_total_equal_to_the_amount_with_vat_is_asked_not_taken():
    """6 × 1 250 = 7 500; 9 375 is 7 500 with 25 % VAT, but nothing says so: the count or the price is wrong."""
    out = _se("Vretstorp Entreprenad AB: utredning 2010, 6 timmar x 1 250 kr = 9 375 kr.")
    assert _lines(out) == [("2010", Decimal(6), None)]
    assert "lines[0].unit_price" in out["requests"][0]["questions"]
    out = _fi("Pirkanmaan Maanrakennus Oy: AT10 asiantuntijatyö 6 h à 135 €, yhteensä 1 016,55 €.")
    assert _lines(out) == [("AT10", Decimal(6), None)]
    assert "lines[0].unit_price" in out["requests"][0]["questions"]


def test_a_line_total_said_to_include_vat_may_be_the_amount_with_vat():
    out = _se("Vretstorp Entreprenad AB: utredning 2010, 6 tim à 1 250 kr = 9 375 kr inkl. moms.")
    assert _lines(out) == [("2010", Decimal(6), Decimal(1250))]
    assert out["requests"][0]["questions"] == []
    out = _fi("Pirkanmaan Maanrakennus Oy: AT10 asiantuntijatyö 6 h à 135 €, yhteensä 1 016,55 € sis. alv.")
    assert _lines(out) == [("AT10", Decimal(6), Decimal(135))]


def test_a_line_total_in_every_form_that_does_not_add_up_asks_the_price():
    for line in ("utredning 2010, 6 tim à 1 250 kr (8 000 kr).", "utredning 2010: 6 tim à 1 250 kr, tot. 8 000 kr.",
                 "utredning 2010: 6 tim à 1 250 kr/tim = 8 000 kr.", "utredning 2010: 6 tim á 1 250 kr => 8 000 kr.",
                 "utredning 2010: 6 tim à 1 250 kr, dvs. 8 000 kr."):
        out = _se("Vretstorp Entreprenad AB: " + line)
        assert _lines(out) == [("2010", Decimal(6), None)], line
    for line in ("AT10 asiantuntijatyö 6 h à 135 € (yht. 900 €).", "AT10 asiantuntijatyö 6 h à 135 € eli 900 €.",
                 "AT10 expert work 6 h at EUR 135 each = EUR 900."):
        out = _fi("Pirkanmaan Maanrakennus Oy: " + line)
        assert _lines(out) == [("AT10", Decimal(6), None)], line


def test_a_table_amount_column_is_net_unless_its_header_says_it_includes_vat():
    csv = "Kund;Artikel;Antal;Pris;Belopp\nVretstorp Entreprenad AB;2010;6;1 250,00;9 375,00\n"
    out = _parse(OLLE, "Hej, se bifogad fil.\n\n/Olle\n", [text_att("a.csv", csv)])
    assert _lines(out) == [("2010", Decimal(6), None)]
    assert "lines[0].unit_price" in out["requests"][0]["questions"]
    gross = "Kund;Artikel;Antal;Pris;Belopp inkl. moms\nVretstorp Entreprenad AB;2010;6;1 250,00;9 375,00\n"
    out = _parse(OLLE, "Hej, se bifogad fil.\n\n/Olle\n", [text_att("a.csv", gross)])
    assert _lines(out) == [("2010", Decimal(6), Decimal(1250))]


def test_a_line_total_written_before_its_computation():
    out = _se("Vretstorp Entreprenad AB: utredning 2010, 7 500 kr (6 tim à 1 250 kr).")
    assert _lines(out) == [("2010", Decimal(6), Decimal(1250))]
    assert not _held(out["requests"][0])
    out = _fi("Pirkanmaan Maanrakennus Oy: AT10 asiantuntijatyö, 900 € (6 h à 135 €).")
    assert _lines(out) == [("AT10", Decimal(6), None)]
    assert "lines[0].unit_price" in out["requests"][0]["questions"]


def test_times_before_a_price_makes_it_the_price_of_one():
    out = _se("Vretstorp Entreprenad AB: utredning 2010, 6 timmar x 1 250 kr, totalt 7 500 kr.")
    assert _lines(out) == [("2010", Decimal(6), Decimal(1250))]
    assert not _held(out["requests"][0])
    out = _fi("Pirkanmaan Maanrakennus Oy: AT10 expert work 6 hours x EUR 135.00, total EUR 810.00.", SARAH)
    assert _lines(out) == [("AT10", Decimal(6), Decimal(135))]
    assert not _held(out["requests"][0])


# --- a question about an invoice already issued --------------------------------------------------------------------

def test_a_question_about_an_issued_invoice_is_no_request():
    sv = ("Tack för snabb hantering!\n\nEn sak: faktura 40121 till Vretstorp Entreprenad AB har 25 % moms på "
          "utredningen. Stämmer det, eller skulle den vara momsfri? Ingen ändring behövs än.")
    fi = ("Kiitos nopeasta käsittelystä!\n\nLaskussa 77102 Pirkanmaan Maanrakennus Oy:lle on alv 25,5 % "
          "asiantuntijatyöstä (AT10). Onko se oikein? Ei tarvitse vielä muuttaa mitään.")
    en = ("Thanks for the quick turnaround.\n\nQuick query on invoice 88120 for Kuopion Vesi Oy: it lists 4 h of "
          "AT10 at 135.00. We agreed 3.5 h, didn't we? Nothing to change yet.")
    for out in (_se(sv), _fi(fi), _fi(en, SARAH)):
        assert out["kind"] == "unknown" and out["requests"] == []


def test_a_request_that_cites_an_old_invoice_stays_a_request():
    out = _se("Vretstorp Entreprenad AB: utredning 2010, 6 tim. Samma referens som på faktura 40121, Anna Berg.")
    assert out["kind"] == "invoice_request"
    assert _lines(out) == [("2010", Decimal(6), Decimal("1250.00"))]


# --- a count in the article's short unit beside the article's sentence ---------------------------------------------

def test_a_count_in_the_articles_unit_in_the_sentence_after_it():
    out = _se("Fakturera tillståndsavgift (4010) för ansökan om schaktning.\nSökande: org.nr 556381-9043\n"
              "Engångsavgift enligt taxan, 1 st.")
    assert _lines(out) == [("4010", Decimal(1), Decimal("3500.00"))]
    assert out["requests"][0]["questions"] == []


def test_a_count_in_the_articles_unit_in_the_sentence_before_it():
    out = _se("Vretstorp Entreprenad AB har haft vår borrigg 3–5 november 2026, tre dagar. Artikel 1500 enligt "
              "prislistan.")
    assert _lines(out) == [("1500", Decimal(3), Decimal("9600.00"))]
    out = _fi("Pirkanmaan Maanrakennus Oy: maastotyöt Nokialla 2.–3.11.2026, kaksi päivää. Tuote AT20 hinnaston "
              "mukaan.")
    assert _lines(out) == [("AT20", Decimal(2), Decimal("890.00"))]


def test_an_approximate_or_bounded_count_in_the_sentence_after_is_not_taken():
    out = _se("Fakturera tillståndsavgift (4010) för ansökan om schaktning.\nBeräknat ca 2 st.")
    assert _lines(out) == [("4010", None, Decimal("3500.00"))]


# --- a delivery date, an order word ---------------------------------------------------------------------------------

def test_levererat_dates_every_line_of_its_sentence():
    out = _se("Fakturera Vretstorp Entreprenad AB 2 tryckta rapporter (3020) och 3 timmar utredning (2010), "
              "levererat 2026-11-20.")
    assert [(ln["period_start"], ln["period_end"]) for ln in out["requests"][0]["lines"]] == \
        [("2026-11-20", "2026-11-20")] * 2


def test_a_bare_order_word_before_a_code_in_the_covering_mail():
    csv = "kundnr,artikel,beskrivning,antal,a_pris\nK-4003,2010,Utredning,2.5,1250.00\n"
    out = _parse(OLLE, "Hej, fil bifogad. Beställning KS-4410.\n/Olle\n", [text_att("f.csv", csv, bom=True)])
    req = out["requests"][0]
    assert req["order_reference"] == "KS-4410"
    assert not req.get("review")      # the "a_pris" column is read as the unit price
    out = _parse(OLLE, "Hej, fil bifogad. Beställning 12 st enligt offert.\n/Olle\n", [text_att("f.csv", csv)])
    assert out["requests"][0]["order_reference"] is None
