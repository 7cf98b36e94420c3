"""Organisation, personal identity and VAT numbers for Sweden and Finland, via python-stdnum.

Everything returns the normalised form or raises `ValidationError` naming the field.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import TypeVar, cast, overload

from stdnum import luhn
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.fi import alv as fi_alv
from stdnum.fi import hetu as fi_hetu
from stdnum.fi import ytunnus
from stdnum.se import orgnr
from stdnum.se import personnummer as se_personnummer
from stdnum.se import vat as se_vat

from core.kernel.endpoints import check_foreign_vat
from core.kernel.errors import ValidationError

T = TypeVar("T")

def normalize_se_orgno(value: str, field: str = "org_no") -> str:
    """Swedish organisation number as NNNNNN-NNNN (a 12-digit form with leading 16 loses it)."""
    digits = re.sub(r"\D", "", value or "")
    if len(digits) == 12 and digits.startswith("16"):
        digits = digits[2:]
    try:
        return orgnr.format(orgnr.validate(digits))
    except StdnumError as exc:
        raise ValidationError(f"not a valid Swedish organisation number: {value!r}", field) from exc


def normalize_se_personnummer(value: str, field: str = "org_no", today: dt.date | None = None) -> str:
    """Swedish personal identity number as YYYYMMDD-NNNN; also accepts samordningsnummer (day + 60)."""
    compact = re.sub(r"[\s]", "", value or "")
    digits = re.sub(r"\D", "", compact)
    if len(digits) not in (10, 12) or not luhn.is_valid(digits[-10:]):
        raise ValidationError(f"not a valid Swedish personal identity number: {value!r}", field)
    if len(digits) == 12:
        full = digits
    else:
        today = today or dt.date.today()
        yy = int(digits[:2])
        century = (today.year // 100) * 100
        year = century + yy
        if year > today.year:
            year -= 100
        if "+" in compact:
            year -= 100
        full = f"{year:04d}{digits[2:]}"
    day = int(full[6:8])
    if day > 60:
        day -= 60  # samordningsnummer
    try:
        dt.date(int(full[:4]), int(full[4:6]), day)
    except ValueError as exc:
        raise ValidationError(f"personal identity number has no valid birth date: {value!r}", field) from exc
    return f"{full[:8]}-{full[8:]}"


def normalize_fi_ytunnus(value: str, field: str = "org_no") -> str:
    """Finnish business ID (Y-tunnus) as NNNNNNN-N."""
    try:
        return ytunnus.format(ytunnus.validate(value or ""))
    except StdnumError as exc:
        raise ValidationError(f"not a valid Finnish business ID (Y-tunnus): {value!r}", field) from exc


def normalize_org_no(country: str, value: str, private: bool = False, field: str = "org_no") -> str:
    """The customer's or agency's identifier by country and kind."""
    if country == "SE":
        return normalize_se_personnummer(value, field) if private else normalize_se_orgno(value, field)
    if country == "FI":
        if private:
            raise ValidationError("Finnish personal identity numbers are not stored in the register", field)
        return normalize_fi_ytunnus(value, field)
    raise ValidationError(f"unsupported country for identifiers: {country}", field)


def normalize_vat_no(value: str, field: str = "vat_no") -> str:
    """VAT number upper case without spaces; SE, FI and every other EU number are check-digit validated."""
    compact = re.sub(r"[\s.-]", "", value or "").upper()
    try:
        if compact.startswith("SE"):
            return "SE" + se_vat.validate(compact)
        if compact.startswith("FI"):
            return "FI" + fi_alv.validate(compact)
    except StdnumError as exc:
        raise ValidationError(f"not a valid VAT number: {value!r}", field) from exc
    if not re.fullmatch(r"[A-Z]{2}[0-9A-Z]{2,13}", compact):
        raise ValidationError(f"not a VAT number: {value!r}", field)
    return check_foreign_vat(compact, field)  # EU numbers by their check digits (stdnum.eu.vat)


def vat_from_org_no(country: str, org_no: str) -> str | None:
    """The VAT number a Swedish/Finnish organisation has by construction (SE + 10 digits + 01; FI + 8 digits)."""
    digits = re.sub(r"\D", "", org_no or "")
    if country == "SE" and len(digits) == 10:
        return f"SE{digits}01"
    if country == "FI" and len(digits) == 8:
        return f"FI{digits}"
    return None


@overload
def mask_personnummer(value: str) -> str: ...
@overload
def mask_personnummer(value: None) -> None: ...
@overload
def mask_personnummer(value: str | None) -> str | None: ...
def mask_personnummer(value: str | None) -> str | None:
    """Mask the last four digits of a personal identity number in logs and lists: 19571121-****
    (a personnummer is shown only where clearly needed: dataskyddslagen 2018:218 3 kap. 10 §)."""
    if not value:
        return value
    if _HETU_RE.fullmatch(value.strip()):  # Finnish henkilötunnus DDMMYY-NNNC: the same four kept back
        return value.strip()[:7] + "****"
    return re.sub(r"(\d{6,8})[-+]?\d{4}$", lambda m: m.group(1) + "-****", value)


_HETU_RE = re.compile(r"\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]", re.I)
# a Swedish (10/12 digits, optional -/+) or Finnish personal number standing alone in a text
_PIN_IN_TEXT = re.compile(r"(?<![\w-])(?:(?:\d{2})?\d{6}[-+]?\d{4}|\d{6}[-+A-FU-Y]\d{3}[0-9A-Y])(?![\w-])", re.I)


def is_personal_number(value: str | None) -> bool:
    """A valid Swedish personnummer/samordningsnummer or Finnish henkilötunnus (organisation numbers are not)."""
    text = (value or "").strip()
    return bool(text) and (se_personnummer.is_valid(text) or fi_hetu.is_valid(text))


def mask_if_personal(value: str | None) -> str | None:
    """A field that may hold a personal number (a payer's identity from a bank file): masked when it is one."""
    return mask_personnummer(value) if value and is_personal_number(value) else value


def mask_pins(value: T) -> T:
    """Every personal number in a text — or in the strings of a JSON-like structure — masked; the one masking
    function for outputs and logs (dataskyddslagen 2018:218 3 kap. 10 §). Organisation numbers and references
    that are no valid personal number stay as they are."""
    if isinstance(value, str):
        return cast(T, _PIN_IN_TEXT.sub(lambda m: mask_personnummer(m.group(0))
                                        if is_personal_number(m.group(0)) else m.group(0), value))
    if isinstance(value, dict):
        return cast(T, {k: mask_pins(v) for k, v in value.items()})
    if isinstance(value, (list, tuple)):
        return cast(T, type(value)(mask_pins(v) for v in value))
    return value


PEPPOL_RE = re.compile(r"^(\d{4}):([0-9A-Za-z.\-]{1,50})$")


def normalize_peppol(value: object, field: str = "peppol_id") -> str:
    """A Peppol participant id `SCHEME:ID`: 0007 + Swedish org number, 0216 + OVT (0037 + Y-tunnus digits),
    0088 + GLN (13 digits), or another 4-digit ICD with a plausible id."""
    text = re.sub(r"\s", "", str(value or ""))
    if re.fullmatch(r"0037\d{8,12}", text):
        text = "0216:" + text
    m = PEPPOL_RE.match(text)
    if not m:
        raise ValidationError(f"not a Peppol participant id (SCHEME:ID): {value!r}", field)
    scheme, ident = m.groups()
    if scheme == "0007":
        ident = normalize_org_no("SE", ident, field=field).replace("-", "")
    elif scheme == "0216":
        if not re.fullmatch(r"0037\d{8}\w{0,5}", ident):
            raise ValidationError(f"an OVT code is 0037 + Y-tunnus digits: {value!r}", field)
        normalize_org_no("FI", ident[4:11] + "-" + ident[11], field=field)
    elif scheme == "0088" and not re.fullmatch(r"\d{13}", ident):
        raise ValidationError(f"a GLN has 13 digits: {value!r}", field)
    return f"{scheme}:{ident}"
