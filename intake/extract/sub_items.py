"""Items listed under one article's heading: a count per period, or the participants by name.

    Tmi X, asiantuntijatyö AT10:            Kurs (3010) den 3 mars, deltagare:
    - syyskuu 2026: 12 h                    - Anna Berg
    - lokakuu 1.–15.10.2026: 6 h            - Olof Lind

A heading line names one article code and ends with a colon; the lines under it (up to a blank line) say what
to invoice of it. When every one of them is a period with its own count, each is a line of that article with
that period and count (read together they gave one line with the first count, or the counts were lost). When the
heading speaks of participants and every line under it is a person's name, the names are counted: the article's
count is the number of names. Anything else under the heading is left to the other readers.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal

from .dates import DateSpan, find_dates
from .model import LineItem
from .pro_rata import pro_rata_span
from .quantities import LIST_MARK_RE, article_codes_in
from .text_context import TextContext

#: the heading speaks of the people taking part ("deltagare", "osallistujat", "participants", "anmälda")
_PARTICIPANTS_RE = re.compile(r"(?i)\b(?:\w*deltagar\w*|osallistuj\w*|participants?|attendees?|anmälda|"
                              r"ilmoittautune\w*|närvarande|läsnä\w*)\b")
#: a person's name: two to four capitalised words, no digits ("Anna-Karin Berg", "Matti Virtanen")
_PERSON_RE = re.compile(r"^(?:[A-ZÅÄÖÉÜ][a-zåäöéüß'’]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéüß'’]+)?\s+){1,3}"
                        r"[A-ZÅÄÖÉÜ][a-zåäöéüß'’]+(?:-[A-ZÅÄÖÉÜ][a-zåäöéüß'’]+)?$")
_LEGAL_RE = re.compile(r"(?i)\b(?:ab|oy|oyj|ab|ky|ay|ry|kb|hb|ltd|inc|kommun|kunta|stiftelse\w*|förening)\b")
ClauseReader = Callable[[str, TextContext, str | None, int], LineItem | None]


def listed_under_heading(body: list[tuple[int, str]], ctx: TextContext, skip: set[str],
                         clause: ClauseReader) -> tuple[list[LineItem], set[int]]:
    """The lines read from headed lists in `body` and the body line numbers they consumed."""
    out: list[LineItem] = []
    used: set[int] = set()
    for k, (n, t) in enumerate(body):
        codes = article_codes_in(t, ctx) if t.rstrip().endswith(":") else []
        if len(codes) != 1 or codes[0][2] in skip:
            continue
        items = _items_below(body, k + 1)
        code = codes[0][2]
        lines = _period_lines(items, ctx, code, clause) or _counted_names(t, n, items, ctx, code, clause)
        if lines:
            out.extend(lines)
            used |= {n} | {m for m, _ in items}
    return out, used


def _items_below(body: list[tuple[int, str]], k: int) -> list[tuple[int, str]]:
    """The lines right under a heading up to a blank line (one blank line after the heading itself is allowed)."""
    items = []
    if k < len(body) and not body[k][1].strip():
        k += 1
    while k < len(body) and body[k][1].strip():
        items.append(body[k])
        k += 1
    return items


def _span_of(text: str, ctx: TextContext) -> DateSpan | None:
    """The line's one period: dates in parentheses are remarks; of nested periods the narrowest ("lokakuu
    1.–15.10.2026" is 1–15 October); two periods apart from each other are no single period."""
    ds = [d for d in find_dates(text, ctx.year, ctx.on)
          if not re.search(r"\([^)]*$", text[:d.start])]
    if not ds:
        return None
    best = min(ds, key=lambda d: (d.last - d.first).days)
    if any(not (d.first <= best.first and best.last <= d.last) for d in ds):
        return None
    return best


def _period_lines(items: list[tuple[int, str]], ctx: TextContext, code: str,
                  clause: ClauseReader) -> list[LineItem]:
    """One line per item when there are two or more and each is a period with its own count (and no code)."""
    if len(items) < 2:
        return []
    out = []
    for n, t in items:
        sp = _span_of(t, ctx)
        if sp is None or article_codes_in(t, ctx):
            return []
        li = clause(re.sub(r"\([^)]*\)", " ", t), ctx, code, n)
        part = pro_rata_span(t, sp)     # "oktober 2026 pro rata från den 15:e": its count asked, its days known
        if li is not None and part is not None:
            li.quantity = None
            li.where.pop("quantity", None)
        elif li is None or li.quantity is None:
            return []
        li.set_period(part or (sp.first, sp.last), replace(li.where["article"], rule="prose:period of a listed item"))
        out.append(li)
    return out


def _counted_names(head: str, n: int, items: list[tuple[int, str]], ctx: TextContext, code: str,
                   clause: ClauseReader) -> list[LineItem]:
    """The heading's line counted by the participants listed by name under it."""
    if not items or not _PARTICIPANTS_RE.search(head):
        return []
    for _m, t in items:
        name = LIST_MARK_RE.sub("", t).strip()
        if not _PERSON_RE.match(name) or _LEGAL_RE.search(name) or ctx.registry.by_name(name):
            return []
    li = clause(head.rstrip().rstrip(":"), ctx, code, n)
    if li is None:
        return []
    count = Decimal(len(items))
    if li.quantity is not None and li.quantity != count:
        li.quantity = None      # the heading's own count and the names disagree: asked
        li.where.pop("quantity", None)
        return [li]
    li.quantity = count
    li.where["quantity"] = replace(li.where["article"], line=items[0][0], rule="prose:participants listed by name",
                                   how="computed")
    return [li]
