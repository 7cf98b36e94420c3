"""Spreadsheet and CSV attachments of generated requests, in the shapes agencies send: a plain table, a table
under a merged two-row header, an instruction sheet (with an example row) before the data, rows split over
several sheets, a totals row, semicolon/tab/comma CSV in UTF-8, Windows-1252 or UTF-16 ('Unicode text')."""
from __future__ import annotations

import csv
import io
import random
from decimal import Decimal
from typing import Any

from tests.intake.cases.mailkit import text_att, xlsx

from . import formats
from .truth import Req, shown_id, written_name
from .vocab import ARTICLE, CUSTOMER, DESC, ORG, PRICE, QTY, TOTAL

PERIOD_COLS = {"sv": ["Från", "Till"], "fisv": ["Från", "Till"], "fi": ["Alkaa", "Päättyy"], "en": ["From", "To"]}
EXAMPLE = {"sv": "Exempel AB", "fisv": "Exempel Ab", "fi": "Esimerkki Oy", "en": "Example Ltd"}
INSTRUCTION = {"sv": "Fyll i en rad per artikel. Exempel:", "fisv": "Fyll i en rad per artikel. Exempel:",
               "fi": "Täytä yksi rivi tuotetta kohden. Esimerkki:", "en": "One row per item. Example:"}


def _header(lang: str, per: bool) -> list[str]:
    head = [CUSTOMER[lang][0], ORG[lang][0], ARTICLE[lang], DESC[lang], QTY[lang], PRICE[lang]]
    return head + PERIOD_COLS[lang] if per else head


def _rows(r: Req, per: bool, rng: random.Random, numeric: bool) -> list[list[Any]]:
    lang, out = r.lang, []
    for ln in r.lines:
        if numeric:  # XLSX cells hold numbers
            price: Any = None if ln.price is None else float(ln.price)
            qty: Any = None if ln.qty is None else (int(ln.qty) if ln.qty == int(ln.qty) else float(ln.qty))
        else:
            price = "" if ln.price is None else formats.number(ln.price, lang, rng)
            qty = "" if ln.qty is None else formats.quantity(ln.qty, lang)
        org = shown_id(r.customer) if r.mode != "unknown" else ""
        row = [written_name(r.customer), org, ln.code, ln.name, qty, price]
        if per:
            row += [r.period[1], r.period[2]] if r.period else ["", ""]
        out.append(row)
    return out


def _total_row(reqs: list[Req], lang: str, width: int, rng: random.Random, numeric: bool) -> list[Any] | None:
    lines = [ln for r in reqs for ln in r.lines]
    if any(ln.price is None or ln.qty is None for ln in lines):
        return None
    total = sum((ln.price * ln.qty for ln in lines if ln.price is not None and ln.qty is not None), Decimal(0))
    row: list[Any] = [rng.choice(TOTAL[lang])] + [None if numeric else ""] * (width - 1)
    row[5] = float(total) if numeric else formats.number(total, lang, rng)
    return row


def attachment(reqs: list[Req], layout: str, rng: random.Random, idx: int) -> tuple[str, bytes, str, str]:
    lang = reqs[0].lang
    per = any(r.period for r in reqs)
    head = _header(lang, per)
    numeric = layout == "xlsx"
    blocks = [_rows(r, per, rng, numeric) for r in reqs]
    total = _total_row(reqs, lang, len(head), rng, numeric) if rng.random() < 0.3 else None
    if layout == "csv":
        rows = [head] + [row for b in blocks for row in b] + ([total] if total else [])
        sep = rng.choice([";", ";", "\t"]) if lang != "en" else ","
        buf = io.StringIO()
        csv.writer(buf, delimiter=sep, lineterminator="\r\n").writerows(rows)
        enc = rng.choice(["utf-8", "cp1252", "utf-16"]) if sep == "\t" else rng.choice(["utf-8", "cp1252"])
        if enc == "utf-16":  # Excel's 'Unicode text' export
            return (f"underlag_{idx}.txt", b"\xff\xfe" + buf.getvalue().encode("utf-16-le"), "text", "plain")
        return text_att(f"underlag_{idx}.csv", buf.getvalue(), enc)
    sheets: list[tuple[str, list[Any], list[str]]] = []
    if rng.random() < 0.2:
        sheets.append(("Instruktioner" if lang != "fi" else "Ohjeet", [[INSTRUCTION[lang]], head,
                       [EXAMPLE[lang], "", "XX1", "…", 1, 100]], []))
    merged = rng.random() < 0.2
    top: list[list[Any]] = []
    if merged:
        group = {"sv": "Fakturarader", "fisv": "Fakturarader", "fi": "Laskurivit", "en": "Invoice lines"}[lang]
        top = [[CUSTOMER[lang][0], None, group, None, None, None] + (["Period", None] if per else [])]
    split = len(blocks) > 1 and rng.random() < 0.5
    spans = rng.random() < 0.25  # the customer cells merged down over the customer's rows, as people format it
    for n, part_blocks in enumerate([[b] for b in blocks] if split else [blocks], 1):
        rows = top + [head]
        merges = (["A1:B1", "C1:F1"] + (["G1:H1"] if per else [])) if merged else []
        for b in part_blocks:
            first = len(rows) + 1
            rows += [row if i == 0 or not spans else [None, None, *row[2:]] for i, row in enumerate(b)]
            if spans and len(b) > 1:
                merges += [f"A{first}:A{len(rows)}", f"B{first}:B{len(rows)}"]
        rows += [total] if total and not split else []
        sheets.append((f"Data {n}" if split else "Data", rows, merges))
    return xlsx(f"underlag_{idx}.xlsx", sheets)
