"""The net beneath the period rules (intake.gate_periods): a date or period the newest text or an attached file
states that no line carries, while a line has no period, never goes straight through — either a reading rule
put it on the line, or the request is held for a clerk with the date shown. Due days, invoice dates, counts
written with a decimal point and dates in the signature hold nothing."""
from __future__ import annotations

from typing import Any

import pytest

from intake.parse import parse_message
from tests.intake.cases.mailkit import CENTRE_FI, CENTRE_SE, mail
from tests.intake.cases_holdout2.kit import JUHA, OLLE, SANNA
from tests.intake.cases_holdout9.kit9 import REGISTRY, xlsx_real


def _parse(frm: str, body: str, to: str = CENTRE_SE, attachments: list[Any] | None = None) -> dict:
    m = mail(frm, "Fakturering", "Tue, 01 Dec 2026 10:00:00 +0100", body, to=to, attachments=attachments)
    return parse_message(m.as_bytes(), REGISTRY)


def _period_read_or_held(out: dict, want: tuple[str, str]) -> bool:
    """Every request either carries the stated period on each line or is held showing the unread date."""
    for r in out["requests"]:
        on_lines = all((ln["period_start"], ln["period_end"]) == want or  # a line's own date inside it
                       (ln["period_start"] and want[0] <= ln["period_start"] <= ln["period_end"] <= want[1] and
                        ln["period_start"] != want[0]) for ln in r["lines"])
        held = any(f["code"] == "unread_period" for f in r["review"])
        if not (on_lines or held):
            return False
    return bool(out["requests"])


def _net(out: dict) -> list[str]:
    return [f["reason"] for r in out["requests"] for f in r["review"] if f["code"] == "unread_period"]


@pytest.mark.parametrize(("frm", "to", "body", "want"), [
    # a day and month without the closing dot after a weekday (sv) and a past participle (fi)
    (OLLE, CENTRE_SE, "Nordkap Analys AB 2 st rapporter (3020) fre 13.11 tack\n\n/Olle\n",
     ("2026-11-13", "2026-11-13")),
    (JUHA, CENTRE_FI, "Kuopion Vesi Oy perusanalyysi LA100 6 kpl, otettu ti 17.11\n\nJuha\n",
     ("2026-11-17", "2026-11-17")),
    # a prose range in the sentence above a list of lines
    (JUHA, CENTRE_FI, "Hei,\n\nKoulutus oli meillä 3.–5.11.2026. Asiakas: Lapin Luontomatkailu Oy. Laskuttakaa:\n"
                      "- koulutuspäivät (KO10), yhteensä 12 osallistujapäivää\n- maastopäivä (AT20) 4.11.2026\n\n"
                      "Juha\n", ("2026-11-03", "2026-11-05")),
])
def test_a_stated_date_is_on_the_line_or_the_request_is_held(frm, to, body, want):
    assert _period_read_or_held(_parse(frm, body, to), want)


def test_a_season_in_a_note_row_under_a_sheets_table_is_read_or_held():
    att = xlsx_real("hyra.xlsx", [["Kund", "Artikel", "Antal"], ["Nordkap Analys AB", "1500", 2],
                                  ["Sjöbo Vattenråd", "1500", 1], ["Säsong 1.6–31.8.2026", None, None]])
    out = _parse(SANNA, "Hej, hyrorna bifogade.\n\n/Sanna\n", attachments=[att])
    assert _period_read_or_held(out, ("2026-06-01", "2026-08-31"))


def test_a_month_in_a_sheets_title_row_is_read_or_held():
    rows = [["Laskutus lokakuu 2026", None, None], ["Asiakas", "Tuote", "Määrä"], ["Kuopion Vesi Oy", "LA100", 5]]
    att = xlsx_real("laskutus.xlsx", rows)
    out = _parse(JUHA, "Hei, liitteenä.\n\nJuha\n", CENTRE_FI, attachments=[att])
    assert _period_read_or_held(out, ("2026-10-01", "2026-10-31"))


@pytest.mark.parametrize("extra", [
    "Förfallodag 30.12.2026.",                 # a due day
    "Betalas senast 15/1.",                     # a due day without a year
    "Fakturadatum 2026-12-01.",                 # the invoice's own date
])
def test_dates_that_are_no_service_date_hold_nothing(extra):
    body = f"Hej,\n\nfakturera Nordkap Analys AB 3 st rapporter (3020).\n{extra}\n\n/Olle\n"
    assert _net(_parse(OLLE, body)) == []


def test_a_count_written_with_a_decimal_point_is_no_date():
    body = "Hi,\n\nplease invoice Nordkap Analys AB for expert review (2010) 3.5 hours.\n\nOlle\n"
    assert _net(_parse(OLLE, body)) == []


def test_a_date_on_the_line_that_was_read_holds_nothing():
    body = "Hej,\n\nNordkap Analys AB: 2 rapporter (3020) den 12 november 2026.\n\n/Olle\n"
    out = _parse(OLLE, body)
    assert out["requests"][0]["lines"][0]["period_start"] == "2026-11-12"
    assert _net(out) == []
