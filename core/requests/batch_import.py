"""Invoicing by file: one import for every channel (CLI, API, web upload, drop folder).

A batch (CSV, XLSX or JSON; core.requests.batch_format) is read, every row checked (core.requests.batch_check),
and the good invoices are drafted and issued through the bulk path (core.billing.issuing.issue_many) in the
caller's ONE transaction. What happens to the rest is the agency's `batch_policy`:
* "partial" (default): the good invoices are issued; rejected rows are listed in the receipt (row, field, reason,
  in the agency's language) and nothing of them is written; invoices with gaps (a missing price or quantity, an
  unknown customer's org. number or address) become invoicing requests with questions, answered through the
  clarification loop as e-mail requests are (core.requests.lifecycle.create_request);
* "all_or_nothing": nothing is issued (and no request made) until every row is right; the receipt lists every
  rejected row and gap.
Idempotent: an InvoiceBatch row, unique per (agency, client batch id) and per (agency, file SHA-256), is claimed
first; the same file or batch id again changes nothing and returns the first receipt (`already_imported`).
`dry_run` checks and returns the receipt without writing anything.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from core.billing import issuing
from core.kernel.errors import NotFound, ValidationError
from core.kernel.identifiers import mask_personnummer
from core.kernel.jsonenc import jsonable
from core.kernel.money import ZERO, money_str
from core.platform import audit, correspondence
from core.platform.db import is_postgres
from core.registers import register as registers
from core.registers.models import Agency, Customer
from core.requests import lifecycle
from core.requests.batch_check import Checked, check_batch, question_reasons
from core.requests.batch_format import Batch, BatchFileError, read_batch, read_json
from core.requests.models import InvoiceBatch

POLICIES = ("partial", "all_or_nothing")
ISSUE_CHUNK = 1000  # invoices per issue_many call (one transaction for the whole batch all the same)
SOURCES = ("cli", "api", "web", "drop")
__all__ = ["BatchFileError", "POLICIES", "SOURCES", "import_bytes", "import_json", "import_path", "receipt_of"]


def import_path(session: Session, agency: Agency, path: Path, **kw: Any) -> dict[str, Any]:
    """Import a file from disk (hashed in chunks, then parsed streaming)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError as exc:
        raise BatchFileError(f"cannot read {path}: {exc.strerror}") from exc

    def reader() -> Batch:
        with open(path, "rb") as fh:
            return read_batch(fh, path.name)
    return _import(session, agency, digest.hexdigest(), reader, kw.pop("filename", path.name), **kw)


def import_bytes(session: Session, agency: Agency, data: bytes, filename: str = "", **kw: Any) -> dict[str, Any]:
    """Import a file's content (web upload, API file upload)."""
    def reader() -> Batch:
        return read_batch(io.BytesIO(data), filename)
    return _import(session, agency, hashlib.sha256(data).hexdigest(), reader, filename, **kw)


def import_json(session: Session, agency: Agency, body: dict[str, Any], **kw: Any) -> dict[str, Any]:
    """Import a JSON batch (API); its hash is that of its canonical JSON text."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str).encode()

    def reader() -> Batch:
        return read_json(body)
    return _import(session, agency, hashlib.sha256(canonical).hexdigest(), reader, "", **kw)


def find_batch(session: Session, agency: Agency, sha256: str | None = None,
               client_batch_id: str | None = None) -> InvoiceBatch | None:
    """The agency's earlier batch with this file hash or client batch id."""
    for column, value in (("client_batch_id", client_batch_id), ("sha256", sha256)):
        if value:
            row = session.exec(select(InvoiceBatch).where(InvoiceBatch.agency_id == agency.id,
                                                          getattr(InvoiceBatch, column) == value)).first()
            if row is not None:
                return row
    return None


def receipt_of(row: InvoiceBatch, again: bool = True) -> dict[str, Any]:
    """A stored batch's receipt (`already_imported` when it is asked for again)."""
    return {**row.receipt, "already_imported": again}


def _import(session: Session, agency: Agency, sha256: str, reader: Callable[[], Batch], filename: str, *,
            client_batch_id: str | None = None, source: str = "cli", actor: str = "cli", dry_run: bool = False,
            requested_by: str | None = None, today: dt.date | None = None, policy: str | None = None
            ) -> dict[str, Any]:
    if agency.id is None:
        raise NotFound("the agency is not in the register", "agency")
    earlier = find_batch(session, agency, sha256, client_batch_id)
    if earlier is not None:
        return receipt_of(earlier)
    batch = reader()
    client_batch_id = client_batch_id or batch.client_batch_id
    earlier = find_batch(session, agency, None, client_batch_id)
    if earlier is not None:
        return receipt_of(earlier)
    policy = policy or agency.batch_policy or "partial"
    if policy not in POLICIES:
        raise ValidationError(f"unknown batch policy {policy!r} (one of {', '.join(POLICIES)})", "batch_policy")
    lang = registers.agency_language(agency)
    checked = check_batch(session, agency, batch, lang, today, source="file")
    head = {"agency": agency.code, "client_batch_id": client_batch_id, "file": filename, "sha256": sha256,
            "format": batch.format, "policy": policy, "dry_run": dry_run, "rows": batch.rows,
            "invoices": len(checked), "unknown_columns": batch.header_problems}
    if dry_run:
        return _receipt(head, checked, [], [], policy, lang, dry_run=True)
    row = _claim(session, agency, sha256, client_batch_id, source, filename, actor)
    if row is None:  # claimed meanwhile by a concurrent import of the same batch
        found = find_batch(session, agency, sha256, client_batch_id)
        if found is None:
            raise ValidationError("the batch is being imported by another process; try again", "batch")
        return receipt_of(found)
    ok = [c for c in checked if c.status == "ok"]
    blocked = policy == "all_or_nothing" and len(ok) < len(checked)
    issued = [] if blocked else _issue(session, agency, ok, actor)
    asked = [] if blocked else _ask(session, agency, checked, actor, requested_by)
    receipt = _receipt({"batch_id": row.id, **head}, checked, issued, asked, policy, lang)
    _store(session, row, receipt)
    audit.record(session, actor, "batch.import", "invoice_batch", row.id, agency.id, source,
                 sha256=sha256, client_batch_id=client_batch_id, rows=batch.rows, issued=receipt["issued"],
                 rejected=receipt["rejected"], questions=receipt["questions"])
    if requested_by and source in ("api", "drop"):
        _mail(session, agency, row, receipt, requested_by, lang)
    return receipt


def _claim(session: Session, agency: Agency, sha256: str, client_batch_id: str | None, source: str,
           filename: str, actor: str) -> InvoiceBatch | None:
    """The batch's row, inserted first so that a concurrent import of the same batch waits and then finds it."""
    assert agency.id is not None  # checked by the caller
    if not is_postgres(session):
        # pysqlite opens a transaction only before a data-changing statement, and an outermost SAVEPOINT is a
        # transaction of its own that its RELEASE commits: the claim would be committed at once, before the batch
        # is imported. A no-op UPDATE opens the real transaction (and takes SQLite's one write lock) first.
        session.execute(sa.text("UPDATE invoicebatch SET id = id WHERE 1 = 0"))
    row = InvoiceBatch(agency_id=agency.id, client_batch_id=client_batch_id, sha256=sha256, source=source,
                       filename=(filename or None) and filename[:255], created_by=actor[:120], status="importing")
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        return None
    return row


def _issue(session: Session, agency: Agency, ok: list[Checked], actor: str) -> list[tuple[Checked, dict]]:
    """New customers created (once per org. number), then every good invoice drafted and issued in bulk."""
    made: dict[str, Customer] = {}
    for c in ok:
        if c.customer is None and c.new_customer:
            org = c.new_customer["org_no"]
            if org not in made:
                made[org] = registers.upsert_customer(session, c.new_customer, actor, source="file")
            c.customer = made[org]
    items = [(c.customer, c.lines, c.opts) for c in ok if c.customer is not None]
    rows: list[dict] = []
    for i in range(0, len(items), ISSUE_CHUNK):  # same transaction; chunks only bound the memory of one call
        rows += issuing.issue_many(session, agency, items[i:i + ISSUE_CHUNK], actor=actor)
    return list(zip(ok, rows))


def _ask(session: Session, agency: Agency, checked: list[Checked], actor: str,
         requested_by: str | None) -> list[tuple[Checked, Any]]:
    """Each invoice with gaps as an invoicing request with its questions (the clarification loop)."""
    out = []
    for c in checked:
        if c.status == "question":
            req = lifecycle.create_request(session, agency, c.request, source="file", actor=actor,
                                           requested_by=requested_by, questions=list(c.questions),
                                           provenance={"batch_rows": c.rows, "invoice_key": c.key})
            out.append((c, req))
    return out


def _receipt(head: dict[str, Any], checked: list[Checked], issued: list[tuple[Checked, dict]],
             asked: list[tuple[Checked, Any]], policy: str, lang: str, dry_run: bool = False) -> dict[str, Any]:
    bad = [c for c in checked if c.status == "rejected"]
    gaps = [c for c in checked if c.status == "question"]
    blocked = not dry_run and policy == "all_or_nothing" and (bad or gaps)
    errors = [e for c in bad for e in c.errors]
    if blocked or (dry_run and policy == "all_or_nothing"):
        errors += [e for c in gaps for e in question_reasons(c, lang)]
    errors.sort(key=lambda e: (e["row"], e["field"]))
    done = [(c, r) for c, r in issued if r["status"] == "issued"]
    held = [(c, r) for c, r in issued if r["status"] != "issued"]
    status = ("validated" if dry_run else "empty" if not checked
              else "rejected" if blocked or not (done or asked or held)
              else "issued" if not (bad or gaps or held) else "partial" if done else "questions")
    ready = [c for c in checked if c.status == "ok"]
    return jsonable({
        **head, "status": status, "already_imported": False,
        "ready": len(ready), "issued": len(done), "held": len(held),
        "rejected": len(bad) + (len(gaps) if blocked else 0), "rejected_rows": len({e["row"] for e in errors}),
        "not_issued": len(ready) if blocked else 0, "questions": 0 if blocked else len(gaps),
        "total": money_str(sum((r["total"] for _, r in done), start=ZERO)),
        "errors": errors,
        "issued_invoices": [{"invoice_key": c.key, "rows": c.rows, "number": r["number"], "id": r["id"],
                             "customer": c.customer.customer_number if c.customer else None,
                             "total": money_str(r["total"])} for c, r in done],
        "held_invoices": [{"invoice_key": c.key, "rows": c.rows, "id": r["id"], "reason": r["hold_reason"]}
                          for c, r in held],
        "requests": [{"invoice_key": c.key, "rows": c.rows, "token": req.token, "status": req.status,
                      "questions": question_reasons(c, lang)} for c, req in asked]
        if asked else [{"invoice_key": c.key, "rows": c.rows, "questions": question_reasons(c, lang)}
                       for c in gaps if not blocked],
        "preview": [_preview(c) for c in checked] if dry_run else None,
    })


def _preview(c: Checked) -> dict[str, Any]:
    """One invoice as the web preview shows it before anything is issued."""
    cust = c.customer
    return {"invoice_key": c.key, "rows": c.rows, "status": c.status,
            "customer": (f"{cust.customer_number} {cust.name}" if cust else
                         (c.new_customer or {}).get("name") or c.request.get("customer", {}).get("name")),
            "org_no": mask_personnummer(cust.org_no if cust else (c.new_customer or {}).get("org_no")),
            "new_customer": bool(c.new_customer) and cust is None,
            "lines": len(c.lines), "total": money_str(c.total)}


def _store(session: Session, row: InvoiceBatch, receipt: dict[str, Any]) -> None:
    row.status = receipt["status"]
    row.rows, row.invoices, row.issued = receipt["rows"], receipt["invoices"], receipt["issued"]
    row.rejected, row.questions, row.receipt = receipt["rejected"], receipt["questions"], receipt
    session.add(row)
    session.flush()


SUBJECT = {"sv": "Kvitto: fakturafil {file}", "fi": "Kuittaus: laskutustiedosto {file}",
           "en": "Receipt: invoicing file {file}"}
SUMMARY = {"sv": "Rader {rows}, fakturor {invoices}: {issued} utställda, {rejected} avvisade, {questions} med "
                 "frågor.", "fi": "Rivejä {rows}, laskuja {invoices}: {issued} laskutettu, {rejected} hylätty, "
                                  "{questions} kysymyksiä.",
           "en": "Rows {rows}, invoices {invoices}: {issued} issued, {rejected} rejected, {questions} with questions."}
ROW = {"sv": "rad", "fi": "rivi", "en": "row"}


def _mail(session: Session, agency: Agency, row: InvoiceBatch, receipt: dict[str, Any], to: str, lang: str) -> None:
    """The receipt to the sender (recorded in this transaction, delivered after commit by the intake's mail loop)."""
    lines = [SUMMARY[lang].format(**receipt), ""]
    lines += [f"{ROW[lang]} {e['row']}  {e['field']}: {e['reason']}" for e in receipt["errors"][:500]]
    lines += [f"{r.get('token', '')} {r['invoice_key']}: " + "; ".join(q["reason"] for q in r["questions"])
              for r in receipt["requests"]]
    correspondence.record_notice(session, agency, "batch_receipt", f"batch-{row.id}", to,
                                 subject=SUBJECT[lang].format(file=row.filename or row.client_batch_id or row.id),
                                 body="\n".join(lines) + "\n")
