"""The e-mail intake end to end on the embedded default (Maildir drop folder, .eml outbox): requests in, questions
out, answers merged, invoices issued, spoofed mail quarantined, nothing twice, nothing lost."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlmodel import select

from core.billing.models import Invoice
from core.kernel.errors import DomainError, ValidationError
from core.payments.models import PaymentAdvice, PaymentAdviceItem
from core.platform.db import session_scope
from core.platform.models import InboundMessage, MailNotice
from core.registers import register as registers
from core.registers.models import Customer
from core.requests import clarifications
from core.requests import lifecycle as requests
from core.requests.models import InvoiceRequest, Question
from intake import pipeline
from tests.support.mail import (
    AUTH_SE,
    COMPLETE,
    HYDRO,
    MISSING_QTY,
    VESI,
    Crash,
    drop,
    make_mail,
    outbox,
    reply_to,
    rows,
)


def test_complete_request_is_invoiced_and_confirmed(box):
    raw = make_mail(COMPLETE)
    path = drop(box, raw)
    counts = pipeline.poll_once(box)
    assert counts["processed"] == 1 and counts["invoices"] == 1 and counts["mails_sent"] == 1
    [inv] = rows(Invoice)
    assert inv.status == "issued" and inv.source == "email" and inv.total == 36750  # 3 × 9800 + 25 % VAT
    [req] = rows(InvoiceRequest)
    assert req.status == "invoiced" and req.invoice_id == inv.id and req.provenance
    [m] = rows(InboundMessage)
    assert m.raw == raw and m.status == "processed" and len(m.sha256) == 64
    [mail] = outbox(box)
    assert mail["To"] == HYDRO and f"[{req.token}]" in mail["Subject"] and not mail.is_multipart()
    assert inv.number in mail.get_content() and "36 750,00 SEK" in mail.get_content()
    assert mail["In-Reply-To"] == m.message_id
    assert not path.exists() and (Path(box.path) / "processed" / path.name).exists()


def test_missing_field_question_then_reply_issues_invoice(box):
    drop(box, make_mail(MISSING_QTY))
    pipeline.poll_once(box)
    [req] = rows(InvoiceRequest)
    assert req.status == "waiting_for_answer" and not rows(Invoice)
    [q] = rows(Question)
    assert (q.path, q.status) == ("lines[0].quantity", "open")
    [question] = outbox(box)
    assert str(question["Subject"]).startswith(f"[{req.token}]")
    assert question["Message-ID"] == f"<{req.token}.1@servicecentret.se>"
    assert question["In-Reply-To"] == rows(InboundMessage)[0].message_id
    assert '1. Antal för rad 1 "Konsultation, per timme" (lines[0].quantity)' in question.get_content()

    raw_question = sorted(Path(box.outgoing.path).glob("*.eml"))[0].read_bytes()
    drop(box, reply_to(raw_question, "1. 8 timmar"))
    counts = pipeline.poll_once(box)
    assert counts["replies"] == 1
    [inv] = rows(Invoice)
    assert inv.status == "issued" and inv.net_total == 8 * 1150
    [q] = rows(Question)
    assert q.status == "answered" and q.answered_by == HYDRO and q.answer == "8"
    confirmation = outbox(box)[-1]
    assert inv.number in confirmation.get_content() and f"[{req.token}]" in confirmation["Subject"]


def test_reply_that_leaves_something_missing_asks_again(box):
    body = ("Hej, fakturera Okänd Firma Ab för konsultation artikel 1010, 4 timmar.\n\nMvh Maria\n")
    drop(box, make_mail(body))
    pipeline.poll_once(box)
    [req] = rows(InvoiceRequest)
    assert [q.path for q in rows(Question)] == ["customer.org_no"]
    first = sorted(Path(box.outgoing.path).glob("*.eml"))[0].read_bytes()
    drop(box, reply_to(first, "Organisationsnumret är 556677-8898."))  # bad check digit: still missing
    pipeline.poll_once(box)
    assert rows(InvoiceRequest)[0].status == "waiting_for_answer"
    again = [m for m in outbox(box) if m["Message-ID"] == f"<{req.token}.2@servicecentret.se>"]
    assert again and "(customer.org_no)" in again[0].get_content()
    second = sorted(Path(box.outgoing.path).glob(f"{req.token}.2*.eml"))[0].read_bytes()
    drop(box, reply_to(second, "Rätt nummer: 556677-8899."))  # valid but new: the address is asked next
    pipeline.poll_once(box)
    qs = {q.path: q.status for q in rows(Question)}
    assert qs == {"customer.org_no": "answered", "customer.address": "open"}
    third = [m for m in outbox(box) if m["Message-ID"] == f"<{req.token}.3@servicecentret.se>"]
    assert "(customer.address)" in third[0].get_content() and "(customer.org_no)" not in third[0].get_content()
    assert third[0]["References"].split()[0] == rows(InboundMessage)[0].message_id


def test_spoofed_and_unauthenticated_mail_is_quarantined_never_invoiced(box):
    spoofs = {
        "no auth header": make_mail(COMPLETE, auth=None),
        "untrusted server": make_mail(COMPLETE, auth=AUTH_SE.format(d="hydrografiverket.se").replace(
            "mx1.servicecentret.se", "mx.attacker.example")),
        "dkim other domain": make_mail(COMPLETE, auth="mx1.servicecentret.se; dkim=pass header.d=attacker.example; "
                                                      "spf=fail smtp.mailfrom=attacker.example; dmarc=fail "
                                                      "header.from=hydrografiverket.se"),
        "unknown sender": make_mail(COMPLETE, sender="someone@hydrografiverket.se"),
    }
    for raw in spoofs.values():
        drop(box, raw)
    counts = pipeline.poll_once(box)
    assert counts["quarantined"] == 4 and counts["invoices"] == 0
    assert not rows(Invoice) and not rows(InvoiceRequest) and not outbox(box)
    msgs = rows(InboundMessage)
    reasons = " | ".join(m.reason for m in msgs)
    assert "no Authentication-Results header from a trusted receiving server" in reasons
    assert "dmarc=fail" in reasons and "unknown sender someone@hydrografiverket.se" in reasons
    assert len(list((Path(box.path) / "quarantine").iterdir())) == 4

    with pytest.raises(ValidationError):
        with session_scope() as s:
            pipeline.release_message(s, msgs[0].id, "clerk", "")
    with session_scope() as s:
        m = pipeline.release_message(s, msgs[0].id, "clerk", "called Maria, she sent it")
        assert m.status == "processed" and m.decided_by == "clerk"
        d = pipeline.discard_message(s, msgs[1].id, "clerk", "phishing")
        assert d.status == "discarded" and d.decision_reason == "phishing"
        with pytest.raises(DomainError):
            pipeline.discard_message(s, msgs[0].id, "clerk", "too late")
    assert len(rows(Invoice)) == 1
    pipeline.poll_once(box)  # the release's confirmation goes out with the next run
    assert len(outbox(box)) == 1


def test_same_message_twice_gives_one_invoice(box):
    raw = make_mail(COMPLETE, message_id="<same-1@hydrografiverket.se>")
    drop(box, raw)
    drop(box, raw)
    drop(box, raw.replace(b"Sofia Berglund", b"Sofia  Berglund"))  # re-sent: other bytes, same Message-ID
    counts = pipeline.poll_once(box)
    assert counts["fetched"] == 3 and counts["invoices"] == 1
    assert len(rows(Invoice)) == 1 and len(rows(InvoiceRequest)) == 1
    assert sorted(m.status for m in rows(InboundMessage)) == ["duplicate", "processed"]
    drop(box, raw)
    assert pipeline.poll_once(box)["invoices"] == 0 and len(rows(Invoice)) == 1
    assert not list((Path(box.path) / "new").iterdir())


def test_crash_after_store_or_before_move_loses_nothing_and_repeats_nothing(box, monkeypatch):
    path = drop(box, make_mail(COMPLETE))

    def die(*a, **k):
        raise Crash()

    with monkeypatch.context() as mp:  # dies after storing, before processing
        mp.setattr(pipeline, "_process_batch", die)
        mp.setattr(pipeline, "_process_one", die)
        with pytest.raises(Crash):
            pipeline.poll_once(box)
    assert [m.status for m in rows(InboundMessage)] == ["stored"] and path.exists() and not rows(Invoice)
    with monkeypatch.context() as mp:  # dies after the result is committed, before the move
        mp.setattr("intake.maildir.MaildirSource.done", die)
        with pytest.raises(Crash):
            pipeline.poll_once(box)
    assert len(rows(Invoice)) == 1 and path.exists()
    counts = pipeline.poll_once(box)
    assert counts["already_stored"] == 1 and counts["invoices"] == 0
    assert len(rows(Invoice)) == 1 and len(outbox(box)) == 1 and not path.exists()


def test_stored_message_left_behind_is_processed_by_the_next_run(box):
    with session_scope() as s:
        from intake import message_store
        message_store.store(s, make_mail(COMPLETE), "imap", "test", "42")
    assert pipeline.poll_once(box)["invoices"] == 1


def test_web_request_and_clerk_answers(box):
    with session_scope() as s:
        req = requests.submit_request(s, "HYDRO-SE", {
            "customer": {"name": "Nya Mätbolaget AB", "org_no": "5566778899"},
            "lines": [{"article": "1010", "quantity": None}, {"description": "Specialanalys", "quantity": "1"}]},
            actor="clerk@web")
        assert req.status == "waiting_for_answer" and req.source == "web"
        token = req.token
    with session_scope() as s:
        qs = {q.path: q.id for q in clarifications.list_questions(s, requests.find_by_token(s, token).id)}
    assert set(qs) == {"customer.address", "lines[0].quantity", "lines[1].unit_price"}
    with session_scope() as s:
        with pytest.raises(ValidationError) as exc:
            clarifications.answer_question(s, qs["lines[0].quantity"], "åtta", "clerk")
        assert exc.value.field == "lines[0].quantity"
    with session_scope() as s:
        clarifications.answer_question(s, qs["lines[0].quantity"], "8", "clerk")
        clarifications.answer_question(s, qs["lines[1].unit_price"], "4 500,00", "clerk")
        assert requests.find_by_token(s, token).status == "waiting_for_answer"
        clarifications.answer_question(s, qs["customer.address"], "Storgatan 1, 852 30 Sundsvall", "clerk")
        req = requests.find_by_token(s, token)
        assert req.status == "invoiced"
        inv = s.get(Invoice, req.invoice_id)
        assert inv.net_total == 8 * 1150 + 4500 and inv.source == "web"
        cust = s.get(Customer, inv.customer_id)
        assert (cust.org_no, cust.city, cust.name) == ("556677-8899", "Sundsvall", "Nya Mätbolaget AB")
        view = requests.request_view(s, req)
        assert all(q["status"] == "answered" and q["answered_by"] == "clerk" for q in view["questions"])
    assert not rows(MailNotice)  # nobody asked by mail, so nobody is mailed


def test_agency_without_auto_issue_gets_held_invoice(box):
    with session_scope() as s:
        a = registers.agency_by_code(s, "HYDRO-SE")
        a.auto_issue = False
    drop(box, make_mail(COMPLETE))
    pipeline.poll_once(box)
    [inv] = rows(Invoice)
    [req] = rows(InvoiceRequest)
    assert inv.status == "held" and inv.number is None and req.status == "held" and req.hold_reason
    assert not outbox(box)


def test_unknown_article_holds_request_with_reason(box):
    body = COMPLETE.replace("Artikel: 1020 Fältmätning, dag\nAntal: 3",
                            "Artikel: 7010 Extra\nAntal: 1 st\nPris: 500 kr")
    drop(box, make_mail(body))
    pipeline.poll_once(box)
    [req] = rows(InvoiceRequest)
    assert req.status == "held" and "7010" in req.hold_reason and not rows(Invoice) and not rows(Customer,
                                                                                                 Customer.id > 13)


def test_reply_from_other_agency_is_quarantined(box):
    drop(box, make_mail(MISSING_QTY))
    pipeline.poll_once(box)
    question = sorted(Path(box.outgoing.path).glob("*.eml"))[0].read_bytes()
    raw = reply_to(question, "1. 8 timmar", sender=VESI)
    drop(box, raw)
    counts = pipeline.poll_once(box)
    assert counts["quarantined"] == 1 and not rows(Invoice)
    quarantined = rows(InboundMessage, InboundMessage.status == "quarantined")
    assert "not an allowed sender of the agency" in quarantined[0].reason


def test_payment_advice_is_stored_for_matching(box, shared_dir):
    raw = (shared_dir / "corpus" / "intake" / "cases" / "v21_sv_betalningsavisering.eml").read_bytes()
    drop(box, raw)
    assert pipeline.poll_once(box)["advices"] == 1
    [adv] = rows(PaymentAdvice)
    items = rows(PaymentAdviceItem)
    assert adv.total == 54250 and adv.agency_id is not None and len(items) == 4
    assert {(i.invoice_number, i.amount) for i in items} >= {("26100412", 36750), ("26100398", -1250)}


def test_corpus_cases_each_end_processed_or_quarantined(box, shared_dir):
    cases = sorted((shared_dir / "corpus" / "intake" / "cases").glob("*.eml"))
    for p in cases:
        drop(box, p.read_bytes(), p.name)
    counts = pipeline.poll_once(box)
    assert counts["processed"] + counts["quarantined"] == len(cases)
    spam = [m for m in rows(InboundMessage) if "secure-invoice-portal" in (m.from_addr or "")]
    assert spam[0].status == "quarantined"
    with session_scope() as s:
        assert not s.exec(select(Invoice).where(Invoice.request_id.is_(None))).first()


def test_intake_run_cli(tmp_path, registry, capsys):
    from tests.conftest import run_cli

    drop_dir = tmp_path / "drop"
    drop_dir.mkdir()
    (drop_dir / "plain.eml").write_bytes(make_mail(COMPLETE))  # a plain file in the root folder works too
    code, out, err = run_cli(capsys, "intake", "run", "--maildir", str(drop_dir), "--json")
    assert code == 0, err
    counts = json.loads(out)
    assert counts["fetched"] == 1 and counts["invoices"] == 1
    assert (drop_dir / "processed" / "plain.eml").exists()
    code, out, _ = run_cli(capsys, "intake", "requests", "--status", "invoiced", "--json")
    assert json.loads(out)[0]["invoice"]["status"] == "issued"
