"""The invoice as `invoice show --json`, the API and the web show it: the document (core.billing.document), then
what happened to it — payments allocated and their total (core.payments), reminders sent (core.runs).

Composed by explicit calls, so every key is present whatever else a process happened to import first (the
earlier registration hook left `paid_total` out when the payments module had not been imported yet).
"""
from __future__ import annotations

from typing import Any

from sqlmodel import Session

from core.billing import document
from core.billing.models import Invoice
from core.kernel.money import ZERO, money_str
from core.payments import allocation
from core.runs import reminders


def invoice_dict(session: Session, inv: Invoice, mask: bool = True) -> dict[str, Any]:
    """The invoice's JSON shape (README: `invoice create/show` keys); a private person's number is masked."""
    assert inv.id is not None  # shown invoices are stored ones
    data = document.invoice_dict(session, inv, mask=mask)
    allocated = allocation.invoice_allocations(session, inv)
    data["payments"] = [{"payment_id": p.id, "payment_date": a.payment_date, "amount": money_str(a.amount),
                         "method": a.method, "reference": p.reference, "payer": p.payer_name} for a, p in allocated]
    data["reminders"] = reminders.reminders_of(session, inv.id)
    data["paid_total"] = money_str(sum((a.amount for a, _ in allocated), ZERO))
    return data
