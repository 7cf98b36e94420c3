"""The label lexicon: every way agencies label a field (Swedish, Finland-Swedish, Finnish, English) → one field.

One table, so the label reader, the prose reader and the key/value cells of a form all agree on what a label means.
Finnish labels inflect and take possessive suffixes ("Viitteenne" = your reference, "Tilaajan viite" = the orderer's
reference, "Asiakkaan Y-tunnus"); `label_field` tries the written form, then the form without a possessive
suffix, then "<someone>'s reference" forms. An agency's own case number (diarienummer, dnr, asianumero) is a field
of its own ("agency_case") so it is consumed and never taken as the customer's order reference. A label not in
the lexicon is looked up in the sender's learned hints (`TextContext.hints`), which map a label as written to a
contract field.
"""
from __future__ import annotations

import re

from .ascii_words import folded_word
from .label_asides import aside_labels
from .label_compounds import compound_label_field
from .numbered_labels import numbered_field

LABELS: dict[str, tuple[str, ...]] = {
    "customer_name": (
        "kund", "kundnamn", "kundens namn", "beställare/kund", "customer", "customer name", "client", "asiakas",
        "asiakkaan nimi", "asiakkaan tiedot", "nimi", "company", "company name", "företag", "företagsnamn", "yritys",
        "yrityksen nimi", "bill to", "invoice to", "billed to", "fakturamottagare", "fakturans mottagare",
        "laskun saaja", "laskutettava", "laskutettava asiakas", "ny kund", "uusi asiakas", "new customer", "namn",
        "name", "mottagare", "betalare", "maksaja", "köpare", "ostaja", "buyer", "laskun vastaanottaja",
        "vastaanottaja", "invoice recipient", "recipient", "kund/fakturamottagare", "faktureras", "laskutetaan",
        # a client's order naming whom to bill ("Laskutus: Sastamalan seurakuntayhtymä", "Billing: …")
        "laskutus", "fakturering", "billing",
        # an authority's party to a matter: the operator, applicant or permit holder billed for its handling
        # ("Toimija: Lammin Juustopaja Oy", "Verksamhetsutövare: …", "Sökande: …", "Hakija: …", "Operator: …")
        "toimija", "toiminnanharjoittaja", "hakija", "luvanhaltija", "verksamhetsutövare", "sökande",
        "tillståndshavare", "operator", "applicant", "permit holder"),
    # a person or an organisation: a name with a legal form or an identifier is the customer, else the reference
    "customer_or_person": ("beställare", "tilaaja", "ordered by", "requested by", "beställd av", "tilaajan nimi"),
    "org_no": (
        "org nr", "orgnr", "org-nr", "organisationsnummer", "organisationsnr", "org no", "organisation number",
        "organization number", "org number", "y-tunnus", "ytunnus", "y tunnus", "business id", "business-id",
        "fo-nummer", "fo-nr", "fo nr", "fo-nummer/y-tunnus", "pnr", "personnummer", "person nr", "reg no",
        "company id", "company reg no", "org nr/pnr", "orgnr/pnr", "org nr/personnummer", "henkilötunnus", "hetu",
        "asiakkaan y-tunnus", "kundens organisationsnummer", "registreringsnummer", "corporate id"),
    "customer_number": (
        "kundnr", "kundnummer", "kund nr", "kund-nr", "customer no", "customer number", "customer id", "client no",
        "asiakasnumero", "asiakasnro", "asiakas nro", "asiakasnumeronne", "ert kundnummer", "your customer number"),
    "buyer_reference": (
        "er referens", "er ref", "ert referensnummer", "deras referens", "kundens referens", "beställarens referens",
        "referens", "ref", "referensperson", "er kontaktperson", "kontaktperson", "kontakt", "märkning",
        "fakturamärkning",
        "fakturans märkning", "märk fakturan med", "märk fakturan", "märks med", "att", "attn", "attention", "fao",
        "your reference", "your ref", "buyer reference", "buyer's reference", "their reference", "reference",
        "customer reference", "customer's reference", "contact", "contact person", "invoice marking",
        "please quote", "viitteenne", "viite", "viitteemme", "laskulle viitteeksi", "viitteeksi",
        "asiakkaan viite", "tilaajan viite", "ostajan viite",
        "yhteyshenkilö", "yhteyshenkilönne", "tilaajan yhteyshenkilö", "asiakkaan yhteyshenkilö",
        "yhteyshenkilö / viitteenne", "yhteyshenkilö/viitteenne", "viitehenkilö", "laskulle merkittävä viite",
        "merkintä", "laskun merkintä"),
    "order_reference": (
        "beställningsnr", "beställningsnummer", "beställning", "beställning nr", "er beställning", "ordernr",
        "ordernummer", "order nr", "ert ordernr", "ert ordernummer", "er order", "inköpsordernr", "inköpsorder",
        "inköpsordernummer", "po", "po nr", "po no", "po number", "po-nummer", "p o", "order no", "order number",
        "order ref", "order reference", "purchase order", "purchase order number", "purchase order no", "your order",
        "your order no", "your po", "tilausnumero", "tilausnro", "tilaus", "tilausnumeronne", "tilauksenne",
        "ostotilaus", "ostotilausnumero", "ostotilauksen numero", "tilausviite", "tilaajan tilausnumero",
        # abbreviated as written ("Best.nr:", "Beställn.nr", "Ordernr.", "Til.nro", "Tilausnro."; dots are dropped)
        "bestnr", "best nr", "beställnnr", "beställn nr", "ert bestnr", "er bestnr", "tilnro", "til nro",
        "tilausnr", "ostotilausnro", "po#", "order#"),
    # the agency's own case number: consumed, never an order reference
    "agency_case": (
        "diarienummer", "diarienr", "dnr", "dnr nr", "vårt diarienummer", "vårt dnr", "ärende", "ärendenummer",
        "vårt ärende", "vårt ärendenummer", "ärendenr", "asianumero", "diaarinumero", "diaarinro", "dno",
        "asiatunnus", "our case", "case number", "case no", "our ref no", "meidän asianumeromme"),
    "address": (
        "fakturaadress", "adress", "postadress", "faktureringsadress", "gatuadress", "laskutusosoite", "osoite",
        "postiosoite", "address", "billing address", "invoice address", "postal address"),
    "einvoice": (
        "peppol id", "peppol", "peppol-id", "verkkolaskuosoite", "verkkolaskutusosoite", "ovt", "ovt-tunnus",
        "gln", "e-invoice address", "e-fakturaadress", "einvoice address", "e-faktura", "välittäjä"),
    "vat_no": ("momsregnr", "vat no", "vat number", "alv-numero", "alv-tunnus", "momsnummer", "vat-nummer", "vat",
               "momsreg nr", "vat id", "vat-id"),
    "email": ("e-post", "epost", "email", "e-mail", "sähköposti", "mail", "e-postadress", "sähköpostiosoite"),
    "period": (
        "avser", "period", "avser period", "gäller", "gäller period", "tidsperiod", "laskutusjakso", "ajanjakso",
        "jakso", "kausi", "billing period", "service period", "period of service", "leveransdatum", "leveransdag",
        "toimituspäivä", "toimitusaika", "suorituspäivä", "suoritusaika", "datum för utförande", "service date",
        "date of service", "delivery date", "utförd", "utfört", "ajankohta", "ajalta", "ajanjaksolta", "koskee",
        "for the period", "period of", "avser tid", "tidpunkt", "leveransperiod",
        # a rental's or a booking's time on a web form ("Vuokra-aika: 1.11.–30.11.2026", "Hyrestid", "Rental period")
        "vuokra-aika", "vuokrakausi", "varausaika", "hyrestid", "hyresperiod", "uthyrningsperiod", "rental period",
        "lease period", "booking period",
        # the billed act's own date ("Provningsdatum: 2027-03-16", "Tarkastuspäivä: 12.11.2026", "Date of inspection")
        "provningsdatum", "provdatum", "testdatum", "besöksdatum", "besöksdag", "inspektionsdatum", "tillsynsdatum",
        "mätdatum", "provtagningsdatum", "besiktningsdatum", "tarkastuspäivä", "käyntipäivä", "mittauspäivä",
        "näytteenottopäivä", "testauspäivä", "inspection date", "date of inspection", "test date", "date of testing",
        "visit date", "date of visit", "sampling date", "date of sampling"),
    "item_article": ("artikel", "art", "art nr", "artnr", "artikelnr", "artikelnummer", "tuote", "tuotekoodi",
                     "tuotenumero", "nimike", "article", "product", "product code", "item", "item code", "code"),
    "item_description": ("benämning", "beskrivning", "description", "selite", "kuvaus", "text", "tjänst",
                         "palvelu", "service", "specifikation", "avser tjänst",
                         # a case or fee system's row of the invoice ("Avgiftsrad: BL20 Handläggning", "Laskurivi:
                         # TK10 Kaivuulupa"): text, or the article when it opens with a register code
                         "avgiftsrad", "fakturarad", "debiteringsrad", "laskurivi", "laskutusrivi", "maksurivi",
                         "invoice line", "fee line", "billing line", "charge line"),
    "item_quantity": ("antal", "qty", "quantity", "määrä", "kpl", "lkm", "mängd", "antal timmar", "timmar",
                      "tunnit", "tuntimäärä", "hours", "no of units", "units", "antal st",
                      # a booking system's count of days ("Antal dagar: 2", "Päiviä: 3", "Number of days: 2")
                      "antal dagar", "antal dygn", "päiviä", "päivien määrä", "number of days", "no of days",
                      "kvantitet", "lukumäärä"),
    "item_price": ("à-pris", "a-pris", "á-pris", "à pris", "a pris", "pris", "pris/enhet", "pris per enhet",
                   "styckpris", "timpris", "unit price", "price", "price each", "hourly rate", "rate", "hinta",
                   "yksikköhinta", "à-hinta", "a-hinta", "kappalehinta", "tuntihinta", "enhetspris"),
    "item_amount": ("belopp", "summa", "amount", "yhteensä", "total", "radbelopp", "line total", "summa exkl moms",
                    "belopp exkl moms", "hinta yhteensä", "veroton hinta"),
    "item_vat": ("moms", "momssats", "alv", "vat rate", "moms %", "alv %", "alv-kanta", "momsats"),
}
LABEL_MAP: dict[str, str] = {syn: f for f, syns in LABELS.items() for syn in syns}

#: a learned hint (contract field) → the field this lexicon uses
_HINT_FIELDS = {"customer.name": "customer_name", "customer.org_no": "org_no",
                "customer.customer_number": "customer_number", "buyer_reference": "buyer_reference",
                "order_reference": "order_reference", "quantity": "item_quantity", "unit_price": "item_price",
                "article": "item_article", "description": "item_description", "period_start": "period",
                "period_end": "period"}
_FIELD_WORD_RE = re.compile(r"(?:-|\s+)(?:kenttä\w*|kohta\w*|kohtaan|fält\w*|rut\w*|field|box)$")
#: where a reference goes, after its label: "Viite laskulle:", "Märkning på fakturan:", "Reference on the invoice:"
#: (holdout 36: "Viite laskulle: Hirvijaosto / Jari Koistinen" was no label)
_ON_INVOICE_RE = re.compile(r"\s+(?:laskulle|laskuun|laskussa|laskuihin|på\s+fakturan|till\s+fakturan|i\s+fakturan|"
                            r"on\s+(?:the\s+)?invoice|for\s+(?:the\s+)?invoice)$")
_FI_POSSESSIVE = re.compile(r"(?:nne|mme|si|nsa)$")
_OWNERS_REFERENCE = re.compile(
    r"^(?!vår|our|meidän|min|my)\S.*(?:s|'s|’s|n)\s+(?:referens|ref|reference|viite|viitehenkilö|yhteyshenkilö|"
    r"kontaktperson|contact)$")


def norm_label(s: str) -> str:
    """'Er ref.:' → 'er ref'; 'Y-tunnus (FO-nummer)' → 'y-tunnus'; dot leaders and '*' dropped."""
    s = re.sub(r"\(.*?\)", "", s).replace("*", "")
    s = re.sub(r"\.{2,}|…+", " ", s).replace(".", "")
    return " ".join(s.split()).strip(" :").casefold()


def hint_key(s: str) -> str:
    """The key of a learned hint: case-folded, whitespace collapsed, trailing ':' dropped."""
    return " ".join(s.split()).rstrip(":").strip().casefold()


def label_field(raw: str, hints: dict[str, str] | None = None) -> str | None:
    """The field a label names, or None when it is no label we know (nor the sender's hints)."""
    n = norm_label(raw)
    if not n:
        return None
    # "Viitteenne-kenttään", "Er referens-fältet", "Reference field": the field named by the label inside
    n = _FIELD_WORD_RE.sub("", n).strip() or n
    ref = LABEL_MAP.get(_ON_INVOICE_RE.sub("", n))
    if ref in ("buyer_reference", "order_reference") and _ON_INVOICE_RE.search(n):
        return ref      # "Viite laskulle", "Referens på fakturan": the reference named with where it goes
    f = next((LABEL_MAP[x] for x in aside_labels(raw) if x in LABEL_MAP), None) or LABEL_MAP.get(n)
    if f:   # an aside that says what the value is used as ("Bokningsnummer (ange som beställning)") wins
        return f
    words = n.split()
    last = _FI_POSSESSIVE.sub("", words[-1])
    if last != words[-1] and " ".join([*words[:-1], last]) in LABEL_MAP:
        return LABEL_MAP[" ".join([*words[:-1], last])]
    if "/" in n:    # "Kund/fakturamottagare", "Yhteyshenkilö / viitteenne": the first part the lexicon knows
        part = next((LABEL_MAP[p.strip()] for p in n.split("/") if p.strip() in LABEL_MAP), None)
        if part:
            return part
    if _OWNERS_REFERENCE.match(n) and len(words) <= 6:
        return "buyer_reference"
    if hints:
        h = hints.get(hint_key(raw)) or hints.get(n)
        if h:
            return _HINT_FIELDS.get(h)
    # "Ostotilausnro", "Asiaviite": Finnish compounds; "Maara", "Yksikkohinta": written without marks
    # "Antal 2", "Artikel 2": a form's second line, numbered (intake.extract.numbered_labels)
    return compound_label_field(n) or folded_word(n, LABEL_MAP) or _misspelt(n) or numbered_field(n, label_field)


def _one_edit(a: str, b: str) -> bool:
    """Whether `a` becomes `b` by one letter dropped, added, changed or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    k = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    return short[k:] == long_[k + 1:]


#: real words one edit from a label, never a slip of it: Finnish "laskutettavaa" / "laskutettavat" (what is to be
#: invoiced, the items) beside "laskutettava" (the party invoiced), Swedish "fakturerat" beside "faktureras"
_REAL_WORDS = frozenset({"laskutettavaa", "laskutettavat", "fakturerat", "fakturerad",
                         "päivä",    # "Päivä: 2.12.2026" is a day, not "Päiviä" (a count of days)
                         "avtal"})   # "Avtal: KVI-2025-0412" names the contract, not "Antal" (a count)


def _misspelt(n: str) -> str | None:
    """A label typed with one slip ("Antl", "Referns", "Fakturamotagare"): the field of the one lexicon label it
    is one edit away from (same first letter, five letters or more), when all such labels name the same field.
    Short labels are left alone: one edit there makes another word."""
    if len(n) < 4 or " " in n and len(n) < 8 or n in _REAL_WORDS:
        return None
    found = {f for k, f in LABEL_MAP.items() if len(k) >= 5 and k[0] == n[0] and _one_edit(n, k)}
    return found.pop() if len(found) == 1 else None


#: every label of the lexicon, longest first, for cutting a value where a neighbouring label begins
_ALL = sorted({k for k in LABEL_MAP if len(k) >= 3}, key=len, reverse=True)
NEXT_LABEL_RE = re.compile(r"\s(?:" + "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in _ALL) +
                           r")\.?\s*(?::|\.{2,})\s*", re.IGNORECASE)
