"""HTML mail to plain text that the text extractors understand.

Outlook and Gmail send HTML-only mail; tables become pipe rows (`| a | b |`) so the same table reader handles
plain-text and HTML tables, list items become `- ` lines, and entities/nbsp are resolved.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, PageElement, Tag

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote",
          "section", "article", "header", "footer", "pre", "hr", "dt", "dd"}


def _cell_text(td: Tag) -> str:
    return " ".join(td.get_text(" ", strip=True).replace("|", "/").split())


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
        rows = []
        for tr in table.find_all("tr"):
            cells = [_cell_text(td) for td in tr.find_all(["td", "th"])]
            if any(cells):
                rows.append("| " + " | ".join(cells) + " |")
        table.replace_with(NavigableString("\n" + "\n".join(rows) + "\n"))
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
