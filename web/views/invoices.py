"""Invoices: search, detail (lines, VAT, vouchers, delivery, payments, reminders, accrual schedule), preview
(core.billing.delivery.printing), issue, credit."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user
from sqlmodel import col, select

from core.billing import crediting, issuing, lookups
from core.billing.delivery import printing
from core.billing.models import Invoice
from core.kernel.errors import DomainError
from core.kernel.money import to_decimal
from core.ledger.models import Voucher, VoucherEntry
from core.period import accruals, tabular
from core.views import invoice as invoice_view
from core.views import invoice_list, invoice_sort, invoice_text
from web import data, typed_dates
from web.access import staff_required
from web.actions import attempt
from web.fmt import number as fmt_number
from web.fmt import status_label

bp = Blueprint("invoices", __name__, url_prefix="/invoices")
STATUSES = ("draft", "held", "issued", "paid", "credited", "cancelled", "written_off")


def _date_arg(name: str) -> dt.date | None:
    return typed_dates.day_or(request.args.get(name), None)


def _unread_dates() -> dict[str, str]:
    """The date filters typed but not read as a day, each with what to tell the clerk: the list is then not
    narrowed by that date, and a clerk who reads only the count would think it was."""
    unread = {}
    for name in ("from", "to"):
        text = (request.args.get(name) or "").strip()
        if text and typed_dates.day_or(text, None) is None:  # the label looked up only then (two catalog look-ups
            label = _("From") if name == "from" else _("To")  # on every list page otherwise)
            unread[name] = _("%(field)s: “%(t)s” is not a date; write it like %(example)s. The list is not narrowed "
                             "by it.", field=label, t=text, example=typed_dates.day_example())
    return unread


def _filters() -> invoice_list.Filters:
    status = request.args.get("status") or ""
    return invoice_list.Filters(
        text=(request.args.get("q") or "").strip()[:100], status=status if status in STATUSES else "",
        overdue=request.args.get("overdue") == "1", agency_id=request.args.get("agency", type=int),
        customer_id=request.args.get("customer", type=int), date_from=_date_arg("from"), date_to=_date_arg("to"),
        issued_on=_date_arg("issued"))


@bp.get("/")
def index() -> ResponseReturnValue:
    f = _filters()
    order = invoice_sort.order_of(request.args.get("sort"), invoice_list.default_order(f).key)
    fmt = request.args.get("format")
    if fmt in ("csv", "xlsx"):
        return _export(f, fmt, order)
    before = request.args.get("before")
    result = invoice_list.page(data.db(), data.agency_ids(), f, before or request.args.get("after"), order=order,
                               backwards=bool(before))
    args = {k: v for k, v in request.args.items() if k not in ("after", "before", "format")}
    agencies = data.agency_rows()
    # a list narrowed to one customer (from the customer's account page) says so, with the way back to all
    customer = data.customer(f.customer_id) if f.customer_id else None
    return render_template("web/invoices.html", page=result, invoices=result.rows, statuses=STATUSES,
                           agencies=agencies, codes={a.id: a.code for a in agencies}, args=args,
                           order=order, sorts=_sort_links(args, order),
                           customer=customer, args_all_customers={k: v for k, v in args.items() if k != "customer"},
                           args_any_day={k: v for k, v in args.items() if k != "issued"},
                           unread_dates=_unread_dates(), customer_limit=invoice_text.CUSTOMER_LIMIT,
                           f={"q": f.text, "status": f.status, "agency": f.agency_id, "overdue": f.overdue,
                              "customer": f.customer_id, "from": request.args.get("from", ""),
                              "to": request.args.get("to", ""), "issued": f.issued_on})


def _sort_links(args: dict[str, str], order: invoice_sort.Order) -> dict[str, dict[str, str]]:
    """Each sortable column's link (the first page in that order; the sorted column's link turns the direction)
    and the arrow it shows."""
    base = {k: v for k, v in args.items() if k != "sort"}
    links: dict[str, dict[str, str]] = {}
    for key in invoice_sort.KEYS:
        desc = not order.desc if key == order.key else key in ("date", "due", "open")
        arrow = ("↓" if order.desc else "↑") if key == order.key else ""
        values: dict[str, Any] = {**base, "sort": ("-" if desc else "") + key}
        links[key] = {"url": url_for("invoices.index", **values), "arrow": arrow,
                      "aria": ("descending" if order.desc else "ascending") if key == order.key else "none"}
    return links


def _export(f: invoice_list.Filters, fmt: str, order: invoice_sort.Order) -> Response:
    """Everything the filters match as CSV or XLSX, in the order the list shows (formulas neutralised by
    core.period.tabular). The CSV keeps the stable keys of `reskontra invoice list` for programs; the XLSX is read
    by people: its header, statuses and kinds are in the reader's words."""
    limit = invoice_list.EXPORT_LIMIT
    rows, matched = invoice_list.export_rows(data.db(), data.agency_ids(), f, limit=limit + 1, order=order)
    columns, title = invoice_list.EXPORT_COLUMNS, "Invoices"
    if fmt == "xlsx":
        columns, title, rows = _in_words(columns, rows)
    notes = []  # a file cut short says so in its last lines, never silently
    if len(rows) > limit:
        notes.append(_("Only the first %(n)s invoices are in this file: narrow the filters (e.g. by date) to export "
                       "the rest.", n=fmt_number(limit)))
    if matched == invoice_text.NAME_CUT:  # the search stood for the first customers only, as the page said
        notes.append(_("More than %(n)s customers' names hold “%(q)s”: this file has the invoices of the first "
                       "%(n)s of them only, not all. Search for more of the name, or a customer number, org. number "
                       "or invoice number, to export the rest.", n=fmt_number(invoice_text.CUSTOMER_LIMIT),
                       q=f.text))
    rows = rows[:limit] + [[note] + [None] * (len(columns) - 1) for note in notes]
    with tempfile.TemporaryDirectory() as tmp:
        path = tabular.write(Path(tmp) / f"invoices.{fmt}", fmt, columns, rows, title=title)
        body = path.read_bytes()
    mime = "text/csv" if fmt == "csv" else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(body, mimetype=mime, headers={"Content-Disposition": f"attachment; filename=invoices.{fmt}"})


def _in_words(columns: list[str], rows: list[list]) -> tuple[list[str], str, list[list]]:
    """The export's header, statuses and kinds as the reader says them."""
    words = {"number": _("Number"), "kind": _("Kind"), "agency": _("Agency"), "customer": _("Customer"),
             "invoice_date": _("Invoice date"), "due_date": _("Due date"), "status": _("Status"),
             "currency": _("Currency"), "total": _("Total"), "open_amount": _("Open amount"),
             "reference": _("Reference"), "buyer_reference": _("Buyer reference"),
             "order_reference": _("Order reference")}
    kinds = {"invoice": _("Invoice"), "credit_note": _("Credit note"), "interest": _("Interest invoice")}
    at = {name: i for i, name in enumerate(columns)}
    for row in rows:
        row[at["status"]] = status_label(row[at["status"]])
        row[at["kind"]] = kinds.get(row[at["kind"]], row[at["kind"]])
    return [words.get(c, c) for c in columns], _("Invoices"), rows


@bp.get("/<int:invoice_id>")
def detail(invoice_id: int) -> str:
    inv = data.invoice(invoice_id)
    view = invoice_view.invoice_dict(data.db(), inv, mask=True)
    vouchers = []
    for v in data.db().exec(select(Voucher).where(Voucher.agency_id == inv.agency_id,
                                                  col(Voucher.id).in_(select(VoucherEntry.voucher_id).where(
                                                      VoucherEntry.invoice_id == inv.id))).order_by(col(Voucher.id))):
        vouchers.append((v, *_entries_of(v.id, inv.id)))
    credits = data.db().exec(data.invoices().where(Invoice.credited_invoice_id == inv.id)).all()
    original = data.invoice(inv.credited_invoice_id) if inv.credited_invoice_id else None
    creditable = crediting.creditable_quantities(data.db(), inv, lookups.lines_of(data.db(), inv)) \
        if inv.kind != "credit_note" and inv.status in ("issued", "paid", "credited") else {}
    return render_template("web/invoice.html", inv=inv, v=view, vouchers=vouchers, reminders=view["reminders"],
                           creditable=creditable,
                           accruals=accruals.schedule(data.db(), inv), credits=credits, original=original,
                           agency=data.agency(inv.agency_id))


def _entries_of(voucher_id: int | None, invoice_id: int | None) -> tuple[list[VoucherEntry], int]:
    """The voucher's lines that concern this invoice (its own lines and the lines naming no invoice or payment,
    e.g. the bank line of a deposit or the fee income of a reminder run) and how many other lines it has: a bank
    deposit's or a run's voucher has a line per invoice, thousands of them, which the invoice page does not list."""
    mine = (col(VoucherEntry.invoice_id) == invoice_id) | (
        col(VoucherEntry.invoice_id).is_(None) & col(VoucherEntry.payment_id).is_(None))
    shown = list(data.db().exec(select(VoucherEntry).where(VoucherEntry.voucher_id == voucher_id, mine)
                                .order_by(col(VoucherEntry.id))).all())
    total = data.db().exec(select(sa.func.count()).select_from(VoucherEntry)
                           .where(VoucherEntry.voucher_id == voucher_id)).one()
    return shown, int(total) - len(shown)


@bp.get("/<int:invoice_id>/preview.<any(html, pdf):fmt>")
def preview(invoice_id: int, fmt: str) -> Response:
    inv = data.invoice(invoice_id)
    if fmt == "pdf":
        return Response(printing.render_pdf(data.db(), inv), mimetype="application/pdf",
                        headers={"Content-Disposition": f'inline; filename="invoice-{inv.number or inv.id}.pdf"'})
    return Response(printing.render_html(data.db(), inv), mimetype="text/html",
                    headers={"Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:"})


@bp.post("/<int:invoice_id>/issue")
@staff_required
def issue(invoice_id: int) -> ResponseReturnValue:
    inv = data.invoice(invoice_id)
    reason = (request.form.get("force_reason") or "").strip()
    done, _result = attempt(lambda: issuing.issue(data.db(), inv, actor=current_user.username, force=bool(reason),
                                                  force_reason=reason or None))
    if done:
        flash(_("Invoice %(n)s: %(s)s.", n=inv.number or inv.id, s=status_label(inv.status)), "ok")
    return redirect(url_for("invoices.detail", invoice_id=invoice_id))


@bp.post("/<int:invoice_id>/credit")
@staff_required
def credit(invoice_id: int) -> ResponseReturnValue:
    inv = data.invoice(invoice_id)
    reason = (request.form.get("reason") or "").strip()
    partial = request.form.get("mode") == "partial"

    def credit_note() -> Invoice:
        lines = None
        if partial:
            lines = {}
            for ln in lookups.lines_of(data.db(), inv):
                raw = (request.form.get(f"qty-{ln.line_no}") or "").strip().replace(",", ".")
                if raw:
                    lines[ln.line_no] = to_decimal(raw, f"lines[{ln.line_no - 1}].quantity")
            if not lines:
                raise DomainError(_("give the quantity to credit on at least one line"), "lines")
        # crediting.credit issues the note itself (one voucher, one number); issuing it again would fail
        return crediting.credit(data.db(), inv, reason, lines, actor=current_user.username, source="web")

    done, note = attempt(credit_note, errors=(DomainError, ValueError))
    if done:
        flash(_("Credit note %(n)s issued.", n=note.number), "ok")
        return redirect(url_for("invoices.detail", invoice_id=note.id))
    return redirect(url_for("invoices.detail", invoice_id=invoice_id))
