"""Write valid BgMax files (tests, benchmarks, demo data). The inverse of `intake.bankfiles.bgmax`.

    write_bgmax("9912346", deposits=[BgMaxDeposit(date=..., payments=[BgMaxPayment(Decimal("100.00"), "655969")])])

Deposits and payments may also be given as dicts with the same keys. Amounts are SEK (Decimal/str/int, at most two
decimals; floats refused). Control records (TK15, TK70) are computed, so the output always balances; tests that need
a broken file edit the bytes.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from core.kernel.money import to_decimal


@dataclass
class BgMaxExtraReference:
    reference: str
    amount: Decimal | str | int = Decimal("0")  # negative -> TK23
    reference_code: str = "2"


@dataclass
class BgMaxPayment:
    amount: Decimal | str | int                  # SEK; positive (for a deduction: the deducted amount)
    reference: str = ""
    reference_code: str | None = None            # default: "2" if reference else "0"
    deduction: bool = False                      # True -> TK21
    deduction_code: str = "0"
    payer_bankgiro: str = ""
    channel: str = "1"
    serial: str | int | None = None              # BGC serial, default: running number
    image: bool = False
    extra_references: list[BgMaxExtraReference | dict] = field(default_factory=list)
    info: list[str] = field(default_factory=list)
    name: str | None = None
    extra_name: str | None = None
    street: str | None = None
    postcode: str | None = None
    town: str | None = None
    country: str | None = None
    country_code: str | None = None
    org_no: str | None = None


@dataclass
class BgMaxDeposit:
    date: dt.date
    payments: list[BgMaxPayment | dict] = field(default_factory=list)
    serial: int | None = None                    # deposit serial number, default: running number
    currency: str = "SEK"
    bank_account: str = "58410000010098230"      # TK15 pos 3-37, right-aligned, zero-filled
    plusgiro: str = ""
    deposit_type: str = ""


def _ore(value: Any, what: str) -> int:
    d = to_decimal(value, what)
    ore = d * 100
    if ore != ore.to_integral_value():
        raise ValueError(f"{what}: more than two decimals: {value!r}")
    n = int(ore)
    if n < 0:
        raise ValueError(f"{what}: negative amount {value!r}")
    if n >= 10**18:
        raise ValueError(f"{what}: too large for 18 digits: {value!r}")
    return n


def _txt(value: str | None, width: int, what: str) -> str:
    s = value or ""
    if len(s) > width:
        raise ValueError(f"{what}: {s!r} is longer than {width} characters")
    return s.ljust(width)


def _num(value: Any, width: int, what: str) -> str:
    s = str(value if value is not None else "").strip()
    if s and not (s.isdigit() and s.isascii()):
        raise ValueError(f"{what}: not digits: {value!r}")
    if len(s) > width:
        raise ValueError(f"{what}: {s!r} is longer than {width} digits")
    return s.rjust(width, "0")


def _ref_field(reference: str, code: str) -> str:
    if len(reference) > 25:
        raise ValueError(f"reference {reference!r} is longer than 25 characters")
    return reference.rjust(25) if code == "2" else reference.ljust(25)


def write_bgmax(bankgiro: str, deposits: Iterable[BgMaxDeposit | dict], *, created: dt.datetime | None = None,
                test: bool = False, line_end: str = "\r\n") -> bytes:
    """A complete BgMax file (ISO-8859-1, 80-character records) for `bankgiro` with the given deposits."""
    bg = _num(bankgiro.replace("-", ""), 10, "bankgiro")
    created = created or dt.datetime(2025, 1, 2, 6, 0, 0)
    out: list[str] = [f"01BGMAX               01{created:%Y%m%d%H%M%S%f}{'T' if test else 'P'}".ljust(80)]
    c20 = c21 = c22 = c15 = 0
    serial_no = 0
    for dep_no, dep in enumerate(deposits, start=1):
        if isinstance(dep, dict):
            dep = BgMaxDeposit(**dep)
        ccy = dep.currency
        out.append(f"05{bg}{_num(dep.plusgiro, 10, 'plusgiro') if dep.plusgiro else ' ' * 10}{ccy}".ljust(80))
        total = 0
        count = 0
        for p in dep.payments:
            if isinstance(p, dict):
                p = BgMaxPayment(**p)
            serial_no += 1
            ore = _ore(p.amount, "amount")
            code = p.reference_code or ("2" if p.reference else "0")
            tk = "21" if p.deduction else "20"
            payer = _num(p.payer_bankgiro.replace("-", ""), 10, "payer bankgiro")
            serial = _num(p.serial if p.serial is not None else serial_no, 12, "serial")
            tail = f"{p.channel}{serial}{'1' if p.image else '0'}"
            out.append(f"{tk}{payer}{_ref_field(p.reference, code)}{ore:018d}{code}{tail}"
                       f"{p.deduction_code if p.deduction else ' '}".ljust(80))
            if p.deduction:
                c21 += 1
                total -= ore
            else:
                c20 += 1
                total += ore
            count += 1
            for x in p.extra_references:
                if isinstance(x, dict):
                    x = BgMaxExtraReference(**x)
                amt = to_decimal(x.amount, "extra reference amount")
                xore = _ore(abs(amt), "extra reference amount")
                xtk = "23" if amt < 0 else "22"
                out.append(f"{xtk}{payer}{_ref_field(x.reference, x.reference_code)}{xore:018d}"
                           f"{x.reference_code}{tail}".ljust(80))
                c22 += 1
            for text in p.info:
                out.append(f"25{_txt(text, 50, 'info')}".ljust(80))
            if p.name is not None or p.extra_name is not None:
                out.append(f"26{_txt(p.name, 35, 'name')}{_txt(p.extra_name, 35, 'extra name')}".ljust(80))
            if p.street is not None or p.postcode is not None:
                out.append(f"27{_txt(p.street, 35, 'street')}{_txt(p.postcode, 9, 'postcode')}".ljust(80))
            if p.town is not None or p.country is not None or p.country_code is not None:
                out.append(f"28{_txt(p.town, 35, 'town')}{_txt(p.country, 35, 'country')}"
                           f"{_txt(p.country_code, 2, 'country code')}".ljust(80))
            if p.org_no is not None:
                out.append(f"29{_num(p.org_no.replace('-', ''), 12, 'org no')}".ljust(80))
        if total < 0:
            raise ValueError(f"deposit {dep_no}: deductions exceed payments")
        c15 += 1
        dep_serial = dep.serial if dep.serial is not None else dep_no
        out.append(f"15{_num(dep.bank_account, 35, 'bank account')}{dep.date:%Y%m%d}"
                   f"{_num(dep_serial, 5, 'deposit serial')}"
                   f"{total:018d}{ccy}{count:08d}{_txt(dep.deposit_type, 1, 'deposit type')}")
    out.append(f"70{c20:08d}{c21:08d}{c22:08d}{c15:08d}".ljust(80))
    out.append("")
    return line_end.join(out).encode("latin-1")
