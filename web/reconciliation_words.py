"""A reconciliation difference (core.period.reconciliation) in the reader's words. The core writes each difference
as a kind, structured fields and an English explanation for the CLI and the JSON; the clerk's pages show the kind
as a word and the explanation rebuilt from the fields in sv/fi/en, amounts in the reader's locale. A kind this
module does not know keeps the core's own explanation, so nothing is ever hidden."""
from __future__ import annotations

from typing import Any

from flask import Flask
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from web.fmt import money

KINDS = {
    "entry_without_invoice": _l("Entry without an invoice"),
    "entry_for_invoice_not_in_subledger": _l("Entry for an invoice not in the subledger"),
    "invoice_without_voucher": _l("Invoice without a voucher"),
    "amount_mismatch": _l("Amounts differ"),
    "unbalanced_voucher": _l("Voucher does not balance"),
    "open_amount_unexplained": _l("Open amount without an explanation"),
}


def kind_label(kind: str | None) -> str:
    """The difference's kind as a word; an unknown kind with its underscores as spaces."""
    return str(KINDS.get(kind or "", (kind or "").replace("_", " ")))


def explanation(d: dict[str, Any]) -> str:
    """What the difference means, in the reader's language, from the difference's own fields."""
    kind, inv, voucher = d.get("kind"), d.get("invoice") or "", d.get("voucher") or ""
    if kind == "entry_without_invoice":
        return _("Voucher %(v)s books %(a)s on the receivables account without naming an invoice; the subledger "
                 "has no item for it.", v=voucher, a=money(_negated(d.get("amount"))))
    if kind == "entry_for_invoice_not_in_subledger":
        return _("The receivables account has %(a)s for invoice %(i)s, which the subledger does not hold on this "
                 "date.", a=money(_negated(d.get("amount"))), i=inv or d.get("invoice_id") or "")
    if kind == "invoice_without_voucher":
        return _("Invoice %(i)s (%(a)s) has no entry on the receivables account up to this date.",
                 i=inv, a=money(d.get("amount")))
    if kind == "amount_mismatch":
        return _("Invoice %(i)s: %(s)s open in the subledger, %(l)s on the receivables account.", i=", ".join(
            n for n in d.get("documents") or [inv] if n), s=money(d.get("subledger")), l=money(d.get("ledger")))
    if kind == "unbalanced_voucher":
        return _("Voucher %(v)s does not balance: debit minus credit is %(a)s.", v=voucher,
                 a=money(d.get("imbalance")))
    if kind == "open_amount_unexplained":
        return _("Invoice %(i)s shows %(s)s open, but its payments, fees, credits and write-offs give %(h)s.",
                 i=inv, s=money(d.get("stored_open_amount")), h=money(d.get("history_open_amount")))
    return str(d.get("explanation") or "")


def _negated(amount: Any) -> str:
    """The amount the entry books (the difference is its negation), as text; empty stays empty."""
    text = str(amount or "")
    return text[1:] if text.startswith("-") else (f"-{text}" if text and text.strip("0.") else text)


def register(app: Flask) -> None:
    """The template filters `difference_kind`, `difference_text` and the bank file's `bank_reason`, `bank_place`."""
    from web import bank_words

    app.jinja_env.filters.update(difference_kind=kind_label, difference_text=explanation,
                                 bank_reason=bank_words.reason, bank_place=bank_words.place)
