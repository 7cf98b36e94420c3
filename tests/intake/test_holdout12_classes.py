"""The classes the twelfth blind set (tests/intake/cases_holdout12) found, each in other words than its case: a
count written in the article's own unit beside a count of something else ("40 besökare i 2 grupper" for an
article priced per group, "1,5 tim, dvs. 6 kvartar" for one priced per quarter-hour); an agency's own case
number that starts with the letters "PO" never read as a PO label; a date stated once in a sentence that names
several articles dates every one of them."""
from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout12.kit12 import INGRID, JONAS, KARIN, MIKKO, PER, REGISTRY, TUULA
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str, to: str = CENTRE_SE, subject: str = "Fakturering") -> dict:
    m = mail(frm, subject, "Wed, 02 Dec 2026 10:00:00 +0100", body, to=to)
    out: dict[str, Any] = parse_message(m.as_bytes(), REGISTRY)
    return out


def _period(out: dict, line: int = 0, i: int = 0) -> tuple[str, str]:
    ln = out["requests"][i]["lines"][line]
    return ln["period_start"], ln["period_end"]


def _held(req: dict) -> bool:
    return bool(req.get("questions") or req.get("review") or req.get("checks"))


# --- a count in the article's own unit beside a count of something else ------------------------------------------

def test_groups_beside_visitors_for_a_per_group_article_count_the_groups():
    body = ("Hej,\n\nFakturera Sjöbo Vattenråd för visning på engelska (MV11) onsdag 25 november 2026: "
            "41 besökare, fördelade på 2 grupper.\n\nIngrid\n")
    assert _lines(_parse(INGRID, body)) == [("MV11", Decimal("2"), Decimal("1500.00"))]


def test_groups_written_first_still_count_the_groups():
    body = ("Hej,\n\nBrf Solgläntan 3 hade 4 grupper med sammanlagt 73 deltagare på visning (MV10) "
            "fredag 27 november 2026.\n\nIngrid\n")
    assert _lines(_parse(INGRID, body)) == [("MV10", Decimal("4"), Decimal("1200.00"))]


def test_quarter_hours_restated_after_hours_for_a_per_quarter_article_count_the_quarters():
    body = ("Hej,\n\nForskningshjälp (RA10) åt Sjöbo Vattenråd den 24 november 2026: 1,5 tim, dvs. 6 kvartar."
            "\n\nPer\n")
    assert _lines(_parse(PER, body)) == [("RA10", Decimal("6"), Decimal("240.00"))]


# --- an agency's own case number is no PO label -------------------------------------------------------------------

def test_a_case_number_starting_with_po_is_no_order_reference():
    body = ("Hei,\n\nlaskuttakaa Kuopion Vesi Oy:ltä ympäristölupapäätös (EL10), 1 lupa. Päätös annettu "
            "20.11.2026, dnro POSELY/877/2025.\n\nMikko\n")
    out = _parse(MIKKO, body, CENTRE_FI)
    assert out["requests"][0]["order_reference"] is None


def test_a_po_label_still_gives_the_order_reference():
    body = ("Hei,\n\nlaskuttakaa Kuopion Vesi Oy:ltä poikkeamislupa (EL11), 1 lupa, PO 4500998877.\n\nMikko\n")
    out = _parse(MIKKO, body, CENTRE_FI)
    assert out["requests"][0]["order_reference"] == "4500998877"


# --- a date stated once in a sentence naming several articles -----------------------------------------------------

def test_one_date_in_a_sentence_dates_every_article_of_it():
    body = ("Hej!\n\nEskort av specialtransport Ålidens kommun fredag 27 november 2026 kl. 07.00–09.30, "
            "dvs. 2,5 tim (PE30), samt framkörningsavgift PE31 1 st.\n\nJonas\n")
    out = _parse(JONAS, body)
    assert _lines(out) == [("PE30", Decimal("2.5"), Decimal("1100.00")), ("PE31", Decimal("1"),
                                                                          Decimal("1500.00"))]
    assert _period(out, 0) == ("2026-11-27", "2026-11-27")
    assert _period(out, 1) == ("2026-11-27", "2026-11-27")


# --- a whole in the preamble that the customer blocks divide ------------------------------------------------------

def test_a_whole_divided_between_two_payers_is_no_line_and_dates_both_shares():
    body = ("Hej,\n\nhörsalen (LH31) måndag 30 november 2026 för det gemensamma seminariet, 2 dagar. "
            "Vi delar lika:\n\nNordkap Analys AB: LH31, 1 dag\nBrf Solgläntan 3: LH31, 1 dag\n\nKarin\n")
    out = _parse(KARIN, body)
    assert len(out["requests"]) == 2
    for i in (0, 1):
        assert _lines(out, i) == [("LH31", Decimal("1"), Decimal("9800.00"))]
        assert _period(out, 0, i) == ("2026-11-30", "2026-11-30")
        assert not _held(out["requests"][i])


def test_shares_that_do_not_add_up_to_the_whole_are_not_taken_as_its_division():
    body = ("Hej,\n\nhörsalen (LH31) måndag 30 november 2026 för det gemensamma seminariet, 3 dagar. "
            "Vi delar lika:\n\nNordkap Analys AB: LH31, 1 dag\nBrf Solgläntan 3: LH31, 1 dag\n\nKarin\n")
    out = _parse(KARIN, body)
    assert any(_held(r) for r in out["requests"])


def test_blocks_giving_only_shares_of_a_whole_each_get_the_line_with_their_share():
    body = ("Hei,\n\ntarkastuskäynnit ET20 yhteensä 6 kpl, kulut jaetaan puoliksi:\n\n"
            "Pirkanmaan Maanrakennus Oy 3 kpl\nKuopion Vesi Oy 3 kpl\n\nMikko\n")
    out = _parse(MIKKO, body, CENTRE_FI)
    assert len(out["requests"]) == 2
    for i in (0, 1):
        assert _lines(out, i) == [("ET20", Decimal("3"), Decimal("480.00"))]
        assert not _held(out["requests"][i])


def test_shares_that_do_not_add_up_are_not_given_the_whole_s_line():
    body = ("Hei,\n\ntarkastuskäynnit ET20 yhteensä 7 kpl, kulut jaetaan puoliksi:\n\n"
            "Pirkanmaan Maanrakennus Oy 3 kpl\nKuopion Vesi Oy 3 kpl\n\nMikko\n")
    out = _parse(MIKKO, body, CENTRE_FI)
    assert all(_held(r) for r in out["requests"])


# --- a count in the article's unit in the next sentence -----------------------------------------------------------

def test_a_count_in_the_article_s_unit_in_the_next_sentence_is_the_line_s_count():
    body = ("Hei,\n\nKuopion Vesi Oy sai ympäristölupapäätöksen vedenottamolle (EL10). Laskuttakaa 2 lupaa."
            "\n\nMikko\n")
    assert _lines(_parse(MIKKO, body, CENTRE_FI)) == [("EL10", Decimal("2"), Decimal("2400.00"))]


def test_a_next_sentence_in_another_unit_gives_no_count():
    body = ("Hej!\n\nGöran Lilja har fått tillstånd för en konsert i parken (PT10). Fakturera 2 timmar.\n\nJonas\n")
    out = _parse(JONAS, body)
    assert out["requests"][0]["lines"][0]["quantity"] != "2" or _held(out["requests"][0])


# --- "per deltagare" for several articles, the count in the sentence before ---------------------------------------

def test_per_participant_for_two_articles_takes_the_count_of_participants_before():
    body = ("Hej!\n\nNordkap Analys AB anmälde 5 deltagare till kursen i provtagning. Fakturera per deltagare "
            "kursavgift (KA10) och litteraturpaket (KA11).\n\nKarin\n")
    assert _lines(_parse(KARIN, body)) == [("KA10", Decimal("5"), Decimal("6500.00")),
                                           ("KA11", Decimal("5"), Decimal("850.00"))]


def test_two_different_participant_counts_before_leave_the_count_asked():
    body = ("Hej!\n\nNordkap Analys AB anmälde 5 deltagare, men bara 4 deltagare kom. Fakturera per deltagare "
            "kursavgift (KA10) och litteraturpaket (KA11).\n\nKarin\n")
    out = _parse(KARIN, body)
    assert _held(out["requests"][0])


# --- a fee's threshold is not its count ---------------------------------------------------------------------------

def test_the_first_pages_of_a_fee_are_its_threshold_not_its_count():
    body = ("Hej,\n\nkopior av beslut till Berg & Dal Konsult KB:\n\n"
            "- expeditionsavgift, gäller de första 10 sidorna (PK02): 1 st\n"
            "- sidor utöver de tio (PK01): 34 sidor\n\nJonas\n")
    assert _lines(_parse(JONAS, body)) == [("PK02", Decimal("1"), Decimal("50.00")),
                                           ("PK01", Decimal("34"), Decimal("2.00"))]


def test_the_first_days_alone_stay_the_count():
    body = ("Hej,\n\nFakturera Ålidens kommun för de första 2 dagarna i hörsalen (LH31).\n\nKarin\n")
    assert _lines(_parse(KARIN, body)) == [("LH31", Decimal("2"), Decimal("9800.00"))]


# --- time for an article priced per quarter-hour ------------------------------------------------------------------

def test_hours_and_minutes_per_started_quarter_count_the_started_quarters():
    body = ("Hej,\n\nforskningshjälp åt Brf Solgläntan 3: 1 tim 10 min, debiteras per påbörjad kvart (RA10)."
            "\n\nPer\n")
    out = _parse(PER, body)
    assert _lines(out) == [("RA10", Decimal("5"), Decimal("240.00"))]
    assert not _held(out["requests"][0])


def test_finnish_minutes_for_a_quarter_hour_article_in_whole_quarters():
    body = ("Hei,\n\nPohjois-Savon jätehuoltokuntayhtymä: tutkimuspalvelu (TA10) 45 minuuttia.\n\nTuula\n")
    assert _lines(_parse(TUULA, body, CENTRE_FI)) == [("TA10", Decimal("3"), Decimal("21.00"))]


def test_hours_alone_for_a_quarter_hour_article_are_four_quarters_each():
    body = ("Hej,\n\nforskningshjälp (RA10) åt Sjöbo Vattenråd, 3 tim.\n\nPer\n")
    assert _lines(_parse(PER, body)) == [("RA10", Decimal("12"), Decimal("240.00"))]


def test_minutes_that_are_no_whole_quarter_without_a_started_rule_are_asked():
    reg = copy.deepcopy(REGISTRY)
    reg["articles"].append({"agency": "ARK-SE", "code": "RA15", "name": "Konsultation", "unit": "kvart",
                            "unit_price": "200.00", "vat_rate": "25"})
    body = ("Hej,\n\nkonsultation (RA15) åt Sjöbo Vattenråd, 40 minuter.\n\nPer\n")
    m = mail(PER, "Fakturering", "Wed, 02 Dec 2026 10:00:00 +0100", body, to=CENTRE_SE)
    out = parse_message(m.as_bytes(), reg)
    assert _lines(out) == [("RA15", None, Decimal("200.00"))]
    assert "lines[0].quantity" in out["requests"][0]["questions"]


# --- a stated price, a disagreeing line amount ---------------------------------------------------------------------

def test_the_register_s_own_price_with_a_wrong_line_amount_is_never_invoiced_as_it_stands():
    """holdout12 s22 expects the stated price kept (and held); holdout7 t09 expects it asked. Both keep the request
    from going out; the parser asks (which of the price and the amount is wrong is not ours to guess)."""
    body = ("Hei,\n\nKuopion Vesi Oy: tarkastuskäynnit ET20 4 kpl à 480 € = 1 820 €\n\nMikko\n")
    out = _parse(MIKKO, body, CENTRE_FI)
    assert _lines(out)[0][:2] == ("ET20", Decimal("4"))
    assert _held(out["requests"][0])


def test_a_price_other_than_the_register_s_with_a_wrong_line_amount_is_asked():
    body = ("Hej!\n\nNordkap Analys AB: tillstånd (PT10) 2 st à 650 kr = 1 500 kr.\n\nJonas\n")
    out = _parse(JONAS, body)
    assert _lines(out) == [("PT10", Decimal("2"), None)]
    assert "lines[0].unit_price" in out["requests"][0]["questions"]


# --- an approximate count is no approximate price ----------------------------------------------------------------

def test_an_approximate_count_asks_the_count_and_keeps_the_register_s_price():
    body = ("Hej,\n\nSjöbo Vattenråd: högupplösta bildfiler (MB21), cirka 60 bilder – antalet meddelas senare."
            "\n\nIngrid\n")
    out = _parse(INGRID, body)
    assert _lines(out) == [("MB21", None, Decimal("150.00"))]
    assert out["requests"][0]["questions"] == ["lines[0].quantity"]


# --- one counted thing without an article code ------------------------------------------------------------------

def test_one_counted_sentence_without_a_code_is_a_line_with_its_price_asked():
    body = ("Hei,\n\nKuopion Vesi Oy käytti neuvotteluhuonettamme tiistaina 1.12.2026, 3 tuntia. "
            "Voitteko laskuttaa?\n\nMikko\n")
    out = _parse(MIKKO, body, CENTRE_FI)
    assert _lines(out) == [(None, Decimal("3"), None)]
    assert out["requests"][0]["questions"] == ["lines[0].unit_price"]


def test_two_counted_sentences_without_codes_give_no_guessed_line():
    body = ("Hej,\n\nNordkap Analys AB hyrde ett grupprum i 4 timmar. Dagen efter lånade de projektorn 2 dagar. "
            "Fakturera dem.\n\nKarin\n")
    out = _parse(KARIN, body)
    assert out["requests"][0]["lines"] == []
    assert "lines" in out["requests"][0]["questions"]


# --- a booking system's key/value table ----------------------------------------------------------------------------

def _parse_html(frm: str, html: str) -> dict:
    m = mail(frm, "Bokning klar", "Wed, 02 Dec 2026 10:00:00 +0100", None, html=html, to=CENTRE_SE)
    out: dict[str, Any] = parse_message(m.as_bytes(), REGISTRY)
    return out


def test_a_booking_table_s_count_of_days_and_its_date_range_are_read():
    rows = [("Bokningsnummer", "HB-5531"), ("Artikel", "LH31"), ("Antal dagar", "3"),
            ("Datum", "2026-11-23 – 2026-11-25"), ("Fakturamottagare", "Nordkap Analys AB")]
    html = ("<html><body><p>Bokningen nedan ska faktureras.</p><table>" +
            "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table></body></html>")
    out = _parse_html(KARIN, html)
    assert _lines(out) == [("LH31", Decimal("3"), Decimal("9800.00"))]
    assert _period(out) == ("2026-11-23", "2026-11-25")
    assert not _held(out["requests"][0])


def test_a_bare_date_label_with_one_day_is_no_period():
    body = ("Datum: 2026-12-01\nKund: Nordkap Analys AB\nArtikel: LH31\nAntal dagar: 1\n\nKarin\n")
    out = _parse(KARIN, body)
    assert _lines(out) == [("LH31", Decimal("1"), Decimal("9800.00"))]
    assert _period(out) == (None, None)


# --- the agency's own case number label is not data -----------------------------------------------------------------

def test_the_agency_s_own_case_label_holds_nothing_for_a_clerk():
    body = ("Hej!\n\nFakturera Nordkap Analys AB för tillstånd (PT10), 1 st.\nVårt ärende: B-2026/7120\n\nJonas\n")
    out = _parse(JONAS, body)
    assert _lines(out) == [("PT10", Decimal("1"), Decimal("700.00"))]
    assert not _held(out["requests"][0])


def test_only_people_counted_for_a_per_group_article_asks_the_count():
    body = ("Hej,\n\nFakturera Brf Solgläntan 3 för guidad visning (MV10) torsdag 26 november 2026, "
            "34 besökare.\n\nIngrid\n")
    out = _parse(INGRID, body)
    assert _lines(out) == [("MV10", None, Decimal("1200.00"))]
    assert "lines[0].quantity" in out["requests"][0]["questions"]


def test_people_counted_for_a_per_participant_article_are_the_count():
    body = ("Hej!\n\nSjöbo Vattenråd: kursavgift (KA10) för 4 deltagare.\n\nKarin\n")
    assert _lines(_parse(KARIN, body)) == [("KA10", Decimal("4"), Decimal("6500.00"))]
