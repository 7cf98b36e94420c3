"""`parse_message(raw, registry)`: one e-mail → the intake contract (kind, requests, payment_advice, token).

A pure function of the message bytes and a registry dict shaped like registry.json — no database — so it can be
tested on a corpus and run in bulk. Every extracted value carries provenance (which MIME part, which
line/row/cell/page) so an operator can see where a number came from. Messages the parser cannot use are not
errors: `problems` says why, for quarantine. Turning fragments into requests is `intake.assemble`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from intake.assemble import build_request, merge
from intake.extract.csvfile import read_csv
from intake.extract.html import html_to_text
from intake.extract.masterdata import from_rows as md_from_rows
from intake.extract.masterdata import from_text as md_from_text
from intake.extract.masterdata import is_masterdata
from intake.extract.masterdata import reply_answers as masterdata_reply
from intake.extract.mime import Mail, Part, parse_mail
from intake.extract.model import Fragment
from intake.extract.payment_replies import payment_reply
from intake.extract.payments import is_payment_advice, parse_advice
from intake.extract.registry import Registry, compile_registry
from intake.extract.replies import find_token, parse_reply
from intake.extract.tables import rows_to_fragments
from intake.extract.text import read_text
from intake.extract.text_context import TextContext

_AUTO_SUBJECT_RE = re.compile(r"(?i)^\s*(?:automatiskt svar|autosvar|automaattinen vastaus|out of office|"
                              r"auto(?:matic)? ?reply|auto:|frånvaro|poissaolo|abwesenheit|i am out of the office)")
_AUTO_BODY_RE = re.compile(r"(?i)\b(?:olen lomalla|jag är på semester|jag är ledig|i am on (?:leave|vacation|holiday)|"
                           r"out of (?:the )?office|är tjänstledig|olen poissa)")
_BULK_RE = re.compile(r"(?i)\b(?:avregistrera|unsubscribe|prenumererar|peruuta tilaus|tilauksen peruutus|"
                      r"manage (?:your )?subscription)\b")


def _body_text(parts: list[Part]) -> str:
    texts = [p.text or "" for p in parts if not p.is_attachment and p.kind == "text"]
    if any(t.strip() for t in texts):
        return "\n\n".join(texts)
    htmls = [html_to_text(p.text or "") for p in parts if not p.is_attachment and p.kind == "html"]
    return "\n\n".join(htmls)


def _all_texts(mail: Mail, pdf_cache: dict) -> list[str]:
    """Every readable text in the message (body, nested messages, text/PDF attachments) for classification."""
    out = [_body_text(mail.parts)]
    for p in mail.parts:
        if p.kind == "message" and p.message:
            out.extend(_all_texts(p.message, pdf_cache))
        elif p.kind == "pdf" and p.data:
            out.extend(t for _, t, _ in _pdf(p, pdf_cache, mail))
        elif p.is_attachment and p.kind == "text" and p.text:
            out.append(p.text)
    return out


def _pdf(p: Part, cache: dict, mail: Mail) -> list:
    key = id(p)
    if key not in cache:
        from intake.extract.pdf import read_pdf
        pages, problems = read_pdf(p.data or b"")
        mail.problems.extend(f"{p.label}: {x}" for x in problems)
        cache[key] = pages
    return cache[key]


def _fragments(mail: Mail, ctx: TextContext, pdf_cache: dict, prefix: str = "") -> list[Fragment]:
    """Fragments in reading order: the body first, then attachments in MIME order (nested messages recursively)."""
    frags: list[Fragment] = []
    body = _body_text(mail.parts)
    if body.strip():
        frags.extend(read_text(body, _ctx(ctx, prefix + "body"), mail.subject if not prefix else ""))
    for p in mail.parts:
        label = prefix + p.label
        if p.kind == "message" and p.message:
            frags.extend(_fragments(p.message, ctx, pdf_cache, prefix=label + "/"))
        elif p.kind == "csv" and p.data:
            fr, kv, _ = rows_to_fragments(read_csv(p.data), label, ctx.year)
            frags.extend(_with_kv(fr, kv, ctx, label))
        elif p.kind == "xlsx" and p.data:
            from intake.extract.xlsx import read_xlsx
            sheets, problems = read_xlsx(p.data)
            mail.problems.extend(f"{label}: {x}" for x in problems)
            for title, rows in sheets:
                fr, kv, _ = rows_to_fragments(rows, f"{label}!{title}", ctx.year)
                frags.extend(_with_kv(fr, kv, ctx, f"{label}!{title}"))
        elif p.kind == "pdf" and p.data:
            for page, text, tables in _pdf(p, pdf_cache, mail):
                table_cells: list[list[str]] = []
                for tb in tables:
                    fr, kv, hdr = rows_to_fragments(tb, label, ctx.year, page=page)
                    if hdr is not None:
                        table_cells.extend([c for c in r if c] for r in tb)
                    frags.extend(fr)
                kept = [ln for ln in text.splitlines()
                        if not any(len(cells) >= 2 and sum(1 for c in cells if c in ln) >= 2 for cells in table_cells)]
                frags.extend(read_text("\n".join(kept), _ctx(ctx, label)))
        elif p.is_attachment and p.kind in ("text", "html") and p.text:
            t = p.text if p.kind == "text" else html_to_text(p.text)
            frags.extend(read_text(t, _ctx(ctx, label)))
    return frags


def _with_kv(frs: list[Fragment], kv: list, ctx: TextContext, label: str) -> list[Fragment]:
    """Label/value cells above a table (customer block of a form) read like labelled text."""
    if not kv:
        return frs
    text = "\n".join(f"{k}: {v}" for k, v, _ in kv if v)
    head = read_text(text, _ctx(ctx, label))
    return [f for f in head if f.customer.has_identity() or f.lines] + frs


def _ctx(ctx: TextContext, part: str) -> TextContext:
    return TextContext(ctx.registry, ctx.agency, ctx.year, ctx.on, part)


def _date_of(mail: Mail) -> dt.date:
    if mail.date:
        try:
            return mail.date.date()
        except Exception:
            pass
    return dt.date.today()


@dataclass
class _Message:
    """One message being read: the mail, its sender's agency, its date and what the readers share."""

    mail: Mail
    reg: Registry
    agency: dict | None
    on: dt.date
    ctx: TextContext
    pdf_cache: dict = field(default_factory=dict)
    prov: dict[str, Any] = field(default_factory=dict)


def parse_message(raw: bytes, registry: dict[str, Any]) -> dict[str, Any]:
    """Parse one message. Never raises on bad input; returns the contract dict plus `problems`/`provenance`."""
    reg = compile_registry(registry)
    mail = parse_mail(raw)
    on = _date_of(mail)
    agency = reg.agency_for(mail.from_addr)
    msg = _Message(mail, reg, agency, on, TextContext(reg, agency, on.year, on, "body"))
    out: dict[str, Any] = {"kind": "unknown", "requests": [], "payment_advice": None, "in_reply_to_token": None}
    try:
        _read(msg, out)
    except RecursionError:
        mail.problems.append("message too deeply nested to read")
    out["agency"] = agency.get("code") if agency else None
    out["problems"] = mail.problems
    out["provenance"] = msg.prov
    return out


def _read(msg: _Message, out: dict[str, Any]) -> None:
    """Decide the kind and fill `out` in place (so what was read before a RecursionError is kept)."""
    mail = msg.mail
    body = _body_text(mail.parts)
    auto = _is_auto_reply(mail, body)
    token = find_token(mail.subject, mail.in_reply_to, mail.references, body)
    if auto:
        out["kind"] = "unknown"
        out["auto_reply"] = True
    elif token:
        _read_reply(msg, out, token, body)
    else:
        _read_new(msg, out, body)


def _is_auto_reply(mail: Mail, body: str) -> bool:
    """Auto-Submitted / X-Autoreply / Precedence headers, an out-of-office subject, or a short out-of-office body."""
    h = mail.headers
    return (h.get("auto-submitted", "no").lower() not in ("", "no") or "x-autoreply" in h or
            "x-autorespond" in h or h.get("precedence", "").lower() == "auto_reply" or
            bool(_AUTO_SUBJECT_RE.match(mail.subject)) or
            (bool(_AUTO_BODY_RE.search(body[:600])) and len(body) < 1500))


def _is_bulk(mail: Mail, body: str) -> bool:
    """Mailing-list and newsletter mail: never a request or an advice."""
    h = mail.headers
    return ("list-unsubscribe" in h or h.get("precedence", "").lower() in ("bulk", "list", "junk")
            or bool(_BULK_RE.search(body)))


def _read_reply(msg: _Message, out: dict[str, Any], token: str, body: str) -> None:
    """An answer to one of our questions (REQ token): the answered request, master-data and payment answers."""
    out["kind"] = "reply"
    out["in_reply_to_token"] = token
    ans = parse_reply(body, msg.ctx)
    out["requests"] = [ans] if ans else []
    md_answers = masterdata_reply(body)
    if md_answers is not None:
        out["masterdata_answers"] = md_answers
    pay_answers = payment_reply(body)
    if pay_answers is not None:
        out["payment_answers"] = pay_answers


def _read_new(msg: _Message, out: dict[str, Any], body: str) -> None:
    """A message that answers nothing: a payment advice, else (from an agency) master data or invoice requests."""
    mail, agency = msg.mail, msg.agency
    texts = _all_texts(mail, msg.pdf_cache)
    bulk = _is_bulk(mail, body)
    advice = None if bulk else _payment_advice(msg, texts)
    if advice:
        out["kind"] = "payment_advice"
        out["payment_advice"] = advice
    elif agency and not bulk and is_masterdata(mail.subject, body) and (md := _masterdata(mail, body, msg.on)):
        out["kind"] = "masterdata_request"
        out["masterdata"] = md[0]
        out["masterdata_changes"] = md
    elif agency and not bulk:
        _read_invoice_requests(msg, out)


def _payment_advice(msg: _Message, texts: list[str]) -> dict | None:
    """The advice when the texts are one and it lists at least an item or a total."""
    mail = msg.mail
    if not is_payment_advice(texts, mail.subject):
        return None
    tables = [tb for p in _iter_pdfs(mail) for _, _, tbs in _pdf(p, msg.pdf_cache, mail) for tb in tbs]
    advice = parse_advice(texts, tables, msg.on, msg.agency, msg.reg.is_agency_identifier)
    if not advice["items"] and advice["total"] is None:
        return None
    return advice


def _read_invoice_requests(msg: _Message, out: dict[str, Any]) -> None:
    """Fragments merged per customer; an invoice request when any names a customer or has lines."""
    frags = _fragments(msg.mail, msg.ctx, msg.pdf_cache)
    merged = merge(frags, msg.reg)
    if any(f.customer.has_identity() or f.lines for f, _ in merged):
        out["kind"] = "invoice_request"
        out["requests"] = [build_request(f, c, msg.reg, msg.agency, i, msg.prov) for i, (f, c) in enumerate(merged)]


def _masterdata(mail: Mail, body: str, on: dt.date) -> list[dict]:
    """Master-data changes: the body's labelled lines, then CSV/XLSX attachment rows (in MIME order)."""
    changes = md_from_text(mail.subject, body, on)
    for p in mail.parts:
        if p.kind == "csv" and p.data:
            changes += md_from_rows(read_csv(p.data), mail.subject, on)
        elif p.kind == "xlsx" and p.data:
            from intake.extract.xlsx import read_xlsx
            sheets, problems = read_xlsx(p.data)
            mail.problems.extend(f"{p.label}: {x}" for x in problems)
            for _title, rows in sheets:
                changes += md_from_rows(rows, mail.subject, on)
    return changes


def _iter_pdfs(mail: Mail):
    for p in mail.parts:
        if p.kind == "pdf" and p.data:
            yield p
        elif p.kind == "message" and p.message:
            yield from _iter_pdfs(p.message)
