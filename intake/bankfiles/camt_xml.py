"""Reading camt.054 XML safely and uniformly across versions 001.02–001.08.

The XML parser never loads a DTD, resolves entities or touches the network. `CamtNs` does namespace-qualified
lookups for the document's version; the helpers read the shapes that occur in many places (amounts with a
currency, dates, parties, accounts, bank transaction codes) and smooth over the version differences
(`Dbtr/Nm` vs `Dbtr/Pty/Nm`, `Sts` vs `Sts/Cd`).
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any

from lxml import etree

from core.kernel import currencies
from core.kernel.references import normalize
from intake.bankfiles.model import Address, BankFileError

#: an lxml element (lxml ships no type stubs, so this is Any to the type checker)
Element = Any

AMT_RE = re.compile(r"[0-9]{1,18}(\.[0-9]{1,5})?")
_CCY_RE = re.compile(r"[A-Z]{3}")
_STRUCTURED_RE = re.compile(r"[0-9 ]+|RF[0-9A-Za-z ]+", re.IGNORECASE)


def safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           remove_comments=True, remove_pis=True, huge_tree=False)


class CamtNs:
    """Namespace-qualified find/text helpers for one camt version."""

    def __init__(self, ns: str) -> None:
        self.ns = ns
        self._paths: dict[str, str] = {}

    def q(self, path: str) -> str:
        p = self._paths.get(path)
        if p is None:
            p = "/".join(f"{{{self.ns}}}{part}" for part in path.split("/"))
            self._paths[path] = p
        return p

    def find(self, el: Element | None, path: str) -> Element | None:
        return None if el is None else el.find(self.q(path))

    def findall(self, el: Element | None, path: str) -> list[Element]:
        return [] if el is None else el.findall(self.q(path))

    def text(self, el: Element | None, path: str) -> str | None:
        if el is None:
            return None
        e = el.find(self.q(path))
        if e is None or e.text is None:
            return None
        t: str = e.text.strip()
        return t or None

    def texts(self, el: Element | None, path: str) -> list[str]:
        return [e.text.strip() for e in self.findall(el, path) if e.text and e.text.strip()]


def read_amount(el: Element, loc: str) -> tuple[Decimal, str]:
    """An amount element with its `Ccy` attribute; BankFileError at `loc` when either is malformed."""
    txt = (el.text or "").strip()
    if not AMT_RE.fullmatch(txt):
        raise BankFileError(f"amount {txt!r} is not a decimal amount", loc)
    ccy = (el.get("Ccy") or "").strip()
    if not _CCY_RE.fullmatch(ccy):
        raise BankFileError(f"amount has no valid currency (Ccy={ccy!r})", loc)
    if not currencies.is_currency(ccy):  # XXX ("no currency"), XTS, withdrawn or made-up codes: never booked
        raise BankFileError(f"currency {ccy!r} is not an ISO 4217 currency in use", loc)
    return Decimal(txt), ccy


def opt_amount(x: CamtNs, el: Element | None, path: str, loc: str) -> Decimal | None:
    e = x.find(el, path)
    return None if e is None else read_amount(e, f"{loc}/{path}")[0]


def read_date(x: CamtNs, el: Element | None, loc: str) -> dt.date | None:
    """`Dt` or `DtTm` child of a DateAndDateTimeChoice (BookgDt, ValDt)."""
    if el is None:
        return None
    d = x.text(el, "Dt")
    t = None
    try:
        if d is not None:
            return dt.date.fromisoformat(d[:10])
        t = x.text(el, "DtTm")
        if t is not None:
            return dt.datetime.fromisoformat(t).date()
    except ValueError as exc:
        raise BankFileError(f"not a valid date: {d or t!r}", loc) from exc
    return None


def check_date(day: dt.date | None, created: dt.date | None, loc: str, warnings: list[str]) -> None:
    """A booking/value date outside 1970–2099 rejects the file; one more than 400 days from the message's creation
    date is kept, with a warning on the entry's payments and the import result."""
    if day is None:
        return
    if not dt.date(1970, 1, 1) <= day <= dt.date(2099, 12, 31):
        raise BankFileError(f"date {day} is out of range (1970–2099)", loc)
    if created is not None and abs((created - day).days) > 400:
        warnings.append(f"{loc}: date {day} is more than 400 days from the message date {created} — check it "
                        "with the bank")


def norm_ref(ref: str) -> str:
    """Digits/RF references without spaces (core.kernel.references.normalize); other text only stripped."""
    return normalize(ref) if _STRUCTURED_RE.fullmatch(ref) else ref.strip()


def bank_tx_code(x: CamtNs, el: Element | None) -> str | None:
    """`BkTxCd` as "Domain/Family/SubFamily", or the proprietary code."""
    btc = x.find(el, "BkTxCd")
    if btc is None:
        return None
    parts = [x.text(btc, "Domn/Cd"), x.text(btc, "Domn/Fmly/Cd"), x.text(btc, "Domn/Fmly/SubFmlyCd")]
    if parts[0]:
        return "/".join(p for p in parts if p)
    return x.text(btc, "Prtry/Cd")


def entry_status(x: CamtNs, ntry: Element) -> str | None:
    """`Sts/Cd` (v08+), `Sts/Prtry`, or the text of `Sts` (v02–v07)."""
    sts = x.find(ntry, "Sts")
    if sts is None:
        return None
    return x.text(sts, "Cd") or x.text(sts, "Prtry") or (sts.text or "").strip() or None


def party(x: CamtNs, rltd: Element | None, role: str) -> Element | None:
    """`Dbtr/Pty` (v08+) or `Dbtr` (v02-v07)."""
    p = x.find(rltd, role)
    if p is None:
        return None
    pty = x.find(p, "Pty")
    return pty if pty is not None else p


def address(x: CamtNs, pty: Element) -> Address | None:
    a = x.find(pty, "PstlAdr")
    if a is None:
        return None
    street = " ".join(s for s in (x.text(a, "StrtNm"), x.text(a, "BldgNb")) if s) or None
    return Address(street=street, postcode=x.text(a, "PstCd"), town=x.text(a, "TwnNm"),
                   country_code=x.text(a, "Ctry"), lines=tuple(x.texts(a, "AdrLine")))


def party_id(x: CamtNs, pty: Element) -> str | None:
    for path in ("Id/OrgId/Othr/Id", "Id/PrvtId/Othr/Id", "Id/OrgId/AnyBIC", "Id/OrgId/BICOrBEI", "Id/OrgId/LEI"):
        v = x.text(pty, path)
        if v:
            return v
    return None


def account(x: CamtNs, acct: Element | None) -> str | None:
    return x.text(acct, "Id/IBAN") or x.text(acct, "Id/Othr/Id")
