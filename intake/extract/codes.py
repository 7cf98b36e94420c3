"""Article codes the register lacks, recognised by the register's own code shapes.

The contract keeps a code that is not in the agency's register as written (the line's price is then stated or
asked). Such a code must still be seen as a code: otherwise the count before it ("3 st markradonmätning (2030) och 5
st portrycksmätning (1020)", "4 kpl LA300 ja 10 kpl LA100") goes to the next register code and is invoiced under
the wrong article. A token counts as a code when it has the shape of the agency's register codes (the same letter
prefix and number of digits, or as many digits as its digit-only codes) and stands where codes stand.
"""
from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from .text_context import overlaps

#: a code the register may lack: first on a line (after a list marker) before a word ("LA300 Mikrobiologinen …",
#: "2030 Markradon 3 st"), in parentheses after a word ("markradonmätning (2030)"), or letter-prefixed anywhere
_LINE_HEAD_CODE_RE = re.compile(r"(?m)^[ \t]*(?:[-–—*•][ \t]*|\d{1,2}[.)][ \t]+)?(?P<c>[A-Za-z]{1,3}\d{2,6}|\d{3,6})"
                                r"(?=[ \t]+(?!(?:års?|vuoden|vuosi|years?)\b)[^\W\d_]{3,})")
_PAREN_CODE_RE = re.compile(r"(?<=[^\W\d_])\s*\((?P<c>[A-Za-z]{1,3}\d{2,6}|\d{3,6})\)")
_LETTER_CODE_RE = re.compile(r"(?<![\w.,/-])(?P<c>[A-Za-z]{1,3}\d{2,6})(?![\w-]|[.,]\d)")


def unregistered_codes(text: str, codes: AbstractSet[str]) -> list[tuple[int, int, str]]:
    """Codes of the register's shape that the register lacks (see `shaped_like_register`), where a code stands:
    kept as written — the line is the agency's, its price is stated or asked — instead of the count before it
    going to the next register code."""
    out: list[tuple[int, int, str]] = []
    for rx in (_LINE_HEAD_CODE_RE, _PAREN_CODE_RE, _LETTER_CODE_RE):
        for m in rx.finditer(text):
            c = m.group("c").upper()
            if c not in codes and shaped_like_register(c, codes) and (not c.isdigit() or _counted(text, m, rx)) \
                    and not overlaps([(a, b) for a, b, _ in out], m.start("c"), m.end("c")):
                out.append((m.start("c"), m.end("c"), c))
    return sorted(out)


_COUNT_RE = re.compile(r"(?i)(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:st|styck\w*|kpl|pcs|h|tim\w*|dag\w*|pv|ex|x|×|"
                       r"deltagare|prov\w*|näyte\w*|tuntia?|päivä\w*)(?!\w)")


def _counted(text: str, m: re.Match[str], rx: re.Pattern[str]) -> bool:
    """A digits-only code needs a count beside it — on its line when it heads the line ("2030 Markradon 3 st"),
    in its clause otherwise ("3 st markradonmätning (2030)", "markradon (2030), 2 st") — so a year in parentheses
    ("enligt ramavtalet (2026)") or heading a line is no code."""
    if rx is _LINE_HEAD_CODE_RE:
        end = text.find("\n", m.end())
        return bool(_COUNT_RE.search(text[m.end():end if end >= 0 else len(text)]))
    start = max(text.rfind(")", 0, m.start()), text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    ends = [i for i in (text.find("(", m.end()), text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
    return bool(_COUNT_RE.search(text[start:m.start()]) or _COUNT_RE.search(text[m.end():min(ends, default=len(text))]))


def shaped_like_register(code: str, codes: AbstractSet[str]) -> bool:
    """A code not in the register but of its shape (the same letter prefix and number of digits as a register
    code, e.g. LA300 beside LA100; digits only as long as the register's digit codes, 2030 beside 2010): the
    agency's code for an article the register lacks, kept as written."""
    m = re.fullmatch(r"([A-Z]{0,3})(\d{2,6})", code.upper())
    if m is None:
        return False
    shape = re.compile(rf"{m.group(1)}\d{{{len(m.group(2))}}}")
    return any(shape.fullmatch(c) for c in codes)
