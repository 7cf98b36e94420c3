""""Fakturera per deltagare både kursavgift (KA10) och kurslitteratur (KA11)": a count of people stated in an
earlier sentence of the paragraph ("skickade 3 deltagare") is the count of every article that sentence bills "per"
that noun.

Why: the sentence naming the articles holds no count — it says what the count is of, and the count stands in the
sentence before. Each clause read alone gave no quantity, so both were asked although the mail answers them. Only a
count whose noun is the one the "per" names (same stem: "deltagare"/"deltagarna", "osallistujaa"/"osallistujaa
kohden", "participants"/"per participant"), and only one value of it in the paragraph before, is taken; anything
else leaves the quantities to be asked.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .model import LineItem, Where
from .per_head import counted_before, said_roughly

_PER_RE = re.compile(r"(?i)\b(?:per|each)\s+(?P<w>[^\W\d_]{4,})|(?P<f>[^\W\d_]{4,})\s+(?:kohden|kohti)\b")
_COUNT_RE = re.compile(r"(?<![\w.,/:-])(?P<n>\d{1,4})\s+(?P<w>[^\W\d_]{4,})")


def _stem(word: str) -> str:
    return word.casefold()[:5]


def per_noun_counts(lines: list[LineItem], sentence: str, earlier: list[str], part: str, n: int) -> None:
    """Give the count-less `lines` of `sentence` the one count of its "per" noun stated in `earlier` sentences."""
    todo = [li for li in lines if li.quantity is None and li.article and not li.lump_sum]
    m = _PER_RE.search(sentence)
    if not todo or not m or not earlier or counted_before(sentence, m.start()):
        return      # "två nätter per scout": a rate per head, not the heads' count (intake.extract.per_head)
    stem = _stem(m.group("w") or m.group("f"))
    values = {c.group("n") for t in earlier for c in _COUNT_RE.finditer(t) if _stem(c.group("w")) == stem
              and not said_roughly(t, c.start())}   # "runt 30 scouter": asked, never a count
    if len(values) != 1:
        return
    q = next(iter(values))
    for li in todo:
        li.quantity = Decimal(q)
        li.where["quantity"] = Where(part, line=n, rule="prose:count of the per noun", how="stated")
