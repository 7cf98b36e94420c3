"""Organisation numbers, personal identity numbers, Y-tunnus and VAT numbers.

A number that fails its check digit is no identifier: it is reported as found-but-invalid so the caller can
output null and ask, instead of inventing a customer. Swedish 10-digit personal numbers get the century that makes
the person younger than 100 on the mail's date; `+` means the person turns 100 or more in the mail's year
(Skatteverket changes the separator at the turn of that year).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from stdnum.fi import hetu, ytunnus

from .eu_vat import find_eu_vat_numbers
from .ytunnus_cue import cued_ytunnus

_SE_RE = re.compile(r"(?<![\w-])(?:(?P<cc>16|19|20)?(?P<a>\d{6})[ ]?(?P<sep>[-+])?[ ]?(?P<b>\d{4}))(?![\w-]|[.,]\d)")
_FI_RE = re.compile(r"(?<![\w-])(?:FI-?)?(?P<a>\d{6,7})-(?P<b>\d)(?![\w-]|[.,]\d)")
_VAT_RE = re.compile(r"(?<![A-Za-z0-9])(?P<v>(?:SE[ ]?\d{6}[ -]?\d{4}[ ]?01|FI[ ]?\d{8}|FI[ ]?\d{7}-?\d))(?![\d])",
                     re.IGNORECASE)
#: a Finnish henkilötunnus DDMMYY, century sign (+ 1800s, - or Y–U 1900s, A–F 2000s), NNN, check character
_HETU_RE = re.compile(r"(?<![\w-])(?P<h>\d{6}[-+A-FU-Y]\d{3}[0-9A-Y])(?![\w-])")
_HETU_CUE_RE = re.compile(r"(?i)(?:henkilötunnu\w*|hetu|sotu|personbeteckning|personal identity code)\W{0,3}$")
PEPPOL_RE = re.compile(r"(?<![\d:])(?P<v>0007:\d{10}|0216:\d{12}|0088:\d{13}|0037:\d{8,12}|0192:\d{9})(?!\d)")


@dataclass(frozen=True)
class Identifier:
    """An identifier found in text: `value` is the normalised form, or None when the check digit fails."""

    start: int
    end: int
    raw: str
    value: str | None
    kind: str          # 'se_org', 'se_pnr', 'fi_ytunnus', 'fi_hetu'

    @property
    def country(self) -> str:
        return "FI" if self.kind in ("fi_ytunnus", "fi_hetu") else "SE"


def luhn_ok(digits: str) -> bool:
    """Luhn check as used by Swedish organisation and personal numbers (10 digits)."""
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def _pnr(ten: str, sep: str | None, century: str | None, on: dt.date) -> str | None:
    yy, mm, dd = int(ten[:2]), int(ten[2:4]), int(ten[4:6])
    if dd > 60:
        dd -= 60  # samordningsnummer
    year = int(century) * 100 + yy if century else (on.year // 100) * 100 + yy
    try:
        born = dt.date(year, mm, dd)
        if not century and sep == "+":
            # '+': the person turns 100 or more in the mail's year (Skatteverket switches the separator at the
            # turn of that year), so the latest such year, not a century further back
            year = on.year - 100 - (on.year - 100 - yy) % 100
        elif not century and born > on:
            year -= 100     # the century that makes the person younger than 100 on the mail's date
        born = dt.date(year, mm, dd)
    except ValueError:
        return None
    if born > on:
        return None
    return f"{year:04d}{ten[2:6]}-{ten[6:]}"


def classify_se(digits10: str, sep: str | None = None, century: str | None = None,
                on: dt.date | None = None) -> tuple[str, str | None]:
    """(kind, normalised or None) for ten Swedish digits: an org number has month digits >= 20."""
    on = on or dt.date.today()
    if int(digits10[2]) >= 2 and century in (None, "16"):
        return "se_org", (f"{digits10[:6]}-{digits10[6:]}" if luhn_ok(digits10) else None)
    if not luhn_ok(digits10):
        return "se_pnr", None
    return "se_pnr", _pnr(digits10, sep, century if century in ("19", "20") else None, on)


def find_identifiers(text: str, on: dt.date | None = None, allow_bare: bool = False) -> list[Identifier]:
    """Swedish org/personal numbers and Finnish Y-tunnus in `text`, valid or not, in order of position.
    Ten bare digits (no dash) are too often order or reference numbers; they count only with `allow_bare`
    (a labelled field or an Org.nr column)."""
    on = on or dt.date.today()
    out: list[Identifier] = []
    for m in _SE_RE.finditer(text):
        digits = m.group("a") + m.group("b")
        raw = m.group(0)
        if " " in raw and not m.group("sep"):
            continue            # "556712 4085" is too close to phone numbers; require a dash or no space
        if not m.group("sep") and not allow_bare:
            continue
        if m.group("sep") == "+" and m.group("cc"):
            continue
        kind, value = classify_se(digits, m.group("sep"), m.group("cc"), on)
        out.append(Identifier(m.start(), m.end(), raw, value, kind))
    for m in _FI_RE.finditer(text):
        if any(i.start <= m.start() < i.end for i in out):
            continue
        raw = f"{m.group('a').zfill(7)}-{m.group('b')}"
        out.append(Identifier(m.start(), m.end(), m.group(0), raw if ytunnus.is_valid(raw) else None, "fi_ytunnus"))
    out = _with_hetu(text, out)
    out += [Identifier(a, b, raw, v, "fi_ytunnus") for a, b, raw, v in cued_ytunnus(text)   # "Y-tunnus 28114501"
            if not any(i.start < b and a < i.end for i in out)]
    out.sort(key=lambda i: i.start)
    return out


def _with_hetu(text: str, found: list[Identifier]) -> list[Identifier]:
    """Finnish personal identity codes. "120385-2461" is also shaped like a Swedish personal number: the Finnish
    reading wins where the Swedish check digit fails, or where a Finnish label stands right before it."""
    for m in _HETU_RE.finditer(text):
        code = m.group("h").upper()
        if not hetu.is_valid(code):
            continue
        same = [i for i in found if i.start < m.end() and m.start() < i.end]
        cued = bool(_HETU_CUE_RE.search(text[max(0, m.start() - 30):m.start()]))
        if any(i.value for i in same) and not cued:
            continue
        found = [i for i in found if i not in same] + [Identifier(m.start(), m.end(), m.group(0), code, "fi_hetu")]
    return found


def normalise_org(raw: str, on: dt.date | None = None, kind_hint: str | None = None) -> tuple[str | None, str | None]:
    """A cell/field value → (normalised identifier or None, country or None)."""
    s = (raw or "").strip()
    if not s:
        return None, None
    ids = find_identifiers(s, on, allow_bare=True)
    if not ids:
        digits = re.sub(r"\D", "", s)
        if len(digits) == 12 and digits[:2] in ("16", "19", "20"):
            kind, value = classify_se(digits[2:], None, digits[:2], on)
            return value, "SE"
        if len(digits) == 10:
            kind, value = classify_se(digits, None, None, on)
            return value, "SE"
        if len(digits) == 8 and kind_hint == "fi":
            raw8 = f"{digits[:7]}-{digits[7]}"
            return (raw8 if ytunnus.is_valid(raw8) else None), "FI"
        return None, None
    i = ids[0]
    return i.value, i.country


def find_vat_numbers(text: str) -> list[tuple[int, int, str]]:
    """VAT numbers (SE…01, FI…, and other EU numbers whose check digits hold) upper case without spaces."""
    own = [(m.start(), m.end(), re.sub(r"[\s-]", "", m.group("v")).upper()) for m in _VAT_RE.finditer(text)]
    return sorted(own + find_eu_vat_numbers(text))


def vat_from_org(org_no: str | None, country: str | None) -> str | None:
    """The VAT number implied by an org number (SE + 10 digits + 01, FI + 8 digits) — used only for the register's
    own format checks, never to invent a customer's VAT number."""
    if not org_no:
        return None
    d = re.sub(r"\D", "", org_no)
    if country == "SE" and len(d) == 10:
        return f"SE{d}01"
    if country == "FI" and len(d) == 8:
        return f"FI{d}"
    return None


def org_from_vat(vat: str) -> tuple[str | None, str | None]:
    """The organisation number a VAT number is made of (SE + 10 digits + 01, FI + the Y-tunnus digits), when its
    check digit holds; a personal number inside an SE VAT number (sole traders) is not taken."""
    d = re.sub(r"\D", "", vat)
    if vat.upper().startswith("SE") and len(d) == 12 and d.endswith("01"):
        kind, value = classify_se(d[:10], "-", None, dt.date.today())
        return (value, "SE") if kind == "se_org" and value else (None, None)
    if vat.upper().startswith("FI") and len(d) == 8:
        raw = f"{d[:7]}-{d[7]}"
        return (raw, "FI") if ytunnus.is_valid(raw) else (None, None)
    return None, None
