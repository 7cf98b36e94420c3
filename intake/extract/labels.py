"""Labelled fields: `Kund: …`, `Y-tunnus: …`, `Antal: 3`, `À-pris: 1 150 kr`.

The structured way agencies write requests. Each label (Swedish, Finnish or English synonym) names one customer
field or one field of an invoice line; consecutive item labels build up a line, and a label already filled starts
the next one.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .amounts import parse_amount
from .customer_text import CUSTNO_RE, ORDER_REF_RE, scan_ids
from .dates import find_dates
from .identifiers import find_vat_numbers, normalise_org
from .model import CustomerInfo, Fragment, LineItem, Where
from .quantities import find_price, find_quantity
from .tables import parse_percent, parse_quantity
from .text_context import RequestPeriod, TextContext

_LABELS: dict[str, tuple[str, ...]] = {
    "customer_name": ("kund", "kundnamn", "beställare", "beställare/kund", "customer", "customer name", "asiakas",
                      "asiakkaan nimi", "nimi", "company", "företag", "yritys", "bill to", "invoice to",
                      "fakturamottagare", "laskun saaja"),
    "org_no": ("org nr", "orgnr", "organisationsnummer", "organisationsnr", "org no", "organisation number",
               "y-tunnus", "ytunnus", "business id", "fo-nummer", "pnr", "personnummer", "reg no", "company id",
               "org nr/pnr", "henkilötunnus"),
    "customer_number": ("kundnr", "kundnummer", "customer no", "customer number", "asiakasnumero", "asiakasnro"),
    "buyer_reference": ("er referens", "er ref", "deras referens", "your reference", "your ref", "viitteenne",
                        "yhteyshenkilö / viitteenne", "yhteyshenkilö/viitteenne", "buyer reference",
                        "their reference", "kundens referens", "referens", "reference"),
    "order_reference": ("beställningsnr", "beställningsnummer", "ordernr", "ordernummer", "ert ordernr",
                        "inköpsordernr", "inköpsorder", "po", "po number", "order no", "order number",
                        "purchase order", "purchase order number", "tilausnumero", "tilausnro", "your order no",
                        "ert ordernummer", "er beställning"),
    "address": ("fakturaadress", "adress", "postadress", "laskutusosoite", "osoite", "address", "billing address",
                "invoice address"),
    "einvoice": ("peppol id", "peppol", "verkkolaskuosoite", "ovt", "ovt-tunnus", "gln", "e-invoice address",
                 "e-fakturaadress"),
    "vat_no": ("momsregnr", "vat no", "vat number", "alv-numero", "momsnummer", "vat-nummer", "vat"),
    "email": ("e-post", "email", "e-mail", "sähköposti"),
    "period": ("avser", "period", "laskutusjakso", "ajanjakso", "jakso", "billing period", "service period",
               "avser period", "leveransdatum", "toimituspäivä", "suorituspäivä", "datum för utförande",
               "service date", "utförd"),
    "item_article": ("artikel", "art", "art nr", "artnr", "artikelnr", "tuote", "tuotekoodi", "article",
                     "product", "item", "item code", "code"),
    "item_description": ("benämning", "beskrivning", "description", "selite", "kuvaus", "text", "tjänst",
                         "palvelu", "service"),
    "item_quantity": ("antal", "qty", "quantity", "määrä", "kpl", "lkm", "mängd"),
    "item_price": ("à-pris", "a-pris", "á-pris", "pris", "pris/enhet", "styckpris", "unit price", "price",
                   "hinta", "yksikköhinta", "à-hinta"),
    "item_amount": ("belopp", "summa", "amount", "yhteensä", "total"),
    "item_vat": ("moms", "momssats", "alv", "vat rate", "moms %", "alv %"),
}
LABEL_MAP = {syn: f for f, syns in _LABELS.items() for syn in syns}
_LABEL_RE = re.compile(r"^\s*(?:[-*•]\s*)?(?:\*\*)?(?P<label>[A-Za-zÅÄÖåäöÀàÁáÉé][\w .,/%&()-]{0,40}?)(?:\*\*)?\s*:\s+"
                       r"(?P<value>\S.*)$")
_DASHES = ("-", "–", "—")
#: the LineItem attribute an item label fills (a second value for it starts a new line)
_ITEM_ATTR = {"item_description": "description", "item_quantity": "quantity", "item_price": "unit_price"}


def norm_label(s: str) -> str:
    s = re.sub(r"\(.*?\)", "", s).replace(".", "").replace("*", "")
    return " ".join(s.split()).casefold()


def _clean_name(val: str) -> str | None:
    v = re.split(r"\s*\(|,\s|;\s|\s[–—-]\s|\s{2,}", val, maxsplit=1)[0].strip(" .,:;\"")
    v = re.sub(r"(?i)\s+(?:org\.?\s*nr|y-tunnus|business id).*$", "", v)
    return v or None


def _clean_ref(val: str) -> str | None:
    v = re.split(r",|;|\s[–—-]\s|\s\(|\.\s|\.$|\s{2,}", val, maxsplit=1)[0].strip(" .\"“”'")
    return v if v and v not in _DASHES else None


# --- customer fields ---------------------------------------------------------------------------------------------
def _customer_name(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    name = _clean_name(val)
    if name and not cust.name:
        cust.name, cust.where["name"] = name, w
    scan_ids(val, ctx, cust, w)
    cm = CUSTNO_RE.search(val)
    if cm and not cust.customer_number:
        cust.customer_number = cm.group("v")


def _org_no(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    org, country = normalise_org(val, ctx.on)
    if org and not ctx.registry.is_agency_identifier(org):
        if not cust.org_no:
            cust.org_no, cust.country, cust.where["org_no"] = org, country, w
    elif not org and re.search(r"\d", val) and not ctx.registry.is_agency_identifier(val):
        cust.org_invalid = True


def _customer_number(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    d = re.search(r"\d{2,10}", val)
    if d and not cust.customer_number:
        cust.customer_number, cust.where["customer_number"] = d.group(0), w


def _buyer_reference(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    v = _clean_ref(val)
    if v and not cust.buyer_reference:
        cust.buyer_reference, cust.where["buyer_reference"] = v, w
    om = ORDER_REF_RE.search(val)
    if om and not cust.order_reference:
        cust.order_reference = om.group("v")


def _order_reference(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    v = val.split()[0].strip(".,;") if val.split() else ""
    if v and re.search(r"[\w]", v) and v not in _DASHES and not cust.order_reference:
        cust.order_reference, cust.where["order_reference"] = v, w


def _address(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    if not cust.address:
        cust.address = {"text": val}


def _einvoice(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    if re.search(r"\d{6,}", val) and not cust.einvoice:
        cust.einvoice = val


def _email(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    em = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", val)
    if em and not cust.email:
        cust.email = em.group(0)


_CUSTOMER_FIELDS: dict[str, Callable[[str, Where, CustomerInfo, TextContext], None]] = {
    "customer_name": _customer_name, "org_no": _org_no, "customer_number": _customer_number,
    "buyer_reference": _buyer_reference, "order_reference": _order_reference, "address": _address,
    "einvoice": _einvoice, "email": _email,
}


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

    def line(self, n: int, t: str) -> None:
        m = _LABEL_RE.match(t)
        if not m:
            return
        f = LABEL_MAP.get(norm_label(m.group("label")))
        if not f:
            return
        val = m.group("value").strip().strip("*").strip()
        w = Where(self.ctx.part, line=n)
        self.consumed.add(n)
        customer_field = _CUSTOMER_FIELDS.get(f)
        if customer_field is not None:
            customer_field(val, w, self.cust, self.ctx)
        elif f == "vat_no":
            self._vat_no(val)
        elif f == "period":
            self._period(val, w)
        elif f == "item_article":
            self._article(val, w)
        elif f.startswith("item_"):
            self._item(f, val, w)

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
        ds = find_dates(val, self.ctx.year)
        if ds:
            if self.cur is not None:
                self.cur.period, self.cur.where["period"] = (ds[0].first, ds[0].last), w
            else:
                self.periods.append(("", (ds[0].first, ds[0].last), w))

    def _article(self, val: str, w: Where) -> None:
        code_m = re.match(r"\s*([A-Za-z]{0,3}\d{3,6})\b[\s,:–-]*(.*)$", val)
        cur = self.cur
        if cur is None or cur.article or not (cur.quantity is not None or cur.unit_price is not None
                                              or cur.description):
            cur = self._new_line()    # "Antal: 4" above "Artikel: 1040" belongs to the same line
        if code_m:
            cur.article = code_m.group(1).upper()
            cur.where["article"] = w
            rest = code_m.group(2).strip()
            if rest and not cur.description:
                cur.description = rest
        elif not cur.description:
            cur.description = val

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
        elif f == "item_quantity":
            q, _ = find_quantity(val, self.ctx, bare_ok=True)
            cur.quantity = q if q is not None else parse_quantity(val)
            cur.where["quantity"] = w
            ds = find_dates(val, self.ctx.year)
            if ds and cur.period is None:
                cur.period = (ds[0].first, ds[0].last)
        elif f == "item_price":
            p, _unit, approx, currency, _ = find_price(val, self.ctx)
            if p is None and not approx:
                p = parse_amount(val)
            cur.unit_price, cur.price_approx, cur.currency = p, approx, currency
            cur.where["unit_price"] = w
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
    for n, t in body:
        reader.line(n, t)
    return reader.items, reader.consumed
