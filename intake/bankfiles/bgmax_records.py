"""BgMax record layouts — domain-facts §3: the fields of a payment record (TK20–TK23), the TK01 write timestamp,
the TK15 payment date, and the `BankPayment` a TK20/TK21 with its TK22–TK29 records becomes.

Amounts are integer öre and become `Decimal` with two decimals; floats are never involved. Hot paths (10^5
payments per file) are written for speed: positional construction, no per-field normalisation calls.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from intake.bankfiles.model import DEDUCTION, PAYMENT, Address, BankFileError, BankPayment, PaymentReference

STRUCTURED_CODES = frozenset("24")  # 2 = OCR passed its check, 4 = correct ref under extended form registration


def err(msg: str, lineno: int) -> BankFileError:
    return BankFileError(msg, f"line {lineno}")


def read_int(s: str, what: str, lineno: int) -> int:
    if s.isdigit() and s.isascii():
        return int(s)
    raise err(f"{what} is not a number: {s!r}", lineno)


def ore(n: int) -> Decimal:
    return Decimal(n).scaleb(-2)


def _norm_ref(raw: str, code: str) -> str:
    """Structured (code 2/4): as core.kernel.references.normalize (no whitespace, upper case), inlined for speed."""
    if code in STRUCTURED_CODES:
        return "".join(raw.split()).upper()
    return raw.strip()


#: a TK22/TK23 extra reference: (record type, reference as given, signed amount in öre, reference code, line)
ExtraRef = tuple[str, str, int, str, int]


class PendingPayment:
    """A TK20/TK21 and the TK22-29 records that follow it, until the deposit's TK15 supplies the date."""

    __slots__ = ("rt", "lineno", "payer_bg", "ref_raw", "amount", "ref_code", "channel", "serial", "image",
                 "ded_code", "extra", "info", "name", "extra_name", "street", "postcode", "town", "country",
                 "ccode", "has_addr", "org_no")

    def __init__(self, rt: str, lineno: int, payer_bg: str, ref_raw: str, amount: int, ref_code: str, channel: str,
                 serial: str, image: bool, ded_code: str | None) -> None:
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
        self.extra: list[ExtraRef] | None = None
        self.info: list[str] | None = None
        self.name: str | None = None
        self.extra_name: str | None = None
        self.has_addr = False
        self.street: str | None = None
        self.postcode: str | None = None
        self.town: str | None = None
        self.country: str | None = None
        self.ccode: str | None = None
        self.org_no: str | None = None


def payment_fields(line: str, lineno: int) -> tuple[str, str, int, str, str, str, bool]:
    """Common layout of TK20/21/22/23: payer BG, reference, amount (öre), ref code, channel, serial, image flag."""
    payer_bg = line[2:12]
    numbers = line[37:69]  # amount (18) + reference code + channel code + BGC serial (12): all digits
    if not (numbers.isdigit() and numbers.isascii() and payer_bg.isdigit() and payer_bg.isascii()):
        for what, a, b in (("payer bankgiro", 2, 12), ("amount", 37, 55), ("reference code", 55, 56),
                           ("payment channel code", 56, 57), ("BGC serial number", 57, 69)):
            read_int(line[a:b], what, lineno)
    image = line[69]
    if image not in "01 ":
        raise err(f"image flag must be 0 or 1: {image!r}", lineno)
    return payer_bg, line[12:37], int(numbers[:18]), numbers[18], numbers[19], numbers[20:], image == "1"


def read_timestamp(s: str, lineno: int) -> dt.datetime:
    """TK01 write timestamp YYYYMMDDHHMMSS[ffffff]."""
    digits = s.strip()
    if not (digits.isdigit() and digits.isascii() and len(digits) >= 14):
        raise err(f"write timestamp is not YYYYMMDDHHMMSS[ffffff]: {s!r}", lineno)
    micro = digits[14:20].ljust(6, "0")
    try:
        return dt.datetime(int(digits[:4]), int(digits[4:6]), int(digits[6:8]), int(digits[8:10]),
                           int(digits[10:12]), int(digits[12:14]), int(micro))
    except ValueError as exc:
        raise err(f"write timestamp is not a valid time: {s!r}", lineno) from exc


def payment_date(raw: str, header_ts: dt.datetime | None, lineno: int, warnings: list[str]) -> dt.date:
    """TK15 payment date. An impossible or implausible date (more than 400 days from the file's write time) is
    replaced by the file's write date — seen in a real file ('10100324' for 2010-03-24) — and says so in
    `warnings`, which go on the import result and on every payment of the deposit. Without a write date to fall
    back on, the file is refused."""
    d: dt.date | None = None
    if raw.isdigit() and raw.isascii():
        try:
            d = dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8]))
        except ValueError:
            d = None
    if d is not None and header_ts is not None and abs((header_ts.date() - d).days) > 400:
        d = None
    if d is not None:
        return d
    if header_ts is None:
        raise err(f"TK15 payment date {raw!r} is not a valid date", lineno)
    warnings.append(f"line {lineno}: payment date {raw!r} is not a plausible date; the file's write date "
                    f"{header_ts.date()} was used instead — check the date with the bank")
    return header_ts.date()


def build_payment(p: PendingPayment, id_prefix: str, seen: dict[str, int], ccy: str, booking_date: dt.date | None,
                  dep_serial: str, dep_index: int, notes: list[str], warnings: tuple[str, ...] = ()) -> BankPayment:
    """The payment (TK20) or deduction (TK21) once its deposit's TK15 has been read; `seen` keeps ids unique."""
    ext = f"{id_prefix}{p.rt}:{p.serial}"
    k = seen.get(ext)
    if k is None:
        seen[ext] = 1
    else:
        seen[ext] = k + 1
        ext = f"{ext}#{k + 1}"
    amount = ore(-p.amount if p.rt == "21" else p.amount)
    refs: tuple[PaymentReference, ...] = ()
    if p.extra is not None:
        refs = tuple(
            PaymentReference(reference=_norm_ref(r, code), reference_raw=r.strip(), kind=f"bgmax:{code}",
                             amount=ore(a), source_location=f"line {ln}")
            for (_tk, r, a, code, ln) in p.extra
        )
        split = sum(a for (_tk, _r, a, _c, _ln) in p.extra)
        if any(a for (_tk, _r, a, _c, _ln) in p.extra) and split != p.amount:
            notes.append(f"line {p.lineno}: extra references (TK22/TK23) add up to {ore(split)}, "
                         f"not the TK{p.rt} amount {ore(p.amount)}")
    address = None
    if p.has_addr:
        address = Address(street=p.street, postcode=p.postcode, town=p.town, country=p.country,
                          country_code=p.ccode)
    ref_raw = p.ref_raw.strip()
    # positional for speed (10^5 payments per file); order pinned by _FIELD_ORDER below
    return BankPayment(
        ext, PAYMENT if p.rt == "20" else DEDUCTION, amount, ccy, booking_date, booking_date,
        ref_raw if p.ref_code not in STRUCTURED_CODES else "".join(ref_raw.split()).upper(),
        ref_raw, _REF_KINDS[p.ref_code], refs, p.name, p.extra_name, p.org_no, address,
        p.payer_bg.lstrip("0") or None, tuple(p.info) if p.info is not None else (), (), (),
        p.serial, dep_serial, None, p.rt, p.channel, p.image, p.ded_code, None, None, None,
        dep_index, f"line {p.lineno}", warnings,
    )


_REF_KINDS = {str(c): f"bgmax:{c}" for c in range(10)}
_FIELD_ORDER = (
    "external_id", "kind", "amount", "currency", "booking_date", "value_date", "reference", "reference_raw",
    "reference_kind", "references", "payer_name", "payer_extra_name", "payer_org_no", "payer_address",
    "payer_account", "remittance_info", "additional_info", "deductions", "bank_tx_id", "entry_ref", "end_to_end_id",
    "record_type", "channel_code", "image_flag", "deduction_code", "bank_tx_code", "status", "return_reason",
    "deposit_index", "source_location", "warnings",
)
if tuple(f.name for f in dataclasses.fields(BankPayment)) != _FIELD_ORDER:  # pragma: no cover
    raise RuntimeError("BankPayment fields changed: update bgmax_records.build_payment")
