"""Plain text (and HTML rendered to text) → invoice-request fragments.

Agencies write requests three ways, often mixed in one mail: labelled fields (`Kund: …`, `Y-tunnus: …`),
tables (pipe or fixed-width), and prose ("Kan ni fakturera X 3 timmar à 1 150 kr?"). Each is read by its own
pass; prose only fills what the structured passes did not. Signatures, quoted question mails and the agency's own
identifiers are never read as customer data, amounts or lines.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from .amounts import find_amounts
from .dates import find_dates
from .identifiers import PEPPOL_RE, find_identifiers, find_vat_numbers, normalise_org
from .model import CustomerInfo, Fragment, LineItem, Where
from .numbers_words import AMBIGUOUS, NUMBER_WORD_RE, word_value
from .registry import Registry
from .tables import align_row, map_header, parse_percent, parse_quantity, rows_to_fragments, split_text_row

# --- structure: forwards, quotes, signatures ---------------------------------------------------------------------
FORWARD_RE = re.compile(
    r"(?i)^\s*(?:-{2,}\s*(?:vidarebefordrat meddelande|forwarded message|välitetty viesti|original message|"
    r"ursprungligt meddelande|alkuperäinen viesti|videresendt melding)\s*-{2,}|"
    r"(?:från|from|lähettäjä|fra)\s*:\s*.+|(?:on|den|le|am)\s.{4,120}\s(?:wrote|skrev|kirjoitti)\s*:?|"
    r".{0,80}\s(?:wrote|skrev|kirjoitti):\s*)$")
_HDR_LINE_RE = re.compile(r"(?i)^\s*(?:från|from|lähettäjä|skickat|sent|lähetetty|till|to|vastaanottaja|ämne|"
                          r"subject|aihe|datum|date|päivämäärä|kopia|cc)\s*:")
SIGNOFF_RE = re.compile(
    r"(?i)^\s*(?:med vänliga? hälsning(?:ar)?|vänliga hälsningar|hälsningar|mvh\b.*|ha det bra|tack på förhand!?|"
    r"ystävällisin terveisin|terveisin|t\.\s*\w+|parhain terveisin|best regards|kind regards|regards|best,?|"
    r"many thanks,?|thanks,?|thank you!?|cheers|sincerely|yours sincerely|br,?|--\s*|/\s*\w+)[,.!]?\s*$")


@dataclass
class Segment:
    """A run of lines written by one person: the mail's own text, or a forwarded/quoted message."""

    lines: list[tuple[int, str]]
    level: int                      # 0 own text, 1.. forwarded/quoted
    quoted: bool = False            # '>'-quoted or below a reply header
    sig_start: int | None = None    # index in `lines` where the signature begins
    headers: dict[str, str] = field(default_factory=dict)

    def text(self, with_signature: bool = True) -> str:
        ls = self.lines if with_signature or self.sig_start is None else self.lines[:self.sig_start]
        return "\n".join(t for _, t in ls)


def split_segments(text: str) -> list[Segment]:
    """Split at forward/reply headers and '>' quoting. Line numbers are 1-based in the original text."""
    segs: list[Segment] = [Segment([], 0)]
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    i = 0
    while i < len(raw):
        ln = raw[i]
        if FORWARD_RE.match(ln) and (re.match(r"(?i)^\s*-{2,}", ln) or not _HDR_LINE_RE.match(ln)
                                     or _looks_header_block(raw, i)):
            seg = Segment([], segs[-1].level + 1)
            # consume the header block
            j = i if _HDR_LINE_RE.match(ln) else i + 1
            while j < len(raw) and _HDR_LINE_RE.match(raw[j]):
                k, _, v = raw[j].partition(":")
                seg.headers[k.strip().casefold()] = v.strip()
                j += 1
            segs.append(seg)
            i = j
            continue
        if ln.lstrip().startswith(">"):
            if not segs[-1].quoted or segs[-1].level == 0:
                segs.append(Segment([], segs[-1].level + 1, quoted=True))
            segs[-1].lines.append((i + 1, re.sub(r"^\s*(?:>\s?)+", "", ln)))
            i += 1
            continue
        if segs[-1].quoted and segs[-1].lines and ln.strip():
            segs.append(Segment([], segs[-1].level))
        segs[-1].lines.append((i + 1, ln))
        i += 1
    for s in segs:
        s.sig_start = _signature_start(s.lines)
    return [s for s in segs if s.lines or s.headers]


def _looks_header_block(raw: list[str], i: int) -> bool:
    n = 0
    for ln in raw[i:i + 6]:
        if _HDR_LINE_RE.match(ln):
            n += 1
    return n >= 2


def _signature_start(lines: list[tuple[int, str]]) -> int | None:
    for idx, (_, t) in enumerate(lines):
        if SIGNOFF_RE.match(t) and len(t.strip()) < 40:
            return idx
    return None


# --- labelled fields -----------------------------------------------------------------------------------------------
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


def norm_label(s: str) -> str:
    s = re.sub(r"\(.*?\)", "", s).replace(".", "").replace("*", "")
    return " ".join(s.split()).casefold()


# --- prose patterns ---------------------------------------------------------------------------------------------
_NAME_TOKEN = r"[A-ZÅÄÖÉ\"][\w\"'-]*"
_PERSON = rf"{_NAME_TOKEN}(?:[ ]+(?:af |von |van |de )?{_NAME_TOKEN}){{0,3}}"
BUYER_REF_RES = [
    re.compile(rf"(?i:er|deras|their|your|kundens|heidän)\s+ref(?:erens|erence|\.)?(?:\s+(?:är|is|on|:))?\s*:?\s*"
               rf"[\"“”']?(?P<n>{_PERSON})"),
    re.compile(rf"(?i:viitteenne|viitteeksi|viitteeksenne)\s*:?\s*[\"“”']?(?P<n>{_PERSON})"),
    re.compile(rf"[\"“”'](?P<n>{_PERSON})[\"“”']\s+(?i:as (?:their|the) reference)"),
    re.compile(rf"(?P<n>{_PERSON})\s+(?i:är (?:deras|er|kundens) referens|is their reference|on (?:heidän )?viite)"),
    re.compile(rf"(?i:vår|our|meidän)\s+ref(?:erens|erence)?(?:\s+(?:är|is|on))?\s*:?\s*[\"“”']?(?P<n>{_PERSON})"),
]
ORDER_REF_RE = re.compile(
    r"(?i)\b(?:beställningsnr|beställningsnummer|ordernr|ordernummer|inköpsorder(?:nr|nummer)?|tilausnumero|"
    r"tilausnro|tilausnumeromme|purchase order(?: number| no\.?)?|order number|order no\.?|PO(?: number| no\.?)?)"
    r"(?:\s+(?:is|är|on|number))?\s*[:#]?\s*(?P<v>[A-Z0-9][A-Z0-9/_-]*\d[A-Z0-9/_-]*)", re.UNICODE)
CUSTNO_RE = re.compile(r"(?i)\b(?:kundnr|kundnummer|kund nr|customer no\.?|customer number|asiakasnumero|asiakasnro)"
                       r"\s*[:.]?\s*(?P<v>\d{3,10})\b")
_POSTAL_RE = re.compile(r"(?<![\d-])(?:(?:SE|S)-?\s?)?(?P<se>\d{3}\s\d{2})\s+(?P<c1>[A-ZÅÄÖ][a-zåäö]+)"
                        r"|(?<![\d-])(?:FI-?)?(?P<fi>\d{5})\s+(?P<c2>[A-ZÅÄÖ][a-zåäö]+)")
_OVT_RE = re.compile(r"\b0037\d{8,12}\b")
_LEGAL_TAIL = r"(?:AB|HB|KB|Aktiebolag|Oyj|Oy|Ab|Ky|Ay|Tmi|ry|Ltd|Inc|GmbH|AS|A/S|ApS)"
_COMPANY_RE = re.compile(rf"(?P<n>(?:[A-ZÅÄÖ][\w&-]*\s+){{1,5}}{_LEGAL_TAIL})(?::[a-zåäö]{{1,5}})?(?![\w])")

CODE_CTX_RE = re.compile(
    r"(?i)(?<![\w-])(?:art(?:ikel|icle|ikelnr|iklar|icles)?\.?(?:\s*nr\.?)?|tuote(?:koodi|numero)?|tuotteet|"
    r"product(?:\s+code)?|item\s+code|artikkeli|koodi)\s*(?:no\.?|nr\.?|:)?\s*(?P<c>[A-Z]{0,3}\d{3,6})(?![\w-])")
LUMP_RE = re.compile(r"(?i)\b(?:fast pris|fastpris|fast avgift|engångsavgift|engångsbelopp|totalt|sammanlagt|"
                     r"klumpsumma|kiinteä(?:än)? hin(?:ta|taan|nalla)|kertamaksu|yhteensä|fixed fee|fixed price|"
                     r"flat(?: fee| rate| price)?|in total|lump[ -]sum)\b")
UNIT_PRICE_CUE = re.compile(r"(?i)(?:\bà|\bá|@|\ba-pris|\bstyckpris|\bper\b|/\s*(?:st|h|tim|kpl|pv|dag|day|hour|"
                            r"timme|unit|sample|batch)\b|\beach\b|\bkappaleelta\b|\bkpl-hinta|\byksikköhinta|"
                            r"\bunit price|\bpris per)")
PRICE_CUE = re.compile(r"(?i)\b(?:pris|price|hinta|fee|avgift|maksu|kostnad|cost|belopp|summa|amount|yhteensä|"
                       r"totalt|sammanlagt|total)\b|\bà\b|\bá\b|@")
NEGATION_RE = re.compile(r"(?i)\b(?:ei laskuteta|ei tule laskuttaa|ei laskuttaa|faktureras inte|ska inte faktureras|"
                         r"inte faktureras|ej faktureras|ska ej faktureras|inte ska faktureras|not to be invoiced|"
                         r"do not invoice|don't invoice|not be invoiced|should not be invoiced|no charge|"
                         r"utan kostnad|veloituksetta|free of charge|ingen debitering)\b")
_LIST_MARK_RE = re.compile(r"(?i)^\s*(?:[-–—*•]\s*|\d{1,2}[.)]\s+|(?:item|rad|rivi|line|punkt|kohta)\s+\d{1,2}\s*[:.)-]\s*)")
_LINEREF_RE = re.compile(r"(?i)\b(?:item|rad|rivi|line|punkt|kohta|nr|no\.?|#)\s*\d{1,3}\b")
_PHONE_RE = re.compile(r"(?i)(?:\b(?:tel|telefon|tfn|mobil|mob|phone|puh|p|gsm|fax|vxl|växel)\.?:?\s*)?"
                       r"(?:\+\d{2,3}[\s-]?)?\(?0?\d{1,4}\)?[\s-]\d{2,4}(?:[\s-]\d{2,4}){1,3}")
_SERIAL_RE = re.compile(r"(?<![\w])[A-Za-z]+[-/]?\d[\w/-]*|\d+[-/][A-Za-z][\w/-]*|\b\d+/\d+\b")
_TIME_RE = re.compile(r"\b(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\b")
_BAD_AFTER_QTY = re.compile(r"(?i)^\s*(?:%|procent|prosenttia|percent|kr\b|sek\b|eur\b|euro|€|:-|tkr|år\b|vuotta\b|"
                            r"years?\b|dagar netto|pv netto|days net|päivää netto|netto|net\b|st\s*netto|"
                            r"minuter|min\b|sekunder)")
_QTY_RE = re.compile(r"(?<![\w.,/:-])(?P<n>\d+(?:[.,]\d+)?)(?![\w]|[.,/:]\d)\s*(?P<after>x\b|×|\*|[^\W\d_]+)?")
_UNIT_WORDS = re.compile(r"(?i)^(?:st|styck|stycken|kpl|pcs|x|×|tim|timme|timmar|h|hours?|dag|dagar|days?|pv|"
                         r"päivä\w*|vrk|sidor|sida|sivua?|pages?|exemplar|ex|visits?|besök|gång|gånger|kerta\w*|"
                         r"licens\w*|lisenssi\w*|licen[cs]es?|halvdag\w*|kurs\w*|deltagare|osallistuja\w*|hlö|"
                         r"tunti\w*|kappale\w*)$")


def _in(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < b and a < e for a, b in spans)


@dataclass
class TextContext:
    """What every pass needs: registry, agency, mail date, and the part label for provenance."""

    registry: Registry
    agency: dict | None
    year: int
    on: dt.date
    part: str

    @property
    def agency_code(self) -> str | None:
        return self.agency.get("code") if self.agency else None


def article_codes_in(text: str, ctx: TextContext) -> list[tuple[int, int, str]]:
    """Article codes in prose: after a keyword (art, artikel, tuote, product…) or a register code that cannot be
    a year or count (letter-prefixed like V220, or in parentheses like (1030))."""
    found: list[tuple[int, int, str]] = []
    for m in CODE_CTX_RE.finditer(text):
        found.append((m.start("c"), m.end("c"), m.group("c").upper()))
    codes = ctx.registry.article_codes(ctx.agency_code)
    for c in codes:
        for m in re.finditer(rf"(?<![\w.,-]){re.escape(c)}(?![\w-]|[.,]\d)", text, re.IGNORECASE):
            if _in([(a, b) for a, b, _ in found], m.start(), m.end()):
                continue
            if c.isdigit():
                before = text[max(0, m.start() - 1):m.start()]
                after = text[m.end():m.end() + 1]
                line_start = text.rfind("\n", 0, m.start()) + 1
                lead = text[line_start:m.start()]
                if not (before == "(" and after == ")") and not _LIST_MARK_RE.fullmatch(lead) and lead.strip():
                    continue
            found.append((m.start(), m.end(), c))
    found.sort()
    return found


def mask_spans(text: str, ctx: TextContext) -> list[tuple[int, int]]:
    """Spans that hold no quantity: dates, identifiers, phone numbers, times, serials, list markers, line refs."""
    spans = [(d.start, d.end) for d in find_dates(text, ctx.year)]
    spans += [(i.start, i.end) for i in find_identifiers(text, ctx.on, allow_bare=True)]
    spans += [(m.start(), m.end()) for m in _PHONE_RE.finditer(text) if re.search(r"\d[\s-]\d", m.group(0))
              and len(re.sub(r"\D", "", m.group(0))) >= 7]
    spans += [(m.start(), m.end()) for rx in (_TIME_RE, _SERIAL_RE, _LINEREF_RE, _POSTAL_RE, PEPPOL_RE)
              for m in rx.finditer(text)]
    m = _LIST_MARK_RE.match(text)
    if m:
        spans.append((m.start(), m.end()))
    return spans


def find_quantity(text: str, ctx: TextContext, extra_mask: list[tuple[int, int]] | None = None,
                  bare_ok: bool = False) -> tuple[Decimal | None, tuple[int, int] | None]:
    """The first number (or number word) in `text` that reads as a count of something."""
    spans = mask_spans(text, ctx) + (extra_mask or [])
    cands: list[tuple[int, int, Decimal]] = []
    for m in _QTY_RE.finditer(text):
        if _in(spans, m.start("n"), m.end("n")):
            continue
        after = text[m.end("n"):]
        if _BAD_AFTER_QTY.match(after):
            continue
        if not m.group("after") and not bare_ok:
            continue
        before = text[max(0, m.start() - 12):m.start()]
        if re.search(r"(?i)(?:nr|no\.?|nummer|numero|#|box|pl|p\.?o\.? box|version|v\.)\s*$", before):
            continue
        cands.append((m.start("n"), m.end("n"), Decimal(m.group("n").replace(",", "."))))
    for m in NUMBER_WORD_RE.finditer(text):
        if _in(spans, m.start(), m.end()):
            continue
        w = m.group(1).casefold()
        nxt = re.match(r"\s*([^\W\d_]+|x\b)", text[m.end():])
        if w in AMBIGUOUS and not (nxt and _UNIT_WORDS.match(nxt.group(1))):
            continue
        if w in ("one",) and re.match(r"\s+(?:of|more|another)\b", text[m.end():], re.IGNORECASE):
            continue
        v = word_value(w)
        if v is not None:
            cands.append((m.start(), m.end(), v))
    if not cands:
        return None, None
    cands.sort()
    s, e, v = cands[0]
    return v, (s, e)


def find_price(text: str, ctx: TextContext) -> tuple[Decimal | None, bool, bool, str | None, tuple[int, int] | None]:
    """(amount, is_unit_price, approximate_only, currency, span) for the money in a clause."""
    masks = [(d.start, d.end) for d in find_dates(text, ctx.year)]
    masks += [(i.start, i.end) for i in find_identifiers(text, ctx.on, allow_bare=True)]
    masks += [(m.start(), m.end()) for m in _PHONE_RE.finditer(text) if len(re.sub(r"\D", "", m.group(0))) >= 7]
    approx = False
    for a in find_amounts(text):
        if _in(masks, a.start, a.end):
            continue
        before = text[max(0, a.start - 30):a.start]
        cue = bool(re.search(r"(?i)(?:\bà|\bá|@|pris|price|hinta|fee|avgift|maksu|kostnad|cost|belopp|summa|amount|"
                             r"yhteensä|totalt|sammanlagt|total|(?:fee|price|cost|amount|charge|sum) of)\s*(?:on|är|is|:)?\s*$", before))
        if not (a.has_currency or cue or a.approximate):
            continue
        if a.approximate:
            approx = True
            continue
        if a.value is None:
            continue
        after = text[a.end:a.end + 25]
        unit = bool(re.search(r"(?i)(?:\bà|\bá|@|styckpris|a-pris|per)\s*$", before) or
                    re.match(r"(?i)\s*(?:/\s*\w+|per\b|each\b|kappaleelta|\bst\b|/st)", after))
        return a.value, unit, False, a.currency, (a.start, a.end)
    return None, False, approx, None, None


# --- the document reader -----------------------------------------------------------------------------------------
def read_text(text: str, ctx: TextContext, subject: str = "") -> list[Fragment]:
    """All fragments in a text document (one per customer found in tables, else one for the document)."""
    segments = [s for s in split_segments(text) if not _is_question_mail(s)]
    doc = Fragment(source=ctx.part)
    table_frags: list[Fragment] = []
    seen_sigs: list[list[tuple]] = []
    request_periods: list[tuple[str, tuple[dt.date, dt.date], Where]] = []
    for seg in segments:
        seg_lines: list[LineItem] = []
        consumed: set[int] = set()
        body = seg.lines if seg.sig_start is None else seg.lines[:seg.sig_start]
        sig = [] if seg.sig_start is None else seg.lines[seg.sig_start:]
        # tables
        tfr, consumed_t = _text_tables(body, ctx)
        consumed |= consumed_t
        for f in tfr:
            if f.customer.has_identity():
                table_frags.append(f)
            else:
                seg_lines.extend(f.lines)
        # labelled fields (body and, for identifiers only, the signature)
        items, consumed_l = _labelled([(n, t) for n, t in body if n not in consumed], ctx, doc, request_periods)
        consumed |= consumed_l
        seg_lines.extend(items)
        _identifiers_and_refs(body, sig, seg, ctx, doc)
        # prose
        prose = _prose_lines([(n, t) for n, t in body if n not in consumed], ctx,
                             {li.article for li in seg_lines if li.article}, request_periods)
        seg_lines.extend(prose)
        sigs = [li.signature() for li in seg_lines]
        if seg_lines and any(sigs == s for s in seen_sigs):
            continue  # a re-send quoting its own earlier copy: the request once
        seen_sigs.append(sigs)
        doc.lines.extend(seg_lines)
    _names(segments, ctx, doc, subject)
    _apply_request_periods(doc, request_periods)
    whole = next((per for word, per, _ in request_periods if not word), None)
    if whole:
        for f in table_frags:
            for li in f.lines:
                li.period = li.period or whole
    frags = []
    if doc.customer.has_identity() or doc.lines or not table_frags:
        frags.append(doc)
    frags.extend(table_frags)
    return frags


def _is_question_mail(seg: Segment) -> bool:
    t = seg.text()
    return bool(re.search(r"\[REQ-[A-Z0-9]{5}\]", t, re.IGNORECASE) and
                re.search(r"\((?:customer\.|lines)", t))


def _text_tables(body: list[tuple[int, str]], ctx: TextContext) -> tuple[list[Fragment], set[int]]:
    """Pipe tables and fixed-width tables with a known header."""
    out: list[Fragment] = []
    consumed: set[int] = set()
    i = 0
    while i < len(body):
        n, t = body[i]
        cells = split_text_row(t)
        if len(cells) >= 2 and map_header([c[2] for c in cells]):
            header = cells
            rows = [[c[2] for c in header]]
            nums = [n]
            j = i + 1
            while j < len(body):
                nj, tj = body[j]
                if not tj.strip():
                    if j + 1 < len(body) and re.match(r"^\s*[-=|+ ]+$", body[j + 1][1] or "x"):
                        j += 1
                        continue
                    break
                if re.fullmatch(r"[\s\-=|+:]+", tj):
                    consumed.add(nj)
                    j += 1
                    continue
                rc = split_text_row(tj)
                if len(rc) < 2 and not re.search(r"\d", tj):
                    break
                rows.append(align_row(header, rc))
                nums.append(nj)
                j += 1
            frs, _, _ = rows_to_fragments(rows, ctx.part, ctx.year, row_base=0, kind_row="line")
            for f in frs:
                for li in f.lines:
                    for w in li.where.values():
                        if w.line is not None and 0 <= w.line < len(nums):
                            w.line = nums[w.line]
            out.extend(frs)
            consumed.update(nums)
            i = j
            continue
        i += 1
    return out, consumed


def _labelled(body: list[tuple[int, str]], ctx: TextContext, doc: Fragment,
              periods: list) -> tuple[list[LineItem], set[int]]:
    items: list[LineItem] = []
    consumed: set[int] = set()
    cur: LineItem | None = None
    cust = doc.customer
    for n, t in body:
        m = _LABEL_RE.match(t)
        if not m:
            if not t.strip():
                pass
            continue
        f = LABEL_MAP.get(norm_label(m.group("label")))
        if not f:
            continue
        val = m.group("value").strip().strip("*").strip()
        w = Where(ctx.part, line=n)
        consumed.add(n)
        if f == "customer_name":
            name = _clean_name(val)
            if name and not cust.name:
                cust.name, cust.where["name"] = name, w
            _scan_ids(val, ctx, cust, w)
            cm = CUSTNO_RE.search(val)
            if cm and not cust.customer_number:
                cust.customer_number = cm.group("v")
        elif f == "org_no":
            org, country = normalise_org(val, ctx.on)
            if org and not ctx.registry.is_agency_identifier(org):
                if not cust.org_no:
                    cust.org_no, cust.country, cust.where["org_no"] = org, country, w
            elif not org and re.search(r"\d", val) and not ctx.registry.is_agency_identifier(val):
                cust.org_invalid = True
        elif f == "customer_number":
            d = re.search(r"\d{2,10}", val)
            if d and not cust.customer_number:
                cust.customer_number, cust.where["customer_number"] = d.group(0), w
        elif f == "buyer_reference":
            v = _clean_ref(val)
            if v and not cust.buyer_reference:
                cust.buyer_reference, cust.where["buyer_reference"] = v, w
            om = ORDER_REF_RE.search(val)
            if om and not cust.order_reference:
                cust.order_reference = om.group("v")
        elif f == "order_reference":
            v = val.split()[0].strip(".,;") if val.split() else ""
            if v and re.search(r"[\w]", v) and v not in ("-", "–", "—") and not cust.order_reference:
                cust.order_reference, cust.where["order_reference"] = v, w
        elif f == "address":
            if not cust.address:
                cust.address = {"text": val}
        elif f == "einvoice":
            if re.search(r"\d{6,}", val) and not cust.einvoice:
                cust.einvoice = val
        elif f == "vat_no":
            v = find_vat_numbers(val)
            if v and not cust.vat_no and not ctx.registry.is_agency_identifier(v[0][2]):
                cust.vat_no = v[0][2]
            elif not v:
                p = parse_percent(val)
                if p is not None and cur is not None:
                    cur.vat_rate = p
        elif f == "email":
            em = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", val)
            if em and not cust.email:
                cust.email = em.group(0)
        elif f == "period":
            ds = find_dates(val, ctx.year)
            if ds:
                if cur is not None:
                    cur.period, cur.where["period"] = (ds[0].first, ds[0].last), w
                else:
                    periods.append(("", (ds[0].first, ds[0].last), w))
        elif f == "item_article":
            code_m = re.match(r"\s*([A-Za-z]{0,3}\d{3,6})\b[\s,:–-]*(.*)$", val)
            if cur is None or cur.article or not (cur.quantity is not None or cur.unit_price is not None
                                                  or cur.description):
                cur = LineItem()    # "Antal: 4" above "Artikel: 1040" belongs to the same line
                items.append(cur)
            if code_m:
                cur.article = code_m.group(1).upper()
                cur.where["article"] = w
                rest = code_m.group(2).strip()
                if rest and not cur.description:
                    cur.description = rest
            elif not cur.description:
                cur.description = val
        elif f.startswith("item_"):
            if cur is None and f in ("item_amount", "item_price", "item_vat"):
                continue
            attr = {"item_description": "description", "item_quantity": "quantity", "item_price": "unit_price"}.get(f)
            if cur is None or (attr and getattr(cur, attr) is not None and (attr != "description" or cur.article is None
                                                                            or "description" in cur.where)):
                cur = LineItem()
                items.append(cur)
            if f == "item_description":
                cur.where["description"] = w
                cur.description = val
            elif f == "item_quantity":
                q, _ = find_quantity(val, ctx, bare_ok=True)
                cur.quantity = q if q is not None else parse_quantity(val)
                cur.where["quantity"] = w
                ds = find_dates(val, ctx.year)
                if ds and cur.period is None:
                    cur.period = (ds[0].first, ds[0].last)
            elif f == "item_price":
                p, unit, approx, cur_c, _ = find_price(val, ctx)
                if p is None and not approx:
                    from .amounts import parse_amount
                    p = parse_amount(val)
                cur.unit_price, cur.price_approx, cur.currency = p, approx, cur_c
                cur.where["unit_price"] = w
            elif f == "item_amount":
                from .amounts import parse_amount
                cur.amount = parse_amount(val)
            elif f == "item_vat":
                p = parse_percent(val)
                if p is not None:
                    cur.vat_rate = p
    return items, consumed


def _clean_name(val: str) -> str | None:
    v = re.split(r"\s*\(|,\s|;\s|\s[–—-]\s|\s{2,}", val, maxsplit=1)[0].strip(" .,:;\"")
    v = re.sub(r"(?i)\s+(?:org\.?\s*nr|y-tunnus|business id).*$", "", v)
    return v or None


def _clean_ref(val: str) -> str | None:
    v = re.split(r",|;|\s[–—-]\s|\s\(|\.\s|\.$|\s{2,}", val, maxsplit=1)[0].strip(" .\"“”'")
    return v if v and v not in ("-", "–", "—") else None


def _scan_ids(text: str, ctx: TextContext, cust: CustomerInfo, w: Where) -> None:
    for i in find_identifiers(text, ctx.on):
        if ctx.registry.is_agency_identifier(i.raw):
            continue
        if i.value and not cust.org_no:
            cust.org_no, cust.country, cust.where["org_no"] = i.value, i.country, w
        elif not i.value:
            cust.org_invalid = True


def _identifiers_and_refs(body: list[tuple[int, str]], sig: list[tuple[int, str]], seg: Segment,
                          ctx: TextContext, doc: Fragment) -> None:
    cust = doc.customer
    own_agency_sig = seg.level == 0
    scan = body + ([] if own_agency_sig else sig)
    for n, t in scan:
        w = Where(ctx.part, line=n)
        if not _HDR_LINE_RE.match(t):
            _scan_ids(t, ctx, cust, w)
        for s, e, v in find_vat_numbers(t):
            if not cust.vat_no and not ctx.registry.is_agency_identifier(v):
                cust.vat_no = v
        m = CUSTNO_RE.search(t)
        if m and not cust.customer_number:
            cust.customer_number, cust.where["customer_number"] = m.group("v"), w
        om = ORDER_REF_RE.search(t)
        if om and not cust.order_reference and not find_dates(om.group("v"), ctx.year):
            cust.order_reference, cust.where["order_reference"] = om.group("v").rstrip(".-/"), w
        if not cust.buyer_reference:
            for rx in BUYER_REF_RES:
                bm = rx.search(t)
                if bm:
                    name = bm.group("n").strip("\"“”' ")
                    if name.split()[0].casefold() not in ("är", "is", "on", "the", "och", "and"):
                        cust.buyer_reference, cust.where["buyer_reference"] = name, w
                        break
        pm = PEPPOL_RE.search(t) or _OVT_RE.search(t)
        if pm and not cust.einvoice:
            cust.einvoice = pm.group(0)
        if not cust.address:
            for am in _POSTAL_RE.finditer(t):
                code = (am.group("se") or am.group("fi") or "").replace(" ", "")
                if ctx.agency and code == re.sub(r"\D", "", (ctx.agency.get("address") or {}).get("postal_code", "")):
                    continue
                if any(code == re.sub(r"\D", "", (a.get("address") or {}).get("postal_code", ""))
                       for a in ctx.registry.data.get("agencies", [])):
                    continue
                if _HDR_LINE_RE.match(t):
                    continue
                cust.address = {"text": t.strip(), "postal_code": am.group("se") or am.group("fi"),
                                "city": am.group("c1") or am.group("c2")}
                break


def _names(segments: list[Segment], ctx: TextContext, doc: Fragment, subject: str) -> None:
    """Customer name when no label gave one: a registry name in the text, the line above an identifier, or a
    company name (with legal form) in a request sentence."""
    cust = doc.customer
    if cust.name:
        return
    agency_names = {(ctx.agency or {}).get(k, "").casefold() for k in ("name", "name_sv", "name_en")}
    for seg in segments:
        body = seg.text(with_signature=seg.level > 0)
        for s, e, nm in ctx.registry.find_names(body):
            cust.name = re.sub(r":[a-zåäö]{1,5}$", "", nm, flags=re.IGNORECASE)
            cust.where["name"] = Where(ctx.part)
            return
    # the line right above an org/personal number line
    for seg in segments:
        lines = seg.lines if seg.level > 0 else (seg.lines if seg.sig_start is None else seg.lines[:seg.sig_start])
        for idx, (n, t) in enumerate(lines):
            if find_identifiers(t, ctx.on) and re.match(r"(?i)^\s*(?:org|pnr|person|y-tunnus|business|reg|fo-)", t):
                k = idx - 1
                while k >= 0 and not lines[k][1].strip():
                    k -= 1
                if k >= 0:
                    cand = lines[k][1].strip()
                    if (not re.search(r"\d", cand) and not cand.endswith((":", ".", "?", "!")) and
                            1 <= len(cand.split()) <= 6 and cand.casefold() not in agency_names):
                        cust.name, cust.where["name"] = cand, Where(ctx.part, line=lines[k][0])
                        return
    for seg in segments:
        body = seg.text(with_signature=False)
        for m in _COMPANY_RE.finditer(body):
            nm = m.group("n").strip()
            if nm.casefold() in agency_names:
                continue
            first = nm.split()[0]
            if first.casefold() in ("hej", "hei", "hi", "hello", "tack", "kiitos", "please", "the", "vi", "we"):
                continue
            cust.name = nm
            cust.where["name"] = Where(ctx.part)
            return
    if subject:
        for s, e, nm in ctx.registry.find_names(subject):
            cust.name = re.sub(r":[a-zåäö]{1,5}$", "", nm, flags=re.IGNORECASE)
            return


_SENT_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"“(]|\d+[.)]\s)")
_PERIOD_SENT_RE = re.compile(r"(?i)\b(?P<w>[\wåäö-]+)?\s*(?:period|perioden|jakso|ajanjakso|kausi)\b")


def _units(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Bullets/list items are units on their own; other lines join into paragraphs, split into sentences."""
    units: list[tuple[int, str]] = []
    para: list[tuple[int, str]] = []

    def flush() -> None:
        if para:
            text = " ".join(t.strip() for _, t in para)
            for s in _SENT_SPLIT.split(text):
                if s.strip():
                    units.append((para[0][0], s.strip()))
            para.clear()

    for n, t in body:
        if not t.strip():
            flush()
            continue
        if _LIST_MARK_RE.match(t) or CODE_CTX_RE.match(t.lstrip()):
            flush()     # a bullet, or a line per article ("Artikel 1010, 3 st à 1 150 kr")
            units.append((n, t.strip()))
            continue
        para.append((n, t))
    flush()
    return units


def _prose_lines(body: list[tuple[int, str]], ctx: TextContext, known_codes: set[str],
                 periods: list) -> list[LineItem]:
    out: list[LineItem] = []
    for n, unit in _units(body):
        if _HDR_LINE_RE.match(unit):
            continue
        codes = article_codes_in(unit, ctx)
        # a sentence stating a period for something ("Rental period 12.10.–25.10.2026")
        pm = _PERIOD_SENT_RE.search(unit)
        ds = find_dates(unit, ctx.year)
        if pm and ds and not codes:
            periods.append(((pm.group("w") or "").casefold(), (ds[0].first, ds[0].last), Where(ctx.part, line=n)))
            continue
        if codes:
            clauses = _split_clauses(unit, codes)
            for (cs, ce), (s, e, code) in zip(clauses, codes):
                if code in known_codes:
                    continue
                li = _clause_line(unit[cs:ce], ctx, code, n)
                if li:
                    out.append(li)
                    known_codes.add(code)
            continue
        price, unit_p, approx, cur, pspan = find_price(unit, ctx)
        lump = bool(LUMP_RE.search(unit))
        if price is None and not approx and not lump:
            sd = _service_date(unit, ds)
            if sd:
                periods.append(("", sd, Where(ctx.part, line=n)))
            continue
        if NEGATION_RE.search(unit):
            continue
        li = _clause_line(unit, ctx, None, n)
        if li:
            out.append(li)
    return out


_SERVICE_CUE_RE = re.compile(
    r"(?i)\b(?:utför(?:d|da|des|t)|levererad(?:e|es)?|levererades|genomför(?:d|da|des|t)|gjordes|hölls|ägde rum|"
    r"performed|delivered|carried out|took place|was held|(?:for|of) (?:the )?(?:work|services?|deliver(?:y|ies))|"
    r"suoritet(?:tu|tiin)|toimitet(?:tu|tiin)|pidettiin|tehtiin|tehty)\b")


def _service_date(unit: str, ds: list) -> tuple[dt.date, dt.date] | None:
    """'Arbetet utfördes 15/3.', 'for the work in March 2026': a date stated once for the whole request."""
    for d in ds:
        before = unit[max(0, d.start - 40):d.start]
        if _SERVICE_CUE_RE.search(before) and not re.search(
                r"(?i)(?:senast|förfall|due|eräpäivä|viimeistään|betal|pay|maksu)", before):
            return d.first, d.last
    return None


def _split_clauses(unit: str, codes: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """One clause per article code: cut between consecutive codes at a conjunction or separator."""
    bounds = [0]
    for (s1, e1, _), (s2, e2, _) in zip(codes, codes[1:]):
        between = unit[e1:s2]
        cut = None
        for rx in (r"(?i)\b(?:sekä|samt|och|and|plus|ja|as well as)\b", r";", r",\s"):
            ms = list(re.finditer(rx, between))
            if ms:
                cut = e1 + ms[-1].start()
                # keep a parenthesis that belongs to the next code's clause start
                break
        if cut is None:
            cut = (e1 + s2) // 2
        bounds.append(cut)
    bounds.append(len(unit))
    return [(bounds[i], bounds[i + 1]) for i in range(len(codes))]


def _clause_line(clause: str, ctx: TextContext, code: str | None, n: int) -> LineItem | None:
    if NEGATION_RE.search(clause):
        return None
    w = Where(ctx.part, line=n)
    li = LineItem(article=code)
    if code:
        li.where["article"] = w
    code_spans = [(m.start(), m.end()) for m in re.finditer(rf"(?<![\w]){re.escape(code)}(?![\w])", clause,
                                                            re.IGNORECASE)] if code else []
    code_spans += [(m.start(), m.end()) for m in CODE_CTX_RE.finditer(clause)]
    price, unit_p, approx, cur, pspan = find_price(clause, ctx)
    extra = code_spans + ([pspan] if pspan else [])
    extra += [(a.start, a.end) for a in find_amounts(clause) if a.approximate or a.has_currency]
    qty, qspan = find_quantity(clause, ctx, extra)
    lump = bool(LUMP_RE.search(clause))
    li.lump_sum = lump
    li.quantity = qty
    if qty is not None:
        li.where["quantity"] = w
    if qty is None and lump:
        li.quantity = Decimal(1)
    if price is not None:
        li.where["unit_price"] = w
        li.currency = cur
        if not unit_p and (lump or re.search(r"(?i)\b(?:totalt|sammanlagt|yhteensä|in total|total)\b", clause)):
            li.amount = price
        else:
            li.unit_price = price
    li.price_approx = approx and price is None
    ds = [d for d in find_dates(clause, ctx.year)
          if not re.search(r"(?i)(?:senast|förfall|due|eräpäivä|viimeistään|by)\s*$", clause[max(0, d.start - 15):d.start])]
    if ds:
        li.period = (ds[0].first, ds[0].last)
        li.where["period"] = w
    if not code:
        desc = _LIST_MARK_RE.sub("", clause).strip()
        li.description = desc[:120] if desc else None
    else:
        pm = re.search(rf"{re.escape(code)}\s*\)?\s*\(([^)]{{3,80}})\)", clause)
        if pm and not re.search(r"\d", pm.group(1)):
            li.description = pm.group(1).strip()
    return li


def _apply_request_periods(doc: Fragment, periods: list) -> None:
    """A period stated once applies to every line without one; 'Rental period …' only to lines about rental."""
    for word, per, w in periods:
        targets = doc.lines
        if word and len(word) >= 4 and word not in ("the", "billing", "service", "avser", "laskutus", "for"):
            stem = word[:5]
            matched = [li for li in doc.lines if li.description and stem in li.description.casefold()]
            if matched:
                targets = matched
        for li in targets:
            if li.period is None:
                li.period = per
                li.where["period"] = w
        if not word:
            doc.period = doc.period or per
