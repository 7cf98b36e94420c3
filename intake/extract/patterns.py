"""Compiled patterns built at run time from a message's or register's own words (article codes, customer numbers,
names, invoice numbers), kept compiled across messages.

Why: Python's `re` module keeps only the last 512 patterns it compiled. The intake builds a pattern per article
code, register name or number it looks for, so a centre's registers (hundreds of agencies, thousands of articles)
overflow that cache and every message compiled the same patterns again — measured on the 1,610 committed cases,
12,600 compilations costing about 7 s of 48 s of parser CPU. One larger cache here, shared by those callers, keeps
them compiled; the pattern text is still built by each caller, so what it matches is unchanged.

`code_spans` finds an agency's article codes with one search of one alternation per register: a search per code
made a message's cost grow with the register (about 210 codes an agency, each searched in every sentence).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Collection


@functools.lru_cache(maxsize=16384)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, remembered (16,384 patterns: a large register's codes and names)."""
    return re.compile(pattern, flags)


def code_spans(text: str, codes: Collection[str], before: str, after: str,
               flags: int = 0) -> list[tuple[str, int, int]]:
    """(code, start, end) of every match of `before + re.escape(code) + after` in `text`, each code searched as on
    its own (what `finditer` per code finds), longest code first, then by place.

    Why one pattern still finds what a search per code found: it looks ahead at every place the `before` allows,
    so a code starting inside another's match is not skipped, and a shorter code that is the start of the longest
    one matching at a place ("LA" of "LA-ABC") is tried there on its own."""
    if not codes or not text:
        return []
    rx, shorter = _scanner(frozenset(codes), before, after, flags)
    found: dict[str, list[tuple[int, int]]] = {}
    for m in rx.finditer(text):
        at, hit = m.start(), m.group(1)
        for c in shorter.get(hit.casefold()) or sorted(codes, key=len, reverse=True):
            if len(c) > len(hit) or (c != hit and not compiled(before + re.escape(c) + after, flags).match(text, at)):
                continue
            spans = found.setdefault(c, [])
            if not spans or spans[-1][1] <= at:     # a code's own matches never overlap, as finditer's
                spans.append((at, at + len(c)))
    return [(c, s, e) for c in sorted(found, key=lambda c: (-len(c), c)) for s, e in found[c]]


def any_code(text: str, codes: Collection[str], before: str, after: str, flags: int = 0) -> bool:
    """Whether any of `codes` matches in `text` as `code_spans` finds them (the register's alternation compiled once,
    not its pattern text rebuilt at every call)."""
    return bool(codes and text) and _scanner(frozenset(codes), before, after, flags)[0].search(text) is not None


@functools.lru_cache(maxsize=1024)
def _scanner(codes: frozenset[str], before: str, after: str,
             flags: int) -> tuple[re.Pattern[str], dict[str, list[str]]]:
    """The register's alternation (longest code first, so a code is never cut to a shorter one) and, per code as
    case-folded, the codes it starts with (itself included), longest first. 1,024 kept: four callers' boundaries
    for 256 agencies (about 40 ms and 60 KiB each at 210 codes; the 210 patterns per code cost about 90 ms)."""
    ordered = sorted(codes, key=lambda c: (-len(c), c))
    rx = re.compile(before + "(?=(" + "|".join(map(re.escape, ordered)) + ")" + after + ")", flags)
    shorter = {c.casefold(): [s for s in ordered if c.casefold().startswith(s.casefold())] for c in ordered}
    return rx, shorter
