"""Creating, checking, issuing and crediting invoices.

The one path every source (CLI, e-mail, web form, API, runs) uses: build a draft from lines (register prices,
VAT by supply date, VAT check), run the plausibility checks, and issue — number, reference, banking-day due
date, balanced voucher, audit — in the caller's transaction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from sqlmodel import Session, select

from core.billing import plausibility
from core.billing.models import Invoice, InvoiceLine
from core.kernel import calendar, references, vat
from core.kernel.clock import utcnow
from core.kernel.errors import DomainError, ValidationError
from core.kernel.money import ZERO, to_decimal
from core.ledger import accounts
from core.ledger import posting as ledger
from core.platform import audit, numbering
from core.platform.bulk import bulk_insert
from core.platform.models import AuditEvent
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
    d = _prepare(session, agency, customer, lines, opts or DraftOptions())
    dupes = _duplicates(session, agency.id, customer.id, d.totals.total, d.invoice_date)
    inv = Invoice(**_draft_values(session, agency, d, dupes))
    session.add(inv)
    session.flush()
    for values in d.lines:
        session.add(InvoiceLine(invoice_id=inv.id, **values))
    args, details = _draft_event(agency, d, inv.id, inv.warnings)
    audit.record(session, *args, **details)
    session.flush()
    return inv


@dataclass
class _Draft:
    """What a draft is made of before anything is written: line values (InvoiceLine columns but invoice_id),
    the facts the plausibility checks need, dates and totals. Built only by _prepare."""
    customer: Customer
    opts: DraftOptions
    invoice_date: dt.date
    supply_date: dt.date
    due_date: dt.date
    lines: list[dict]
    facts: list[plausibility.LineFacts]
    totals: vat.Totals


def _prepare(session: Session, agency: Agency, customer: Customer, lines: list[LineInput], opts: DraftOptions,
             articles: dict | None = None) -> _Draft:
    """Lines (register prices, VAT by supply date, VAT check), totals and due date; reads, never writes."""
    if not lines:
        raise ValidationError("an invoice needs at least one line", "lines")
    invoice_date = opts.invoice_date or dt.date.today()
    supply_date = opts.supply_date or invoice_date
    built = [_build_line(session, agency, i, ln, supply_date, articles) for i, ln in enumerate(lines)]
    for line, _facts in built:
        vat.check_vat_code_for_buyer(line["vat_code"], customer.vat_no, agency.country, customer.country)
    tot = vat.totals([(ln["net_amount"], ln["vat_code"], ln["vat_rate"]) for ln, _ in built])
    due = opts.due_date or calendar.next_banking_day(
        agency.country, invoice_date + dt.timedelta(days=agency.payment_terms_days))
    return _Draft(customer, opts, invoice_date, supply_date, due, [ln for ln, _ in built], [f for _, f in built], tot)


def _draft_values(session: Session, agency: Agency, d: _Draft, dupes: list[str]) -> dict:
    """The draft invoice's column values, plausibility warnings included."""
    opts, customer, tot = d.opts, d.customer, d.totals
    warnings = plausibility.check(d.facts, tot.total, d.invoice_date, d.due_date, dupes, opts.kind) \
        + list(opts.extra_warnings)
    return dict(agency_id=agency.id, customer_id=customer.id, kind=opts.kind, status="draft",
                invoice_date=d.invoice_date, supply_date=d.supply_date, due_date=d.due_date,
                currency=opts.currency or agency.currency, net_total=tot.net, vat_total=tot.vat,
                total=tot.total, open_amount=ZERO, buyer_reference=opts.buyer_reference,
                order_reference=opts.order_reference, note=opts.note, source=opts.source,
                request_id=opts.request_id, customer_snapshot=customer_snapshot(customer, agency, session),
                seller_snapshot=seller_snapshot(agency), warnings=warnings)


def _draft_event(agency: Agency, d: _Draft, invoice_id: int, warnings: list) -> tuple[tuple, dict]:
    """audit.record arguments for a new draft."""
    return ((d.opts.actor, "invoice.draft", "invoice", invoice_id, agency.id, d.opts.source),
            dict(customer=d.customer.customer_number, total=d.totals.total, warnings=len(warnings)))


def _build_line(session: Session, agency: Agency, i: int, ln: LineInput, supply_date: dt.date,
                articles: dict | None = None) -> tuple[dict, plausibility.LineFacts]:
    """One line's InvoiceLine column values (all but invoice_id) and its plausibility facts. `articles`: an
    optional cache of the agency's articles by code (bulk issuing looks each code up once)."""
    art = None
    if ln.article_code:
        if articles is not None and ln.article_code in articles:
            art = articles[ln.article_code]
        else:
            art = session.exec(select(Article).where(Article.agency_id == agency.id,
                                                     Article.code == ln.article_code)).first()
            if articles is not None:
                articles[ln.article_code] = art
        if art is None:
            raise ValidationError(f"article {ln.article_code!r} is not in {agency.code}'s register",
                                  f"lines[{i}].article")
    if ln.quantity is None:
        raise ValidationError("quantity is missing", f"lines[{i}].quantity")
    qty = to_decimal(ln.quantity, f"lines[{i}].quantity")
    price_given = ln.unit_price is not None
    price = to_decimal(ln.unit_price, f"lines[{i}].unit_price") if price_given else pricing.price_on(session, art, supply_date)
    if price is None:
        raise ValidationError("unit price is missing and the article has no register price",
                              f"lines[{i}].unit_price")
    code = vat.line_code(agency.country, supply_date, ln.vat_code, art.vat_code if art else None,
                         agency.default_vat_rate)
    rate = vat.rate_for(agency.country, code, supply_date)
    if ln.vat_rate is not None and to_decimal(ln.vat_rate) != rate:
        if not ln.vat_override_reason:
            raise ValidationError(f"VAT rate {ln.vat_rate} % differs from the article's {rate} % "
                                  f"({code} on {supply_date}); give a reason to override", f"lines[{i}].vat_rate")
        rate = to_decimal(ln.vat_rate)
    description = ln.description or (art.name if art else None)
    if not description:
        raise ValidationError("a line without an article needs a description", f"lines[{i}].description")
    revenue = ln.revenue_account or (art.revenue_account if art and art.revenue_account else None) \
        or accounts.revenue_account(agency.accounts, rate)
    line = dict(line_no=i + 1, article_code=ln.article_code, description=description,
                quantity=qty, unit=ln.unit or (art.unit if art else "st"),
                unit_price=price.quantize(Decimal("0.0001")), vat_code=code, vat_rate=rate,
                net_amount=vat.line_net(qty, price), revenue_account=revenue,
                vat_override_reason=ln.vat_override_reason, period_start=ln.period_start,
                period_end=ln.period_end)
    facts = plausibility.LineFacts(i, qty, price, art.unit_price if art else None, price_given)
    return line, facts


def _duplicates(session: Session, agency_id: int, customer_id: int, total: Decimal, day: dt.date) -> list[str]:
    return _duplicates_many(session, agency_id, [(customer_id, total, day)])[0]


def _duplicates_many(session: Session, agency_id: int,
                     keys: list[tuple[int, Decimal, dt.date]]) -> list[list[str]]:
    """Per (customer, total, invoice date): the issued, paid or held invoices of that customer with that total
    within the duplicate window (numbers, or "draft <id>"), oldest first."""
    window = dt.timedelta(days=plausibility.DUPLICATE_WINDOW_DAYS)
    found: dict[tuple[int, Decimal], dict[int, tuple[dt.date, str | None]]] = {}
    for i in range(0, len(keys), 5000):  # one query per 5,000 drafts (each scans the agency's invoices in the window)
        chunk = keys[i:i + 5000]
        rows = session.exec(select(Invoice.id, Invoice.number, Invoice.customer_id, Invoice.total,
                                   Invoice.invoice_date).where(
            Invoice.agency_id == agency_id, Invoice.customer_id.in_(sorted({c for c, _, _ in chunk})),
            Invoice.total.in_(sorted({t for _, t, _ in chunk})),
            Invoice.kind == "invoice", Invoice.status.in_(("issued", "paid", "held")),
            Invoice.invoice_date >= min(d for _, _, d in chunk) - window,
            Invoice.invoice_date <= max(d for _, _, d in chunk) + window)).all()
        for id_, num, cust, total, day in rows:
            found.setdefault((cust, total), {})[id_] = (day, num)
    return [[num or f"draft {id_}" for id_, (day, num) in sorted(found.get((c, t), {}).items())
             if day - window <= d <= day + window] for c, t, d in keys]


def customer_snapshot(customer: Customer, agency: Agency, session: Session | None = None) -> dict:
    """The customer's data as printed on this invoice; kept even if the register changes later."""
    return {"customer_number": customer.customer_number, "name": customer.name, "org_no": customer.org_no,
            "vat_no": customer.vat_no, "country": customer.country, "street": customer.street,
            "postal_code": customer.postal_code, "city": customer.city, "email": customer.email,
            "peppol_id": customer.peppol_id, "language": customer.language, "kind": customer.kind}


def seller_snapshot(agency: Agency) -> dict:
    return {"code": agency.code, "name": agency.name, "org_no": agency.org_no, "vat_no": agency.vat_no,
            "country": agency.country, "street": agency.street, "postal_code": agency.postal_code,
            "city": agency.city, "bankgiro": agency.bankgiro, "iban": agency.iban, "bic": agency.bic,
            "f_tax_approved": agency.f_tax_approved}


def issue(session: Session, inv: Invoice, actor: str = "system", force: bool = False,
          force_reason: str | None = None) -> Invoice:
    """Issue a draft or held invoice: held instead when a check objects (unless forced with a reason)."""
    if inv.status not in ("draft", "held"):
        raise DomainError(f"invoice {inv.number or inv.id} is {inv.status}, cannot be issued")
    agency = session.get(Agency, inv.agency_id)
    if _holds(inv.warnings, force):
        inv.status = "held"
        inv.hold_reason = _hold_reason(inv.warnings)
        args, details = _held_event(agency, inv, actor)
        audit.record(session, *args, **details)
        session.flush()
        return inv
    _check_force(inv.warnings, force, force_reason)
    inv.number, inv.reference = _number_and_reference(
        agency, inv.kind, numbering.next_number(session, agency.id, "invoice", agency.invoice_number_start))
    inv.status = "issued"
    inv.issued_at = utcnow()
    inv.open_amount = inv.total
    inv.hold_reason = None
    session.add(inv)
    session.flush()
    post_invoice_voucher(session, agency, inv)
    if inv.kind == "credit_note" and inv.credited_invoice_id:
        _apply_credit(session, inv)
    args, details = _issued_event(agency, inv, actor, force, force_reason)
    audit.record(session, *args, **details)
    session.flush()
    return inv


def _holds(warnings: list, force: bool) -> bool:
    return bool(warnings) and not force


def _hold_reason(warnings: list) -> str:
    return "; ".join(w["message"] for w in warnings)


def _check_force(warnings: list, force: bool, force_reason: str | None) -> None:
    if force and warnings and not force_reason:
        raise ValidationError("overriding a plausibility check needs a reason", "force_reason")


def _number_and_reference(agency: Agency, kind: str, number: int) -> tuple[str, str | None]:
    """The invoice number as printed and its payment reference (credit notes have none)."""
    num = str(number)
    return num, (references.for_invoice(agency.reference_kind, num) if kind != "credit_note" else None)


def _held_event(agency: Agency, inv: Any, actor: str) -> tuple[tuple, dict]:
    return ((actor, "invoice.held", "invoice", inv.id, agency.id, inv.source),
            dict(reasons=[w["code"] for w in inv.warnings]))


def _issued_event(agency: Agency, inv: Any, actor: str, force: bool,
                  force_reason: str | None) -> tuple[tuple, dict]:
    return ((actor, "invoice.issued", "invoice", inv.id, agency.id, inv.source),
            dict(number=inv.number, reference=inv.reference, total=inv.total,
                 forced=bool(force and inv.warnings), force_reason=force_reason))


class _VoucherLine(NamedTuple):
    net_amount: Decimal
    vat_code: str
    vat_rate: Decimal
    period_end: dt.date | None
    revenue_account: str


def post_invoice_voucher(session: Session, agency: Agency, inv: Invoice) -> None:
    """AR debit; revenue per account and output VAT per rate credit (mirrored for credit notes)."""
    lines = session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)).all()
    entries = invoice_voucher_entries(agency, inv.id, inv.customer_id, inv.total, inv.invoice_date,
                                      [_VoucherLine(ln.net_amount, ln.vat_code, ln.vat_rate, ln.period_end,
                                                    ln.revenue_account) for ln in lines])
    ledger.post(session, agency.id, inv.invoice_date, voucher_text(inv.kind, inv.number), inv.kind, inv.id, entries)


def invoice_voucher_entries(agency: Agency, invoice_id: int, customer_id: int, total: Decimal,
                            invoice_date: dt.date, lines: list[_VoucherLine]) -> list[ledger.Entry]:
    """The invoice voucher's entries: AR debit; revenue per account and output VAT per rate credit."""
    entries = [ledger.Entry(ledger.ar_account(agency), total, invoice_id, customer_id)]
    revenue: dict[str, Decimal] = {}
    for ln in lines:
        acct = _revenue_account(agency, invoice_date, ln.period_end, ln.revenue_account)
        revenue[acct] = revenue.get(acct, ZERO) + ln.net_amount
    entries += [ledger.Entry(acct, -amount) for acct, amount in revenue.items()]
    for grp in vat.totals([(ln.net_amount, ln.vat_code, ln.vat_rate) for ln in lines]).groups:
        entries.append(ledger.Entry(accounts.vat_account(agency.accounts, grp.rate), -grp.vat))
    return entries


def voucher_text(kind: str, number: str) -> str:
    text = {"credit_note": "Kreditfaktura", "interest": "Räntefaktura"}.get(kind, "Faktura")
    return f"{text} {number}"


def revenue_account_for_line(session: Session, agency: Agency, inv: Invoice, line: InvoiceLine) -> str:
    """Revenue account, or deferred income when the line's service period runs past the invoice month
    (revenue accrual: recognised month by month by the period-end run)."""
    return _revenue_account(agency, inv.invoice_date, line.period_end, line.revenue_account)


def _revenue_account(agency: Agency, invoice_date: dt.date, period_end: dt.date | None, revenue_account: str) -> str:
    if period_end and (period_end.year, period_end.month) > (invoice_date.year, invoice_date.month):
        return accounts.account(agency.accounts, "deferred_income")
    return revenue_account


# ---- bulk path: the same building blocks, written with Core executemany -----------------------------------------


def issue_many(session: Session, agency: Agency, items: list[tuple[Customer, list[LineInput], DraftOptions | None]],
               actor: str = "system", force: bool = False, force_reason: str | None = None) -> list[dict]:
    """create_draft + issue for many invoices of one agency, in the caller's transaction: the same lines, totals,
    checks, numbers, references, vouchers and audit events as calling them one by one in this order, but written
    with a few Core executemany statements (runs issue thousands at a time). Every item's lines are built and
    checked before anything is written; errors (ValidationError as from create_draft/issue) are raised in the
    caller's transaction, which then rolls back. Returns per item, in order, the invoice's column values with its
    `id` (status "issued", or "held" when a check objects and force is off)."""
    articles: dict = {}
    drafts = [_prepare(session, agency, customer, lines, opts or DraftOptions(), articles)
              for customer, lines, opts in items]
    out: list[dict] = []
    start = 0
    while start < len(drafts):
        end = _independent_until(drafts, start)
        out += _issue_block(session, agency, drafts[start:end], actor, force, force_reason)
        start = end
    return out


def _independent_until(drafts: list[_Draft], start: int) -> int:
    """End of the run of drafts from `start` none of which would see an earlier one of the run as a likely
    duplicate (one by one, an invoice issued or held just before is in the database when the next is checked):
    such a draft starts a new block, checked after the block before it is written."""
    window = plausibility.DUPLICATE_WINDOW_DAYS
    seen: dict[tuple[int, Decimal], list[dt.date]] = {}
    for k in range(start, len(drafts)):
        d = drafts[k]
        key = (d.customer.id, d.totals.total)
        if any(abs((d.invoice_date - day).days) <= window for day in seen.get(key, ())):
            return k
        if d.opts.kind == "invoice":
            seen.setdefault(key, []).append(d.invoice_date)
    return len(drafts)


def _issue_block(session: Session, agency: Agency, drafts: list[_Draft], actor: str, force: bool,
                 force_reason: str | None) -> list[dict]:
    dupes = _duplicates_many(session, agency.id, [(d.customer.id, d.totals.total, d.invoice_date) for d in drafts])
    rows = [_draft_values(session, agency, d, dp) for d, dp in zip(drafts, dupes)]
    for row in rows:
        if not _holds(row["warnings"], force):
            _check_force(row["warnings"], force, force_reason)
    issued = [row for row in rows if not _holds(row["warnings"], force)]
    number = numbering.take_block(session, agency.id, "invoice", len(issued), agency.invoice_number_start) \
        if issued else 0
    now = utcnow()
    for row in rows:
        if _holds(row["warnings"], force):
            row.update(status="held", hold_reason=_hold_reason(row["warnings"]), number=None, reference=None,
                       issued_at=None)
            continue
        row["number"], row["reference"] = _number_and_reference(agency, row["kind"], number)
        number += 1
        row.update(status="issued", issued_at=now, open_amount=row["total"], hold_reason=None)
    ids = bulk_insert(session, Invoice, rows, returning=True)
    for row, id_ in zip(rows, ids):
        row["id"] = id_
    bulk_insert(session, InvoiceLine, [dict(values, invoice_id=row["id"]) for row, d in zip(rows, drafts)
                                   for values in d.lines])
    _post_vouchers(session, agency, [(row, d) for row, d in zip(rows, drafts) if row["status"] == "issued"])
    events: list[dict] = []
    for row, d in zip(rows, drafts):
        inv = _RowView(row)
        events.append(_event_row(*_draft_event(agency, d, row["id"], row["warnings"])))
        events.append(_event_row(*(_held_event(agency, inv, actor) if row["status"] == "held"
                                   else _issued_event(agency, inv, actor, force, force_reason))))
    bulk_insert(session, AuditEvent, events)
    return rows


def _post_vouchers(session: Session, agency: Agency, issued: list[tuple[dict, _Draft]]) -> None:
    """What post_invoice_voucher writes for each issued invoice, in order, through ledger.post_many."""
    drafts = []
    for row, d in issued:
        entries = invoice_voucher_entries(agency, row["id"], row["customer_id"], row["total"], row["invoice_date"],
                                          [_VoucherLine(ln["net_amount"], ln["vat_code"], ln["vat_rate"],
                                                        ln["period_end"], ln["revenue_account"]) for ln in d.lines])
        drafts.append(ledger.VoucherDraft(row["invoice_date"], voucher_text(row["kind"], row["number"]),
                                          row["kind"], row["id"], entries))
    ledger.post_many(session, agency.id, drafts)


class _RowView:
    """Attribute access to an invoice row, for the helpers issue() calls with an Invoice."""

    def __init__(self, row: dict) -> None:
        self.__dict__.update(row)


class _Collect:
    """Stands in for the session in audit.record: keeps the event instead of adding it."""

    def __init__(self) -> None:
        self.event: AuditEvent | None = None

    def add(self, event: AuditEvent) -> None:
        self.event = event


_AUDIT_COLUMNS = [c.name for c in AuditEvent.__table__.columns if c.name != "id"]


def _event_row(args: tuple, details: dict) -> dict:
    """The row audit.record would add (same masking and JSON conversion: it is made by audit.record)."""
    box = _Collect()
    audit.record(box, *args, **details)  # type: ignore[arg-type]
    return {name: getattr(box.event, name) for name in _AUDIT_COLUMNS}


def _apply_credit(session: Session, credit: Invoice) -> None:
    """Reduce the original's open amount; what the original no longer owes stays on the credit note as a
    customer credit (negative open amount) to refund or offset."""
    original = session.get(Invoice, credit.credited_invoice_id)
    applied = max(credit.total, -max(original.open_amount, ZERO))  # both negative or zero
    original.open_amount += applied
    credit.open_amount = credit.total - applied
    if original.open_amount == 0 and original.status == "issued":
        original.status = "credited"
    session.add(original)
    session.add(credit)


def credit(session: Session, original: Invoice, reason: str, lines: dict[int, Decimal] | None = None,
           actor: str = "system", source: str = "cli", invoice_date: dt.date | None = None) -> Invoice:
    """Credit note referring unambiguously to the original: fully, or {line_no: quantity} partly."""
    if original.kind == "credit_note" or original.status not in ("issued", "paid", "credited"):
        raise DomainError(f"invoice {original.number or original.id} cannot be credited ({original.status})")
    if not reason:
        raise ValidationError("a credit note needs a reason", "reason")
    agency = session.get(Agency, original.agency_id)
    orig_lines = session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == original.id)
                              .order_by(InvoiceLine.line_no)).all()
    already = _already_credited(session, original.id)
    picks = lines or {ln.line_no: ln.quantity - already.get(ln.line_no, ZERO) for ln in orig_lines
                      if ln.quantity - already.get(ln.line_no, ZERO) > 0}
    inv = Invoice(agency_id=agency.id, customer_id=original.customer_id, kind="credit_note", status="draft",
                  invoice_date=invoice_date or dt.date.today(), supply_date=original.supply_date,
                  due_date=invoice_date or dt.date.today(), currency=original.currency,
                  credited_invoice_id=original.id, buyer_reference=original.buyer_reference,
                  order_reference=original.order_reference, note=f"Kredit av faktura {original.number}: {reason}",
                  source=source, customer_snapshot=original.customer_snapshot,
                  seller_snapshot=original.seller_snapshot)
    session.add(inv)
    session.flush()
    new_lines = []
    for ln in orig_lines:
        if ln.line_no not in picks:
            continue
        qty = to_decimal(picks[ln.line_no])
        if qty <= 0 or qty + already.get(ln.line_no, ZERO) > ln.quantity:
            raise ValidationError(f"line {ln.line_no}: cannot credit {qty} of {ln.quantity} "
                                  f"({already.get(ln.line_no, ZERO)} already credited)", f"lines[{ln.line_no - 1}]")
        new_lines.append(InvoiceLine(invoice_id=inv.id, line_no=len(new_lines) + 1, article_code=ln.article_code,
                                     description=ln.description, quantity=-qty, unit=ln.unit,
                                     unit_price=ln.unit_price, vat_code=ln.vat_code, vat_rate=ln.vat_rate,
                                     net_amount=vat.line_net(-qty, ln.unit_price), revenue_account=ln.revenue_account,
                                     period_start=ln.period_start, period_end=ln.period_end))
    if not new_lines:
        raise ValidationError("nothing to credit", "lines")
    session.add_all(new_lines)
    tot = vat.totals([(ln.net_amount, ln.vat_code, ln.vat_rate) for ln in new_lines])
    inv.net_total, inv.vat_total, inv.total = tot.net, tot.vat, tot.total
    session.flush()
    audit.record(session, actor, "invoice.credit", "invoice", original.id, agency.id, source,
                 reason=reason, credit_total=tot.total)
    return issue(session, inv, actor)


def _already_credited(session: Session, invoice_id: int) -> dict[int, Decimal]:
    """Quantity already credited per original line, matched by line order and description."""
    credits = session.exec(select(Invoice.id).where(Invoice.credited_invoice_id == invoice_id,
                                                    Invoice.status != "cancelled")).all()
    result: dict[int, Decimal] = {}
    if not credits:
        return result
    orig = {(ln.description, ln.unit_price): ln.line_no for ln in
            session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == invoice_id))}
    for ln in session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id.in_(credits))):
        no = orig.get((ln.description, ln.unit_price))
        if no:
            result[no] = result.get(no, ZERO) - ln.quantity
    return result


def find_invoice(session: Session, number: str, agency_id: int | None = None) -> Invoice | None:
    q = select(Invoice).where(Invoice.number == number)
    if agency_id is not None:
        q = q.where(Invoice.agency_id == agency_id)
    rows = session.exec(q).all()
    if len(rows) > 1:
        raise DomainError(f"invoice number {number} exists for several agencies; name the agency")
    return rows[0] if rows else None


def invoice_by_number(session: Session, number: str, agency_code: str | None = None) -> Invoice:
    """The invoice with this number (of the named agency, if given); NotFound otherwise — for commands."""
    from core.kernel.errors import NotFound
    from core.registers.register import agency_by_code

    agency_id = agency_by_code(session, agency_code).id if agency_code else None
    inv = find_invoice(session, number, agency_id)
    if inv is None:
        raise NotFound(f"no invoice {number}", "number")
    return inv


def lines_of(session: Session, inv: Invoice) -> list[InvoiceLine]:
    return list(session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
                             .order_by(InvoiceLine.line_no)))


def vat_breakdown(session: Session, inv: Invoice) -> list[vat.VatGroup]:
    return vat.totals([(ln.net_amount, ln.vat_code, ln.vat_rate) for ln in lines_of(session, inv)]).groups
