"""Payment advices (betalningsavisering, maksuilmoitus, remittance advice) → payer, date, total, items.

The advice is a table of invoices paid; credit notes appear as negative amounts. References are normalised
(digits without spaces, RF references upper case). The payer is taken as stated, with no registry lookup.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from .advice_markers import PAID_WITH_REF_RE, marks_advice, one_payment_total
from .advice_senders import older_message_start, sender_above
from .amounts import find_amounts
from .charged_items import take_charged_items
from .dates import find_dates, past_weekday
from .foreign_regs import labelled_registration
from .identifiers import find_identifiers
from .paid_words import paid_as_told, paid_with
from .payment_rows import _line_reference as line_reference
from .payment_rows import header_row, line_items, read_rows, shared_column
from .tables import split_text_row
from .told_dates import date_beside_today

#: someone tells that an invoice was paid: "X har betalat faktura 4102440 idag", "vi har i dag betalat er faktura
#: …", "X on maksanut laskun …", "X has paid invoice …", "we have today paid your invoice …"
PAID_INVOICE = (r"\b(?:har\s+(?:(?:i\s*dag|idag|i\s*går|igår|nu|redan|(?:den\s+)?\d{4}-\d\d-\d\d|"
                r"\d{1,2}\.\d{1,2}\.(?:\d{2,4})?)\s+)?betalat|betalade)\s+"
                # a bilingual verb pair ("har betalat / on maksanut:") may stand between the verb and the invoice
                r"(?:/\s*(?:on|ovat)\s+maksanut\w*\s*:?\s+)?"
                r"(?:(?:i\s*dag|idag|i\s*går|igår)\s+)?(?:er\s+|vår\s+|era\s+|sin\s+|sina\s+)?faktur\w*|"
                r"\b(?:on|ovat)\s+(?:(?:tänään|nyt|jo)\s+)?maksanut\s+(?:\S+\s+)?lasku\w*|"
                r"\bmaksoi(?:vat)?\s+(?:\S+\s+)?lasku\w*|"
                # "maksoimme tänään 24.3.2026 laskunne": the payer's own "we paid", a day between verb and invoice
                r"\bmaks(?:oimme|oin)\s+(?:(?:tänään|eilen|jo|nyt|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?)\s+){0,3}lasku\w*|"
                # "X kertoi maksaneensa laskun N", "faktura N … betalas idag", "invoice N is paid today"
                r"\b(?:kertoi|kertoo|ilmoitti|ilmoittaa|vahvisti)\s+maksaneensa\s+(?:\S+\s+)?lasku\w*|"
                r"\bfaktur\w*\s+(?:nr\.?\s*)?\d{4,}[^.\n]{0,40}?\bbetalas\s+(?:i\s*dag|idag|nu|in\s+i\s*dag)\b|"
                r"\binvoice\s+(?:no\.?\s*)?\d{4,}[^.\n]{0,40}?\b(?:is|will\s+be)\s+paid\s+today\b|"
                # "we have today, 10 November 2026, paid your invoices …": a date may follow "today"
                r"\b(?:has|have)\s+(?:(?:today|now)\b(?:,\s*[^,.\n]{1,30},)?\s+)?paid\s+"
                r"(?:your\s+|our\s+|the\s+)?invoices?|"
                # "X paid invoice 7716050 today": the paid verb right before an invoice number
                r"\bpaid\s+(?:your\s+|our\s+|the\s+)?invoices?\s+(?:no\.?\s*|nr\.?\s*|number\s+|#\s*)?\d{4,}|"
                # "Ruovesjärven kunta on maksanut 30.11.2026:", "X har betalat 2026-11-30:": the paid verb dated
                r"\b(?:har\s+betalat|betalade|(?:on|ovat)\s+maksanut|maksoi(?:vat)?|(?:has|have)\s+paid)\s+"
                r"(?:den\s+|on\s+)?(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{4}-\d\d-\d\d)(?=\s*:)")
MARKER_RE = re.compile(r"(?i)\b(?:betalningsavisering|betalningsavi|betalningsspecifikation|maksuilmoitus|"
                       r"maksuerittely|maksuerittelu|remittance advice|payment advi[cs]e|payment notification|betalfil|"
                       r"remittance|inbetalning(?:ar|arna|en)?\s+från|bankens\s+avisering|\w*maksaneensa|"
                       r"ovat\s+maksaneet|(?:has|have)\s+paid\s+the\s+following|RmtInf|CdtrRefInf|BookgDt|NtryDtls|"
                       r"RmtdAmt|" + PAID_INVOICE + r")\b")
_LABELS = {
    "payer": ("betalare", "maksaja", "payer", "paid by", "betalningsavsändare", "betalningsmottagare från",
              "avsändare", "betalarens namn", "maksajan nimi", "payer name", "remitter", "ordering party"),
    "date": ("betalningsdag", "betalningsdatum", "betaldag", "betaldatum", "betald", "betalt den", "utbetalningsdag",
             "maksupäivä", "maksupvm", "maksettu", "maksettu pvm", "kirjauspäivä", "payment date", "value date",
             "paid on", "date paid", "paymnet date", "payment dat", "bokföringsdag", "arvopäivä", "bookgdt", "valdt"),
    "currency": ("currency", "valuta", "valuutta"),
    "total": ("summa", "totalt", "total", "yhteensä", "betalt totalt", "totalt betalt", "maksettu yhteensä",
              "total paid", "totall", "totalbelopp", "belopp totalt", "total amount", "summa yhteensä", "kokonaissumma",
              "betalt belopp", "maksettu summa", "amount paid", "paid amount", "summa betalt", "totalt utbetalt",
              "utbetalt", "total payment", "maksut yhteensä", "yhteensä maksettu", "total remitted", "amt",
              "amount remitted", "remitted amount", "sammanlagt", "sammanlagt betalt", "totalsumma", "grand total"),
}
_LABMAP = {s: f for f, ss in _LABELS.items() for s in ss}
_LAB_ALT = "|".join(re.escape(x) for x in sorted(_LABMAP, key=len, reverse=True))
#: "Betalare: X", "Maksupäivä 3.11.2026", "Betalare / Maksaja: X", "Totalt utbetalt 14 730,00 SEK"
_LABEL_LINE_RE = re.compile(rf"(?i)^\W*(?P<lab>(?:{_LAB_ALT})(?:\s*/\s*(?:{_LAB_ALT}))?)\.?\s*(?::|\s)\s*"
                            r"(?P<val>\S.*)$")
_PAYER_END_RE = re.compile(r"(?i)\s*(?:\(|,\s|;|\s+(?:org\.?\s*(?:nr|no|number)|organisationsnummer|y-tunnus|"
                           r"business id|fo-nummer)\b|\s+\d{6}-?\d{4}\b|\s+\d{7}-\d\b)")
#: inside the advice (below its marker) "Från: X (org nr)" / "From: X" names the payer — never a mail header
#: line (an address in it)
_FROM_RE = re.compile(r"(?i)^\W*(?:från|from|lähettäjä|avsändare)\s*:\s*(?P<val>[^@<>\n]{3,80})$")
_PROSE_PAYER_RE = re.compile(r"(?i:betalningsavisering|betalningsavi|betalningsspecifikation|maksuilmoitus|"
                             r"remittance advice|payment advice|inbetalning(?:ar)?|"
                             # "forwarding a note from X Oy: 'we have today paid …'"
                             r"note|message|meddelande|besked)\s+(?i:från|from|maksajalta)\s+"
                             r"(?P<n>[A-ZÅÄÖ][\w&.'-]*(?:[ ][\w&.'-]+){0,5}?[ ](?:AB|HB|KB|Oyj|Oy|Ab|Ky|Ay|Ltd|ry|"
                             r"kommun|kunta|kaupunki))\b")
_PROSE_PAID_RE = re.compile(r"(?i)\b(?:betald|betalt|betalades|betalade|maksettu|maksoi|\w*maksaneensa|maksanut|"
                            r"paid(?: on)?)(?:\s+den)?\s*")
#: "Kuopion Vesi Oy ilmoitti maksaneensa …", "Nordkap Analys AB har betalat …": the payer before a paid verb
_PAYER_BEFORE_PAID_RE = re.compile(
    r"(?P<n>[A-ZÅÄÖ][\w&.'-]*(?:[ ][\w&.'-]+){0,5}?[ ](?:AB|HB|KB|Oyj|Oy|Ab|Ky|Ay|Ltd|ry|kommun|kunta|kaupunki))"
    r"\s+(?i:ilmoitti\s+maksaneensa|on\s+maksanut|maksoi|har\s+betalat|betalade|has\s+paid|paid)\b")
_LEGAL = re.compile(r"(?:^|\s)(?:AB|HB|KB|Oy|Oyj|Ab|Ky|Ay|Ltd|Inc|GmbH|AS|ApS|A/S|ASA|BV|SA|Oü|UAB|SIA)$")
#: what follows a name on a letterhead line: "Miljølab ApS · CVR 31245672", "X AB | Org.nr 556…"
_LETTERHEAD_TAIL_RE = re.compile(r"(?i)\s+[·|•]\s+.*$|\s*,?\s+(?:cvr|org\.?\s*nr|y-tunnus|vat|business id)\b.*$")


#: a bank statement pasted as text ("Kontoutdrag – Bankgiro 552-0440", "TILIOTE FI84 …", "Account statement"):
#: an advice when, below it, a header names a reference (or invoice) column and an amount column — the incoming
#: payments; the balance line and the agency's own account number are no items
STATEMENT_RE = re.compile(r"(?i)\b(?:kontoutdrag|kontoutskrift|bankgirobesked|tiliote|tiliotteelta|tilitapahtumat|"
                          r"account\s+statement|bank\s+statement|statement\s+of\s+account)\b")


def pasted_statement(t: str) -> re.Match | None:
    """The statement word of a bank statement pasted as text whose rows list payments (see STATEMENT_RE)."""
    m = STATEMENT_RE.search(t or "")
    if not m:
        return None
    rows = [[c[2] for c in split_text_row(ln)] for ln in t[m.start():].splitlines()]
    hdr, _mapping = header_row(rows)
    return m if hdr is not None else None


def is_payment_advice(texts: list[str], subject: str) -> bool:
    return bool(MARKER_RE.search(subject or "")) or any(MARKER_RE.search(t or "") or pasted_statement(t)
                                                         or marks_advice(t) for t in texts)


@dataclass
class _Advice:
    """What has been read of an advice so far (the first value found for each field wins)."""

    payer_name: str | None = None
    payer_org: str | None = None
    pay_date: dt.date | None = None
    currency: str | None = None
    items: list[dict] = field(default_factory=list)
    total: Decimal | None = None


def parse_advice(texts: list[str], tables: list[list[list[str]]], on: dt.date, agency: dict | None,
                 is_agency_id: Callable[[str], bool]) -> dict:
    """Read an advice from plain texts (body incl. forwarded part, PDF text) and ruled tables (PDF)."""
    adv = _Advice()
    # no-break spaces are thousands separators ("20 947,33"), never column gaps
    docs = [t.replace("\xa0", " ").replace("\u202f", " ") for t in _advice_parts(texts)]
    texts = [t[:older_message_start(t)] if (m := MARKER_RE.search(t)) and m.start() < older_message_start(t) else t
             for t in texts]
    agency_names = {(agency or {}).get(k, "").casefold() for k in ("name", "name_sv", "name_en")}
    for tb in tables:  # "Betalare | Rosendals AB" label cells above a spreadsheet's item table
        for row in tb[:12]:
            cells = [c for c in row if c and c.strip()]
            if len(cells) == 2:
                # the label's colon may be in its cell ("Maksaja:" | "X Oy"): one colon, never ": X Oy"
                _read_line(adv, f"{cells[0].rstrip().rstrip(':').rstrip()}: {cells[1]}", on, is_agency_id)
            elif len(cells) == 1:   # the label and its value in one cell: "Maksaja: X ry", "Maksupäivä 4.12.2026"
                _read_line(adv, cells[0], on, is_agency_id)
    for t in docs:
        _read_text(adv, t, on, is_agency_id, agency_names)
    _read_tables(adv, tables)
    if not adv.pay_date or not adv.payer_name:
        _told_in_prose(adv, texts, on, agency_names)
    _take_paid(adv, docs)
    take_charged_items(adv.items, docs, adv.total)   # "(deducted from invoice 60204, paid 588,00)"
    if adv.total is None and adv.items:
        adv.total = _total_in_prose(docs) or one_payment_total(docs) or (paid_with(docs) if len(adv.items) == 1
                                                                          else None)
    if not adv.currency:
        allc = [a.currency for t in docs for a in find_amounts(t)
                if a.currency and not re.match(r"[A-Za-z]+-\d", t[a.start:a.end])]  # "KR-17" is an id
        adv.currency = allc[0] if allc else (agency or {}).get("currency")
    return {"payer": {"name": adv.payer_name, "org_no": adv.payer_org},
            "payment_date": adv.pay_date.isoformat() if adv.pay_date else None,
            "total": adv.total, "currency": adv.currency, "items": adv.items}


def _take_paid(adv: _Advice, docs: list[str]) -> None:
    """One invoice with the amount paid told in words (intake.extract.paid_words): the item is what was paid,
    not the invoice's amount nor a difference; read items for other invoices are left alone."""
    told = paid_as_told(docs)
    if told is None or len(adv.items) > 1 or (adv.items and (adv.items[0]["invoice_number"] != told[0] or
                                                             adv.items[0]["amount"] == told[1])):
        return      # another invoice's row, or the row already says what was paid
    ref = adv.items[0]["reference"] if adv.items else None
    ref = ref or next((r for t in docs if (r := line_reference(t)[0])), None)
    adv.items = [{"invoice_number": told[0], "reference": ref, "amount": told[1]}]
    adv.total = told[1] if adv.total is None else adv.total


def _advice_parts(texts: list[str]) -> list[str]:
    """Each text restricted to the advice part (from the marker on) when the marker is inside it."""
    docs = []
    for t in texts:
        m = MARKER_RE.search(t) or pasted_statement(t)  # from the marker's line on ("X Oy ilmoitti maksaneensa …")
        docs.append(t[t.rfind("\n", 0, m.start()) + 1:] if m else t)
    return docs


def _read_text(adv: _Advice, t: str, on: dt.date, is_agency_id: Callable[[str], bool],
               agency_names: set[str]) -> None:
    """Labelled fields and identifiers line by line, the payer from the letterhead, the item rows, the currency."""
    t = t[:older_message_start(t)]    # a reminder quoted below the payment is not the advice
    for ln in t.splitlines():
        _read_line(adv, ln, on, is_agency_id)
    if not adv.payer_name:   # "betalningsavisering från Nordkap Analys AB (…)", "payment advice from X Oy"
        pm = _PROSE_PAYER_RE.search(t) or _PAYER_BEFORE_PAID_RE.search(t)
        adv.payer_name = pm.group("n").strip() if pm else None
    if not adv.pay_date:     # "…, betald 2027-05-12", "maksettu 12.5.2027", "paid on 12 May 2027"
        dm = _PROSE_PAID_RE.search(t)
        ds = find_dates(t[dm.end():dm.end() + 30], on.year, on) if dm else []
        adv.pay_date = ds[0].first if ds and ds[0].start <= 2 else None
    if not adv.payer_name:      # under any marker: "forwarding the remittance …" / "REMITTANCE ADVICE" / "X Ltd"
        adv.payer_name = next((p for m in MARKER_RE.finditer(t)
                               if (p := _letterhead_payer(t[t.rfind("\n", 0, m.start()) + 1:], agency_names))),
                              None) or _letterhead_payer(t, agency_names)
    if not adv.items:
        rows = [[c[2] for c in split_text_row(ln)] for ln in t.splitlines()]
        adv.items, tot = read_rows(rows)
        adv.total = adv.total if adv.total is not None else tot
        if adv.items:   # a bank export repeats the payer and the booking day on each row
            adv.payer_name = adv.payer_name or shared_column(rows, "payer")
            day = find_dates(shared_column(rows, "pay_date") or "", on.year, on)
            adv.pay_date = adv.pay_date or (day[0].first if day and day[0].kind == "single" else None)
    if not adv.items:
        adv.items = line_items(t)
    if not adv.currency:
        hm = re.search(r"(?i)\((SEK|EUR|USD|NOK|DKK)\)", t)
        if hm:
            adv.currency = hm.group(1).upper()


def _read_line(adv: _Advice, ln: str, on: dt.date, is_agency_id: Callable[[str], bool]) -> None:
    """A labelled line (payer, payment date, currency, total; with or without a colon, also inside a one-cell
    table row) and the first org number that is not the agency's."""
    ln = ln.strip().strip("|").strip()
    m = _LABEL_LINE_RE.match(ln)
    fields = _label_fields(m.group("lab")) if m else []
    val = m.group("val").strip() if m else ""
    ds = find_dates(val, on.year, on) if "date" in fields else []
    if ds and not adv.pay_date:
        adv.pay_date = ds[0].first
    elif "total" in fields and adv.total is None:
        amts = [a for a in find_amounts(val) if a.value is not None and not a.approximate]
        adv.total = amts[-1].value if amts else None
    elif "payer" in fields and not adv.payer_name:
        adv.payer_name = _PAYER_END_RE.split(val, maxsplit=1)[0].strip(" |") or None
    elif not m and not adv.payer_name and (fm := _FROM_RE.match(ln)):
        adv.payer_name = _PAYER_END_RE.split(fm.group("val").strip(), maxsplit=1)[0].strip(" |") or None
    elif "currency" in fields and not adv.currency:
        cm = re.search(r"\b[A-Z]{3}\b", val)
        adv.currency = cm.group(0) if cm else None
    for i in find_identifiers(ln, on):
        if i.value and not adv.payer_org and not is_agency_id(i.raw):
            adv.payer_org = i.value
    if not adv.payer_org and "payer" in fields and (reg := labelled_registration(ln)):
        adv.payer_org = reg     # "Payer: SIA Daugava Rail Logistics, reg. no. 40003184759"


def _label_fields(lab: str) -> list[str]:
    """The fields a label names; a bilingual "Betalare / Maksaja" by either half."""
    out = []
    for cand in [lab, *lab.split("/")]:
        f = _LABMAP.get(" ".join(cand.replace(".", "").split()).casefold())
        if f and f not in out:
            out.append(f)
    return out


def _letterhead_payer(t: str, agency_names: set[str]) -> str | None:
    """A company name (with a legal-form suffix, not the agency's) among the first lines under the marker."""
    for n, ln in enumerate(t.splitlines()[:8]):
        s = _LETTERHEAD_TAIL_RE.sub("", ln.strip().lstrip("> ").strip())    # a quoted note's "> Terveisin, X Oy"
        s = next((p.strip() for p in s.split(", ") if _LEGAL.search(p.strip())), s)
        if (mm := MARKER_RE.match(s)) and (dm := re.match(r"\s*[–—:|-]\s*", s[mm.end():])):
            s = s[mm.end() + dm.end():]     # "Betalningsavisering – Nordbyggen Entreprenad AB", also the marker's line
        elif n == 0:
            continue
        if _LEGAL.search(s) and s.casefold() not in agency_names and len(s.split()) <= 6:
            return s
    return None


def _read_tables(adv: _Advice, tables: list[list[list[str]]]) -> None:
    """Items and total from ruled (PDF) tables when the texts did not give both."""
    for tb in tables:
        if adv.items and adv.total is not None:
            break
        its, tot = read_rows(tb)
        if its and not adv.items:
            adv.items = its
            adv.payer_name = adv.payer_name or shared_column(tb, "payer")
            day = find_dates(shared_column(tb, "pay_date") or "", 2000)
            adv.pay_date = adv.pay_date or (day[0].first if day and day[0].kind == "single" else None)
        adv.total = adv.total if adv.total is not None else tot


_PAID_TOLD_RE = re.compile(PAID_INVOICE, re.IGNORECASE)
_TODAY_RE = re.compile(r"(?i)\b(?:i\s*dag|idag|tänään|today)\b")
_YESTERDAY_RE = re.compile(r"(?i)\b(?:i\s*går|igår|eilen|yesterday)\b")
#: the header date of a quoted or forwarded message ("Skickat: den 7 oktober 2026 11:45", "Sent: 7 October 2026")
_SENT_RE = re.compile(r"(?im)^\W*(?:skickat|sent|date|datum|lähetetty|päivämäärä|päiväys)\s*:\s*(?P<d>.+)$")
#: "Sjöbo Vattenråd har betalat …": a name of capitalised words opening the sentence that tells the payment
_NAME_OPENS_RE = re.compile(r"(?:^|[.!?:]\s+|\n\s*)(?P<n>[A-ZÅÄÖ][\w&'-]+(?:\s+(?:[A-ZÅÄÖ&][\w&'-]*|och|ja|and)){0,5})"
                            r"\s*$")


def _told_in_prose(adv: _Advice, texts: list[str], on: dt.date, agency_names: set[str]) -> None:
    """A payment told in a sentence ("X har betalat faktura N idag", "vi har i dag betalat er faktura N"): the
    date "today" is the date of the message the sentence stands in (its header date when it is forwarded or
    quoted, else the mail's); the payer is the name opening the sentence, else the company in the signature
    below it."""
    for t in texts:
        m = _PAID_TOLD_RE.search(t or "") or PAID_WITH_REF_RE.search(t or "")     # "X paid today with ref RF…"
        if not m:
            continue
        start = t.rfind("\n", 0, m.start()) + 1
        end = t.find("\n", m.end())
        sentence = t[start:end if end >= 0 else len(t)]
        back = 0 if _TODAY_RE.search(sentence) else 1 if _YESTERDAY_RE.search(sentence) else None
        told_on = _told_on(t, start, on)
        if not adv.pay_date and (stated := date_beside_today(sentence, on)):     # "tänään 24.3.2026"
            adv.pay_date = stated
        elif not adv.pay_date and back is not None:   # "i dag" / "i går": the day of the message telling it
            adv.pay_date = told_on - dt.timedelta(days=back)
        elif not adv.pay_date and (wd := past_weekday(sentence, told_on)):     # "i fredags", "last Friday"
            adv.pay_date = wd
        elif not adv.pay_date:      # "X on maksanut laskun 7710301 kesäkuun 2. päivä, 196,00 €"
            days = [d for d in find_dates(sentence[m.end() - start:], on.year, on) if d.kind == "single"] or \
                [d for d in find_dates(m.group(0), on.year, on) if d.kind == "single"]  # "har 2026-12-28 betalat"
            adv.pay_date = days[0].first if days else None
        if not adv.payer_name:
            nm = _NAME_OPENS_RE.search(t[start:m.start()].rstrip())
            rm = _REPORTED_BY_RE.match(t[start:m.start()])
            if nm and nm.group("n").casefold() not in agency_names and not _SENT_RE.match(nm.group("n")):
                adv.payer_name = nm.group("n").strip()
            elif rm and rm.group("n").casefold() not in agency_names:
                adv.payer_name = rm.group("n").strip()
            else:   # the reply's header ("> Från: X AB <…>"), else the signature below the sentence
                adv.payer_name = sender_above(t, start, agency_names) or \
                    _signature_company(t[end if end >= 0 else len(t):], agency_names)
        return


def _told_on(t: str, start: int, on: dt.date) -> dt.date:
    """The day of the message a sentence stands in: the header date of the quoted or forwarded message above it,
    else the mail's."""
    sent = [find_dates(h.group("d"), on.year, on) for h in _SENT_RE.finditer(t, 0, start)]
    dated = [d[0].first for d in sent if d]
    return dated[-1] if dated else on


#: a payment reported by the payer on the phone or in a note, then told with a pronoun: "Brattfors Skogsägare
#: ekonomisk förening ringde nyss: de betalade …", "Kuopion Vesi soitti: he maksoivat …", "X called: they paid …"
_REPORTED_BY_RE = re.compile(
    # "kunden 3 Kök ringde, dom har …": a role word may precede the name, and a name may open with a digit
    r"\W*(?:(?i:kunden|kund|customer|the\s+customer|asiakas)\s+)?"
    r"(?P<n>(?:\d{1,3}\s+)?[A-ZÅÄÖ][^:.!?\n]{2,80}?)\s+(?i:ringde|har\s+ringt|meddelade|har\s+meddelat|hörde\s+av\s+sig|"
    r"skrev|called|phoned|rang|wrote|told\s+us|soitti|ilmoitti|kertoi)\b[^:.!?\n]{0,30}[:,;–-]\s*"
    r"(?i:de|dom|han|hon|vi|they|he|she|we|ne|hän|me)(?:\s+(?i:har|have|has|ovat|on))?\s*$")


_LEGAL_WORD_RE = re.compile(r"(?:^|\s)(?:AB|HB|KB|Oy|Oyj|Ab|Ky|Ay|Ltd|Inc|GmbH|AS|ry|kommun|kunta)(?:\s|$)")


def _signature_company(t: str, agency_names: set[str]) -> str | None:
    """The company a payment note is signed with: a short line holding a legal form anywhere ("Fastighets AB
    Gåsen 4", "Oy Nordic Soil Lab Ab") among the lines below the sentence, not the agency's own name."""
    for ln in t.splitlines()[:8]:
        s = ln.strip().lstrip("> ").strip()
        # "Hälsningar, Sjövik Fastigheter AB, ekonomi": the comma-separated part holding the legal form
        s = next((p.strip() for p in s.split(", ") if _LEGAL_WORD_RE.search(p.strip())), s)
        s = re.split(r"\s+/\s+", s)[0] if _LEGAL_WORD_RE.search(re.split(r"\s+/\s+", s)[0]) else s   # "X Oy / osto"
        if _LEGAL_WORD_RE.search(s) and s.casefold() not in agency_names and len(s.split()) <= 6 and \
                not re.search(r"@|\d{3}\s?\d{2}\b|:", s):
            return s
    return None


#: "…, EUR 1,642.00 in total", "totalt 3 400,00 kr", "yhteensä 1 568,00 €" inside the sentence telling a payment
_TOTAL_WORD_RE = re.compile(r"(?i)\b(?:in total|totalt|sammanlagt|yhteensä|total of|a total of)\b|"
                            r"\b(?:yht|tot|sammanl|totalt)\.")     # abbreviated: "…, yht. 1 312,40 €"


def _total_in_prose(docs: list[str]) -> Decimal | None:
    """The total a payment sentence states: the one amount with a currency standing right before or after a
    total word on the line that tells the payment (none when that is not unique)."""
    for t in docs:
        for ln in t.splitlines():
            if not _PAID_TOLD_RE.search(ln):
                continue
            for w in _TOTAL_WORD_RE.finditer(ln):
                near = [a for a in find_amounts(ln) if a.has_currency and a.value is not None and not a.approximate
                        and (0 <= w.start() - a.end <= 3 or 0 <= a.start - w.end() <= 3)]
                after = [a for a in near if a.start >= w.end()]     # "(500,00 €), yht. 1 312,40 €": the one after
                if len(near) == 1 or len(after) == 1:
                    return (after or near)[0].value
    return None
