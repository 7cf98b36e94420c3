"""Bankgirot BgMax ("Bankgiro Inbetalningar") parser — domain-facts §3.

Fixed-width 80-character records, ISO-8859-1 (a file that is valid UTF-8 with non-ASCII letters is read as UTF-8,
with a warning), CRLF/LF/CR line ends. Tolerant of what real files do (short lines,
trailing blanks, TABs — expanded to 8 columns, trailing empty lines) and strict about everything that carries money:
every amount/count is checked against TK15 (per deposit) and TK70 (per file); any inconsistency, unknown record type,
missing TK15/TK70, over-long line or non-numeric number raises `BankFileError(..., location="line N")`.

This module walks the file and keeps the controls; the record layouts and the payments they become are in
`bgmax_records`. Payment records (TK20–TK29, 10^5 per file) are handled inline in the loop for speed; the records
that open and close deposits and the file are handled by functions of their own.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from typing import NamedTuple

from core.kernel import currencies
from core.platform import collector
from intake.bankfiles.bgmax_records import (
    PendingPayment,
    build_payment,
    err,
    ore,
    payment_date,
    payment_fields,
    read_int,
    read_timestamp,
)
from intake.bankfiles.model import BankDeposit, BankFile, BankFileError, BankPayment, ControlTotals


class _Deposit(NamedTuple):
    """An open deposit, as its TK05 opening record gave it."""

    line: int
    bankgiro: str           # no leading zeros
    plusgiro: str | None
    currency: str


class _Out:
    """What the file yields so far, and the per-file counters of deposits, payments and deductions."""

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.warnings: list[str] = []       # every one also on the payments it concerns
        self.file_warnings: list[str] = []  # concern every payment (the encoding)
        self.payments: list[BankPayment] = []
        self.deposits: list[BankDeposit] = []
        self.seen_ids: dict[str, int] = {}
        self.totals: dict[str, Decimal] = {}
        self.c15 = 0
        self.n_pay = 0
        self.n_ded = 0


def parse_bgmax(raw: bytes) -> BankFile:
    """Parse a complete BgMax file or raise BankFileError; see module doc."""
    with collector.paused():  # ~10^5 small objects, all kept: the collector would walk them again and again
        return _parse(raw)


def _decode(raw: bytes, warnings: list[str]) -> str:
    """BgMax is ISO-8859-1. A file with non-ASCII bytes that decodes as UTF-8 was written as UTF-8 (read as
    Latin-1, "Å" would become "Ã\x85" and the line 81 characters long): read it as UTF-8 and say so."""
    if raw.isascii():
        return raw.decode("ascii")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")
    warnings.append("the file is UTF-8, not ISO-8859-1 as BgMax specifies; it was read as UTF-8 — check the "
                    "payers' names")
    return text


def _lines(raw: bytes, warnings: list[str]) -> tuple[list[str], int]:
    """The file's lines (BOM and line-end variants removed) and the number of them before trailing empty lines."""
    text = _decode(raw, warnings)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    n = len(lines)
    while n and not lines[n - 1].strip(" \t\x1a"):
        n -= 1
    if n == 0:
        raise BankFileError("the file is empty", "line 1")
    return lines, n


def _pad(line: str, lineno: int) -> str:
    """A short, blank-trimmed or TAB-holding line as an 80-character record."""
    if "\t" in line:
        line = line.expandtabs(8)
    line = line.rstrip(" \t")
    if len(line) > 80:
        raise err(f"record is {len(line)} characters long, BgMax records are 80", lineno)
    if not line:
        raise err("empty line inside the file", lineno)
    return line.ljust(80)


def _parse(raw: bytes) -> BankFile:  # one flat loop over the records, for speed
    sha256 = hashlib.sha256(raw).hexdigest()
    out = _Out()
    lines, n = _lines(raw, out.file_warnings)
    header_ts: dt.datetime | None = None
    is_test = False
    version = ""
    end_seen = False
    dep: _Deposit | None = None
    pending: list[PendingPayment] = []
    cur: PendingPayment | None = None
    c20 = c21 = c22 = 0

    for i in range(n):
        line = lines[i]
        lineno = i + 1
        if len(line) != 80 or "\t" in line:
            line = _pad(line, lineno)
        if end_seen:
            raise err("data after the end record (TK70)", lineno)
        tk = line[:2]
        if i == 0 and tk != "01":
            raise err("not a BgMax file: the first record must be the start record TK01 'BGMAX'", lineno)

        if tk == "20" or tk == "21":
            if dep is None:
                raise err(f"TK{tk} outside a deposit (no TK05 before it)", lineno)
            payer_bg, ref_raw, amount, ref_code, channel, serial, image = payment_fields(line, lineno)
            ded_code = None
            if tk == "21":
                ded_code = line[70]
                if not ("0" <= ded_code <= "9"):
                    raise err(f"deduction code is not a digit: {ded_code!r}", lineno)
                c21 += 1
            else:
                c20 += 1
            cur = PendingPayment(tk, lineno, payer_bg, ref_raw, amount, ref_code, channel, serial, image, ded_code)
            pending.append(cur)
        elif tk == "22" or tk == "23":
            if cur is None:
                raise err(f"TK{tk} extra reference without a TK20/TK21 before it", lineno)
            _pbg, ref_raw, amount, ref_code, _ch, _serial, _img = payment_fields(line, lineno)
            c22 += 1
            if cur.extra is None:
                cur.extra = []
            cur.extra.append((tk, ref_raw, -amount if tk == "23" else amount, ref_code, lineno))
        elif tk == "25":
            if cur is None:
                raise err("TK25 information record without a TK20/TK21 before it", lineno)
            if cur.info is None:
                cur.info = []
            cur.info.append(line[2:52].strip())
        elif tk == "26":
            if cur is None:
                raise err("TK26 name record without a TK20/TK21 before it", lineno)
            cur.name = line[2:37].strip() or None
            cur.extra_name = line[37:72].strip() or None
        elif tk == "27":
            if cur is None:
                raise err("TK27 address record without a TK20/TK21 before it", lineno)
            cur.has_addr = True
            cur.street = line[2:37].strip() or None
            cur.postcode = line[37:46].strip() or None
        elif tk == "28":
            if cur is None:
                raise err("TK28 address record without a TK20/TK21 before it", lineno)
            cur.has_addr = True
            cur.town = line[2:37].strip() or None
            cur.country = line[37:72].strip() or None
            cur.ccode = line[72:74].strip() or None
        elif tk == "29":
            if cur is None:
                raise err("TK29 payer identity record without a TK20/TK21 before it", lineno)
            cur.org_no = line[2:14].strip() or None
        elif tk == "05":
            if header_ts is None:
                raise err("TK05 before the start record (TK01)", lineno)
            if dep is not None:
                raise err(f"TK05 opens a new deposit but the deposit opened on line {dep.line} has no TK15", lineno)
            dep = _open_deposit(line, lineno)
            pending = []
            cur = None
        elif tk == "15":
            if dep is None:
                raise err("TK15 deposit record without a TK05 opening record", lineno)
            _close_deposit(line, lineno, dep, pending, header_ts, out)
            dep = None
            pending = []
            cur = None
        elif tk == "01":
            version, header_ts, is_test = _start(line, i, lineno, out.notes)
        elif tk == "70":
            if dep is not None:
                raise err(f"end record (TK70) but the deposit opened on line {dep.line} has no TK15", lineno)
            if header_ts is None:
                raise err("end record before the start record", lineno)
            _check_end(line, lineno, c20, c21, c22, out.c15)
            end_seen = True
        else:
            raise err(f"unknown record type {tk!r}", lineno)

    if not end_seen:
        if dep is not None:
            raise err(f"file is truncated: the deposit opened on line {dep.line} has no TK15 and there is no "
                      f"end record (TK70)", n)
        raise err("file is truncated: no end record (TK70)", n)

    ccys = {d.currency for d in out.deposits}
    return BankFile(
        format="bgmax", format_version=version,
        payee_account=out.deposits[0].payee_account if out.deposits else None,
        currency=ccys.pop() if len(ccys) == 1 else None, created_at=header_ts,
        message_id=header_ts.strftime("%Y%m%d%H%M%S%f") if header_ts else None, is_test=is_test,
        payments=tuple(out.payments), other_transactions=(), deposits=tuple(out.deposits),
        control=ControlTotals(record_counts={"20": c20, "21": c21, "22+23": c22, "15": out.c15},
                              payment_count=out.n_pay, deduction_count=out.n_ded, totals_by_currency=out.totals),
        sha256=sha256, notes=tuple(out.notes), warnings=tuple(out.file_warnings + out.warnings),
    )


def _start(line: str, i: int, lineno: int, notes: list[str]) -> tuple[str, dt.datetime, bool]:
    """TK01 start record: (layout version, write timestamp, test file?)."""
    if i != 0:
        raise err("start record (TK01) is not the first line", lineno)
    if line[2:22].strip() != "BGMAX":
        raise err(f"layout name is {line[2:22].strip()!r}, expected 'BGMAX'", lineno)
    version = line[22:24]
    if version != "01":
        raise err(f"unsupported BgMax version {version!r}", lineno)
    header_ts = read_timestamp(line[24:44], lineno)
    marker = line[44]
    if marker not in "TP":
        notes.append(f"line {lineno}: test/production marker is {marker!r}, treated as production")
    return version, header_ts, marker == "T"


def _open_deposit(line: str, lineno: int) -> _Deposit:
    """TK05 opening record: payee bankgiro, plusgiro and currency."""
    bg = line[2:12]
    if not (bg.isdigit() and bg.isascii()):
        raise err(f"payee bankgiro is not a number: {bg!r}", lineno)
    pg = line[12:22].strip()
    if pg and not (pg.isdigit() and pg.isascii()):
        raise err(f"payee plusgiro is not a number: {pg!r}", lineno)
    ccy = line[22:25]
    if not currencies.is_currency(ccy):
        raise err(f"currency is not an ISO 4217 currency in use: {ccy!r}", lineno)
    return _Deposit(lineno, bg.lstrip("0"), pg.lstrip("0") or None, ccy)


def _close_deposit(line: str, lineno: int, dep: _Deposit, pending: list[PendingPayment],
                   header_ts: dt.datetime | None, out: _Out) -> None:
    """TK15 deposit record: its count and amount must equal the deposit's TK20s minus TK21s; then the deposit and
    its payments are added to `out`."""
    out.c15 += 1
    account = line[2:37]
    raw_date = line[37:45]
    dep_serial = line[45:50]
    if not (dep_serial.isdigit() and dep_serial.isascii()):
        raise err(f"deposit serial number is not a number: {dep_serial!r}", lineno)
    dep_amount = read_int(line[50:68], "deposit amount", lineno)
    ccy = line[68:71]
    count = read_int(line[71:79], "number of payments", lineno)
    dep_type = line[79].strip() or None
    if ccy != dep.currency:
        raise err(f"deposit currency {ccy!r} differs from the TK05 currency {dep.currency!r} "
                  f"(line {dep.line})", lineno)
    sum20 = sum21 = 0
    for p in pending:
        if p.rt == "20":
            sum20 += p.amount
        else:
            sum21 += p.amount
    if count != len(pending):
        raise err(f"TK15 says {count} payments (TK20+TK21) but the deposit has {len(pending)}", lineno)
    if dep_amount != sum20 - sum21:
        raise err(f"TK15 amount {ore(dep_amount)} does not equal TK20 total {ore(sum20)} minus "
                  f"TK21 total {ore(sum21)} = {ore(sum20 - sum21)}", lineno)
    dep_warnings: list[str] = list(out.file_warnings)
    if ccy != "SEK":
        dep_warnings.append(f"line {lineno}: deposit in {ccy}; Bankgirot pays BgMax deposits in SEK — check the "
                            "amounts with the bank before relying on them")
    booking_date = payment_date(raw_date, header_ts, lineno, dep_warnings)
    out.warnings.extend(w for w in dep_warnings if w not in out.file_warnings)
    dep_index = len(out.deposits)
    out.deposits.append(BankDeposit(
        index=dep_index, payee_account=dep.bankgiro, currency=ccy, amount=ore(dep_amount), count=count,
        booking_date=booking_date, value_date=booking_date, entry_ref=dep_serial,
        payments_total=ore(sum20), deductions_total=ore(sum21), raw_date=raw_date,
        bank_account=account.strip() or None, payee_plusgiro=dep.plusgiro, deposit_type=dep_type,
        credit_debit="CRDT", source_location=f"line {lineno}",
    ))
    id_prefix = f"bgmax:{dep.bankgiro}:{raw_date}:{dep_serial}:"
    pay_warnings = tuple(dep_warnings)
    for p in pending:
        out.payments.append(build_payment(p, id_prefix, out.seen_ids, ccy, booking_date, dep_serial, dep_index,
                                          out.notes, pay_warnings))
        if p.rt == "20":
            out.n_pay += 1
        else:
            out.n_ded += 1
    out.totals[ccy] = out.totals.get(ccy, Decimal("0.00")) + ore(dep_amount)


def _check_end(line: str, lineno: int, c20: int, c21: int, c22: int, c15: int) -> None:
    """TK70 end record: the declared record counts must equal what the file holds."""
    d20 = read_int(line[2:10], "number of TK20", lineno)
    d21 = read_int(line[10:18], "number of TK21", lineno)
    d22 = read_int(line[18:26], "number of TK22/TK23", lineno)
    d15 = read_int(line[26:34], "number of deposits", lineno)
    for what, declared, counted in (("TK20 payment", d20, c20), ("TK21 deduction", d21, c21),
                                    ("TK22/TK23 extra reference", d22, c22), ("TK15 deposit", d15, c15)):
        if declared != counted:
            raise err(f"TK70 says {declared} {what} records but the file has {counted}", lineno)
