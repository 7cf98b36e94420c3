"""The classes the 24th blind set (tests/intake/cases_holdout24) found, each in other words than its case: a count
in hours is no count of an article the register counts in pieces or days (a count in "st"/"kpl" stays an hourly
article's: the generic count word, as earlier tests decided); a second service named after "samt/sekä/and" with
its own count and no code is a line of its own (its price asked, or its own unit price kept); a sentence saying
a price or count is not decided yet holds the request when no question asks it, also on a line values were read
from."""
from __future__ import annotations

from decimal import Decimal

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SARAH
from tests.intake.cases_holdout9.kit9 import REGISTRY
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str) -> dict:
    m = mail(frm, "Fakturering", "Tue, 01 Dec 2026 10:00:00 +0100", body, to=CENTRE_SE if frm == OLLE else CENTRE_FI)
    return parse_message(m.as_bytes(), REGISTRY)


def _held(out: dict) -> bool:
    r = out["requests"][0]
    return bool(r["questions"] or r.get("review"))


# 1. a count in hours is no count of an article counted in pieces or days


def test_hours_are_no_count_of_an_article_priced_per_piece_sv():
    out = _parse(OLLE, "Hej,\n\nNordkap Analys AB ska faktureras för tryckta rapporter (3020), 4 timmar.\n\n/Olle\n")
    assert _lines(out) == [("3020", None, Decimal("450.00"))]
    assert out["requests"][0]["questions"] == ["lines[0].quantity"]


def test_hours_are_no_count_of_an_article_priced_per_piece_fi():
    out = _parse(JUHA, "Hei,\n\nKuopion Vesi Oy: julkaisu (JU10), 3 tuntia.\n\nJuha\n")
    assert _lines(out) == [("JU10", None, Decimal("30.00"))]
    assert out["requests"][0]["questions"] == ["lines[0].quantity"]


def test_hours_are_no_count_of_a_day_article_en():
    out = _parse(SARAH, "Hi,\n\nPlease invoice Kuopion Vesi Oy for a field day (AT20), 6 hours.\n\nSarah\n")
    assert _lines(out) == [("AT20", None, Decimal("890.00"))]


def test_a_labelled_item_with_hours_for_a_piece_article_has_its_count_asked():
    out = _parse(JUHA, "Hei,\n\nAsiakas: Kuopion Vesi Oy\nTuote: LA100, 6 h\n\nJuha\n")
    assert _lines(out) == [("LA100", None, Decimal("84.00"))]


def test_a_count_label_in_hours_for_a_piece_article_is_asked_in_either_order():
    out = _parse(OLLE, "Hej,\n\nKund: Nordkap Analys AB\nArtikel: 3020\nAntal: 4 timmar\n\n/Olle\n")
    assert _lines(out) == [("3020", None, Decimal("450.00"))]
    out = _parse(JUHA, "Hei,\n\nAsiakas: Kuopion Vesi Oy\nMäärä: 3 tuntia\nTuote: JU10\n\nJuha\n")
    assert _lines(out) == [("JU10", None, Decimal("30.00"))]
    out = _parse(OLLE, "Hej,\n\nKund: Nordkap Analys AB\nArtikel: 2010\nAntal: 4 tim\n\n/Olle\n")
    assert _lines(out) == [("2010", Decimal("4"), Decimal("1250.00"))]


def test_the_count_in_the_articles_own_unit_stays_beside_hours():
    out = _parse(OLLE, "Hej,\n\nNordkap Analys AB: kurs (3010) på 6 timmar, 12 st deltagare.\n\n/Olle\n")
    assert _lines(out) == [("3010", Decimal("12"), Decimal("4200.00"))]


# 2. a second service after "samt/sekä/and" with its own count: a line of its own, its price asked


def test_a_second_service_after_samt_is_its_own_line_sv():
    out = _parse(OLLE, "Hej,\n\nFakturera Sjöbo Vattenråd för portrycksmätning (1020) 2 st samt fältarbete med "
                       "grävmaskin, 5 timmar.\n\n/Olle\n")
    assert _lines(out) == [("1020", Decimal("2"), Decimal("980.00")), (None, Decimal("5"), None)]
    assert out["requests"][0]["questions"] == ["lines[1].unit_price"]


def test_a_second_service_after_seka_is_its_own_line_fi():
    out = _parse(JUHA, "Hei,\n\nLaskuttakaa Kuopion Vesi Oy:tä vesinäytteistä (LA100) 12 kpl sekä "
                       "näytteenottomatkasta, 3 tuntia.\n\nJuha\n")
    assert _lines(out) == [("LA100", Decimal("12"), Decimal("84.00")), (None, Decimal("3"), None)]
    assert out["requests"][0]["questions"] == ["lines[1].unit_price"]


def test_a_second_service_after_and_takes_its_hours_from_a_piece_article_en():
    out = _parse(SARAH, "Hi,\n\nPlease invoice Kuopion Vesi Oy for publications (JU10) and on-site training, "
                        "4 hours.\n\nSarah\n")
    assert _lines(out) == [("JU10", None, Decimal("30.00")), (None, Decimal("4"), None)]
    assert out["requests"][0]["questions"] == ["lines[0].quantity", "lines[1].unit_price"]


def test_a_priced_second_service_keeps_its_own_price_sv():
    out = _parse(OLLE, "Hej,\n\nNordkap Analys AB: utredning (2010) 5 timmar och restid 2 timmar à 600 kr.\n\n/Olle\n")
    assert _lines(out) == [("2010", Decimal("5"), Decimal("1250.00")), (None, Decimal("2"), Decimal("600"))]


def test_a_priced_second_service_keeps_its_own_price_fi_en():
    out = _parse(JUHA, "Hei,\n\nKuopion Vesi Oy: asiantuntijatyö (AT10) 5 h sekä matkat 2 kpl à 40 €.\n\nJuha\n")
    assert _lines(out) == [("AT10", Decimal("5"), Decimal("135.00")), (None, Decimal("2"), Decimal("40"))]
    out = _parse(SARAH, "Hi,\n\nPlease invoice Kuopion Vesi Oy for expert work (AT10) 5 hours and travel 2 pcs at "
                        "EUR 40 each.\n\nSarah\n")
    assert _lines(out) == [("AT10", Decimal("5"), Decimal("135.00")), (None, Decimal("2"), Decimal("40"))]
    assert out["requests"][0]["lines"][1]["description"] == "travel"


def test_places_joined_by_och_before_the_articles_own_count_stay_one_line():
    out = _parse(OLLE, "Hej,\n\nNordkap Analys AB: provtagning (1010) i Sjöbo och Ystad, 4 st.\n\n/Olle\n")
    assert _lines(out) == [("1010", Decimal("4"), Decimal("2350.00"))]


# 3. a price or count said not to be decided holds the request


def test_a_price_not_decided_on_the_line_values_were_read_from_holds_sv():
    out = _parse(OLLE, "Hej,\n\nNordkap Analys AB: utredning (2010) 6 timmar. Timpriset är inte fastställt "
                       "ännu.\n\n/Olle\n")
    assert _held(out)


def test_a_price_not_decided_holds_fi():
    out = _parse(JUHA, "Hei,\n\nKuopion Vesi Oy: asiantuntijatyö (AT10) 5 h. Tuntihintaa ei ole vielä "
                       "päätetty.\n\nJuha\n")
    assert _held(out)


def test_a_rate_not_decided_holds_en():
    out = _parse(SARAH, "Hi,\n\nNordkap Analys Oy: expert work (AT10) 5 h. We have not decided the hourly rate "
                        "yet.\n\nSarah\n")
    assert _held(out)


def test_a_price_to_come_on_a_line_of_its_own_holds():
    out = _parse(OLLE, "Hej,\n\nNordkap Analys AB: utredning (2010) 6 timmar.\nVi återkommer med pris för "
                       "utredningen.\n\n/Olle\n")
    assert _held(out)


def test_an_undecided_date_is_no_undecided_price():
    out = _parse(OLLE, "Hej,\n\nNordkap Analys AB: tryckta rapporter (3020) 4 st. Leveransdagen är inte "
                       "bestämd än.\n\n/Olle\n")
    assert not [f for f in out["requests"][0].get("review") or [] if "not decided" in f.get("reason", "")]


def test_a_count_to_come_that_is_asked_is_not_also_held_for_a_clerk():
    out = _parse(OLLE, "Hej,\n\nNordkap Analys AB: utredning (2010). Antalet timmar återkommer jag med.\n\n/Olle\n")
    r = out["requests"][0]
    assert r["questions"] == ["lines[0].quantity"]
    assert not [f for f in r.get("review") or [] if "not decided" in f.get("reason", "")]
