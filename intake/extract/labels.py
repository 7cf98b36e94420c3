"""Labelled fields: `Kund: …`, `Y-tunnus: …`, `Antal: 3`, `À-pris: 1 150 kr`.

The structured way agencies write requests. Each label (Swedish, Finnish or English synonym) names one customer
field or one field of an invoice line; consecutive item labels build up a line, and a label already filled starts
the next one.
"""
from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from .amounts import parse_amount
from .billing_terms import billing_terms
from .clause_price import find_price
from .dates import find_dates
from .form_labels import is_count_label, is_dated_range, is_service_date_label, is_weekday_date
from .identifiers import find_vat_numbers
from .label_fields import CUSTOMER_FIELDS
from .label_lists import opens_a_list
from .lexicon import NEXT_LABEL_RE, label_field, norm_label
from .measures import drop_foreign_measures, measure_value
from .model import Fragment, LineItem, Where
from .quantities import CODE_CTX_RE, find_quantity, read_quantity
from .record_dates import apply_record_date
from .tables import FIXED_PRICE_RE, parse_percent, parse_quantity
from .text_context import RequestPeriod, TextContext
from .unit_clash import drop_clashing_counts, unit_clashes

# "Kund: X", "**Kund:** X", "- Er ref: X", "Asiakas ........ X", "Viite<TAB>X", "Antal   3" (a label, then a
# colon, dot leaders, a tab or a wide gap)
_LABEL_RE = re.compile(r"^\s*(?:[-–—*•]\s*)?(?:\*\*)?(?P<label>[A-Za-zÅÄÖåäöÀàÁáÉé][\w .,/%&()'’-]{0,40}?)(?:\*\*)?"
                       r"(?P<sep>\s*:|\s*(?:\.{2,}|…+)\s*:?|\t+|\s{3,}|\s{2}(?=\S)|\s+[-–—]\s+)\s*(?P<value>\S.*)?$")
_PIPE_KV_RE = re.compile(r"^\s*\|\s*(?P<label>[^|]{2,40}?)\s*:?\s*\|\s*(?P<value>[^|]*[^|\s][^|]*?)\s*\|?\s*$")
#: a second column after a wide gap: "Norrmarks kommun        Fakturadatum: 2026-11-16"
_NEXT_COLUMN_RE = re.compile(r"(?:\s{3,}|\t+)(?=[A-ZÅÄÖa-zåäö][\w .,/-]{1,30}:)")
#: a bare date label ("Datum:", "Date:", "Päivämäärä:", "Pvm:"): a period only under a heading that names the
#: delivery or service ("Leverans", "Toimitus", "Utförande", "Delivery", "Service", "Provtagning")
_GENERIC_DATE_RE = re.compile(r"(?i)^\s*(?:datum|date|päivämäärä|pvm|dag|päivä)\s*:\s*(?P<value>\S.*)$")
_SERVICE_HEADING_RE = re.compile(r"(?i)\b(?:leverans\w*|toimitu\w*|utförande|utförd\w*|suoritu\w*|delivery|"
                                 r"service|provtagning\w*|näytteenot\w*|besök|käynti|fältarbete|maastotyö\w*)\b")
#: the LineItem attribute an item label fills (a second value for it starts a new line)
_ITEM_ATTR = {"item_description": "description", "item_quantity": "quantity", "item_price": "unit_price"}


#: a numbered label of a line's short field ("Artikel 2", "Item 2", intake.extract.numbered_labels): its value is a
#: code, a name or a number — a whole sentence after it is the line written in prose
_NUMBERED_RE = re.compile(r"\s(?:#|nr|no)?\s*[1-9]\d?\s*$")
_SHORT_FIELDS = frozenset({"item_article", "item_quantity", "item_price", "item_amount"})


def split_label(t: str, hints: dict[str, str] | None = None) -> tuple[str, str, str] | None:
    """(field, label as written, value) of a labelled line, a key/value table row (`| Er referens | Anna |`) or
    None. The value is cut where a neighbouring label begins ("Anna Berg   Ordernr: 4471" → "Anna Berg"); a label
    inside the value ("Kund: Namn: X") gives way to the inner one. The value may be "" (it is on the next line)."""
    m = _PIPE_KV_RE.match(t) if t.lstrip().startswith("|") else _LABEL_RE.match(t)
    if not m:
        return None
    label, val = m.group("label"), (m.group("value") or "").strip().strip("*").strip()
    f = label_field(label, hints)
    if f is None and val and is_service_date_label(norm_label(label)) and find_dates(val, 2000):
        f = "period"    # "Provtagningsdatum: 2026-11-11", "Koulutuspäivä 19.11.2026" (intake.extract.form_labels)
    elif f is None and val and is_count_label(norm_label(label), val):
        f = "item_quantity"     # "Osallistujia 14", "Antal deltagare: 12"
    elif f is None and val and is_weekday_date(norm_label(label), val):
        f = "period"    # "Päivä: la 30.1.2027", "Dag: tis 3.11.2026": the day of the service, told by its weekday
    elif f is None and val and is_dated_range(norm_label(label), val):
        f = "period"    # a booking's "Datum: 2026-11-30 – 2026-12-01" (a bare "Datum: 2026-12-02" is no period)
    elif f is None and val and (measured := measure_value(label, val)):
        f, val = "item_quantity", measured  # "Kesto (h): 3", "Pinta-ala (m²): 40" (intake.extract.measures)
    if not val and (not f or not m.groupdict().get("sep", "").strip().startswith((":", ".", "…"))):
        return None
    inner = _LABEL_RE.match(val) if val else None
    if inner and inner.group("sep").strip() and inner.group("value"):
        f_in = label_field(inner.group("label"), hints)
        if f_in and (f is None or f in ("customer_name", f_in)):
            f, label, val = f_in, inner.group("label"), inner.group("value").strip()
    if not f or (f.startswith("item_") and m.groupdict().get("sep", "").strip() in ("-", "–", "—")):
        return None     # "Konsultation – 3 tim" is a line, not a label; "Yhteyshenkilö – Jukka Berg" is one
    cut = NEXT_LABEL_RE.search(" " + val)
    if cut and cut.start() > 0:
        val = val[:cut.start() - 1].rstrip(" ,;")
    col = _NEXT_COLUMN_RE.search(val)
    if col and col.start() > 0:
        val = val[:col.start()]
    if f in _SHORT_FIELDS and _NUMBERED_RE.search(label) and len(val.split()) > 6:
        return None     # "Item 1: Calibration of 2 flow meters, article 1030, at the list price." is a line in prose
    if f == "customer_name" and billing_terms(label, val):
        return None     # "Fakturering: kvartalsvis", "Billing: monthly": how or when to invoice, nobody's name
    return f, label, val


# --- the reader ----------------------------------------------------------------------------------------------------
class _LabelReader:
    """Walks the labelled lines of one segment, filling the customer and building lines."""

    def __init__(self, ctx: TextContext, doc: Fragment, periods: list[RequestPeriod]) -> None:
        self.ctx = ctx
        self.cust = doc.customer
        self.periods = periods
        self.items: list[LineItem] = []
        self.consumed: set[int] = set()
        self.cur: LineItem | None = None
        self.heading: str | None = None   # the last short heading line ("Leverans / Toimitus")
        self.qty_text: dict[int, str] = {}    # a line's count label as written ("Antal: 4 timmar"), by id

    def line(self, n: int, t: str, nxt: tuple[int, str] | None = None) -> None:
        """Read line `n`; a label whose value is on the next line (`nxt`) takes that line too."""
        found = split_label(t, self.ctx.hints)
        if not found:
            dm = _GENERIC_DATE_RE.match(t)
            if dm and self.heading and _SERVICE_HEADING_RE.search(self.heading):
                self.consumed.add(n)   # "Leverans / Toimitus" … "Datum: 11.2.2027": the delivery date
                self._period(dm.group("value"), Where(self.ctx.part, line=n, rule="label:date under "
                                                      + norm_label(self.heading)[:40], how="stated"))
                return
            if t.strip() and len(t.split()) <= 6 and not re.search(r"[:\d]", t):
                self.heading = t.strip()
            self._article_heading(n, t, nxt)
            return
        f, label, val = found
        if not val:
            if nxt is None or not nxt[1].strip() or split_label(nxt[1], self.ctx.hints) or \
                    (f == "customer_name" and billing_terms(label, nxt[1])) or \
                    opens_a_list(nxt[1], self.ctx):     # "Laskutetaan:" over "- salin vuokra (K10) 1 kpl"
                return
            val = nxt[1].strip()
            self.consumed.add(nxt[0])
        w = Where(self.ctx.part, line=n, rule=f"label:{norm_label(label)}", how="stated")
        self.consumed.add(n)
        customer_field = CUSTOMER_FIELDS.get(f)
        if customer_field is not None:
            customer_field(val, w, self.cust, self.ctx)
        elif f == "vat_no":
            self._vat_no(val)
        elif f == "period":
            self._period(val, w)
        elif f == "item_article" or (f == "item_description" and self._heads_with_register_code(val)):
            self._article(val, w)   # "Palvelu: MV30 Poijun huolto", "Tjänst: 1030 Analys": the code is the article
        elif f.startswith("item_"):
            self._item(f, val, w)

    def _article_heading(self, n: int, t: str, nxt: tuple[int, str] | None) -> None:
        """"Artikel 130 Laboratorieanalys metaller" above attribute lines ("– antal: 2", "– pris: …"): the article
        of the line those attributes describe."""
        cm = CODE_CTX_RE.match(t.lstrip())
        below = split_label(nxt[1], self.ctx.hints) if nxt and cm else None
        if cm and below and below[0].startswith("item_") and below[0] != "item_article":
            self.consumed.add(n)
            self._article(t.lstrip()[cm.start("c"):], Where(self.ctx.part, line=n, rule="label:article heading",
                                                            how="stated"))

    def _heads_with_register_code(self, val: str) -> bool:
        """A service or description label whose value opens with a code of the agency's register names the
        article (another system's form writes code and name in one field); a code the register lacks stays
        text (its shape alone is no proof under a description label)."""
        head = val.split()[0].strip(",:;–-").upper() if val.split() else ""
        return bool(head) and head in self.ctx.registry.article_codes(self.ctx.agency_code)

    def _new_line(self) -> LineItem:
        self.cur = LineItem()
        self.items.append(self.cur)
        return self.cur

    def _vat_no(self, val: str) -> None:
        """A VAT number for the customer, or (a bare percentage) the current line's VAT rate."""
        vats = find_vat_numbers(val)
        if vats and not self.cust.vat_no and not self.ctx.registry.is_agency_identifier(vats[0][2]):
            self.cust.vat_no = vats[0][2]
        elif not vats:
            p = parse_percent(val)
            if p is not None and self.cur is not None:
                self.cur.vat_rate = p

    def _period(self, val: str, w: Where) -> None:
        ds = find_dates(val, self.ctx.year, self.ctx.on)
        if ds:
            if self.cur is not None:
                self.cur.set_period((ds[0].first, ds[0].last), w)
            else:
                self.periods.append(("", (ds[0].first, ds[0].last), w))

    def _article(self, val: str, w: Where) -> None:
        code_m = re.match(r"\s*((?:[A-Za-z]{1,3}-?\d{2,6}|\d{3,6}))\b[\s,:–-]*(.*)$", val)
        cur = self.cur
        if cur is not None and cur.article and not code_m and cur.description is None and cur.quantity is None \
                and cur.unit_price is None:
            cur.description, cur.where["description"] = val, w   # "Product code: MD10" / "Product: Data licence"
            return
        if cur is None or cur.article or not (cur.quantity is not None or cur.unit_price is not None
                                              or cur.description):
            cur = self._new_line()    # "Antal: 4" above "Artikel: 1040" belongs to the same line
        if code_m:
            cur.article = code_m.group(1).upper()
            cur.where["article"] = w
            rest = code_m.group(2).strip()
            q, span, rule = read_quantity(rest, self.ctx) if rest else (None, None, "")
            art = self.ctx.registry.article(self.ctx.agency_code, cur.article)
            if q is not None and span is not None and cur.quantity is None and not unit_clashes(rest, span, art):
                # "Tuote: M40, 6 kpl", "Item: M30 soil sample analysis, 30 pcs" (never "Tuote: M40, 6 h")
                cur.quantity, cur.where["quantity"] = q, replace(w, rule=f"{w.rule}:{rule}")
                rest = (rest[:span[0]] + re.sub(r"^\s*\w+", "", rest[span[1]:], count=1)).strip(" ,;–-")
            if rest and not cur.description:
                cur.description = rest
        elif not cur.description:
            cur.description = val
        self._period_in_text(cur, val, w)

    def _period_in_text(self, cur: LineItem, val: str, w: Where) -> None:
        """A period written in the article's or the description's value ("Tuote: MH30 maanvuokra vuodelle 2027
        (1.1.–31.12.2027)", "Tjänst: hyra januari–mars 2027") is the line's, as a labelled quantity's is: one
        span of several days; a single day there may be an order or a delivery date and stays for other rules."""
        ds = find_dates(val, self.ctx.year, self.ctx.on) if cur.period is None else []
        if len(ds) == 1 and ds[0].first < ds[0].last:
            cur.set_period((ds[0].first, ds[0].last), replace(w, rule=f"{w.rule}:period"))

    def _code_in_count(self, cur: LineItem, val: str, w: Where) -> None:
        """"Antal: 12 st (TV30)": a register code in parentheses in the count's value is the line's article, when it
        has none (holdout 36 left the line codeless and its price asked)."""
        codes = self.ctx.registry.article_codes(self.ctx.agency_code)
        found = [c.upper() for c in re.findall(r"\(\s*([A-Za-z]{0,3}-?\d{2,6})\s*\)", val) if c.upper() in codes]
        if cur.article is None and len(set(found)) == 1:
            cur.article, cur.where["article"] = found[0], replace(w, rule=f"{w.rule}:code")

    def _item(self, f: str, val: str, w: Where) -> None:
        cur = self.cur
        if cur is None and f in ("item_amount", "item_price", "item_vat"):
            return
        attr = _ITEM_ATTR.get(f)
        if cur is None or (attr and getattr(cur, attr) is not None and (attr != "description" or cur.article is None
                                                                        or "description" in cur.where)):
            cur = self._new_line()
        if f == "item_description":
            cur.where["description"] = w
            cur.description = val
            self._period_in_text(cur, val, w)
        elif f == "item_quantity":
            q, _ = find_quantity(val, self.ctx, bare_ok=True)
            cur.quantity = q if q is not None else parse_quantity(val)
            self.qty_text[id(cur)] = val
            cur.where["quantity"] = w
            self._code_in_count(cur, val, w)
            ds = find_dates(val, self.ctx.year, self.ctx.on)
            if ds and cur.period is None:
                cur.period = (ds[0].first, ds[0].last)
        elif f == "item_price":
            p, _unit, approx, currency, _ = find_price(val, self.ctx)
            if p is None and not approx:
                p = parse_amount(val)
            cur.unit_price, cur.price_approx, cur.currency = p, approx, currency
            cur.where["unit_price"] = w
            if cur.quantity is None and FIXED_PRICE_RE.search(val):    # "Hinta: kertamaksu": one, a lump sum
                cur.quantity, cur.lump_sum = Decimal(1), True
                cur.where["quantity"] = replace(w, rule=f"{w.rule}:lump sum")
        elif f == "item_amount":
            cur.amount = parse_amount(val)
        elif f == "item_vat":
            rate = parse_percent(val)
            if rate is not None:
                cur.vat_rate = rate


def read_labelled(body: list[tuple[int, str]], ctx: TextContext, doc: Fragment,
                  periods: list[RequestPeriod]) -> tuple[list[LineItem], set[int]]:
    """The lines built from item labels, and the line numbers any label consumed. Customer labels fill
    `doc.customer`; a period label before any line is a period for the whole request (appended to `periods`)."""
    reader = _LabelReader(ctx, doc, periods)
    for k, (n, t) in enumerate(body):
        if n not in reader.consumed:
            reader.line(n, t, body[k + 1] if k + 1 < len(body) else None)
    apply_record_date(reader.items, body, ctx, lambda t: split_label(t, ctx.hints))   # a booking's "Datum"
    # a count label whose value is no count ("Antal: enligt avtal") below a line with one read nothing to invoice
    items = [li for li in reader.items if li.article or li.description or li.quantity is not None
             or li.unit_price is not None or li.amount is not None or li.price_approx]
    drop_clashing_counts(items, reader.qty_text, ctx)   # "Artikel: 3020 / Antal: 4 timmar": asked
    drop_foreign_measures(items, reader.qty_text, ctx)  # "Pinta-ala (m²): 40" for a permit priced per piece
    return items, reader.consumed
