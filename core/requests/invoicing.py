"""From a complete invoicing request to its invoice (core.billing.drafting, then core.billing.issuing).

The customer is the register's (core.requests.resolution) or, for a new one, created at issue time from the
request's data (core.registers.register.upsert_customer validates the identifiers). The invoice is a draft queued
for the agency's next invoicing slot when its agreed schedule says so (core.requests.schedule.should_wait), else
issued at once when the agency auto-issues and no check objects, else held for a clerk. Anything that cannot be
invoiced holds the request with the reason; nothing of the attempt is kept.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlmodel import Session

from core.billing import drafting, issuing
from core.billing.models import Invoice
from core.kernel import parties, vat
from core.kernel.errors import DomainError, ValidationError
from core.platform import audit
from core.registers import register as registers
from core.registers.models import Agency, Customer
from core.requests import schedule
from core.requests.models import InvoiceRequest
from core.requests.notices import enqueue_notice
from core.requests.resolution import article_for, resolve_customer

REQUEST_STATUS = {"issued": "invoiced", "draft": "queued"}  # the invoice's status -> the request's (else held)
AUDIT_ACTION = {"invoiced": "request.invoiced", "queued": "request.queued"}


def make_invoice(session: Session, req: InvoiceRequest, actor: str = "intake",
                 now: dt.datetime | None = None) -> Invoice | None:
    """The request's invoice (issued, queued or held), or None with the request held and the reason kept.
    `now`: when the request arrived (queueing time for a scheduled agency)."""
    agency = registers.get_agency(session, req.agency_id)
    nested = session.begin_nested()
    try:
        cust, inv = _draft(session, agency, req, actor)
        if schedule.should_wait(agency, bool(req.data.get("urgent"))):
            schedule.queue_invoice(session, inv, req.id, actor, now)
        elif agency.auto_issue:
            issuing.issue(session, inv, actor)
        else:
            inv.status = "held"
            inv.hold_reason = "the agency reviews every invoice before it is issued"
            session.add(inv)
        nested.commit()
    except (DomainError, InvalidOperation, ValueError) as exc:
        nested.rollback()
        req.status = "held"
        req.hold_reason = str(exc)
        audit.record(session, actor, "request.held", "invoice_request", req.id, agency.id, req.source,
                     token=req.token, reason=str(exc))
        return None
    req.invoice_id, req.customer_id = inv.id, cust.id
    req.status = REQUEST_STATUS.get(inv.status, "held")
    req.hold_reason = inv.hold_reason if inv.status == "held" else None
    audit.record(session, actor, AUDIT_ACTION.get(req.status, "request.held"), "invoice_request", req.id, agency.id,
                 req.source, token=req.token, invoice_id=inv.id, status=inv.status)
    if inv.status == "issued":
        enqueue_notice(session, req, "confirmation", invoice_id=inv.id)
    return inv


def _draft(session: Session, agency: Agency, req: InvoiceRequest, actor: str) -> tuple[Customer, Invoice]:
    """The customer (created when new) and the draft invoice of the request."""
    data = req.data
    cust = resolve_customer(session, agency, data.get("customer") or {})
    if cust is None:
        cust = registers.upsert_customer(session, _customer_payload(data.get("customer") or {}), actor,
                                         source=req.source)
    ends = [d for d in (_date(ln.get("period_end")) for ln in data.get("lines") or []) if d]
    supply = min(max(ends), dt.date.today()) if ends else None
    lines = _line_inputs(session, agency, data, supply or dt.date.today())
    inv = drafting.create_draft(session, agency, cust, lines, drafting.DraftOptions(
        supply_date=supply, buyer_reference=data.get("buyer_reference"),
        order_reference=data.get("order_reference"), source=req.source, actor=actor, request_id=req.id,
        currency=data.get("currency") or None))
    return cust, inv


def _customer_payload(cust: dict[str, Any]) -> dict[str, Any]:
    """A new register customer from what the request says of it."""
    org, country, private = parties.identify_org_no(cust.get("org_no"), cust.get("country")) or (None, None, False)
    if org is None:
        raise ValidationError("the customer has no valid organisation or personal identity number",
                              "customer.org_no")
    addr = cust.get("address")
    if isinstance(addr, str):
        addr = {"street": addr}
    payload = {"name": cust.get("name") or org, "org_no": org, "country": country, "private": private,
               "vat_no": cust.get("vat_no") or None, "email": cust.get("email") or None,
               "address": {k: v for k, v in (addr or {}).items() if k in ("street", "postal_code", "city")}}
    einv = cust.get("peppol_id") or cust.get("einvoice_address")
    if einv:
        payload["peppol_id"] = einv if ":" in str(einv) else (("0216:" if country == "FI" else "0007:") + str(einv))
    return payload


def _line_inputs(session: Session, agency: Agency, data: dict[str, Any], supply: dt.date) -> list[drafting.LineInput]:
    out = []
    for i, ln in enumerate(data.get("lines") or []):
        art = article_for(session, agency, ln.get("article"))
        rate = ln.get("vat_rate")
        code = None
        if art is None and rate not in (None, ""):
            code = vat.code_for_rate(agency.country, Decimal(str(rate)), supply)
            rate = None
        if ln.get("article") and art is None:
            raise ValidationError(f"article {ln.get('article')!r} is not in {agency.code}'s register "
                                  "(add it, or change the line)", f"lines[{i}].article")
        out.append(drafting.LineInput(
            article_code=art.code if art else None, quantity=ln.get("quantity"), unit_price=ln.get("unit_price"),
            description=ln.get("description"), vat_code=code, vat_rate=rate,
            period_start=_date(ln.get("period_start")), period_end=_date(ln.get("period_end"))))
    return out


def _date(v: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(v) if v else None
    except (TypeError, ValueError):
        return None
