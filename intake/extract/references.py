"""References written in prose: the buyer's reference and the customer's order number.

Labelled references ("Er referens: …") are the lexicon's (`lexicon`, `labels`); this module reads the sentences
agencies write instead: "Märk fakturan med 'Projekt Kalix'", "Fakturan ska märkas KS-114", "Merkitkää laskuun
viite 4471", "Please quote KX-77 on the invoice", "Er referens är Anna Berg", "their PO number is 4500123". An
agency's own case number (diarienummer, dnr, asianumero) never becomes the order reference.
"""
from __future__ import annotations

import re

from .name_dots import NAME_AFTER_DOT, NAME_DOT_TOKEN

#: after a dot, an initial's or a title's name ("K. Lind", "A. B. Holm", "P. de Vries", "Prof. Helen Marsh"): that
#: dot ends no sentence
INITIAL_SURNAME = NAME_AFTER_DOT
_NAME_TOKEN = rf"(?:{NAME_DOT_TOKEN}|[A-ZÅÄÖÉ\"][\w\"'-]*)"
_PERSON = rf"{_NAME_TOKEN}(?:[ ]+(?:af |von |van |de )?{_NAME_TOKEN}){{0,3}}"
#: a unit and its person joined by a slash ("Virkistys / Sanna Laine", "Ekonomi / Per Holm"): one reference, whole
_AND_PERSON = rf"(?:[ ]?/[ ]?{_PERSON})?"
#: a unit and its person joined by a comma where the sentence ends ("Näringslivskontoret, Oskar Ljung."): one reference
_COMMA_PERSON = rf"(?:,[ ]{_NAME_TOKEN}(?:[ ]{_NAME_TOKEN}){{1,2}}(?=[ ]*(?:[.;\n]|$)))?"
#: a person's name followed by a clause of lower-case words ("Camilla Nyby vill ha sitt namn som referens"): the name
_NAME_THEN_CLAUSE_RE = re.compile(r"^((?:[A-ZÅÄÖ][\w'-]*[ ]+){1,3}?[A-ZÅÄÖ][\w'-]*)[ ]+[a-zåäö]+(?:[ ]+[a-zåäö]+){2,}")
#: a reference as written: quoted text, or up to four capitalised words / codes
_VALUE = (r"(?:[\"“”'‘’«](?P<q>[^\"“”'‘’«»\n]{1,60})[\"“”'’»]"
          r"|(?P<v>[A-ZÅÄÖ0-9][\w/.-]*\d?[\w/-]*(?:[ ](?!on\b|in\b|på\b|i\b|laskuun\b)[A-ZÅÄÖ0-9][\w/-]*){0,3}))")
#: after a marking phrase also a lower-case word or two before a code: "märkas med projekt 4410-KS"
_MARK_VALUE = (r"(?:" + _VALUE + r"|(?P<f>(?!(?:on|in|på|i|the|den|det)\b)[a-zåäö]{3,}(?:[ ][a-zåäö]{2,})?"
               r"[ ][A-ZÅÄÖ0-9][\w/-]*\d[\w/-]*))")
#: a person's title in lower case before the name ("valmennuspäällikkö Aki Salo", "ekonomichef Anna Berg", "finance
#: manager Tom Hill"): part of the reference as written; only before a capitalised name, never before a number, and
#: only after a word that names a reference (a contact's role, "Yhteyshenkilö osakas Leena Pesonen", is no reference)
_TITLE = r"(?:(?:[a-zåäöé][\w-]{4,}[ ]){1,2}(?=[A-ZÅÄÖ][a-zåäöé]))?"
BUYER_REF_RES = [
    re.compile(rf"(?i:er|deras|their|your|kundens|heidän)\s+ref(?:erens|erence|\.)?(?:\s+(?:är|var|blir|is|was|"
               rf"will be|on|oli|:))?\s*:?\s*[\"“”']?(?P<n>{_TITLE}{_PERSON}{_AND_PERSON}{_COMMA_PERSON})"),
    re.compile(rf"(?i:viitteenne|viitteeksi|viitteeksenne)\s*:?\s*[\"“”']?(?P<n>{_TITLE}{_PERSON}{_AND_PERSON})"),
    re.compile(rf"[\"“”'](?P<n>{_PERSON})[\"“”']\s+(?i:as (?:their|the) reference)"),
    re.compile(rf"(?P<n>{_PERSON})\s+(?i:(?:är|var) (?:deras|er|kundens) referens|(?:is|was) their reference|"
               rf"(?:on|oli) (?:heidän )?viite)"),
    re.compile(rf"(?i:vår|our|meidän)\s+ref(?:erens|erence)?(?:\s+(?:är|is|on))?\s*:?\s*[\"“”']?(?P<n>{_PERSON})"),
]
#: "mark the invoice with X" in sv/fi/en (the value is a code or a name, often quoted)
MARKING_RES = [
    # … also said as done ("fakturan märks Gunnel Ek", "fakturorna märks med …")
    re.compile(r"(?i:märk(?:\s+(?:fakturan|fakturorna|den))?(?:\s+med)?|faktur(?:an|orna)\s+(?:(?:ska|skall|bör)\s+"
               r"märkas|märks)(?:\s+med)?|märkning(?:en)?\s+(?:ska\s+vara|är)|ange\s+(?:referens(?:en)?|märkning(?:en)?))"
               r"\s*:?\s*" + _MARK_VALUE),
    re.compile(r"(?i:merkitkää\s+laskuun(?:\s+viite(?:eksi)?)?|laskuun\s+(?:merkitään|tulee\s+merkitä|pitää\s+"
               r"merkitä)(?:\s+viite(?:eksi)?)?|laskulle\s+viitteeksi|käyttäkää\s+viitettä)\s*:?\s*" + _MARK_VALUE),
    re.compile(r"(?i:please\s+(?:quote|use|state|include|reference|put)(?:\s+(?:our|the|their|reference|ref\.?))*"
               r"|mark\s+the\s+invoice(?:\s+with)?|invoice\s+(?:should\s+be|is)\s+marked(?:\s+with)?)\s*:?\s*"
               + _VALUE),
]
#: where the person is, between a label and its colon: "Kontaktperson där:", "referens hos kunden:", "Contact at the
#: customer:", "Yhteyshenkilö asiakkaalla:"
_PLACE = (r"(?i:\s+(?:där|hos\s+(?:dem|kunden|[A-ZÅÄÖ]\w+)|there|at\s+the\s+customer|at\s+[A-Z]\w+|siellä|"
          r"asiakkaalla)(?=\s*:))?")
#: a reference label inside a sentence: "…, yhteyshenkilö Jari Nieminen.", "…, Attn: Port Office / Anna Berg, …"
INLINE_REF_RE = re.compile(
    r"(?:(?i:\b(?:yhteyshenkilö(?:nä|nne|nsä)?|kontaktperson|contact person|attn|attention|fao|viitteenne|"
    r"er referens|your reference|your ref|märkning|fakturamärkning)\b\.?)" + _PLACE +
    r"(?:\s*:\s*|\s+(?:on\s+|är\s+|is\s+)?)"
    r"|(?i:\b(?:att|kontakt|contact|tilaaja|beställare|märkning|viite|reference|referens)\b\.?)" + _PLACE +
    r"\s*:\s*)"
    r"(?P<v>[A-ZÅÄÖ0-9][^,;:\n]{1,60}?)\s*(?=[,;:\n]|\.(?!" + INITIAL_SURNAME + r")(?:\s|$)|$)")
ORDER_REF_RE = re.compile(
    r"(?i)\b(?:beställningsnr|beställningsnummer|beställning\s+nr|best(?:älln)?\.\s?nr\.?|ordernr|ordernummer|"
    r"inköpsorder(?:nr|nummer)?|tilausnumero|tilausnro|til\.\s?nro\.?|tilausnumeromme|tilausnumeronne|ostotilaus(?:numero)?|ostotilauksen\s+numero|"
    r"(?:osto|hankinta)?tilaus(?:nro|nr|numero)(?:ni|si|nsa|nsä|mme|nne)?|"
    r"purchase order(?: number| no\.?)?|order number|order no\.?|PO(?!\d{1,3}(?![\d/_-]))(?: number| no\.?| nr\.?)?)"
    # "PO10", "PO20": an article code of two letters and a short number is no purchase order ("PO4500123" is)
    # the label ends at a word's end or digits ("PO4500123"): "dnro POSELY/1123/2026" is a case number, no PO
    r"(?!(?<=\w)[^\W\d_])"
    r"(?:\s+(?:is|är|on|number|nr))?\s*[:#]?\s*(?P<v>[A-Z0-9][A-Z0-9/_-]*\d[A-Z0-9/_-]*)", re.UNICODE)
#: a bare order word before a code with letters and digits: "Beställning VBK-881.", "Tilaus ABC-123", "Order
#: KX-77" (a count, "Beställning 12 st", or digits alone are no order number), also a year-and-serial number after
#: the word in any case ("tilauksesta 2027-0042", "ordern 2026-117"): a dash between its digits makes it no count
BARE_ORDER_RE = re.compile(r"(?i:\b(?:beställning(?:en)?|order(?:n)?|tilaus|tilauks(?:e\w{0,5}|ta)))\s*:?\s+"
                           r"(?P<v>(?=[\w/-]*[A-ZÅÄÖ])(?=[\w/-]*\d)[A-ZÅÄÖ0-9][A-ZÅÄÖ0-9/_-]*\d[A-ZÅÄÖ0-9/_-]*|"
                           r"(?:19|20)\d{2}-\d{3,6})\b(?![-/.,]\d)")
_NOT_A_REF_NAME = ("är", "is", "on", "the", "och", "and", "with", "med")


def buyer_reference_in(t: str) -> str | None:
    """The buyer reference a sentence states, or None."""
    for rx in MARKING_RES:
        m = rx.search(t)
        if m:
            v = (m.group("q") or m.group("v") or m.groupdict().get("f") or "").strip(" .,:;")
            if v and v.split()[0].casefold() not in _NOT_A_REF_NAME:
                return v
    im = INLINE_REF_RE.search(t)
    if im and im.group("v").split()[0].casefold() not in _NOT_A_REF_NAME:
        cm = _NAME_THEN_CLAUSE_RE.match(im.group("v"))
        return cm.group(1) if cm else _unclosed(im.group("v").strip(" ."))
    for rx in BUYER_REF_RES:
        bm = rx.search(t)
        if bm:
            name = bm.group("n").strip("\"“”' ")
            if name.split()[0].casefold() not in _NOT_A_REF_NAME:
                return name
    return None


def _unclosed(v: str) -> str:
    """The value without a closing bracket it never opened: "(your ref. Marko Tamm)" closes the aside, not the name."""
    return v.split(")")[0].rstrip(" .") if ")" in v and "(" not in v else v
