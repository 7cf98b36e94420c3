"""What a message asks for, beyond "invoice this": credit requests, out-of-office replies, and conflicting cues.

A credit of an issued invoice ("kreditera faktura 100123", "hyvittäkää lasku 200456", "please credit invoice
…") is not a new invoice: turned into an invoicing request it would bill the customer a second time. It becomes
kind `credit_request` with `{invoice_number, reason, amount, lines}` and never `requests` (the contract's
product-specific kinds). Out-of-office replies often come without `Auto-Submitted` (forwarding rules, mobile
clients), so their wording in sv/fi/en is recognised too, but only when the text asks for nothing. When cues of
two kinds meet in one message, the reason goes to `review` so the gate holds it for a clerk.
"""
from __future__ import annotations

import re
from decimal import Decimal

from .amounts import find_amounts
from .earlier_mail import changes_earlier_mail, disputes_issued_invoice
from .invoice_nouns import invoice_nouns_blanked
from .issued_questions import asks_about_issued_invoice
from .later_billing import confirms_and_bills_later
from .not_yet_words import price_inquiry, price_list

_INV = r"(?:(?:nr\.?|nummer|numero|no\.?|number)\s*:?\s*|#\s*)?(?P<inv>[A-Z]{0,4}-?\d[\d-]{2,19})"
CREDIT_RE = re.compile(
    r"(?i)(?:\bkreditera(?:s|r)?\b|\bmakulera(?:s|r)?\b|\bannullera(?:s|r)?\b|\bmitätöi\w*|\bvoid\s+invoice\b|\bkreditering(?:en)?\s+av\b|\bkreditfaktura\b|\bkreditnota\b|"
    r"\bhyvit(?:tä|ä|etään|tää|täkää|äkää|täisittekö|ettävä)\w*\b|\bhyvityslasku\w*|\bhyvitys\b|"
    # a partial credit ("delkreditering på faktura …", "osahyvitys laskusta …", "partial credit of invoice …")
    r"\bdelkredit\w*|\bkreditering(?:en)?\s+(?:på|för)\b|\bosahyvit\w*|\bpartial(?:ly)?\s+credit\w*|"
    r"\bplease\s+credit\b|\bcredit\s+(?:note|invoice)\b|\bissue\s+a\s+credit\b|\bcredit\s+(?:the\s+)?invoice\b|"
    # a cancelled invoice billed again ("cancel it and re-invoice", "fakturera om", "laskuttakaa uudelleen"): the
    # new invoice stands on the cancellation, so the whole is a credit for a clerk
    r"\bcancel\s+(?:it|this|that|the\s+invoice|invoice)\b|\bfakturera\s+om\s+(?:den|dem|fakturan|med|till)\b|"
    r"\bomfakturer\w*|\bersätt(?:s|as)?\s+(?:av|med)\s+en\s+ny\b|\bkorvat(?:aan|tava)\s+uudella\b|"
    r"\breplaced?\s+(?:by|with)\s+a\s+new\b|"
    r"\blaskut\w*\s+uudelleen\b|\buudelleenlaskut\w*)")
#: a credit that asks for a new invoice in the same breath ("kreditera 10234 och skicka en ny faktura", "credit
#: 10251 and re-issue", "hyvitettävä … laskuttakaa uudelleen"): the new invoice must not be lost with the credit
REINVOICE_RE = re.compile(
    r"(?i)\bfakturera\s+om\b|\bomfakturer\w*|\bny\s+faktura\b|\bre-?(?:invoice|issue|bill)\w*|"
    r"\bnew\s+invoice\b|\blaskut\w*\s+uudelleen\b|\buudelleenlaskut\w*|\buusi\s+lasku\b|"
    r"\bkorvat(?:aan|tava)\s+uudella\b|\bersätt(?:s|as)?\s+(?:av|med)\s+en\s+ny\b|\breplaced?\s+(?:by|with)\s+a\s+new\b")
_CREDIT_INVOICE_RE = re.compile(
    r"(?i)(?:faktura(?:n|nummer|nr)?|lasku(?:n|a|lle|sta|ssa|numero|nro)?|invoice)\s*:?\s*" + _INV)
_REASON_RE = re.compile(r"(?i)(?:orsak|anledning|skäl|syy|peruste|reason|because|eftersom|koska|då)\s*:?\s*(.+)")
_AMOUNT_LABEL_RE = re.compile(r"(?i)(?:belopp|summa|kreditera\w*\s+belopp|määrä|summa|hyvitettävä\w*|amount|"
                              r"totalt|yhteensä)")
REQUEST_CUE_RE = re.compile(
    r"(?i)\b(?:fakturera(?:s)?|vänligen fakturera|fakturer(?:ing)?sunderlag|laskut(?:takaa|taa|etaan|ettava)|"
    r"laskutuspyyntö|please invoice|kindly invoice|invoice (?:the following|for|to)|bill (?:the|them))\b")
#: the sender's own return, not a colleague's ("Maja som är tillbaka på måndag", "she will be back on Monday"):
#: after "jag/vi/I/we/och/and", or opening a line or a sentence
_OWN = (r"(?:(?<![^\n])|(?<=[.!:]\s)|(?<=\n\s)|(?<=\bjag\s)|(?<=\bvi\s)|(?<=\boch\s)|(?<=\bi\s)|(?<=\bwe\s)|"
        r"(?<=\band\s))")
OOO_RE = re.compile(
    r"(?i)\b(?:olen (?:vuosi)?lomalla|olen poissa(?: toimistolta)?|olen tavoitettavissa|palaan (?:toimistolle|"
    r"töihin)|en lue sähköpostia|jag är (?:på semester|ledig|tjänstledig|föräldraledig|bortrest|borta|"
    r"frånvarande)|" + _OWN + r"är tillbaka (?:den|på|igen|måndag|tisdag|onsdag|torsdag|fredag)|"
    r"åter (?:i tjänst|på kontoret)|"
    r"läser inte (?:min )?e-?post|begränsad tillgång till (?:min )?e-?post|rajoitetusti sähköpost\w*|"
    r"sähköpostia ei (?:lueta|välitetä)|i am (?:on (?:leave|vacation|holiday|annual leave)|out of (?:the )?office|"
    r"currently (?:away|out))|i'?m (?:currently )?(?:away|out of (?:the )?office|on (?:leave|holiday|vacation))|"
    r"away from (?:the|my) office|limited access to (?:e-?mail|my e-?mail)|" + _OWN + r"will (?:be back|return) on|"
    r"i'll be back on|"
    r"out of (?:the )?office)")
OOO_SUBJECT_RE = re.compile(
    r"(?i)^\s*(?:automatiskt svar|autosvar|automaattinen vastaus|out of office|auto(?:matic)? ?reply|auto:|"
    r"frånvaro|frånvarande|poissa|poissaolo|lomalla|abwesen\w*|absent|i am out of the office|away)\b")


def reinvoice_for_clerk(requests: list[dict]) -> dict[str, list[dict]]:
    """The new invoice a credit request also asks for, read from the whole mail: kept for the clerk with the
    credit (never filed by itself), each request flagged, since the credited invoice's old count or price may
    stand beside the new one in the same sentence ("vi fakturerade 5 … men det var 3 … fakturera om")."""
    out = []
    for r in requests:
        if r.get("lines"):
            out.append({**r, "review": [{"code": "reinvoice", "path": "lines", "reason": "the new invoice of a "
                                         "credit request: check every value against the mail before filing"}]})
    return {"reinvoice": out} if out else {}


def credit_request(subject: str, text: str) -> dict | None:
    """The credit request the newest text states, or None. The invoice number is required for a credit cue in
    the body; a "kreditfaktura/hyvityslasku" subject alone names the kind and asks nothing more."""
    in_text = _asked_credit(text)
    m = in_text or _asked_credit(subject or "")
    if not m:
        return None
    around = text[max(0, m.start() - 200):m.end() + 300] if in_text else subject + "\n" + text
    inv = _CREDIT_INVOICE_RE.search(around) or _CREDIT_INVOICE_RE.search(subject or "")
    if inv is None and not CREDIT_RE.search(subject or ""):
        return None
    return {"invoice_number": inv.group("inv") if inv else None, "reason": _reason(text),
            "amount": _amount(text), "lines": []}


#: a credit said not to be wanted, just before the cue ("inget ska krediteras", "ingen kreditfaktura", "eikä mitään
#: tarvitse hyvittää", "no credit note") or just after it ("kreditera ej"): a passing remark in a request
_NEGATED_BEFORE_RE = re.compile(r"(?i)\b(?:inte|ej|icke|inget|ingenting|ingen|aldrig|ei|eikä|älä|älkää|no|not|"
                                r"nothing|never|don'?t)\b(?:\s+[^\s,.;:!?–]+){0,3}?\s+$")
_NEGATED_AFTER_RE = re.compile(r"(?i)^\s+(?:ej|inte|icke)\b")


def _asked_credit(text: str) -> re.Match | None:
    """The first credit cue of the text that is not negated (module doc)."""
    for m in CREDIT_RE.finditer(text):
        if not (_NEGATED_BEFORE_RE.search(text[max(0, m.start() - 40):m.start()]) or
                _NEGATED_AFTER_RE.match(text[m.end():m.end() + 8])):
            return m
    return None


def _reason(text: str) -> str | None:
    for ln in text.splitlines():
        m = _REASON_RE.search(ln)
        if m and len(m.group(1).strip()) > 2:
            return m.group(1).strip()[:200]
    for sent in re.split(r"(?<=[.!?])\s+|\n", text):
        if re.search(r"(?i)\b(?:fel|felaktig\w*|virhe\w*|väär\w*|wrong|incorrect|error|dubbel\w*|tuplat?)\b", sent):
            return sent.strip()[:200]
    return None


def _amount(text: str) -> Decimal | None:
    """The amount to credit when it is stated with money marks on a line that names an amount."""
    for ln in text.splitlines():
        if not _AMOUNT_LABEL_RE.search(ln):
            continue
        amts = [a for a in find_amounts(ln) if a.value is not None and not a.approximate and a.has_currency]
        if amts:
            return abs(amts[-1].value) if amts[-1].value is not None else None
    return None


def is_out_of_office(subject: str, text: str) -> bool:
    """An out-of-office reply by its wording: the subject, or a short text that says so and asks for nothing."""
    if OOO_SUBJECT_RE.match(subject or ""):
        return True
    head = text[:600]
    return bool(OOO_RE.search(head)) and len(text) < 1500 and not REQUEST_CUE_RE.search(text)


def sounds_out_of_office(text: str) -> bool:
    """Out-of-office wording at the top of a text that was not taken as an auto-reply (it also asks for
    something): the kind is not certain."""
    return bool(OOO_RE.search(text[:600]))


def asks_for_invoice(text: str) -> bool:
    """Whether a text asks to invoice something (the cue that conflicts with an advice or a credit)."""
    return bool(REQUEST_CUE_RE.search(text))


#: a question about an invoice already asked for ("har fakturan till X gått iväg?", "onko lasku jo lähetetty?",
#: "has the invoice for X been sent?"): it names a customer, articles and counts, but asks nothing to be invoiced
STATUS_RE = re.compile(
    r"(?i)(?:\b(?:har|är|blev)\s+(?:ni\s+|du\s+|den\s+)?(?:\w*fakturan|\w*fakturorna|fakturerat|fakturerats)\b|"
    r"\bnär\s+(?:skickas|går|kommer)\s+fakturan\b|\bom\s+(?:fakturan|fakturorna|ni\s+(?:har\s+)?fakturerat)\b|"
    # the invoice also as a compound ("onko X Oy:n maksuosuuslasku (…, pyydetty 8.6.) jo lähtenyt?"), or the
    # question carried by "jo" + sent however long the noun phrase before it is
    r"\bonko\s+(?:\S+\s+){0,6}?(?:\w*lasku\w*|laskutettu|lähetetty|lähtenyt)\b|"
    r"\b(?:onko|ovatko)\s+(?:\S+\s+){0,14}?jo\s+(?:lähtenyt|lähteneet|lähetetty|laskutettu|mennyt|menneet)\b|"
    r"\bmilloin\s+(?:\S+\s+){0,6}?lasku\w*|\bjoko\s+(?:\S+\s+){0,6}?lasku\w*|"
    r"\b(?:has|have|did|was|were)\s+(?:the\s+|you\s+|our\s+|it\s+)?(?:[\w-]+\s+)?(?:invoice\w*|invoiced|"
    r"sent\s+the\s+invoice)\b|"
    r"\bwhen\s+(?:will|is|does)\s+the\s+invoice\b|"
    # "asks whether the invoice for proposal 2026-0417 has gone out yet …? Could you check?"
    # … also after a long noun phrase ("whether the invoice to X AB for the conference fees (our request of 1
    # February) has been sent?")
    r"\b(?:whether|if)\s+(?:the|their|our|this|that)\s+invoice\b[^?\n]{0,160}?\b(?:has|have|was|were|is)\s+"
    r"(?:\w+\s+)?(?:gone\s+out|been\s+(?:sent|issued|posted)|sent|issued)\b|"
    # "could you check whether the Q1 invoices to X went out?", "kan ni kolla om fakturorna till X har skickats?",
    # "voisitteko tarkistaa, ovatko X:n laskut lähteneet?": whether invoices already asked for were sent
    r"\b(?:whether|if)\s+(?:\S+\s+){0,6}?invoices?\s+(?:\S+\s+){0,6}?(?:went|were|was|has|have|got|been)\b|"
    r"\bom\s+(?:\S+\s+){0,6}?\w*faktur(?:an|orna)\s+(?:\S+\s+){0,6}?(?:gått|gick|skickats|skickades|har|kommit)\b|"
    r"\bovatko\s+(?:\S+\s+){0,6}?(?:\w*lasku\w*|lähteneet|lähetetty)\b)[^?\n]{0,200}\?")
#: a courtesy reply ("Tack, ser bra ut!", "Kiitos!", "Thanks, looks good!") at the top of the newest text
_THANKS_RE = re.compile(r"(?i)^\W*(?:stort\s+|tusen\s+|many\s+|ok,?\s+)?(?:tack|tackar|thanks|thank\s+you|"
                        r"kiitos|kiitti|kiitoksia)\b")


#: the writer asks only what became of a request already sent ("kan ni kolla hur det ligger till? vi vill bara veta
#: status", "voisitteko selvittää, mikä tilanne on", "could you look into what happened?"), no invoice word needed
STATUS_ONLY_RE = re.compile(
    r"(?i)\bvill\s+(?:bara\s+|endast\s+|enbart\s+)?veta\s+(?:status(?:en)?|läget|hur\s+det\s+ligger\s+till|"
    r"vad\s+som\s+(?:har\s+)?hänt)\b|\b(?:kolla|undersöka|kontrollera|ta\s+reda\s+på)\s+(?:hur\s+det\s+ligger\s+"
    r"till|vad\s+som\s+(?:har\s+)?hänt|läget|status(?:en)?)\b|"
    r"\b(?:haluamme|haluan|halutaan)\s+(?:vain\s+|ainoastaan\s+)?tietää\s+(?:tilanteen|tilan|mikä\s+(?:on\s+)?"
    r"tilanne|mitä\s+on\s+tapahtunut)|\b(?:tarkistaa|selvittää)\s*,?\s+(?:mikä\s+(?:on\s+)?tilanne|mitä\s+(?:on\s+)?"
    r"tapahtunut)|\b(?:only|just)\s+want\s+to\s+know\s+(?:the\s+)?status\b|"
    r"\b(?:check|look\s+into|find\s+out)\s+(?:what\s+(?:has\s+)?happened|the\s+status)\b")


def asks_about_status(text: str) -> bool:
    """Whether the newest text only asks about an invoice already requested (its status, whether it was sent)."""
    if not (STATUS_RE.search(text) or STATUS_ONLY_RE.search(text)):
        return False
    return not asks_for_invoice(invoice_nouns_blanked(STATUS_ONLY_RE.sub(" ", STATUS_RE.sub(" ", text))))


def only_thanks(text: str) -> bool:
    """A short thank-you that states no number and asks for nothing: a courtesy reply, even when the thread's
    subject or quoted confirmation names a customer."""
    body = text.strip()
    return bool(_THANKS_RE.match(body)) and len(body) < 300 and not re.search(r"\d", body) and \
        not asks_for_invoice(body)


#: the newest text says there is nothing to invoice ("Inget att fakturera just nu", "ei laskutettavaa", "nothing to
#: invoice for now"): whatever customer, article or count it names (a register change, a notice) is no request
NOTHING_TO_INVOICE_RE = re.compile(
    r"(?i)\b(?:inget|ingenting|inte något)\s+(?:att|ska|skall)\s+faktureras?\b|\bingenting\s+faktureras\b|"
    r"\bei\s+(?:mitään\s+|vielä\s+)?laskutettavaa\b|\bnothing\s+(?:to|should be)\s+(?:be\s+)?(?:invoiced?|billed?)\b|"
    r"\bno\s+invoic(?:e|ing)\s+(?:is\s+)?(?:needed|required)\b|"
    # the request withdrawn as a whole further down: "Nej förresten – stryk det. … Ingen faktura alltså.",
    # "unohtakaa se, ei laskua", "scratch that – no invoice after all"
    r"\bstryk\s+(?:det|detta|allt|alltihop)\b(?!\s+\w*rad)|\bingen\s+faktura\s+(?:alltså|då|trots\s+allt)\b|"
    r"\bglöm\s+(?:det|detta)\b|\bunohtakaa\s+(?:se|tämä|edellinen)\b|\bei\s+laskua\s+(?:siis|sittenkään)\b|"
    # "glöm min begäran nedan – … så ingen faktura ska skickas", "forget my request below", "unohtakaa pyyntöni"
    r"\bglöm\s+(?:min|mitt|vår|vårt)\s+(?:begäran|beställning|förfrågan|mejl|meddelande)\b|"
    r"\bingen\s+faktura\s+(?:ska|skall|behöver)\s+(?:skickas|göras)\b|"
    r"\b(?:forget|ignore)\s+my\s+(?:request|previous|earlier)\b|\bunohtakaa\s+(?:pyyntöni|viestini)\b|"
    r"\b(?:scratch|forget)\s+(?:that|it)\b|\bno\s+invoice\s+(?:after\s+all|then)\b")
#: a question asked before the request is sent ("en fråga innan jag skickar underlaget: kan ni …?", "before I send
#: the details: can you …?", "ennen kuin lähetän aineiston …?"): the request is still to come
_NOT_YET_RE = re.compile(
    r"(?i)\binnan\s+(?:jag|vi)\s+skickar\b|\bbefore\s+(?:I|we)\s+send\b|\bennen\s+kuin\s+lähetä(?:n|mme)\b|"
    r"\b(?:skickar|skickas)\s+(?:underlaget|beställningen|raderna)\s+(?:senare|sedan|i\s*morgon)\b|"
    r"\blähetä(?:n|mme)\s+(?:aineiston|tiedot|rivit)\s+(?:myöhemmin|huomenna)\b|"
    r"\bwill\s+send\s+the\s+(?:request|details|order|lines)\s+(?:later|tomorrow)\b")


#: a fee to be invoiced later, as a case system's notice of a new case says it ("Avgift debiteras när beslut har
#: fattats", "maksu laskutetaan, kun päätös on tehty", "the fee will be invoiced once a decision is made")
_LATER_RE = re.compile(
    r"(?i)\b(?:debiteras|faktureras|tas\s+ut)\s+(?:först\s+)?(?:när|efter\s+(?:att\s+)?)\s*(?:ett\s+)?beslut\w*|"
    r"\blaskutetaan\s+(?:vasta\s+)?(?:kun\s+päätös|päätöksen\s+jälkeen)|\bperitään\s+(?:vasta\s+)?(?:kun\s+päätös|"
    r"päätöksen\s+jälkeen)|\bwill\s+be\s+(?:invoiced|charged|billed)\s+(?:when|once|after)\s+(?:a\s+|the\s+)?decision")
#: a notice of new prices ("från 1 januari gäller nya priser", "uudet hinnat 1.1.2027 alkaen", "new prices apply
#: from"): its articles and amounts are a price list for the register, not lines to invoice
PRICE_NOTICE_RE = re.compile(
    r"(?i)\b(?:nya\s+priser|ny\s+prislista|prisändring\w*|prisjustering\w*|prishöjning\w*|höjda\s+priser|"
    r"uudet\s+hinnat|uusi\s+hinnasto|hinnanmuuto\w*|hinnankorotu\w*|hinnasto\s+muuttuu|"
    r"new\s+prices|new\s+price\s+list|price\s+(?:change|increase|adjustment)s?)\b")
#: ... said as taking effect, or as a register change: "från den 1 januari", "fr.o.m.", "alkaen", "lähtien",
#: "from 1 January", "as of", "effective", "uppdatera artikelregistret", "päivittäkää", "please update"
_NOTICE_CUE_RE = re.compile(r"(?i)\b(?:från|fr\.?\s?o\.?\s?m|gäller\s+från|alkaen|lähtien|from|as\s+of|effective|"
                            r"valid\s+from|uppdatera\w*|päivit\w*|update\w*)\b")
#: a copy of an invoice already issued asked for again ("skicka en kopia av faktura 4105003", "lähettää laskusta
#: 771702 kopion uudelleen", "resend invoice 123456"): nothing new to invoice — invoiced again it bills twice
_COPY_RE = re.compile(
    r"(?i)\b(?:kopia|kopian|kopior|fakturakopia\w*|kopio\w*|laskukopio\w*|copy|duplicate)\b|"
    r"\b(?:skicka|maila|mejla)\s+(?:om\s+)?(?:fakturan|faktura\s+\d+)\s+(?:igen|på\s+nytt)\b|"
    r"\blähet\w*\s+(?:\S+\s+){0,3}uudelleen\b|\bre-?send\b|\bsend\s+(?:\S+\s+){0,3}again\b")
_ISSUED_INVOICE_RE = re.compile(r"(?i)\b(?:faktura(?:n|nr|nummer)?|lasku(?:n|a|sta|lle|numero|nro)?|invoice)\s*"
                                r"(?:nr\.?|nummer|numero|no\.?|#)?\s*\d{4,}\b")


#: a change asked to an invoice already issued ("kan ni ändra antalet på faktura 10234 till 3?", "could you change
#: the price on invoice 10234", "voisitteko korjata laskun 20577 määrän"): a clerk corrects that invoice (a credit
#: and a new one); read as a request, the corrected count would be invoiced on top of the standing invoice
_CHANGE_ISSUED_RE = re.compile(
    r"(?i)\b(?:ändra|korrigera|rätta|justera)\s+(?:\S+\s+){0,3}?(?:på|i)\s+(?:faktura|fakturan)\s*(?:nr\.?\s*)?\d{4,}|"
    r"\b(?:change|correct|amend|adjust)\s+(?:\S+\s+){0,3}?(?:on|in)\s+(?:the\s+)?invoice\s*(?:no\.?\s*|#\s*)?\d{4,}|"
    r"\b(?:muuttaa|muuttakaa|muuttaisitteko|korjata|korjatkaa|korjaisitteko)\s+(?:\S+\s+){0,2}?laskun\s*\d{4,}")


def not_a_request_yet(text: str, subject: str = "") -> str | None:
    """Why a newest text that names customers and articles still asks nothing to be invoiced now: it says there is
    nothing to invoice, changes or withdraws the sender's earlier request (intake.extract.earlier_mail), asks a
    question before the request is sent, gives notice of new prices, or asks for a copy of an issued invoice.
    None when neither (or when the text also asks to invoice something)."""
    if NOTHING_TO_INVOICE_RE.search(text):
        return "the message says there is nothing to invoice"
    if changes_earlier_mail(subject, text):
        return "the message changes or withdraws the sender's earlier request; a clerk corrects that request"
    if "?" in text and _NOT_YET_RE.search(text):
        return "the message asks a question before the request is sent; nothing is asked to be invoiced yet"
    if _LATER_RE.search(text) and not asks_for_invoice(_LATER_RE.sub(" ", text)):
        return "the message says the fee is invoiced later (a case registered, not decided); nothing to invoice now"
    if asks_for_invoice(text):
        return None
    if confirms_and_bills_later(text, subject):
        return "the message confirms a booking to its customer; it is invoiced later with the period's basis"
    if PRICE_NOTICE_RE.search(text) and _NOTICE_CUE_RE.search(text):
        return "the message gives notice of new prices (a register change); nothing is asked to be invoiced"
    if _CHANGE_ISSUED_RE.search(text):
        return "the message asks to change an invoice already issued; a clerk corrects that invoice"
    if disputes_issued_invoice(text):
        return "the message says an invoice already issued is disputed; a clerk handles the dispute"
    if asks_about_issued_invoice(text):
        return "the message asks a question about an invoice already issued; a clerk answers it"
    if _COPY_RE.search(text) and _ISSUED_INVOICE_RE.search(text):
        return "the message asks for a copy of an invoice already issued; nothing new is asked to be invoiced"
    if price_inquiry(text):
        return "the message asks what something would cost; nothing is asked to be invoiced"
    if price_list(text):
        return "the message gives prices for a coming period (a register change); nothing is asked to be invoiced"
    return None
