"""Whether a payment question still waits for the agency, and closing it when nothing it asks about is left.

A question is open while some payment it lists has money left to place and is still asked about (`ask_agency`).
The agency's answer closes it (core.payments.questions.answer); so does a clerk who places the money by hand — a
split, a refund to the payer, customer credit, an offset — or the question would stay "Open" in the clerk's list
and on the payment page although nothing is left to answer. It then closes as `answered` when an answer of the
agency placed or returned something, else as `placed_by_clerk` (the status a late reply also finds)."""
from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from core.kernel.clock import utcnow
from core.payments.models import Payment, PaymentQuestion, QuestionPayment

_qp, _p, _q = QuestionPayment.__table__.c, Payment.__table__.c, PaymentQuestion.__table__.c


def unsettled(session: Session, question_id: int) -> bool:
    """Some payment the question lists is neither placed nor to be returned (money left, agency still asked)."""
    q = (sa.select(_p.id).join(QuestionPayment.__table__, _qp.payment_id == _p.id)
         .where(_qp.question_id == question_id, _p.unallocated != 0, _p.ask_agency.is_not(None)).limit(1))
    return session.execute(q).first() is not None


def closed_status(replies: list[dict[str, Any]], already_placed: bool) -> str:
    """`answered` when the agency's answers placed or returned money (or no clerk was quicker), else
    `placed_by_clerk`."""
    by_agency = any(r.get("placed") or r.get("to_return") for r in replies)
    return "answered" if by_agency or not already_placed else "placed_by_clerk"


def close_placed(session: Session, payment_id: int) -> list[PaymentQuestion]:
    """After a clerk placed money of this payment: close its open questions that have nothing left to ask."""
    session.flush()
    ids = session.execute(sa.select(_q.id).join(QuestionPayment.__table__, _qp.question_id == _q.id)
                          .where(_qp.payment_id == payment_id, _q.status == "open")).scalars().all()
    closed = []
    for qid in ids:
        if unsettled(session, qid):
            continue
        question = session.get(PaymentQuestion, qid)
        assert question is not None  # found just above
        question.status = closed_status(list(question.replies), already_placed=True)
        question.answered_at = utcnow()
        session.add(question)
        closed.append(question)
    return closed
