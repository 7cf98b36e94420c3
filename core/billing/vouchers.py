"""The voucher an issued invoice is booked with: AR debit; revenue per account and output VAT per rate credit
(mirrored for credit notes).

Every business event is booked, each with its voucher (bokföringslagen 1999:1078 5 kap. 1 and 6 §§). A line
whose service period runs past the invoice month is booked to deferred income instead of revenue and recognised
month by month by the period-end run (core.period.accruals), which asks `revenue_account_for_line` which lines.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import NamedTuple

from sqlmodel import Session, select

from core.billing.models import Invoice, InvoiceLine
from core.kernel import vat
from core.kernel.money import ZERO
from core.ledger import accounts, texts
from core.ledger import posting as ledger
from core.registers.models import Agency


class VoucherLine(NamedTuple):
    net_amount: Decimal
    vat_code: str
    vat_rate: Decimal
    period_end: dt.date | None
    revenue_account: str


def post_invoice_voucher(session: Session, agency: Agency, inv: Invoice) -> None:
    """AR debit; revenue per account and output VAT per rate credit (mirrored for credit notes)."""
    assert agency.id is not None and inv.id is not None and inv.number is not None  # an issued invoice
    lines = session.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == inv.id)).all()
    entries = invoice_voucher_entries(agency, inv.id, inv.customer_id, inv.total, inv.invoice_date,
                                      [VoucherLine(ln.net_amount, ln.vat_code, ln.vat_rate, ln.period_end,
                                                   ln.revenue_account) for ln in lines])
    ledger.post(session, agency.id, inv.invoice_date, voucher_text(inv.kind, inv.number, agency.language), inv.kind,
                inv.id, entries)


def post_invoice_vouchers(session: Session, agency: Agency, issued: list[tuple[dict, list[dict]]]) -> None:
    """What post_invoice_voucher writes for each issued invoice, in order, through ledger.post_many: per invoice
    its column values (with id and number) and its lines' column values."""
    assert agency.id is not None  # from the register
    drafts = []
    for row, lines in issued:
        entries = invoice_voucher_entries(agency, row["id"], row["customer_id"], row["total"], row["invoice_date"],
                                          [VoucherLine(ln["net_amount"], ln["vat_code"], ln["vat_rate"],
                                                       ln["period_end"], ln["revenue_account"]) for ln in lines])
        text = voucher_text(row["kind"], row["number"], agency.language)
        drafts.append(ledger.VoucherDraft(row["invoice_date"], text, row["kind"], row["id"], entries))
    ledger.post_many(session, agency.id, drafts)


def invoice_voucher_entries(agency: Agency, invoice_id: int, customer_id: int, total: Decimal,
                            invoice_date: dt.date, lines: list[VoucherLine]) -> list[ledger.Entry]:
    """The invoice voucher's entries: AR debit; revenue per account and output VAT per rate credit."""
    entries = [ledger.Entry(ledger.ar_account(agency), total, invoice_id, customer_id)]
    revenue: dict[str, Decimal] = {}
    for ln in lines:
        acct = _revenue_account(agency, invoice_date, ln.period_end, ln.revenue_account)
        revenue[acct] = revenue.get(acct, ZERO) + ln.net_amount
    entries += [ledger.Entry(acct, -amount) for acct, amount in revenue.items()]
    for grp in vat.totals([(ln.net_amount, ln.vat_code, ln.vat_rate) for ln in lines]).groups:
        if grp.vat != 0:  # a 0 % group has no output VAT (and no VAT account in the chart)
            entries.append(ledger.Entry(accounts.vat_account(agency, grp.rate), -grp.vat))
    return entries


def voucher_text(kind: str, number: str, lang: str | None = None) -> str:
    """"Faktura 10001" / "Lasku 10001" / "Invoice 10001": the invoice's voucher in the agency's language."""
    return texts.text(lang, kind if kind in ("credit_note", "interest") else "invoice", n=number)


def revenue_account_for_line(session: Session, agency: Agency, inv: Invoice, line: InvoiceLine) -> str:
    """Revenue account, or deferred income when the line's service period runs past the invoice month
    (revenue accrual: recognised month by month by the period-end run)."""
    return _revenue_account(agency, inv.invoice_date, line.period_end, line.revenue_account)


def _revenue_account(agency: Agency, invoice_date: dt.date, period_end: dt.date | None, revenue_account: str) -> str:
    if period_end and (period_end.year, period_end.month) > (invoice_date.year, invoice_date.month):
        return accounts.account(agency, "deferred_income")
    return revenue_account
