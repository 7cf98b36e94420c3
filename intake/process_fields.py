"""Labelled lines of web forms, case systems and booking systems that describe the sending agency's own handling of
a matter, never what is invoiced: who handles it ("Handläggare", "Käsittelijä", "Case officer"), its status
("Status", "Käsittelytila"), the case's type, title or project ("Ärendetyp", "Asian nimi", "Project"), when the
form was sent or received ("Lähetetty", "Inkom", "Submitted"); a notification's heading ("Avgiftsbeslut – överförs
till fakturering", "Uusi lomakevastaus: …", "Booking confirmation"); and a form field left empty ("Lisätiedot:").

Why: the nets beneath the reading rules (intake.gate_message.unread_labels, intake.gate_leftover) hold a request
when a line of the newest text gave no value. System mail carries such fields in every message, so each correct
request from a case or booking system went to a clerk. The decision is by the label's meaning, in Swedish, Finnish
and English: a field of the agency's process changes nothing that is invoiced. A field that could (a discount, a
count, a period, a price, a customer, a marking for the invoice) is never in these lists, and a process field's
value still holds the request when it carries a number that is no date, time or case code, a currency or a word
that changes what is invoiced (`changes_invoice`, given by the caller).
"""
from __future__ import annotations

import re
from collections.abc import Callable

#: labels of the agency's own process, each matched as the WHOLE label (casefolded, spaces collapsed)
_HANDLER = (r"handläggare|ansvarig handläggare|handläggs av|handlagt av|registrerad av|registrator|"
            r"käsittelijä|vastuukäsittelijä|asian käsittelijä|käsittelijän nimi|kirjaaja|esittelijä|"
            r"case officer|caseworker|case worker|case handler|handler|handled by|assigned to|processed by|"
            r"registered by|"
            # who approved the hand-over ("Hyväksyjä: Petri Ahonen 01.12.2026")
            r"godkänd av|godkänt av|godkännare|attesterad av|attestant|beslutsfattare|"
            r"hyväksyjä|hyväksynyt|päättäjä|approved by|approver|decided by")
_STATUS = (r"status|ärendestatus|handläggningsstatus|beslutsstatus|prioritet|"
           r"käsittelytila|käsittelyn tila|asian tila|tilan tila|prioriteetti|"
           r"case status|state|priority")
_CASE = (r"ärendetyp|ärendemening|ärenderubrik|ärendebeskrivning|ärendekategori|ärendegrupp|handlingstyp|"
         r"asiatyyppi|asian nimi|asian otsikko|asiaryhmä|asialaji|asiakirjatyyppi|"
         r"case type|case title|case subject|case category|document type|"
         r"projekt|projektnamn|projektnummer|projekti|projektin nimi|projektinumero|project|project name|"
         r"formulär|formulärnamn|blankett|lomake|lomakkeen nimi|form|form name")
_STAMP = (r"skickad|skickat|inskickad|inkom|inkommen|inkommet|mottagen|mottaget|registrerad|registrerat|skapad|"
          r"lähetetty|lähetysaika|vastaanotettu|saapunut|kirjattu|luotu|"
          r"beslutsdatum|beslutad|beslutsdag|päätöspäivä|päätöspäivämäärä|päätetty|hyväksytty pvm|"
          r"submitted|received|created|registered|sent at|submitted at|decision date|decided on|approved on")
#: a form's hand-over field that affirms invoicing ("Laskutetaan: Kyllä", "Godkänd för fakturering: Ja"): says no
#: more than that the request is one; any other value ("Nej", "Ei", "delvis") keeps the line material
_APPROVAL = (r"(?:ska |skall )?faktureras|att fakturera|fakturera|godkänd(?: för fakturering)?|godkänt|attesterad|"
             r"laskutetaan|laskutettava|laskutettavaksi|hyväksytty(?: laskutettavaksi| laskutukseen)?|"
             r"(?:to be )?invoiced|invoice|billable|approved(?: for invoicing)?")
_AFFIRMATIVE_RE = re.compile(r"(?i)^(?:ja|japp|yes|y|kyllä|k|x|ok|✓|✔|true|sant|godkänd|godkänt|hyväksytty|"
                             r"approved)\.?$")
PROCESS_LABEL_RE = re.compile(rf"(?i)^(?:{_HANDLER}|{_STATUS}|{_CASE}|{_STAMP}|{_APPROVAL})$")

#: what a system notification's heading calls itself or the message ("Bokningsbekräftelse", "Varausvahvistus",
#: "automatiskt meddelande", "överförs till fakturering", "laskutettavat tunnit", "for invoicing")
_NOTICE = re.compile(
    r"(?i)^(?:[^\W\d_]+\s+){0,2}(?:"
    r"\w*bekräftelse|kvittens|avisering|notifiering|aviseringsmeddelande|(?:automatiskt|systemgenererat)\s+"
    r"(?:meddelande|utskick|mejl|mail)|formulärsvar|webbformulär|beställning mottagen|ärende registrerat|"
    r"(?:överförs|skickas|överlämnas)\s+(?:till|för)\s+fakturering|(?:underlag\s+)?(?:för|till)\s+fakturering|"
    r"fakturering|faktureringsunderlag|att fakturera|"
    r"\w*vahvistus|kuittaus|ilmoitus|automaattinen viesti|lomakevastaus|verkkolomake|tilaus vastaanotettu|"
    r"(?:siirretty|siirtyy|siirretään)\s+laskutukseen|laskutukseen|laskutus|laskutustiedot|laskutettava\w*"
    r"(?:\s+(?:tunnit|rivit|tapahtumat|suoritteet))?|"
    r"\w*confirmation|receipt|notification|automatic message|automated message|system message|"
    r"form submission|form response|order received|(?:for|to)\s+invoicing|invoicing|billing|"
    r"billable (?:hours|items))\s*[.!]?$")

#: a process value that says the service did not happen or is not settled ("Status: Avbokad", "Käsittelytila:
#: Peruttu", "State: on hold", "Preliminär"): whether or what to invoice is open, the line is never nothing
_UNSETTLED_RE = re.compile(
    r"(?i)\b(?:avbok\w*|inställ\w*|makuler\w*|annuller\w*|struk\w*|stryk\w*|återkall\w*|återtag\w*|avslag\w*|"
    r"avslå\w*|vilande|pausad|väntar|preliminär\w*|utkast|ej\s+\w+|inte\s+\w+|"
    r"peru\w*|keskeyt\w*|hylä\w*|hylk\w*|mitätö\w*|odott\w*|alustava\w*|luonnos|ei\s+\w+|"
    r"cancel\w*|void\w*|withdrawn|rejected|declined|on hold|pending|preliminary|draft|not\s+\w+)")
_ANSWER_RE = re.compile(r"(?i)^(?:ja|nej|yes|no|kyllä|ei|x|ok|true|false|sant|falskt|delvis|osittain|partly)\.?$")
_STAMP_VALUE_RE = re.compile(r"^[\d\s.:/,–-]*(?:klo|kl\.?|at)?[\d\s.:/,–-]*$")
#: what a process field's value may hold beside words: dates, times, case and property codes ("BN 2026-000412",
#: "SGN 2026/1432", "Lövsta 4:7", "P-2026-17")
_CODE_RE = re.compile(r"\b(?:\d{1,2}[.:]\d{1,2}(?:[.:]\d{2,4})?|\d{4}-\d{2}-\d{2}|(?:19|20)\d\d|"
                      r"(?=[\w/-]*[^\W\d_])[\w/-]*\d[\w/-]*|[A-ZÅÄÖ]{2,8}[ /-]?(?:\d[\d.-]*/?)+\d*)\b")


def _norm(label: str) -> str:
    return " ".join(label.replace("\u00a0", " ").split()).casefold().strip(" .:")


def _only_codes(value: str) -> bool:
    """The value holds no number but dates, times and codes: a count or an amount is never in it."""
    return not re.search(r"\d", _CODE_RE.sub(" ", value))


def process_field(label: str, value: str, changes_invoice: Callable[[str], bool]) -> bool:
    """True for "label: value" of the agency's own process (handler, status, case type or title, project, form,
    sent/received stamp) whose value states nothing that changes what is invoiced."""
    name = _norm(label)
    if not PROCESS_LABEL_RE.match(name):
        return False
    if re.fullmatch(_APPROVAL, name, re.I):
        return bool(_AFFIRMATIVE_RE.match(value.strip()))
    if re.fullmatch(_STAMP, name, re.I):
        return bool(_STAMP_VALUE_RE.match(value.strip()))
    return _only_codes(value) and not changes_invoice(value) and not _UNSETTLED_RE.search(value)


def notice_heading(label: str, value: str, changes_invoice: Callable[[str], bool]) -> bool:
    """True for a notification's heading "X – Y" / "X: Y" where one side names the kind of message (a booking
    confirmation, an automatic message, a hand-over to invoicing) and the other a system, form or case: nothing
    on it but codes, and no word that changes what is invoiced."""
    parts = [p.strip() for p in re.split(r"\s+[–—-]\s+|:\s+", f"{label}: {value}") if p.strip()]
    if not any(_NOTICE.match(p) for p in parts) or any(_ANSWER_RE.match(p) for p in parts):
        return False  # no heading, or a form's question and its answer ("Godkänd för fakturering: Nej")
    line = " ".join(parts)
    return _only_codes(line) and not changes_invoice(line) and not _UNSETTLED_RE.search(line)


#: a form field with nothing after its colon ("Lisätiedot:", "Övrigt:", "Tilausnumero:")
EMPTY_FIELD_RE = re.compile(r"^\s*(?:[-*•]\s*)?[^\W\d][\w .,/()&'’-]{0,40}:\s*$")


def empty_field(line: str) -> bool:
    """A form field left empty states nothing (what follows on the next line is judged as a line of its own)."""
    return bool(EMPTY_FIELD_RE.match(line))
