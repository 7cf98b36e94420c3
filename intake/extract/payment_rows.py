"""The item table of a payment advice: which column is the invoice, the reference, and what was paid.

Advices come from banks, ERP systems and people, in sv/fi/en and often bilingual ("Faktura / Lasku",
"Betalt / Maksettu"). A partial payment shows the invoice amount beside the paid amount: the item's amount is what
was paid (the paid column wins over a generic amount, which wins over the invoice amount). A payer's batch or
transaction id is no payment reference and its column is never read as one. Credit notes deducted are negative
items (a positive amount on a row marked as a credit note is negated). References are normalised: RF creditor
references (ISO 11649) upper case without spaces and only when their check digits hold (python-stdnum), other
references (OCR, Finnish viitenumero) as digits.
"""
from __future__ import annotations

import re
from decimal import Decimal

from stdnum import iso11649

from .advice_markers import PAID_WITH_REF_RE
from .amounts import find_amounts, parse_amount
from .dates import find_dates
from .tables import norm_header

_COLS = {
    "invoice_number": ("fakturanr", "fakturanummer", "faktura", "faktura nr", "fakturanr/kreditnota", "laskunro",
                       "laskun numero", "laskunumero", "lasku", "lasku nro", "laskun nro", "invoice no", "invoice",
                       "invoice number", "inv no", "invoice #", "document no", "dokumentnr", "verifikationsnr",
                       # the payer's words for the payee's invoice
                       "your invoice", "your invoice no", "your invoice number", "er faktura", "ert fakturanr",
                       "ert fakturanummer", "laskunne", "teidän laskunne", "teidän laskunro"),
    "reference": ("ocr", "ocr-referens", "ocr referens", "ocr-nummer", "referens", "viite", "viitenumero",
                  "viitenro", "maksuviite", "reference", "ocr reference", "payment reference", "ref", "rf-referens",
                  "rf referens", "betalningsreferens", "referensnummer", "creditor reference", "rf-viite"),
    "paid": ("betalt", "betalt belopp", "betalat", "inbetalt", "inbetalt belopp", "maksettu", "maksettu summa",
             "maksettu määrä", "maksettava", "paid", "amount paid", "paid amount", "payment amount", "betalning",
             "betalat belopp", "maksu", "summa betalt"),
    "amount": ("belopp", "summa", "amount", "määrä", "net amount", "nettobelopp", "netto", "summa eur"),
    "invoice_amount": ("fakturabelopp", "fakturans belopp", "ursprungligt belopp", "laskun summa", "laskun määrä",
                       "laskun loppusumma", "laskun summa eur", "invoice amount", "original amount", "gross amount",
                       "open amount", "öppet belopp", "avoin summa", "avoin määrä", "fakturerat"),
    "payer": ("betalare", "betalarens namn", "maksaja", "maksajan nimi", "payer", "payer name", "debtor",
              "remitter", "avsändare", "inbetalare", "sender"),
    "pay_date": ("bokföringsdag", "betalningsdag", "betalningsdatum", "betaldag", "maksupäivä", "maksupvm",
                 "kirjauspäivä", "arvopäivä", "payment date", "value date", "booking date", "betaldatum",
                 "betald", "betalt den", "maksettu pvm", "maksupäivämäärä", "paid on", "date paid", "kirjauspvm",
                 "arvopvm", "bokf dag", "bokföringsdatum"),
    "ignore": ("batch", "batch id", "batch-id", "batchnr", "transaktion", "transaktions-id", "transaktionsid",
               "transaction id", "transaction", "arkiverings-id", "arkiveringsid", "arkistointitunnus", "löpnummer",
               "tapahtumatunnus", "betalnings-id", "payment id", "datum", "date", "päivämäärä", "förfallodag",
               "eräpäivä", "due date", "fakturadatum", "laskun päivämäärä", "invoice date", "kundnr", "asiakasnro"),
}
_COLMAP = {s: f for f, ss in _COLS.items() for s in ss}
_AMOUNT_FIELDS = ("paid", "amount", "invoice_amount")
#: a total row; a bank statement's names its rows first ("Panot yhteensä", "Inbetalningar totalt")
TOTAL_RE = re.compile(r"(?i)^\s*(?:panot\s+|inbetalningar\s+|credits\s+)?"
                      r"(?:summa|total|totalt|yhteensä|sum|summa betalt|total paid|betalt totalt|"
                      r"maksettu yhteensä|totalbelopp|kokonaissumma|grand total)\b")
_DOC_WORD_RE = re.compile(r"(?i)^(?:kreditnota|kreditfaktura|hyvityslasku|credit note|faktura|lasku|invoice)\b"
                          r"\s*(?:nr\.?|no\.?|nro\.?|#)?\s*(?=\S*\d)")
_CREDIT_ROW_RE = re.compile(r"(?i)\b(?:kreditnota|kreditfaktura|kredit|hyvityslasku|hyvitys|credit note|credit)\b")


def column_field(cell: str) -> str | None:
    """The field a header cell names; a bilingual "Faktura / Lasku" or "Betalt (Maksettu)" by either half."""
    whole = _COLMAP.get(norm_header(cell))
    if whole:
        return whole
    for half in re.split(r"\s*/\s*|\s*\(|\)", cell or ""):
        f = _COLMAP.get(norm_header(half))
        if f:
            return f
    return None


def header_row(rows: list[list[str]]) -> tuple[int | None, dict[int, str]]:
    """The first row naming both an invoice-number and an amount column, with its column → field mapping."""
    for i, r in enumerate(rows):
        m: dict[int, str] = {}
        for j, c in enumerate(r):
            f = column_field(c)
            if f and f not in m.values():
                m[j] = f
        keyed = "invoice_number" in m.values() or "reference" in m.values()  # an OCR-only export has no invoice
        if keyed and any(f in m.values() for f in _AMOUNT_FIELDS):
            return i, m
    return None, {}


def shared_column(rows: list[list[str]], field: str) -> str | None:
    """The one value a column of the item table holds on every item row (a bank export repeats the payer and the
    booking date on each row); None when the column is missing or its values differ."""
    hdr, mapping = header_row(rows)
    col = next((j for j, f in mapping.items() if f == field), None)
    if hdr is None or col is None:
        return None
    vals: set[str] = set()
    for r in rows[hdr + 1:]:
        if r and TOTAL_RE.match(r[0] or ""):
            break   # the rows below a total (a statement's balance) are no items
        if col < len(r) and r[col].strip():
            vals.add(" ".join(r[col].split()))
    return vals.pop() if len(vals) == 1 else None


def reference(s: str | None) -> str | None:
    """RF references compact upper case when valid (ISO 11649), other references as digits; else None."""
    s = (s or "").strip()
    if not s:
        return None
    if re.match(r"(?i)^RF\s*\d", s):
        rf = iso11649.compact(s).upper()
        return rf if iso11649.is_valid(rf) else None
    d = re.sub(r"[\s.-]", "", s)
    return d if re.fullmatch(r"\d{2,30}", d) else None


def read_rows(rows: list[list[str]]) -> tuple[list[dict], Decimal | None]:
    """The items under the header row, up to a total row (whose last amount is the total)."""
    hdr, mapping = header_row(rows)
    if hdr is None:
        return [], None
    ncols = len(rows[hdr])
    items: list[dict] = []
    for r in rows[hdr + 1:]:
        cells = list(r)
        if not any(c.strip() for c in cells) or all(re.fullmatch(r"[-=_ ]*", c) for c in cells):
            continue
        if cells and (TOTAL_RE.match(cells[0]) or (not cells[0].strip() and any(TOTAL_RE.match(c) for c in cells))):
            amts = [a for a in (parse_amount(c) for c in cells if c.strip() and not TOTAL_RE.match(c))
                    if a is not None]
            return items, (amts[-1] if amts else None)
        remark: list[str] = []
        while len(cells) > ncols and not re.search(r"\d", cells[-1]):
            remark.insert(0, cells.pop())   # "-1 250,00   (kreditnota)", "1 000,00  delbetalning": a remark
        item = _row_item(cells, mapping) if len(cells) == ncols else _loose_item(cells)
        if item:
            item["amount"] = _signed(item["amount"], remark)
            items.append(item)
    return items, None


def _row_item(cells: list[str], mapping: dict[int, str]) -> dict | None:
    """A row aligned with the header: the paid column first, else the amount, else the invoice amount."""
    vals = {f: cells[j] for j, f in mapping.items() if j < len(cells)}
    inv = invoice_number(vals.get("invoice_number") or "")
    ref = reference(vals.get("reference", ""))
    amt = next((a for a in (parse_amount(vals.get(f, "")) for f in _AMOUNT_FIELDS if vals.get(f, "").strip())
                if a is not None), None)
    if TOTAL_RE.match(cells[0] if cells else ""):
        return None
    if amt is None or not (inv or ref):
        worded = line_items("  ".join(cells))  # a row written in words under the header
        return worded[0] if worded else None
    return {"invoice_number": inv, "reference": ref, "amount": _signed(amt, cells)}


def invoice_number(cell: str) -> str | None:
    """The invoice number of a cell ("Kreditnota 17" -> "17", "Faktura nr 2610557" -> "2610557")."""
    s = _DOC_WORD_RE.sub("", (cell or "").strip()).strip()
    s = re.sub(r"\s*\([^()]*\)\s*$", "", s)   # "7709081 (hyvityslasku / credit note)": a remark, not the number
    head, _, rest = s.partition(" ")
    if rest and re.search(r"\d", head) and not re.search(r"\d", rest):
        s = head    # "3101077 kreditnota": the number, then a word about it
    return s if s and re.search(r"\d", s) else None


def _loose_item(cells: list[str]) -> dict | None:
    """A text row that does not line up with the header: invoice number first, amount last."""
    if len(cells) < 2:
        return None
    first = cells[0].strip()
    inv = first if re.fullmatch(r"[A-Z0-9-]{3,20}", first) and re.search(r"\d", first) else None
    amt = parse_amount(cells[-1])
    if not inv or amt is None:
        worded = line_items("  ".join(cells))  # "Less credit note 2610600   -300.00"
        return worded[0] if worded else None
    mid = [c for c in cells[1:-1] if not find_dates(c, 2000)]
    return {"invoice_number": inv, "reference": reference(mid[0]) if mid else None, "amount": _signed(amt, cells)}


def _signed(amount: Decimal, cells: list[str]) -> Decimal:
    """A credit note deducted is a negative item even when the advice prints it unsigned."""
    if amount > 0 and any(_CREDIT_ROW_RE.search(c) for c in cells):
        return -amount
    return amount


_INV_LINE_RE = re.compile(
    # a list mark may stand first ("1) lasku 771702, viite …"); "Invoce" is a common slip of "Invoice"
    r"(?i)^\W*(?:\d{1,2}[.)]\s+)?(?P<less>(?:less|minus|avgår|avdrag|avdras|vähennetään|vähennys)\s*:?\s*)?"
    r"(?P<kind>kreditfaktura|kreditnota|hyvityslasku|credit note|faktura(?:nr|nummer|n)?|lasku(?:n)?|"
    r"invoice|invoce|invocie|inv\.?)(?:\s*/\s*(?:lasku|faktura|invoice)\w*)?"     # bilingual "Faktura/Lasku 771210"
    r"(?:\s*(?:nr|no|nro|number|numero)\.?)?\s*[:#]?\s*(?P<inv>[A-Z]{0,4}-?\d[\d-]{2,19})\b"
    r"(?P<rest>.*)$")
_REF_RE = re.compile(r"(?i)\b(?:ocr(?:-?nummer)?|viite(?:numero)?|viitenro|ref(?:erens|erence)?|rf-viite)\b"
                     r"(?:\s*/\s*(?:viite|viitenumero|referens|ocr)\b)?\s*[:.]?"     # "referens/viite 771 2100"
                     r"\s*(?P<ref>RF\s?\d\d(?:\s?[0-9A-Z])+|\d(?:\s?\d)+)|\b(?P<rf>RF\s?\d\d(?:\s?[0-9A-Z])+)")


def line_items(text: str) -> list[dict]:
    """Items written one per line in words: "Faktura 2610571, OCR 261 057 18, belopp 7 200,00 kr",
    "Lasku 4501344  viite RF60 450 1344  2 418,00 €", "Kreditfaktura 2610391  -1 050,00"."""
    items = []
    for ln in text.splitlines():
        m = _INV_LINE_RE.match(ln)
        if not m:
            continue
        rest = m.group("rest")
        ref, after = _line_reference(rest)
        amts = [a for a in (parse_amount(x) for x in re.findall(r"[-−–]?\s?\d[\d\s.,'’]*\d|[-−–]?\d", after))
                if a is not None]
        if not amts:
            continue
        amount: Decimal = amts[-1]
        if (re.match(r"(?i)kredit|hyvitys|credit", m.group("kind")) or m.group("less")) and amount > 0:
            amount = -amount
        items.append({"invoice_number": m.group("inv"), "reference": ref, "amount": _signed(amount, [ln])})
    return items or _reference_items(text) or _prose_items(text) or _paid_with_reference(text)


def _paid_with_reference(text: str) -> list[dict]:
    """"X paid today with ref RF18 5390 0754 7034, SEK 2,400.00": a payment told by its reference alone is one
    item — the reference and the one amount with a currency in that sentence (none when not unique)."""
    for m in PAID_WITH_REF_RE.finditer(text):
        end = text.find("\n", m.start())
        sentence = text[m.start():end if end >= 0 else len(text)]
        ref, after = _line_reference(sentence)
        money = [a.value for a in find_amounts(after) if a.has_currency and a.value is not None and not a.approximate]
        if ref and len(money) == 1:
            return [{"invoice_number": None, "reference": ref, "amount": money[0]}]
    return []


#: an invoice paid, told in a sentence: "X har betalat faktura 4102440 idag, 2 350 kr, ocr 410244016", "vi har i
#: dag betalat er faktura 4102250, OCR 410225072, 4 900 kr", "X on maksanut laskun 7709210 (viite …) 890,00 €"
_PAID_SENTENCE_RE = re.compile(
    r"(?i)\b(?:betalat|betalt|betalade|maksanut|maksoi\w*|maksettu|paid)\b[^.\n]{0,40}?"
    r"\b(?:faktur\w*|lasku\w*|invoices?)\s*(?:nr|no|nro|number|numero)?\.?\s*:?\s*(?P<inv>\d[\d-]{3,19})\b"
    r"(?P<rest>[^\n]*)")


def _prose_items(text: str) -> list[dict]:
    """One item per sentence that tells an invoice was paid: its number, its reference, and the amount written
    with a currency (exactly one such amount; else the item is not read)."""
    items = []
    for m in _PAID_SENTENCE_RE.finditer(text):
        rest = m.group("rest")
        if len(_LISTED_RE.findall(m.group("inv") + rest)) > 1 or _LISTED_RE.match(m.group("inv") + rest):
            items += _listed_invoices(m.group("inv") + rest)   # each invoice with its own amount, or none
            continue
        ref, _after = _line_reference(rest)
        rm = _REF_RE.search(rest)
        bare = rest[:rm.start()] + " " * (rm.end() - rm.start()) + rest[rm.end():] if rm else rest
        money = [a.value for a in find_amounts(bare) if a.has_currency and a.value is not None and not a.approximate]
        if len(money) == 1:
            items.append({"invoice_number": m.group("inv"), "reference": ref, "amount": money[0]})
    return items


#: "invoices 7709101 (EUR 1,250.00) and 7709115 (EUR 392.00)": each number with its amount in parentheses
_LISTED_RE = re.compile(r"(?<![\d-])(?P<inv>\d[\d-]{3,19})\s*\((?P<amt>[^()]{1,40})\)")


def _listed_invoices(text: str) -> list[dict]:
    """Invoices listed in one sentence, each with exactly one amount of its own in parentheses (else none is
    read: an amount that cannot be tied to one invoice is no item)."""
    items = []
    for m in _LISTED_RE.finditer(text):
        money = [a.value for a in find_amounts(m.group("amt")) if a.value is not None and not a.approximate]
        if len(money) != 1:
            return []
        items.append({"invoice_number": m.group("inv"), "reference": None, "amount": money[0]})
    return items


#: a reference line with its amount behind an amount label, no invoice number ("CdtrRefInf/Ref: 520301185
#: RfrdDocAmt/RmtdAmt: 4900.00" pasted from a camt.054, "OCR 410201156  belopp 2 350,00")
_REF_LINE_RE = re.compile(r"(?i)^\W*(?:[a-z]+/)*(?:ref|ocr|viite(?:numero)?)\b.*?"
                          r"\b(?:rmtdamt|amt|belopp|betalt|amount|paid|summa|määrä|maksettu)\s*:?\s*"
                          r"(?P<a>[-−–]?\s?\d[\d\s.,]*\d|[-−–]?\d)\s*(?:kr|sek|eur|€)?\s*$")


def _reference_items(text: str) -> list[dict]:
    items = []
    for ln in text.splitlines():
        m = _REF_LINE_RE.match(ln)
        ref, _after = _line_reference(ln) if m else (None, "")
        amount = parse_amount(m.group("a")) if m else None
        if ref and amount is not None:
            items.append({"invoice_number": None, "reference": ref, "amount": _signed(amount, [ln])})
    return items


def _line_reference(rest: str) -> tuple[str | None, str]:
    """The reference in the rest of an item line and the text after it. Spaced RF references are cut at the
    longest prefix whose ISO 11649 check digits hold (the amount may follow after a single space)."""
    m = _REF_RE.search(rest)
    if not m:
        return None, rest
    raw = (m.group("ref") or m.group("rf") or "").strip()
    if raw.upper().startswith("RF"):
        tokens = raw.split()
        for n in range(len(tokens), 0, -1):
            cand = reference(" ".join(tokens[:n]))
            if cand:
                consumed = rest[:m.start()] + rest[m.start():].replace(" ".join(tokens[:n]), "", 1)
                return cand, consumed[m.start():]
        return None, rest[m.end():]
    groups = re.split(r"\s{2,}", raw)
    return reference(groups[0]), rest[m.start() + len(groups[0]) + (m.start("ref") - m.start()):]
