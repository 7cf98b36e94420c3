"""The period of lines read from an attached file (CSV, XLSX, PDF) that carry none of their own.

Why: other systems export the lines and the sender says what they are for in the covering mail ("provtagning
vid Åseda deponi i november 2026", "koulutus 25.11.2026 Porvoossa"), or the workbook says it in a sheet's
name ("Juli", "Lokakuu"). The contract applies a period stated once to every line; a request's period comes
from, strongest first: the file's own column, the file's own heading (a sheet named by a month), the mail's
statement for all lines. When the file's period and the mail's disagree, neither is taken on trust: the
request goes to a clerk (`review`). Periods are never asked (they are no question path of the contract).
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import DateSpan, find_dates
from .html import html_to_text
from .mime import Mail
from .model import Fragment, LineItem, Where
from .quoting import content_text
from .text_context import TextContext

Period = tuple[dt.date, dt.date]

#: what a date right after these words is not: a due day, an invoice's or a price list's date, an agreement's or
#: an offer's, a colleague's absence, an export's run date
NOT_SERVICE_BEFORE_RE = re.compile(
    r"(?i)\b(?:senast|förfall\w*|due|eräpäivä\w*|viimeistään|betal\w*|pay\w*|maksu\w*|faktura(?:datum|dag)|"
    r"laskun? ?päivä\w*|invoice date|dated|daterad|päivätty|prislista\w*|price list|hinnasto\w*|gäller från|"
    r"valid from|voimassa|avtal\w*|offert\w*|sopimu\w*|tarjou\w*|agreement|contract|quot\w*|\w*ledig\w*|"
    r"semester\w*|\w*loma\w*|poissa|leave|holiday|vacation|export\w*|skickad\w*|skickat|sent|lähetet\w*|"
    r"sedan|since)\W{0,3}(?:\w+\W{1,3}){0,2}$")
_FILE_PART = "attachment:"


def cover_text(mail: Mail) -> str:
    """The covering mail's own text (its plain part, else its HTML as text)."""
    texts = [p.text or "" for p in mail.parts if not p.is_attachment and p.kind == "text"]
    if any(t.strip() for t in texts):
        return "\n\n".join(texts)
    return "\n\n".join(html_to_text(p.text or "") for p in mail.parts if not p.is_attachment and p.kind == "html")


def _file_part(li: LineItem) -> str | None:
    """The attachment a line was read from (`attachment:name` or `attachment:book.xlsx!Sheet`), else None."""
    w = li.where.get("article") or li.where.get("quantity") or li.where.get("description")
    return w.part if w and w.part.startswith(_FILE_PART) else None


def sheet_period(part: str, ctx: TextContext) -> Period | None:
    """A sheet named by nothing but a month, a quarter or a range ("Juli", "Lokakuu 2026", "Q3"): its period."""
    if "!" not in part:
        return None
    title = part.rsplit("!", 1)[1]
    ds = find_dates(title, ctx.year, ctx.on)
    if len(ds) != 1 or ds[0].kind == "single" or re.sub(r"\W", "", title[:ds[0].start] + title[ds[0].end:]):
        return None
    return ds[0].first, ds[0].last


#: a sheet's row that states the period of its lines, above or below the table: "Period: 1.5–30.9.2026",
#: "Säsong | 2026-05-01–2026-09-30", "Kausi: touko–syyskuu 2026", "Billing period: October 2026"
_PERIOD_ROW_RE = re.compile(r"(?i)^\s*(?:(?:fakturerings|debiterings|laskutus|billing\s+|service\s+)?"
                            r"(?:period(?:en)?|tidsperiod(?:en)?|kausi|jakso|ajanjakso)|säsong(?:en)?|season|"
                            r"avser|gäller|koskee|ajalta|for the period)\b\s*[:.–-]?\s*")


def row_period(rows: list[list[str]], ctx: TextContext) -> Period | None:
    """The one period a row of a sheet states under a period label and nothing else ("Period: 1.5–30.9.2026"
    under the rows): the contract applies a period stated once to every line. Two such rows disagreeing: none."""
    found: set[Period] = set()
    for r in rows:
        cells = [c.strip() for c in r if c and c.strip()]
        text = " ".join(cells)
        m = _PERIOD_ROW_RE.match(text) if 0 < len(cells) <= 2 else None
        if not m:
            continue
        rest = text[m.end():]
        ds = find_dates(rest, ctx.year, ctx.on)
        if len(ds) == 1 and not re.sub(r"\W", "", rest[:ds[0].start] + rest[ds[0].end:]):
            found.add((ds[0].first, ds[0].last))
    return found.pop() if len(found) == 1 else None


def cover_period(mail: Mail, ctx: TextContext) -> Period | None:
    """The one period the covering mail's newest text states (a day, a range, a month, a week, a quarter), or
    None when it states none or several. Due days, invoice, price-list, agreement and absence dates are none."""
    text = content_text(cover_text(mail), ctx)
    found: set[Period] = set()
    for d in find_dates(text, ctx.year, ctx.on):
        if NOT_SERVICE_BEFORE_RE.search(text[max(0, d.start - 40):d.start]) or _year_only(d, text) or \
                _bare_month(d, text):
            continue
        found.add((d.first, d.last))
    if len(found) != 1:
        return None
    return found.pop()


#: what makes a month without a year a time ("i oktober", "in October", "för november", "lokakuussa", "syyskuulta")
_MONTH_CUE_BEFORE_RE = re.compile(r"(?i)\b(?:i|in|för|for|under|during|avser|gäller|koskee|ajalta|ajalla|aikana|"
                                  r"per|of|month of|månaden|kuukauden)\s+$")
_LOCATIVE_END_RE = re.compile(r"(?i)(?:ssa|ssä|lta|ltä|lla|llä|sta|stä)$")


def _bare_month(d: DateSpan, text: str) -> bool:
    """A month without a year and without a word that makes it a time ("huhtikuun kulut", April's costs): a
    month named as an attribute of something, too weak to date another part's lines."""
    said = text[d.start:d.end]
    if d.kind != "month" or re.search(r"\d{4}", said):
        return False
    return not (_MONTH_CUE_BEFORE_RE.search(text[max(0, d.start - 14):d.start]) or _LOCATIVE_END_RE.search(said))


def _year_only(d: DateSpan, text: str) -> bool:
    return bool(re.fullmatch(r"\s*\d{4}\s*", text[d.start:d.end]))


def _overlap(a: Period, b: Period) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def apply_file_periods(frags: list[Fragment], mail: Mail, ctx: TextContext) -> list[str]:
    """Give the file's lines without a period the sheet's month, else the mail's one stated period (not to a
    file with a period column: a cell left empty there is the file's word). Returns why
    a clerk must look: the file dates its lines (columns, sheet names) and not one of them meets the period the
    mail states — one of the two is wrong. A mail's week that a line's month overlaps is no disagreement (the
    mail often names the batch: "underlag för vecka 44")."""
    file_lines = [(li, part) for f in frags for li in f.lines if (part := _file_part(li))]
    if not file_lines:
        return []
    for li, part in file_lines:
        if li.period is None and (per := sheet_period(part, ctx)):
            li.set_period(per, Where(part, rule="sheet name", how="stated"))
    stated = next((f.period for f in frags if f.period and f.source == ctx.part), None) or cover_period(mail, ctx)
    if stated is None:
        return []
    own = [(li.period, part) for li, part in file_lines if li.period is not None]
    dated = {part for li, part in file_lines if li.period and "period" in li.where and
             (li.where["period"].rule or "").startswith("table:") and li.where["period"].col and
             not (li.where["period"].rule or "").endswith("date in text")}
    for li, part in file_lines:
        if li.period is None and part not in dated:     # a period column left empty: the file says none
            li.set_period(stated, Where(ctx.part, rule="mail:period of the file's lines", how="stated"))
    if own and not any(_overlap(per, stated) for per, _part in own):
        per, part = own[0]
        return [f"the file ({part}) dates its lines {per[0].isoformat()}–{per[1].isoformat()} but the mail "
                f"states {stated[0].isoformat()}–{stated[1].isoformat()}"]
    return []
