"""The invoice as a document: what the invoice itself says (parties, lines, VAT, totals, status).

The printed PDF is made from this. What happened to the invoice afterwards (payments, reminders) is added by
`core.views.invoice`, which the CLI (`invoice create/show --json`), the API and the web show."""
from __future__ import annotations

from typing import Any

from sqlmodel import Session

from core.billing import lookups
from core.billing.models import Invoice
from core.kernel.identifiers import mask_personnummer
from core.kernel.jsonenc import number_str
from core.kernel.money import money_str, price_str


def invoice_dict(session: Session, inv: Invoice, mask: bool = True) -> dict[str, Any]:
    agency = lookups.agency_of(session, inv)
    cust = dict(inv.customer_snapshot)
    if mask and cust.get("kind") == "private":
        cust["org_no"] = mask_personnummer(cust.get("org_no"))
    data: dict[str, Any] = {
        "id": inv.id, "agency": agency.code, "kind": inv.kind, "status": inv.status, "number": inv.number,
        "reference": inv.reference, "invoice_date": inv.invoice_date, "supply_date": inv.supply_date,
        "due_date": inv.due_date, "currency": inv.currency,
        "customer": cust,
        "buyer_reference": inv.buyer_reference, "order_reference": inv.order_reference,
        "lines": [{"line_no": ln.line_no, "article": ln.article_code, "description": ln.description,
                   "quantity": number_str(ln.quantity), "unit": ln.unit,
                   "unit_price": price_str(ln.unit_price),
                   "vat_code": ln.vat_code, "vat_rate": number_str(ln.vat_rate),
                   "net_amount": money_str(ln.net_amount),
                   "period_start": ln.period_start, "period_end": ln.period_end}
                  for ln in lookups.lines_of(session, inv)],
        "net_total": money_str(inv.net_total), "vat_total": money_str(inv.vat_total),
        "total": money_str(inv.total), "open_amount": money_str(inv.open_amount),
        "vat_breakdown": [{"category": g.category, "rate": number_str(g.rate), "net": money_str(g.net),
                           "vat": money_str(g.vat), "exemption_reason": g.exemption_reason}
                          for g in lookups.vat_breakdown(session, inv)],
        "warnings": inv.warnings, "hold_reason": inv.hold_reason,
        "credited_invoice_id": inv.credited_invoice_id, "delivery_channel": inv.delivery_channel,
        "disputed": inv.disputed, "dispute_reason": inv.dispute_reason, "collection_status": inv.collection_status,
        "paid_date": inv.paid_date,
    }
    return data

