"""Asking the agency where money goes that no matching rule could place, and applying its answer.

When a payment is left unplaced and what is needed is the agency's knowledge (`Payment.ask_agency`: no or an
unknown reference, a reference with several candidates, a currency mismatch, an advice naming a closed invoice),
the agency is asked by e-mail: one question per bank file (or manual registration) and agency, listing each such
payment with what to answer and the best suggestions, token REQ-XXXXX in the subject so the reply finds it
(intake.replies_merge). It goes to the agency's first allowed sender (its invoicing contact).

The reply answers per payment, one line each ("123: 100045", "123: 100045 500,00; 100046 734,00",
"123: återbetala"); intake parses the lines into `PaymentAnswer`s. An answer naming invoices allocates through
core.payments.placing.allocate_manually (method `agency_answer`, the allocation's voucher as for any allocation);
an answer asking to return the money only notes that on the payment (a payout needs the payer's account: the
clerk books it). A line that cannot be applied (unknown invoice, more than is open, another agency's payment) is
kept on the question with the reason and nothing of that line is applied; the question stays open until every
payment it lists is placed or returned. The clerk can always place a payment in the web instead.

An answer that arrives after a clerk already placed the payment (nothing left unallocated: placed, refunded or
kept as credit) books nothing: the reply is recorded with the payment under `already_placed`, the question closes
as `placed_by_clerk` when no answer of the agency placed anything, and the one who answered gets a short mail in the
agency's language saying where the money already is (once per payment, however often the reply is resent).

The payments a question lists are rows of `question_payment` (QuestionPayment), so "is this payment asked about"
and "which question asks about it" are joins, not scans.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from core.billing.models import Invoice
from core.kernel import local_format
from core.kernel.clock import utcnow
from core.kernel.errors import DomainError
from core.kernel.money import money_str
from core.kernel.types import stored_id
from core.payments import ask_words, question_state
from core.payments.models import Allocation, Payment, PaymentQuestion, QuestionPayment
from core.payments.placing import allocate_manually, get_payment
from core.platform import audit, correspondence
from core.registers import register as registers
from core.registers.models import Agency
from core.registers.register import get_agency

ANSWER_METHOD = "agency_answer"
KIND = "pay_questions"

SUBJECT = {"sv": "Inbetalningar som vi inte kan placera", "fi": "Maksut, joita emme voi kohdistaa",
           "en": "Payments we cannot place"}
INTRO = {
    "sv": "Hej! Vi har fått inbetalningar som vi inte kan koppla till någon faktura. Svara med en rad per "
          "betalning, t.ex. \"{pid}: 100045\", \"{pid}: 100045 500,00; 100046 734,00\" eller \"{pid}: återbetala\".",
    "fi": "Hei! Olemme saaneet maksuja, joita emme voi kohdistaa laskulle. Vastaa rivi maksua kohden, esim. "
          "\"{pid}: 100045\", \"{pid}: 100045 500,00; 100046 734,00\" tai \"{pid}: palauta\".",
    "en": "Hello! We have received payments we cannot link to an invoice. Please answer with one line per payment, "
          "e.g. \"{pid}: 100045\", \"{pid}: 100045 500.00; 100046 734.00\" or \"{pid}: refund\"."}
PAYMENT_WORD = {"sv": "Betalning", "fi": "Maksu", "en": "Payment"}
SUGGESTED = {"sv": "förslag", "fi": "ehdotus", "en": "suggested"}
PLACED_SUBJECT = {"sv": "Betalningarna var redan placerade", "fi": "Maksut oli jo kohdistettu",
                  "en": "The payments were already placed"}
PLACED_INTRO = {
    "sv": "Hej! Tack för ert svar. Betalningarna nedan hade vi redan placerat innan svaret kom, så inget har bokförts "
          "en gång till. Hör av er om en placering är fel.",
    "fi": "Hei! Kiitos vastauksestanne. Olimme jo kohdistaneet alla olevat maksut ennen vastausta, joten mitään ei "
          "kirjattu uudelleen. Ilmoittakaa meille, jos kohdistus on väärä.",
    "en": "Hello! Thank you for your answer. We had already placed the payments below before it arrived, so nothing "
          "was booked again. Please tell us if a placement is wrong."}
ON_INVOICE = {"sv": ("placerad på faktura {n}", "placerad på fakturorna {n}"),
              "fi": ("kohdistettu laskulle {n}", "kohdistettu laskuille {n}"),
              "en": ("placed on invoice {n}", "placed on invoices {n}")}
RETURNED = {"sv": "återbetald till betalaren", "fi": "palautettu maksajalle", "en": "returned to the payer"}
AS_CREDIT = {"sv": "bokförd som kundens tillgodohavande", "fi": "kirjattu asiakkaan hyvitykseksi",
             "en": "kept as the customer's credit"}
ABOVE = "Svara ovanför denna rad / Vastaa tämän rivin yläpuolelle / Reply above this line."
MAX_LISTED = 500  # one e-mail lists at most this many payments; the rest wait in the clerk's queue


@dataclass
class InvoicePart:
    number: str
    amount: Decimal | None = None   # None: what the invoice has open, up to what is left of the payment


@dataclass
class PaymentAnswer:
    payment_id: int
    invoices: list[InvoicePart] = field(default_factory=list)
    refund: bool = False
    text: str = ""


def contact(session: Session, agency: Agency) -> str | None:
    """Who answers for the agency: its first allowed sender."""
    assert agency.id is not None  # a stored agency
    return next(iter(registers.allowed_senders(session, agency.id)), None)


def ask_for_file(session: Session, bank_file_id: int | None, actor: str = "system",
                 payment_ids: list[int] | None = None) -> list[PaymentQuestion]:
    """One question per agency for the payments of this bank file (or these payments) that ask the agency and
    are not asked about yet. Records the e-mail (core.platform.correspondence.record_notice) in the caller's
    transaction."""
    p = Payment.__table__.c
    q = sa.select(p.id, p.agency_id).where(p.ask_agency.is_not(None), p.unallocated != 0)
    q = q.where(p.bank_file_id == bank_file_id) if payment_ids is None else q.where(p.id.in_(payment_ids))
    candidates = session.execute(q.order_by(p.id)).all()
    asked = _asked(session, {agency_id for _, agency_id in candidates if agency_id is not None}, bank_file_id,
                   [pid for pid, _ in candidates])
    by_agency: dict[int, list[int]] = {}
    for pid, agency_id in candidates:
        if pid not in asked and agency_id is not None:
            by_agency.setdefault(agency_id, []).append(pid)
    # only the payments an e-mail lists are loaded whole (a file of 10^5 payments may ask about thousands)
    return [_ask(session, get_agency(session, agency_id), bank_file_id, _payments(session, ids[:MAX_LISTED]), actor)
            for agency_id, ids in by_agency.items()]


def _payments(session: Session, ids: list[int]) -> list[Payment]:
    """These payments, by id."""
    return list(session.execute(sa.select(Payment).where(Payment.__table__.c.id.in_(ids))
                                .order_by(Payment.__table__.c.id)).scalars())




def _asked(session: Session, agency_ids: set[int], bank_file_id: int | None, payment_ids: list[int]) -> set[int]:
    """Which of these payments are already on a question of these agencies: for a bank file, those on its
    questions (a file is imported once, so its payments are on its questions or on none)."""
    if not agency_ids or not payment_ids:
        return set()
    qp, pq = QuestionPayment.__table__.c, PaymentQuestion.__table__.c
    q = sa.select(qp.payment_id).join(PaymentQuestion.__table__, pq.id == qp.question_id).where(
        pq.agency_id.in_(agency_ids))
    q = q.where(pq.bank_file_id == bank_file_id) if bank_file_id is not None else q.where(
        qp.payment_id.in_(payment_ids))
    return set(session.execute(q).scalars())


def payment_ids_of(session: Session, question: PaymentQuestion) -> list[int]:
    """The payments the question lists, by id."""
    qp = QuestionPayment.__table__.c
    return list(session.execute(sa.select(qp.payment_id).where(qp.question_id == question.id)
                                .order_by(qp.payment_id)).scalars())


def _ask(session: Session, agency: Agency, bank_file_id: int | None, pays: list[Payment],
         actor: str) -> PaymentQuestion:
    """Store the question with the payments it lists and record its e-mail."""
    assert agency.id is not None  # a stored agency
    question = PaymentQuestion(agency_id=agency.id, token=correspondence.new_token(session, "payment_question"),
                               bank_file_id=bank_file_id, to_addr=contact(session, agency))
    session.add(question)
    session.flush()
    session.execute(sa.insert(QuestionPayment.__table__),
                    [{"question_id": question.id, "payment_id": pay.id} for pay in pays])
    lang = registers.agency_language(agency)
    correspondence.record_notice(session, agency, KIND, f"{question.token}.1", question.to_addr,
                                 subject=f"[{question.token}] {SUBJECT[lang]}", body=question_text(lang, pays))
    audit.record(session, actor, "payments.ask_agency", "paymentquestion", question.id, agency.id, "payments",
                 token=question.token, payments=len(pays), to=question.to_addr)
    return question


def question_text(lang: str, pays: list[Payment]) -> str:
    """The e-mail body: what to answer, then each payment with its facts, the question and suggestions."""
    lines = [INTRO[lang].format(pid=pays[0].id), "", ABOVE, ""]
    for pay in pays:
        facts = [f"{PAYMENT_WORD[lang]} {pay.id}", local_format.date(pay.payment_date, lang),
                 f"{local_format.amount(pay.unallocated, lang)} {pay.currency}", pay.payer_name or "",
                 f"ref {pay.reference}" if pay.reference else ""]
        lines.append(" | ".join(f for f in facts if f))
        lines.append(f"    {ask_words.words(pay.ask_agency, lang)}")  # in the agency's language
        for s in (pay.suggestions or [])[:3]:
            shown = local_format.amount(s.get("open_amount"), lang)
            lines.append(f"    {SUGGESTED[lang]}: {s.get('invoice')} ({shown} {s.get('currency')})")
    return "\n".join(lines) + "\n"


def find_by_token(session: Session, token: str | None) -> PaymentQuestion | None:
    if not token:
        return None
    return session.exec(select(PaymentQuestion).where(PaymentQuestion.token == token.upper())).first()


def answer(session: Session, question: PaymentQuestion, answers: list[PaymentAnswer], reply_text: str,
           answered_by: str, actor: str = "intake") -> dict:
    """Apply the agency's answers (each line on its own: a line that cannot be applied changes nothing and is
    reported); the question is answered once every payment it lists is placed or to be returned."""
    listed = payment_ids_of(session, question)
    placed: list[dict[str, Any]] = []
    refused: list[dict[str, str]] = []
    to_return: list[int] = []
    already: list[dict[str, Any]] = []
    for a in answers:
        where = f"{a.payment_id}: {a.text}".strip()
        if a.payment_id not in listed:
            refused.append({"line": where, "reason": f"payment {a.payment_id} is not in {question.token}"})
            continue
        done = already_placed(session, a.payment_id)
        if done is not None:   # a clerk was quicker: record the answer, book nothing
            already.append(done)
            continue
        nested = session.begin_nested()
        try:
            placed += _apply(session, question, a, answered_by)
            to_return += [a.payment_id] if a.refund else []
            nested.commit()
        except DomainError as exc:
            nested.rollback()
            refused.append({"line": where, "reason": str(exc)})
    understood = {a.payment_id for a in answers}
    reply = {"at": utcnow().isoformat(), "by": answered_by, "text": reply_text[:4000], "placed": placed,
             "to_return": to_return, "refused": refused, "already_placed": already,
             "not_answered": [pid for pid in listed if pid not in understood]}
    _tell_already_placed(session, question, already, answered_by)
    question.replies = list(question.replies) + [reply]
    if question.status == "open" and not question_state.unsettled(session, stored_id(question)):
        question.status = question_state.closed_status(question.replies, bool(already))
        question.answered_at = utcnow()
    session.add(question)
    audit.record(session, actor, "payments.agency_answer", "paymentquestion", question.id, question.agency_id,
                 "email", token=question.token, by=answered_by, placed=len(placed), refused=len(refused),
                 already_placed=len(already))
    session.flush()
    return {"reply_to": question.token, "question_status": question.status, "placed": placed,
            "to_return": to_return, "refused": refused, "already_placed": already}


def already_placed(session: Session, payment_id: int) -> dict[str, Any] | None:
    """Where a payment with nothing left to place already is (None while money is left): the invoices it is on,
    whether it was returned or kept as credit, and who placed it."""
    pay = get_payment(session, payment_id)
    if pay.unallocated != 0:
        return None
    a, i = Allocation.__table__.c, Invoice.__table__.c
    allocs = session.execute(sa.select(a.method, a.amount, i.number).select_from(Allocation.__table__)
                             .outerjoin(Invoice.__table__, i.id == a.invoice_id)
                             .where(a.payment_id == payment_id).order_by(a.id)).all()
    return {"payment": payment_id, "amount": money_str(pay.amount), "currency": pay.currency,
            "date": pay.payment_date.isoformat(),
            "invoices": list(dict.fromkeys(r.number for r in allocs if r.number and r.amount > 0)),
            "refunded": any(r.method == "refund" for r in allocs),
            "credit": any(r.method == "overpayment" for r in allocs),
            "by": "agency" if allocs and all(r.method == ANSWER_METHOD for r in allocs) else "clerk"}


def _tell_already_placed(session: Session, question: PaymentQuestion, already: list[dict[str, Any]],
                         answered_by: str) -> None:
    """One short mail to whoever answered (else the question's contact) for the payments not told about before."""
    told = {e["payment"] for r in question.replies for e in r.get("already_placed") or []}
    new = [e for e in already if e["payment"] not in told]
    if not new:
        return
    agency = get_agency(session, question.agency_id)
    lang = registers.agency_language(agency)
    to = answered_by if "@" in answered_by else question.to_addr
    domain = (agency.intake_address or "").rsplit("@", 1)[-1] or correspondence.DEFAULT_DOMAIN
    correspondence.record_notice(session, agency, KIND, f"{question.token}.placed.{len(question.replies) + 1}", to,
                                 subject=f"[{question.token}] {PLACED_SUBJECT[lang]}",
                                 body=already_placed_text(lang, new),
                                 in_reply_to=f"<{question.token}.1@{domain}>")


def already_placed_text(lang: str, entries: list[dict[str, Any]]) -> str:
    """The mail body: thanks, nothing booked again, then each payment and where its money is."""
    lines = [PLACED_INTRO[lang], ""]
    for e in entries:
        where = []
        if e["invoices"]:
            one, many = ON_INVOICE[lang]
            where.append((one if len(e["invoices"]) == 1 else many).format(n=", ".join(e["invoices"])))
        where += [RETURNED[lang]] if e["refunded"] else []
        where += [AS_CREDIT[lang]] if e["credit"] else []
        facts = [f"{PAYMENT_WORD[lang]} {e['payment']}", local_format.date(dt.date.fromisoformat(e["date"]), lang),
                 f"{local_format.amount(e['amount'], lang)} {e['currency']}"]
        lines.append(" | ".join(facts) + ": " + "; ".join(where))
    return "\n".join(lines) + "\n"


def _apply(session: Session, question: PaymentQuestion, a: PaymentAnswer,
           answered_by: str) -> list[dict[str, Any]]:
    pay = get_payment(session, a.payment_id)
    if a.refund:
        pay.note = "; ".join(x for x in (pay.note, f"the agency asks to return it to the payer ({answered_by}, "
                                                   f"{question.token})") if x)
        pay.ask_agency = None
        session.add(pay)
        return []
    if not a.invoices:
        raise DomainError("names no invoice")
    assert pay.id is not None  # a stored payment
    out: list[dict[str, Any]] = []
    for part in a.invoices:
        alloc = allocate_manually(session, pay.id, part.number, part.amount, "intake", ANSWER_METHOD)
        out.append({"payment": pay.id, "invoice": part.number, "amount": money_str(alloc.amount)})
    if pay.unallocated == 0:
        pay.ask_agency = None
        session.add(pay)
    return out


def open_question_of(session: Session, payment: Payment) -> PaymentQuestion | None:
    """The question that asks about this payment, the newest if several (for the payment page)."""
    qp = QuestionPayment.__table__.c
    q = (select(PaymentQuestion).join(QuestionPayment, qp.question_id == col(PaymentQuestion.id))
         .where(qp.payment_id == payment.id).order_by(col(PaymentQuestion.id).desc()))
    return session.exec(q).first()
