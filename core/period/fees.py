"""Which part of an invoice's open amount is unpaid reminder fees: the split a write-off needs, because only the
price carries VAT.

A reminder fee (påminnelseavgift, lag 1981:739; maksumuistutus, perintälaki 513/1999) is compensation for the
creditor's cost, not consideration for a supply, so it is outside the scope of VAT (the fee voucher books no VAT,
core.runs.reminders). Writing off a loss may take back output VAT only on VAT-bearing consideration — the invoice's
price — never on fees or interest (mervärdesskattelagen 2023:200 15 kap. 8-9 §§ on reducing the taxable amount
for a confirmed bad debt; interest invoices carry no VAT at all).

Payment order: a payment settles costs first, then interest, then the principal ("kostnader, ränta, kapital"),
the order Swedish practice and Finnish law (korkolaki 633/1982 as commonly applied; perintälaki 10 §) follow
when the payer names none. Unverified: ../shared/docs/domain-facts.md does not state an allocation order, so the
rule here is the common one, not a checked citation. Interest is invoiced on documents of its own (kind interest),
so on an invoice the order is: fees, then the price.

A credit note credits the price (it credits lines, core.billing.crediting); only when it takes more than the open
price does the rest come off the fees (the clamp of core.billing.issuing keeps it within the open amount).
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session

from core.billing.models import Invoice
from core.kernel.money import ZERO
from core.payments.models import Allocation
from core.period.open_amounts import _ts
from core.platform.models import RunRecord
from core.runs.models import Reminder

_inv, _alloc, _rem, _run = Invoice.__table__, Allocation.__table__, Reminder.__table__, RunRecord.__table__


def open_fees(session: Session, invoice: Invoice) -> Decimal:
    """The unpaid reminder fees in the invoice's open amount now (never more than the open amount)."""
    if invoice.id is None:
        return ZERO
    events: list[tuple[dt.datetime, int, str, Decimal]] = []
    for at, rid, fee in session.execute(
            sa.select(_run.c.claimed_at, _rem.c.id, _rem.c.fee).join(_run, _run.c.id == _rem.c.run_id)
            .where(_rem.c.invoice_id == invoice.id, _rem.c.fee > 0)):
        events.append((_ts(at), rid, "fee", fee))
    if not events:
        return ZERO
    for at, aid, amount in session.execute(
            sa.select(_alloc.c.created_at, _alloc.c.id, _alloc.c.amount).where(_alloc.c.invoice_id == invoice.id)):
        events.append((_ts(at), aid, "paid", amount))
    for at, created, cid, total in session.execute(
            sa.select(_inv.c.issued_at, _inv.c.created_at, _inv.c.id, _inv.c.total)
            .where(_inv.c.credited_invoice_id == invoice.id, _inv.c.kind == "credit_note",
                   _inv.c.status.in_(("issued", "paid", "credited")))):
        events.append((_ts(at or created), cid, "credit", total))
    events.sort(key=lambda e: (e[0], e[2], e[1]))
    fees = price = ZERO
    price = invoice.total
    for _at, _id, kind, amount in events:
        if kind == "fee":
            fees += amount
        elif kind == "paid":
            to_fees = min(max(amount, ZERO), fees)  # costs first
            fees -= to_fees
            price -= amount - to_fees
        else:  # a credit note takes the price first (clamped at what was open, core.billing.issuing)
            taken = min(-amount, max(price + fees, ZERO))
            from_price = min(taken, max(price, ZERO))
            price -= from_price
            fees -= taken - from_price
    return max(min(fees, invoice.open_amount), ZERO)
