"""Several customers in one body: one block per customer, never one customer's lines under another.

Agencies batch requests in three shapes, all handled by one rule — a block begins where a *different* customer is
named, and runs to where the next one is:
* labelled blocks ("Kund: A … Kund: B …"), numbered or bulleted items each naming its customer ("1) Rosendals
  Trädgårdar AB: 2 st …", "* Lapin Laboratoriot Oy – 3 participants"), headings ("Kund 2", "Asiakas 2:");
* prose naming customers in turn ("laskuttakaa A Oy:ltä kaksi päivää (M20). Lisäksi B Ky:ltä 5 kpl (M30).",
  "åt två kunder: Solvik AB (9 prover, art 110) och Tornhagen AB (3 prover, art 140)").
A name and an identifier of the same customer (same register customer, or the number right after the name) are
one customer. A customer is named by a label, an identifier, a register name (Finnish case endings included), or
a company name with a legal form.

What stands before the first block (greeting, a period "for both", an article "for all of them") is the preamble.
When the blocks only state how many ("– 3 participants") and the preamble states the one thing they are counts
of ("the training of 4 November (K20)"), each block gets that line with its own count. When fewer than two blocks
give a line the split is undone (a second name was only mentioned). Lines left in the preamble are marked
`split_uncertain` (`mark_orphans`): joining them to the first customer is a guess the gate shows the clerk.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from .closing_for_all import closing_for_all
from .customer_text import COMPANY_RE
from .identifiers import find_identifiers
from .label_fields import is_person
from .labels import split_label
from .model import Fragment, Where
from .quantities import read_quantity
from .registry import norm_name
from .row_customers import row_customer
from .segments import Segment
from .shared_article import give_the_named_article
from .split_whole import give_each_its_count, share_divided_whole, without_divided_whole
from .tables import split_text_row
from .text_context import TextContext

_ID_FIELDS = ("customer_name", "customer_or_person", "org_no", "customer_number")
_HEADING_RE = re.compile(r"(?i)^\s*(?:#+\s*)?(?:kund|asiakas|customer|client|beställare|tilaaja)\s*(?:nr\.?\s*)?"
                         r"(?:\d{1,2}|[a-d])\s*[:.)]?\s*$")
_LIST_RE = re.compile(r"^\s*(?:[-–*•]|\d{1,2}[.)]|[a-d][.)])\s+")
#: a list item that opens with a name and a colon: "2) Hagalunds Odlarförening: 1 st …" (no digits: "Fältdag M20 –"
#: is an item, not a customer; a dash after the name needs a register name or a legal form, see `_line_mention`)
_TOK = r"[A-ZÅÄÖ](?:[^\W\d_]|-(?=\w))*"
_ITEM_NAME_RE = re.compile(rf"(?P<n>{_TOK}(?:[ ]+(?:(?:i|och|för|af|ja|&|of)[ ]+)?{_TOK}){{0,4}})"
                           r"\s*(?P<sep>:|[–—]\s|-\s)")
#: a list item opening with an organisation named by its kind first (a housing co-operative, a foundation, an
#: association, a property company, a Finnish housing company), a number possibly ending the name
_ORG_FIRST_RE = re.compile(
    r"(?P<n>(?:Brf|BRF|Bostadsrättsföreningen|Bostadsrättsförening|Stiftelsen|Föreningen|Fastighets[ ]?AB|"
    r"Fastighetsaktiebolaget|Kiinteistö[ ]Oy|Asunto[ ]Oy|As[.]?[ ]Oy|Asunto-osakeyhtiö|Säätiö|Oy|AB)"
    rf"(?:[ ]+{_TOK}){{1,4}}(?:[ ]+\d{{1,4}}[A-Z]?)?)\s*(?P<sep>:|[–—]\s|-\s)")
#: a customer added in prose by a verb of invoicing and "also", named without a legal form or register entry:
#: "Fakturera även Bergslagens Markteknik för …", "Dessutom ska Kalmar Sand och Grus faktureras …", "Laskuttakaa
#: myös Saimaan Kalastajat …", "Please also invoice Lakeside Farming …"
_NAME_TOK = r"[A-ZÅÄÖ][^\W\d_]+(?:-[A-ZÅÄÖ]?[^\W\d_]+)?"
_ADDED_RE = re.compile(
    r"(?:(?i:fakturera|faktureras|debitera|laskuttakaa|laskutetaan|laskuta|invoice|bill|charge)[ ]+"
    r"(?i:även|också|dessutom|likaså|myös|lisäksi|also)[ ]+"
    r"|(?i:dessutom|även|också|lisäksi|myös|also|additionally)[ ]+(?i:ska|skall|bör|should|tulee|pitää)[ ]+"
    r"(?:(?i:även|också|myös)[ ]+)?|(?i:please[ ]+also[ ]+invoice)[ ]+)"
    rf"(?P<n>{_NAME_TOK}(?:[ ]+(?:(?:och|&|i|ja|of|and)[ ]+)?{_NAME_TOK}){{0,4}})")
#: a register name then a comma and its identifier's label, the item's whole line: "2) Föreningen Kalmar Julmarknad,
#: kundnr C-4503" (a customer number is no identifier `find_identifiers` reads, so the item opened no block)
_ID_AFTER_RE = re.compile(r"(?i),\s*(?:kund|org|person|asiakas|customer|client|y-tunnus|fo-|hetu|reg)[\w.-]*\s*"
                          r"[:.]?\s*[\w-]+\s*$")
#: an identifier this close after a name (same line) belongs to that name: "Hagalund, org.nr 559…"
_ATTACH = 45
ReadBlock = Callable[[Segment], list[Fragment]]


@dataclass
class _Mention:
    """A customer named at (body index, position): which field names it and the identity key."""

    idx: int
    pos: int
    end: int
    field: str
    key: str
    whole_line: bool = False    # a label or heading line: the lines above it in its paragraph go along
    name: str = ""              # the name as written (a list item's "2) Hagalunds Odlarförening: …")


def _line_mention(t: str, idx: int, ctx: TextContext) -> _Mention | None:
    """A line that opens a customer's block: a customer label, a heading, a list item naming a customer."""
    if len(split_text_row(t)) >= 3:
        return None     # a table row: its customer column is the table reader's
    lab = split_label(t, ctx.hints)
    if lab and lab[0] == "customer_or_person" and is_person(lab[2], ctx):
        return None     # "Beställare: Anna Koski" is who ordered, not a customer
    if lab and lab[0] in _ID_FIELDS and lab[2]:
        return _Mention(idx, 0, len(t), lab[0], _key(lab[2], lab[0], ctx), True)
    if _HEADING_RE.match(t):
        return _Mention(idx, 0, len(t), "heading", "", True)
    head = _LIST_RE.match(t)
    reg = next((x for x in ctx.registry.find_names(t) if head and x[0] == head.end()), None)
    if head and reg and (re.match(r"\s*(?::|[–—]\s|-\s)", t[reg[1]:]) or _ID_AFTER_RE.match(t, reg[1])):
        # "• Fastighets AB Gåsen 4 – tillståndsavgift …": a register name (a number in it) opening the item
        return _Mention(idx, 0, reg[1], "customer_name", _key(reg[2], "customer_name", ctx), name=reg[2])
    org = _ORG_FIRST_RE.match(t, head.end()) if head else None
    if org:     # "• Brf Tallkotten 3 – portryck …": an organisation named by its kind first, not in the register
        return _Mention(idx, 0, org.end("n"), "customer_name", _key(org.group("n"), "customer_name", ctx),
                        name=org.group("n"))
    if head:
        m = _ITEM_NAME_RE.match(t, head.end())
        named = m is not None and (m.group("sep") == ":" or bool(ctx.registry.by_name(m.group("n")))
                                   or bool(COMPANY_RE.fullmatch(m.group("n"))))
        ids = [i for i in find_identifiers(t, ctx.on) if i.value and not ctx.registry.is_agency_identifier(i.raw)]
        if ids and not (m and named):   # "1) Org.nr 556901-2346: rådgivning …"
            return _Mention(idx, 0, ids[0].end, "org_no", _key(ids[0].value or "", "org_no", ctx))
        if m and named and not split_label(t[head.end():], ctx.hints):
            return _Mention(idx, 0, m.end(), "customer_name", _key(m.group("n"), "customer_name", ctx),
                            name=m.group("n"))
    return None


def _mentions_in(t: str, idx: int, ctx: TextContext) -> list[_Mention]:
    """Customers named inside a line: register names, company names with a legal form, identifiers."""
    found: list[_Mention] = []
    for s, e, nm in ctx.registry.find_names(t):
        found.append(_Mention(idx, s, e, "customer_name", _key(nm, "customer_name", ctx)))
    for m in COMPANY_RE.finditer(t):
        if not any(f.pos <= m.start("n") < f.end or m.start("n") <= f.pos < m.end() for f in found):
            found.append(_Mention(idx, m.start("n"), m.end(), "customer_name",
                                  _key(m.group("n"), "customer_name", ctx)))
    for i in find_identifiers(t, ctx.on):
        if i.value and not ctx.registry.is_agency_identifier(i.raw):
            found.append(_Mention(idx, i.start, i.end, "org_no", _key(i.value, "org_no", ctx)))
    agency = {(ctx.agency or {}).get(k, "").casefold() for k in ("name", "name_sv", "name_en")}
    for m in _ADDED_RE.finditer(t):
        if m.group("n").casefold() not in agency and _names_a_customer(m, t, ctx) and not any(
                f.pos <= m.start("n") < f.end or m.start("n") <= f.pos < m.end() for f in found):
            found.append(_Mention(idx, m.start("n"), m.end("n"), "customer_name",
                                  _key(m.group("n"), "customer_name", ctx), name=m.group("n")))
    return sorted(found, key=lambda f: f.pos)


def _names_a_customer(m: re.Match[str], t: str, ctx: TextContext) -> bool:
    """The name after "fakturera även" is a customer, not an article ("Fakturera även Rapport, tryckt (3020)"):
    its first word is no register article's, and a one-word name goes on as a customer does ("för", ":")."""
    first = m.group("n").split()[0].casefold()
    codes = ctx.registry.article_codes(ctx.agency_code)
    names = [str((ctx.registry.article(ctx.agency_code, c) or {}).get("name") or "").casefold() for c in codes]
    if any(n.split() and (n.split()[0].strip(",") == first or first.startswith(n.split()[0].strip(",")[:5]))
           for n in names):
        return False
    return " " in m.group("n") or bool(re.match(r"\s*(?:för|for|:|,|med|with|–|-|ajalta|\(\D)", t[m.end("n"):]))


def _key(value: str, field: str, ctx: TextContext) -> str:
    """The customer a value means: the register's customer number when it resolves, else the value itself."""
    reg = ctx.registry
    ids = find_identifiers(value, ctx.on, allow_bare=field == "org_no")
    if ids and ids[0].value:
        c = reg.by_org(ids[0].value)
        return f"reg:{c['customer_number']}" if c else f"org:{ids[0].value}"
    if field == "customer_number":
        d = re.search(r"\d{2,10}", value)
        c = reg.by_number(d.group(0)) if d else None
        return f"reg:{c['customer_number']}" if c else f"no:{d.group(0) if d else value}"
    name = re.split(r"\s*\(|,\s|;\s|\s[–—-]\s|\s{2,}", value, maxsplit=1)[0]
    found = reg.by_name(name)
    return f"reg:{found[0]['customer_number']}" if len(found) == 1 else f"name:{norm_name(name)}"


def _cuts(body: list[tuple[int, str]], ctx: TextContext) -> list[_Mention]:
    """Where each customer's block begins (empty when the body names fewer than two customers)."""
    lines = [m for k, (_n, t) in enumerate(body) if t.strip() and (m := _line_mention(t, k, ctx) or _row(body, k, ctx))]
    if sum(1 for m in lines if m.name) == 1:    # "1. Oy X Ab – 4 h / 2. Baltic Geo Services – 2 days"
        lines = _like_items(body, lines, ctx, min_named=1)
    if len({m.key for m in lines if m.key}) >= 2 or sum(m.field == "heading" for m in lines) >= 2:
        return _starts(body, _like_items(body, lines, ctx), by_line=True)
    inline = [m for k, (_n, t) in enumerate(body) if t.strip() and len(split_text_row(t)) < 3
              for m in _mentions_in(t, k, ctx)]   # a table row's customers are the table reader's
    if len({m.key for m in inline if m.key}) < 2:
        return []
    return _starts(body, inline, by_line=False)


def _row(body: list[tuple[int, str]], k: int, ctx: TextContext) -> _Mention | None:
    """A headerless table row opening with its customer (intake.extract.row_customers)."""
    r = row_customer(body, k, ctx)
    return _Mention(k, 0, r[0], "customer_name", _key(r[1], "customer_name", ctx), name=r[1]) if r else None


def _like_items(body: list[tuple[int, str]], mentions: list[_Mention], ctx: TextContext,
                min_named: int = 2) -> list[_Mention]:
    """In a list whose items open with their customer ("• Sjöbo Vattenråd – …", "• Nordkap Analys AB – …"), an
    item of the same shape naming someone the register does not know ("• Ekeby Gård – …") opens a block of its
    own (a new customer, asked for), never more lines of the item above; an item opening with an article's name
    ("• Fältdag – 2 dagar") does not. With one item known as a customer (min_named=1) the others must be named
    by two or more capitalised words ("2. Baltic Geo Services – …"), a single word being as likely an item."""
    if sum(1 for m in mentions if m.name) < min_named:
        return mentions
    taken = {m.idx for m in mentions}
    shapes = {_item_shape(body[m.idx][1]) for m in mentions if m.name}   # a sub-item ("   - Resor – …") differs
    out = list(mentions)
    for k, (_n, t) in enumerate(body):
        head = _LIST_RE.match(t)
        if head is None or k in taken or _item_shape(t) not in shapes:
            continue
        m = _ITEM_NAME_RE.match(t, head.end())
        if m and not _article_words(m.group("n"), ctx) and not split_label(t[head.end():], ctx.hints) and (
                min_named >= 2 or len(m.group("n").split()) >= 2):
            out.append(_Mention(k, 0, m.end("n"), "customer_name", _key(m.group("n"), "customer_name", ctx),
                                name=m.group("n")))
    return sorted(out, key=lambda m: (m.idx, m.pos))


def _item_shape(t: str) -> tuple[int, str]:
    """A list item's indentation and marker kind ("•", "-", a number): items of one list share it."""
    m = re.match(r"^(\s*)(\S)", t)
    if not m:
        return (0, "")
    return (len(m.group(1).expandtabs(4)), "1" if m.group(2).isdigit() else m.group(2))


def _article_words(name: str, ctx: TextContext) -> bool:
    """A name whose first word is (the stem of) a register article's first word: an item, not a customer."""
    first = name.split()[0].casefold()
    codes = ctx.registry.article_codes(ctx.agency_code)
    arts = [str((ctx.registry.article(ctx.agency_code, c) or {}).get("name") or "").casefold() for c in codes]
    return any(a.split() and first[:5] == a.split()[0].strip(",")[:5] for a in arts)


def _starts(body: list[tuple[int, str]], mentions: list[_Mention], by_line: bool) -> list[_Mention]:
    """The mentions that open a block: a different customer after content (or after the same kind of field)."""
    starts: list[_Mention] = []
    fields: set[str] = set()
    keys: set[str] = set()
    prev: _Mention | None = None
    for m in mentions:
        if m.field == "customer_or_person" and keys:
            continue    # "Tilaaja: Anna Sjöberg" below a named customer is its reference (label_fields)
        attached = (prev is not None and not by_line and m.field == "org_no" and prev.idx == m.idx
                    and 0 <= m.pos - prev.end <= _ATTACH and prev.field != "org_no")
        content = prev is not None and (not by_line or m.idx == prev.idx or any(
            body[k][1].strip() for k in range(prev.idx + 1, m.idx))
            or len(body[prev.idx][1][prev.end:].strip(" :–-")) > 3)   # "1) Org.nr …: rådgivning (2100), 4 tim"
        new = not starts or m.field == "heading" or (
            not attached and m.key not in keys and bool(keys) and (m.field in fields or content))
        if new and m.key and m.key in keys:
            new = False
        if new:
            starts.append(m)
            fields, keys = set(), set()
        if attached and prev is not None and prev.key in keys and m.key:
            keys.add(m.key)
        fields.add(m.field)
        if m.key:
            keys.add(m.key)
        prev = m
    return starts if len(starts) >= 2 else []


def _paragraph_start(body: list[tuple[int, str]], idx: int, floor: int) -> int:
    """The first line of the paragraph holding line `idx`, not above `floor` nor above an intro line ("…:")."""
    k = idx
    while (k - 1 >= floor and body[k - 1][1].strip() and not body[k - 1][1].rstrip().endswith(":")
           and not _HEADING_RE.match(body[k][1])):
        k -= 1
    return k


def _cut(seg: Segment, body: list[tuple[int, str]], starts: list[_Mention]) -> tuple[Segment, list[Segment]]:
    """The preamble and one sub-segment per block; a block begins at its line's paragraph (line mentions) or at
    the mention itself (in running text)."""
    points: list[tuple[int, int]] = []
    floor = 0
    for m in starts:
        idx = _paragraph_start(body, m.idx, floor) if m.whole_line else m.idx
        points.append((idx, m.pos if idx == m.idx else 0))
        floor = m.idx + 1
    pieces: list[list[tuple[int, str]]] = [[] for _ in range(len(points) + 1)]
    for k, (n, t) in enumerate(body):
        bounds = [(j + 1, p) for j, (i, p) in enumerate(points) if i == k]
        owner = sum(1 for i, _p in points if i < k)
        last = 0
        for j, p in bounds:
            if t[last:p].strip():
                pieces[owner].append((n, t[last:p]))
            owner, last = j, p
        pieces[owner].append((n, t[last:]))
    blocks = [replace(seg, lines=pc, sig_start=None) for pc in pieces[1:]]
    return replace(seg, lines=pieces[0], sig_start=None), blocks


def split_customers(seg: Segment, ctx: TextContext, read: ReadBlock) -> tuple[Segment, list[Fragment]]:
    """(the part still to read as the request's own text, one fragment per customer block and their tables). A
    body naming fewer than two customers, or whose blocks give fewer than two customers lines, is not split."""
    body = seg.body()
    starts = _cuts(body, ctx)
    if not starts:
        return seg, []
    pre, blocks = closing_for_all(*_cut(seg, body, starts))   # "Allt utfört 19–21.11.2027." after the last block
    read_blocks = [read(b) for b in blocks]
    mains = [r[0] for r in read_blocks]
    for m, frag, b in zip(starts, mains, blocks):
        if m.name and not frag.customer.has_identity():
            frag.customer.name = m.name
            frag.customer.where["name"] = Where(ctx.part, line=b.lines[0][0], rule="list:name", how="stated")
    if give_the_named_article(pre, mains, read):   # "Två fakturor för skolskjuts (SK30): 1) A … 2) B …"
        pre = replace(pre, lines=[])
    elif not any(m.lines for m in mains) and (_share(pre, blocks, mains, ctx, read) or
                                            share_divided_whole(pre, blocks, mains, ctx, read)):
        pre = replace(pre, lines=[])
    _same_as_before(blocks, mains, ctx)
    if sum(1 for m in mains if m.lines) < 2:
        return seg, []
    pre = without_divided_whole(pre, mains, read)   # "LH30 …, 8 tim. Delas 50 % vardera: A 4 tim, B 4 tim"
    pre.lines = pre.lines + seg.signature()
    pre.sig_start = len(pre.lines) - len(seg.signature()) if seg.signature() else None
    return pre, [f for r in read_blocks for f in r]


def _share(pre: Segment, blocks: list[Segment], mains: list[Fragment], ctx: TextContext, read: ReadBlock) -> bool:
    """The preamble's one line (an article, no count) given to every block with that block's own count."""
    if not pre.lines:
        return False
    shared = read(pre)[0]
    if len(shared.lines) != 1 or shared.lines[0].quantity is not None:
        return False
    proto = shared.lines[0]
    counts = [read_quantity(" ".join(t for _n, t in b.lines), ctx) for b in blocks]
    if any(q is None for q, _s, _r in counts):
        return False
    give_each_its_count(proto, shared, mains, blocks, [q for q, _s, _r in counts], ctx, "prose:count")
    return True


_SAME_RE = re.compile(r"(?i)\b(?:samma|likadan\w*|same|sama\w*|saman\w*|vastaava\w*)\b")


def _same_as_before(blocks: list[Segment], mains: list[Fragment], ctx: TextContext) -> None:
    """"Fakturera även B för samma kurs, 2 deltagare": a block with a count but no article of its own that says
    "the same" gets the previous block's one line with its own count; the article is inferred (never straight
    through without a clerk)."""
    for k in range(1, len(mains)):
        prev, frag, text = mains[k - 1], mains[k], " ".join(t for _n, t in blocks[k].lines)
        if frag.lines or len(prev.lines) != 1 or not _SAME_RE.search(text):
            continue
        q, _s, _r = read_quantity(text, ctx)
        if q is None:
            continue
        li = replace(prev.lines[0], where=dict(prev.lines[0].where), quantity=q, period=None)
        li.where.pop("period", None)
        line = blocks[k].lines[0][0]
        li.where["quantity"] = Where(ctx.part, line=line, rule="prose:count", how="stated")
        li.where["article"] = Where(ctx.part, line=line, rule="same_as_before", how="inferred")
        frag.lines = [li]


def mark_orphans(doc: Fragment, blocks: list[Fragment], part: str) -> None:
    """Lines read outside every customer block of a split body: whose they are is a guess (`split_uncertain`)."""
    if not blocks or doc.customer.has_identity():
        return
    for li in doc.lines:
        line = next((w.line for w in li.where.values() if w.line is not None), None)
        li.where["customer"] = Where(part, line=line, rule="split_uncertain", how="inferred")
