"""The reports' XLSX, downloaded from the reports page, in the reader's words. The CSV keeps the stable keys of
`reskontra report … --format csv` for programs (as the invoice list's export does); the XLSX is read by people in
Excel, and a Finnish clerk's ageing sheet read `agency | bucket | items`, `not_due`, `ar_subledger`. Headers and
the coded cells (age bucket, document kind, reconciliation line, collection status) become words; amounts and
dates stay number and date cells. Rows are mapped as they stream (a million open items never sit in memory)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from flask_babel import gettext as _

from web import reconciliation_words
from web.labels import BUCKETS, COLLECTION, word


def headers() -> dict[str, str]:
    """Every report column (core.period.reports.table) as a heading."""
    return {"agency": _("Agency"), "date": _("Date"), "bucket": _("Age"), "items": _("Items"),
            "amount": _("Amount"), "customer_number": _("Customer number"), "customer": _("Customer"),
            "invoice": _("Invoice"), "kind": _("Kind"), "invoice_date": _("Invoice date"), "due_date": _("Due date"),
            "days_overdue": _("Days overdue"), "total": _("Total"), "paid": _("Paid"), "credited": _("Credited"),
            "written_off": _("Written off"), "open_amount": _("Open amount"),
            "collection_status": _("Collection status"), "fees": _("Reminder fees"), "voucher": _("Voucher"),
            "explanation": _("Explanation"), "open": _("Open"), "percent": _("Percent"),
            "doubtful": _("Doubtful"), "month": _("Month"), "requests": _("Requests"), "invoiced": _("Invoiced"),
            "touchless": _("Touchless"), "automation_rate": _("Automation rate %"),
            "invoices": _("Invoices"), "peppol": _("Peppol"), "einvoice_share": _("E-invoice share %")}


def _kinds() -> dict[str, str]:
    """A document's kind (open items) and a reconciliation line's kind."""
    return {"invoice": _("Invoice"), "credit_note": _("Credit note"), "interest": _("Interest invoice"),
            "reminder_fee": _("Reminder fee"), "ar_subledger": _("AR subledger (open items)"),
            "ar_ledger": _("AR ledger account"), "difference": _("Difference"), "bank_file": _("Bank file")}


def _buckets() -> dict[str, Any]:
    return {**BUCKETS, "in_collection": _("In collection"), "provision": _("Provision"), "total": _("Total")}


def in_words(columns: list[str], rows: Iterable[list[Any]]) -> tuple[list[str], Iterator[list[Any]]]:
    """The header in words and the rows with their coded cells in words (other cells untouched)."""
    coders = {"bucket": _buckets(), "kind": _kinds(), "collection_status": COLLECTION}
    at = [(i, coders[c]) for i, c in enumerate(columns) if c in coders]
    kinds = _kinds()

    def mapped() -> Iterator[list[Any]]:
        for row in rows:
            row = list(row)
            for i, table in at:
                if row[i] in table:
                    row[i] = word(table, row[i])
                elif row[i] and table is kinds:  # a reconciliation difference's kind
                    row[i] = reconciliation_words.kind_label(row[i])
            yield row

    names = headers()
    return [names.get(c, c) for c in columns], mapped()
