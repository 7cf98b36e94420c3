"""Payments no rule can place are asked about by e-mail (one question per bank file and agency, REQ token in the
subject); the agency's reply, through the real mail intake, places them; a wrong line changes nothing."""
from __future__ import annotations

import email
import email.policy
from decimal import Decimal as D

from core.payments import questions as payment_questions
from core.payments.models import Allocation, Payment, PaymentQuestion
from core.platform.db import session_scope
from core.platform.models import InboundMessage
from intake import pipeline
from tests.payments.helpers import bgmax, import_, invoice, ledger_ok, pay
from tests.support.mail import drop, make_mail, outbox, rows

HYDRO_CONTACT = "fakturering@hydrografiverket.se"   # the agency's first allowed sender
MARIA = "maria.lindgren@hydrografiverket.se"


class Inv:
    def __init__(self, inv) -> None:
        self.id, self.number, self.reference = inv.id, inv.number, inv.reference


def _setup():
    with session_scope() as s:
        inv = Inv(invoice(s, "1234.00"))
        other = Inv(invoice(s, "500.00", customer="10001"))
        res = import_(s, bgmax([pay("1234.00", "99999999999"),          # unknown reference
                                pay("777.00", "", name="Okänd Betalare"),  # no reference, no payer match
                                pay("500.00", other.reference)]))      # placed by its reference
    return inv, other, res


def _reply(question: email.message.EmailMessage, answer: str, sender: str = MARIA) -> bytes:
    quoted = "\n".join("> " + ln for ln in question.get_content().splitlines())
    return make_mail(f"{answer}\n\n{question['From']} skrev:\n{quoted}\n", sender=sender,
                     subject="SV: " + str(question["Subject"]), in_reply_to=str(question["Message-ID"]))


def test_unplaced_payments_are_asked_once_and_the_reply_places_them(box):
    inv, other, res = _setup()
    assert res.as_dict()["asked"] == 1 and res.unmatched == 2
    unknown, no_ref = rows(Payment, Payment.status == "unmatched")
    [question] = rows(PaymentQuestion)
    with session_scope() as s:
        listed = payment_questions.payment_ids_of(s, question)
    assert listed == sorted([unknown.id, no_ref.id]) and question.status == "open"
    assert question.to_addr == HYDRO_CONTACT

    counts = pipeline.poll_once(box)                      # the mail loop delivers the question
    assert counts["mails_sent"] == 1
    [mail] = outbox(box)
    assert str(mail["Subject"]).startswith(f"[{question.token}]") and mail["To"] == HYDRO_CONTACT
    body = mail.get_content()
    assert f"Betalning {unknown.id} |" in body and "1 234,00 SEK" in body and "ref 99999999999" in body
    assert f"Betalning {no_ref.id} |" in body

    # the same file again: nothing new, nobody asked twice
    with session_scope() as s:
        again = import_(s, bgmax([pay("1234.00", "99999999999"), pay("777.00", "", name="Okänd Betalare"),
                                  pay("500.00", other.reference)]))
    assert again.already_imported and again.asked == 0 and len(rows(PaymentQuestion)) == 1

    # the agency answers one payment with an invoice, one with a wrong invoice number
    drop(box, _reply(mail, f"{unknown.id}: {inv.number}\n{no_ref.id}: 999999"))
    counts = pipeline.poll_once(box)
    assert counts["processed"] == 1 and counts["replies"] == 1
    placed = rows(Allocation, Allocation.payment_id == unknown.id)
    assert [(a.invoice_id, a.amount, a.method) for a in placed] == [(inv.id, D("1234.00"), "agency_answer")]
    [question] = rows(PaymentQuestion)
    assert question.status == "open"                      # the second payment is not placed yet
    last = question.replies[-1]
    assert last["by"] == MARIA and last["placed"][0]["invoice"] == inv.number
    refused = last["refused"][0]
    assert refused["line"].startswith(f"{no_ref.id}: 999999") and "no invoice" in refused["reason"]
    assert rows(Allocation, Allocation.payment_id == no_ref.id) == []

    # the next reply asks to return the other payment: noted for the clerk, no money moved by a free-text line
    drop(box, _reply(mail, f"{no_ref.id}: återbetala, den är inte vår"))
    pipeline.poll_once(box)
    [question] = rows(PaymentQuestion)
    assert question.status == "answered"
    [returned] = rows(Payment, Payment.id == no_ref.id)
    assert "return it to the payer" in returned.note and returned.unallocated == D("777.00")
    with session_scope() as s:
        assert ledger_ok(s)


def test_another_agencys_sender_cannot_answer(box):
    inv, _, _ = _setup()
    pipeline.poll_once(box)
    [mail] = outbox(box)
    [unknown, _] = rows(Payment, Payment.status == "unmatched")
    drop(box, _reply(mail, f"{unknown.id}: {inv.number}", sender="laskutus@vesitalouskeskus.fi"))
    counts = pipeline.poll_once(box)
    assert counts["quarantined"] == 1
    [m] = rows(InboundMessage, InboundMessage.status == "quarantined")
    assert "not an allowed sender of the agency of payment question" in m.reason
    assert rows(Allocation, Allocation.payment_id == unknown.id) == []


def test_a_manually_registered_payment_nobody_can_place_is_asked_about(box):
    import datetime as dt

    from core.payments import registration
    from core.registers import register as registers

    with session_scope() as s:
        agency = registers.agency_by_code(s, "HYDRO-SE")
        p = registration.register_payment(s, agency, "321.00", dt.date(2026, 3, 20), payer="Kontant kund")
        pid = p.id
    [question] = rows(PaymentQuestion)
    with session_scope() as s:
        assert payment_questions.payment_ids_of(s, question) == [pid] and question.bank_file_id is None
        assert payment_questions.ask_for_file(s, None, "test", payment_ids=[pid]) == []   # asked once


def test_a_reply_after_the_clerk_placed_the_payment_is_recorded_and_answered(box, capsys):
    """Issue #15 (flows): the agency answers after a clerk already placed the payment. The reply is recorded, nothing
    is booked twice, the question closes as placed by a clerk and the agency is told on which invoice the money is."""
    from tests.conftest import run_cli
    from tests.payments.helpers import balance

    inv, other, _ = _setup()
    pipeline.poll_once(box)
    [question_mail] = outbox(box)
    unknown, no_ref = rows(Payment, Payment.status == "unmatched")
    code, _, err = run_cli(capsys, "payments", "allocate", str(unknown.id), "--invoice", inv.number)   # the clerk
    assert code == 0, err
    code, _, err = run_cli(capsys, "payments", "refund", str(no_ref.id))
    assert code == 0, err
    with session_scope() as s:
        receivables = balance(s, "1510")

    drop(box, _reply(question_mail, f"{unknown.id}: {inv.number}\n{no_ref.id}: {other.number}"))
    counts = pipeline.poll_once(box)
    assert counts["processed"] == 1 and counts["replies"] == 1 and counts["quarantined"] == 0
    placed = rows(Allocation, Allocation.payment_id == unknown.id)
    assert [(a.method, a.amount) for a in placed] == [("manual", D("1234.00"))]        # not booked twice
    assert [a.method for a in rows(Allocation, Allocation.payment_id == no_ref.id)] == ["refund"]
    with session_scope() as s:
        assert balance(s, "1510") == receivables and ledger_ok(s)
    [question] = rows(PaymentQuestion)
    assert question.status == "placed_by_clerk" and question.answered_at is not None
    last = question.replies[-1]
    assert last["by"] == MARIA and last["refused"] == [] and last["placed"] == []
    assert [(a["payment"], a["invoices"]) for a in last["already_placed"]] == [(unknown.id, [inv.number]),
                                                                                 (no_ref.id, [])]

    notices = [m for m in outbox(box) if m["Message-ID"] != question_mail["Message-ID"]]
    assert len(notices) == 1                                  # one short mail, to the one who answered
    [notice] = notices
    body = notice.get_content()
    assert notice["To"] == MARIA and str(notice["Subject"]).startswith(f"[{question.token}]")
    assert f"Betalning {unknown.id}" in body and inv.number in body and "1 234,00 SEK" in body
    assert f"Betalning {no_ref.id}" in body and "återbetald" in body and "allocation amount" not in body

    # the same reply again (a resent mail): nothing booked, no second notice
    drop(box, _reply(question_mail, f"{unknown.id}: {inv.number}"))
    pipeline.poll_once(box)
    assert len(rows(Allocation, Allocation.payment_id == unknown.id)) == 1
    assert len([m for m in outbox(box) if m["Message-ID"] != question_mail["Message-ID"]]) == 1


def test_the_question_closes_when_the_clerk_has_placed_everything_it_asks_about(box, capsys):
    """Issue #15 (workbench): a clerk who splits a payment the agency was asked about and returns the rest closes
    the question (placed by a clerk); while money of a listed payment is left, it stays open."""
    from tests.conftest import run_cli

    inv, other, _ = _setup()
    unknown, no_ref = rows(Payment, Payment.status == "unmatched")
    [question] = rows(PaymentQuestion)
    assert question.status == "open"
    code, _, err = run_cli(capsys, "payments", "allocate", str(unknown.id), "--invoice", inv.number)
    assert code == 0, err
    assert rows(PaymentQuestion)[0].status == "open"  # the payment without reference is still unplaced
    code, _, err = run_cli(capsys, "payments", "refund", str(no_ref.id))
    assert code == 0, err
    [question] = rows(PaymentQuestion)
    assert question.status == "placed_by_clerk" and question.answered_at is not None
