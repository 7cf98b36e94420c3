"""What an unplaced payment asks its agency (`Payment.ask_agency`, written in English by core.payments.matching)
in the reader's language: the payment-question mail is read in the agency's language (sv/fi/en) and the web
shows the same sentence in the clerk's. One table for both, so the mail and the page never say it differently;
amounts as the reader writes them (core.kernel.local_format). A sentence the table does not know is returned as
it is."""
from __future__ import annotations

import re

from core.kernel import local_format

# the core's English sentence -> (sv, fi, en) with {names} from the pattern's groups
_SENTENCES: list[tuple[re.Pattern[str], tuple[str, str, str]]] = [
    (re.compile(r"no reference: which invoice does this payment settle\?"),
     ("ingen referens: vilken faktura avser betalningen?", "ei viitettä: mitä laskua maksu koskee?",
      "no reference: which invoice does this payment settle?")),
    (re.compile(r"reference (?P<ref>\S+) fits no open invoice exactly; (?P<n>\d+) candidate\(s\): which one\?"),
     ("referens {ref} stämmer inte exakt med någon öppen faktura; {n} tänkbara: vilken?",
      "viite {ref} ei vastaa tarkasti mitään avointa laskua; {n} ehdokasta: mikä niistä?",
      "reference {ref} fits no open invoice exactly; {n} candidate(s): which one?")),
    (re.compile(r"reference (?P<ref>\S+) is unknown: which invoice does this payment settle\?"),
     ("referens {ref} är okänd: vilken faktura avser betalningen?",
      "viite {ref} on tuntematon: mitä laskua maksu koskee?",
      "reference {ref} is unknown: which invoice does this payment settle?")),
    (re.compile(r"reference (?P<ref>\S+) may be a typo: which invoice does this payment settle\?"),
     ("referens {ref} kan vara felskriven: vilken faktura avser betalningen?",
      "viitteessä {ref} voi olla kirjoitusvirhe: mitä laskua maksu koskee?",
      "reference {ref} may be a typo: which invoice does this payment settle?")),
    (re.compile(r"payment currency differs from the invoice's: refund or convert\?"),
     ("betalningens valuta skiljer sig från fakturans: återbetala eller växla?",
      "maksun valuutta poikkeaa laskun valuutasta: palautetaanko vai muunnetaanko?",
      "the payment's currency differs from the invoice's: refund or convert?")),
    (re.compile(r"payment advice (?P<id>\d+) lists (?P<what>\S+), which is not open: which invoice does it pay\?"),
     ("betalningsavi {id} anger {what}, som inte är öppen: vilken faktura betalar den?",
      "maksuaviisi {id} mainitsee {what}, joka ei ole avoinna: mitä laskua se maksaa?",
      "payment advice {id} lists {what}, which is not open: which invoice does it pay?")),
    (re.compile(r"the payer deducted (?P<amount>\S+) citing (?P<ref>.+): which credit note is it\?"),
     ("betalaren drog av {amount} med hänvisning till {ref}: vilken kreditfaktura gäller det?",
      "maksaja vähensi {amount} viitaten {ref}: mistä hyvityslaskusta on kyse?",
      "the payer deducted {amount} citing {ref}: which credit note is it?")),
]
_INDEX = {"sv": 0, "fi": 1, "en": 2}


def words(text: str | None, lang: str) -> str:
    """The question in `lang` (sv, fi or en); unknown sentences and languages unchanged."""
    if not text or lang not in _INDEX:
        return text or ""
    for pattern, forms in _SENTENCES:
        if m := pattern.fullmatch(text.strip()):
            parts = m.groupdict()
            if "amount" in parts:
                parts["amount"] = local_format.amount(parts["amount"], lang) or parts["amount"]
            return forms[_INDEX[lang]].format(**parts)
    return text
