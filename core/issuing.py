"""Creating, checking, issuing and crediting invoices.

The one path every source (CLI, e-mail, web form, API, runs) uses: build a draft from lines (register prices,
VAT by supply date, VAT check), run the plausibility checks, and issue — number, reference, banking-day due
date, balanced voucher, audit — in the caller's transaction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, select

from core import accounts, audit, calendar, ledger, numbering, plausibility, references, vat
from core.errors import DomainError, ValidationError
from core.models.invoicing import Invoice, InvoiceLine
from core.models.registers import Agency, Article, Customer, utcnow
from core.money import ZERO, round_money, to_decimal
from core.masterdata import price_on


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
    opts = opts or DraftOptions()
    if not lines:
        raise ValidationError("an invoice needs at least one line", "lines")
    invoice_date = opts.invoice_date or dt.date.today()
    supply_date = opts.supply_date or invoice_date
    built = [_build_line(session, agency, i, ln, supply_date) for i, ln in enumerate(lines)]
    for line, _facts in built:
        vat.check_vat_code_for_buyer(line.vat_code, customer.vat_no, agency.country, customer.country)
    tot = vat.totals([(ln.net_amount, ln.vat_code, ln.vat_rate) for ln, _ in built])
    due = opts.due_date or calendar.next_banking_day(
        agency.country, invoice_date + dt.timedelta(days=agency.payment_terms_days))
    inv = Invoice(agency_id=agency.id, customer_id=customer.id, kind=opts.kind, status="draft",
                  invoice_date=invoice_date, supply_date=supply_date, due_date=due,
                  currency=opts.currency or agency.currency, net_total=tot.net, vat_total=tot.vat,
                  total=tot.total, open_amount=ZERO, buyer_reference=opts.buyer_reference,
                  order_reference=opts.order_reference, note=opts.note, source=opts.source,
                  request_id=opts.request_id, customer_snapshot=customer_snapshot(customer, agency, session),
                  seller_snapshot=seller_snapshot(agency))
    dupes = _duplicates(session, agency.id, customer.id, tot.total, invoice_date)
    inv.warnings = plausibility.check([f for _, f in built], tot.total, invoice_date, due, dupes, opts.kind) \
        + list(opts.extra_warnings)
    session.add(inv)
    session.flush()
    for line, _ in built:
        line.invoice_id = inv.id
        session.add(line)
    audit.record(session, opts.actor, "invoice.draft", "invoice", inv.id, agency.id, opts.source,
                 customer=customer.customer_number, total=tot.total, warnings=len(inv.warnings))
    session.flush()
    return inv


def _build_line(session: Session, agency: Agency, i: int, ln: LineInput,
                supply_date: dt.date) -> tuple[InvoiceLine, plausibility.LineFacts]:
    art = None
    if ln.article_code:
        art = session.exec(select(Article).where(Article.agency_id == agency.id,
                                                 Article.code == ln.article_code)).first()
        if art is None:
            raise ValidationError(f"article {ln.article_code!r} is not in {agency.code}'s register",
                                  f"lines[{i}].article")
    if ln.quantity is None:
        raise ValidationError("quantity is missing", f"lines[{i}].quantity")
    qty = to_decimal(ln.quantity, f"lines[{i}].quantity")
    price_given = ln.unit_price is not None
    price = to_decimal(ln.unit_price, f"lines[{i}].unit_price") if price_given else price_on(session, art, supply_date)
    if price is None:
        raise ValidationError("unit price is missing and the article has no register price",
                              f"lines[{i}].unit_price")
    code = ln.vat_code or (art.vat_code if art else vat.code_for_rate(agency.country, agency.default_vat_rate,
                                                                        supply_date))
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
    line = InvoiceLine(invoice_id=0, line_no=i + 1, article_code=ln.article_code, description=description,
                       quantity=qty, unit=ln.unit or (art.unit if art else "st"),
                       unit_price=price.quantize(Decimal("0.0001")), vat_code=code, vat_rate=rate,
                       net_amount=vat.line_net(qty, price), revenue_account=revenue,
                       vat_override_reason=ln.vat_override_reason, period_start=ln.period_start,
                       period_end=ln.period_end)
    facts = plausibility.LineFacts(i, qty, price, art.unit_price if art else None, price_given)
    return line, facts


def _duplicates(session: Session, agency_id: int, customer_id: int, total: Decimal, day: dt.date) -> list[str]:
    window = dt.timedelta(days=plausibility.DUPLICATE_WINDOW_DAYS)
    rows = session.exec(select(Invoice.number, Invoice.id).where(
        Invoice.agency_id == agency_id, Invoice.customer_id == customer_id, Invoice.total == total,
        Invoice.kind == "invoice", Invoice.status.in_(("issued", "paid", "held")),
        Invoice.invoice_date >= day - window, Invoice.invoice_date <= day + window)).all()
    return [num or f"draft {id_}" for num, id_ in rows]


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
    if inv.warnings and not force:
        inv.status = "held"
        inv.hold_reason = "; ".join(w["message"] for w in inv.warnings)
        audit.record(session, actor, "invoice.held", "invoice", inv.id, agency.id, inv.source,
                     reasons=[w["code"] for w in inv.warnings])
        session.flush()
        return inv
    if force and inv.warnings and not force_reason:
        raise ValidationError("overriding a plausibility check needs a reason", "force_reason")
    inv.number = str(numbering.next_number(session, agency.id, "invoice", agency.invoice_number_start))
    inv.reference = references.for_invoice(agency.reference_kind, inv.number) if inv.kind != "credit_note" else None
    inv.status = "issued"
    inv.issued_at = utcnow()
    inv.open_amount = inv.total
    inv.hold_reason = None
    session.add(inv)
    session.flush()
    post_invoice_voucher(session, agency, inv)
    if inv.kind == "credit_note" and inv.credited_invoice_id:
        _apply_credit(session, inv)
    audit.record(session, actor, "invoice.issued", "invoice", inv.id, agency.id, inv.source,
                 number=inv.number, reference=inv.reference, total=inv.total, forced=bool(force and inv.warnings),
                 force_reason=force_reason)
    session.flush()
    return inv


def post_invoice_voucher(session: Session, agency: Agency, inv: Invoice) -> None:
    """AR debit; revenue per account and output VAT per rate credit (mirrored for credit notes)."""
    lines = session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)).all()
    entries = [ledger.Entry(ledger.ar_account(agency), inv.total, inv.id, inv.customer_id)]
    revenue: dict[str, Decimal] = {}
    for ln in lines:
        acct = revenue_account_for_line(session, agency, inv, ln)
        revenue[acct] = revenue.get(acct, ZERO) + ln.net_amount
    entries += [ledger.Entry(acct, -amount) for acct, amount in revenue.items()]
    for grp in vat.totals([(ln.net_amount, ln.vat_code, ln.vat_rate) for ln in lines]).groups:
        entries.append(ledger.Entry(accounts.vat_account(agency.accounts, grp.rate), -grp.vat))
    text = {"credit_note": "Kreditfaktura", "interest": "Räntefaktura"}.get(inv.kind, "Faktura")
    ledger.post(session, agency.id, inv.invoice_date, f"{text} {inv.number}", inv.kind, inv.id, entries)


def revenue_account_for_line(session: Session, agency: Agency, inv: Invoice, line: InvoiceLine) -> str:
    """Revenue account, or deferred income when the line's service period runs past the invoice month
    (revenue accrual: recognised month by month by the period-end run)."""
    if line.period_end and (line.period_end.year, line.period_end.month) > (inv.invoice_date.year,
                                                                            inv.invoice_date.month):
        return accounts.account(agency.accounts, "deferred_income")
    return line.revenue_account


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


def lines_of(session: Session, inv: Invoice) -> list[InvoiceLine]:
    return list(session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)
                             .order_by(InvoiceLine.line_no)))


def vat_breakdown(session: Session, inv: Invoice) -> list[vat.VatGroup]:
    return vat.totals([(ln.net_amount, ln.vat_code, ln.vat_rate) for ln in lines_of(session, inv)]).groups
