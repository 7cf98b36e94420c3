"""Printed documents drawn with ReportLab: the fixed A4 layout of templates/documents/ (invoice, credit note,
interest invoice, reminder) as positioned text, lines and the Code 128 bank barcode, for the print channel.

Why not WeasyPrint here: WeasyPrint lays out HTML and CSS for every document (0.2-0.5 s a page on the reference
machine), so a reminder run of 100,000 letters would take hours; these documents have one fixed layout, which
ReportLab draws in a few milliseconds (README, "Printing"). The web preview and `reskontra invoice pdf` keep the
HTML/WeasyPrint rendering; both read the same data, `core.billing.delivery.printing.context`, so the printed
letter shows the same fields (number, dates, OCR/reference, bankgiro/IBAN, amounts, virtual barcode, terms).

A document is laid out once into a `Drawing` (pages of drawing operations; the page count is known before the
first page is drawn, for "Sida 1 / 2"), which core.billing.delivery.print_canvas replays on any canvas: the
document's own PDF and the run's batch PDF (core.billing.delivery.print_batch) get the same pages.
"""
from __future__ import annotations

from typing import Any

from reportlab.lib.utils import simpleSplit

from . import barcode
from .print_canvas import (
    BLUE,
    BOLD,
    BOTTOM,
    GREY,
    INK,
    LEFT,
    MM,
    MONO,
    PAGE_W,
    REGULAR,
    RIGHT,
    RULE,
    TOP,
    WIDTH,
    Drawing,
    Pages,
    fonts,
    pdf,
    text_of,
    text_width,
)


def layout(ctx: dict[str, Any]) -> Drawing:
    """Lay out one document from `printing.context` (the same dict the HTML template gets)."""
    fonts()
    inv, lab = ctx["inv"], ctx["l"]
    seller = ctx["seller"]
    d = Drawing(title=f"{ctx['title']} {inv.get('number') or ''}".strip(), author=seller.get("name") or "",
                lang=ctx["lang"])
    p = Pages(d)
    _header(p, ctx)
    _parties(p, ctx)
    intro = _intro(ctx)
    if intro:
        _notice(p, intro)
    _lines(p, ctx)
    if ctx["doc"] == "reminder":  # the reminder shows the invoice's lines, its open amount and fee, no VAT table
        _reminder_totals(p, ctx)
    else:
        _totals(p, ctx)
        _vat(p, ctx)
    if ctx["payment"] and inv.get("status") not in ("draft", "held"):
        _payment(p, ctx)
    _terms(p, ctx)
    _footer(p, seller, lab)
    n = len(d.pages)
    for i, page in enumerate(d.pages, start=1):
        page.append(("t", REGULAR, 8, "#666666", PAGE_W / 2, BOTTOM / 2, f"{lab['page']} {i} / {n}", "c"))
    return d


def _meta_rows(ctx: dict[str, Any]) -> list[tuple[str, str, bool]]:
    inv, lab, date, doc = ctx["inv"], ctx["l"], ctx["date"], ctx["doc"]
    cust_no = ctx["customer"].get("customer_number") or ""
    if doc == "reminder":
        rows = [(lab["number"], inv["number"], True), (lab["date"], date(inv["invoice_date"]), False),
                (lab["due"], date(ctx["due"]), True), (lab["customer_no"], cust_no, False)]
        if inv.get("reference"):
            rows.append((lab["reference"], inv["reference"], False))
        return rows
    rows = [(lab["number"], inv.get("number") or "—", True), (lab["date"], date(inv["invoice_date"]), False)]
    if doc != "credit_note":
        rows.append((lab["due"], date(ctx["due"]), True))
    if inv.get("supply_date") and inv["supply_date"] != inv["invoice_date"]:
        rows.append((lab["supply"], date(inv["supply_date"]), False))
    rows.append((lab["customer_no"], cust_no, False))
    for key, label in (("buyer_reference", "buyer_ref"), ("order_reference", "order_ref"), ("reference", "reference")):
        if inv.get(key):
            rows.append((lab[label], inv[key], False))
    credited = ctx.get("credited")
    if doc == "credit_note" and credited is not None:
        rows.append((lab["credits"], f"{credited.number} ({date(credited.invoice_date)})", True))
    return rows


def _header(p: Pages, ctx: dict[str, Any]) -> None:
    seller, lang = ctx["seller"], ctx["lang"]
    y = TOP - 14
    p.text(LEFT, y, seller.get("name"), 15, BOLD, BLUE)
    y -= 13
    p.text(LEFT, y, seller.get("street") or "")
    y -= 11.5
    p.text(LEFT, y, f"{seller.get('postal_code') or ''} {seller.get('city') or ''}".strip())
    left_bottom = y - 4
    ry = TOP - 16
    p.text(RIGHT, ry, ctx["title"], 18, BOLD, INK, "r")
    ry -= 8
    if ctx["inv"].get("status") in ("draft", "held"):
        mark = {"sv": "UTKAST – ej utfärdad, betala inte", "fi": "LUONNOS – ei lähetetty, älä maksa"}.get(
            lang, "DRAFT – not issued, do not pay")
        ry -= 12
        p.text(RIGHT, ry, mark, 9.5, BOLD, "#b00020", "r")
        ry -= 4
    rows = _meta_rows(ctx)
    label_w = max(text_width(text_of(r[0]), REGULAR, 9.5) for r in rows)
    value_w = max(text_width(text_of(r[1]), BOLD if r[2] else REGULAR, 9.5) for r in rows)
    value_x = RIGHT - value_w
    label_x = value_x - 4 * MM - label_w
    for label, value, bold in rows:
        ry -= 14
        p.text(label_x, ry, label, 9.5, REGULAR, GREY)
        p.text(value_x, ry, value, 9.5, BOLD if bold else REGULAR)
    bottom = min(left_bottom, ry - 4) - 4 * MM
    p.op("l", LEFT, bottom, RIGHT, bottom, 1.5, BLUE)
    p.y = bottom


def _parties(p: Pages, ctx: dict[str, Any]) -> None:
    cust, seller, lab = ctx["customer"], ctx["seller"], ctx["l"]
    top = p.y - 8 * MM
    y = top - 11
    p.text(LEFT, y, cust.get("name"), 10.5, BOLD)
    lines = [cust.get("street") or "", f"{cust.get('postal_code') or ''} {cust.get('city') or ''}".strip()]
    if cust.get("country") and cust.get("country") != seller.get("country"):
        lines.append(cust["country"])
    for line in lines:
        y -= 13
        p.text(LEFT, y, line, 10.5)
    if cust.get("vat_no"):
        y -= 12
        p.text(LEFT, y, f"{lab['vat_no']} {cust['vat_no']}", 8)
    p.y = min(top - 28 * MM, y - 4) - 6 * MM


def _intro(ctx: dict[str, Any]) -> str:
    doc, lab = ctx["doc"], ctx["l"]
    if doc == "reminder":
        return ctx["reminder_text"]
    if doc == "interest":
        return lab["interest_text"]
    if doc == "credit_note":
        credited = ctx.get("credited")
        return lab["credit_note_text"] + (f" {lab['credits']} {credited.number}." if credited is not None else "")
    return ""


def _notice(p: Pages, text: str) -> None:
    lines = simpleSplit(text_of(text), REGULAR, 9.5, WIDTH - 6 * MM)
    height = len(lines) * 11.5 + 6 * MM - 2
    p.y -= 4 * MM
    p.need(height)
    p.op("f", LEFT, p.y - height, WIDTH, height, "#f3f5f9")
    y = p.y - 3 * MM - 8.5
    for line in lines:
        p.text(LEFT + 3 * MM, y, line)
        y -= 11.5
    p.y -= height + 4 * MM


# the lines table: (width, right-aligned) of description, quantity, unit, unit price, VAT rate, amount
_LINE_COLS = ((78 * MM, False), (18 * MM, True), (14 * MM, False), (24 * MM, True), (16 * MM, True), (26 * MM, True))
_VAT_COLS = ((86 * MM, False), (30 * MM, True), (30 * MM, True), (30 * MM, True))


def _row(p: Pages, cols: tuple[tuple[float, bool], ...], cells: list[str], y: float, size: float = 9.5,
         font: str = REGULAR) -> None:
    x = LEFT
    for (width, right), cell in zip(cols, cells):
        if right:
            p.text(x + width - 1 * MM, y, cell, size, font, INK, "r")
        else:
            p.text(x + 1 * MM, y, cell, size, font)
        x += width


def _table_head(p: Pages, cols: tuple[tuple[float, bool], ...], heads: list[str]) -> None:
    y = p.y - 1.2 * MM - 7
    _row(p, cols, heads, y, 8.5, BOLD)
    p.y = y - 1.2 * MM - 2
    p.op("l", LEFT, p.y, RIGHT, p.y, 0.75, "#333333")


def _lines(p: Pages, ctx: dict[str, Any]) -> None:
    lab, money, number, date = ctx["l"], ctx["money"], ctx["number"], ctx["date"]
    heads = [lab["description"], lab["qty"], lab["unit"], lab["price"], lab["vat"], lab["amount"]]
    p.y -= 4 * MM
    p.need(40)
    _table_head(p, _LINE_COLS, heads)
    p.on_new_page = lambda: _table_head(p, _LINE_COLS, heads)
    desc_w = _LINE_COLS[0][0] - 2 * MM
    for ln in ctx["inv"]["lines"]:
        desc = [(line, "") for line in simpleSplit(text_of(ln.get("description") or ""), REGULAR, 9.5, desc_w)] \
            or [("", "")]
        small: list[str] = []
        if ln.get("article"):  # "(1010)" in small type after the description, as in the HTML
            article = f"({ln['article']})"
            if text_width(desc[-1][0] + " ", REGULAR, 9.5) + text_width(article, REGULAR, 7.5) <= desc_w:
                desc[-1] = (desc[-1][0], article)
            else:
                small.append(article)
        if ln.get("period_start"):
            small.append(f"{date(ln['period_start'])} – {date(ln['period_end'])}")
        height = len(desc) * 11.5 + len(small) * 9.5 + 2.4 * MM
        p.need(height)
        y = p.y - 1.2 * MM - 8.5
        _row(p, _LINE_COLS, ["", number(ln.get("quantity")), ln.get("unit") or "", money(ln.get("unit_price")),
                             f"{number(ln.get('vat_rate'))} %", money(ln.get("net_amount"))], y)
        for text, article in desc:
            p.text(LEFT + 1 * MM, y, text)
            if article:
                p.text(LEFT + 1 * MM + text_width(text + " ", REGULAR, 9.5), y, article, 7.5)
            y -= 11.5
        for part in small:
            y += 2
            p.text(LEFT + 1 * MM, y, part, 7.5)
            y -= 9.5
        p.y -= height
        p.op("l", LEFT, p.y, RIGHT, p.y, 0.4, RULE)
    p.on_new_page = None


def _totals_rows(p: Pages, rows: list[tuple[str, str, bool]]) -> None:
    p.y -= 4 * MM
    p.need(len(rows) * 13 + 8)
    x = RIGHT - 80 * MM
    for label, value, grand in rows:
        size, font = (11.5, BOLD) if grand else (9.5, REGULAR)
        if grand:
            p.y -= 2
            p.op("l", x, p.y, RIGHT, p.y, 1.1, INK)
        p.y -= size + 3
        p.text(x + 1 * MM, p.y, label, size, font)
        p.text(RIGHT - 1 * MM, p.y, value, size, font, INK, "r")
        p.y -= 3


def _totals(p: Pages, ctx: dict[str, Any]) -> None:
    inv, lab, money = ctx["inv"], ctx["l"], ctx["money"]
    grand = lab["credit_total"] if ctx["doc"] == "credit_note" else lab["total"]
    _totals_rows(p, [(lab["net"], money(inv["net_total"]), False), (lab["vat_total"], money(inv["vat_total"]), False),
                     (grand, f"{money(ctx['grand_total'])} {inv['currency']}", True)])


def _reminder_totals(p: Pages, ctx: dict[str, Any]) -> None:
    inv, lab, money = ctx["inv"], ctx["l"], ctx["money"]
    rows = [(f"{lab['total']} ({lab['invoice']} {inv['number']})", money(inv["total"]), False),
            (lab["open"], money(inv["open_amount"]), False)]
    if ctx["fee"]:
        rows.append((lab["reminder_fee"], money(ctx["fee"]), False))
    rows.append((lab["total"], f"{money(ctx['amount_due'])} {inv['currency']}", True))
    _totals_rows(p, rows)


def _vat(p: Pages, ctx: dict[str, Any]) -> None:
    inv, lab, money, number = ctx["inv"], ctx["l"], ctx["money"], ctx["number"]
    heads = [lab["vat_breakdown"], lab["vat"], lab["basis"], f"{lab['vat']} ({inv['currency']})"]
    p.y -= 4 * MM
    p.need(40)
    _table_head(p, _VAT_COLS, heads)
    for g in ctx["vat_rows"]:
        reason = simpleSplit(text_of(g.get("exemption_reason") or ""), REGULAR, 8.5, _VAT_COLS[0][0] - 2 * MM)
        height = 11.5 + len(reason) * 10.5 + 2.4 * MM
        p.need(height)
        y = p.y - 1.2 * MM - 8.5
        _row(p, _VAT_COLS, [f"{g['name']} ({g['category']})", f"{number(g['rate'])} %", money(g["net"]),
                            money(g["vat"])], y)
        for line in reason:
            y -= 10.5
            p.text(LEFT + 1 * MM, y, line, 8.5, REGULAR, "#333333")
        p.y -= height
        p.op("l", LEFT, p.y, RIGHT, p.y, 0.4, RULE)


def _payment(p: Pages, ctx: dict[str, Any]) -> None:
    pay, lab, money, date, inv = ctx["payment"], ctx["l"], ctx["money"], ctx["date"], ctx["inv"]
    if pay["kind"] == "se":
        rows = [(lab["bankgiro"], pay["bankgiro"]), (lab["ocr"], pay["reference"])]
    else:
        rows = [(lab["iban"], pay["iban"])] + ([(lab["bic"], pay["bic"])] if pay.get("bic") else []) + \
               [(lab["reference"], pay["reference"])]
    rows += [(lab["due"], date(ctx["due"])), (lab["total"], f"{money(ctx['amount_due'])} {inv['currency']}")]
    vbc = pay.get("virtual_barcode")
    height = 6 * MM + 16 + len(rows) * 16 + (14 + 15 * MM if vbc else 0)
    p.y -= 8 * MM
    p.need(height)
    top = p.y
    p.op("b", LEFT, top - height, WIDTH, height, 0.75, BLUE)
    x = LEFT + 4 * MM
    y = top - 3 * MM - 9
    p.text(x, y, lab["payment"], 10, BOLD, BLUE)
    y -= 4
    value_x = x + max(text_width(text_of(label), REGULAR, 9.5) for label, _ in rows) + 6 * MM
    for label, value in rows:
        y -= 16
        p.text(x, y, label)
        p.text(value_x, y, value, 12, BOLD)
    if vbc:
        y -= 14
        caption = f"{lab['virtual_barcode']}: "
        p.text(x, y, caption)
        p.text(x + text_width(text_of(caption), REGULAR, 9.5), y, vbc, 8.5, MONO)
        bars, _ = barcode.code128c_bars(vbc)
        p.op("bars", x, y - 3 * MM - 13 * MM, 13 * MM, [(x + bx * MM, bw * MM) for bx, bw in bars])
    p.y = top - height


def _terms(p: Pages, ctx: dict[str, Any]) -> None:
    lines = [line for term in ctx["terms"] for line in simpleSplit(text_of(term), REGULAR, 8.5, WIDTH)]
    if not lines:
        return
    p.y -= 5 * MM
    p.need(len(lines) * 10.5)
    for line in lines:
        p.y -= 10.5
        p.text(LEFT, p.y, line, 8.5, REGULAR, "#333333")


def _footer(p: Pages, seller: dict[str, Any], lab: dict[str, str]) -> None:
    left = f"{seller.get('name') or ''} · {seller.get('street') or ''}, {seller.get('postal_code') or ''} " \
           f"{seller.get('city') or ''}"
    right = f"{lab['org_no']} {seller.get('org_no') or ''}"
    if seller.get("vat_no"):
        right += f" · {lab['vat_no']} {seller['vat_no']}"
    if seller.get("country") == "SE" and seller.get("f_tax_approved"):
        right += f" · {lab['ftax'] or 'Godkänd för F-skatt'}"
    two_lines = text_width(text_of(left), REGULAR, 7.5) + text_width(text_of(right), REGULAR, 7.5) + 6 * MM > WIDTH
    p.y -= 10 * MM
    p.need(2 * MM + (20 if two_lines else 10))
    p.op("l", LEFT, p.y, RIGHT, p.y, 0.75, "#999999")
    p.y -= 2 * MM + 7
    p.text(LEFT, p.y, left, 7.5, REGULAR, "#444444")
    if two_lines:
        p.y -= 9.5
    p.text(RIGHT, p.y, right, 7.5, REGULAR, "#444444", "r")



__all__ = ["Drawing", "layout", "pdf"]
