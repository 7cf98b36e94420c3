"""Clerk checks before a complete request is invoiced: the evidence rule's findings and the agency's policy.

A complete request (no open question) is invoiced straight through only when nothing here objects:
- the findings the parser's straight-through rule recorded for a mailed request (intake.gate; `req.review`),
  less those the thread has since settled (a question on that path answered by the agency or a clerk);
- for mailed requests, the register now: the customer must resolve to one register customer (a new customer is
  created only after a clerk's check); an article code not in the register holds the request at invoicing;
- the agency's `intake_policy`: "straight_through" (only the above), "confirm_all" (a clerk confirms every
  request, whatever its source) or "confirm_above" (a clerk confirms requests whose net amount — quantity ×
  unit price, the register's price where none is stated — exceeds `confirm_above_amount`, agency currency).
A request with reasons waits as `needs_review` (hold_reason says why) until a clerk confirms it (then it goes to
its invoice by the usual path), corrects values and confirms, or rejects it. A confirmation covers the reasons
it was given for; a later change that brings new reasons (e.g. another answer) needs a new one.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from sqlmodel import Session, select

from core.kernel.clock import utcnow
from core.kernel.errors import ValidationError
from core.kernel.money import to_decimal
from core.platform import audit
from core.registers.models import Agency
from core.requests.models import InvoiceRequest, Question
from core.requests.resolution import article_for, resolve_customer

POLICIES = ("straight_through", "confirm_all", "confirm_above")


def finding(code: str, path: str, reason: str) -> dict[str, str]:
    return {"code": code, "path": path, "reason": reason}


def reasons(session: Session, agency: Agency, req: InvoiceRequest) -> list[dict[str, str]]:
    """Why the request must be checked by a clerk before it is invoiced ([] = straight through)."""
    out = _open_findings(session, agency, req) if req.source == "email" else []
    out += policy_reasons(agency, req.data, session)
    return out


def _open_findings(session: Session, agency: Agency, req: InvoiceRequest) -> list[dict[str, str]]:
    """The parser's findings the thread has not settled, and the register's objections today."""
    review = [f for f in req.review or [] if isinstance(f, dict)]
    answered = {q.path for q in session.exec(select(Question).where(Question.request_id == req.id,
                                                                    Question.status == "answered"))} \
        if review and req.id is not None else set()  # nothing to settle: no query
    kept = [dict(f) for f in review if f.get("path") not in answered and not _settled_line(f, answered)
            and f.get("code") not in ("new_customer", "unknown_article")]
    data = req.data or {}
    if resolve_customer(session, agency, data.get("customer") or {}) is None:
        kept.append(finding("new_customer", "customer.org_no", "the customer is not in the register: a new "
                                                               "customer is created only after a clerk's check"))
    return kept  # an article not in the register holds the request when it is invoiced (core.requests.invoicing)


def _settled_line(f: dict, answered: set[str]) -> bool:
    """A table cell no rule read on a line ("lines[0].unread") is settled once the agency answered a question
    about that line: the answer says what the line is (and teaches the column, intake.layouts)."""
    path = str(f.get("path") or "")
    if f.get("code") != "unread" or not path.startswith("lines[") or not path.endswith(".unread"):
        return False
    line = path[:-len("unread")]
    return any(p.startswith(line) for p in answered)


def policy_reasons(agency: Agency, data: dict[str, Any], session: Session) -> list[dict[str, str]]:
    """The agency's intake policy for this request."""
    policy = agency.intake_policy or "straight_through"
    if policy == "confirm_all":
        return [finding("agency_confirms_all", "agency", f"{agency.code} has a clerk confirm every request")]
    if policy == "confirm_above" and agency.confirm_above_amount is not None:
        net = net_amount(session, agency, data)
        if net is None or net > agency.confirm_above_amount:
            shown = "unknown" if net is None else f"{net}"
            return [finding("above_amount", "lines", f"net amount {shown} {agency.currency} is above "
                                                     f"{agency.confirm_above_amount} {agency.currency}")]
    return []


def net_amount(session: Session, agency: Agency, data: dict[str, Any]) -> Decimal | None:
    """Σ quantity × unit price (the register's price where the line states none); None when a line lacks one."""
    total = Decimal(0)
    for ln in data.get("lines") or []:
        price = ln.get("unit_price")
        if price in (None, ""):
            art = article_for(session, agency, ln.get("article"))
            price = art.unit_price if art else None
        try:
            total += to_decimal(ln.get("quantity")) * to_decimal(price)
        except (ArithmeticError, InvalidOperation, TypeError, ValueError, ValidationError):
            return None
    return total


def hold_text(found: list[dict[str, str]]) -> str:
    """The reasons in one line for `hold_reason` (the list itself is shown by request views)."""
    return ("a clerk checks: " + "; ".join(f"{f.get('reason')}" for f in found))[:1000]


def needs_check(session: Session, agency: Agency, req: InvoiceRequest) -> list[dict[str, str]]:
    """The reasons that still stop the request: those no clerk's confirmation covers."""
    covered = {(f.get("code"), f.get("path")) for f in req.review or [] if isinstance(f, dict) and f.get("confirmed")}
    return [f for f in reasons(session, agency, req) if (f["code"], f["path"]) not in covered]


def confirm(session: Session, agency: Agency, req: InvoiceRequest, actor: str) -> list[dict[str, str]]:
    """A clerk confirms the request as it stands now: the current reasons are marked confirmed (kept in
    `review`, so the request shows what was checked); core.requests.lifecycle takes it on to its invoice."""
    found = needs_check(session, agency, req)
    stamp = utcnow()
    req.review = [f for f in req.review or [] if isinstance(f, dict)
                  and (f.get("code"), f.get("path")) not in {(x["code"], x["path"]) for x in found}] + \
        [{**f, "confirmed": actor, "confirmed_at": stamp.isoformat()} for f in found]
    req.confirmed_by, req.confirmed_at = actor, stamp
    session.add(req)
    audit.record(session, actor, "request.confirmed", "invoice_request", req.id, req.agency_id, "web",
                 token=req.token, reasons=[f"{f['code']}:{f['path']}" for f in found])
    return found


def set_policy(session: Session, agency: Agency, policy: str, amount: Any, actor: str) -> Agency:
    """Set an agency's intake policy (confirm_above needs the amount)."""
    if policy not in POLICIES:
        raise ValidationError(f"intake policy must be one of {', '.join(POLICIES)}", "intake_policy")
    value = None
    if amount not in (None, ""):
        value = to_decimal(amount)
        if value < 0:
            raise ValidationError("the amount must not be negative", "confirm_above_amount")
    if policy == "confirm_above" and value is None:
        raise ValidationError("confirm_above needs --confirm-above AMOUNT", "confirm_above_amount")
    agency.intake_policy, agency.confirm_above_amount = policy, value
    session.add(agency)
    audit.record(session, actor, "agency.intake_policy", "agency", agency.id, agency.id, "cli", policy=policy,
                 amount=value)
    session.flush()
    return agency
