"""A register's article codes found with one alternation (`intake.extract.patterns.code_spans`) are exactly the
matches a search per code found — the intake now searches a message once per register, not once per article code
(issue #14), and no reading may change with it."""
from __future__ import annotations

import random
import re

from intake.extract.patterns import any_code, code_spans
from intake.extract.quantities import CODE_END

#: the boundaries the callers use: prose codes (quantities), the codeless net (case-blind) and the count sentence
#: before (case-sensitive)
BOUNDS = [(r"(?<![\w.,-])", CODE_END, re.IGNORECASE), (r"(?<![\w-])", r"(?![\w-])", re.IGNORECASE),
          (r"(?<![\w-])", r"(?![\w-])", 0)]


def _per_code(text: str, codes: set[str], before: str, after: str, flags: int) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for c in codes:
        for m in re.compile(before + re.escape(c) + after, flags).finditer(text):
            out.setdefault(c, []).append(m.span())
    return out


def _one_pattern(text: str, codes: set[str], before: str, after: str, flags: int) -> dict[str, list[tuple[int, int]]]:
    out: dict[str, list[tuple[int, int]]] = {}
    for c, s, e in code_spans(text, codes, before, after, flags):
        out.setdefault(c, []).append((s, e))
    return out


def test_prefix_codes_and_codes_inside_others_are_found_as_on_their_own():
    codes = {"LA", "LA10", "LA100", "LA-ABC", "A 10", "10", "ÅK1", "SB-D"}
    texts = ["LA100-analyysit 3 kpl, LA10 2 kpl ja LA-ABC", "A 10 och 10 st", "la100, åk1 (SB-D) SB-DX LA.",
             "Art. LA100: 2 st, LA10.5", ""]
    for text in texts:
        for before, after, flags in BOUNDS:
            assert _one_pattern(text, codes, before, after, flags) == _per_code(text, codes, before, after, flags)
            assert any_code(text, codes, before, after, flags) == bool(_per_code(text, codes, before, after, flags))


def test_random_registers_and_texts_match_the_search_per_code():
    rnd = random.Random(14)
    pieces = ["A", "B", "1", "0", "-", " ", ".", ",", "la", "LA", "abc", "ÅK1", "åk1", "LA-ABC", "\n"]
    for _ in range(1500):
        codes = {"".join(rnd.choice("AB1-0 ") for _ in range(rnd.randint(1, 4))).strip() or "A"
                 for _ in range(rnd.randint(1, 6))} | {rnd.choice(["LA", "LA-ABC", "LA10", "A 10", "10", "ÅK1"])}
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 25)))
        for before, after, flags in BOUNDS:
            assert _one_pattern(text, codes, before, after, flags) == _per_code(text, codes, before, after, flags), \
                (text, codes, before, flags)


def test_the_longest_code_comes_first():
    found = code_spans("LA10 och LA100-analyysit", {"LA10", "LA100"}, r"(?<![\w.,-])", CODE_END, re.IGNORECASE)
    assert found == [("LA100", 9, 14), ("LA10", 0, 4)]
