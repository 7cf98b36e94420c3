"""A batch of messages is processed in one transaction (intake.pipeline._process_batch) and the mails it caused are
marked sent one commit per claimed batch when they go to the outbox folder: what happens is the same as with one
transaction per message — every message decided once, in order, a failing one quarantined with the error and the
others as if it had not been there, each mail written once."""
from __future__ import annotations

from collections import Counter

import sqlalchemy as sa
from sqlmodel import select

from core.platform.db import get_engine, session_scope
from core.platform.models import AuditEvent, InboundMessage, MailNotice
from core.requests.models import InvoiceRequest, Question
from intake import outgoing_mail, pipeline
from intake.mailbox_config import OutgoingConfig
from tests.support.mail import COMPLETE, MISSING_QTY, make_mail, rows


def _counting(fn):
    """(fn(), commits, statements) on the intake's engine."""
    commits, statements = [0], []

    def on_commit(conn):
        commits[0] += 1

    def on_execute(conn, cursor, statement, params, context, executemany):
        statements.append(" ".join(statement.split()))

    eng = get_engine()
    sa.event.listen(eng, "commit", on_commit)
    sa.event.listen(eng, "before_cursor_execute", on_execute)
    try:
        out = fn()
    finally:
        sa.event.remove(eng, "commit", on_commit)
        sa.event.remove(eng, "before_cursor_execute", on_execute)
    return out, commits[0], statements


def test_a_batch_is_processed_in_one_commit_with_the_audit_rows_in_one_insert(registry):
    items = [(make_mail(COMPLETE if i % 2 else MISSING_QTY), None) for i in range(6)]
    counts: Counter = Counter()
    out, commits, stmts = _counting(lambda: pipeline.ingest_many(items, "test", "test", counts=counts))
    assert [m.status for m in out] == ["processed"] * 6
    assert commits == 2  # stored, then processed (one transaction per message made it 1 + 6)
    assert sum(s.upper().startswith("INSERT INTO AUDITEVENT") for s in stmts) == 2
    # a request created now has no questions to read back; a message's earlier Message-ID is read by its claim
    assert not [s for s in stmts if s.upper().startswith("SELECT") and "FROM QUESTION" in s.upper()]
    assert counts["processed"] == 6 and counts["requests"] == 6
    assert len(rows(InvoiceRequest)) == 6 and len(rows(Question)) == 3
    events = Counter(e.action for e in rows(AuditEvent) if e.entity == "message")
    assert events == {"message.stored": 6, "message.processed": 6}


def test_a_failing_message_redoes_its_batch_one_transaction_per_message(registry, monkeypatch):
    real = pipeline._apply
    calls: list[str | None] = []

    def apply(session, m, parsed, agency):
        calls.append(m.message_id)
        if m.message_id == "<fails@hydrografiverket.se>":
            raise RuntimeError("broken")
        return real(session, m, parsed, agency)

    monkeypatch.setattr(pipeline, "_apply", apply)
    items = [(make_mail(COMPLETE), None), (make_mail(COMPLETE, message_id="<fails@hydrografiverket.se>"), None),
             (make_mail(MISSING_QTY), None)]
    counts: Counter = Counter()
    out = pipeline.ingest_many(items, "test", "test", counts=counts)
    assert [m.status for m in out] == ["processed", "quarantined", "processed"]
    assert "processing failed: RuntimeError: broken" in (out[1].reason or "")
    assert len(calls) == 2 + 3  # the batch up to the failure, then each message on its own
    assert counts["processed"] == 2 and counts["quarantined"] == 1 and counts["requests"] == 2
    reqs = rows(InvoiceRequest)
    assert sorted(r.message_id for r in reqs) == sorted([out[0].id, out[2].id])  # each once
    assert len(rows(Question)) == 1
    with session_scope() as s:
        assert [m.status for m in s.exec(select(InboundMessage).order_by(InboundMessage.id))] == \
            ["processed", "quarantined", "processed"]  # type: ignore[arg-type]
    events = Counter(e.action for e in rows(AuditEvent) if e.entity in ("message", "invoice_request"))
    assert events["message.processed"] == 2 and events["message.quarantined"] == 1
    assert events["request.create"] == 2


def test_outbox_mails_are_marked_sent_one_commit_per_claimed_batch(box):
    for _ in range(4):
        pipeline.ingest(make_mail(MISSING_QTY), "test", "test")  # four question mails waiting
    out = OutgoingConfig(type="maildir", path=box.outgoing.path)
    sent, commits, _ = _counting(lambda: outgoing_mail.deliver_pending(out))
    assert sent == 4
    assert commits == 2  # the claim, then the four outcomes (one commit each made it 1 + 4)
    with session_scope() as s:
        assert {n.status for n in s.exec(select(MailNotice))} == {"sent"}
    assert outgoing_mail.deliver_pending(out) == 0
