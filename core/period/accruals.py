"""Revenue accrual (periodisering).

A line whose service period (period_start..period_end) runs past the invoice month is credited in full to
deferred income (2970) at issue (core.billing.vouchers.revenue_account_for_line). This module spreads that amount over
the service period, pro rata by days per calendar month, rounded half-up per month with the last month taking
the remainder (so a schedule sums exactly to the line net), and the period-end run recognises it: one balanced
voucher per run, debit deferred income, credit the line's revenue account, dated the last day of the month.

Each schedule row is recognised exactly once (the run for month M recognises every row of a month <= M not yet
recognised, so a late-issued invoice catches up). A credit note of an accrued line carries the same service
period and is deferred the same way with negative rows; the next run recognises the credited share of the
months already recognised at once (debit revenue, credit 2970), so after that run 2970 holds exactly the
unrecognised part of what is still invoiced and the later months net to zero.

A written-off invoice is closed in deferred income by `closing` (the write-off voucher of core.period.valuation books
it): of the rows of the invoice and its credit notes not yet recognised, those of months up to the write-off
month are recognised as that month's run would; the later months' income, never earned, is released from 2970.
Every row is then marked done with the write-off voucher (released rows show as `cancelled` in `schedule`), so
no run recognises anything of the invoice again and 2970 holds nothing of it.
"""
from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlmodel import Session, col, select

from core.billing import lookups
from core.billing.models import Invoice, InvoiceLine
from core.billing.vouchers import revenue_account_for_line
from core.kernel.errors import NotFound, ValidationError
from core.kernel.money import ZERO, money_str, round_money
from core.ledger import accounts, texts
from core.ledger import posting as ledger
from core.ledger.models import Voucher
from core.period.models import AccrualScheduleRow
from core.platform import audit
from core.registers.models import Agency

ISSUED = ("issued", "paid", "credited", "written_off")
CLOSED_BY = "write_off"  # source type of the voucher that closes an invoice's schedule (core.period.valuation)


def month_start(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_end(day: dt.date) -> dt.date:
    return day.replace(day=_cal.monthrange(day.year, day.month)[1])


def parse_month(text: str) -> dt.date:
    """'YYYY-MM' -> first day of that month."""
    try:
        year, month = text.split("-")
        return dt.date(int(year), int(month), 1)
    except (ValueError, TypeError) as exc:
        raise ValidationError(f"not a month (YYYY-MM): {text!r}", "month") from exc


def split_by_days(net: Decimal, start: dt.date, end: dt.date) -> list[tuple[dt.date, int, Decimal]]:
    """(first day of month, days in the period, amount) per calendar month of start..end inclusive; amounts
    pro rata by days, rounded half-up, the last month takes the remainder: the sum is exactly `net`."""
    if end < start:
        start, end = end, start
    total_days = (end - start).days + 1
    parts: list[tuple[dt.date, int]] = []
    cur = start
    while cur <= end:
        last = min(month_end(cur), end)
        parts.append((month_start(cur), (last - cur).days + 1))
        cur = last + dt.timedelta(days=1)
    out: list[tuple[dt.date, int, Decimal]] = []
    booked = ZERO
    for i, (month, days) in enumerate(parts):
        amount = net - booked if i == len(parts) - 1 else round_money(net * days / total_days)
        booked += amount
        out.append((month, days, amount))
    return out


def is_deferred(session: Session, agency: Agency, inv: Invoice, line: InvoiceLine) -> bool:
    """True when the line was booked to deferred income at issue (the rule lives in core.billing.vouchers)."""
    deferred = accounts.account(agency.accounts, "deferred_income")
    return (line.period_end is not None and line.revenue_account != deferred
            and revenue_account_for_line(session, agency, inv, line) == deferred)


def _period_end(line: InvoiceLine) -> dt.date:
    """The last day of a deferred line's service period (a line without one is never deferred)."""
    if line.period_end is None:
        raise ValidationError(f"line {line.line_no} has no service period", "period_end")
    return line.period_end


def _line_rows(session: Session, agency: Agency, inv: Invoice, line: InvoiceLine) -> list[AccrualScheduleRow]:
    """The stored schedule of a deferred line, or a new (unsaved) one."""
    rows = list(session.exec(select(AccrualScheduleRow).where(col(AccrualScheduleRow.line_id) == line.id)
                             .order_by(col(AccrualScheduleRow.month))))
    if rows:
        return rows
    agency_id, invoice_id, line_id = agency.id, inv.id, line.id
    assert agency_id is not None and invoice_id is not None and line_id is not None  # an issued invoice's, stored
    start = line.period_start or inv.supply_date or inv.invoice_date
    deferred = accounts.account(agency.accounts, "deferred_income")
    return [AccrualScheduleRow(agency_id=agency_id, invoice_id=invoice_id, line_id=line_id, line_no=line.line_no,
                               month=month, days=days, amount=amount, revenue_account=line.revenue_account,
                               deferred_account=deferred)
            for month, days, amount in split_by_days(line.net_amount, start, _period_end(line))]


def ensure_schedule(session: Session, inv: Invoice, persist: bool = True) -> dict[int, list[AccrualScheduleRow]]:
    """Schedules of every deferred line of an issued invoice or credit note: {line_no: rows}."""
    if inv.status not in ISSUED or inv.number is None:
        return {}
    agency = lookups.agency_of(session, inv)
    result = {}
    for line in lookups.lines_of(session, inv):
        if not is_deferred(session, agency, inv, line):
            continue
        rows = _line_rows(session, agency, inv, line)
        if persist and any(r.id is None for r in rows):
            session.add_all(rows)
            session.flush()
        result[line.line_no] = rows
    return result


def schedule(session: Session, inv: Invoice) -> list[dict]:
    """The accrual schedule per deferred line of an invoice (JSON-ready). Not persisted by merely looking."""
    seen: dict[int, Voucher | None] = {}
    out = []
    for line in lookups.lines_of(session, inv):
        rows = ensure_schedule(session, inv, persist=False).get(line.line_no)
        if rows is None:
            continue
        items = []
        recognised = cancelled = ZERO
        for r in rows:
            v = None
            if r.voucher_id:
                v = seen.setdefault(r.voucher_id, session.get(Voucher, r.voucher_id))
            gone = is_cancelled(r, v)
            recognised += r.amount if r.recognised_month and not gone else ZERO
            cancelled += r.amount if gone else ZERO
            items.append({"month": r.month.strftime("%Y-%m"), "days": r.days, "amount": money_str(r.amount),
                          "recognised": r.recognised_month is not None and not gone, "cancelled": gone,
                          "recognised_in": (r.recognised_month.strftime("%Y-%m")
                                            if r.recognised_month and not gone else None),
                          "voucher": f"{v.series}{v.number}" if v else None})
        out.append({"invoice": inv.number, "kind": inv.kind, "line_no": line.line_no,
                    "description": line.description, "net_amount": money_str(line.net_amount),
                    "period_start": (line.period_start or inv.supply_date or inv.invoice_date).isoformat(),
                    "period_end": _period_end(line).isoformat(), "revenue_account": line.revenue_account,
                    "deferred_account": rows[0].deferred_account if rows else None,
                    "recognised": money_str(recognised), "cancelled": money_str(cancelled),
                    "unrecognised": money_str(line.net_amount - recognised - cancelled), "rows": items})
    return out


def is_cancelled(row: AccrualScheduleRow, voucher: Voucher | None) -> bool:
    """A row released from deferred income by a write-off (see `closing`), never recognised as revenue."""
    return (voucher is not None and voucher.source_type == CLOSED_BY and row.recognised_month is not None
            and row.month > row.recognised_month)


@dataclass
class RunResult:
    agency: str
    month: dt.date
    dry_run: bool
    rows: list[tuple[Invoice, AccrualScheduleRow]]
    voucher: Voucher | None

    @property
    def total(self) -> Decimal:
        return sum((r.amount for _, r in self.rows), ZERO)

    def as_dict(self) -> dict:
        return {"agency": self.agency, "month": self.month.strftime("%Y-%m"), "dry_run": self.dry_run,
                "date": month_end(self.month).isoformat(),
                "voucher": ({"series": self.voucher.series, "number": self.voucher.number,
                             "date": self.voucher.date.isoformat()} if self.voucher else None),
                "rows": len(self.rows), "total": money_str(self.total),
                "recognised": [{"invoice": inv.number, "kind": inv.kind, "line_no": r.line_no,
                                "month": r.month.strftime("%Y-%m"), "amount": money_str(r.amount),
                                "revenue_account": r.revenue_account, "deferred_account": r.deferred_account}
                               for inv, r in self.rows]}


def run(session: Session, agency: Agency, month: dt.date, dry_run: bool = False,
        actor: str = "system") -> RunResult:
    """Recognise every not yet recognised schedule row of a month <= `month` of invoices dated up to the end
    of `month`; one voucher dated the month's last day. Running a month again recognises nothing twice."""
    month = month_start(month)
    last_day = month_end(month)
    invoices = session.exec(
        select(Invoice).where(col(Invoice.agency_id) == agency.id, col(Invoice.status).in_(ISSUED),
                              col(Invoice.number).is_not(None), col(Invoice.invoice_date) <= last_day,
                              col(Invoice.id).in_(select(InvoiceLine.invoice_id)
                                                  .where(col(InvoiceLine.period_end).is_not(None))))
        .order_by(col(Invoice.invoice_date), col(Invoice.id))).all()
    due: list[tuple[Invoice, AccrualScheduleRow]] = []
    for inv in invoices:
        for _line_no, rows in sorted(ensure_schedule(session, inv, persist=not dry_run).items()):
            due += [(inv, r) for r in rows if r.recognised_month is None and r.month <= month]
    voucher = None
    if due and not dry_run:
        agency_id = agency.id
        assert agency_id is not None  # the agency is in the register
        entries = [e for inv, r in due for e in _recognition(inv, r, agency.language)]
        if any(e.amount != 0 for e in entries):
            text = texts.text(agency.language, "accruals", month=f"{month:%Y-%m}")
            voucher = ledger.post(session, agency_id, last_day, text, "accrual", None, entries)
        for _inv, r in due:
            r.recognised_month = month
            r.voucher_id = voucher.id if voucher else None
            session.add(r)
        audit.record(session, actor, "accrual.run", "agency", agency.id, agency.id, "period",
                     month=month.strftime("%Y-%m"), rows=len(due),
                     total=sum((r.amount for _, r in due), ZERO), voucher=voucher.number if voucher else None)
        session.flush()
    return RunResult(agency.code, month, dry_run, due, voucher)


def _recognition(inv: Invoice, r: AccrualScheduleRow, lang: str | None) -> list[ledger.Entry]:
    """Recognising one row: debit deferred income, credit the line's revenue account."""
    text = texts.text(lang, "accrual_line", n=inv.number, line=r.line_no, month=f"{r.month:%Y-%m}")
    return [ledger.Entry(r.deferred_account, r.amount, inv.id, inv.customer_id, text),
            ledger.Entry(r.revenue_account, -r.amount, inv.id, inv.customer_id, text)]


@dataclass
class Closing:
    """What an invoice, with its credit notes, still holds in deferred income when it is closed (written off)
    as of `day`: `due` are the rows of months up to that month (recognised now, as that month's run would),
    `future` the rows of later months (income never earned, released)."""

    day: dt.date
    due: list[tuple[Invoice, AccrualScheduleRow]]
    future: list[tuple[Invoice, AccrualScheduleRow]]

    @property
    def recognised(self) -> Decimal:
        return sum((r.amount for _, r in self.due), ZERO)

    @property
    def released(self) -> Decimal:
        """The never-earned income released from deferred income (debit 2970; the caller books the credit)."""
        return sum((r.amount for _, r in self.future), ZERO)

    def entries(self, keep: Decimal = ZERO, lang: str | None = None) -> list[ledger.Entry]:
        """Debit deferred income with everything the invoice still holds there and credit revenue with the due
        rows and with `keep` of the released part (income already paid for that the closing keeps: pro rata
        over the released rows' revenue accounts). Unbalanced by exactly `released - keep`, which the caller
        books against its own account (a write-off: the loss, which the never-earned income was part of)."""
        entries = [e for inv, r in self.due for e in _recognition(inv, r, lang)]
        # (invoice, customer, account) -> amount
        held: dict[tuple[int | None, int, str], Decimal] = defaultdict(lambda: ZERO)
        revenue: dict[tuple[int | None, int, str], Decimal] = defaultdict(lambda: ZERO)
        for inv, r in self.future:
            held[(inv.id, inv.customer_id, r.deferred_account)] += r.amount
            revenue[(inv.id, inv.customer_id, r.revenue_account)] += r.amount
        numbers = {inv.id: inv.number for inv, _ in self.future}
        entries += [ledger.Entry(acct, amount, inv_id, cust_id, f"Återföring förutbetald intäkt {numbers[inv_id]}")
                    for (inv_id, cust_id, acct), amount in held.items()]
        if keep:
            total = sum(revenue.values(), ZERO)
            if total == 0:
                raise ValidationError(f"nothing released to keep {money_str(keep)} of", "keep")
            booked = ZERO
            for i, ((inv_id, cust_id, acct), amount) in enumerate(revenue.items()):
                part = keep - booked if i == len(revenue) - 1 else round_money(keep * amount / total)
                booked += part
                entries.append(ledger.Entry(acct, -part, inv_id, cust_id,
                                            f"Intäktsförd förutbetald intäkt {numbers[inv_id]}"))
        return entries

    def mark(self, session: Session, voucher: Voucher) -> None:
        """Every row done, with the closing voucher: no run recognises anything of the invoice again."""
        month = month_start(self.day)
        for _inv, r in self.due + self.future:
            r.recognised_month = month
            r.voucher_id = voucher.id
            session.add(r)
        session.flush()


def closing(session: Session, inv: Invoice, day: dt.date) -> Closing:
    """The rows of an invoice and of its issued credit notes not yet recognised (schedules persisted), split at
    the month of `day`; see Closing."""
    docs = [inv, *session.exec(select(Invoice).where(col(Invoice.credited_invoice_id) == inv.id,
                                                     col(Invoice.kind) == "credit_note")
                               .order_by(col(Invoice.id))).all()]
    month = month_start(day)
    due: list[tuple[Invoice, AccrualScheduleRow]] = []
    future: list[tuple[Invoice, AccrualScheduleRow]] = []
    for doc in docs:
        for _line_no, rows in sorted(ensure_schedule(session, doc).items()):
            for r in rows:
                if r.recognised_month is None:
                    (due if r.month <= month else future).append((doc, r))
    return Closing(day, due, future)


def deferred_balance(session: Session, agency: Agency, as_of: dt.date | None = None) -> Decimal:
    """Balance of the deferred income account (negative = credit balance) as of a date."""
    if agency.id is None:
        raise NotFound(f"agency {agency.code} is not in the register", "agency")
    return ledger.account_balance(session, agency.id, accounts.account(agency.accounts, "deferred_income"), as_of)
