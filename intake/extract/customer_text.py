"""The customer a text names: identifiers, VAT and customer numbers, references, e-invoice and postal address,
and the customer's name.

Read from the mail's own lines and from forwarded mails' signatures (a customer's own signature names it), but
never from the agency's own signature, and never taking the agency's identifiers or address as the customer's.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .dates import find_dates
from .dependants import is_dependants_raw
from .identifiers import PEPPOL_RE, find_identifiers, find_vat_numbers, org_from_vat
from .lexicon import label_field
from .model import CustomerInfo, Fragment, Where
from .quoting import centre_addresses
from .references import BARE_ORDER_RE, ORDER_REF_RE, buyer_reference_in
from .request_names import PERSONAL_ID_RE, addressed_person_name, name_after_request_verb, private_person_name
from .segments import HEADER_LINE_RE, Segment
from .text_context import TextContext

CUSTNO_RE = re.compile(r"(?i)\b(?:kundnr|kundnummer|kund nr|customer no\.?|customer number|asiakasnumero|asiakasnro)"
                       r"\s*[:.]?\s*(?P<v>(?:[A-Z]{1,3}-)?\d{3,10})\b")
POSTAL_RE = re.compile(r"(?<![\d-])(?:(?:SE|S)-?\s?)?(?P<se>\d{3}\s\d{2})\s+(?P<c1>[A-ZÅÄÖ][a-zåäö]+)"
                       r"|(?<![\d-])(?:FI-?)?(?P<fi>\d{5})\s+(?P<c2>[A-ZÅÄÖ][a-zåäö]+)")
_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ID_CUE_RE = re.compile(r"(?i)\b(?:org\.?\s*(?:nr|no)|organisationsnummer|person(?:nummer|nr)|pnr|y-tunnus|"
                        r"business id|fo-nummer)\.?\s*:?\s*")
_OVT_RE = re.compile(r"\b0037\d{8,12}\b")
_LEGAL_TAIL = r"(?:AB|HB|KB|Aktiebolag|Oyj|Oy|Ab|Ky|Ay|Tmi|ry|Ltd|Inc|GmbH|AS|A/S|ApS)"
_CAP = r"[A-ZÅÄÖØÆÜÕŠŽÉ][\w&-]*"   # Nordic and other European capitals ("Øresund", "Ålands")
_JOIN = r"(?:i|och|för|af|von|ja|&|of|and)"
_COMPANY_RE = re.compile(rf"(?P<n>{_CAP}[ ]+(?:(?:{_JOIN}[ ]+)?{_CAP}[ ]+){{0,4}}{_LEGAL_TAIL})"
                         r"(?::[a-zåäö]{1,5})?(?![\w])")
COMPANY_RE = _COMPANY_RE   # a company name with its legal form ("Byggbolaget i Norr Fastigheter AB")
#: "Fjällbyns Sameförening, org.nr 559318-8203": the capitalised words right before an identifier's label
_NAME_BEFORE_ID_RE = re.compile(
    rf"(?P<n>{_CAP}(?:[ ]+(?:{_JOIN}[ ]+)?{_CAP}){{0,4}})[ ]*(?:[,(]?[ ]*(?i:org\.?[ ]*nr|organisationsnummer|"
    r"y-tunnus|business id|fo-nummer|pnr|personnummer)|\([ ]*(?:\d{2}){3,4}[-+]\d{4}[ ]*\)|\([ ]*\d{7}-\d[ ]*\))")
#: words that start a request sentence, not a company name: "Fakturera Rannikon Ympäristöpalvelu Oy för …"
_LEAD_WORDS_RE = re.compile(r"^(?:(?:Fakturera|Laskuttakaa|Laskutetaan|Laskuta|Invoice|Please|Bill|Kund|Kunden|"
                            r"Asiakas|Customer|Till|To|För|For|Från|From|Ny|Nya|New|Uusi|Hej|Hei|Hi|Hello)[ ]+)+")
_NOT_A_COMPANY_START = ("hej", "hei", "hi", "hello", "tack", "kiitos", "please", "the", "vi", "we",
                        # possessives before an identifier's label: "Deras org.nr …", "Their business ID …"
                        "deras", "dess", "hans", "hennes", "kundens", "their", "its", "his", "her", "heidän",
                        "sen", "hänen", "asiakkaan", "vår", "er", "our", "your")


def scan_ids(text: str, ctx: TextContext, cust: CustomerInfo, w: Where) -> None:
    """The first valid organisation/personal number that is not the agency's; an invalid one is flagged. Right
    after its label ("org.nr 165568043177", "pnr 0701012387") a number may be written without a dash."""
    cued = _ID_CUE_RE.search(text)
    for i in find_identifiers(text, ctx.on, allow_bare=False) + (
            [x for x in find_identifiers(text[cued.end():], ctx.on, allow_bare=True) if x.start == 0]
            if cued else []):
        if ctx.registry.is_agency_identifier(i.raw) or is_dependants_raw(text, i.raw):
            continue    # nor a child's number beside its guardian's (intake.extract.dependants)
        if i.value and not cust.org_no:
            cust.org_no, cust.country, cust.where["org_no"] = i.value, i.country, w
        elif not i.value:
            cust.org_invalid = True


def identifiers_and_refs(seg: Segment, ctx: TextContext, doc: Fragment) -> None:
    """Identifiers and references in a segment's body (and, for a forwarded mail, its signature)."""
    cust = doc.customer
    scan = seg.body() + ([] if seg.level == 0 else seg.signature())
    for n, t in scan:
        w = Where(ctx.part, line=n)
        if not HEADER_LINE_RE.match(t):
            scan_ids(t, ctx, cust, w)
        _numbers_and_refs(t, ctx, cust, w)
        if not cust.email and seg.role in ("newest", "forwarded"):
            _email(t, ctx, cust, w)
        pm = PEPPOL_RE.search(t) or _OVT_RE.search(t)
        if pm and not cust.einvoice:
            cust.einvoice = pm.group(0)
        if not cust.address:
            _postal_address(t, ctx, cust)


def _numbers_and_refs(t: str, ctx: TextContext, cust: CustomerInfo, w: Where) -> None:
    for _s, _e, v in find_vat_numbers(t):
        if not cust.vat_no and not ctx.registry.is_agency_identifier(v):
            cust.vat_no, cust.where["vat_no"] = v, w     # the line that gave it was read (gate_leftover)
            org, country = org_from_vat(v)
            if org and not cust.org_no:     # "Momsreg.nr SE556911234401" alone names the company
                cust.org_no, cust.country = org, country
                cust.where["org_no"] = replace(w, rule="vat number", how="stated")
    m = CUSTNO_RE.search(t)
    if m and not cust.customer_number:
        cust.customer_number, cust.where["customer_number"] = m.group("v"), w
    ref = order_reference_in(t, ctx)
    if ref and not cust.order_reference:
        cust.order_reference, cust.where["order_reference"] = ref, w
    if not cust.buyer_reference:
        ref = buyer_reference_in(t)
        if ref and not ctx.registry.by_name(ref):   # "Tilaaja: Kiinteistö Oy X": the customer, not its reference
            cust.buyer_reference, cust.where["buyer_reference"] = ref, w


def _codes(ctx: TextContext) -> set[str]:
    return {c.casefold() for c in ctx.registry.article_codes(ctx.agency_code)}


def order_reference_in(t: str, ctx: TextContext) -> str | None:
    """A labelled order number in a line ("Ordernr 77123", "PO 4500123456"), never a date."""
    for om in ORDER_REF_RE.finditer(t):
        if re.sub(r"\s", "", om.group(0)).casefold() in _codes(ctx):
            continue    # "koulutus (PO90)": an article code that opens like the label "PO" is no order number
        if not find_dates(om.group("v"), ctx.year, ctx.on):
            return om.group("v").rstrip(".-/")
        break
    bm = BARE_ORDER_RE.search(t)    # "Beställning VBK-881.": not an article code ("Order A300")
    if bm and bm.group("v").casefold() not in _codes(ctx):
        return bm.group("v").rstrip(".-/")
    return None


def _email(t: str, ctx: TextContext, cust: CustomerInfo, w: Where) -> None:
    """An e-mail address in the body that is not an agency's (a new customer's invoice address, usually)."""
    own = centre_addresses(ctx.registry.data)   # "Meddelandet skickades till: kundfaktura@…": the centre's own
    for m in _EMAIL_RE.finditer(t):
        domain = m.group(0).rpartition("@")[2].casefold()
        if domain not in ctx.registry.agencies_by_domain and m.group(0).casefold() not in own and \
                not HEADER_LINE_RE.match(t):
            cust.email, cust.where["email"] = m.group(0), w
            return


def _postal_code_of(agency: dict) -> str:
    return re.sub(r"\D", "", (agency.get("address") or {}).get("postal_code", ""))


def _postal_address(t: str, ctx: TextContext, cust: CustomerInfo) -> None:
    """A postal code + town line that is not the agency's (nor any agency's) address."""
    for am in POSTAL_RE.finditer(t):
        code = (am.group("se") or am.group("fi") or "").replace(" ", "")
        if ctx.agency and code == _postal_code_of(ctx.agency):
            continue
        if any(code == _postal_code_of(a) for a in ctx.registry.data.get("agencies", [])):
            continue
        if HEADER_LINE_RE.match(t):
            continue
        cust.address = {"text": t.strip(), "postal_code": am.group("se") or am.group("fi"),
                        "city": am.group("c1") or am.group("c2")}
        break


def find_name(segments: list[Segment], ctx: TextContext, doc: Fragment, subject: str) -> None:
    """Customer name when no label gave one: a registry name in the text, the line above an identifier, or a
    company name (with legal form) in a request sentence; last, a registry name in the subject."""
    cust = doc.customer
    if cust.name:
        return
    agency_names = {(ctx.agency or {}).get(k, "").casefold() for k in ("name", "name_sv", "name_en")}
    if (_registry_name(segments, ctx, cust) or _name_above_identifier(segments, ctx, cust, agency_names)
            or _company_name(segments, ctx, cust, agency_names)):
        return
    if subject:
        for _s, _e, nm in ctx.registry.find_names(subject):
            cust.name = re.sub(r":[a-zåäö]{1,5}$", "", nm, flags=re.IGNORECASE)
            return
    for seg in segments:    # "could you invoice Baltic Marine Survey for …": the party the verb names
        said = name_after_request_verb(seg.text(with_signature=False))
        if said and said.casefold() not in agency_names:
            cust.name, cust.where["name"] = said, Where(ctx.part, rule="prose:invoiced party")
            return
    not_names = agency_names | {(ctx.from_name or "").casefold()}
    if not cust.has_identity() or PERSONAL_ID_RE.match((cust.org_no or "").strip()):
        for seg in segments:    # "Gösta Holm, Strandvägen 4, 64200 Närpes": a private person with an address
            said = addressed_person_name(seg.text(with_signature=False), not_names)
            if said:
                cust.name, cust.where["name"] = said, Where(ctx.part, rule="prose:addressed person")
                return
    if cust.has_identity():
        return
    for seg in segments:    # "Matti Lehtonen varasi …": a private person by name only (the identity is asked)
        said = private_person_name(seg.text(with_signature=False), agency_names | {(ctx.from_name or "").casefold()})
        if said:
            cust.name, cust.where["name"] = said, Where(ctx.part, rule="prose:private person")
            return


def _registry_name(segments: list[Segment], ctx: TextContext, cust: CustomerInfo) -> bool:
    for seg in segments:
        body = seg.text(with_signature=seg.level > 0 or ctx.attached)
        for s, _e, nm in ctx.registry.find_names(body):
            cust.name = re.sub(r":[a-zåäö]{1,5}$", "", nm, flags=re.IGNORECASE)
            idx = body.count("\n", 0, s)  # the spot's own line (an inflected spot differs from the name)
            cust.where["name"] = Where(ctx.part, line=seg.lines[idx][0] if idx < len(seg.lines) else None)
            return True
    return False


def _name_above_identifier(segments: list[Segment], ctx: TextContext, cust: CustomerInfo,
                           agency_names: set[str]) -> bool:
    """The line right above an org/personal number line."""
    for seg in segments:
        lines = seg.lines if seg.level > 0 else seg.body()
        for idx, (_n, t) in enumerate(lines):
            if find_identifiers(t, ctx.on) and re.match(r"(?i)^\s*(?:org|pnr|person|y-tunnus|business|reg|fo-)", t):
                k = idx - 1
                while k >= 0 and not lines[k][1].strip():
                    k -= 1
                if k >= 0:
                    cand = lines[k][1].strip()
                    if (not re.search(r"\d", cand) and not cand.endswith((":", ".", "?", "!")) and
                            1 <= len(cand.split()) <= 6 and cand.casefold() not in agency_names):
                        cust.name, cust.where["name"] = cand, Where(ctx.part, line=lines[k][0])
                        return True
    return False


def _company_name(segments: list[Segment], ctx: TextContext, cust: CustomerInfo, agency_names: set[str]) -> bool:
    for seg in segments:
        body = seg.text(with_signature=False)
        for m in [*_COMPANY_RE.finditer(body), *_NAME_BEFORE_ID_RE.finditer(body)]:
            nm = _LEAD_WORDS_RE.sub("", m.group("n").strip())
            if nm.casefold() in agency_names:
                continue
            first = nm.split()[0]
            if first.casefold() in _NOT_A_COMPANY_START or (len(nm.split()) == 1 and label_field(nm)):
                continue    # "Kund org.nr …": a label, not a name
            cust.name = nm
            cust.where["name"] = Where(ctx.part)
            return True
    return False
