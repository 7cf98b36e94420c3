"""Delivery: choose the channel, write the document to its outbox, record it once.

Channel: a Finnish consumer with an e-invoice receiving proposal gets a Finvoice consumer e-invoice, reminders
included (core.billing.delivery.finvoice.choose_consumer_channel); otherwise Peppol when the customer snapshot has a
peppol_id (and the document can be expressed in EN 16931 and passes the pre-send gate of
core.billing.delivery.official_rules), otherwise print. Other reminder letters go by print
(Peppol BIS Billing has no reminder document). Finvoice files go to outbox_dir("finvoice")/<file>.xml, Peppol files
to outbox_dir("peppol")/<file>.xml; printed PDFs to outbox_dir("print")/<YYYY-MM-DD>/ — one print folder per
day, with a manifest.json listing its documents for the print shop. Runs (`run`, the reminder letters) go through
`deliver_many`, which also puts the run's printed documents into one batch PDF (core.billing.delivery.print_batch)
and writes the manifest once per batch; printed documents are drawn with ReportLab (print_layout), not WeasyPrint.

`deliver` and `deliver_many` are idempotent: a document already delivered (DeliveryRecord for invoice + document +
sequence, unique in the database) is returned as it was and nothing is written. The files are written before the
records are committed: a crash in between leaves files that the next attempt writes again under the same names
(batch names come from their documents), and the manifest lists each file once.
"""
from __future__ import annotations

import datetime as dt
import hashlib
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

from . import official_rules, print_batch, printing, ubl

DELIVERABLE = ("issued", "paid", "credited")
RUN_CHUNK = 2000  # documents per print batch file and per flush


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


@dataclass
class Item:
    """One document to deliver: an issued invoice (also a credit note or interest invoice) as document="invoice",
    or its reminder number `sequence` as document="reminder" with extra = {"fee", "due_date"}; `day` dates the
    print folder (and a reminder's Finvoice message)."""
    inv: Invoice
    document: str = "invoice"
    sequence: int = 0
    extra: dict | None = None
    day: dt.date | None = None


def deliver(session: Session, inv: Invoice, actor: str = "system", document: str = "invoice",
            sequence: int = 0, extra: dict | None = None, day: dt.date | None = None) -> Delivery:
    """Deliver one document of an issued invoice (document="invoice" — also credit notes and interest invoices —
    or "reminder" with sequence = reminder number and extra = {"fee", "due_date"}). A printed document is written
    on its own (no batch file) and listed in the day's manifest. Flushes, does not commit."""
    return deliver_many(session, [Item(inv, document, sequence, extra, day)], actor)[0]


def deliver_many(session: Session, items: list[Item], actor: str = "system",
                 batch_label: str | None = None) -> list[Delivery]:
    """Deliver many documents at once (a delivery run, a reminder run's letters): each exactly once as `deliver`
    does, in the order given. With `batch_label` the printed ones also go into one batch PDF per day's folder
    (core.billing.delivery.print_batch: the print service's file, `batch-<label>-….pdf`) and the manifest is
    written once per batch. Documents delivered before are returned as they were (created=False) and nothing is
    written for them. Flushes once, does not commit."""
    for it in items:
        if it.document not in ("invoice", "reminder"):
            raise ValidationError(f"unknown document {it.document!r} (invoice|reminder)", "document")
        if it.inv.status not in DELIVERABLE or not it.inv.number:
            raise DomainError(f"invoice {it.inv.number or it.inv.id} is {it.inv.status}; "
                              "only issued documents are delivered")
    found = _existing_many(session, items)
    results: list[Delivery | None] = [None] * len(items)
    printed: dict[Path, list[tuple[int, Item, Agency, str | None, print_batch.Printed]]] = {}
    taken: set[tuple[int, str, int]] = set()
    keys: list[tuple[int, str, int]] = []
    for n, it in enumerate(items):
        inv = it.inv
        assert inv.id is not None  # issued
        key = (inv.id, _doc_name(inv, it.document), it.sequence)
        keys.append(key)
        if key in found:
            results[n] = Delivery(found[key], created=False)
            continue
        if key in taken:  # the same document twice in one call: once
            continue
        taken.add(key)
        agency = lookups.agency_of(session, inv)
        channel = finvoice.choose_consumer_channel(session, inv, it.document,
                                                   it.day if it.document == "reminder" else None) \
            or choose_channel(inv, it.document)
        channel, content, path, fallback = _electronic(session, inv, agency, channel, it)
        if channel != "print":
            assert content is not None and path is not None
            _write_atomic(path, content)
            results[n] = _record(session, it, agency, channel, path, hashlib.sha256(content).hexdigest(), fallback,
                                 actor)
            continue
        folder = outbox_dir("print") / (it.day or dt.date.today()).isoformat()
        item = print_batch.Printed(printing.print_drawing(session, inv, it.document, it.extra), _print_file(agency, it),
                                   _manifest_entry(inv, agency, it))
        printed.setdefault(folder, []).append((n, it, agency, fallback, item))
    for folder, group in printed.items():
        folder.mkdir(parents=True, exist_ok=True)
        if batch_label is None:
            for *_, item in group:
                print_batch.write_single(folder, item)
        else:
            print_batch.write_batch(folder, batch_label, [g[-1] for g in group])
        for n, it, agency, fallback, item in group:
            results[n] = _record(session, it, agency, "print", folder / item.file, item.sha256, fallback, actor)
    session.flush()
    done = [r for r in results if r is not None]
    if len(done) < len(items):  # a document listed twice: the later ones get the first one's delivery
        by_key = {(r.record.invoice_id, r.record.document, r.record.sequence): r for r in done}
        done = [r if r is not None else by_key[key] for r, key in zip(results, keys)]
    return done


def _existing_many(session: Session, items: list[Item]) -> dict[tuple[int, str, int], DeliveryRecord]:
    """The delivery records already made for these documents, by (invoice, document, sequence): one query per
    thousand invoices instead of one per document."""
    ids = sorted({it.inv.id for it in items if it.inv.id is not None})
    out: dict[tuple[int, str, int], DeliveryRecord] = {}
    for start in range(0, len(ids), 1000):
        chunk = ids[start:start + 1000]
        for rec in session.exec(select(DeliveryRecord).where(col(DeliveryRecord.invoice_id).in_(chunk))):
            out[(rec.invoice_id, rec.document, rec.sequence)] = rec
    return out


def _record(session: Session, it: Item, agency: Agency, channel: str, path: Path, sha: str, fallback: str | None,
            actor: str) -> Delivery:
    """The DeliveryRecord and audit event of one document handed over (added to the session, not flushed)."""
    inv, doc = it.inv, _doc_name(it.inv, it.document)
    assert inv.id is not None
    record = DeliveryRecord(invoice_id=inv.id, channel=channel, document=doc, sequence=it.sequence,
                            file_path=str(path), sha256=sha, actor=actor)
    session.add(record)
    if it.document != "reminder":
        inv.delivery_channel = channel
        session.add(inv)
    audit.record(session, actor, f"{doc}.delivered", "invoice", inv.id, agency.id, "run", channel=channel,
                 document=doc, sequence=it.sequence, file=path.name, sha256=sha, fallback_reason=fallback)
    return Delivery(record, created=True, fallback_reason=fallback)


def _electronic(session: Session, inv: Invoice, agency: Agency, channel: str,
                it: Item) -> tuple[str, bytes | None, Path | None, str | None]:
    """The channel finally used and, for Finvoice and Peppol, the document's content and file; for print
    (content and file None) why Peppol fell back to print, if it did."""
    if channel == "finvoice":
        extra = it.extra
        if it.document == "reminder" and it.day is not None:
            extra = {"date": it.day, "reminder_no": it.sequence, **(extra or {})}  # dated by the run, numbered by it
        content = finvoice.finvoice_xml(session, inv, it.document, extra)
        return channel, content, outbox_dir("finvoice") / finvoice.file_name(inv, agency.code, it.document,
                                                                             it.sequence), None
    fallback = None
    if channel == "peppol":
        try:
            content = ubl.invoice_ubl(session, inv)
            fallback = official_rules.refusal(content)  # the pre-send gate: never a document the network rejects
            if fallback is None:
                return channel, content, outbox_dir("peppol") / ubl.file_name(inv, agency.code), None
        except ValidationError as exc:  # e.g. a mixed "outside scope" invoice: EN 16931 cannot carry it
            fallback = exc.message
    return "print", None, None, fallback


def _print_file(agency: Agency, it: Item) -> str:
    suffix = f"-{it.sequence}" if it.document == "reminder" else ""
    return f"{agency.code}-{_doc_name(it.inv, it.document)}-{it.inv.number}{suffix}.pdf"


def _manifest_entry(inv: Invoice, agency: Agency, it: Item) -> dict[str, Any]:
    cust = inv.customer_snapshot or {}
    return {"agency": agency.code, "document": _doc_name(inv, it.document), "sequence": it.sequence,
            "number": inv.number, "reference": inv.reference, "customer": cust.get("name"),
            "country": cust.get("country")}


def _write_atomic(path: Path, content: bytes) -> None:
    print_batch.write_atomic(path, content)


def undelivered(session: Session, agency_id: int | None = None) -> list[Invoice]:
    """Issued invoices, credit notes and interest invoices that have no delivered document yet."""
    done = select(DeliveryRecord.invoice_id).where(DeliveryRecord.document != "reminder")
    q = select(Invoice).where(col(Invoice.status).in_(DELIVERABLE), col(Invoice.number).is_not(None),
                              col(Invoice.id).not_in(done))
    if agency_id is not None:
        q = q.where(Invoice.agency_id == agency_id)
    return list(session.exec(q.order_by(col(Invoice.agency_id), col(Invoice.id))))


def run(session: Session, actor: str = "system", day: dt.date | None = None,
        agency_id: int | None = None, chunk: int = RUN_CHUNK) -> list[Delivery]:
    """Deliver every issued, undelivered document (the `delivery run`): the printed ones into the day's print
    batch, one batch file per `chunk` documents (memory stays bounded at any size)."""
    todo = undelivered(session, agency_id)
    out: list[Delivery] = []
    for start in range(0, len(todo), chunk):
        out += deliver_many(session, [Item(inv, day=day) for inv in todo[start:start + chunk]], actor,
                            batch_label="delivery")
    return out
