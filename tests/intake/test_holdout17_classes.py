"""The classes the seventeenth blind set (tests/intake/cases_holdout17, "what other systems send") found, each in
other words than its case: the covering mail's period for a file's lines (and a sheet named by a month, a date in
a row's text cell, a file and a mail that disagree), the header lexicon (an ERP's own words, a count split by
unit under a merged header), a place column as the line's text and a closing total that is no line, a booking
record's bare date, a label whose aside says what it is used as, and a covering mail that counts the file."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from intake.extract.labels import read_labelled
from intake.extract.model import Fragment
from intake.extract.registry import compile_registry
from intake.extract.text_context import TextContext
from intake.extract.unit_columns import collapse_unit_columns
from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, text_att
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA, SARAH
from tests.intake.cases_holdout13.kit13 import REGISTRY
from tests.intake.cases_holdout17.kit17 import rl_pdf, xlsx_book
from tests.intake.class_checks import lines_of as _lines

SE_DATE = "Tue, 10 Nov 2026 10:00:00 +0100"
FI_DATE = "Tue, 10 Nov 2026 10:00:00 +0200"


def _parse(frm: str, body: str | None, attachments: list | None = None, to: str | None = None,
           date: str = SE_DATE, subject: str = "Underlag", html: str | None = None) -> dict:
    m = mail(frm, subject, date, body, html, to=to or CENTRE_SE, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _periods(out: dict, i: int = 0) -> list[tuple[str | None, str | None]]:
    return [(ln["period_start"], ln["period_end"]) for ln in out["requests"][i]["lines"]]


def _held(req: dict) -> bool:
    return bool(req.get("questions") or req.get("review"))


_CSV_SE = ("Kundnr;Artikel;Text;Antal;Pris\n"
           "K-4003;1020;Portrycksmätning brunn 4;3;980,00\n"
           "K-4003;2010;Utredning;2;1 250,00\n")


# --- the covering mail's period for the file's lines ---------------------------------------------------------------

def test_a_month_in_the_covering_mail_dates_every_line_of_the_file():
    body = "Hej,\n\nportrycksmätningar hos Vretstorp vid Laxå i oktober 2026, exporten bifogas.\n\n/Olle\n"
    out = _parse(OLLE, body, [text_att("export.csv", _CSV_SE)])
    assert _periods(out) == [("2026-10-01", "2026-10-31")] * 2


def test_a_day_in_a_finnish_covering_mail_dates_a_spreadsheet():
    rows = [["Asiakasnumero", "Tuote", "Selite", "Määrä", "Hinta"], ["K-5003", "LA100", "Vesinäyte", 6, 84],
            ["K-5003", "AT10", "Tulkinta", 2, 135]]
    body = "Hei,\n\nPirkanmaan Maanrakennus, näytteet Nokian altaalta 3.11.2026. Liitteenä taulukko.\n\nJuha\n"
    out = _parse(JUHA, body, [xlsx_book("taulukko.xlsx", [{"title": "Taul1", "rows": rows}])], to=CENTRE_FI,
                 date=FI_DATE)
    assert _periods(out) == [("2026-11-03", "2026-11-03")] * 2


def test_a_due_day_or_two_dates_in_the_covering_mail_date_nothing():
    due = "Hej,\n\nunderlaget bifogas, fakturan ska betalas senast 2026-12-15.\n\n/Olle\n"
    assert _periods(_parse(OLLE, due, [text_att("u.csv", _CSV_SE)])) == [(None, None)] * 2
    two = "Hej,\n\nmätningar 2026-10-05 och 2026-10-19, underlaget bifogas.\n\n/Olle\n"
    assert _periods(_parse(OLLE, two, [text_att("u.csv", _CSV_SE)])) == [(None, None)] * 2


def test_a_month_named_only_as_an_attribute_or_a_period_column_left_empty_dates_nothing():
    """"Liitteenä lokakuun kulut" names whose costs, not when (no cue, no year); a file with a period column says
    itself which rows have none."""
    csv = ("Asiakasnumero;Tuote;Selite;Määrä;Hinta\n"
           "K-5001;LA100;Vesinäyte;4;84,00\n"
           "K-5001;AT10;Tulkinta;1;135,00\n")
    bare = "Hei,\n\nliitteenä lokakuun kulut ja tunnit.\n\nJuha\n"
    out = _parse(JUHA, bare, [text_att("k.csv", csv)], to=CENTRE_FI, date=FI_DATE)
    assert _periods(out) == [(None, None)] * 2
    cued = "Hei,\n\nliitteenä lokakuussa tehdyt työt.\n\nJuha\n"
    out = _parse(JUHA, cued, [text_att("k.csv", csv)], to=CENTRE_FI, date=FI_DATE)
    assert _periods(out) == [("2026-10-01", "2026-10-31")] * 2
    dated = ("Kundnr;Artikel;Antal;Från;Till\n"
             "K-4003;1020;3;2026-10-05;2026-10-09\n"
             "K-4003;3020;1;;\n")
    body = "Hej,\n\nportrycksmätningar hos Vretstorp vid Laxå i oktober 2026, exporten bifogas.\n\n/Olle\n"
    out = _parse(OLLE, body, [text_att("p.csv", dated)])
    assert _periods(out) == [("2026-10-05", "2026-10-09"), (None, None)]


def test_a_sheet_named_by_a_month_dates_its_lines():
    hdr = ["Item", "Text", "Qty", "Price"]
    sheets = [{"title": "Summary", "rows": [["Month", "Total"], ["August", 270], ["September", 405]]},
              {"title": "August", "rows": [hdr, ["AT10", "Advice", 2, 135]]},
              {"title": "September", "rows": [hdr, ["AT10", "Advice", 3, 135]]}]
    body = "Hello,\n\nplease invoice Kuopion Vesi Oy as per the workbook, one sheet per month.\n\nSarah\n"
    out = _parse(SARAH, body, [xlsx_book("months.xlsx", sheets)], to=CENTRE_FI, date=FI_DATE)
    assert _periods(out) == [("2026-08-01", "2026-08-31"), ("2026-09-01", "2026-09-30")]
    assert [q for q, in [(ln["quantity"],) for ln in out["requests"][0]["lines"]]] == ["2", "3"]


def test_a_file_and_a_mail_that_disagree_on_the_period_go_to_a_clerk():
    hdr = ["Item", "Text", "Qty", "Price"]
    sheets = [{"title": "April", "rows": [hdr, ["AT10", "Advice", 2, 135]]}]
    body = "Hello,\n\nplease invoice Kuopion Vesi Oy for the work in October 2026, see the sheet.\n\nSarah\n"
    out = _parse(SARAH, body, [xlsx_book("m.xlsx", sheets)], to=CENTRE_FI, date=FI_DATE)
    req = out["requests"][0]
    assert _periods(out) == [("2026-04-01", "2026-04-30")]     # the file's own heading is the stronger
    assert any(f["code"] == "file_disagrees" for f in req["review"])


def test_a_date_in_a_rows_text_cell_dates_that_row():
    csv = ("Kundnr;Artikel;Avser;Antal\n"
           "K-4007;3010;Kurs geoteknik 2026-10-21;4\n"
           "K-4007;3020;Rapport enligt avtal 2026-01-01;1\n")
    out = _parse(OLLE, "Hej,\n\nkursunderlag bifogas.\n\n/Olle\n", [text_att("kurs.csv", csv)])
    assert _periods(out) == [("2026-10-21", "2026-10-21"), (None, None)]


# --- the header lexicon: an ERP's own words, a count split by unit ------------------------------------------------

def test_an_erps_own_words_for_count_and_unit_price():
    csv = ("Kundnr;Artikelnr;Benämning;Kvantitet;Enhetspris\n"
           "K-4008;2010;Utredning;4,5;1 250,00\n")
    out = _parse(SANNA, "Hej,\n\nunderlag ur affärssystemet.\n\n/Sanna\n", [text_att("erp.csv", csv)])
    assert _lines(out) == [("2010", Decimal("4.5"), Decimal("1250.00"))]
    assert not _held(out["requests"][0])


def test_a_count_split_by_unit_under_a_merged_header():
    rows = [["Tuote", "Selite", "Määrä", None, "Hinta"], [None, None, "kpl", "h", None],
            ["LA110", "Laaja analyysi", 7, None, 196], ["AT10", "Asiantuntijatyö", None, 2.5, 135],
            ["Yhteensä", None, 7, 2.5, None]]
    body = "Hei,\n\nlaskuttakaa Kuopion Vesi Oy liitteen mukaan.\n\nJuha\n"
    att = xlsx_book("m.xlsx", [{"title": "Taul1", "rows": rows, "merges": ["C1:D1", "A1:A2", "B1:B2", "E1:E2"]}])
    out = _parse(JUHA, body, [att], to=CENTRE_FI, date=FI_DATE)
    assert _lines(out) == [("LA110", Decimal("7"), Decimal("196")), ("AT10", Decimal("2.5"), Decimal("135"))]


def test_a_row_filling_two_units_of_one_count_is_asked():
    rows = [["Artikel", "Antal", "Antal", "Pris"], ["Artikel", "st", "tim", "Pris"], ["2010", "2", "3", "1250"]]
    assert collapse_unit_columns(rows) == [["Artikel", "Antal", "Pris"], ["Artikel", "st/tim", "Pris"],
                                           ["2010", "", "1250"]]


# --- a place column as the line's text; a closing total is no line ------------------------------------------------

_POINTS = ["Borrpunkt BP1 vid norra infarten", "Borrpunkt BP2", "Borrpunkt BP3, under befintlig asfalt"]


def _pdf_case(after: str) -> dict:
    rows = [[f"2026-11-0{2 + i}", "1010", p, "1", "2 350,00"] for i, p in enumerate(_POINTS)]
    att = rl_pdf("prov.pdf", "Provtagningslista", ["Kund: Vretstorp Entreprenad AB, org.nr 556381-9043"],
                 ["Datum", "Artikel", "Mätpunkt", "Antal", "À-pris"], rows, after=[after])
    return _parse(OLLE, "Hej,\n\nlistan ur provtagningssystemet bifogas.\n\n/Olle\n", [att])


def test_a_place_column_is_the_lines_text_and_the_closing_total_is_no_line():
    out = _pdf_case("Totalt 3 st, 7 050,00 kr exkl. moms.")
    req = out["requests"][0]
    assert [ln["description"] for ln in req["lines"]] == _POINTS
    assert len(req["lines"]) == 3 and not req["questions"]
    assert not any(f["code"] == "file_disagrees" for f in req["review"])


def test_a_closing_total_that_does_not_add_up_goes_to_a_clerk():
    out = _pdf_case("Totalt 4 st.")
    req = out["requests"][0]
    assert len(req["lines"]) == 3
    assert any(f["code"] == "file_disagrees" for f in req["review"])


# --- a booking record's bare date; a label whose aside says what it is ---------------------------------------------

def test_a_booking_records_bare_date_is_its_lines_day():
    inner = ("<p>Booking closed, to invoicing.</p><table border='1'><tr><td>Customer</td><td>Lapin Luontomatkailu Oy"
             "</td></tr><tr><td>Room</td><td>Auditorium</td></tr><tr><td>Date</td><td>4.11.2026</td></tr>"
             "<tr><td>Item</td><td>AT20</td></tr><tr><td>Days</td><td>1</td></tr></table>")
    out = _parse(SARAH, None, html=f"<html><body>{inner}</body></html>", to=CENTRE_FI, date=FI_DATE)
    assert _periods(out) == [("2026-11-04", "2026-11-04")]


def test_a_letters_date_is_no_record_date():
    """"Från … Datum …" over the order is when it was written; two bare dates say nothing about which is which."""
    for body in ("Hej,\n\nBeställning\nFrån: Vretstorp Entreprenad AB\nDatum: 2026-11-02\nArtikel: 1020\n"
                 "Antal: 2\n\n/Olle\n",
                 "Hej,\n\nKund: Vretstorp Entreprenad AB\nDatum: 2026-11-02\nDag: 2026-11-03\nArtikel: 1020\n"
                 "Antal: 2\n\n/Olle\n"):
        assert _periods(_parse(OLLE, body)) == [(None, None)], body
    # the record reader itself: a run holding a mail-header label is no booking record
    reg = compile_registry(REGISTRY)
    ctx = TextContext(reg, reg.agency_for("olle.berglund@sgn.se"), 2026, dt.date(2026, 11, 10), "body")
    lines = ["Från: Vretstorp Entreprenad AB", "Datum: 2026-11-02", "Artikel: 1020", "Antal: 2"]
    items, _ = read_labelled(list(enumerate(lines)), ctx, Fragment(), [])
    assert [li.period for li in items] == [None]
    booked = ["Bokare: Vretstorp Entreprenad AB", *lines[1:]]
    items, _ = read_labelled(list(enumerate(booked)), ctx, Fragment(), [])
    assert [li.period for li in items] == [(dt.date(2026, 11, 2), dt.date(2026, 11, 2))]
    items, _ = read_labelled(list(enumerate(lines[1:])), ctx, Fragment(), [])   # heading the block: a letter's
    assert [li.period for li in items] == [None]


def test_a_finnish_day_label_is_a_day_not_a_count():
    body = ("Hei,\n\nVaraus siirretty laskutukseen.\n\nAsiakas: Ruovesjärven kunta\nPäivä: 6.11.2026\n"
            "Tuote: AT20\nPäiviä: 2\n\nJuha\n")
    out = _parse(JUHA, body, to=CENTRE_FI, date=FI_DATE)
    assert _lines(out) == [("AT20", Decimal("2"), Decimal("890.00"))]
    assert _periods(out) == [("2026-11-06", "2026-11-06")]


def test_a_label_whose_aside_says_what_it_is_used_as():
    body = ("Hei,\n\nAsiakas: Kuopion Vesi Oy\nVarausnumero (käytä tilausnumerona): V-7781\n"
            "Viite (max 20 merkkiä): Liisa Ahonen\nTuote: AT10\nMäärä: 3\n\nJuha\n")
    out = _parse(JUHA, body, to=CENTRE_FI, date=FI_DATE)
    req = out["requests"][0]
    assert req["order_reference"] == "V-7781"
    assert req["buyer_reference"] == "Liisa Ahonen"


# --- a covering mail that counts the file's parts ------------------------------------------------------------------

def test_a_covering_mail_counting_the_files_sheets_adds_no_line():
    hdr = ["Artikel", "Text", "Antal", "Pris"]
    sheets = [{"title": "Vecka 45", "rows": [hdr, ["2010", "Utredning", 2, 1250]]},
              {"title": "Vecka 46", "rows": [hdr, ["2010", "Utredning", 3, 1250]]}]
    want = [("2010", Decimal("2"), Decimal("1250")), ("2010", Decimal("3"), Decimal("1250"))]
    for body in ("Hej,\n\nNordkap Analys AB (kundnr K-4008). Ett blad per vecka, bladet Totalt är bara en översikt.\n",
                 "Hei,\n\nNordkap Analys AB (K-4008). Yksi välilehti viikossa, välilehti Yhteensä on vain "
                 "yhteenveto.\n"):
        out = _parse(SANNA, body, [xlsx_book("v.xlsx", sheets)])
        assert _lines(out) == want, body


# --- a case system's own case number ------------------------------------------------------------------------------

def test_a_case_systems_case_number_label_holds_nothing():
    kv = [("Ärendenummer", "SGN-2026-0412"), ("Kund", "Sjöbo Vattenråd"), ("Organisationsnummer", "802477-3155"),
          ("Artikel", "1020"), ("Antal", "5 st"), ("Period", "2026-10-01 – 2026-10-31")]
    html = ("<html><body><p>Ett ärende har markerats för fakturering.</p><table border='1'>" +
            "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in kv) + "</table></body></html>")
    out = _parse("Diariet <diariet@sgn.se>", None, html=html)
    req = out["requests"][0]
    assert _lines(out) == [("1020", Decimal("5"), Decimal("980.00"))]
    assert not _held(req), req["review"]
