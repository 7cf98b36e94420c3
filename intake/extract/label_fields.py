"""What a labelled value says about the customer: name, identifiers, references, address, e-mail.

Split from `labels` (which walks the lines and builds invoice lines) so each value rule is small and testable. A
value never carries its neighbour: the label reader cuts it where the next label of the lexicon begins.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .customer_text import CUSTNO_RE, scan_ids
from .identifiers import find_identifiers, normalise_org
from .lexicon import label_field
from .model import CustomerInfo, Where
from .name_ends import name_before_sentence_end
from .references import INITIAL_SURNAME, ORDER_REF_RE
from .text_context import TextContext

_DASHES = ("-", "–", "—")
_PHONE_ONLY_RE = re.compile(r"^\+?[\d\s()-]{7,}$")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LEGAL_OR_ORG_RE = re.compile(
    r"(?i)\b(?:AB|HB|KB|Aktiebolag|Oyj|Oy|Ab|Ky|Ay|Tmi|ry|Ltd|Inc|GmbH|kommun|kaupunki|kunta|region|landsting|"
    r"förening|yhdistys|stiftelse|säätiö|verket|virasto|institut\w*|universitet\w*|yliopisto|skola|koulu|"
    r"myndighet|bolag\w*|osakeyhtiö|company|council|authority|ministry|department)\b")
_PERSON_RE = re.compile(r"^[A-ZÅÄÖÉ][\w'-]+(?:\s+(?:af\s+|von\s+|van\s+|de\s+)?[A-ZÅÄÖÉ][\w'-]+){1,3}$")


def clean_name(val: str) -> str | None:
    """The name part of a customer value: up to a sentence end, a parenthesis, a comma, a dash or the org number."""
    val = name_before_sentence_end(val)     # "Kund: X AB. Fakturera …": the name ends with its sentence
    v = re.split(r"\s*\(|,\s|;\s|\s[–—-]\s|\s{2,}|\t", val, maxsplit=1)[0].strip(" .,:;\"")
    v = re.sub(r"(?i)\s+(?:org\.?\s*nr|y-tunnus|business id|fo-nummer|pnr|personnummer)\b.*$", "", v)
    return v or None


#: a unit and the person in it ("Kommunstyrelsen, Per Holm", "Tekninen lautakunta, Liisa Koski"): the whole is the
#: reference the buyer's invoice is routed by — cut at the comma it would lose the person. A unit's words may be
#: hyphenated or a suspended compound ("Barn- och utbildningsförvaltningen", "Sosiaali- ja terveystoimi",
#: "Miljö-och hälsoskyddsnämnden"; holdout35 w05)
_UNIT_AND_PERSON_RE = re.compile(r"(?P<v>[A-ZÅÄÖ][^\W\d_]+(?:-[^\W\d_]*)?(?:\s[^\W\d_]+(?:-[^\W\d_]*)?){0,2},"
                                 r"\s[A-ZÅÄÖ][^\W\d_-]+(?:-[^\W\d_]+)?"
                                 r"(?:\s[A-ZÅÄÖ][^\W\d_-]+(?:-[^\W\d_]+)?){1,2})\.?\s*$")


#: a person and their role or unit after the comma ("Anna Berg, rotel 3", "Maria Lund, enhetschef", "Jari Salo,
#: talousosasto", "Jane Doe, Head of Finance"): the whole is the reference as written — the buyer routes by it.
#: Contact data or a courtesy after the comma ("Gustav Bäck, 070-551 20 31", "Anna Berg, tack!") is no part of it.
_PERSON_AND_ROLE_RE = re.compile(
    r"(?P<v>[A-ZÅÄÖÉ][\w'-]+(?:\s+(?:af\s+|von\s+|van\s+|de\s+)?[A-ZÅÄÖÉ][\w'-]+){1,3},\s"
    r"(?!(?:tel|tfn|telefon|puh|puhelin|phone|mob|mobil|gsm|e-?post|e-?mail|email|sähköposti|tack|kiitos|thanks|"
    r"thank|mvh|hälsningar|terveisin|regards|se|katso|see|och|ja|and|som|joka|who|which)\b)"
    r"(?:[a-zåäöé][\w.-]*|Head|Director|Manager|Chief)(?:\s(?:of\s)?[\w.-]+){0,2}?(?:\s\d{1,3})?)\.?\s*$")


#: a reference and the buyer's own matter after its comma ("advokat Lisa Brandt, ärende 2027/114", "Tekninen
#: toimi, hanke 4410", "J. Doe, matter 2027-55"): the buyer routes by the whole (holdout 36 cut it at the comma);
#: one marked as ours ("vårt ärende", "meidän asia") is the agency's, no part of it
_REF_AND_MATTER_RE = re.compile(
    r"(?P<v>[^,;\n]{2,60},\s(?i:ärende|ärendenr|mål|målnr|projekt|projektnr|uppdrag|asia|asianro|hanke|projekti|"
    r"toimeksianto|matter|case|project|file)\.?\s(?:(?i:nr|no|nro)\.?\s)?[\w/.-]*\d[\w/.-]*)\.?\s*$")


def _label_after_comma(v: str) -> bool:
    """Whether what follows the comma opens with another label of the lexicon and its value ("Karin Ek, ordernr
    7731", "Tarja Hakala, tilausnumero 2026-0318"): that is a second field written on the line, not the person's
    role or unit, so the reference ends at the comma."""
    words = v.partition(",")[2].split()
    return any(label_field(" ".join(words[:k])) for k in range(1, min(3, len(words) - 1) + 1))


def clean_ref(val: str) -> str | None:
    """A reference as written: up to a comma, a dash, a parenthesis or a sentence end; quotes dropped. A unit
    followed by a person's full name after its comma, or a person followed by their role or unit, is kept whole."""
    matter = _REF_AND_MATTER_RE.fullmatch(val.strip())
    if matter:
        return matter.group("v")
    up = _UNIT_AND_PERSON_RE.fullmatch(val.strip()) or _PERSON_AND_ROLE_RE.fullmatch(val.strip())
    if up and "@" not in up.group("v") and not _label_after_comma(up.group("v")):
        return up.group("v").rstrip(" .")
    v = re.split(rf",|;|\s[–—-]\s|\s\(|\.(?!{INITIAL_SURNAME})\s|\.$|\s{{2,}}|\t",   # "K. Lind" is one name
                 val.strip(), maxsplit=1)[0].strip(" .\"“”'‘’")
    if not v or v in _DASHES or _PHONE_ONLY_RE.match(v) or _EMAIL_RE.fullmatch(v):
        return None
    return v


#: a form's yes/no answer ("Laskutetaan: Kyllä", "Faktureras: Ja"): the label asks whether, it names nobody
_YES_NO_RE = re.compile(r"(?i)^\s*(?:kyllä|ei|ja|nej|yes|no|x)\s*\.?\s*$")


def _customer_name(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    if _YES_NO_RE.match(val):
        return
    name = clean_name(val)
    if name and not cust.name and not find_identifiers(name, ctx.on, allow_bare=True):
        cust.name, cust.where["name"] = name, w
    scan_ids(val, ctx, cust, w)
    cm = CUSTNO_RE.search(val)
    if cm and not cust.customer_number:
        cust.customer_number = cm.group("v")
    em = _EMAIL_RE.search(val)
    if em and not cust.email:
        cust.email, cust.where["email"] = em.group(0), w


def _customer_or_person(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    """'Beställare' / 'Tilaaja' names the ordering organisation or the person who ordered: below a customer
    already named, or a person's name (no organisation word, identifier or register name), it is the buyer
    reference; anything else the customer."""
    name = clean_name(val) or ""
    if cust.name and not find_identifiers(val, ctx.on) and not ctx.registry.by_name(name):
        _buyer_reference(val, w, cust, ctx)    # "Asiakas: X" above: "Tilaaja: Ympäristöpalvelut / Mari Ojala"
        return
    if is_person(val, ctx):
        _buyer_reference(val, w, cust, ctx)
    else:
        _customer_name(val, w, cust, ctx)


def is_person(val: str, ctx: TextContext) -> bool:
    """A person's name: two to four capitalised words, no organisation word, identifier or register name."""
    name = clean_name(val) or ""
    return (bool(_PERSON_RE.match(name)) and not _LEGAL_OR_ORG_RE.search(name)
            and not find_identifiers(val, ctx.on) and not ctx.registry.by_name(name))


def _org_no(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    fi = "fi" if re.search(r"(?i)y-?\s?tunn|fo-?\s?n|business", w.rule or "") else None   # "Y-tunnus: 28114501"
    org, country = normalise_org(val, ctx.on, fi)
    if org and not ctx.registry.is_agency_identifier(org):
        if not cust.org_no:
            cust.org_no, cust.country, cust.where["org_no"] = org, country, w
    elif not org and re.search(r"\d", val) and not ctx.registry.is_agency_identifier(val):
        cust.org_invalid = True


def _customer_number(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    d = re.search(r"\d{2,10}", val)
    if d and not cust.customer_number:
        cust.customer_number, cust.where["customer_number"] = d.group(0), w
        # a register number with a prefix ("K-4007") is taken whole
        p = re.search(r"(?<![\w-])[A-Za-z]{1,3}-?\d{2,10}\b", val)
        if p and ctx.registry.by_number(p.group(0)) and not ctx.registry.by_number(d.group(0)):
            cust.customer_number = p.group(0)


#: a person's role written before the name ("isännöitsijä Pekka Nevalainen", "ekonomichef Anna Berg"): the
#: reference is the person, not the title
_ROLE_BEFORE_NAME_RE = re.compile(
    r"(?:isännöitsijä|toiminnanjohtaja|\w*päällikkö|\w*johtaja|\w*chef|projektledare|\w*förvaltare|kamrer|"
    r"controller|\w*manager|koordinaattori|samordnare|handläggare|sihteeri|sekreterare|förvaltningschef|"
    # a board's officers, as a housing co-operative or an association names its contact
    r"\w*ordförande|kassör|styrelseledamot|\w*puheenjohtaja|rahastonhoitaja|hallituksen\s+jäsen|chair\w*|"
    r"treasurer|board\s+member)\s+"
    r"(?P<n>[A-ZÅÄÖ][\w'-]+(?:\s+[A-ZÅÄÖ][\w'-]+){1,2})$")


#: a label that asks for the invoice's reference ("Er ref", "Deras referens", "Viitteenne", "Your reference",
#: "Märkning"): its value is kept as written, a title before the name included ("kassör Gunilla Berg") — the
#: decision of holdout29; a contact-person label ("Kontaktperson", "Yhteyshenkilö", "Contact") names a person,
#: and the role before the name is no part of it ("isännöitsijä Pekka Nevalainen" → "Pekka Nevalainen")
_REFERENCE_LABEL_RE = re.compile(r"(?i)\b(?:\w*ref\w*|\w*viit(?:e|te)\w*|\w*märk\w*|\w*merkin\w*|invoice\s+marking|"
                                 r"please\s+quote|attn|att|attention|fao)\b")


def _buyer_reference(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    v = clean_ref(val)
    label = (w.rule or "").removeprefix("label:")
    rm = None if w.rule and w.rule.startswith("label:") and _REFERENCE_LABEL_RE.search(label) \
        else _ROLE_BEFORE_NAME_RE.fullmatch(v or "")
    v = rm.group("n") if rm else v
    if v and not cust.buyer_reference:
        cust.buyer_reference, cust.where["buyer_reference"] = v, w
    om = ORDER_REF_RE.search(val)
    if om and not cust.order_reference:
        cust.order_reference = om.group("v")


def _order_reference(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    """The first token with a digit in it ("PO-4471", "4500123"); "Beställning: konsultation" is no number."""
    tok = next((t.strip(".,;:\"'") for t in val.split()[:3] if re.search(r"\d", t)), "")
    pm = _LETTER_PREFIX_RE.match(val.strip())
    tok = f"{pm.group(1)} {tok}" if pm and pm.group(2) == tok else tok    # "PO 45110872": prefix kept
    if (tok and tok not in _DASHES and not cust.order_reference
            and not find_identifiers(tok, ctx.on) and not _phone(val.strip())):
        cust.order_reference, cust.where["order_reference"] = tok, w


#: an order number's own letter prefix, apart from its digits ("PO 45110872", "OR 2210455"); "nr", "no" are words
_LETTER_PREFIX_RE = re.compile(r"(?!(?:NR|NO|NUM|NRO)\b)([A-Z]{2,4})\s+(\d[\w/-]*)\b")


def _phone(v: str) -> bool:
    """A phone number: digits opening with a "+", "00" or a trunk "0" ("040 123 4567", "+358 …", "(08) 505 12 00");
    a number opening with another digit is the order's own number, separators or not ("4500123456", "2026-118",
    "4500 1234"): domestic phone numbers in Sweden and Finland always open with the trunk "0"."""
    return bool(_PHONE_ONLY_RE.match(v)) and bool(re.match(r"\+|\(?0", v))


#: an address field filled in to say there is none ("(ei tiedossa)", "okänd", "saknas", "unknown", "-")
_NO_ADDRESS_RE = re.compile(r"(?i)^\W*(?:ei\s+tiedossa|tuntematon|puuttuu|ei\s+ole|okänd|ej\s+känd|inte\s+känd|saknas|"
                            r"vet\s+ej|unknown|not\s+known|none|n/?a|-+|\?+)\W*$")


def _address(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    if not cust.address and not _NO_ADDRESS_RE.match(val):
        cust.address = {"text": val}
        cust.where["address"] = w


def _einvoice(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    if re.search(r"\d{6,}", val) and not cust.einvoice:
        cust.einvoice = val
        cust.where["einvoice"] = w


def _email(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    em = _EMAIL_RE.search(val)
    if em and not cust.email:
        cust.email, cust.where["email"] = em.group(0), w


def _agency_case(val: str, w: Where, cust: CustomerInfo, ctx: TextContext) -> None:
    """The agency's own case number (diarienummer): read so nothing else takes it, never the order reference."""


CUSTOMER_FIELDS: dict[str, Callable[[str, Where, CustomerInfo, TextContext], None]] = {
    "customer_name": _customer_name, "customer_or_person": _customer_or_person, "org_no": _org_no,
    "customer_number": _customer_number, "buyer_reference": _buyer_reference, "order_reference": _order_reference,
    "address": _address, "einvoice": _einvoice, "email": _email, "agency_case": _agency_case,
}
