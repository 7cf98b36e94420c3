"""A mailbox run stores its messages in batches (intake.pipeline.BATCH, one commit) and processes them in a second
transaction (each as if alone); the mails they cause are claimed CLAIM_BATCH at a time. Neither changes what
happens: every message once, in order, duplicates and reused Message-IDs told apart as before, each mail sent
once."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import select

from core.platform.db import get_engine, session_scope
from core.platform.models import AuditEvent, InboundMessage, MailNotice
from intake import outgoing_mail, pipeline
from intake.mailbox_config import OutgoingConfig
from tests.support.mail import COMPLETE, MISSING_QTY, drop, make_mail, rows


def _commits(fn):
    n = [0]

    def count(conn):
        n[0] += 1

    sa.event.listen(get_engine(), "commit", count)
    try:
        out = fn()
    finally:
        sa.event.remove(get_engine(), "commit", count)
    return out, n[0]


def test_a_batch_is_stored_in_one_commit_and_each_message_processed_once(registry):
    first = make_mail(COMPLETE, message_id="<b-1@hydrografiverket.se>")
    reused = make_mail(MISSING_QTY, message_id="<b-1@hydrografiverket.se>")  # same Message-ID, other content
    items = [(first, "a"), (make_mail(MISSING_QTY), "b"), (first, "c"), (reused, "d")]
    counts: Counter = Counter()
    out, commits = _commits(lambda: pipeline.ingest_many(items, "test", "test", counts=counts))
    assert commits == 1 + 1  # the batch stored, then the new messages that were waiting processed
    assert [m.status for m in out] == ["processed", "processed", "processed", "quarantined"]
    assert out[0].id == out[2].id  # the same bytes twice: one row
    assert "already used by message" in (out[3].reason or "")
    assert counts["stored"] == 3 and counts["already_stored"] == 1
    stored = rows(InboundMessage)
    assert len(stored) == 3
    events = Counter(e.action for e in rows(AuditEvent) if e.entity == "message")
    assert events == {"message.stored": 3, "message.processed": 2, "message.quarantined": 1}
    # again: nothing changes
    again = pipeline.ingest_many(items, "test", "test")
    assert [m.id for m in again] == [m.id for m in out] and len(rows(InboundMessage)) == 3
    assert Counter(e.action for e in rows(AuditEvent) if e.entity == "message") == events


def test_poll_moves_each_message_after_its_batch(box, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH", 3)
    for i in range(7):
        drop(box, make_mail(COMPLETE if i % 2 else MISSING_QTY), name=f"{i:02d}.eml")
    got = pipeline.poll_once(box)
    assert got["fetched"] == got["stored"] == 7 and got["processed"] == 7
    root = Path(box.path)
    assert len(list((root / "processed").iterdir())) == 7 and not list((root / "new").iterdir())
    assert got["mails_sent"] == len(list(Path(box.outgoing.path).glob("*.eml"))) > 0


def test_a_sender_that_fails_gives_back_the_claims_it_did_not_use(box, monkeypatch):
    for _ in range(4):
        pipeline.ingest(make_mail(MISSING_QTY), "test", "test")  # four question mails waiting
    calls = [0]
    real = outgoing_mail.render

    def render(session, notice):
        calls[0] += 1
        if calls[0] == 2:
            raise RuntimeError("template broken")
        return real(session, notice)

    monkeypatch.setattr(outgoing_mail, "render", render)
    out = OutgoingConfig(type="maildir", path=box.outgoing.path)
    with pytest.raises(RuntimeError):
        outgoing_mail.deliver_pending(out)
    with session_scope() as s:
        status = [n.status for n in s.exec(select(MailNotice).order_by(MailNotice.id))]  # type: ignore[arg-type]
    assert status == ["sent", "sending", "pending", "pending"]  # the failing one waits for the lease, as before
    monkeypatch.setattr(outgoing_mail, "render", real)
    assert outgoing_mail.deliver_pending(out) == 2
