"""The AR subledger (open amounts of issued invoices) against the ledger's AR account — `reskontra ledger check`.

Every voucher must balance, every entry's copies of its voucher's agency, date and source must equal the
voucher's (core.ledger.posting.copies: the reconciliation sums the AR entries by them), and per agency the sum of
open amounts of invoices in the receivable statuses must equal the balance of the agency's accounts-receivable
account (bokföringslagen 1999:1078 4 kap. 1 §: the accounts must be complete and reconcilable; the reskontra is a
specification of the AR account). An open amount includes the reminder fees charged on the invoice
(core.runs.reminders books each on AR with the invoice named);
`reskontra reconcile` (core.period.reconciliation) checks the same as of any date, per invoice.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session, select

from core.billing.models import Invoice
from core.ledger import accounts
from core.ledger.models import Voucher
from core.ledger.posting import account_balance, ar_account, copies_differing, unbalanced_vouchers
from core.registers.models import Agency

AR_STATUSES = ("issued", "paid", "credited")


@dataclass
class AgencyCheck:
    agency: str
    vouchers: int
    unbalanced: list[int]
    ar_account: str
    ar_subledger: Decimal
    ar_ledger: Decimal
    copies_differ: list[str] = field(default_factory=list)  # "A12 entry 345": an entry's copy is not its voucher's

    @property
    def difference(self) -> Decimal:
        return self.ar_subledger - self.ar_ledger

    @property
    def ok(self) -> bool:
        return not self.unbalanced and self.difference == 0 and not self.copies_differ


def check(session: Session, agency_code: str | None = None) -> list[AgencyCheck]:
    """Balance of every voucher and AR subledger vs ledger, per agency."""
    query = select(Agency).order_by(Agency.code)
    if agency_code:
        query = query.where(Agency.code == agency_code)
    results = []
    for agency in session.exec(query):
        results.append(_check_agency(session, agency))
    return results


def _check_agency(session: Session, agency: Agency) -> AgencyCheck:
    assert agency.id is not None  # read from the table
    v = Voucher.__table__.c
    unbalanced = [row[1] for row in unbalanced_vouchers(session, agency.id)]
    count = session.execute(sa.select(sa.func.count()).where(v.agency_id == agency.id)).scalar_one()
    acct = ar_account(agency)
    # disputed receivables (1516, core.billing.disputes) are still the subledger's: 1510 + 1516 against it
    ledger = account_balance(session, agency.id, acct) + account_balance(
        session, agency.id, accounts.account(agency.accounts, "ar_disputed"))
    inv = Invoice.__table__.c
    sub = session.execute(
        sa.select(sa.func.coalesce(sa.func.sum(inv.open_amount), 0))
        .where(inv.agency_id == agency.id, inv.status.in_(AR_STATUSES))
    ).scalar_one()
    differ = [f"{series}{number} entry {entry_id}" for series, number, entry_id in copies_differing(session, agency.id)]
    return AgencyCheck(agency.code, count, unbalanced, acct, Decimal(sub).quantize(Decimal("0.01")), ledger, differ)
