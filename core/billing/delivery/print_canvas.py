"""The drawing primitives of the printed documents (ReportLab): page geometry, fonts, the `Drawing` a document is
laid out into (pages of drawing operations), the layout cursor, and the replay of a drawing onto a canvas - the
document's own PDF or a run's batch PDF (core.billing.delivery.print_batch). What is drawn where lives in
core.billing.delivery.print_layout.

Output is reproducible (ReportLab's invariant mode: no creation time or random id), so a document written again
after a crash has the same SHA-256. Fonts are embedded (DejaVu Sans, as the HTML asks for; ReportLab's bundled
Bitstream Vera where DejaVu is not installed).
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

MM = 72 / 25.4
PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 18 * MM, PAGE_W - 16 * MM, PAGE_H - 16 * MM, 20 * MM  # @page margins of base.html
WIDTH = RIGHT - LEFT
BLUE, INK, GREY, RULE = "#1d3f6e", "#111111", "#555555", "#cccccc"

FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF",
             "/usr/local/share/fonts")
REGULAR, BOLD, MONO = "PrintSans", "PrintSans-Bold", "PrintMono"

Op = tuple[Any, ...]


@dataclass
class Drawing:
    """One document laid out: its pages (lists of drawing operations) and its PDF metadata."""
    title: str
    author: str
    lang: str
    pages: list[list[Op]] = field(default_factory=lambda: [[]])


@lru_cache(maxsize=1)
def fonts() -> dict[str, bool]:
    """Register the fonts once per process (DejaVu Sans, else ReportLab's bundled Vera); returns which optional
    glyphs the regular face has (Vera has no narrow no-break space, which babel puts in some numbers)."""
    import reportlab
    from reportlab import rl_config

    rl_config.useA85 = 0  # binary streams: ASCII85 would make each file a quarter larger and slower to write
    found = {}
    for name, file in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf"), (MONO, "DejaVuSansMono.ttf")):
        path = next((Path(d) / file for d in FONT_DIRS if (Path(d) / file).is_file()), None)
        if path is None:
            bundled = Path(reportlab.__file__).parent / "fonts"
            path = bundled / ("VeraBd.ttf" if name == BOLD else "Vera.ttf")
        font = TTFont(name, str(path))
        pdfmetrics.registerFont(font)
        found[name] = font
    return {"narrow_nbsp": 0x202F in found[REGULAR].face.charToGlyph}


@lru_cache(maxsize=32)
def hex_color(hex_: str) -> Any:
    return HexColor(hex_)


def text_of(value: Any) -> str:
    text = "" if value is None else str(value)
    return text if fonts()["narrow_nbsp"] else text.replace("\u202f", "\u00a0")


def text_width(text: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(text, font, size)


class Pages:
    """The layout cursor: y falls down the page; `need` starts a new page when a block would not fit."""

    def __init__(self, drawing: Drawing):
        self.d = drawing
        self.y = TOP
        self.on_new_page: Any = None

    def op(self, *args: Any) -> None:
        self.d.pages[-1].append(args)

    def text(self, x: float, y: float, s: Any, size: float = 9.5, font: str = REGULAR, color: str = INK,
             align: str = "l") -> None:
        text = text_of(s)
        if text:
            self.op("t", font, size, color, x, y, text, align)

    def need(self, height: float) -> bool:
        if self.y - height >= BOTTOM or self.y == TOP:
            return False
        self.d.pages.append([])
        self.y = TOP
        if self.on_new_page:
            self.on_new_page()
        return True


def draw(c: Canvas, drawing: Drawing) -> int:
    """Replay the drawing's pages on a canvas (each page ends with showPage); returns the page count. Per page the
    rules, boxes and bars come first, then all text in one text object (nothing is drawn over text; one text object
    instead of one per string is most of ReportLab's cost saved)."""
    for ops in drawing.pages:
        for op in ops:
            kind = op[0]
            if kind == "l":
                _, x1, y1, x2, y2, width, color = op
                c.setLineWidth(width)
                c.setStrokeColor(hex_color(color))
                c.line(x1, y1, x2, y2)
            elif kind == "f":
                _, x, y, w, h, color = op
                c.setFillColor(hex_color(color))
                c.rect(x, y, w, h, stroke=0, fill=1)
            elif kind == "b":
                _, x, y, w, h, width, color = op
                c.setLineWidth(width)
                c.setStrokeColor(hex_color(color))
                c.rect(x, y, w, h, stroke=1, fill=0)
            elif kind == "bars":
                _, _x, y, h, bars = op
                c.setFillColor(hex_color("#000000"))
                path = c.beginPath()
                for bx, bw in bars:
                    path.rect(bx, y, bw, h)
                c.drawPath(path, stroke=0, fill=1)
        text = c.beginText()
        face: tuple[str, float] | None = None
        ink = None
        for op in ops:
            if op[0] != "t":
                continue
            _, font, size, color, x, y, string, align = op
            if (font, size) != face:
                face = (font, size)
                text.setFont(font, size)
            if color != ink:
                ink = color
                text.setFillColor(hex_color(color))
            if align != "l":
                width = pdfmetrics.stringWidth(string, font, size)
                x -= width if align == "r" else width / 2
            text.setTextOrigin(x, y)
            text.textOut(string)
        c.drawText(text)
        c.showPage()
    return len(drawing.pages)


def canvas(out: io.BytesIO, title: str, author: str, lang: str) -> Canvas:
    """A reproducible A4 canvas with the document's metadata (title, author, language) and compressed pages."""
    fonts()
    c = Canvas(out, pagesize=A4, invariant=1, pageCompression=1, lang=lang)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Reskontra")
    return c


def pdf(drawing: Drawing) -> bytes:
    """The drawing as a PDF of its own."""
    out = io.BytesIO()
    c = canvas(out, drawing.title, drawing.author, drawing.lang)
    draw(c, drawing)
    c.save()
    return out.getvalue()
