"""HTML mail to plain text that the text extractors understand.

Outlook and Gmail send HTML-only mail; tables become pipe rows (`| a | b |`) so the same table reader handles
plain-text and HTML tables, list items become `- ` lines, and entities/nbsp are resolved.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from bs4 import BeautifulSoup, NavigableString, PageElement, Tag

from .html_tables import table_grid, table_text

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote",
          "section", "article", "header", "footer", "pre", "hr", "dt", "dd"}


def html_to_text(html: str) -> str:
    """Readable text with one line per block, tables as pipe rows and quoted blocks prefixed with '> '."""
    try:
        soup = BeautifulSoup(html, "lxml")
    except Exception:
        soup = BeautifulSoup(html, "html.parser")
    for bad in soup(["script", "style", "head", "title", "meta", "xml"]):
        bad.decompose()
    for table in soup.find_all("table"):
        if table.find("table"):
            continue  # layout table around real content: let inner content flow
        table.replace_with(NavigableString("\n" + table_text(table) + "\n"))  # intake.extract.html_tables
    for bq in soup.find_all("blockquote"):
        inner = _render(bq)
        bq.replace_with(NavigableString("\n" + "\n".join("> " + ln for ln in inner.splitlines()) + "\n"))
    return _render(soup)


def _render(node: Tag) -> str:
    out: list[str] = []

    def walk(n: PageElement) -> None:
        if isinstance(n, NavigableString):
            out.append(str(n))
            return
        if not isinstance(n, Tag):
            return
        name = n.name or ""
        if name == "br":
            out.append("\n")
            return
        if name in _BLOCK:
            out.append("\n")
        if name == "li":
            out.append("- ")
        for c in n.children:
            walk(c)
        if name in _BLOCK:
            out.append("\n")

    walk(node)
    text = "".join(out).replace("\u00a0", " ").replace("\r", "")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() if not ln.lstrip().startswith("|") else ln.strip()
             for ln in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


PLACEHOLDER_RE = re.compile(
    r"(?i)(?:html[- ]?(?:version|versionen|format|formatet|muodossa|muotoinen|-?versio)|\\bin html\\b|"
    r"innehåller html|sisältää html|view (?:this|the) (?:message|e-?mail) in (?:a|your) (?:web )?browser|"
    r"öppna (?:det|meddelandet) i en webbläsare|avaa viesti selaimessa|html[- ]compatible|"
    r"does not support html|stöder inte html|ei tue html|se html|see html|katso html|som html|as html|html-näkymä)")


def poorer_than_html(plain: str, html: Callable[[], str]) -> bool:
    """Whether a plain-text alternative is only a placeholder for the HTML part: it says so ("This message is in
    HTML", "Se HTML-versionen"), or it is short and the HTML carries far more figures (the data is only there).
    The HTML is rendered only for a short plain text, to keep the common case cheap."""
    short = plain.strip()
    if _SHORT_LINES_RE.search(short) and _flattens_tables(short, html()):
        return True  # a rendering of the HTML's table: the HTML keeps the cells (see _flattens_tables)
    if len(short) > 600:
        return False
    if PLACEHOLDER_RE.search(short) and len(short) < 300:
        return True
    rendered = html_to_text(html())
    if len(short) < 60 and len(rendered) > 3 * len(short) + 40:
        return True  # a one-liner beside a whole HTML message ("See HTML.", "Underlag nedan")
    digits = sum(ch.isdigit() for ch in short)
    return sum(ch.isdigit() for ch in rendered) >= 2 * digits + 12 and len(rendered) > 2 * len(short)


#: four short lines in a row (blank lines between them allowed): how a table looks once each cell is a paragraph
_SHORT_LINES_RE = re.compile(r"(?m)(?:^[^\n]{1,60}\n+){3}^[^\n]{1,60}$")


def _flattens_tables(plain: str, html_src: str) -> bool:
    """Whether the plain text is a rendering of an HTML table (two rows and two columns at least): every cell on
    a line of its own (Outlook) or each row's cells on one line (Gmail, Apple Mail, fixed-width), bold marks
    ('*Kund*') aside. The HTML is then the original: its cells keep which value belongs to which label or column,
    which a rendering loses (cells one per line) or keeps only by alignment (spaces that a wrap or a long cell
    shifts)."""
    if "<td" not in html_src.lower():
        return False
    try:
        soup = BeautifulSoup(html_src, "lxml")
    except Exception:
        return False
    lines = [t for ln in plain.splitlines() if (t := _plain_cell(ln))]
    for table in soup.find_all("table"):
        if table.find("table"):
            continue
        grid = [[_plain_cell(c) for c in r if _plain_cell(c)] for r in table_grid(table)]
        grid = [r for r in grid if r]
        if len(grid) < 2 or max(len(r) for r in grid) < 2:
            continue
        cells = [c for r in grid for c in r]
        rows = [" ".join(r) for r in grid]
        body = rows[1:] if len(rows) >= 3 else []   # the rows without the header line the text left out
        if any(_contains(lines, seq) for seq in (cells, rows, body) if len(seq) >= 2 and sum(map(len, grid)) >= 4):
            return True
    return False


def _plain_cell(text: str) -> str:
    return " ".join(text.split()).strip("*_ ")


def _contains(lines: list[str], seq: list[str]) -> bool:
    n = len(seq)
    return any(lines[i:i + n] == seq for i in range(len(lines) - n + 1))
