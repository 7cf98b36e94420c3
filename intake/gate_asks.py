"""A message read as an invoicing request that also asks the centre something, or tells of a payment made.

Why: the blind sets of unseen mail found status questions ("Har ni fått vår beställning?"), questions asked
before a request is sent ("Kan vi fakturera i euro?") and payments told in a sentence ("We have today paid your
invoices …") read as new requests and invoiced. Either needs a person anyway — a question is answered, a payment
allocated — so such a request is held for a clerk (`kind_ambiguous`), whatever the parser made of the rest. A
request asked for as a question ("Kan ni fakturera …?", "Voisitteko laskuttaa …?") is still a request, and
payment terms ("betalas inom 30 dagar") are not a payment.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from intake.extract.mime import Mail, Part
from intake.gate_message import finding, newest_lines
from intake.leftover_words import TERMS_RE

#: asking for an invoice is a request, not a question ("Kan ni fakturera …?", "Voisitteko laskuttaa …?")
_INVOICE_VERB_RE = re.compile(r"(?i)\b(?:fakturer(?:a|ar|as)|debiter(?:a|as)|laskutta\w*|laskutetaan|veloitta\w*|"
                              r"(?:please|could you|can you|would you|kindly)\s+(?:\w+\s+)?(?:invoice|bill|charge)|"
                              r"(?:skicka|ställa ut|upprätta)\s+(?:en\s+)?faktura|"
                              r"(?:lähettää|lähettäisittekö)\s+lasku\w*|"
                              r"send\s+(?:an?\s+|the\s+)?invoice)\b")
_POLITE_QUESTION_RE = re.compile(r"(?i)(?:frågor|kysyttävää|kysymyksiä|questions|undrar du|hör av dig|ota yhteyttä|"
                                 r"let me know|get in touch|or\s+not|eller hur|eikö)")
_PAYMENT_WORD_RE = re.compile(r"(?i)\b(?:betal(?:at|ade|t|ning(?:en)?|ningar)|inbetal\w*|paid|payment|remitt\w*|"
                              r"maksoi\w*|maksettu|maksamme|maksoimme|maksu(?:n|t)?|suoritu\w*|tilisiirro\w*)\b")
#: a question about how to invoice is a question even with the verb ("Går det att fakturera i euro?")
_OPEN_QUESTION_RE = re.compile(r"(?i)\b(?:går det|är det möjligt|kan vi|får vi|ska vi|bör vi|is it possible|can we|"
                               r"could we|should we|may we|onko mahdollista|voimmeko|voiko|saako|pitäisikö)\b")


def asks_or_pays(mail: Mail, body_text: Callable[[list[Part]], str]) -> list[dict[str, str]]:
    """The newest text asks the centre something, or speaks of a payment made: either needs a person (a question
    is answered, a payment is allocated), and either means the message may not be (only) a request."""
    found: list[dict[str, str]] = []
    for label, n, info in newest_lines(mail, body_text):
        t = info.text.strip()
        if not t:
            continue
        if _asks(t):
            found.append(finding("kind_ambiguous", f"{label}:{n}", f"line {n} asks something: {t[:300]}"))
        elif _PAYMENT_WORD_RE.search(t) and not TERMS_RE.search(t):
            found.append(finding("kind_ambiguous", f"{label}:{n}", f"line {n} speaks of a payment: {t[:300]}"))
    return found[:2]




def _asks(t: str) -> bool:
    """A sentence of the line ends in a question mark and is no request asked as a question or polite formula."""
    if "?" not in t or "http" in t:
        return False
    return any(_OPEN_QUESTION_RE.search(q) or not (_INVOICE_VERB_RE.search(q) or _POLITE_QUESTION_RE.search(q))
               for q in re.findall(r"[^.!?]*\?", t))
