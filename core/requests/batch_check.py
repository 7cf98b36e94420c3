"""Checking every row of an invoicing file against the registers before anything is issued.

Each invoice of a batch (its rows, core.requests.batch_format) comes out as one of:
* "ok": customer, lines and options ready for core.billing.issuing.issue_many — the customer is in the register
  (by customer number, the agency's own number, or org. number) or is new with a valid number and an address
  (then created at issue time as an e-mail request's new customer is, core.registers.register.upsert_customer);
* "question": something is *missing* that the agency can answer — the price of an article without a register
  price, a quantity, an unknown customer's org. number or address. These become invoicing requests with questions
  (core.requests.lifecycle.create_request, the clarification loop e-mail requests use);
* "rejected": something is *wrong* — a value that does not parse, an invalid identifier (python-stdnum), an
  unknown or retired article, a VAT rate other than the article's on the supply date (ML 2023:200: the rate in
  force at supply), a customer number and org. number naming two customers, rows of one invoice that disagree, a
  plausibility check (core.billing.plausibility: quantity/total not positive, price far from the register's, a
  likely duplicate — also within the file). Rejected rows are named with row number, field and reason in the
  agency's language (core.requests.batch_messages); nothing of them is written.
Register look-ups are made once per batch (customers, articles and prices in a few queries), not per row.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from core.billing import drafting, plausibility
from core.billing.drafting import Draft, DraftOptions, LineInput
from core.kernel import parties, vat
from core.kernel.errors import ValidationError
from core.platform import bulk
from core.registers import pricing
from core.registers.models import Agency, AgencyCustomer, Article, ArticlePrice, Customer
from core.requests.batch_format import INVOICE_FIELDS, Batch, Row
from core.requests.batch_messages import QUESTION_CODES, word

_CURRENCY = re.compile(r"^[A-Z]{3}$")
_LINE_FIELD = re.compile(r"^lines\[(\d+)\]\.(\w+)$")


@dataclass
class Checked:
    """One invoice of the batch after the check (see the module docstring for `status`)."""

    key: str
    rows: list[int]
    status: str = "ok"
    customer: Customer | None = None
    new_customer: dict[str, Any] | None = None
    lines: list[LineInput] = field(default_factory=list)
    opts: DraftOptions | None = None
    draft: Draft | None = None
    errors: list[dict[str, Any]] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    request: dict[str, Any] = field(default_factory=dict)

    @property
    def total(self) -> Decimal | None:
        return self.draft.totals.total if self.draft else None


class _Registers:
    """The agency's articles and the customers a batch names, read once; prices cached per article and day."""

    def __init__(self, session: Session, agency: Agency, batch: Batch) -> None:
        self.session = session
        self.articles = {a.code: a for a in session.exec(select(Article).where(Article.agency_id == agency.id))}
        numbers = {str(r.values["customer_number"]) for rows in batch.invoices.values() for r in rows
                   if r.values.get("customer_number")}
        orgs = {o[0] for rows in batch.invoices.values() for r in rows
                if (o := parties.identify_org_no(r.values.get("org_no"), r.values.get("country")))}
        self.by_number: dict[str, Customer] = {}
        self.by_org: dict[str, Customer] = {}
        for chunk in bulk.chunks(sorted(numbers), 5000):
            for c in session.exec(select(Customer).where(col(Customer.customer_number).in_(chunk))):
                self.by_number[c.customer_number] = c
            links = session.exec(select(AgencyCustomer.number, Customer).join(
                Customer, col(Customer.id) == col(AgencyCustomer.customer_id)).where(
                AgencyCustomer.agency_id == agency.id, col(AgencyCustomer.number).in_(chunk))).all()
            for number, cust in links:
                self.by_number.setdefault(number, cust)
        for chunk in bulk.chunks(sorted(orgs), 5000):
            for c in session.exec(select(Customer).where(col(Customer.org_no).in_(chunk))):
                self.by_org.setdefault(c.org_no or "", c)
        self._prices: dict[tuple[int, dt.date], Decimal | None] = {}
        ids = [a.id for a in self.articles.values()]
        self.dated = set(session.exec(select(ArticlePrice.article_id).where(
            col(ArticlePrice.article_id).in_(ids)).distinct())) if ids else set()

    def price(self, art: Article, day: dt.date) -> Decimal | None:
        key = (art.id or 0, day)
        if key not in self._prices:
            self._prices[key] = pricing.price_on(self.session, art, day)
        return self._prices[key]


def check_batch(session: Session, agency: Agency, batch: Batch, lang: str, today: dt.date | None = None,
                source: str = "file") -> list[Checked]:
    """Every invoice of the batch checked (reads only, writes nothing)."""
    regs = _Registers(session, agency, batch)
    today = today or dt.date.today()
    out = [_check_invoice(session, agency, regs, key, rows, lang, today, source)
           for key, rows in batch.invoices.items()]
    _plausibility(session, agency, [c for c in out if c.status == "ok"], lang)
    return out


def _err(c: Checked, lang: str, row: int, fld: str, code: str, **params: Any) -> None:
    c.errors.append({"row": row, "invoice_key": c.key, "field": fld, "code": code,
                     "reason": word(code, lang, **params)})
    c.status = "rejected"


def _check_invoice(session: Session, agency: Agency, regs: _Registers, key: str, rows: list[Row], lang: str,
                   today: dt.date, source: str) -> Checked:
    c = Checked(key if not key.startswith("#row") else "", [r.row for r in rows])
    for r in rows:
        for fld, code, raw in r.problems:
            _err(c, lang, r.row, fld, code, value=raw)
    head = _head(c, rows, lang)
    inv_date = head.get("invoice_date") or today
    ends = [r.values["period_end"] for r in rows if r.values.get("period_end")]
    supply = min(max(ends), inv_date) if ends else inv_date
    if head.get("currency") and not _CURRENCY.match(head["currency"]):
        _err(c, lang, rows[0].row, "currency", "bad_currency", value=head["currency"])
    if head.get("due_date") and head["due_date"] < inv_date:
        _err(c, lang, rows[0].row, "due_date", "due_before_invoice_date")
    _customer(c, regs, head, rows[0].row, lang)
    for i, r in enumerate(rows):
        c.lines.append(_line(c, agency, regs, i, r, supply, lang))
    c.request = _request(head, rows)
    if c.status == "rejected":
        return c
    if c.questions:
        c.status = "question"
        return c
    c.opts = DraftOptions(invoice_date=inv_date, supply_date=supply, due_date=head.get("due_date"),
                          buyer_reference=head.get("buyer_reference"), order_reference=head.get("order_reference"),
                          note=head.get("text"), currency=head.get("currency"), source=source, actor=source)
    customer = c.customer or _transient(c.new_customer or {})
    try:
        c.draft = drafting.prepare(session, agency, customer, c.lines, c.opts, dict(regs.articles))
    except ValidationError as exc:
        row, fld = _row_of(c, exc.field or "")
        _err(c, lang, row, fld, "invalid", value=exc.message)
    return c


def _head(c: Checked, rows: list[Row], lang: str) -> dict[str, Any]:
    """The invoice's own fields (customer, references, dates, text): the first row that gives each; a later row
    that gives another value is an error (which one was meant?)."""
    head: dict[str, Any] = {}
    first: dict[str, int] = {}
    for r in rows:
        for fld in INVOICE_FIELDS:
            v = r.values.get(fld)
            if v is None:
                continue
            if fld not in head:
                head[fld], first[fld] = v, r.row
            elif head[fld] != v:
                _err(c, lang, r.row, fld, "differs", first=first[fld], value=v)
    return head


def _customer(c: Checked, regs: _Registers, head: dict[str, Any], row: int, lang: str) -> None:
    number, org_text, name = head.get("customer_number"), head.get("org_no"), head.get("customer_name")
    org = parties.identify_org_no(org_text, head.get("country")) if org_text else None
    if org_text and org is None:
        _err(c, lang, row, "org_no", "invalid_org_no", value=org_text)
        return
    by_number = regs.by_number.get(str(number)) if number else None
    by_org = regs.by_org.get(org[0]) if org else None
    if by_number and org and not parties.same_org(by_number.org_no, org[0]):
        _err(c, lang, row, "org_no", "customer_mismatch", number=number, value=org_text)
        return
    c.customer = by_number or by_org
    if c.customer is not None:
        return
    if not (number or org or name):
        _err(c, lang, row, "customer_number", "no_customer")
    elif org is None:
        c.questions.append("customer.org_no")
    elif not any(head.get(k) for k in ("street", "postal_code", "city")):
        c.questions.append("customer.address")
    else:
        c.new_customer = {"name": name or org[0], "org_no": org[0], "country": org[1], "private": org[2],
                          "email": head.get("email"), "customer_number": None,
                          "address": {k: head.get(k) for k in ("street", "postal_code", "city") if head.get(k)}}


def _line(c: Checked, agency: Agency, regs: _Registers, i: int, r: Row, supply: dt.date, lang: str) -> LineInput:
    v = r.values
    art = None
    code = v.get("article")
    if code:
        art = regs.articles.get(str(code))
        if art is None:
            _err(c, lang, r.row, "article", "unknown_article", value=code)
        elif not art.active:
            _err(c, lang, r.row, "article", "inactive_article", value=code)
    elif not v.get("description"):
        _err(c, lang, r.row, "description", "no_description")
    if v.get("quantity") is None:
        c.questions.append(f"lines[{i}].quantity")
    if v.get("unit_price") is None and (art is None or regs.price(art, supply) is None) and not (code and not art):
        c.questions.append(f"lines[{i}].unit_price")
    vat_code, rate = None, v.get("vat_rate")
    if rate is not None and art is not None:
        try:
            expected = vat.rate_for(agency.country, art.vat_code, supply)
        except ValidationError:
            expected = art.vat_rate
        if rate != expected:
            _err(c, lang, r.row, "vat_rate", "vat_mismatch", value=rate, expected=expected, day=supply)
        rate = None
    elif rate is not None:
        try:
            vat_code = vat.code_for_rate(agency.country, rate, supply)
        except ValidationError:
            _err(c, lang, r.row, "vat_rate", "bad_vat_rate", value=rate, day=supply)
        rate = None
    if v.get("period_start") and v.get("period_end") and v["period_end"] < v["period_start"]:
        _err(c, lang, r.row, "period_end", "period_order")
    return LineInput(article_code=art.code if art else None, quantity=v.get("quantity"),
                     unit_price=_price(regs, art, v.get("unit_price"), supply), description=v.get("description"),
                     vat_code=vat_code, vat_rate=rate, period_start=v.get("period_start"),
                     period_end=v.get("period_end"))


def _price(regs: _Registers, art: Article | None, given: Decimal | None, supply: dt.date) -> Decimal | None:
    """The line's price as given; for an article without dated prices the register price, read once per batch
    (core.registers.pricing.price_on would give the same for every line, one query each; drafting still asks
    price_on itself for an article with dated prices, whose price depends on the supply date)."""
    if given is not None or art is None or art.id in regs.dated:
        return given
    return regs.price(art, supply)


def _request(head: dict[str, Any], rows: list[Row]) -> dict[str, Any]:
    """The invoice as an invoicing request (core.requests.lifecycle.create_request's shape), for the questions."""
    addr = {k: head[k] for k in ("street", "postal_code", "city") if head.get(k)}
    cust = {"customer_number": head.get("customer_number"), "org_no": head.get("org_no"),
            "name": head.get("customer_name"), "email": head.get("email"), "country": head.get("country"),
            "address": addr or None}
    lines = [{k: r.values.get(src) for k, src in (("article", "article"), ("description", "description"),
                                                   ("quantity", "quantity"), ("unit_price", "unit_price"),
                                                   ("vat_rate", "vat_rate"), ("period_start", "period_start"),
                                                   ("period_end", "period_end"))} for r in rows]
    return {"customer": {k: v for k, v in cust.items() if v is not None},
            "buyer_reference": head.get("buyer_reference"), "order_reference": head.get("order_reference"),
            "currency": head.get("currency"), "lines": lines}


def _transient(payload: dict[str, Any]) -> Customer:
    """A new customer as the check sees it (not stored: it is created only when its invoice is issued)."""
    return Customer(customer_number="(new)", name=payload.get("name") or "", org_no=payload.get("org_no"),
                    country=payload.get("country") or "SE", kind="private" if payload.get("private") else "company")


def _row_of(c: Checked, path: str) -> tuple[int, str]:
    """The file row and column of a domain field path (lines[i].x → the i-th row of the invoice)."""
    m = _LINE_FIELD.match(path)
    if m and int(m.group(1)) < len(c.rows):
        return c.rows[int(m.group(1))], m.group(2)
    return c.rows[0], {"customer": "customer_number", "total": "unit_price"}.get(path, path or "invoice_key")


def _plausibility(session: Session, agency: Agency, ok: list[Checked], lang: str) -> None:
    """core.billing.plausibility on every complete invoice, with duplicates in the register (issued, paid or held
    invoices of the customer with the same total within 30 days) and within the file itself."""
    assert agency.id is not None  # from the register
    stored = [c for c in ok if c.customer is not None and c.draft is not None]
    dupes = drafting.duplicates_many(session, agency.id, [(d.customer_id, d.totals.total, d.invoice_date)
                                                          for d in (c.draft for c in stored) if d])
    found = {id(c): d for c, d in zip(stored, dupes)}
    window = plausibility.DUPLICATE_WINDOW_DAYS
    seen: dict[tuple[str, Decimal], list[tuple[dt.date, str]]] = {}
    for c in ok:
        d = c.draft
        if d is None:
            continue
        warnings = plausibility.check(d.facts, d.totals.total, d.invoice_date, d.due_date, found.get(id(c), []))
        for w in warnings:
            row, fld = _row_of(c, w["field"])
            _err(c, lang, row, fld, w["code"], **_warning_params(w, c, d))
        who = str(c.customer.id) if c.customer else (c.new_customer or {}).get("org_no", "")
        key = (who, d.totals.total)
        earlier = [k for day, k in seen.get(key, []) if abs((d.invoice_date - day).days) <= window]
        if earlier and c.status == "ok":
            _err(c, lang, c.rows[0], "customer_number", "duplicate_in_file", value=earlier[0] or f"row {c.rows[0]}")
        if c.status == "ok":
            seen.setdefault(key, []).append((d.invoice_date, c.key))


def _warning_params(w: dict, c: Checked, d: Draft) -> dict[str, Any]:
    m = _LINE_FIELD.match(w["field"])
    if m:
        f = d.facts[int(m.group(1))]
        return {"value": f.unit_price if m.group(2) == "unit_price" else f.quantity, "expected": f.register_price}
    if w["code"] == "likely_duplicate":
        return {"value": w["message"].split(": ", 1)[-1]}
    return {"value": d.totals.total}


def question_reasons(c: Checked, lang: str) -> list[dict[str, Any]]:
    """A question invoice's gaps worded as receipt entries (row, field, reason): listed as questions under the
    partial policy, as rejections under all-or-nothing."""
    out = []
    for path in c.questions:
        m = _LINE_FIELD.match(path)
        row, fld = (c.rows[int(m.group(1))], m.group(2)) if m else (c.rows[0], path.split(".")[-1])
        code = QUESTION_CODES.get(path) or QUESTION_CODES.get(fld, "invalid")
        out.append({"row": row, "invoice_key": c.key, "field": fld, "code": code, "reason": word(code, lang)})
    return out


def count_rows(checked: list[Checked]) -> int:
    return sum(len(c.rows) for c in checked)

