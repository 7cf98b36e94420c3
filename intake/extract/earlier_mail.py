"""A mail that changes or withdraws the sender's own earlier request, or disputes an issued invoice (issue #14).

"Ändring till mitt mejl i går: det var 2 visningar, inte 1", "korjaus eiliseen pyyntööni: asiakas on …", "Stryk
underlaget för X som jag skickade i morse", "Eilinen laskutuspyyntö X:lle peruutetaan", "correction to my
earlier e-mail", "please withdraw the request I sent this morning". Why: such a mail repeats the customer and the
lines of the request it is about, so it reads like a request; invoiced as one it bills the customer twice (or
bills a withdrawn one). Without a reply token the earlier request cannot be found and merged safely, so a clerk
handles it (kind `unknown` with a `kind_ambiguous` review, intake.extract.kinds.not_a_request_yet). The signal is
both at once, in one sentence (or one of them in the subject): a reference to the sender's earlier mail or
request, and a word that changes or withdraws something. A new request that only mentions an earlier mail ("som
jag skrev i går, här är underlaget") or an earlier invoice keeps going through.

"Kunden bestrider faktura 26112144", "asiakas riitauttaa laskun 7004410", "the customer disputes invoice 10241":
a dispute names the issued invoice's customer and lines, and asks nothing to be invoiced either; so does a customer's
complaint about a reminder of an issued invoice ("vi fick en påminnelse för faktura N", "saimme maksumuistutuksen
laskusta N"), often forwarded by the agency.
"""
from __future__ import annotations

import re

from .issued_questions import _ISSUED_RE, _SENTENCE_RE

_MAIL = r"(?:mejl|mail|e-?post|meddelande|underlag|begäran|beställning|fakturaunderlag|faktureringsunderlag)\w*"
_VIESTI = r"(?:viest|pyyn|laskutuspyyn|sähköpost|meil|tilau|aineist)\w*"
#: the sender's earlier mail or request: "mitt mejl i går", "underlaget som jag skickade i morse", "gårdagens
#: begäran", "eiliseen pyyntööni", "aiempi viestini", "lähettämäni aineisto", "my previous e-mail", "yesterday's
#: request", "the request I sent this morning"
EARLIER_RE = re.compile(
    r"(?i)\b(?:mitt|mina|min|vårt|våra|vår)\s+(?:\w+\s+){0,2}?" + _MAIL + "|"
    r"\b" + _MAIL + r"\s+(?:\S+\s+){0,8}?(?:i\s*går|i\s+morse|i\s+förrgår|i\s+förmiddags|tidigare\s+i\s+dag|"
    r"förra\s+veckan|häromdagen)\b|"
    r"\b(?:som|vilket|vilken|det|den)\s+(?:jag|vi)\s+(?:skickade|skickat|mejlade|mailade)\b|"
    r"\b(?:gårdagens|morgonens|förmiddagens|tidigare|förra)\s+" + _MAIL + "|"
    r"\b(?:eili\w*|aiem\w*|aikaisem\w*|edelli\w*|aamui\w*|lähettämä\w*)\s+(?:\w+\s+){0,2}?" + _VIESTI + "|"
    r"\b(?:pyyntö|pyyntöö|viesti|viestii|sähköposti|sähköpostii|laskutuspyyntö|laskutuspyyntöö)ni\b|"
    r"\b(?:my|our)\s+(?:earlier|previous|last|former|first)\s+(?:e-?mail|mail|message|request)|"
    r"\b(?:yesterday'?s|this\s+morning'?s|earlier)\s+(?:e-?mail|mail|message|request)|"
    r"\b(?:e-?mail|mail|message|request|details)\s+(?:I|we)\s+sent\b|"
    r"\bsent\s+(?:you\s+)?(?:yesterday|this\s+morning|earlier(?:\s+today)?)\b")
#: a change or a withdrawal: "ändring", "rätta", "stryk", "dra tillbaka", "korjaus", "muutos", "peruutetaan",
#: "älkää laskuttako", "correction", "withdraw", "cancel", "disregard"
CHANGE_RE = re.compile(
    r"(?i)\bändring(?:en|ar)?\b|\bändra(?:r|s|de|t)?\b|\bkorrigera\w*|\bkorrigering\w*|\brättelse\w*|"
    r"\brätta(?:r|s)?\b|\bstryk(?:er|s|a)?\b|\bdra(?:r|s)?\s+tillbaka\b|\båterkalla\w*|\bannullera\w*|\bmakulera\w*|\bbortse\s+från\b|"
    r"\bska\s+(?:inte|ej)\s+faktureras\b|\bska\s+utgå\b|\bfel\s+i\b|"
    # "korjaus" is also a repair (a service line: "pumpun korjaus 3 h"): only as a correction of the mail
    r"\bkorjaus\s*(?::|aiem|eili|edell|viest|pyyn|laskutuspyyn)|\bkorjaa(?:n|mme)\b|\bkorjatkaa\b|"
    r"\bmuutos\w*|\bmuute(?:ttu|taan|ttava)\w*|\bmuuta(?:n|mme|kaa)\b|"
    r"\bperu(?:u|t|n\b|a\b|mme\b|kaa\b)\w*|\bälkää\s+laskuttako\b|\bei\s+laskuteta\b|\bjättäkää\s+huomiotta\b|"
    r"\bmitätö\w*|\bcorrection\b|\bcorrect(?:ed|s)?\b|\bchange[sd]?\b|\bamend\w*|\bwithdraw\w*|\bcancel\w*|"
    r"\bdisregard\b|\bignore\b|\b(?:do\s+not|don'?t)\s+(?:invoice|bill)\b|\bmistake\b")
#: a dispute of an issued invoice: "bestrider", "reklamerar", "riitauttaa", "kiistää", "disputes", "contests"
DISPUTE_RE = re.compile(
    r"(?i)\b(?:bestrider|bestrids|bestritt|bestridit|bestridande|reklamera[rt]?|reklamation\w*|"
    r"riitautt\w*|riitauta\w*|kiistä\w*|kiistää|reklamoi\w*|disput(?:e|es|ed|ing)|contest(?:s|ed|ing)|"
    # a reminder of the issued invoice complained about ("fick en påminnelse för faktura N med påminnelseavgift",
    # "saimme maksumuistutuksen laskusta N", "we got a reminder for invoice N"): its fee is for a clerk
    r"\w*påminnelse\w*|\w*muistutu\w*|\w*muistutusmaksu\w*|reminders?|reminder\s+fee)\b")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_RE.findall(text or "") if s.strip()]


def changes_earlier_mail(subject: str, text: str) -> bool:
    """The subject or newest text changes or withdraws the sender's earlier mail or request: both cues in one
    sentence, or one in the subject and the other in the text."""
    if any(EARLIER_RE.search(s) and CHANGE_RE.search(s) for s in _sentences(subject) + _sentences(text)):
        return True
    return bool((EARLIER_RE.search(subject or "") and CHANGE_RE.search(text or "")) or
                (CHANGE_RE.search(subject or "") and EARLIER_RE.search(text or "")))


def disputes_issued_invoice(text: str) -> bool:
    """A sentence says an invoice already issued (named by its number) is disputed."""
    return any(DISPUTE_RE.search(s) and _ISSUED_RE.search(s) for s in _sentences(text))
