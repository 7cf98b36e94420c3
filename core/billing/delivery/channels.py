"""Delivery: choose the channel, write the document to its outbox, record it once.

Channel: a Finnish consumer with an e-invoice receiving proposal gets a Finvoice consumer e-invoice, reminders
included (core.billing.delivery.finvoice.choose_consumer_channel); otherwise Peppol when the customer snapshot has a
peppol_id (and the document can be expressed in EN 16931 and passes the pre-send gate of
core.billing.delivery.official_rules), otherwise print. Other reminder letters go by print
(Peppol BIS Billing has no reminder document). Finvoice files go to outbox_dir("finvoice")/<file>.xml, Peppol files
to outbox_dir("peppol")/<file>.xml; printed PDFs to outbox_dir("print")/<YYYY-MM-DD>/ — one print batch folder per
day, with a manifest.json listing its documents for the print shop.

`deliver` is idempotent: a document already delivered (DeliveryRecord for invoice + document + sequence) is returned
as it was and nothing is written.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from core.billing import lookups
from core.billing.delivery import finvoice
from core.billing.models import DeliveryRecord, Invoice
from core.kernel.errors import DomainError, ValidationError
from core.platform import audit
from core.platform.settings import outbox_dir
from core.registers.models import Agency

from . import official_rules, printing, ubl

DELIVERABLE = ("issued", "paid", "credited")


@dataclass
class Delivery:
    record: DeliveryRecord
    created: bool  # False: it had been delivered before, nothing was written
    fallback_reason: str | None = None

    def as_dict(self) -> dict:
        r = self.record
        return {"invoice_id": r.invoice_id, "channel": r.channel, "document": r.document, "sequence": r.sequence,
                "file": r.file_path, "sha256": r.sha256, "handed_over_at": r.handed_over_at,
                "created": self.created, "fallback_reason": self.fallback_reason}


def choose_channel(inv: Invoice, document: str = "invoice") -> str:
    if document == "reminder":
        return "print"
    return "peppol" if (inv.customer_snapshot or {}).get("peppol_id") else "print"


def existing(session: Session, inv: Invoice, document: str, sequence: int = 0) -> DeliveryRecord | None:
    return session.exec(select(DeliveryRecord).where(DeliveryRecord.invoice_id == inv.id,
                                                     DeliveryRecord.document == document,
                                                     DeliveryRecord.sequence == sequence)).first()


def _doc_name(inv: Invoice, document: str) -> str:
    return "reminder" if document == "reminder" else printing.document_of(inv)


def deliver(session: Session, inv: Invoice, actor: str = "system", document: str = "invoice",
            sequence: int = 0, extra: dict | None = None, day: dt.date | None = None) -> Delivery:
    """Deliver one document of an issued invoice (document="invoice" — also credit notes and interest invoices —
    or "reminder" with sequence = reminder number and extra = {"fee", "due_date"}). Flushes, does not commit."""
    if document not in ("invoice", "reminder"):
        raise ValidationError(f"unknown document {document!r} (invoice|reminder)", "document")
    if inv.status not in DELIVERABLE or not inv.number:
        raise DomainError(f"invoice {inv.number or inv.id} is {inv.status}; only issued documents are delivered")
    assert inv.id is not None  # issued
    doc = _doc_name(inv, document)
    found = existing(session, inv, doc, sequence)
    if found is not None:
        return Delivery(found, created=False)
    agency = lookups.agency_of(session, inv)
    channel = finvoice.choose_consumer_channel(session, inv, document, day if document == "reminder" else None) \
        or choose_channel(inv, document)
    channel, content, path, fallback = _document(session, inv, agency, channel, document, sequence, extra, day)
    _write_atomic(path, content)
    sha = hashlib.sha256(content).hexdigest()
    record = DeliveryRecord(invoice_id=inv.id, channel=channel, document=doc, sequence=sequence,
                            file_path=str(path), sha256=sha, actor=actor)
    session.add(record)
    if document != "reminder":
        inv.delivery_channel = channel
        session.add(inv)
    session.flush()
    if channel == "print":
        _update_manifest(path.parent, record, inv, agency)
    audit.record(session, actor, f"{doc}.delivered", "invoice", inv.id, agency.id, "run", channel=channel,
                 document=doc, sequence=sequence, file=path.name, sha256=sha, fallback_reason=fallback)
    session.flush()
    return Delivery(record, created=True, fallback_reason=fallback)


def _document(session: Session, inv: Invoice, agency: Agency, channel: str, document: str, sequence: int,
              extra: dict | None, day: dt.date | None) -> tuple[str, bytes, Path, str | None]:
    """The channel finally used, the document's content and file, and why Peppol fell back to print (if it did)."""
    if channel == "finvoice":
        if document == "reminder" and day is not None:
            extra = {"date": day, "reminder_no": sequence, **(extra or {})}  # dated by the run, numbered by it
        content = finvoice.finvoice_xml(session, inv, document, extra)
        return channel, content, outbox_dir("finvoice") / finvoice.file_name(inv, agency.code, document, sequence), None
    fallback = None
    if channel == "peppol":
        try:
            content = ubl.invoice_ubl(session, inv)
            fallback = official_rules.refusal(content)  # the pre-send gate: never a document the network rejects
            if fallback is None:
                return channel, content, outbox_dir("peppol") / ubl.file_name(inv, agency.code), None
        except ValidationError as exc:  # e.g. a mixed "outside scope" invoice: EN 16931 cannot carry it
            fallback = exc.message
    content = printing.render_pdf(session, inv, document, extra)
    folder = outbox_dir("print") / (day or dt.date.today()).isoformat()
    folder.mkdir(parents=True, exist_ok=True)
    suffix = f"-{sequence}" if document == "reminder" else ""
    return "print", content, folder / f"{agency.code}-{_doc_name(inv, document)}-{inv.number}{suffix}.pdf", fallback


def _write_atomic(path: Path, content: bytes) -> None:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_bytes(content)
    tmp.replace(path)


def _update_manifest(folder: Path, record: DeliveryRecord, inv: Invoice, agency: Agency) -> None:
    manifest = folder / "manifest.json"
    data: dict[str, Any] = json.loads(manifest.read_text()) if manifest.exists() \
        else {"date": folder.name, "documents": []}
    if not any(d["file"] == Path(record.file_path).name for d in data["documents"]):
        cust = inv.customer_snapshot or {}
        data["documents"].append({"file": Path(record.file_path).name, "agency": agency.code,
                                  "document": record.document, "number": inv.number,
                                  "customer": cust.get("name"), "country": cust.get("country"),
                                  "sha256": record.sha256})
    _write_atomic(manifest, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def undelivered(session: Session, agency_id: int | None = None) -> list[Invoice]:
    """Issued invoices, credit notes and interest invoices that have no delivered document yet."""
    done = select(DeliveryRecord.invoice_id).where(DeliveryRecord.document != "reminder")
    q = select(Invoice).where(col(Invoice.status).in_(DELIVERABLE), col(Invoice.number).is_not(None),
                              col(Invoice.id).not_in(done))
    if agency_id is not None:
        q = q.where(Invoice.agency_id == agency_id)
    return list(session.exec(q.order_by(col(Invoice.agency_id), col(Invoice.id))))


def run(session: Session, actor: str = "system", day: dt.date | None = None,
        agency_id: int | None = None) -> list[Delivery]:
    """Deliver every issued, undelivered document (the `delivery run`)."""
    return [deliver(session, inv, actor, day=day) for inv in undelivered(session, agency_id)]
