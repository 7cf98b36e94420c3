"""Bad input never crashes the intake and is never dropped or half-applied: every one of the 80 messages in
shared/data/external/mime (malformed MIME, unknown charsets, odd attachments from real-world test suites) ends
stored, either processed or quarantined with a reason."""
from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from core.billing.models import Invoice
from core.platform.db import session_scope
from core.platform.models import InboundMessage
from core.requests.models import InvoiceRequest
from intake import pipeline
from tests.support.mail import COMPLETE, drop, make_mail


def test_every_external_mime_message_ends_stored_processed_or_quarantined(box, shared_dir):
    files = sorted(p for p in (shared_dir / "data" / "external" / "mime").iterdir() if p.suffix == ".eml")
    assert len(files) == 80
    for p in files:
        drop(box, p.read_bytes(), p.name)
    counts = pipeline.poll_once(box)
    assert counts["fetched"] == 80
    with session_scope() as s:
        msgs = list(s.exec(select(InboundMessage)))
        stored = {m.sha256 for m in msgs}
        assert all(m.status in ("processed", "quarantined", "duplicate") for m in msgs)
        assert all(m.reason for m in msgs if m.status == "quarantined")
        assert not s.exec(select(Invoice)).first() and not s.exec(select(InvoiceRequest)).first()
    import hashlib
    assert {hashlib.sha256(p.read_bytes()).hexdigest() for p in files} == stored
    assert not list((Path(box.path) / "new").iterdir())


def _attach(raw_text: bytes, filename: str, ctype: str, data: bytes) -> bytes:
    import email
    import email.policy

    msg = email.message_from_bytes(raw_text, policy=email.policy.SMTP.clone(max_line_length=998))
    maintype, subtype = ctype.split("/")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def test_request_with_unreadable_attachment_is_quarantined_not_half_applied(box):
    cases = {
        "corrupt xlsx": ("underlag.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         b"this is not a zip"),
        "corrupt pdf": ("underlag.pdf", "application/pdf", b"garbage, no pdf header"),
        "archive": ("underlag.zip", "application/zip", b"PK\x03\x04rest"),
    }
    for fn, ct, data in cases.values():
        drop(box, _attach(make_mail(COMPLETE), fn, ct, data))
    counts = pipeline.poll_once(box)
    assert counts["quarantined"] == 3 and counts["invoices"] == 0
    with session_scope() as s:
        reasons = [m.reason for m in s.exec(select(InboundMessage))]
        assert not s.exec(select(InvoiceRequest)).first()
    assert all("content could not be read completely" in r for r in reasons)
    assert any("XLSX" in r for r in reasons) and any("PDF" in r for r in reasons)
    assert any("archive" in r for r in reasons)
