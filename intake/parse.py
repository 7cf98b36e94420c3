"""`parse_message(raw, registry)`: one e-mail → the intake contract (kind, requests, payment_advice, token).

A pure function of the message bytes and a registry dict shaped like registry.json — no database — so it can be
tested on a corpus and run in bulk. Every extracted value carries provenance (which MIME part, which
line/row/cell/page) so an operator can see where a number came from. Messages the parser cannot use are not
errors: `problems` says why, for quarantine.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from intake.extract.csvfile import read_csv
from intake.extract.html import html_to_text
from intake.extract.masterdata import from_rows as md_from_rows
from intake.extract.masterdata import from_text as md_from_text
from intake.extract.masterdata import is_masterdata
from intake.extract.masterdata import reply_answers as masterdata_reply
from intake.extract.mime import Mail, Part, parse_mail
from intake.extract.model import CustomerInfo, Fragment
from intake.extract.payment_replies import payment_reply
from intake.extract.payments import is_payment_advice, parse_advice
from intake.extract.registry import Registry, compile_registry, money
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


# --- assembling requests ------------------------------------------------------------------------------------------
def _resolve(reg: Registry, info: CustomerInfo) -> dict | None:
    """Registry customer by valid org_no, then customer number, then a name matching exactly one customer."""
    if info.org_no:
        c = reg.by_org(info.org_no)
        if c:
            return c
    if info.customer_number:
        c = reg.by_number(info.customer_number)
        if c:
            return c
    if info.name:
        found = reg.by_name(info.name)
        if len(found) == 1:
            return found[0]
    return None


def _merge(frags: list[Fragment], reg: Registry) -> list[tuple[Fragment, dict | None]]:
    with_id: list[tuple[Fragment, dict | None]] = []
    keyed: dict[str, int] = {}
    orphans: list[Fragment] = []
    for f in frags:
        if not f.customer.has_identity():
            if f.lines or f.period or f.customer.buyer_reference or f.customer.order_reference:
                orphans.append(f)
            continue
        c = _resolve(reg, f.customer)
        key = f"reg:{c['customer_number']}" if c else f"new:{f.customer.key()}"
        if key in keyed:
            tgt = with_id[keyed[key]][0]
            tgt.customer.merge(f.customer)
            tgt.lines.extend(li for li in f.lines if li.signature() not in {x.signature() for x in tgt.lines})
            tgt.period = tgt.period or f.period
        else:
            keyed[key] = len(with_id)
            with_id.append((f, c))
    if orphans:
        if not with_id:
            base = Fragment()
            with_id.append((base, None))
        tgt = with_id[0][0]
        for o in orphans:
            tgt.customer.merge(o.customer)
            tgt.lines.extend(o.lines)
            tgt.period = tgt.period or o.period
    # a fragment with a customer but no lines next to one with lines and the same customer is already merged;
    # drop empty unresolved duplicates only when another request exists with lines
    if len(with_id) > 1:
        with_id = [(f, c) for f, c in with_id if f.lines or not any(g.lines for g, _ in with_id)] or with_id
    return with_id


def _q2(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _num(v: Decimal | None) -> str | None:
    if v is None:
        return None
    s = format(v, "f")
    return s


def _build_request(f: Fragment, c: dict | None, reg: Registry, agency: dict | None, idx: int,
                   prov: dict[str, Any]) -> dict:
    info = f.customer
    agency_code = agency.get("code") if agency else None
    pre = f"requests[{idx}]"
    if c:
        customer = {k: c.get(k) for k in ("name", "org_no", "vat_no", "customer_number", "email", "country")}
    else:
        customer = {"name": info.name, "org_no": info.org_no, "vat_no": info.vat_no,
                    "customer_number": info.customer_number, "email": info.email, "country": info.country}
        if info.address:
            customer["address"] = info.address
        if info.einvoice:
            customer["einvoice_address"] = info.einvoice
    for k, w in info.where.items():
        if k in customer or k in ("buyer_reference", "order_reference"):
            path = f"{pre}.{k}" if k in ("buyer_reference", "order_reference") else f"{pre}.customer.{k}"
            prov[path] = w.as_dict()
    currency = next((li.currency for li in f.lines if li.currency), None) or (agency or {}).get("currency")
    lines = []
    questions: list[str] = []
    for i, li in enumerate(f.lines):
        art = reg.article(agency_code, li.article)
        qty = li.quantity
        price = li.unit_price
        if price is None and li.amount is not None and not li.price_approx:
            if qty is not None and qty != 0:
                price = li.amount / qty
                if price != _q2(price):
                    price = _q2(price)
            elif li.lump_sum:
                price = li.amount
        if price is None and not li.price_approx and art and art.get("unit_price") is not None:
            price = money(art["unit_price"])
            prov[f"{pre}.lines[{i}].unit_price"] = {"part": "registry", "article": art.get("code")}
        vat = li.vat_rate if li.vat_rate is not None else (
            money(art.get("vat_rate")) if art and art.get("vat_rate") is not None else
            money((agency or {}).get("default_vat_rate")))
        period = li.period or f.period
        desc = li.description or (art.get("name") if art else None)
        lines.append({"article": li.article, "description": desc, "quantity": _num(qty), "unit_price": _num(price),
                      "vat_rate": _num(vat), "period_start": period[0].isoformat() if period else None,
                      "period_end": period[1].isoformat() if period else None})
        for k, w in li.where.items():
            prov.setdefault(f"{pre}.lines[{i}].{k}", w.as_dict())
        if qty is None:
            questions.append(f"lines[{i}].quantity")
        if price is None:
            questions.append(f"lines[{i}].unit_price")
    if not c and not info.org_no:
        questions.insert(0, "customer.org_no")
    elif not c and info.org_no and not info.address and not info.einvoice:
        questions.insert(0, "customer.address")
    if not lines:
        questions.append("lines")
    return {"customer": customer, "buyer_reference": info.buyer_reference, "order_reference": info.order_reference,
            "currency": currency, "lines": lines, "questions": questions}


def _date_of(mail: Mail) -> dt.date:
    if mail.date:
        try:
            return mail.date.date()
        except Exception:
            pass
    return dt.date.today()


def parse_message(raw: bytes, registry: dict[str, Any]) -> dict[str, Any]:
    """Parse one message. Never raises on bad input; returns the contract dict plus `problems`/`provenance`."""
    reg = compile_registry(registry)
    mail = parse_mail(raw)
    on = _date_of(mail)
    agency = reg.agency_for(mail.from_addr)
    ctx = TextContext(reg, agency, on.year, on, "body")
    out: dict[str, Any] = {"kind": "unknown", "requests": [], "payment_advice": None, "in_reply_to_token": None}
    prov: dict[str, Any] = {}
    pdf_cache: dict = {}
    try:
        body = _body_text(mail.parts)
        h = mail.headers
        auto = (h.get("auto-submitted", "no").lower() not in ("", "no") or "x-autoreply" in h or
                "x-autorespond" in h or h.get("precedence", "").lower() == "auto_reply" or
                bool(_AUTO_SUBJECT_RE.match(mail.subject)) or
                (bool(_AUTO_BODY_RE.search(body[:600])) and len(body) < 1500))
        token = find_token(mail.subject, mail.in_reply_to, mail.references, body)
        if auto:
            out["kind"] = "unknown"
            out["auto_reply"] = True
        elif token:
            out["kind"] = "reply"
            out["in_reply_to_token"] = token
            ans = parse_reply(body, ctx)
            out["requests"] = [ans] if ans else []
            md_answers = masterdata_reply(body)
            if md_answers is not None:
                out["masterdata_answers"] = md_answers
            pay_answers = payment_reply(body)
            if pay_answers is not None:
                out["payment_answers"] = pay_answers
        else:
            texts = _all_texts(mail, pdf_cache)
            bulk = ("list-unsubscribe" in h or h.get("precedence", "").lower() in ("bulk", "list", "junk")
                    or bool(_BULK_RE.search(body)))
            advice = None
            if not bulk and is_payment_advice(texts, mail.subject):
                tables = [tb for p in _iter_pdfs(mail) for _, _, tbs in _pdf(p, pdf_cache, mail) for tb in tbs]
                advice = parse_advice(texts, tables, on, agency, reg.is_agency_identifier)
                if not advice["items"] and advice["total"] is None:
                    advice = None
            if advice:
                out["kind"] = "payment_advice"
                out["payment_advice"] = advice
            elif agency and not bulk and is_masterdata(mail.subject, body) and (md := _masterdata(mail, body, on)):
                out["kind"] = "masterdata_request"
                out["masterdata"] = md[0]
                out["masterdata_changes"] = md
            elif agency and not bulk:
                frags = _fragments(mail, ctx, pdf_cache)
                merged = _merge(frags, reg)
                if any(f.customer.has_identity() or f.lines for f, _ in merged):
                    out["kind"] = "invoice_request"
                    out["requests"] = [_build_request(f, c, reg, agency, i, prov) for i, (f, c) in enumerate(merged)]
    except RecursionError:
        mail.problems.append("message too deeply nested to read")
    out["agency"] = agency.get("code") if agency else None
    out["problems"] = mail.problems
    out["provenance"] = prov
    return out


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
