"""The classes the thirteenth blind set (tests/intake/cases_holdout13, "money that is not simple") found, each in
other words than its case: thousands grouped with apostrophes (`2'400.00`) in requests, replies and advices; an
invoice split into instalments ("in three instalments of ...") that is never an extra line; a deduction written
in parentheses as a negative line; VAT, rounding and total rows under a table that are no lines."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from intake.extract.amounts import find_amounts, parse_amount, parse_cell_amount
from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, MARIA, OLLE, SANNA, SARAH
from tests.intake.cases_holdout13.kit13 import REGISTRY
from tests.intake.class_checks import items_of as _items
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str | None, to: str | None = None, date: str = "Wed, 02 Dec 2026 10:00:00 +0100",
           subject: str = "Fakturering", attachments: list[Any] | None = None) -> dict:
    m = mail(frm, subject, date, body, to=to or CENTRE_SE, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _held(req: dict) -> bool:
    return bool(req.get("questions") or req.get("review") or req.get("checks"))


# --- thousands grouped with apostrophes ----------------------------------------------------------------------------

def test_apostrophe_thousands_are_one_amount():
    assert parse_amount("EUR 2'400.00") == Decimal("2400.00")
    assert parse_amount("12’600,50 kr") == Decimal("12600.50")
    assert [a.value for a in find_amounts("à CHF 1'075.00 per Tag")] == [Decimal("1075.00")]


def test_a_price_with_apostrophe_thousands_in_a_request():
    body = ("Hej,\n\nNordkap Analys AB: utredningstimmar (2010), 4 tim à SEK 1'320.00 enligt offert.\n\n/Sanna\n")
    assert _lines(_parse(SANNA, body)) == [("2010", Decimal("4"), Decimal("1320.00"))]


# --- instalments are no extra line ---------------------------------------------------------------------------------

def test_an_instalment_sentence_is_never_an_extra_line():
    body = ("Hej,\n\nuppdraget åt Sjöbo Vattenråd faktureras i fyra delbetalningar om 25 000 kr vardera. "
            "Fakturera nu den andra:\n\n2020 Expertgranskning, delbetalning 2 av 4 – 25 000 kr exkl. moms\n\n"
            "/Olle\n")
    out = _parse(OLLE, body)
    # "delbetalning 2 av 4" names the instalment: no count of 2 (one instalment, or the count asked), and the
    # writer's dash before the amount is no minus sign
    assert [(a, p) for a, _q, p in _lines(out)] == [("2020", Decimal("25000"))]
    assert _lines(out)[0][1] in (None, Decimal("1"))


def test_english_instalments_are_no_line():
    body = ("Hi,\n\nthe expert work for Nordkap Analys Oy is billed in three instalments of EUR 1,800.00 each. "
            "Please invoice the first now:\n\nAT10 Expert work, instalment 1 of 3 - fixed price EUR 1,800.00 "
            "excl. VAT\n\nSarah\n")
    out = _parse(SARAH, body, CENTRE_FI)
    assert len(_lines(out)) == 1
    assert _lines(out)[0][2] == Decimal("1800.00")
    assert _lines(out)[0][1] in (None, Decimal("1"))


def test_finnish_instalments_are_no_line():
    body = ("Hei,\n\nKuopion Vesi Oy:n asiantuntijatyö laskutetaan kahdessa erässä, 2 400 euroa kummassakin. "
            "Laskuttakaa nyt ensimmäinen erä:\n\nAT10 Asiantuntijatyö, erä 1/2 – kiinteä hinta 2 400,00 € alv 0\n\n"
            "Juha\n")
    out = _parse(JUHA, body, CENTRE_FI)
    assert len(_lines(out)) == 1
    assert _lines(out)[0][2] == Decimal("2400.00")


# --- a deduction in parentheses ------------------------------------------------------------------------------------

def test_a_deduction_in_parentheses_is_a_negative_line():
    body = ("Hej,\n\nslutfaktura Vretstorp Entreprenad AB, provtagning november 2026:\n\n"
            "Art    Text                                  Antal   À-pris       Belopp\n"
            "1010   Provtagning, borrpunkt                5       2 350,00     11 750,00\n"
            "       Avräknas a conto, faktura 4109912     1       (5 000,00)   (5 000,00)\n"
            "       Summa exkl. moms                                           6 750,00\n\n/Maria\n")
    lines = _lines(_parse(MARIA, body))
    assert lines[0] == ("1010", Decimal("5"), Decimal("2350.00"))
    assert lines[1][1:] == (Decimal("1"), Decimal("-5000.00"))
    assert len(lines) == 2


def test_a_parenthesised_cell_amount_is_negative():
    assert parse_cell_amount("(5 000,00)") == Decimal("-5000.00")
    assert parse_amount("(5 000,00)") == Decimal("5000.00")   # in prose a parenthesis only encloses


# --- VAT, rounding and totals under the lines ----------------------------------------------------------------------

def test_vat_and_rounding_rows_are_no_lines():
    body = ("Hej,\n\nHallstahammars Bostäder AB, tryckta rapporter:\n\n"
            "3020 Rapport, tryckt   5 st à 450,00 kr   2 250,00 kr\n"
            "Moms 6 %                                   135,00 kr\n"
            "Öresavrundning                               0,00 kr\n"
            "Summa att betala                         2 385,00 kr\n\n/Maria\n")
    assert _lines(_parse(MARIA, body)) == [("3020", Decimal("5"), Decimal("450.00"))]


def test_apostrophe_thousands_in_an_advice():
    body = ("Remittance advice\nPayer: Kuopion Vesi Oy\nValue date: 27.11.2026\nCurrency: EUR\n\n"
            "Invoice 7731004   Ref 7731008    2'180.00\nInvoice 7731012   Ref 7731016      640.00\n"
            "Total paid   2'820.00\n")
    out = _parse(SARAH, body, CENTRE_FI, subject="Remittance advice")
    assert out["kind"] == "payment_advice"
    assert [i[2] for i in _items(out)] == [Decimal("2180.00"), Decimal("640.00")]


def test_a_finnish_rounding_row_under_the_lines_goes_through():
    body = ("Hei,\n\nAs Oy Kuopion Satamakatu 12, julkaisut:\n\n"
            "JU10 Julkaisu   7 kpl à 30,00 €   210,00 €\n"
            "ALV 14 %                          29,40 €\n"
            "Pyöristys                          0,00 €\n"
            "Maksettava                       239,40 €\n\nJuha\n")
    out = _parse(JUHA, body, CENTRE_FI)
    assert _lines(out) == [("JU10", Decimal("7"), Decimal("30.00"))]
    assert not out["requests"][0]["review"]


def test_a_rounding_word_with_other_words_still_holds_the_request():
    from intake.leftover_words import VAT_SUM_RE
    assert VAT_SUM_RE.match("Öresavrundning 0,59 kr")
    assert not VAT_SUM_RE.match("Avrundning till närmaste timme, 3 tim till")


# --- a price raised by an index ------------------------------------------------------------------------------------

def test_an_index_raise_without_its_result_asks_the_price():
    body = ("Hej,\n\nSjöbo Vattenråd: tillståndsavgift (4010), 1 st för 2027. Priset höjs med 3,1 % enligt "
            "KPI.\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert _lines(out) == [("4010", Decimal("1"), None)]
    assert "lines[0].unit_price" in out["requests"][0]["questions"]


def test_an_index_raise_with_its_checked_result_takes_the_result():
    body = ("Hi,\n\nRuovesjärven kunta, permit for 2027: LU10 1 pc, EUR 410.00 + index increase 2.0 % = "
            "EUR 418.20\n\nSarah\n")
    assert _lines(_parse(SARAH, body, CENTRE_FI)) == [("LU10", Decimal("1"), Decimal("418.20"))]


def test_an_index_result_that_does_not_check_out_is_asked():
    body = ("Hei,\n\nRuovesjärven kunta, lupamaksu 2027: LU10 1 kpl, 410,00 € + indeksikorotus 2,0 % = "
            "420,00 €\n\nJuha\n")
    out = _parse(JUHA, body, CENTRE_FI)
    assert _lines(out) == [("LU10", Decimal("1"), None)]


# --- a year is no count --------------------------------------------------------------------------------------------

def test_a_year_before_the_count_is_no_count():
    body = ("Hei,\n\nvuoden 2027 julkaisutilaus Saaristomeren Tutkimussäätiö sr: JU10 julkaisu, 4 kpl.\n\nJuha\n")
    assert _lines(_parse(JUHA, body, CENTRE_FI)) == [("JU10", Decimal("4"), Decimal("30.00"))]


# --- advices: one payment for several invoices; a labelled payer and payment day -----------------------------------

def test_one_payment_for_several_invoices_told_in_a_sentence_is_an_advice():
    body = ("Hej,\n\nÅlidens kommun betalade den 27 november 2026 med en betalning på 7 050,00 kr två fakturor:\n\n"
            "faktura 4107713, OCR 4107713: 4 700,00 kr\nfaktura 4107721, OCR 4107721: 2 350,00 kr\n\n/Sanna\n")
    out = _parse(SANNA, body, subject="VB: Ålidens kommun")
    assert out["kind"] == "payment_advice"
    assert [i[2] for i in _items(out)] == [Decimal("4700.00"), Decimal("2350.00")]
    assert Decimal(str(out["payment_advice"]["total"])) == Decimal("7050.00")


def test_a_labelled_payer_and_payment_date_make_an_advice_in_any_currency():
    body = ("Hi,\n\nthe Danish customer paid in euros.\n\nPayer: Miljølab Nordsjælland ApS\nPayment date: "
            "30.11.2026\nInvoice 4108819, ref 4108819, EUR 1 920,00\n\n/Maria\n")
    out = _parse(MARIA, body, subject="FW: Miljølab payment")
    assert out["kind"] == "payment_advice"
    assert out["payment_advice"]["currency"] == "EUR"
    assert [i[2] for i in _items(out)] == [Decimal("1920.00")]


# --- a price question and a price list are no requests -------------------------------------------------------------

def test_an_indirect_price_question_without_a_question_mark_is_no_request():
    body = ("Hej,\n\nVretstorp Entreprenad AB frågar vad det skulle kosta med 4 borrpunkter (1010) och en "
            "portrycksmätning (1020). Jag återkommer när de bestämt sig.\n\n/Olle\n")
    out = _parse(OLLE, body, subject="Pris provtagning")
    assert out["kind"] == "unknown" and out["requests"] == []


def test_a_finnish_price_question_is_no_request():
    body = ("Hei,\n\nNärpes Grönsaker Ab kysyy, mitä kaksi maastopäivää (AT20) maksaisi arvonlisäveroineen. "
            "Lähetän tilauksen, jos he hyväksyvät.\n\nKirsi\n")
    out = _parse(JUHA, body, CENTRE_FI, subject="Hintakysely")
    assert out["kind"] == "unknown" and out["requests"] == []


def test_a_price_list_for_next_year_is_no_request():
    body = ("Hi,\n\nour prices for 2027, please update the register from 1 January:\n\n"
            "LA110 extended water sample 196.00 -> 201.88 EUR/pc\nJU10 publication 30.00 -> 30.90 EUR/pc\n\n"
            "Sarah\n")
    out = _parse(SARAH, body, CENTRE_FI, subject="Prices 2027")
    assert out["kind"] == "unknown" and out["requests"] == []


def test_a_request_citing_the_price_list_stays_a_request():
    body = ("Hej,\n\nNordkap Analys AB: 3 utredningstimmar (2010) enligt prislistan.\n\n/Sanna\n")
    assert _lines(_parse(SANNA, body)) == [("2010", Decimal("3"), Decimal("1250.00"))]


# --- "Laskutettavaa:" introduces the items, not the customer; a unit with its person is one reference ---------------

def test_the_finnish_items_label_is_no_customer_label():
    body = ("Hei,\n\nPirkanmaan Maanrakennus Oy:lle tehtiin maastotyötä 3.11.2026.\n"
            "Laskutettavaa: AT20 maastopäivä, 2 pv à 890,00 €.\n\nJuha\n")
    out = _parse(JUHA, body, CENTRE_FI)
    assert out["requests"][0]["customer"]["name"] == "Pirkanmaan Maanrakennus Oy"
    assert _lines(out) == [("AT20", Decimal("2"), Decimal("890.00"))]


def test_a_unit_and_its_person_are_kept_as_one_reference():
    body = ("Hej,\n\nSjöbo Vattenråd ska faktureras 2 utredningstimmar (2010).\n\n"
            "Er referens: Miljöenheten, Karin Ek\n\n/Olle\n")
    assert _parse(OLLE, body)["requests"][0]["buyer_reference"] == "Miljöenheten, Karin Ek"


def test_a_person_and_a_phone_after_the_comma_is_still_cut():
    body = ("Hej,\n\nSjöbo Vattenråd ska faktureras 2 utredningstimmar (2010).\n\n"
            "Er referens: Karin Ek, tel 070-123 45 67\n\n/Olle\n")
    assert _parse(OLLE, body)["requests"][0]["buyer_reference"] == "Karin Ek"


# --- part of a month: a count labelled below the line; the days inside the month named -----------------------------

def test_a_labelled_count_below_a_monthly_line_is_its_count_and_the_days_its_period():
    body = ("Hej,\n\nStiftelsen Kvarnbackens Naturreservat: tillståndsavgift (4010) för en del av oktober, "
            "22–31 oktober 2026.\nAntal: 0,33 (månadsavgift 3 500 kr)\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert _lines(out) == [("4010", Decimal("0.33"), Decimal("3500.00"))]
    ln = out["requests"][0]["lines"][0]
    assert (ln["period_start"], ln["period_end"]) == ("2026-10-22", "2026-10-31")
    assert not _held(out["requests"][0])


def test_two_bare_counts_are_not_guessed_onto_a_line():
    from intake.extract.lone_counts import attach_lone_count
    from intake.extract.model import LineItem
    lines = [LineItem(article="4010"), LineItem(quantity=Decimal("1")), LineItem(quantity=Decimal("2"))]
    assert attach_lone_count(lines) == lines


# --- time billed per started interval, the rule in a sentence of its own ------------------------------------------

def test_per_started_half_hour_in_its_own_sentence_rounds_the_time_up():
    body = ("Hej,\n\nElsa Nyström fick rådgivning per telefon, utredningstimme (2010): 2 tim 10 min. "
            "Vi tar betalt per påbörjad halvtimme.\n\n/Sanna\n")
    assert _lines(_parse(SANNA, body)) == [("2010", Decimal("2.5"), Decimal("1250.00"))]


def test_english_per_started_hour_in_its_own_sentence():
    body = ("Hi,\n\nAino Heikkilä: expert advice (AT10), the call took 1 h 20 min. We charge per started hour."
            "\n\nSarah\n")
    assert _lines(_parse(SARAH, body, CENTRE_FI)) == [("AT10", Decimal("2"), Decimal("135.00"))]


def test_two_times_with_one_rule_are_asked_not_guessed():
    body = ("Hej,\n\nElsa Nyström: utredningstimme (2010), 1 tim 10 min och 2 tim 5 min. "
            "Vi tar betalt per påbörjad halvtimme.\n\n/Sanna\n")
    assert _lines(_parse(SANNA, body))[0][1] is None


# --- the net: which instalment and an issued invoice's number are no counts left unread -----------------------------

def test_an_instalment_line_with_a_fixed_price_goes_through():
    body = ("Hej,\n\nSjöbo Vattenråd: granskningen faktureras i tre delbetalningar om 25 000 kr vardera. "
            "Fakturera nu den första:\n\n2020 Expertgranskning, delbetalning 1 av 3 – fast pris 25 000 kr exkl. "
            "moms\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert _lines(out) == [("2020", Decimal("1"), Decimal("25000"))]
    assert not out["requests"][0]["review"], out["requests"][0]["review"]


def test_a_deduction_naming_the_prepayment_invoice_is_not_held_for_its_number():
    from intake.leftover_words import INSTALMENT_RE, NOT_A_COUNT_RE
    assert NOT_A_COUNT_RE.sub(" ", "Avräknas a conto, faktura 4109912   1").split() == ["Avräknas", "a", "conto,", "1"]
    assert INSTALMENT_RE.search("2020 Granskning, delbetalning 1 av 3 – fast pris 15 000 kr")
    assert INSTALMENT_RE.search("AT10 Asiantuntijatyö, erä 1/2") and INSTALMENT_RE.search("instalment 2 of 4")
    # several instalments named together may ask to invoice them: their numbers still count for the net
    assert not INSTALMENT_RE.search("Fakturera delbetalning 2 och 3 samtidigt")


def test_asking_to_invoice_the_other_instalments_too_still_holds():
    body = ("Hej,\n\nSjöbo Vattenråd: granskningen faktureras i tre delbetalningar om 15 000 kr vardera.\n\n"
            "2020 Expertgranskning, delbetalning 1 av 3 – fast pris 15 000 kr exkl. moms\n\n"
            "Fakturera delbetalning 2 och 3 samtidigt.\n\n/Olle\n")
    assert _held(_parse(OLLE, body)["requests"][0])


# --- a month billed pro rata in a list under its article ------------------------------------------------------------

def test_a_pro_rata_month_listed_under_its_article_asks_its_count_with_its_days():
    body = ("Hej,\n\nBrf Solgläntan 3 har tillstånd sedan den 10 september. Fakturera tillståndsavgift (4010), "
            "3 500 kr per månad:\n\n- september 2026 pro rata från den 10:e\n- oktober 2026: 1 st\n\n/Sanna\n")
    out = _parse(SANNA, body)
    assert _lines(out) == [("4010", None, Decimal("3500.00")), ("4010", Decimal("1"), Decimal("3500.00"))]
    lines = out["requests"][0]["lines"]
    assert [(ln["period_start"], ln["period_end"]) for ln in lines] == [("2026-09-10", "2026-09-30"),
                                                                         ("2026-10-01", "2026-10-31")]
    assert "lines[0].quantity" in out["requests"][0]["questions"]


def test_english_pro_rata_from_the_day():
    body = ("Hi,\n\nplease invoice Ruovesjärven kunta the permit fee LU10 per month:\n\n"
            "- August 2026 pro rata from the 20th\n- September 2026: 1 pc\n\nSarah\n")
    out = _parse(SARAH, body, CENTRE_FI)
    assert [q for _a, q, _p in _lines(out)] == [None, Decimal("1")]
    assert out["requests"][0]["lines"][0]["period_start"] == "2026-08-20"


def test_a_duration_read_as_its_hours_is_not_held():
    body = ("Hei,\n\nAino Heikkilä, asiantuntijatyö AT10: 2 t 15 min, laskutetaan toteutuneen ajan mukaan.\n\n"
            "Juha\n")
    out = _parse(JUHA, body, CENTRE_FI)
    assert _lines(out) == [("AT10", Decimal("2.25"), Decimal("135.00"))]
    assert not out["requests"][0]["review"], out["requests"][0]["review"]


def test_hour_counts_of_a_duration():
    from intake.extract.started_time import hour_counts
    assert hour_counts(Decimal(100)) == {Decimal("2")}     # 1 h 40 min: per started half hour or hour
    assert Decimal("3.5") in hour_counts(Decimal(210))
    assert Decimal("4") in hour_counts(Decimal(200)) and Decimal("3.5") in hour_counts(Decimal(200))


# --- net and gross side by side --------------------------------------------------------------------------------------

def test_net_and_its_checked_gross_go_through_with_the_net():
    body = ("Hi,\n\nNordkap Analys AB – expert review (2020), fixed price SEK 8,000 excl. VAT (SEK 10,000 incl. "
            "VAT).\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert _lines(out) == [("2020", Decimal("1"), Decimal("8000"))]
    assert not out["requests"][0]["review"], out["requests"][0]["review"]


def test_a_gross_that_does_not_check_out_against_the_net_holds():
    body = ("Hej,\n\nNordkap Analys AB – expertgranskning (2020), fast pris 8 000 kr exkl. moms (10 400 kr inkl. "
            "moms).\n\n/Olle\n")
    assert _held(_parse(OLLE, body)["requests"][0])


def test_a_checked_index_raise_whose_result_was_read_goes_through():
    body = ("Hei,\n\nRuovesjärven kunta, lupamaksu vuodelle 2027:\nLU10 lupamaksu 1 kpl, 410,00 € + indeksikorotus "
            "2,0 % = 418,20 €\n\nJuha\n")
    out = _parse(JUHA, body, CENTRE_FI)
    assert _lines(out) == [("LU10", Decimal("1"), Decimal("418.20"))]
    assert not out["requests"][0]["review"], out["requests"][0]["review"]
