"""Replies to question mails: find the invoicing request or master-data change (token from the parser, else our Message-
IDs or the original message in In-Reply-To/References), accept it only from an allowed, authenticated sender of its
own agency, and merge the answers (core.requests.clarifications / core.requests.masterdata ask again what is still
missing; a request completed by an answer waits for the agency's invoicing slot like any other)."""
from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from core.kernel.errors import DomainError, ValidationError
from core.kernel.types import stored_id
from core.payments import questions as payment_questions
from core.payments.models import PaymentQuestion
from core.platform import audit, correspondence
from core.platform.models import InboundMessage
from core.registers.models import Agency
from core.requests import clarifications, masterdata
from core.requests import lifecycle as requests
from core.requests.models import ChangeRequest, InvoiceRequest
from intake.sender_auth import headers_of


class Quarantine(Exception):
    """The message cannot be applied; quarantine it with this reason."""


def thread_ids(raw: bytes) -> list[str]:
    try:
        msg = headers_of(raw)
        text = " ".join(str(msg.get(h) or "") for h in ("In-Reply-To", "References"))
    except Exception:
        return []
    return re.findall(r"<[^<>\s]+>", text)


def _tokens(parsed: dict, ids: list[str]) -> list[str]:
    in_ids = [m.group(0) for mid in ids if (m := correspondence.TOKEN_RE.search(mid))]
    found = [parsed.get("in_reply_to_token"), *in_ids]
    return [t for t in dict.fromkeys(found) if t]


def find_request(session: Session, parsed: dict, raw: bytes) -> InvoiceRequest | None:
    ids = thread_ids(raw)
    for token in _tokens(parsed, ids):
        if req := requests.find_by_token(session, token):
            return req
    if ids:
        return session.exec(select(InvoiceRequest).where(col(InvoiceRequest.thread_message_id).in_(ids))
                            .order_by(col(InvoiceRequest.id))).first()
    return None


def _by_token(session: Session, parsed: dict, raw: bytes, find: Callable[[Session, str], Any]) -> Any:
    """The first thing `find` knows by one of the reply's tokens (subject, then its thread's Message-IDs)."""
    for token in _tokens(parsed, thread_ids(raw)):
        if found := find(session, token):
            return found
    return None


def find_change(session: Session, parsed: dict, raw: bytes) -> ChangeRequest | None:
    return _by_token(session, parsed, raw, masterdata.find_change_by_token)


def find_payment_question(session: Session, parsed: dict, raw: bytes) -> PaymentQuestion | None:
    return _by_token(session, parsed, raw, payment_questions.find_by_token)


def handle_reply(session: Session, m: InboundMessage, parsed: dict, agency: Agency, actor: str = "intake") -> dict:
    req = find_request(session, parsed, m.raw)
    token = parsed.get("in_reply_to_token")
    if req is None:
        change = find_change(session, parsed, m.raw)
        if change is not None:
            return _answer_change(session, m, parsed, agency, change, actor)
        question = find_payment_question(session, parsed, m.raw)
        if question is None:
            raise Quarantine(f"reply to an unknown request {token or '(no token)'}")
        return _answer_payments(session, m, parsed, agency, question, actor)
    if req.agency_id != agency.id:
        raise Quarantine(f"{m.from_addr} is not an allowed sender of the agency of request {req.token}")
    partial = (parsed.get("requests") or [{}])[0] or {}
    if req.status in ("invoiced", "rejected") or not clarifications.open_questions(session, req):
        return _late_answer(session, m, req, partial, actor)
    if m.message_id:
        req.thread_references = list(req.thread_references or []) + [m.message_id]
    if not has_values(partial) and (not parsed.get("reply_invalid") or req.question_round >= 2):
        # nothing readable, or a value that cannot be taken for the second time: a clerk, not a third mail
        return _unreadable_answer(session, m, req, actor)
    clarifications.apply_answers(session, req, partial, answered_by=m.from_addr or actor, actor=actor)
    return {"reply_to": req.token, "request_status": req.status}


def has_values(partial: dict) -> bool:
    """Whether a reply's partial request answers anything (a customer value or a line value)."""
    cust = partial.get("customer") or {}
    lines = partial.get("lines") or []
    return any(v not in (None, "", {}, []) for v in cust.values()) or \
        any(v not in (None, "") for ln in lines for v in (ln or {}).values())


def _unreadable_answer(session: Session, m: InboundMessage, req: InvoiceRequest, actor: str) -> dict:
    """The agency answered but nothing in the answer could be read: the same questions are not mailed again (an
    agency that gets its question back unchanged answers the same way, and three identical mails were seen); a
    clerk reads the answer instead (`needs_review`, a finding per open question, settled when it is answered)."""
    reason = f"the agency answered (message {m.id}) but the answer could not be read"
    paths = [q.path for q in clarifications.open_questions(session, req)]
    kept = [f for f in req.review or [] if not (isinstance(f, dict) and f.get("code") == "answer_unreadable")]
    req.review = kept + [{"code": "answer_unreadable", "path": p, "reason": reason} for p in paths]
    req.status, req.hold_reason = "needs_review", f"a clerk checks: {reason}"
    session.add(req)
    audit.record(session, actor, "request.answer_unreadable", "invoice_request", req.id, req.agency_id, req.source,
                 token=req.token, message=m.id, paths=paths)
    session.flush()
    return {"reply_to": req.token, "request_status": req.status, "unreadable": True}


def _late_answer(session: Session, m: InboundMessage, req: InvoiceRequest, partial: dict, actor: str) -> dict:
    """An answer that comes after the request was settled (a clerk answered, or it is invoiced/rejected): nothing
    is merged over what was decided, no error; a note says so, and when the late answer carries values a
    still-open request is held for a clerk to compare."""
    note = f"the agency answered (message {m.id}) after request {req.token} was {_settled_as(req)}"
    audit.record(session, actor, "request.late_answer", "invoice_request", req.id, req.agency_id, req.source,
                 token=req.token, message=m.id, answer=partial)
    if has_values(partial) and req.status not in ("invoiced", "rejected") and not req.invoice_id:
        req.review = list(req.review or []) + [{"code": "late_answer", "path": "reply", "reason": note}]
        req.status, req.hold_reason = "needs_review", f"a clerk checks: {note}"
        session.add(req)
        session.flush()
        return {"reply_to": req.token, "request_status": req.status, "note": note}
    return {"reply_to": req.token, "ignored": note}


def _settled_as(req: InvoiceRequest) -> str:
    return req.status if req.status in ("invoiced", "rejected") else "answered by a clerk"


def _answer_change(session: Session, m: InboundMessage, parsed: dict, agency: Agency, change: ChangeRequest,
                   actor: str) -> dict:
    if change.agency_id != agency.id:
        raise Quarantine(f"{m.from_addr} is not an allowed sender of the agency of change {change.token}")
    if change.status in ("applied", "rejected"):
        return {"reply_to": change.token, "ignored": f"change {change.token} is already {change.status}"}
    nested = session.begin_nested()
    try:
        masterdata.answer_change(session, stored_id(change), parsed.get("masterdata_answers") or {},
                                 m.from_addr or actor, actor)
    except (DomainError, ValidationError) as exc:  # a wrong value: nothing of the answer is kept
        nested.rollback()
        raise Quarantine(f"answer to change {change.token}: {exc}") from None
    nested.commit()
    return {"reply_to": change.token, "change_status": change.status}


def _answer_payments(session: Session, m: InboundMessage, parsed: dict, agency: Agency, question: PaymentQuestion,
                     actor: str) -> dict:
    """The agency's answers to a payment question: each line applied on its own (core.payments.questions)."""
    if question.agency_id != agency.id:
        raise Quarantine(f"{m.from_addr} is not an allowed sender of the agency of payment question {question.token}")
    answers = [payment_questions.PaymentAnswer(
        a["payment"], [payment_questions.InvoicePart(i["number"], None if i["amount"] is None else Decimal(i["amount"]))
                       for i in a["invoices"]], a["refund"], a["text"])
        for a in parsed.get("payment_answers") or []]
    text = "\n".join(f"{a.payment_id}: {a.text}" for a in answers) or "(no answer line)"
    return payment_questions.answer(session, question, answers, f"message {m.id}\n{text}", m.from_addr or actor,
                                    actor)
