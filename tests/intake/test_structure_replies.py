"""Replies to question mails: one-line answers merge; a reply that answers nothing is shown to a clerk instead of
the same question being mailed again; an answer that comes after a clerk settled the request does no harm."""
from __future__ import annotations

import json
from pathlib import Path

from core.billing.models import Invoice
from core.payments.models import Allocation, Payment, PaymentQuestion
from core.payments.placing import allocate_manually
from core.platform.db import session_scope
from core.platform.models import InboundMessage
from core.registers.models import Agency
from core.requests import clarifications, review
from core.requests.models import InvoiceRequest, Question
from intake import pipeline
from intake.parse import parse_message
from tests.payments.helpers import bgmax, import_, invoice, pay
from tests.support.mail import drop, make_mail, outbox, reply_to, rows

REGISTRY = json.loads((Path(__file__).parent / "fixtures" / "pipeline" / "registry.json").read_text("utf-8"))
QUOTE = ("\n\nFrån: Kundfaktura <kundfaktura@servicecentret.se>\nSkickat: den 13 november 2026 16:20\n"
         "Ämne: [REQ-4F7K2] Komplettering behövs\n\nHej,\n\n1. {q}\n\nUnderlaget i korthet:\n"
         "Rad 1: 1010 Konsultation, per timme – 8 tim à 1 150,00 kr\n")


def _answer(answer: str, question: str) -> dict:
    raw = make_mail(answer + QUOTE.format(q=question), subject="SV: [REQ-4F7K2] Komplettering behövs")
    out = json.loads(json.dumps(parse_message(raw, REGISTRY), default=str))
    assert out["kind"] == "reply" and out["in_reply_to_token"] == "REQ-4F7K2"
    return out["requests"][0] if out["requests"] else {}


def test_one_line_answers_merge():
    qty = 'Antal för rad 1 "Konsultation" (lines[0].quantity)'
    price = 'Pris för rad 1 "Konsultation" (lines[0].unit_price)'
    assert _answer("3 st", qty) == {"lines": [{"quantity": "3"}]}
    assert _answer("2,5 h", qty) == {"lines": [{"quantity": "2.5"}]}
    assert _answer("1.250,00", price) == {"lines": [{"unit_price": "1250.00"}]}
    assert _answer("556712-4085", "Kundens organisationsnummer (customer.org_no)") == \
        {"customer": {"org_no": "556712-4085"}, "lines": []}
    assert _answer("Storgatan 1, 111 22 Stockholm", "Kundens adress (customer.address)") == \
        {"customer": {"address": {"street": "Storgatan 1", "postal_code": "111 22", "city": "Stockholm"}},
         "lines": []}


def test_a_reply_that_answers_nothing_merges_nothing_and_the_quote_gives_nothing():
    assert _answer("Tack, jag återkommer!", 'Pris för rad 1 "Konsultation" (lines[0].unit_price)') == {}


NO_QUANTITY = ("Hej!\n\nVänligen fakturera enligt nedan.\n\nKund: Byggbolaget i Norr AB\nOrg.nr: 556712-4085\n\n"
               "Artikel: 1010 Konsultation, per timme\n\nMvh Maria\n")


def _ask(box) -> tuple[InvoiceRequest, bytes]:
    drop(box, make_mail(NO_QUANTITY))
    pipeline.poll_once(box)
    [req] = rows(InvoiceRequest)
    assert req.status == "waiting_for_answer"
    return req, sorted(Path(box.outgoing.path).glob("*.eml"))[0].read_bytes()


def test_unreadable_answer_goes_to_a_clerk_instead_of_a_second_identical_question(box):
    req, question = _ask(box)
    sent = len(outbox(box))
    drop(box, reply_to(question, "Hej, se tidigare mejl. Tack!"))
    pipeline.poll_once(box)
    assert len(outbox(box)) == sent  # no second question mail
    [req] = rows(InvoiceRequest)
    assert req.status == "needs_review" and "could not be read" in (req.hold_reason or "")
    assert ("answer_unreadable", "lines[0].quantity") in [(f["code"], f["path"]) for f in req.review]
    assert [q.status for q in rows(Question)] == ["open"]
    # the clerk reads the answer, answers the question, and the request goes on to its invoice
    with session_scope() as s:
        clarifications.answer_question(s, rows(Question)[0].id, "8", "clerk")
    [inv] = rows(Invoice)
    assert inv.net_total == 8 * 1150


def test_an_answer_after_the_clerk_settled_the_request_is_noted_not_an_error(box):
    req, question = _ask(box)
    with session_scope() as s:
        agency = s.get(Agency, req.agency_id)
        assert agency is not None
        review.set_policy(s, agency, "confirm_all", None, "test")
        clarifications.answer_question(s, rows(Question)[0].id, "8", "clerk")
    assert rows(InvoiceRequest)[0].status == "needs_review" and not rows(Invoice)
    drop(box, reply_to(question, "1. 6 timmar"))
    pipeline.poll_once(box)
    late = [m for m in rows(InboundMessage) if m.kind == "reply"]
    assert [m.status for m in late] == ["processed"]
    [req] = rows(InvoiceRequest)
    assert req.data["lines"][0]["quantity"] in ("8", 8, "8.00")  # the clerk's answer stands
    assert req.status == "needs_review" and "after request" in (req.hold_reason or "")


def test_an_answer_to_an_invoiced_request_is_ignored_with_a_note(box):
    req, question = _ask(box)
    with session_scope() as s:
        clarifications.answer_question(s, rows(Question)[0].id, "8", "clerk")
    [inv] = rows(Invoice)
    drop(box, reply_to(question, "1. 6 timmar"))
    pipeline.poll_once(box)
    late = [m for m in rows(InboundMessage) if m.kind == "reply"]
    assert [m.status for m in late] == ["processed"] and "after request" in late[0].outcome.get("ignored", "")
    assert [i.net_total for i in rows(Invoice)] == [inv.net_total] == [8 * 1150]


def test_an_agency_answer_after_the_clerk_placed_the_payment_is_noted_not_an_error(box):
    with session_scope() as s:
        inv = invoice(s, "1234.00")
        number = str(inv.number)
        import_(s, bgmax([pay("1234.00", "99999999999")]))
    pipeline.poll_once(box)                                   # the payment question goes out
    [mail] = outbox(box)
    [payment] = rows(Payment, Payment.status == "unmatched")
    with session_scope() as s:                                # a clerk places it before the agency answers
        allocate_manually(s, payment.id, number, None, "clerk", "manual")
    quoted = "\n".join("> " + ln for ln in mail.get_content().splitlines())
    drop(box, make_mail(f"{payment.id}: {number}\n\n{mail['From']} skrev:\n{quoted}\n",
                        subject="SV: " + str(mail["Subject"]), in_reply_to=str(mail["Message-ID"])))
    pipeline.poll_once(box)
    [reply] = [m for m in rows(InboundMessage) if m.kind == "reply"]
    assert reply.status == "processed"
    assert len(rows(Allocation, Allocation.payment_id == payment.id)) == 1   # not placed twice
    [question] = rows(PaymentQuestion)
    assert question.replies[-1]["already_placed"]             # the clerk sees why the line changed nothing
    assert question.status == "placed_by_clerk"
    notes = [m for m in outbox(box) if number in m.get_content() and m["Message-ID"] != mail["Message-ID"]]
    assert len(notes) == 1                                    # the agency hears where its payment went


def test_an_invalid_value_is_asked_once_more_then_a_clerk_takes_over(box):
    drop(box, make_mail("Hej, fakturera Okänd Firma Ab för konsultation artikel 1010, 4 timmar.\n\nMvh Maria\n"))
    pipeline.poll_once(box)
    first = sorted(Path(box.outgoing.path).glob("*.eml"))[0].read_bytes()
    drop(box, reply_to(first, "Organisationsnumret är 556677-8898."))  # fails its check digit: asked again
    pipeline.poll_once(box)
    assert len(outbox(box)) == 2 and rows(InvoiceRequest)[0].status == "waiting_for_answer"
    second = sorted(Path(box.outgoing.path).glob("*.eml"))[-1].read_bytes()
    drop(box, reply_to(second, "Organisationsnumret är 556677-8898."))  # the same wrong number again
    pipeline.poll_once(box)
    assert len(outbox(box)) == 2                                        # no third identical question mail
    [req] = rows(InvoiceRequest)
    assert req.status == "needs_review" and "could not be read" in (req.hold_reason or "")


def test_answers_written_under_each_quoted_question():
    body = ("Hej, svar nedan.\n\nDen 13 nov. 2026 kl. 16:20 skrev Kundfaktura <kundfaktura@servicecentret.se>:\n"
            "> Vi behöver följande uppgifter:\n> 1. Antal för rad 1 \"Konsultation\" (lines[0].quantity)\n8 st\n"
            "> 2. Pris för rad 2 \"Utlägg\" (lines[1].unit_price)\n450 kr\n"
            "> Svara på detta meddelande och behåll [REQ-4F7K2] i ämnesraden.\n")
    out = json.loads(json.dumps(parse_message(make_mail(body, subject="SV: [REQ-4F7K2] Komplettering"), REGISTRY),
                                default=str))
    assert out["requests"] == [{"lines": [{"quantity": "8"}, {"unit_price": "450"}]}]
