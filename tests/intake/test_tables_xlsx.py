"""XLSX workbooks as agencies fill them: an instruction sheet first, merged two-row headers, merged customer
cells, several data sheets, a totals sheet, sum rows, month-formatted dates."""
from __future__ import annotations

import datetime as dt
import io
from typing import Any

import openpyxl

from tests.support.table_mail import lines_of, mail, parse

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _book(sheets: dict[str, list[list[Any]]], merges: dict[str, list[str]] | None = None,
          formats: dict[str, dict[str, str]] | None = None) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        for rng in (merges or {}).get(title, []):
            ws.merge_cells(rng)
        for cell, fmt in (formats or {}).get(title, {}).items():
            ws[cell].number_format = fmt
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _parse(data: bytes) -> dict:
    return parse(mail([("underlag.xlsx", XLSX, data)]))


INSTRUCTIONS: list[list[Any]] = [["Så fyller du i underlaget"],
                ["Fyll i en rad per fakturarad. Ange kundnummer eller organisationsnummer."],
                ["Kundnr", "Artikel", "Antal"],
                [10001, 1010, 5]]


def test_instruction_sheet_before_the_data_is_not_read():
    data = _book({"Instruktioner": INSTRUCTIONS,
                  "Underlag": [["Kundnr", "Artikel", "Antal"], [10011, 1010, 2], [10012, 5010, 3]]})
    out = _parse(data)
    assert lines_of(out) == [("10011", "1010", "2"), ("10012", "5010", "3")]


def test_merged_two_row_header_period_over_from_and_to():
    rows: list[list[Any]] = [["Kund", "Artikel", "Period", None, "Antal"],
            [None, None, "Från", "Till", None],
            [10011, 1010, dt.date(2026, 3, 1), dt.date(2026, 3, 31), 4],
            [10012, 5010, dt.date(2026, 4, 1), dt.date(2026, 4, 15), 1]]
    data = _book({"Data": rows}, merges={"Data": ["A1:A2", "B1:B2", "C1:D1", "E1:E2"]})
    out = _parse(data)
    assert lines_of(out) == [("10011", "1010", "4"), ("10012", "5010", "1")]
    got = [(li["period_start"], li["period_end"]) for r in out["requests"] for li in r["lines"]]
    assert got == [("2026-03-01", "2026-03-31"), ("2026-04-01", "2026-04-15")]


def test_merged_customer_cells_group_their_rows_and_sum_rows_are_not_lines():
    rows: list[list[Any]] = [["Kund", "Org.nr", "Artikel", "Antal", "Belopp"],
            ["Åkerö Bygg AB", "556123-1001", 1010, 2, 2300],
            [None, None, 5010, 1, 250],
            ["Fjärdens Fiske AB", "556789-1006", 2030, 3, 2940],
            ["Fjärdens Fiske AB", "556789-1006", 1010, 1, 1150],
            ["Summa", None, None, None, 6640],
            ["Moms 25 %", None, None, None, 1660]]
    # the author repeats a customer on consecutive rows, so a blank customer cell is not "same as above" —
    # but a merged customer cell says explicitly which rows it covers
    data = _book({"Blad1": rows}, merges={"Blad1": ["A2:A3", "B2:B3"]})
    out = _parse(data)
    assert lines_of(out) == [("10011", "1010", "2"), ("10011", "5010", "1"), ("10013", "2030", "3"),
                             ("10013", "1010", "1")]


def test_several_data_sheets_and_a_totals_sheet():
    head: list[Any] = ["Kundnr", "Artikel", "Antal"]
    data = _book({"Mars": [head, [10011, 1010, 2]],
                  "April": [head, [10012, 1010, 5], [10011, 5010, 1]],
                  "Summering": [["Kundnr", "Artikel", "Antal"], [10011, 1010, 2], [10012, 1010, 5],
                                [10011, 5010, 1]]})
    out = _parse(data)
    assert lines_of(out) == [("10011", "1010", "2"), ("10011", "5010", "1"), ("10012", "1010", "5")]


def test_month_formatted_date_cell_is_the_month():
    data = _book({"Data": [["Kundnr", "Artikel", "Antal", "Månad"], [10011, 1010, 1, dt.date(2026, 2, 1)]]},
                 formats={"Data": {"D2": "yyyy-mm"}})
    li = _parse(data)["requests"][0]["lines"][0]
    assert (li["period_start"], li["period_end"]) == ("2026-02-01", "2026-02-28")


def test_form_sheet_customer_block_above_the_table_but_not_instruction_prose():
    rows: list[list[Any]] = [["Fyll i kunduppgifterna nedan och skicka till servicecentret."],
            ["Kund:", "Norrsken Data AB"],
            ["Er referens:", "Anna Ek"],
            [],
            ["Artikel", "Benämning", "Antal"],
            [1010, "Konsultation", 6]]
    out = _parse(_book({"Beställning": rows}))
    req = out["requests"][0]
    assert req["customer"]["customer_number"] == "10012"
    assert req["buyer_reference"] == "Anna Ek"
    assert [(li["article"], li["quantity"]) for li in req["lines"]] == [("1010", "6")]


def test_several_customer_blocks_in_one_sheet_each_with_its_own_table():
    rows: list[list[Any]] = [["Kund", "Åkerö Bygg AB"], ["Er referens", "Eva Ek"], [],
                             ["Artikel", "Benämning", "Antal"], [1010, "Konsultation", 2], [5010, "Rapport", 1], [],
                             ["Kund", "Fjärdens Fiske AB"], [],
                             ["Artikel", "Benämning", "Antal"], [2030, "Specialbearbetning", 4]]
    out = _parse(_book({"Underlag": rows}))
    got = [(r["customer"]["customer_number"], [(li["article"], li["quantity"]) for li in r["lines"]])
           for r in out["requests"]]
    assert got == [("10011", [("1010", "2"), ("5010", "1")]), ("10013", [("2030", "4")])]
    assert out["requests"][0]["buyer_reference"] == "Eva Ek" and not out["requests"][1]["buyer_reference"]


def test_instructions_with_a_sample_table_above_the_data_in_the_same_sheet():
    rows: list[list[Any]] = [["Fyll i en rad per fakturarad, så här:"], ["Kundnr", "Artikel", "Antal"],
                             [10001, 1010, 5], [], ["Underlag november"], ["Kundnr", "Artikel", "Antal"],
                             [10012, 5010, 3]]
    assert lines_of(_parse(_book({"Blad1": rows}))) == [("10012", "5010", "3")]
