"""A layout-aware PDF reader: tables and labelled blocks from the positioned words, not from a flattened text.

Words are grouped into lines (by their vertical position) and each line into chunks (words closer than a wide
space). A line whose chunks name a line-table header starts a table; its columns are the header chunks, and each
following chunk goes to the column it overlaps. A table row is a line with a value in a key column (article,
quantity, price, amount, customer number, org number); lines with text only (a wrapped description, a wrapped
period) belong to the row they are nearest to when the table centres its cells vertically, else to the row above.
A table ends at a sum row, a wide vertical gap, text left of the table, or a labelled line. Ruled tables come
from pdfplumber's `find_tables` (cells intact). A table that continues on the next page with the same header is
one table (the repeated header is not a row). What is not a table is read by `pdf_labels`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .columns import map_header, norm_header
from .model import Fragment, Where
from .pdf import PdfPage
from .pdf_heading_date import date_table_lines
from .pdf_labels import labelled_pairs, labelled_text
from .pdf_lines import Chunk, Line, page_lines
from .table_cells import is_sum_cell
from .tables import rows_to_fragments
from .text import read_text
from .text_context import TextContext

_KEY_FIELDS = {"article", "quantity", "unit_price", "amount", "customer_number", "org_no"}


#: one line of a table body: the line, its text per column, its page
BodyLine = tuple[Line, list[str], int]


@dataclass
class _PdfTable:
    page: int
    header: list[str]
    rows: list[list[str]]
    row_pages: list[int]
    body: list[BodyLine] = field(default_factory=list)     # unruled tables: rows are built after page merging
    keys: set[int] = field(default_factory=set)
    top: float = 0.0                                          # where the header stands on its page
    cols: list[Chunk] = field(default_factory=list)           # unruled: the header's chunks (column places)
    open_end: bool = False                                    # unruled: runs to the foot of its page

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(norm_header(h) for h in self.header)

    @property
    def last_page(self) -> int:
        return self.body[-1][2] if self.body else (self.row_pages[-1] if self.row_pages else self.page)


def _column(ch: Chunk, cols: list[Chunk]) -> int:
    """The header column a chunk belongs to: most overlap, else the column it starts in."""
    best, best_ov = -1, 0.0
    for j, h in enumerate(cols):
        ov = min(ch.x1, h.x1) - max(ch.x0, h.x0)
        if ov > best_ov:
            best, best_ov = j, ov
    if best >= 0:
        return best
    # between headers: the column it starts in (text is left-aligned; a right-aligned number overlaps its header)
    return max((j for j, h in enumerate(cols) if h.x0 <= ch.x0 + 1), default=0)


def _ends_table(ln: Line, prev: Line, cols: list[Chunk]) -> bool:
    first = ln.chunks[0]
    return (ln.top - prev.bottom > 2.2 * ln.size or first.x0 < cols[0].x0 - 3 * ln.size
            or bool(re.match(r"^[^\d:]{2,40}:\s*\S", first.text) and len(ln.chunks) == 1)
            or map_header([c.text for c in ln.chunks]) is not None)


def _blocks(body: list[BodyLine]) -> list[list[int]]:
    """Consecutive lines closer than the table's row gap (a cell's wrapped lines); a page break ends a block."""
    gaps = [b[0].top - a[0].bottom for a, b in zip(body, body[1:]) if a[2] == b[2]]
    thr = (min(gaps) + 0.3 * body[0][0].size) if gaps else 0.0
    blocks: list[list[int]] = []
    for k, (ln, _, page) in enumerate(body):
        if blocks and body[k - 1][2] == page and ln.top - body[k - 1][0].bottom <= thr:
            blocks[-1].append(k)
        else:
            blocks.append([k])
    return blocks


def _owners(body: list[BodyLine], starts: list[int]) -> dict[int, int]:
    """Which row (its key line) each body line belongs to. Rows set apart by padding: the block's key line; a
    block without one at the top of a continuation page: the row split by the page break. Without padding:
    the nearest key line when the table centres its cells vertically, else the key line above."""
    blocks = _blocks(body)
    owner: dict[int, int] = {}
    if all(sum(1 for k in blk if k in starts) <= 1 for blk in blocks):
        for n, blk in enumerate(blocks):
            own = next((k for k in blk if k in starts), None)
            if own is None:
                split = n > 0 and body[blk[0]][2] != body[blocks[n - 1][-1]][2]
                above = [s for s in starts if s < blk[0]]
                own = above[-1] if split and above else _nearest(body, starts, blk[0])
            owner.update(dict.fromkeys(blk, own))
        return owner
    centred = starts[0] > 0
    for k in range(len(body)):
        above = [s for s in starts if s <= k]
        owner[k] = _nearest(body, starts, k) if centred and body[k][2] == body[starts[0]][2] or not above \
            else above[-1]
    return owner


def _nearest(body: list[BodyLine], starts: list[int], k: int) -> int:
    """The key line on the same page closest to line k (vertical centres), else the first key line."""
    ln, _, page = body[k]
    same = [s for s in starts if body[s][2] == page] or starts
    mid = (ln.top + ln.bottom) / 2
    return min(same, key=lambda s: (abs((body[s][0].top + body[s][0].bottom) / 2 - mid), s))


def body_rows(body: list[BodyLine], keys: set[int]) -> tuple[list[list[str]], list[int]]:
    """Lines (with cells per column) → rows and their pages: key lines start rows, the rest join one."""
    starts = [k for k, (_, cells, _) in enumerate(body) if any(cells[j] for j in keys)]
    if not starts:
        return [], []
    owner = _owners(body, starts)
    rows = {s: [""] * len(body[s][1]) for s in starts}
    for k in sorted(owner):
        row = rows[owner[k]]
        for j, txt in enumerate(body[k][1]):
            if txt:
                row[j] = f"{row[j]} {txt}".strip()
    return [rows[s] for s in starts], [body[s][2] for s in starts]


_FURNITURE_RE = re.compile(r"(?i)^\s*(?:sida|sivu|page|s\.)?\s*\d{1,3}\s*(?:(?:/|av|of|\()\s*\d{1,3}\)?)?\s*$")


def _furniture(ln: Line) -> bool:
    """A page number or similar line at the foot or head of a page ("Sida 1 av 2", "2/3")."""
    return bool(_FURNITURE_RE.match(ln.text))


def _cells(ln: Line, cols: list[Chunk]) -> list[str]:
    cells = [""] * len(cols)
    for ch in ln.chunks:
        k = _column(ch, cols)
        cells[k] = f"{cells[k]} {ch.text}".strip()
    return cells


def _continue(t: _PdfTable, page: int, rest: list[Line], before: float) -> list[Line]:
    """Lines at the head of the next page that carry on a table without repeating its header (they stand in its
    columns, the first with a value in a key column); returns the lines left for the text."""
    size = t.body[0][0].size if t.body else 10.0
    left, right = t.cols[0].x0 - 2 * size, max(c.x1 for c in t.cols) + 3 * size
    k = 0
    while k < len(rest) and _furniture(rest[k]):
        k += 1
    fitting: list[BodyLine] = []
    for ln in rest[k:]:
        if ln.top >= before or ln.chunks[0].x0 < left or ln.chunks[-1].x1 > right or \
                re.match(r"^[^\d:]{2,40}:\s*\S", ln.chunks[0].text) or is_sum_cell(ln.chunks[0].text):
            break
        fitting.append((ln, _cells(ln, t.cols), page))
    if not any(cells[j] for _, cells, _ in fitting for j in t.keys):
        return rest
    t.body.extend(fitting)
    return rest[:k] + rest[k + len(fitting):]


def unruled_tables(lines: list[Line], page: int) -> tuple[list[_PdfTable], set[int]]:
    """Tables found in the lines of one page, and the indexes of the lines they consumed."""
    tables: list[_PdfTable] = []
    used: set[int] = set()
    i = 0
    while i < len(lines):
        mapping = map_header([c.text for c in lines[i].chunks]) if len(lines[i].chunks) >= 2 else None
        if not mapping:
            i += 1
            continue
        cols = lines[i].chunks
        keys = {j for j, f in mapping.items() if f in _KEY_FIELDS}
        body: list[BodyLine] = []
        used.add(i)
        j = i + 1
        while j < len(lines) and not _ends_table(lines[j], lines[j - 1], cols):
            if is_sum_cell(lines[j].chunks[0].text):
                used.add(j)
                j += 1
                break
            body.append((lines[j], _cells(lines[j], cols), page))
            used.add(j)
            j += 1
        tables.append(_PdfTable(page, [c.text for c in cols], [], [], body, keys, lines[i].top, cols,
                                all(_furniture(ln) for ln in lines[j:])))
        i = j
    return tables, used


def _ruled(p: PdfPage) -> tuple[list[_PdfTable], list[tuple[float, float, float, float]]]:
    """Ruled line tables (a header row among the first five) and their boxes; other ruled tables (a customer
    block drawn as a label/value grid) stay with the labelled text."""
    out, boxes = [], []
    for n, tb in enumerate(p.tables):
        for k, r in enumerate(tb[:5]):
            if map_header(r):
                box = p.table_boxes[n] if n < len(p.table_boxes) else (0.0, 0.0, 0.0, 0.0)
                out.append(_PdfTable(p.number, r, tb[k + 1:], [p.number] * len(tb[k + 1:]), top=box[1]))
                boxes.append(box)
                break
    return out, boxes


def _inside(ln: Line, boxes: list[tuple[float, float, float, float]]) -> bool:
    return any(b[1] - 1 <= ln.top and ln.bottom <= b[3] + 1 and b[0] - 1 <= ln.chunks[0].x0
               and ln.chunks[-1].x1 <= b[2] + 1 for b in boxes)


def _page_parts(p: PdfPage) -> tuple[list[_PdfTable], list[Line]]:
    """A page's line tables (ruled, then unruled) and the lines outside them."""
    lines = page_lines(p.words)
    ruled, boxes = _ruled(p)
    free = [ln for ln in lines if not _inside(ln, boxes)]
    unruled, used = unruled_tables(free, p.number)
    return ruled + unruled, [ln for k, ln in enumerate(free) if k not in used]


def _has_key(row: list[str], header: list[str]) -> bool:
    mapping = map_header(header) or {}
    return any(j < len(row) and row[j].strip() for j, f in mapping.items() if f in _KEY_FIELDS)


def _merge_pages(tables: list[_PdfTable]) -> list[_PdfTable]:
    """A table continuing on the next page under the same header is one table."""
    out: list[_PdfTable] = []
    for t in tables:
        prev = out[-1] if out else None
        if prev is not None and t.page == prev.last_page + 1 and prev.key == t.key and \
                bool(prev.body) == bool(t.body):
            if t.rows and prev.rows and not _has_key(t.rows[0], t.header):   # a row split by the page break
                first = t.rows.pop(0)
                t.row_pages.pop(0)
                prev.rows[-1] = [f"{a} {b}".strip() for a, b in zip(prev.rows[-1], first)]
            prev.rows.extend(t.rows)
            prev.row_pages.extend(t.row_pages)
            prev.body.extend(t.body)
            continue
        out.append(t)
    for t in out:
        if t.body:
            t.rows, t.row_pages = body_rows(t.body, t.keys)
    return out


def _sections(pages: list[PdfPage]) -> tuple[list[_PdfTable], list[tuple[int, float, list[Line]]]]:
    """The line tables (merged across pages) and the text between them: (page, top, lines) per stretch of text
    in reading order, a new stretch after each table."""
    tables: list[_PdfTable] = []
    texts: list[tuple[int, float, list[Line]]] = []
    open_t: _PdfTable | None = None
    for p in pages:
        found, rest = _page_parts(p)
        if open_t is not None and open_t.body and open_t.body[-1][2] == p.number - 1:
            rest = _continue(open_t, p.number, rest, min((t.top for t in found), default=1e9))
        last = max(found, key=lambda t: t.top, default=None)
        if last is not None:
            open_t = last if last.open_end else None
        elif not all(_furniture(ln) for ln in rest):
            open_t = None
        tables.extend(found)
        cuts = sorted(t.top for t in found)
        for ln in rest:
            n = sum(1 for c in cuts if c < ln.top)
            if texts and texts[-1][0] == p.number and sum(1 for c in cuts if c < texts[-1][1]) == n:
                texts[-1][2].append(ln)
            else:
                texts.append((p.number, ln.top, [ln]))
    return _merge_pages(tables), texts


def pdf_fragments(pages: list[PdfPage], label: str, ctx: TextContext) -> list[Fragment]:
    """Tables (merged across pages) and the labelled text of a PDF attachment, as fragments. When the text
    names a customer, a table without customer columns belongs to the customer block above it."""
    tables, texts = _sections(pages)
    width = pages[0].width if pages else 595.0
    placed: list[tuple[tuple[int, float], Fragment]] = []
    for number, top, lines in texts:
        for f in read_text(labelled_text(lines, width), replace(ctx, part=label)):
            for li in f.lines:
                for w in li.where.values():
                    w.page = w.page or number
            placed.append(((number, top), f))
    named = [(pos, f) for pos, f in placed if f.customer.has_identity()]
    out = [f for _, f in placed]
    for t in tables:
        fr, _, _ = rows_to_fragments([t.header, *t.rows], label, ctx.year, row_base=0, page=t.page,
                                     registry=ctx.registry, hints=ctx.hints)
        _fix_pages(fr, t)
        above = [f for pos, f in named if pos < (t.page, t.top)]
        for f in fr:
            if above and not f.customer.has_identity():
                above[-1].lines.extend(f.lines)      # this customer block's own table
            else:
                out.append(f)
    date_table_lines(out, "\n".join(labelled_text(lines, width) for _n, _t, lines in texts), label, ctx.year)
    return out


def _fix_pages(frags: list[Fragment], t: _PdfTable) -> None:
    """Provenance: the page each row was on (rows are numbered from 1 below the header)."""
    for f in frags:
        wheres: list[Where] = [w for li in f.lines for w in li.where.values()] + list(f.customer.where.values())
        for w in wheres:
            if w.row is not None and 1 <= w.row <= len(t.row_pages):
                w.page = t.row_pages[w.row - 1]


def pdf_label_pairs(pages: list[PdfPage], part: str) -> list[tuple[str, str, Where]]:
    """Every (label, value, where) pair of a PDF's labelled blocks outside its tables, for the label reader:
    values without dot leaders, the label itself, or the neighbouring form column."""
    out: list[tuple[str, str, Where]] = []
    for p in pages:
        _, rest = _page_parts(p)
        out.extend((label, value, w) for _, _, label, value, w in labelled_pairs(rest, p.width, part, p.number)
                   if value is not None)
    return out
