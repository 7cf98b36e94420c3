"""Issue #17, finding 4: a message's identity is its Message-ID and its content. The same bytes twice, or the same
message over a second route (other trace headers), invoice once; a different message reusing a Message-ID is
quarantined with that reason and can be released — it is never dropped."""
from __future__ import annotations

from core.billing.models import Invoice
from core.platform.db import session_scope
from core.platform.models import InboundMessage
from intake import pipeline
from tests.support.mail import COMPLETE, drop, make_mail, rows

MID = "<order-7@hydrografiverket.se>"


def test_same_bytes_twice_is_a_no_op(box):
    raw = make_mail(COMPLETE, message_id=MID)
    drop(box, raw)
    assert pipeline.poll_once(box)["invoices"] == 1
    drop(box, raw)
    counts = pipeline.poll_once(box)
    assert counts["invoices"] == 0 and counts["already_stored"] == 1
    assert len(rows(InboundMessage)) == 1 and len(rows(Invoice)) == 1


def test_second_delivery_route_is_a_duplicate(box):
    raw = make_mail(COMPLETE, message_id=MID)
    relayed = b"Received: from relay.servicecentret.se by mx1.servicecentret.se; Mon, 16 Nov 2026\r\n" + raw
    drop(box, raw)
    drop(box, relayed)
    assert pipeline.poll_once(box)["invoices"] == 1
    assert sorted(m.status for m in rows(InboundMessage)) == ["duplicate", "processed"]


def test_different_message_reusing_a_message_id_is_quarantined_then_released(box):
    drop(box, make_mail(COMPLETE, message_id=MID))
    pipeline.poll_once(box)
    drop(box, make_mail(COMPLETE.replace("Antal: 3", "Antal: 5"), message_id=MID))
    counts = pipeline.poll_once(box)
    assert counts["invoices"] == 0 and counts["quarantined"] == 1
    first, second = rows(InboundMessage)
    assert second.status == "quarantined"
    assert f"already used by message {first.id} with different content" in second.reason
    with session_scope() as s:
        released = pipeline.release_message(s, second.id, "clerk", "Maria confirms a second order")
        assert released.status == "processed"
    assert sorted(i.total for i in rows(Invoice)) != [] and len(rows(Invoice)) == 2
