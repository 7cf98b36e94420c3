"""Bankgirot BgMax ("Bankgiro Inbetalningar") parser — domain-facts §3.

Fixed-width 80-character records, ISO-8859-1, CRLF/LF/CR line ends. Tolerant of what real files do (short lines,
trailing blanks, TABs — expanded to 8 columns, trailing empty lines) and strict about everything that carries money:
every amount/count is checked against TK15 (per deposit) and TK70 (per file); any inconsistency, unknown record type,
missing TK15/TK70, over-long line or non-numeric number raises `BankFileError(..., location="line N")`.

Amounts are integer öre and become `Decimal` with two decimals; floats are never involved.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import hashlib
from decimal import Decimal

from intake.bankfiles.model import (
    DEDUCTION,
    PAYMENT,
    Address,
    BankDeposit,
    BankFile,
    BankFileError,
    BankPayment,
    ControlTotals,
    PaymentReference,
)

_STRUCTURED_CODES = frozenset("24")  # 2 = OCR passed its check, 4 = correct ref under extended form registration


def _err(msg: str, lineno: int) -> BankFileError:
    return BankFileError(msg, f"line {lineno}")


def _int(s: str, what: str, lineno: int) -> int:
    if s.isdigit() and s.isascii():
        return int(s)
    raise _err(f"{what} is not a number: {s!r}", lineno)


def _ore(n: int) -> Decimal:
    return Decimal(n).scaleb(-2)


def _norm_ref(raw: str, code: str) -> str:
    """Structured (code 2/4): as core.references.normalize (no whitespace, upper case), inlined for speed."""
    if code in _STRUCTURED_CODES:
        return "".join(raw.split()).upper()
    return raw.strip()


class _Pending:
    """A TK20/TK21 and the TK22-29 records that follow it, until the deposit's TK15 supplies the date."""

    __slots__ = ("rt", "lineno", "payer_bg", "ref_raw", "amount", "ref_code", "channel", "serial", "image",
                 "ded_code", "extra", "info", "name", "extra_name", "street", "postcode", "town", "country",
                 "ccode", "has_addr", "org_no")

    def __init__(self, rt, lineno, payer_bg, ref_raw, amount, ref_code, channel, serial, image, ded_code):
        self.rt = rt
        self.lineno = lineno
        self.payer_bg = payer_bg
        self.ref_raw = ref_raw
        self.amount = amount
        self.ref_code = ref_code
        self.channel = channel
        self.serial = serial
        self.image = image
        self.ded_code = ded_code
        self.extra = None
        self.info = None
        self.name = None
        self.extra_name = None
        self.has_addr = False
        self.street = self.postcode = self.town = self.country = self.ccode = None
        self.org_no = None


def _payment_fields(line: str, lineno: int):
    """Common layout of TK20/21/22/23: payer BG, reference, amount (öre), ref code, channel, serial, image flag."""
    payer_bg = line[2:12]
    numbers = line[37:69]  # amount (18) + reference code + channel code + BGC serial (12): all digits
    if not (numbers.isdigit() and numbers.isascii() and payer_bg.isdigit() and payer_bg.isascii()):
        for what, a, b in (("payer bankgiro", 2, 12), ("amount", 37, 55), ("reference code", 55, 56),
                           ("payment channel code", 56, 57), ("BGC serial number", 57, 69)):
            _int(line[a:b], what, lineno)
    image = line[69]
    if image not in "01 ":
        raise _err(f"image flag must be 0 or 1: {image!r}", lineno)
    return payer_bg, line[12:37], int(numbers[:18]), numbers[18], numbers[19], numbers[20:], image == "1"


def parse_bgmax(raw: bytes) -> BankFile:
    """Parse a complete BgMax file or raise BankFileError; see module doc."""
    # Building ~10^5 small objects triggers the cyclic GC again and again (a third of the run time); nothing
    # here creates cycles, so pause it for the parse.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _parse(raw)
    finally:
        if gc_was_enabled:
            gc.enable()


def _parse(raw: bytes) -> BankFile:
    sha256 = hashlib.sha256(raw).hexdigest()
    text = raw.decode("latin-1")
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

    notes: list[str] = []
    payments: list[BankPayment] = []
    deposits: list[BankDeposit] = []
    seen_ids: dict[str, int] = {}
    totals: dict[str, Decimal] = {}

    header_ts: dt.datetime | None = None
    is_test = False
    version = ""
    end_seen = False
    # deposit state
    in_deposit = False
    dep_line = 0
    dep_bg = ""
    dep_pg: str | None = None
    dep_ccy = ""
    pending: list[_Pending] = []
    cur: _Pending | None = None
    # file counters
    c20 = c21 = c22 = c15 = 0
    n_pay = n_ded = 0

    for i in range(n):
        line = lines[i]
        lineno = i + 1
        if len(line) != 80 or "\t" in line:
            if "\t" in line:
                line = line.expandtabs(8)
            line = line.rstrip(" \t")
            if len(line) > 80:
                raise _err(f"record is {len(line)} characters long, BgMax records are 80", lineno)
            if not line:
                raise _err("empty line inside the file", lineno)
            line = line.ljust(80)
        if end_seen:
            raise _err("data after the end record (TK70)", lineno)
        tk = line[:2]
        if i == 0 and tk != "01":
            raise _err("not a BgMax file: the first record must be the start record TK01 'BGMAX'", lineno)

        if tk == "20" or tk == "21":
            if not in_deposit:
                raise _err(f"TK{tk} outside a deposit (no TK05 before it)", lineno)
            payer_bg, ref_raw, amount, ref_code, channel, serial, image = _payment_fields(line, lineno)
            ded_code = None
            if tk == "21":
                ded_code = line[70]
                if not ("0" <= ded_code <= "9"):
                    raise _err(f"deduction code is not a digit: {ded_code!r}", lineno)
                c21 += 1
            else:
                c20 += 1
            cur = _Pending(tk, lineno, payer_bg, ref_raw, amount, ref_code, channel, serial, image, ded_code)
            pending.append(cur)
        elif tk == "22" or tk == "23":
            if cur is None:
                raise _err(f"TK{tk} extra reference without a TK20/TK21 before it", lineno)
            _pbg, ref_raw, amount, ref_code, _ch, _serial, _img = _payment_fields(line, lineno)
            c22 += 1
            if cur.extra is None:
                cur.extra = []
            cur.extra.append((tk, ref_raw, -amount if tk == "23" else amount, ref_code, lineno))
        elif tk == "25":
            if cur is None:
                raise _err("TK25 information record without a TK20/TK21 before it", lineno)
            if cur.info is None:
                cur.info = []
            cur.info.append(line[2:52].strip())
        elif tk == "26":
            if cur is None:
                raise _err("TK26 name record without a TK20/TK21 before it", lineno)
            cur.name = line[2:37].strip() or None
            cur.extra_name = line[37:72].strip() or None
        elif tk == "27":
            if cur is None:
                raise _err("TK27 address record without a TK20/TK21 before it", lineno)
            cur.has_addr = True
            cur.street = line[2:37].strip() or None
            cur.postcode = line[37:46].strip() or None
        elif tk == "28":
            if cur is None:
                raise _err("TK28 address record without a TK20/TK21 before it", lineno)
            cur.has_addr = True
            cur.town = line[2:37].strip() or None
            cur.country = line[37:72].strip() or None
            cur.ccode = line[72:74].strip() or None
        elif tk == "29":
            if cur is None:
                raise _err("TK29 payer identity record without a TK20/TK21 before it", lineno)
            cur.org_no = line[2:14].strip() or None
        elif tk == "05":
            if header_ts is None:
                raise _err("TK05 before the start record (TK01)", lineno)
            if in_deposit:
                raise _err(f"TK05 opens a new deposit but the deposit opened on line {dep_line} has no TK15", lineno)
            bg = line[2:12]
            if not (bg.isdigit() and bg.isascii()):
                raise _err(f"payee bankgiro is not a number: {bg!r}", lineno)
            pg = line[12:22].strip()
            if pg and not (pg.isdigit() and pg.isascii()):
                raise _err(f"payee plusgiro is not a number: {pg!r}", lineno)
            ccy = line[22:25]
            if not (ccy.isalpha() and ccy.isascii() and ccy.isupper()):
                raise _err(f"currency is not a currency code: {ccy!r}", lineno)
            in_deposit = True
            dep_line = lineno
            dep_bg = bg.lstrip("0")
            dep_pg = pg.lstrip("0") or None
            dep_ccy = ccy
            pending = []
            cur = None
        elif tk == "15":
            if not in_deposit:
                raise _err("TK15 deposit record without a TK05 opening record", lineno)
            c15 += 1
            account = line[2:37]
            raw_date = line[37:45]
            dep_serial = line[45:50]
            if not (dep_serial.isdigit() and dep_serial.isascii()):
                raise _err(f"deposit serial number is not a number: {dep_serial!r}", lineno)
            dep_amount = _int(line[50:68], "deposit amount", lineno)
            ccy = line[68:71]
            count = _int(line[71:79], "number of payments", lineno)
            dep_type = line[79].strip() or None
            if ccy != dep_ccy:
                raise _err(f"deposit currency {ccy!r} differs from the TK05 currency {dep_ccy!r} "
                           f"(line {dep_line})", lineno)
            sum20 = sum21 = 0
            for p in pending:
                if p.rt == "20":
                    sum20 += p.amount
                else:
                    sum21 += p.amount
            if count != len(pending):
                raise _err(f"TK15 says {count} payments (TK20+TK21) but the deposit has {len(pending)}", lineno)
            if dep_amount != sum20 - sum21:
                raise _err(f"TK15 amount {_ore(dep_amount)} does not equal TK20 total {_ore(sum20)} minus "
                           f"TK21 total {_ore(sum21)} = {_ore(sum20 - sum21)}", lineno)
            booking_date = _date(raw_date, header_ts, lineno, notes)
            dep_index = len(deposits)
            deposits.append(BankDeposit(
                index=dep_index, payee_account=dep_bg, currency=ccy, amount=_ore(dep_amount), count=count,
                booking_date=booking_date, value_date=booking_date, entry_ref=dep_serial,
                payments_total=_ore(sum20), deductions_total=_ore(sum21), raw_date=raw_date,
                bank_account=account.strip() or None, payee_plusgiro=dep_pg, deposit_type=dep_type,
                credit_debit="CRDT", source_location=f"line {lineno}",
            ))
            id_prefix = f"bgmax:{dep_bg}:{raw_date}:{dep_serial}:"
            for p in pending:
                payments.append(_build(p, id_prefix, seen_ids, ccy, booking_date, dep_serial, dep_index, notes))
                if p.rt == "20":
                    n_pay += 1
                else:
                    n_ded += 1
            totals[ccy] = totals.get(ccy, Decimal("0.00")) + _ore(dep_amount)
            in_deposit = False
            pending = []
            cur = None
        elif tk == "01":
            if i != 0:
                raise _err("start record (TK01) is not the first line", lineno)
            if line[2:22].strip() != "BGMAX":
                raise _err(f"layout name is {line[2:22].strip()!r}, expected 'BGMAX'", lineno)
            version = line[22:24]
            if version != "01":
                raise _err(f"unsupported BgMax version {version!r}", lineno)
            header_ts = _timestamp(line[24:44], lineno)
            marker = line[44]
            is_test = marker == "T"
            if marker not in "TP":
                notes.append(f"line {lineno}: test/production marker is {marker!r}, treated as production")
        elif tk == "70":
            if in_deposit:
                raise _err(f"end record (TK70) but the deposit opened on line {dep_line} has no TK15", lineno)
            if header_ts is None:
                raise _err("end record before the start record", lineno)
            d20 = _int(line[2:10], "number of TK20", lineno)
            d21 = _int(line[10:18], "number of TK21", lineno)
            d22 = _int(line[18:26], "number of TK22/TK23", lineno)
            d15 = _int(line[26:34], "number of deposits", lineno)
            for what, declared, counted in (("TK20 payment", d20, c20), ("TK21 deduction", d21, c21),
                                            ("TK22/TK23 extra reference", d22, c22), ("TK15 deposit", d15, c15)):
                if declared != counted:
                    raise _err(f"TK70 says {declared} {what} records but the file has {counted}", lineno)
            end_seen = True
        else:
            raise _err(f"unknown record type {tk!r}", lineno)

    if not end_seen:
        if in_deposit:
            raise _err(f"file is truncated: the deposit opened on line {dep_line} has no TK15 and there is no "
                       f"end record (TK70)", n)
        raise _err("file is truncated: no end record (TK70)", n)

    ccys = {d.currency for d in deposits}
    return BankFile(
        format="bgmax", format_version=version, payee_account=deposits[0].payee_account if deposits else None,
        currency=ccys.pop() if len(ccys) == 1 else None, created_at=header_ts,
        message_id=header_ts.strftime("%Y%m%d%H%M%S%f") if header_ts else None, is_test=is_test,
        payments=tuple(payments), other_transactions=(), deposits=tuple(deposits),
        control=ControlTotals(record_counts={"20": c20, "21": c21, "22+23": c22, "15": c15},
                              payment_count=n_pay, deduction_count=n_ded, totals_by_currency=totals),
        sha256=sha256, notes=tuple(notes),
    )


def _timestamp(s: str, lineno: int) -> dt.datetime:
    digits = s.strip()
    if not (digits.isdigit() and digits.isascii() and len(digits) >= 14):
        raise _err(f"write timestamp is not YYYYMMDDHHMMSS[ffffff]: {s!r}", lineno)
    micro = digits[14:20].ljust(6, "0")
    try:
        return dt.datetime(int(digits[:4]), int(digits[4:6]), int(digits[6:8]), int(digits[8:10]),
                           int(digits[10:12]), int(digits[12:14]), int(micro))
    except ValueError as exc:
        raise _err(f"write timestamp is not a valid time: {s!r}", lineno) from exc


def _date(raw: str, header_ts: dt.datetime | None, lineno: int, notes: list[str]) -> dt.date | None:
    """TK15 payment date. An impossible or implausible date (far from the file's write time) is replaced by the
    file date, with a note: seen in a real file ('10100324' for 2010-03-24)."""
    d: dt.date | None = None
    if raw.isdigit() and raw.isascii():
        try:
            d = dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
        except ValueError:
            d = None
    if d is not None and header_ts is not None and abs((header_ts.date() - d).days) > 400:
        d = None
    if d is None:
        fallback = header_ts.date() if header_ts else None
        notes.append(f"line {lineno}: TK15 payment date {raw!r} is not a plausible date; "
                     f"used the file's write date {fallback}")
        return fallback
    return d


def _build(p: _Pending, id_prefix: str, seen: dict[str, int], ccy: str, booking_date: dt.date | None,
           dep_serial: str, dep_index: int, notes: list[str]) -> BankPayment:
    ext = f"{id_prefix}{p.rt}:{p.serial}"
    k = seen.get(ext)
    if k is None:
        seen[ext] = 1
    else:
        seen[ext] = k + 1
        ext = f"{ext}#{k + 1}"
    amount = _ore(-p.amount if p.rt == "21" else p.amount)
    refs: tuple[PaymentReference, ...] = ()
    if p.extra is not None:
        refs = tuple(
            PaymentReference(reference=_norm_ref(r, code), reference_raw=r.strip(), kind=f"bgmax:{code}",
                             amount=_ore(a), source_location=f"line {ln}")
            for (_tk, r, a, code, ln) in p.extra
        )
        split = sum(a for (_tk, _r, a, _c, _ln) in p.extra)
        if any(a for (_tk, _r, a, _c, _ln) in p.extra) and split != p.amount:
            notes.append(f"line {p.lineno}: extra references (TK22/TK23) add up to {_ore(split)}, "
                         f"not the TK{p.rt} amount {_ore(p.amount)}")
    address = None
    if p.has_addr:
        address = Address(street=p.street, postcode=p.postcode, town=p.town, country=p.country,
                          country_code=p.ccode)
    ref_raw = p.ref_raw.strip()
    # positional for speed (10^5 payments per file); order pinned by _FIELD_ORDER below
    return BankPayment(
        ext, PAYMENT if p.rt == "20" else DEDUCTION, amount, ccy, booking_date, booking_date,
        ref_raw if p.ref_code not in _STRUCTURED_CODES else "".join(ref_raw.split()).upper(),
        ref_raw, _REF_KINDS[p.ref_code], refs, p.name, p.extra_name, p.org_no, address,
        p.payer_bg.lstrip("0") or None, tuple(p.info) if p.info is not None else (), (), (),
        p.serial, dep_serial, None, p.rt, p.channel, p.image, p.ded_code, None, None, None,
        dep_index, f"line {p.lineno}",
    )


_REF_KINDS = {str(c): f"bgmax:{c}" for c in range(10)}
_FIELD_ORDER = (
    "external_id", "kind", "amount", "currency", "booking_date", "value_date", "reference", "reference_raw",
    "reference_kind", "references", "payer_name", "payer_extra_name", "payer_org_no", "payer_address",
    "payer_account", "remittance_info", "additional_info", "deductions", "bank_tx_id", "entry_ref", "end_to_end_id",
    "record_type", "channel_code", "image_flag", "deduction_code", "bank_tx_code", "status", "return_reason",
    "deposit_index", "source_location",
)
if tuple(f.name for f in dataclasses.fields(BankPayment)) != _FIELD_ORDER:  # pragma: no cover
    raise RuntimeError("BankPayment fields changed: update bgmax._build")
