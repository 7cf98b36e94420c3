"""Replies to question mails: find the request (token from the parser, else our Message-IDs or the original
message in In-Reply-To/References), accept it only from an allowed, authenticated sender of the request's own
agency, and merge the answers (core.clarifications asks again what is still missing)."""
from __future__ import annotations

import re

from sqlmodel import Session, select

from core import clarifications, requests
from core.models.intake import InboundMessage, InvoiceRequest
from core.models.registers import Agency
from intake.sender_auth import headers_of


class Quarantine(Exception):
    """The message cannot be applied; quarantine it with this reason."""


def thread_ids(raw: bytes) -> list[str]:
    try:
        msg = headers_of(raw)
        text = " ".join(str(msg.get(h) or "") for h in ("In-Reply-To", "References"))
    except Exception:  # noqa: BLE001
        return []
    return re.findall(r"<[^<>\s]+>", text)


def find_request(session: Session, parsed: dict, raw: bytes) -> InvoiceRequest | None:
    req = requests.find_by_token(session, parsed.get("in_reply_to_token"))
    if req:
        return req
    ids = thread_ids(raw)
    for mid in ids:
        m = requests.TOKEN_RE.search(mid)
        if m and (req := requests.find_by_token(session, m.group(0))):
            return req
    if ids:
        return session.exec(select(InvoiceRequest).where(InvoiceRequest.thread_message_id.in_(ids))
                            .order_by(InvoiceRequest.id)).first()
    return None


def handle_reply(session: Session, m: InboundMessage, parsed: dict, agency: Agency, actor: str = "intake") -> dict:
    req = find_request(session, parsed, m.raw)
    token = parsed.get("in_reply_to_token")
    if req is None:
        raise Quarantine(f"reply to an unknown request {token or '(no token)'}")
    if req.agency_id != agency.id:
        raise Quarantine(f"{m.from_addr} is not an allowed sender of the agency of request {req.token}")
    if req.status in ("invoiced", "rejected"):
        return {"reply_to": req.token, "ignored": f"request {req.token} is already {req.status}"}
    partial = (parsed.get("requests") or [{}])[0] or {}
    if m.message_id:
        req.thread_references = list(req.thread_references or []) + [m.message_id]
    clarifications.apply_answers(session, req, partial, answered_by=m.from_addr or actor, actor=actor)
    return {"reply_to": req.token, "request_status": req.status}
