"""The period forms the 22nd and 23rd blind sets found unread (every request they let through wrong lacked its
period), each in other words than its case: a day per customer in a list under one shared article line; a
Finnish day-month whose closing dot is no sentence end before the article code; a day and month written without
the closing dot after a weekday or a service verb; a period row under a sheet's table; a range told as the time
an event was with the agency, above the list it dates; an abbreviated month right after a count."""
from __future__ import annotations

from typing import Any

from intake.extract.dates import find_dates
from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail, text_att
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout9.kit9 import REGISTRY, xlsx_real


def _parse(frm: str, body: str, to: str = CENTRE_SE, attachments: list[Any] | None = None) -> dict:
    m = mail(frm, "Fakturering", "Tue, 01 Dec 2026 10:00:00 +0100", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _periods(out: dict, i: int = 0) -> list[tuple]:
    return [(ln["period_start"], ln["period_end"]) for ln in out["requests"][i]["lines"]]


def _day(d: str) -> tuple[str, str]:
    return d, d


def test_each_customer_of_a_list_under_one_article_line_keeps_its_own_day():
    body = ("maastokäynnit marras, AT10 kaikille:\n- Kuopion Vesi Oy 2 h 4/11\n- Lapin Luontomatkailu Oy 3 h 18/11\n\n"
            "kiitos\nJuha\n")
    out = _parse(JUHA, body, CENTRE_FI)
    assert [_periods(out, i) for i in range(2)] == [[_day("2026-11-04")], [_day("2026-11-18")]]


def test_a_finnish_day_month_dot_before_the_article_code_ends_no_sentence():
    out = _parse(JUHA, "maastotyö lapin luontomatkailu oy:lle 3 h 12.11. AT10\n\nLähetetty iPhonesta\n", CENTRE_FI)
    assert _periods(out) == [_day("2026-11-12")]


def test_a_day_and_month_without_the_closing_dot_after_a_weekday_or_a_service_verb():
    out = _parse(JUHA, "Kuopion Vesi Oy LA100 4 kpl ke 18.11\n\nJuha\n", CENTRE_FI)
    assert _periods(out) == [_day("2026-11-18")]
    out = _parse(OLLE, "rapporter 2 st (3020) Nordkap Analys AB, levererade 19.11\n\n/Olle\n")
    assert _periods(out) == [_day("2026-11-19")]
    # a price or a count written with a decimal point is no date
    assert find_dates("á 12.50", 2026) == [] and find_dates("fre 3.5 h", 2026) == []


def test_a_period_row_under_a_sheets_table_dates_every_row():
    rows = [["Kund", "Artikel", "Antal"], ["Nordkap Analys AB", "1500", 2], ["Sjöbo Vattenråd", "1500", 1],
            [None, None, None], ["Säsong: 1.6–31.8.2026", None, None]]
    out = _parse(SANNA, "Hej, hyrorna bifogade.\n\n/Sanna\n", attachments=[xlsx_real("hyror.xlsx", rows)])
    assert [_periods(out, i) for i in range(2)] == [[("2026-06-01", "2026-08-31")]] * 2


def test_a_range_told_as_when_the_event_was_with_the_agency_dates_the_list_below():
    body = ("Hej!\n\nLägerskolan var hos oss 3–5 november 2026. Kund: Nordkap Analys AB. Fakturera:\n"
            "- fältdagar (1500), totalt 3\n- en tryckt rapport (3020) 4.11.2026\n\nTack!\nOlle\n")
    out = _parse(OLLE, body)
    assert _periods(out) == [("2026-11-03", "2026-11-05"), _day("2026-11-04")]


def test_an_abbreviated_month_right_after_a_count_is_the_lines_month():
    out = _parse(OLLE, "utredning 2010 Nordkap Analys AB 5 tim sept, detaljplanen\n\nSkickat från min iPhone\n")
    assert _periods(out) == [("2026-09-01", "2026-09-30")]
    assert find_dates("Jan Ek ringde", 2026) == []      # a name, not January


def test_a_remark_cells_one_date_dates_its_row():
    att = text_att("underlag.csv", "Kundnr;Artikel;Antal;Kommentar\nK-4016;1020;2;mätningar vecka 46\n")
    out = _parse(SANNA, "Hej, underlaget bifogas.\n\n/Sanna\n", attachments=[att])
    assert _periods(out) == [("2026-11-09", "2026-11-15")]
