"""The classes the forty-first blind set (tests/intake/cases_holdout41) found, each in other words than its case:
an approximate count or price told in a sentence of its own after the one article line ("Vi blir ungefär 25",
"Montören sa att det landar på runt 900 kr") is that line's count or price, asked — never a second line; a price
range ("150–190 €") is no price (asked, never its first figure); an approximate count whose noun is a compound of
the article's unit ("ca 8 bussresor" for a unit "resa") keeps the register's price."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from intake.extract.dates import find_dates
from intake.extract.sum_sentences import is_sum_sentence
from intake.extract.table_cells import opens_a_sum_row
from intake.parse import parse_message
from tests.intake.cases.mailkit import mail, xlsx
from tests.intake.cases_holdout41.kit41 import CENTRE_FI, REGISTRY, W

CENTRE_SE = "Kundfaktura <kundfaktura@ekonomicentret.se>"


def _parse(frm: str, body: str, to: str = CENTRE_FI, subject: str = "Laskutus",
           attachments: list[Any] | None = None) -> dict:
    m = mail(frm, subject, "Tue, 15 Jun 2027 10:00:00 +0200", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _lines(out: dict) -> list[dict]:
    return [li for r in out["requests"] for li in r["lines"]]


def _questions(out: dict) -> list[str]:
    return [q for r in out["requests"] for q in r["questions"]]


def test_an_approximate_people_count_in_its_own_sentence_is_the_lines_count_asked():
    body = ("Hei,\n\nNokian kaupunki (asiakasnro C-4202) tilasi yöleirin (KL20) nuorisotyön ryhmälle 2.–4.8.2027. "
            "Osallistujia on arviolta 18, lopullinen lista tulee heinäkuussa.\n\nTerveisin\nPäivi\n")
    out = _parse(W["leir_p"], body)
    lines = _lines(out)
    assert len(lines) == 1 and lines[0]["article"] == "KL20"
    assert lines[0]["quantity"] is None and "lines[0].quantity" in _questions(out)


def test_an_approximate_price_in_reported_speech_is_the_lines_price_asked():
    body = ("Hej!\n\nBegravningsbyrå Lindqvist Ab, kundnr C-4212: rengöring av en gravsten (GV90), 1 st, 8.6.2027. "
            "Montören sa att det landar på ungefär 900 euro, hans räkning kommer senare.\n\nHälsningar\nStefan\n")
    out = _parse(W["grav_s"], body)
    lines = _lines(out)
    assert len(lines) == 1 and lines[0]["article"] == "GV90" and lines[0]["quantity"] == "1"
    assert lines[0]["unit_price"] is None and "lines[0].unit_price" in _questions(out)


def test_a_price_range_is_asked_never_its_first_figure():
    body = ("Hei,\n\nKuljetus Harju Oy, asiakasnro C-4204: siltalaskelma (EK90) 1 kpl, 9.6.2027. Maksaa 300-450 "
            "euroa laskelman laajuuden mukaan.\n\nTerveisin\nLupapalvelut\n")
    out = _parse(W["erik"], body)
    lines = _lines(out)
    assert len(lines) == 1 and lines[0]["article"] == "EK90"
    assert lines[0]["unit_price"] is None and "lines[0].unit_price" in _questions(out)


def test_an_approximate_count_of_a_compound_of_the_unit_keeps_the_register_price():
    body = ("Hej,\n\nFalkenbergs kommun (kundnr C-4104) har under maj gjort omkring 30 rullstolsresor (PR20). "
            "Det exakta antalet kommer senare.\n\nHälsningar\nGöran\n")
    out = _parse(W["ptra_g"], body, to=CENTRE_SE)
    lines = _lines(out)
    assert len(lines) == 1 and lines[0]["article"] == "PR20"
    assert lines[0]["quantity"] is None and Decimal(lines[0]["unit_price"]) == Decimal("560.00")
    assert _questions(out) == ["lines[0].quantity"]


def test_a_sum_row_naming_what_it_counts_is_no_line():
    assert opens_a_sum_row("Totalt antal resor", True) and opens_a_sum_row("Total number of screenings", True)
    assert not opens_a_sum_row("Total kväve, analys", True) and not opens_a_sum_row("Totalt att fakturera", True)
    assert is_sum_sentence("Yhteensä lukumäärä tarkastuksia: 12 kpl", True)
    assert not is_sum_sentence("Totalt 12 000 kr för resor", True)
    body = ("Hej,\n\nresor för Omsorgshemmet Linden AB (kundnr C-4105):\n\n"
            "Datum | Art | Antal\n2027-06-02 | PR10 | 2\n2027-06-03 | PR30 | 1\nTotalt antal resor | | 3\n\n"
            "Hälsningar\nGöran\n")
    out = _parse(W["ptra_g"], body, to=CENTRE_SE)
    assert [(li["article"], li["quantity"]) for li in _lines(out)] == [("PR10", "2"), ("PR30", "1")]


def test_the_customer_named_in_a_sheets_merged_title_owns_its_rows():
    rows = [["Erikoiskuljetukset kesäkuu 2027 / Nosturi Mäkelä Oy, asiakasnro C-4205", None, None, None],
            ["Pvm", "Tuote", "Määrä", "Huom"],
            [dt.date(2027, 6, 3), "EK10", 2, ""], [dt.date(2027, 6, 9), "EK30", 1.5, "reitti Tampere–Pori"]]
    att = xlsx("luvat_kesakuu.xlsx", [("Kesäkuu", rows, ["A1:D1"])])
    out = _parse(W["erik"], "Hei,\n\nkesäkuun luvat liitteenä.\n\nTerveisin\nLupapalvelut\n", attachments=[att])
    assert [r["customer"]["customer_number"] for r in out["requests"]] == ["C-4205"]
    assert [(li["article"], li["quantity"]) for li in _lines(out)] == [("EK10", "2"), ("EK30", "1.5")]
    assert "customer.org_no" not in _questions(out)


def test_a_title_without_a_customer_changes_nothing():
    rows = [["Erikoiskuljetukset kesäkuu 2027", None, None, None],
            ["Asiakas", "Pvm", "Tuote", "Määrä"],
            ["Nosturi Mäkelä Oy", dt.date(2027, 6, 3), "EK10", 2]]
    att = xlsx("luvat.xlsx", [("Kesäkuu", rows, ["A1:D1"])])
    out = _parse(W["erik"], "Hei,\n\nliitteenä.\n\nTerveisin\nLupapalvelut\n", attachments=[att])
    assert [(li["article"], li["quantity"]) for li in _lines(out)] == [("EK10", "2")]


def test_en_before_a_noun_described_by_a_short_phrase_before_its_code_is_one():
    body = ("Hej,\n\nVarbergs Marina AB, kundnr C-4102: vi gjorde en vinterförvaring för stor motorbåt (BH90) "
            "den 2 juni, överenskommet pris 3 100 kr.\n\nHälsningar\nEmma\n")
    out = _parse(W["bat_e"], body, to=CENTRE_SE)
    lines = _lines(out)
    assert [(li["article"], li["quantity"], li["unit_price"]) for li in lines] == [("BH90", "1", "3100")]
    assert _questions(out) == []


def test_a_block_and_plot_number_is_no_quarter():
    ds = find_dates("skötsel av graven (kv. 2 nr 45) för maj–september 2027", 2027, None)
    assert [(d.first, d.last) for d in ds] == [(dt.date(2027, 5, 1), dt.date(2027, 9, 30))]


def test_a_finnish_range_from_one_month_to_another_is_one_period():
    ds = find_dates("lupa voimassa toukokuusta syyskuuhun 2027", 2027, None)
    assert [(d.first, d.last) for d in ds] == [(dt.date(2027, 5, 1), dt.date(2027, 9, 30))]


def test_a_stay_told_by_arrival_and_departure_runs_from_the_first_day():
    body = ("Hej!\n\nVarbergs Marina AB (kundnr C-4102) har haft en arbetsbåt hos oss, ankomst 7/6 och avfärd "
            "10/6:\n\n- 3 gästnätter (BH20)\n- el 3 dygn (BH30)\n\nHälsningar\nEmma\n")
    out = _parse(W["bat_e"], body, to=CENTRE_SE)
    assert [(li["article"], li["period_start"], li["period_end"]) for li in _lines(out)] == [
        ("BH20", "2027-06-07", "2027-06-10"), ("BH30", "2027-06-07", "2027-06-10")]


def test_the_season_stated_in_a_sentence_of_its_own_is_the_lines_period():
    body = ("Hej!\n\nVarbergs Marina AB (kundnr C-4102) hyr 3 båtplatser vid gästbryggan, art BH10. Säsongen "
            "löper 15 april–15 oktober 2027 som tidigare år.\n\nHälsningar\nEmma\n")
    out = _parse(W["bat_e"], body, to=CENTRE_SE)
    assert [(li["article"], li["quantity"], li["period_start"], li["period_end"]) for li in _lines(out)] == [
        ("BH10", "3", "2027-04-15", "2027-10-15")]


def test_arrival_departure_and_granted_columns_date_their_rows():
    csv = (b"Incheckning;Utcheckning;Art;Antal\n2027-06-01;2027-06-03;BH20;2\n")
    out = _parse(W["bat"], "Hej,\n\nVarbergs Marina AB, kundnr C-4102, enligt filen.\n\nHälsningar\nHamnen\n",
                 to=CENTRE_SE, attachments=[("gaster.csv", csv, "text", "csv")])
    assert [(li["article"], li["period_start"], li["period_end"]) for li in _lines(out)] == [
        ("BH20", "2027-06-01", "2027-06-03")]
    csv = ("Asiakasnro;Tuote;Määrä;Myöntöpäivä\nC-4205;EK10;1;8.6.2027\n").encode()
    out = _parse(W["erik"], "Hei,\n\nluvat liitteenä.\n\nTerveisin\nLupapalvelut\n",
                 attachments=[("luvat.csv", csv, "text", "csv")])
    assert [(li["article"], li["period_start"], li["period_end"]) for li in _lines(out)] == [
        ("EK10", "2027-06-08", "2027-06-08")]


def test_a_day_and_month_under_a_date_header_is_that_day_of_the_mails_year():
    body = ("Hej,\n\nfakturera Pargas Hembygdsförening rf, kundnr C-4209:\n\n"
            "Dag     Art    Antal\n"
            "3.6     GV30   12\n"
            "14.6    GV20   1\n\nHälsningar\nStefan\n")
    out = _parse(W["grav_s"], body)
    assert [(li["article"], li["quantity"], li["period_start"]) for li in _lines(out)] == [
        ("GV30", "12", "2027-06-03"), ("GV20", "1", "2027-06-14")]


def test_two_rows_alike_of_a_titled_sheet_are_both_invoiced_when_the_mail_names_the_customer_too():
    """A sheet's rows that read alike (same code, count and month) are two lines even when the mail above names
    the customer as well (the two fragments of one customer were joined dropping the sheet's own second row)."""
    rows = [["Erikoiskuljetukset kesäkuu 2027 / Nosturi Mäkelä Oy, asiakasnro C-4205", None, None, None],
            ["Pvm", "Tuote", "Määrä", "Huom"],
            [dt.date(2027, 6, 3), "EK10", 2, "Tampere"], [dt.date(2027, 6, 3), "EK10", 2, "Pori"]]
    att = xlsx("luvat_kesakuu.xlsx", [("Kesäkuu", rows, ["A1:D1"])])
    out = _parse(W["erik"], "Hei,\n\nNosturi Mäkelä Oy:n kesäkuun luvat liitteenä.\n\nTerveisin\nLupapalvelut\n",
                 attachments=[att])
    assert [(li["article"], li["quantity"]) for li in _lines(out)] == [("EK10", "2"), ("EK10", "2")]
