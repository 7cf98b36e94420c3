"""The classes the 21st blind set (tests/intake/cases_holdout21) found, each in other words than its case: a count
the mail and its attached file state differently for the same item (one line, the count asked — never both
invoiced); an ISO 8601 interval in a period cell ("2026-10-01/2026-10-31"); a compound date header
("Besöksdatum") dating each row; a PDF's one service day above its table; a month said in a sentence's first
clause dating the later article too; a request withdrawn further up the thread ("forget my request below"); a
question about an issued invoice asked two sentences after it; a headerless plain-text table with one customer
per row; a course-name column as the line's description."""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from intake.extract.pdf_heading_date import heading_date
from intake.extract.table_cells import cell_period
from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, pdf, text_att
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout9.kit9 import REGISTRY
from tests.intake.class_checks import lines_of as _lines


def _parse(frm: str, body: str | None, to: str | None = None, subject: str = "Fakturering",
           attachments: list[Any] | None = None, html: str | None = None) -> dict:
    m = mail(frm, subject, "Tue, 01 Dec 2026 10:00:00 +0100", body, html=html, to=to or CENTRE_SE,
             attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _periods(out: dict, i: int = 0) -> list[tuple]:
    return [(ln["period_start"], ln["period_end"]) for ln in out["requests"][i]["lines"]]


def test_a_count_the_mail_and_its_file_state_differently_is_asked_on_one_line():
    body = "Hej,\n\nSjöbo Vattenråd: fältdag (1500) den 12 november, totalt 3 dagar enligt bilagan.\n\n/Olle\n"
    att = text_att("fältdagar.csv", "Kund;Artikel;Dagar;Datum\nSjöbo Vattenråd;1500;2;2026-11-12\n")
    out = _parse(OLLE, body, attachments=[att])
    assert _lines(out) == [("1500", None, Decimal("9600.00"))]
    assert out["requests"][0]["questions"] == ["lines[0].quantity"]


def test_an_iso_interval_in_a_period_cell_is_a_range():
    assert [d.isoformat() for d in cell_period("2026-10-01/2026-10-31", 2026) or ()] == ["2026-10-01", "2026-10-31"]
    assert [d.isoformat() for d in cell_period("2026-09-01--2026-09-30", 2026) or ()] == ["2026-09-01", "2026-09-30"]
    att = text_att("tim.csv", "Kund;Artikel;Timmar;Period\nNordkap Analys AB;2010;4;2026-10-01--2026-10-31\n")
    out = _parse(SANNA, "Hej,\n\nunderlag för oktober bifogat.\n\n/Sanna\n", attachments=[att])
    assert _periods(out) == [("2026-10-01", "2026-10-31")]


def test_a_compound_date_header_dates_each_row_not_the_mails_month():
    html = ("<p>Hej,</p><p>Besök i november att fakturera:</p><table><tr><th>Kund</th><th>Artikel</th>"
            "<th>Antal</th><th>Besöksdatum</th></tr><tr><td>Sjöbo Vattenråd</td><td>1020</td><td>1</td>"
            "<td>2026-11-05</td></tr><tr><td>Nordkap Analys AB</td><td>1020</td><td>2</td><td>2026-11-26</td></tr>"
            "</table><p>/Olle</p>")
    out = _parse(OLLE, None, html=html)
    assert _periods(out, 0) == [("2026-11-05", "2026-11-05")]
    assert _periods(out, 1) == [("2026-11-26", "2026-11-26")]


def test_a_pdf_states_its_service_day_once_above_the_table():
    assert heading_date("Kund: X\nBeställningsdatum: 2026-08-20", 2026) is None     # an order's date: none
    html = ("<h1>Underlag</h1><p>Kund: Nordkap Analys AB, org.nr 559233-1705</p><p>Fältbesök 2026-11-09</p>"
            "<table><thead><tr><th>Artikel</th><th>Benämning</th><th>Antal</th></tr></thead><tbody>"
            "<tr><td>1010</td><td>Provtagning</td><td>4</td></tr><tr><td>1020</td><td>Portryck</td><td>2</td></tr>"
            "</tbody></table>")
    out = _parse(SANNA, "Hej! Underlaget bifogat.\n\n/Sanna\n", attachments=[pdf("u.pdf", html)])
    assert _periods(out) == [("2026-11-09", "2026-11-09")] * 2


def test_a_month_in_the_first_clause_dates_the_later_article_too():
    body = ("Hej,\n\nNordkap Analys AB hade utredning (2010) under oktober 2026, totalt 5 timmar, samt tryckta "
            "rapporter (3020) 3 st.\n\n/Olle\n")
    out = _parse(OLLE, body)
    assert _periods(out) == [("2026-10-01", "2026-10-31")] * 2


def test_a_request_withdrawn_further_up_the_thread_is_no_request():
    body = ("Hej igen,\n\nglöm vår beställning nedan - Nordkap Analys betalade på plats.\n\nSanna\n\n"
            "Från: Sanna Wallin\nSkickat: den 1 december 2026 09:00\nÄmne: Rapporter\n\nHej, fakturera "
            "Nordkap Analys AB för 3 tryckta rapporter (3020), november 2026.\n")
    out = _parse(SANNA, body, subject="SV: Rapporter")
    assert out["kind"] == "unknown" and out["requests"] == []


def test_a_question_two_sentences_after_the_invoice_number_is_about_that_invoice():
    body = ("Hi,\n\nNordkap Analys AB called about invoice 2026-7781 (report 3020). They are wondering why "
            "the due date is 10 days. Could you look into it and get back to them?\n\nOlle\n")
    out = _parse(OLLE, body, subject="Invoice question")
    assert out["kind"] == "unknown" and out["requests"] == []


def test_a_headerless_text_table_with_a_customer_per_row_is_one_request_per_customer():
    body = ("Hei,\n\nmarraskuun käynnit:\n\nKuopion Vesi Oy  AT10  3 h  4.11.2026\n"
            "Lapin Luontomatkailu Oy  AT10  2 h  18.11.2026\n\nJuha\n")
    out = _parse(JUHA, body, CENTRE_FI, subject="Käynnit")
    assert [r["customer"]["customer_number"] for r in out["requests"]] == ["K-5001", "K-5009"]
    assert _lines(out, 1) == [("AT10", Decimal("2"), Decimal("135.00"))]
    assert _periods(out, 1) == [("2026-11-18", "2026-11-18")]


def test_a_course_name_column_is_the_lines_description():
    att = text_att("kurser.csv", "Kund;Artikel;Course name;Deltagare\nNordkap Analys AB;3010;Grundvatten 1;3\n")
    out = _parse(SANNA, "Hej,\n\nkursavgifter bifogade.\n\n/Sanna\n", attachments=[att])
    assert out["requests"][0]["lines"][0]["description"] == "Grundvatten 1"
