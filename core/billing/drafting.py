"""Drafting an invoice: from the lines a source gives to a draft with computed lines, totals and warnings.

The one path every source (CLI, e-mail, web form, API, runs) uses to build an invoice: register prices, VAT by
supply date (ML 2023:200: the rate in force when the supply is made), the VAT code by place of supply (the
article's nature × the customer's country and VAT status, core.billing.place_of_supply: its warnings hold the
invoice like the plausibility checks), the VAT check for the buyer, the banking-day due date, and the
plausibility checks (core.billing.plausibility). Issuing the draft is
core.billing.issuing; bulk issuing builds its drafts with the same `prepare` and `draft_values`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from core.billing import place_of_supply, plausibility
from core.billing.models import Invoice, InvoiceLine
from core.kernel import calendar, vat
from core.kernel.errors import ValidationError
from core.kernel.money import ZERO, to_decimal
from core.ledger import accounts
from core.platform import audit
from core.registers import pricing
from core.registers.models import Agency, Article, Customer


@dataclass
class LineInput:
    article_code: str | None = None
    quantity: Decimal | str | None = None
    unit_price: Decimal | str | None = None
    description: str | None = None
    vat_code: str | None = None
    vat_rate: Decimal | str | None = None
    vat_override_reason: str | None = None
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    unit: str | None = None
    revenue_account: str | None = None


@dataclass
class DraftOptions:
    invoice_date: dt.date | None = None
    supply_date: dt.date | None = None
    due_date: dt.date | None = None
    buyer_reference: str | None = None
    order_reference: str | None = None
    note: str | None = None
    source: str = "cli"
    actor: str = "system"
    request_id: int | None = None
    kind: str = "invoice"
    currency: str | None = None
    extra_warnings: list = field(default_factory=list)


def create_draft(session: Session, agency: Agency, customer: Customer, lines: list[LineInput],
                 opts: DraftOptions | None = None) -> Invoice:
    """A draft invoice with computed lines, totals and plausibility warnings. Raises ValidationError naming the
    field for anything that cannot be invoiced (unknown article, missing price/quantity, VAT mismatch)."""
    assert agency.id is not None  # from the register
    d = prepare(session, agency, customer, lines, opts or DraftOptions())
    dupes = duplicates_many(session, agency.id, [(d.customer_id, d.totals.total, d.invoice_date)])[0]
    inv = Invoice(**draft_values(session, agency, d, dupes))
    session.add(inv)
    session.flush()
    assert inv.id is not None  # flushed
    for values in d.lines:
        session.add(InvoiceLine(invoice_id=inv.id, **values))
    args, details = draft_event(agency, d, inv.id, inv.warnings)
    audit.record(session, *args, **details)
    session.flush()
    return inv


@dataclass
class Draft:
    """What a draft is made of before anything is written: line values (InvoiceLine columns but invoice_id),
    the facts the plausibility checks need, dates and totals. Built only by `prepare`."""
    customer: Customer
    opts: DraftOptions
    invoice_date: dt.date
    supply_date: dt.date
    due_date: dt.date
    lines: list[dict]
    facts: list[plausibility.LineFacts]
    totals: vat.Totals
    vat_warnings: list[dict] = field(default_factory=list)  # place of supply: the facts do not decide (holds)

    @property
    def customer_id(self) -> int:
        assert self.customer.id is not None  # customers come from the register
        return self.customer.id


def prepare(session: Session, agency: Agency, customer: Customer, lines: list[LineInput], opts: DraftOptions,
            articles: dict | None = None) -> Draft:
    """Lines (register prices, VAT by supply date, VAT check), totals and due date; reads, never writes."""
    if not lines:
        raise ValidationError("an invoice needs at least one line", "lines")
    invoice_date = opts.invoice_date or dt.date.today()
    supply_date = opts.supply_date or invoice_date
    buyer = place_of_supply.Buyer(customer.country, customer.kind, customer.vat_no, customer.customer_number)
    built = _build_lines(session, agency, lines, supply_date, articles, buyer)
    vat_no, seller_country, buyer_country = customer.vat_no, agency.country, customer.country
    for line, _facts, _w in built:
        vat.check_vat_code_for_buyer(line["vat_code"], vat_no, seller_country, buyer_country)
    tot = vat.totals([(ln["net_amount"], ln["vat_code"], ln["vat_rate"]) for ln, _, _ in built])
    due = opts.due_date or calendar.next_banking_day(
        agency.country, invoice_date + dt.timedelta(days=agency.payment_terms_days))
    return Draft(customer, opts, invoice_date, supply_date, due, [ln for ln, _, _ in built],
                 [f for _, f, _ in built], tot, [w for _, _, w in built if w])


def draft_values(session: Session, agency: Agency, d: Draft, dupes: list[str]) -> dict:
    """The draft invoice's column values, plausibility warnings included."""
    opts, customer, tot = d.opts, d.customer, d.totals
    limits = plausibility.Limits(agency.max_invoice_amount, agency.max_line_quantity, agency.max_days_ahead) \
        if opts.kind in ("invoice", "credit_note") else None  # runs' interest invoices follow their own rules
    warnings = d.vat_warnings + plausibility.check(d.facts, tot.total, d.invoice_date, d.due_date, dupes,
                                                   opts.kind, limits, d.supply_date) + list(opts.extra_warnings)
    return dict(agency_id=agency.id, customer_id=customer.id, kind=opts.kind, status="draft",
                invoice_date=d.invoice_date, supply_date=d.supply_date, due_date=d.due_date,
                currency=opts.currency or agency.currency, net_total=tot.net, vat_total=tot.vat,
                total=tot.total, open_amount=ZERO, buyer_reference=opts.buyer_reference,
                order_reference=opts.order_reference, note=opts.note, source=opts.source,
                request_id=opts.request_id, **customer_columns(customer_snapshot(customer, agency, session)),
                seller_snapshot=seller_snapshot(agency), warnings=warnings)


def draft_event(agency: Agency, d: Draft, invoice_id: int, warnings: list) -> tuple[tuple, dict]:
    """audit.record arguments for a new draft."""
    return ((d.opts.actor, "invoice.draft", "invoice", invoice_id, agency.id, d.opts.source),
            dict(customer=d.customer.customer_number, total=d.totals.total, warnings=len(warnings)))


def _build_lines(session: Session, agency: Agency, lines: list[LineInput], supply_date: dt.date,
                 articles: dict | None, buyer: place_of_supply.Buyer) -> list[tuple[dict, plausibility.LineFacts,
                                                                              dict | None]]:
    """Each line as `_build_line` builds it. A priced line without an article that repeats an earlier line of the
    draft in everything but its description and unit price (a run's interest lines: thousands alike) takes that
    line's decisions - VAT code and rate, revenue account, unit, none of which depends on the price or the text -
    and only its own amounts are computed; the first of them went through every check."""
    out: list[tuple[dict, plausibility.LineFacts, dict | None]] = []
    decided: dict[tuple, dict] = {}
    for i, ln in enumerate(lines):
        key = (_exactly(ln.quantity), ln.vat_code, _exactly(ln.vat_rate), ln.vat_override_reason, ln.unit,
               ln.revenue_account, ln.period_start, ln.period_end) \
            if ln.unit_price is not None and ln.description and not ln.article_code and ln.quantity is not None \
            else None
        like = decided.get(key) if key is not None else None
        if like is None:
            out.append(_build_line(session, agency, i, ln, supply_date, articles, buyer))
            if key is not None and out[-1][2] is None:  # a line with a place-of-supply warning is not a model
                decided[key] = out[-1][0]
            continue
        price = to_decimal(ln.unit_price, f"lines[{i}].unit_price")
        qty = like["quantity"]
        out.append(({**like, "line_no": i + 1, "description": ln.description,
                     "unit_price": price.quantize(_PRICE_PLACES), "net_amount": vat.line_net(qty, price)},
                    plausibility.LineFacts(i, qty, price, None, True), None))
    return out


_PRICE_PLACES = Decimal("0.0001")


def _exactly(value: object) -> tuple[type, str]:
    """A line input as a key that tells 1 from 1.0 and "1" (each is stored as given)."""
    return value.__class__, str(value)


def _build_line(session: Session, agency: Agency, i: int, ln: LineInput, supply_date: dt.date,
                articles: dict | None = None, buyer: place_of_supply.Buyer | None = None,
                ) -> tuple[dict, plausibility.LineFacts, dict | None]:
    """One line's InvoiceLine column values (all but invoice_id), its plausibility facts and the place-of-supply
    warning (None when the rules decide). `articles`: an optional cache of the agency's articles by code (bulk
    issuing looks each code up once)."""
    art = _article(session, agency, i, ln.article_code, articles)
    if ln.quantity is None:
        raise ValidationError("quantity is missing", f"lines[{i}].quantity")
    qty = to_decimal(ln.quantity, f"lines[{i}].quantity")
    price_given = ln.unit_price is not None
    price = to_decimal(ln.unit_price, f"lines[{i}].unit_price") if price_given \
        else pricing.price_on(session, art, supply_date)
    if price is None:
        raise ValidationError("unit price is missing and the article has no register price",
                              f"lines[{i}].unit_price")
    domestic = vat.line_code(agency.country, supply_date, None, art.vat_code if art else None,
                             agency.default_vat_rate)
    # a person who states the domestic rate states the domestic code (checked against the buyer like a code)
    stated_domestic = ln.vat_rate is not None and to_decimal(ln.vat_rate) == vat.rate_for(agency.country, domestic,
                                                                                          supply_date)
    given = ln.vat_code or (domestic if stated_domestic else None)
    decision = place_of_supply.decide(agency.country, buyer, domestic, art.supply_kind if art else None,
                                      given, i) if buyer else None
    code = decision.code if decision else (ln.vat_code or domestic)
    rate = vat.rate_for(agency.country, code, supply_date)
    moved = code != (ln.vat_code or domestic)  # reverse charge, export …: a stated domestic rate does not apply
    if ln.vat_rate is not None and to_decimal(ln.vat_rate) != rate and not (moved and not ln.vat_override_reason):
        if not ln.vat_override_reason:
            raise ValidationError(f"VAT rate {ln.vat_rate} % differs from the article's {rate} % "
                                  f"({code} on {supply_date}); give a reason to override", f"lines[{i}].vat_rate")
        rate = to_decimal(ln.vat_rate)
    description = ln.description or (art.name if art else None)
    if not description:
        raise ValidationError("a line without an article needs a description", f"lines[{i}].description")
    revenue = ln.revenue_account or (art.revenue_account if art and art.revenue_account else None) \
        or accounts.revenue_account(agency, rate, code, goods=bool(art and art.supply_kind == "goods"),
                                    buyer_country=buyer.country if buyer else None)
    line = dict(line_no=i + 1, article_code=ln.article_code, description=description,
                quantity=qty, unit=ln.unit or (art.unit if art else "st"),
                unit_price=price.quantize(Decimal("0.0001")), vat_code=code, vat_rate=rate,
                net_amount=vat.line_net(qty, price), revenue_account=revenue,
                vat_override_reason=ln.vat_override_reason, period_start=ln.period_start,
                period_end=ln.period_end)
    facts = plausibility.LineFacts(i, qty, price, art.unit_price if art else None, price_given)
    return line, facts, decision.warning if decision else None


def _article(session: Session, agency: Agency, i: int, code: str | None, articles: dict | None) -> Article | None:
    """The line's article from the agency's register (None for a line without one); ValidationError if unknown."""
    if not code:
        return None
    if articles is not None and code in articles:
        art = articles[code]
    else:
        art = session.exec(select(Article).where(Article.agency_id == agency.id, Article.code == code)).first()
        if articles is not None:
            articles[code] = art
    if art is None:
        raise ValidationError(f"article {code!r} is not in {agency.code}'s register", f"lines[{i}].article")
    return art


def duplicates_many(session: Session, agency_id: int,
                    keys: list[tuple[int, Decimal, dt.date]]) -> list[list[str]]:
    """Per (customer, total, invoice date): the issued, paid or held invoices of that customer with that total
    within the duplicate window (numbers, or "draft <id>"), oldest first."""
    window = dt.timedelta(days=plausibility.DUPLICATE_WINDOW_DAYS)
    found: dict[tuple[int, Decimal], dict[int, tuple[dt.date, str | None]]] = {}
    inv = Invoice.__table__.c
    for i in range(0, len(keys), 5000):  # one query per 5,000 drafts (each scans the agency's invoices in the window)
        chunk = keys[i:i + 5000]
        rows = session.execute(sa.select(inv.id, inv.number, inv.customer_id, inv.total, inv.invoice_date).where(
            inv.agency_id == agency_id, inv.customer_id.in_(sorted({c for c, _, _ in chunk})),
            inv.total.in_(sorted({t for _, t, _ in chunk})),
            inv.kind == "invoice", inv.status.in_(("issued", "paid", "held")),
            inv.invoice_date >= min(d for _, _, d in chunk) - window,
            inv.invoice_date <= max(d for _, _, d in chunk) + window)).all()
        for id_, num, cust, total, day in rows:
            found.setdefault((cust, total), {})[id_] = (day, num)
    return [[num or f"draft {id_}" for id_, (day, num) in sorted(found.get((c, t), {}).items())
             if day - window <= d <= day + window] for c, t, d in keys]


def customer_snapshot(customer: Customer, agency: Agency, session: Session | None = None) -> dict[str, Any]:
    """The customer's data as printed on this invoice; kept even if the register changes later."""
    return {"customer_number": customer.customer_number, "name": customer.name, "org_no": customer.org_no,
            "vat_no": customer.vat_no, "country": customer.country, "street": customer.street,
            "postal_code": customer.postal_code, "city": customer.city, "email": customer.email,
            "peppol_id": customer.peppol_id, "language": customer.language, "kind": customer.kind}


def customer_columns(snapshot: dict[str, Any]) -> dict[str, Any]:
    """An invoice's customer columns from its snapshot: the snapshot (the record) with its name and customer
    number as the plain columns the reports sort and list by (issue #16), written together so they cannot differ."""
    return {"customer_snapshot": snapshot, "customer_name": snapshot.get("name"),
            "customer_number": snapshot.get("customer_number")}


def seller_snapshot(agency: Agency) -> dict[str, Any]:
    return {"code": agency.code, "name": agency.name, "org_no": agency.org_no, "vat_no": agency.vat_no,
            "country": agency.country, "street": agency.street, "postal_code": agency.postal_code,
            "city": agency.city, "bankgiro": agency.bankgiro, "iban": agency.iban, "bic": agency.bic,
            "f_tax_approved": agency.f_tax_approved}

