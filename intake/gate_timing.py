"""A request whose newest text says when (or when not yet) to invoice: "Fakturadatum: 30.4.2027", "fakturera
först efter 1 maj", "laskutetaan vasta joulukuussa", "please hold the invoice until the course has ended".

Why: the intake contract has no field for an invoicing date, so such an instruction was read as nothing, and the
request went straight through at once — the invoice dated and sent before the agency wanted it (an advance the
customer has not agreed to, or an invoice for a service not yet given; the Swedish and Finnish rules on when an
invoice is due run from its date). A clerk schedules or holds such a request, so it is held with the sentence as
evidence (`invoice_timing`). An instruction to invoice as usual, now, or per the agreement says nothing about time
and holds nothing; nor does a period ("för september") or a payment term ("betalas inom 30 dagar").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from intake.extract.mime import Mail, Part
from intake.extract.periods import MONTH_ALT
from intake.gate_message import finding, newest_lines

_MONTH = rf"(?:{MONTH_ALT})\b"  # the months in sv/fi/en, Finnish inflected (intake.extract.periods)
_WHEN = (rf"(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}\.?(?:\d{{2,4}})?|\d{{1,2}}(?:\.|:e|:a|st|nd|rd|th)?\s+"
         rf"(?:of\s+)?{_MONTH}|{_MONTH}|(?:nästa|kommande)\s+(?:månad|vecka|år)|next\s+(?:month|week|year)|"
         r"ensi\s+(?:kuussa|viikolla|vuonna)|årsskiftet|vuodenvaihteen\w*|new year)")
#: a word that ties the invoicing to a time not now: "först", "efter", "vasta", "not before", "on 30.4."
_SV = (rf"fakturadatum\s*(?:ska vara|blir|[:=])?\s*{_WHEN}|"
       rf"fakturer(?:a|as|ing(?:en)?)\s+(?:(?:ska|bör|kan)\s+)?(?:ske\s+)?(?:(?:först|tidigast|inte\s+(?:före|"
       rf"förrän|innan)|efter|den|per|fr\.?\s?o\.?\s?m\.?|från och med)\s+){{1,2}}(?:i\s+|den\s+|vid\s+)?{_WHEN}|"
       r"(?:vänta|avvakta)\w*\s+med\s+(?:att\s+)?fakturer\w*|(?:håll|hålla)\s+inne\s+(?:med\s+)?faktur\w*|"
       r"skjut\w*\s+upp\s+faktur\w*|fakturer\w*\s+(?:inte|ej)\s+(?:\S+\s+){0,4}?(?:ännu|än|förrän|före|innan)\b|"
       r"(?:ska|skall)\s+(?:inte|ej)\s+faktureras\s+(?:förrän|före|innan|ännu|än)|"
       r"fakturer(?:a|as)\s+först\s+när")
_FI = (rf"lasku(?:n)?\s*päiv(?:ä|äys|ämäärä)\w*\s*(?:on|[:=])?\s*{_WHEN}|"
       rf"laskut(?:etaan|takaa|taa|usta)?\s+(?:vasta|aikaisintaan|ei ennen)\s+(?:\w+\s+)?{_WHEN}|"
       rf"laskut(?:etaan|takaa)\s+{_WHEN}\s+(?:jälkeen|alussa|lopussa)|"
       r"laskut\w*\s+vasta\s+kun|(?:älkää|ei|emme)\s+(?:vielä\s+laskut\w*|laskut\w*\s+(?:vielä|ennen))|"
       r"odot(?:takaa|etaan|tamaan)\s+laskut\w*|laskutus\s+(?:vasta|aikaisintaan|siirtyy|siirretään)|"
       r"siirtäkää\s+laskut\w*")
_EN = (rf"invoice date\s*(?:should be|is|[:=])?\s*{_WHEN}|"
       rf"(?:invoice|bill)(?:d)?\s+(?:them\s+|it\s+|this\s+|the customer\s+)?(?:only\s+|first\s+)?(?:on|after|"
       rf"not before|no earlier than|from|as of)\s+(?:the\s+)?{_WHEN}|"
       r"(?:hold|wait with|delay|postpone)\s+(?:the\s+|this\s+|our\s+)?(?:invoic\w+|billing)|"
       r"(?:do not|don't|please don't|not)\s+(?:(?:to\s+)?be\s+)?(?:invoice|bill)(?:d)?\s+(?:\S+\s+){0,4}?"
       r"(?:yet|until|before)\b|"
       r"(?:invoice|bill)\s+only\s+(?:after|when|once)")
_TIMING_RE = re.compile(rf"(?i)\b(?:{_SV}|{_FI}|{_EN})")
#: the billing-terms label with a date or month as its value ("Fakturering: 30.4.2027", "Laskutus: joulukuussa")
_LABEL_RE = re.compile(rf"(?i)^\s*(?:fakturering|fakturera|laskutus|laskutetaan|billing|invoicing)\s*[:=]\s*"
                       rf"(?:(?:i|den|på|ultimo|primo|in|on|at)\s+)?{_WHEN}")


def invoicing_time(mail: Mail, body_text: Callable[[list[Part]], str]) -> list[dict[str, str]]:
    """The newest text says when to invoice, or not yet: a clerk schedules or holds the request (the contract
    carries no invoicing date, so the parser cannot carry it forward)."""
    for label, n, info in newest_lines(mail, body_text):
        t = info.text.strip()
        if t and (_TIMING_RE.search(t) or _LABEL_RE.search(t)):
            return [finding("invoice_timing", f"{label}:{n}", f"line {n} says when to invoice: {t[:300]}")]
    return []
