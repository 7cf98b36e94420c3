"""A sentence's closing date that dates every article it names: "AT10 4 h ja LA100 2 kpl, 27.10.2026.", "H10 … och
H30 …, båda 23.3.2027" (holdouts 14 and 30). Split from intake.extract.prose_lines."""
from __future__ import annotations

import datetime as dt
import re

from .dates import DateSpan


def closing_date(unit: str, ds: list[DateSpan], codes: list[tuple[int, int, str]]) -> tuple[dt.date, dt.date] | None:
    """"AT10 4 h ja LA100 2 kpl, 27.10.2026.": the sentence's only date, set off by a comma at its very end after
    several articles (or by ", båda"/", both"/", molemmat", or by a period word: "… (LL10) ja … (LL30) ajalle
    1.–3.12.2027"), dates all of them (not only the last clause)."""
    if len(ds) != 1 or len(codes) < 2 or ds[0].start < codes[-1][1]:
        return None
    d = ds[0]
    before = unit[:d.start]
    if (ALL_OF_THEM_RE.search(before) or _PERIOD_CUE_RE.search(before)) and not unit[d.end:].strip(" .;:!\n"):
        return d.first, d.last
    return None


#: the comma before a sentence's closing date, with the word that says it is every article's ("…, båda 23.3.2027",
#: "…, both on 5 May", "…, molemmat 12.11.2026", "…, alla den 3/12")
ALL_OF_THEM_RE = re.compile(r"(?i),\s*(?:(?:båda|bägge|alla|samtliga|both|all|each|molemmat|kumpikin|kaikki)\s+)?"
                             r"(?:(?:on|den|pvm|päivänä)\s+)?$")

#: a period word right before a sentence's closing period: "10 kuntotestiä (LL10) ja 10 mittausta (LL30) ajalle
#: 1.–3.12.2027", "6 tim (A10) och 2 st (A20) under perioden 1–5 mars", "… (B20) for the period 3–7 May"
_PERIOD_CUE_RE = re.compile(r"(?i)\s(?:ajalle|ajalla|ajanjaksolle|ajanjaksolla|jaksolle|aikavälille|aikavälillä|"
                            r"(?:under|för)\s+(?:perioden|tiden)|(?:for|during|over)\s+the\s+period(?:\s+of)?)"
                            r"\s*:?\s*$")
