"""SIE 4I export of an agency's vouchers in a date range (invoices, credit notes, payments, accruals, provisions,
write-offs...) for import into the general ledger (domain-facts §10.3).

#FORMAT PC8: the file is encoded in IBM code page 437 (å ä ö = 0x86 0x84 0x94); characters CP437 lacks are
replaced by '?'. Amounts with a decimal point and two decimals, debit positive, credit negative; dates YYYYMMDD;
fields with spaces, quotes or nothing in them are quoted (\" and \\ escaped).
"""
from __future__ import annotations

import datetime as dt
import shlex
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from core.kernel.money import round_money
from core.ledger import accounts, charts
from core.ledger.models import Voucher, VoucherEntry
from core.platform import bulk
from core.registers.models import Agency

PROGRAM = ("Reskontra", "1.0")
KTYP = {"1": "T", "2": "S", "3": "I", "4": "K", "5": "K", "6": "K", "7": "K", "8": "I"}


def quote(value: object) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\r", " ").replace("\n", " ")
    if text and not any(ch in text for ch in ' \t"{}\\'):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _amount(value: Decimal) -> str:
    return f"{round_money(value):.2f}"


def _orgnr(agency: Agency) -> str:
    digits = "".join(ch for ch in agency.org_no if ch.isdigit())
    if agency.country == "SE" and len(digits) == 10:
        return f"{digits[:6]}-{digits[6:]}"
    return agency.org_no


def fiscal_year(agency: Agency, day: dt.date) -> tuple[dt.date, dt.date]:
    """The agency's financial year that contains a day: twelve months from the first of its start month
    (bokföringslagen 1999:1078 3 kap. 1 §; state agencies: the calendar year, förordning 2000:605)."""
    month = agency.fiscal_year_start_month or 1
    start = dt.date(day.year if day.month >= month else day.year - 1, month, 1)
    return start, dt.date(start.year + 1, month, 1) - dt.timedelta(days=1)


def fiscal_years(agency: Agency, date_from: dt.date, date_to: dt.date) -> list[tuple[int, dt.date, dt.date]]:
    """#RAR lines of an export: (year number, start, end) for every financial year the range touches, the year of
    `date_to` numbered 0 and earlier years -1, -2, … (SIE filformat 4B, #RAR: "0 = innevarande år, -1 =
    föregående år"). A range across a year end thus lists two twelve-month years, never one 24-month year."""
    years = []
    start, end = fiscal_year(agency, date_to)
    n = 0
    while True:
        years.append((n, start, end))
        if start <= date_from:
            return years
        start, end = fiscal_year(agency, start - dt.timedelta(days=1))
        n -= 1


def render(session: Session, agency: Agency, date_from: dt.date, date_to: dt.date,
           generated: dt.date | None = None) -> tuple[str, dict]:
    """The SIE text (str, to be encoded CP437) and a summary {vouchers, transactions, accounts}."""
    vouchers = list(session.exec(select(Voucher).where(col(Voucher.agency_id) == agency.id,
                                                       col(Voucher.date) >= date_from, col(Voucher.date) <= date_to)
                                 .order_by(col(Voucher.date), col(Voucher.series), col(Voucher.number))))
    entries: dict[int | None, list[VoucherEntry]] = {v.id: [] for v in vouchers}
    for part in bulk.chunks(list(entries)):
        for e in session.exec(select(VoucherEntry).where(col(VoucherEntry.voucher_id).in_(part))
                              .order_by(col(VoucherEntry.voucher_id), col(VoucherEntry.id))):
            entries[e.voucher_id].append(e)
    used = sorted({e.account for es in entries.values() for e in es})
    chart = accounts.chart_of(agency)
    names = {accounts.account(agency, p): p for p in charts.purposes(chart) if accounts.has(agency, p)}
    lines = [
        "#FLAGGA 0",
        f"#PROGRAM {quote(PROGRAM[0])} {PROGRAM[1]}",
        "#FORMAT PC8",
        f"#GEN {(generated or dt.date.today()):%Y%m%d}",
        "#SIETYP 4",
        f"#ORGNR {_orgnr(agency)}",
        f"#FNAMN {quote(agency.name)}",
        *[f"#RAR {n} {start:%Y%m%d} {end:%Y%m%d}" for n, start, end in fiscal_years(agency, date_from, date_to)],
        f"#VALUTA {agency.currency}",
    ]
    for acct in used:
        name = accounts.name(acct, chart)
        if name == acct:
            name = f"Konto {acct}" + (f" ({names[acct]})" if acct in names else "")
        lines.append(f"#KONTO {acct} {quote(name)}")
        if acct[:1] in KTYP:
            lines.append(f"#KTYP {acct} {KTYP[acct[:1]]}")
    count = 0
    for v in vouchers:
        regdate = v.created_at.date() if v.created_at else v.date
        lines.append(f"#VER {quote(v.series)} {v.number} {v.date:%Y%m%d} {quote(v.text)} {regdate:%Y%m%d}")
        lines.append("{")
        for e in entries[v.id]:
            extra = f" {v.date:%Y%m%d} {quote(e.text)}" if e.text else ""
            lines.append(f"   #TRANS {e.account} {{}} {_amount(e.amount)}{extra}")
            count += 1
        lines.append("}")
    return "\r\n".join(lines) + "\r\n", {"vouchers": len(vouchers), "transactions": count, "accounts": len(used)}


def export(session: Session, agency: Agency, date_from: dt.date, date_to: dt.date, path: str | Path,
           generated: dt.date | None = None) -> dict:
    """Write the SIE 4I file (CP437); returns the summary with the path."""
    text, summary = render(session, agency, date_from, date_to, generated)
    Path(path).write_bytes(text.encode("cp437", errors="replace"))
    return {"agency": agency.code, "from": date_from.isoformat(), "to": date_to.isoformat(), "file": str(path),
            "format": "SIE 4I", "encoding": "PC8 (cp437)", **summary}


def parse(data: bytes) -> list[dict]:
    """Read back the vouchers of a SIE 4 file (for tests and checks): [{series, number, date, text, trans}]."""
    vouchers: list[dict[str, Any]] = []
    trans: list[tuple[str, Decimal]] | None = None  # the transactions of the voucher being read
    for raw in data.decode("cp437").splitlines():
        line = raw.strip()
        if line.startswith("#VER"):
            parts = shlex.split(line)
            trans = []
            vouchers.append({"series": parts[1], "number": parts[2], "date": parts[3], "text": parts[4],
                             "trans": trans})
        elif line.startswith("#TRANS") and trans is not None:
            parts = shlex.split(line.replace("{}", '""'))
            trans.append((parts[1], Decimal(parts[3])))
    return vouchers
