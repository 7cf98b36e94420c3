"""The classes the forty-fourth blind set (tests/intake/cases_holdout44) found, each in other words than its case:
two list items alike (same article, count and price) are two lines, never one read twice; "à 4 h" after a number
of times is the size of each time and a clock range ("klo 8–12") the hours of a booking — neither a price nor a
count left unread; a fee's threshold with its noun said before it ("sidor utöver de första tio (T10)") or turned
round ("de tio första") is no count; an approximate count after its unit or a count word as a label ("Antal: ca
180") is asked, never the numbers that explain it."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from intake.extract.thresholds import threshold_spans
from intake.parse import parse_message
from tests.intake.cases.mailkit import mail, text_att
from tests.intake.cases_holdout44.kit44 import CENTRE_FI, CENTRE_SE, REGISTRY, W


def _parse(frm: str, body: str, to: str = CENTRE_SE, subject: str = "Fakturering",
           attachments: list[Any] | None = None) -> dict:
    m = mail(frm, subject, "Tue, 16 Mar 2027 10:00:00 +0100", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _lines(out: dict) -> list[dict]:
    return [li for r in out["requests"] for li in r["lines"]]


def _questions(out: dict) -> list[str]:
    return [q for r in out["requests"] for q in r["questions"]]


def _held(out: dict) -> list[Any]:
    return [x for r in out["requests"] for x in (r.get("review") or [])]


def test_two_list_items_alike_are_two_lines():
    body = ("Hej,\n\nHamnviks Hembygdsförening (kundnr C-4401) hade två skolklasser på visning i februari:\n\n"
            "* M10 klass 4A, 1 grupp\n* M10 klass 4B, 1 grupp\n\nMvh\nBirgitta\n")
    lines = _lines(_parse(W["mus_b"], body))
    assert [(li["article"], li["quantity"]) for li in lines] == [("M10", "1"), ("M10", "1")]


def test_times_of_a_size_and_clock_hours_are_read_not_left_over():
    body = ("Hei,\n\nLimnotieto Oy (asiakasnro C-4508), maaliskuun kenttäapu:\n\n"
            "- A60 maanantait klo 8-12, 3 kertaa à 4 h = 12 h\n- A60 perjantait klo 7-10, 2 kertaa à 3 h = 6 h\n\n"
            "Terveisin\nPekka\n")
    out = _parse(W["ahv_p"], body, to=CENTRE_FI, subject="Kenttäapu maaliskuu")
    assert [(li["article"], li["quantity"]) for li in _lines(out)] == [("A60", "12"), ("A60", "6")]
    assert _held(out) == []


def test_a_threshold_with_its_noun_before_it_is_no_count():
    assert threshold_spans("sidor utöver de första tio (T10): 57 st") and threshold_spans("57 minus de tio första")
    assert threshold_spans("pages beyond the first 10, 57 in all")
    body = ("Hej,\n\nTill Mossby kommun (kundnr C-4412) har vi skickat domen i mål T 310-27 den 9 mars.\n\n"
            "Grundavgift (T20) 1 st\nKopior utöver de första tio (T10), 57 sidor\n\nHälsningar\nAnders\n")
    lines = _lines(_parse(W["trt_a"], body))
    assert [(li["article"], li["quantity"]) for li in lines] == [("T20", "1"), ("T10", "57")]


def test_an_approximate_count_after_its_label_is_asked():
    body = ("Hej,\n\nMossby kommun (kundnr C-4412) har beställt utredningen i mål B 77-27; den är inte kopierad än.\n\n"
            "T10 kopior, antal: ca 180 (190 sidor minus de tio första)\n\nHälsningar\nAnders\n")
    out = _parse(W["trt_a"], body)
    lines = _lines(out)
    assert len(lines) == 1 and lines[0]["article"] == "T10" and lines[0]["quantity"] is None
    assert Decimal(lines[0]["unit_price"]) == Decimal("2.00") and _questions(out) == ["lines[0].quantity"]


def test_a_party_or_ceremony_names_the_day_of_the_lines():
    body = ("Hei,\n\nVuorilahden Marttayhdistys ry (asiakasnro C-4501) piti kevätjuhlansa seurakuntasalissa.\n"
            "Laskutetaan:\n- salin vuokra K10, 1 kpl\n- tarjoilu K30, 42 hlö\n\nJuhla oli su 14.3.2027.\n\n"
            "Terveisin\nMarjatta\n")
    lines = _lines(_parse(W["srk_m"], body, to=CENTRE_FI, subject="Kevätjuhla"))
    assert [li["article"] for li in lines] == ["K10", "K30"]
    assert all(li["period_start"] == li["period_end"] == "2027-03-14" for li in lines)
    body = ("Hej,\n\nHamnviks Hembygdsförening (kundnr C-4401) firade sitt jubileum i Sjöbodsalen lördagen den 13 "
            "mars. Fakturera:\n\nM30 lokalhyra 5 tim\nM40 fika 40 pers\n\nTack!\nBirgitta\n")
    lines = _lines(_parse(W["mus_b"], body))
    assert [li["article"] for li in lines] == ["M30", "M40"]
    assert all(li["period_start"] == li["period_end"] == "2027-03-13" for li in lines)


def test_a_service_verb_with_the_customer_before_its_day_dates_the_lines():
    body = ("Hello,\n\nThe image licences were delivered to Museum of Coastal Heritage Ltd, customer no C-4413, "
            "on 9 March 2027. Please invoice:\n\n- M50 publication licence, 3 images\n\nBest regards\nTom\n")
    lines = _lines(_parse(W["mus_t"], body, subject="Licences"))
    assert [(li["article"], li["quantity"]) for li in lines] == [("M50", "3")]
    assert lines[0]["period_start"] == lines[0]["period_end"] == "2027-03-09"


def test_a_past_weekday_with_a_day_and_month_is_a_date_before_a_colon():
    body = ("Hej,\n\nNorrby väglag (kundnr C-4603) ska faktureras för plogningen med traktor i fredags 12.3: "
            "L40, 3 h.\n\n/Bosse\n")
    lines = _lines(_parse(W["lsk_b"], body, to=CENTRE_FI, subject="plogning"))
    assert [(li["article"], li["quantity"]) for li in lines] == [("L40", "3")]
    assert lines[0]["period_start"] == lines[0]["period_end"] == "2027-03-12"


def test_a_bill_label_over_a_list_of_articles_names_no_customer():
    body = ("Hej,\n\nLjungdala Måleri AB (kundnr C-4402) hade personalfest hos oss i februari.\n\nFaktureras:\n"
            "- Sjöbodsalen M30, 6 tim\n- Fika M40, 25 pers\n\nMvh\nBirgitta\n")
    out = _parse(W["mus_b"], body)
    assert [r["customer"]["name"] for r in out["requests"]] == ["Ljungdala Måleri AB"]
    assert [(li["article"], li["quantity"]) for li in _lines(out)] == [("M30", "6"), ("M40", "25")]


def test_about_so_many_guests_in_an_inflected_finnish_noun_is_a_count_asked_not_a_price():
    body = ("Hei,\n\nHautaustoimisto Lepola Oy (asiakasnro C-4502) tilasi tarjoilun:\n\n"
            "- tarjoilu (K30) noin 45 hengelle 19.3.2027\n\nTerveisin\nJussi\n")
    out = _parse(W["srk_j"], body, to=CENTRE_FI, subject="Tarjoilu")
    lines = _lines(out)
    assert len(lines) == 1 and lines[0]["quantity"] is None and Decimal(lines[0]["unit_price"]) == Decimal("14.50")
    assert _questions(out) == ["lines[0].quantity"]


def test_a_bare_departure_column_beside_the_arrival_ends_the_period():
    csv = ("Tuote;Saapuminen;Lähtö;Määrä\r\nA10;8.3.2027;12.3.2027;4\r\nA40;8.3.2027;12.3.2027;4\r\n")
    body = ("Hei,\n\nSuomen Järvitutkijat ry (asiakasnro C-4512), kevätretken majoitukset liitteenä.\n\n"
            "Terveisin\nSirpa\n")
    out = _parse(W["ahv_s"], body, to=CENTRE_FI, subject="Majoitukset",
                 attachments=[text_att("majoitukset.csv", csv)])
    lines = _lines(out)
    assert [(li["article"], li["quantity"]) for li in lines] == [("A10", "4"), ("A40", "4")]
    assert all((li["period_start"], li["period_end"]) == ("2027-03-08", "2027-03-12") for li in lines)
