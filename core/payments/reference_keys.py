"""Comparing payment references (pure): the canonical key of a reference and the typos matching forgives.

A reference is a Swedish OCR number, a Finnish reference (viitenumero) or an RF creditor reference (ISO 11649),
validated by core.kernel.references. References are compared by key: RF → its reference part, leading zeros
dropped, so an RF wrapping a Finnish reference and the plain form are one key. A typo is an edit distance of 1
(2 for long references), an adjacent transposition counting 1.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from core.kernel import references


def ref_key(ref: str | None) -> str | None:
    """Canonical form for comparing references: RF → its reference part; leading zeros dropped; None if empty."""
    if not ref:
        return None
    if ref.isdigit() and ref.isascii():  # the common case, same result as below without the regex
        return ref.lstrip("0") or None
    r = references.normalize(ref or "")
    if r.startswith("RF") and len(r) > 4 and r[2:4].isdigit():
        r = r[4:]
    if not r.isalnum():
        return None
    return r.lstrip("0") or None


def is_valid_reference(ref: str | None) -> bool:
    return bool(ref) and _is_valid(ref)


_is_valid = functools.lru_cache(maxsize=1 << 18)(references.is_valid)  # a file asks about each reference twice


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal string alignment distance (adjacent transposition counts 1); returns `limit` once it is reached."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
        if min(cur) >= limit:
            return limit
        prev2, prev = prev, cur
    return min(prev[-1], limit)


def typo_limit(key: str) -> int:
    return 1 if len(key) <= 6 else 2


@functools.lru_cache(maxsize=1024)
def neighbours(key: str) -> tuple[str, ...]:
    """Every string at edit distance 1 (substitution, deletion, insertion of a digit, adjacent transposition).
    Cached: a file often repeats a wrong reference, and each one has a few hundred neighbours."""
    return tuple(_neighbours(key))


def _neighbours(key: str) -> Iterable[str]:
    digits = "0123456789"
    for i in range(len(key)):
        yield key[:i] + key[i + 1:]
        for d in digits:
            if d != key[i]:
                yield key[:i] + d + key[i + 1:]
        if i + 1 < len(key) and key[i] != key[i + 1]:
            yield key[:i] + key[i + 1] + key[i] + key[i + 2:]
    for i in range(len(key) + 1):
        for d in digits:
            yield key[:i] + d + key[i:]


_TOKEN = re.compile(r"\b(RF\d{2}[0-9A-Z ]{1,25}|\d[\d ]{2,30}\d)\b", re.I)


def references_in_text(texts: Iterable[str]) -> list[str]:
    """Valid references written in free text (remittance information)."""
    found: list[str] = []
    for t in texts:
        for m in _TOKEN.finditer(t or ""):
            cand = references.normalize(m.group(1))
            if is_valid_reference(cand) and len(cand) >= 4 and cand not in found:
                found.append(cand)
    return found


def stored_forms(key: str) -> set[str]:
    """How a reference with this key may be stored on an invoice: as is, or RF-wrapped."""
    forms = {key}
    try:
        forms.add(references.rf_reference(key))
    except Exception:
        pass
    return forms


_NUMBER = re.compile(r"(?<![\w-])(\d{4,12})(?![\w-])")


def numbers_in_text(texts: Iterable[str]) -> list[str]:
    """Invoice-number-like tokens (4–12 digits standing alone) in a payment's message, in order: "Faktura 10001
    delbetalning" names 10001. Used only to *suggest* an invoice to a clerk, never to place a payment."""
    found: list[str] = []
    for t in texts:
        for m in _NUMBER.finditer(t or ""):
            if m.group(1) not in found:
                found.append(m.group(1))
    return found

