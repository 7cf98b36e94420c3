"""Disputed invoices (tvistiga kundfordringar): a clerk marks an invoice the customer contests, with a reason, and
clears the mark when the dispute is settled.

While disputed an invoice gets no reminders, no late-payment interest and is not handed to collection (those runs
already leave `Invoice.disputed` out: core.runs.reminders, interest_run, collection), and its open amount is
reclassified from the AR control account to disputed receivables (BAS 1516, "Tvistiga kundfordringar"; the agency's
`ar_disputed` account): one voucher on marking (1516 debit / 1510 credit of the open amount), the reverse of that
same amount on clearing. Payments during the dispute still credit 1510, so 1510 + 1516 always equal the subledger
(core.billing.subledger and core.period.reconciliation read both).
"""
from __future__ import annotations

import datetime as dt

from sqlmodel import Session

from core.billing.models import Invoice
from core.kernel.errors import DomainError, ValidationError
from core.kernel.money import ZERO, money_str
from core.ledger import accounts, texts
from core.ledger import posting as ledger
from core.platform import audit
from core.registers.models import Agency

DISPUTABLE = ("issued",)


def _accounts(agency: Agency) -> tuple[str, str]:
    return ledger.ar_account(agency), accounts.account(agency.accounts, "ar_disputed")


def mark(session: Session, agency: Agency, inv: Invoice, reason: str, actor: str, day: dt.date,
         source: str = "cli") -> dict:
    """Mark the invoice disputed with the customer's objection; reclassify its open amount to 1516."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("a dispute needs a reason (what the customer contests)", "reason")
    if inv.status not in DISPUTABLE or inv.kind == "credit_note":
        raise DomainError(f"invoice {inv.number or inv.id} is {inv.status}: only an issued, unpaid invoice can be "
                          "disputed")
    if inv.disputed:
        raise DomainError(f"invoice {inv.number} is already disputed ({inv.dispute_reason}); clear it first")
    amount = inv.open_amount or ZERO
    ar, disputed = _accounts(agency)
    if amount:
        ledger.post(session, agency.id or 0, day, texts.text(agency.language, "disputed", n=inv.number), "dispute",
                    inv.id, [ledger.Entry(disputed, amount, inv.id, inv.customer_id, reason[:200]),
                     ledger.Entry(ar, -amount, inv.id, inv.customer_id, reason[:200])])
    inv.disputed, inv.dispute_reason, inv.disputed_amount = True, reason[:500], amount
    session.add(inv)
    audit.record(session, actor, "invoice.disputed", "invoice", inv.id, agency.id, source, reason=reason,
                 reclassified=amount)
    session.flush()
    return state(inv)


def clear(session: Session, agency: Agency, inv: Invoice, reason: str, actor: str, day: dt.date,
          source: str = "cli") -> dict:
    """End the dispute: the amount reclassified on marking goes back to 1510; the runs see the invoice again."""
    if not inv.disputed:
        raise DomainError(f"invoice {inv.number} is not disputed")
    amount = inv.disputed_amount or ZERO
    ar, disputed = _accounts(agency)
    if amount:
        ledger.post(session, agency.id or 0, day, texts.text(agency.language, "dispute_ended", n=inv.number),
                    "dispute", inv.id, [ledger.Entry(ar, amount, inv.id, inv.customer_id, (reason or "")[:200]),
                     ledger.Entry(disputed, -amount, inv.id, inv.customer_id, (reason or "")[:200])])
    was = inv.dispute_reason
    inv.disputed, inv.dispute_reason, inv.disputed_amount = False, None, None
    session.add(inv)
    audit.record(session, actor, "invoice.dispute_cleared", "invoice", inv.id, agency.id, source,
                 reason=reason, was=was, reclassified_back=amount)
    session.flush()
    return state(inv)


def state(inv: Invoice) -> dict:
    return {"invoice": inv.number, "disputed": inv.disputed, "dispute_reason": inv.dispute_reason,
            "open_amount": money_str(inv.open_amount), "reclassified": money_str(inv.disputed_amount or ZERO)}
