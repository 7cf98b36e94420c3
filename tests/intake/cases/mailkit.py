"""Building blocks of the cases: RFC 5322 messages (email.message.EmailMessage), attachments (XLSX with
openpyxl, PDF with WeasyPrint, CSV/TSV in a chosen encoding) and the expected contract values."""
from __future__ import annotations

import datetime as dt
import email.policy
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from .registry_data import AGENCIES, ARTICLES, CUSTOMERS

POLICY = email.policy.SMTP.clone(max_line_length=998)
CENTRE_SE = "Kundfaktura <kundfaktura@ekonomicentret.se>"
CENTRE_FI = "Myyntilaskutus <laskutus@talouspalvelu.fi>"
XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def auth_header(addr: str) -> str:
    d = addr.rsplit("@", 1)[1].rstrip(">")
    return (f"mx1.ekonomicentret.se; dkim=pass header.d={d} header.s=s1; spf=pass smtp.mailfrom={d}; "
            f"dmarc=pass header.from={d}")


def mail(frm: str, subject: str, date: str, text: str | None = None, html: str | None = None,
         to: str = CENTRE_SE, headers: dict[str, str] | None = None,
         attachments: list[Any] | None = None, msgid: str | None = None) -> EmailMessage:
    """A message; `attachments` holds (filename, bytes, maintype, subtype) tuples or EmailMessage (rfc822)."""
    m = EmailMessage(policy=POLICY)
    addr = frm.split("<")[-1].rstrip(">")
    m["Authentication-Results"] = auth_header(addr)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    seed = hashlib.sha1((frm + subject + date).encode()).hexdigest()[:16]
    m["Message-ID"] = msgid or f"<{seed}@{addr.rsplit('@', 1)[1]}>"
    for k, v in (headers or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    cte = ("8bit", "quoted-printable", "base64")[int(seed, 16) % 3]  # as mail clients vary
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=cte)
    for att in attachments or []:
        if isinstance(att, EmailMessage):
            if m.get_content_maintype() != "multipart":
                m.make_mixed()
            m.attach(_rfc822(att))
        else:
            fname, data, maintype, subtype = att
            m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    _fix_boundaries(m, seed)
    return m


def _rfc822(inner: EmailMessage) -> EmailMessage:
    part = EmailMessage(policy=POLICY)
    part.set_content(inner, disposition="attachment")
    return part


def _fix_boundaries(m: EmailMessage, seed: str) -> None:
    """Deterministic MIME boundaries, so regenerating a case gives the same bytes (except PDF metadata)."""
    for n, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"=_b{n}_{seed}")


def text_att(fname: str, content: str, encoding: str = "utf-8", subtype: str = "csv",
             bom: bool = False) -> tuple[str, bytes, str, str]:
    data = content.encode(encoding)
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    return (fname, data, "text", subtype)


def xlsx(fname: str, sheets: list[tuple[str, list[Any], list[str]]]) -> tuple[str, bytes, str, str]:
    """An XLSX workbook: one (title, rows, merged ranges like 'A1:B1') per sheet, in order."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for title, rows, merges in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(r)
        for rng in merges:
            ws.merge_cells(rng)
    wb.properties.created = wb.properties.modified = FIXED_TIME
    buf = io.BytesIO()
    wb.save(buf)
    return (fname, _stable_zip(buf.getvalue()), *XLSX_TYPE)


FIXED_TIME = dt.datetime(2026, 1, 1)


def _stable_zip(data: bytes) -> bytes:
    """The same workbook bytes on every run: fixed entry times and document dates (openpyxl stamps 'now')."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-01-01T00:00:00Z", content)
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0)), content,
                         zipfile.ZIP_DEFLATED)
    return out.getvalue()


PDF_CSS = ("@page { size: A4; margin: 18mm } body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt } "
           "table { border-collapse: collapse; width: 100% } th, td { border: 0.5pt solid #444; padding: 3pt; "
           "vertical-align: top; text-align: left } h1 { font-size: 14pt } .num { text-align: right }")


def pdf(fname: str, body_html: str, css: str = "") -> tuple[str, bytes, str, str]:
    """A PDF rendered by WeasyPrint from HTML (repeating <thead> on every page, columns, leaders)."""
    from weasyprint import HTML

    doc = f"<html><head><meta charset='utf-8'><style>{PDF_CSS} {css}</style></head><body>{body_html}</body></html>"
    return (fname, HTML(string=doc).write_pdf(), "application", "pdf")


# --- expected values ------------------------------------------------------------------------------------------

class Expected:
    """Expected values against one registry (the cases' own, or a held-out set's): customers as resolved, lines
    with the register's prices and VAT, requests in the agency's currency."""

    def __init__(self, agencies: list[dict[str, Any]], articles: list[dict[str, Any]],
                 customers: list[dict[str, Any]]):
        self.customers = customers
        self._cust = {c["customer_number"]: c for c in customers}
        self._art = {(a["agency"], a["code"]): a for a in articles}
        self._ag = {a["code"]: a for a in agencies}

    def cust(self, number: str) -> dict[str, Any]:
        """A customer resolved in the register, as the parser must output it."""
        c = self._cust[number]
        return {k: c[k] for k in ("name", "org_no", "vat_no", "customer_number", "email", "country")}

    def cust_by_name(self, name: str) -> dict[str, Any]:
        return self.cust(next(c["customer_number"] for c in self.customers if c["name"] == name))

    def line(self, agency: str, code: str | None, qty: str | None, price: str | None = "reg",
             desc: str | None = "reg", vat: str | None = "reg", ps: str | None = None, pe: str | None = "same",
             skip: Any = ()) -> dict[str, Any]:
        """An expected line. 'reg' takes the register's value; pe='same' repeats ps. Keys in `skip` are not
        checked (used where the contract leaves a value open, e.g. the description of a prose line)."""
        art = self._art.get((agency, code)) if code else None
        if price == "reg":
            price = art["unit_price"] if art else None
        if desc == "reg":
            desc = art["name"] if art else None
        if vat == "reg":
            vat = art["vat_rate"] if art else self._ag[agency]["default_vat_rate"]
        out = {"article": code, "description": desc, "quantity": qty, "unit_price": price, "vat_rate": vat,
               "period_start": ps, "period_end": ps if pe == "same" else pe}
        return {k: v for k, v in out.items() if k not in skip}

    def request(self, customer: dict[str, Any], lines: list[dict[str, Any]], questions: list[str], agency: str,
                buyer: str | None = None, order: str | None = None, currency: str | None = None) -> dict[str, Any]:
        return {"customer": customer, "buyer_reference": buyer, "order_reference": order,
                "currency": currency or self._ag[agency]["currency"], "lines": lines, "questions": questions}


def new_cust(name: str | None, org_no: str | None, country: str | None, email: str | None = None,
             vat_no: str | None = None) -> dict[str, Any]:
    """An unresolved customer, output as written."""
    return {"name": name, "org_no": org_no, "vat_no": vat_no, "customer_number": None, "email": email,
            "country": country}


_OWN = Expected(AGENCIES, ARTICLES, CUSTOMERS)
cust, cust_by_name, line, request = _OWN.cust, _OWN.cust_by_name, _OWN.line, _OWN.request


def expect_requests(note: str, klass: str, reqs: list[dict[str, Any]]) -> dict[str, Any]:
    return {"_note": note, "_class": klass, "kind": "invoice_request", "requests": reqs, "payment_advice": None,
            "in_reply_to_token": None}


def expect_unknown(note: str, klass: str, token_checked: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {"_note": note, "_class": klass, "kind": "unknown", "requests": [], "payment_advice": None,
           "in_reply_to_token": None}
    if not token_checked:
        del out["in_reply_to_token"]
    return out


def registrar(cases: list[tuple[str, Any]]) -> Callable[[str], Callable[[Any], Any]]:
    """A `@case(name)` decorator that registers a case function returning (message, expected) in `cases` (each
    case set keeps its own list)."""
    def case(name: str) -> Callable[[Any], Any]:
        def wrap(fn: Any) -> Any:
            cases.append((name, fn))
            return fn
        return wrap
    return case


def write_set(here: Path, cases: list[tuple[str, Any]], registry: dict[str, Any],
              keep: Callable[[str], bool] = lambda _name: True) -> int:
    """Writes a case set's files (registry.json, NAME.eml, NAME.expected.json) byte for byte reproducibly;
    returns the number of cases written. A case name used twice is an error."""
    (here / "registry.json").write_text(json.dumps(registry, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    names: set[str] = set()
    for name, fn in cases:
        if not keep(name):
            continue
        if name in names:
            raise SystemExit(f"duplicate case name {name}")
        names.add(name)
        msg, expected = fn()
        (here / f"{name}.eml").write_bytes(msg.as_bytes())
        (here / f"{name}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n",
                                                    encoding="utf-8")
    print(f"{len(names)} cases in {here}")
    return len(names)


CASES: list[tuple[str, Any]] = []
case = registrar(CASES)


def expect_advice(note: str, klass: str, payer: dict[str, Any], date: str | None, total: str | None,
                  currency: str | None, items: list[tuple[str | None, str | None, str]]) -> dict[str, Any]:
    return {"_note": note, "_class": klass, "kind": "payment_advice", "requests": [],
            "payment_advice": {"payer": payer, "payment_date": date, "total": total, "currency": currency,
                               "items": [{"invoice_number": i, "reference": r, "amount": a} for i, r, a in items]},
            "in_reply_to_token": None}


def expect_reply(note: str, klass: str, token: str, partial: dict[str, Any] | None) -> dict[str, Any]:
    return {"_note": note, "_class": klass, "kind": "reply", "requests": [partial] if partial else [],
            "payment_advice": None, "in_reply_to_token": token}
