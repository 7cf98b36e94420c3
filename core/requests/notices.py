"""E-mails about an invoicing request: the round's questions and the confirmation of its invoice.

Only a request someone asked for by mail gets mail (the answer goes back to `requested_by`). The notice is recorded
in the caller's transaction (core.platform.correspondence) and delivered by the intake after commit; its key
(token + round, or token + invoice) makes recording it twice record it once.
"""
from __future__ import annotations

from sqlmodel import Session

from core.platform import correspondence
from core.platform.models import MailNotice
from core.registers.register import get_agency
from core.requests.models import InvoiceRequest


def enqueue_notice(session: Session, req: InvoiceRequest, kind: str,
                   invoice_id: int | None = None) -> MailNotice | None:
    """Record an e-mail about a request (delivered by the intake after commit); only when someone asked by mail."""
    if not req.requested_by:
        return None
    suffix = str(req.question_round) if kind == "questions" else f"c{invoice_id}"
    return correspondence.record_notice(session, get_agency(session, req.agency_id), kind, f"{req.token}.{suffix}",
                                        req.requested_by, request_id=req.id, invoice_id=invoice_id,
                                        round=req.question_round)
