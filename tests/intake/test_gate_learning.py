"""Learning from answers (intake.layouts): an answer found in a column or label no rule knows becomes a hint for
the sender, so the next message of the same shape goes through without a question; revoked, it asks again."""
from __future__ import annotations

import email.message
import email.policy

from core.billing.models import Invoice
from core.platform.db import session_scope
from core.requests import clarifications, layout_hints
from core.requests.models import InvoiceRequest, LayoutHint, Question
from intake import pipeline
from tests.support.mail import AUTH_SE, HYDRO, drop, make_mail, outbox, reply_to, rows

CSV = "Kundnr;Artikel;Utförda enheter;Kommentar\n10001;1020;{qty};Fältdagar vecka {week}\n"


def csv_mail(qty: str, week: int, sender: str = HYDRO) -> bytes:
    """A request whose only data is a CSV export with the quantity under a header no rule knows."""
    domain = sender.rsplit("@", 1)[1]
    msg = email.message.EmailMessage(policy=email.policy.SMTP)
    msg["Authentication-Results"] = AUTH_SE.format(d=domain)
    msg["From"], msg["To"] = sender, "kundfaktura@servicecentret.se"
    msg["Subject"], msg["Date"] = f"Underlag vecka {week}", "Mon, 16 Nov 2026 09:00:00 +0100"
    msg["Message-ID"] = f"<csv-{week}-{qty}@{domain}>"
    msg.set_content("Hej, underlaget bifogas.\n\nMaria\n")
    msg.add_attachment(CSV.format(qty=qty, week=week).encode("utf-8"), maintype="text", subtype="csv",
                       filename=f"underlag_v{week}.csv")
    return msg.as_bytes()


def _requests() -> list[InvoiceRequest]:
    return sorted(rows(InvoiceRequest), key=lambda r: r.id or 0)


def test_answer_teaches_the_column_and_the_next_message_goes_through(box):
    drop(box, csv_mail("3", 45))
    pipeline.poll_once(box)
    [a] = _requests()
    assert a.status == "waiting_for_answer"
    assert [q.path for q in rows(Question)] == ["lines[0].quantity"]
    [question] = [m for m in outbox(box) if a.token in str(m["Subject"])]
    drop(box, reply_to(question.as_bytes(), "3 dagar"))
    pipeline.poll_once(box)
    [hint] = rows(LayoutHint)
    assert (hint.sender, hint.key, hint.field) == (HYDRO, "utförda enheter", "quantity")
    assert hint.request_id == a.id and hint.revoked_at is None
    assert rows(InvoiceRequest, InvoiceRequest.id == a.id)[0].status == "invoiced"

    drop(box, csv_mail("5", 46))  # same sender, same layout: no question
    pipeline.poll_once(box)
    b = _requests()[-1]
    assert b.status == "invoiced" and b.data["lines"][0]["quantity"] == "5"
    assert not rows(Question, Question.request_id == b.id)

    with session_scope() as s:
        layout_hints.revoke_hint(s, hint.id or 0, "clerk")
    drop(box, csv_mail("4", 47))  # revoked: asked again
    pipeline.poll_once(box)
    c = _requests()[-1]
    assert c.status == "waiting_for_answer"
    assert [q.path for q in rows(Question, Question.request_id == c.id)] == ["lines[0].quantity"]
    assert len(rows(Invoice)) == 2


def test_a_hint_is_per_sender(box):
    with session_scope() as s:
        layout_hints.add_hint(s, HYDRO, "Utförda enheter", "quantity", agency_id=None, request_id=None,
                              question_id=None, actor="test")
    drop(box, csv_mail("2", 48, sender="johan.berg@hydrografiverket.se"))
    pipeline.poll_once(box)
    [r] = _requests()
    assert r.status == "waiting_for_answer"


def test_a_clerks_answer_teaches_too(box):
    drop(box, csv_mail("3", 49))
    pipeline.poll_once(box)
    [q] = rows(Question)
    with session_scope() as s:
        from intake import layouts

        clarifications.answer_question(s, q.id or 0, "3", "clerk")
        learned = layouts.learn_from_request(s, s.get(InvoiceRequest, q.request_id), "clerk")
        assert [(h.key, h.field) for h in learned] == [("utförda enheter", "quantity")]


def test_an_answer_not_found_in_the_message_teaches_nothing(box):
    drop(box, make_mail("Hej!\n\nFakturera Byggbolaget i Norr AB (556712-4085), artikel 1010.\n\nMaria\n"))
    pipeline.poll_once(box)
    [question] = outbox(box)
    drop(box, reply_to(question.as_bytes(), "4"))
    pipeline.poll_once(box)
    assert not rows(LayoutHint)


def test_a_label_no_rule_knows_is_learned_from_the_agencys_reply(box):
    from tests.support.mail import COMPLETE

    body = COMPLETE.replace("Antal: 3", "Omfattning: 3")
    drop(box, make_mail(body))
    pipeline.poll_once(box)
    [question] = outbox(box)
    drop(box, reply_to(question.as_bytes(), "3"))
    pipeline.poll_once(box)
    [hint] = rows(LayoutHint)
    assert (hint.key, hint.field) == ("omfattning", "quantity")
    drop(box, make_mail(body.replace("Omfattning: 3", "Omfattning: 2")))
    pipeline.poll_once(box)
    last = _requests()[-1]
    assert last.status == "invoiced" and last.data["lines"][0]["quantity"] == "2"
