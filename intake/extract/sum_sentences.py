"""A sentence that is nothing but a sum: "Summa exkl. moms 11 375:-, inkl. moms 12 468,75 kr", "Yhteensä 336,00 €",
and the rows an invoice prints under its lines besides the sum (VAT, rounding, amount due). Such a sentence states
a total, which intake.gate_message checks against the computed one; it is never a line of its own."""
from __future__ import annotations

import re

#: the rows an invoice prints under its lines besides the sum: the VAT amount and the rounding to whole kronor or
#: cents ("Moms 6 % 26,91 kr", "Öresavrundning 0,59 kr", "Pyöristys 0,02 €") — amounts of the invoice, never lines
_VAT_ROUNDING_ROW = (r"moms|mervärdesskatt|alv|arvonlisävero|vat|öresavrundning|avrundning|pyöristys|"
                     r"sentinpyöristys|rounding|rounding difference")
#: … also owned by what it sums ("Ehdotuksen summa", "Tilauksen yhteissumma", "Beställningens totalsumma", "Order
#: total": a billing proposal's or an order's sum, holdout43 w30) — a genitive or the document's noun before it
_SUM_START_RE = re.compile(r"(?i)^\W*(?:(?:[^\W\d_]{3,}(?:n|ns|s)|order|proposal|invoice|quote|booking)\s+"
                           r"(?=(?:summa|yhteissumma|kokonaissumma|totalsumma|slutsumma|total|sum)\b))?"
                           r"(?:summa|yhteissumma|totalt|total|totals|totalsumma|totalbelopp|slutsumma|grand total|"
                           r"sub-?total|delsumma|yhteensä|yht\.|kaikki yhteensä|loppusumma|kokonaissumma|sum|"
                           r"in total|att betala|maksettava|amount due|" + _VAT_ROUNDING_ROW + r")\b")
_VAT_WORD_RE = re.compile(r"(?i)\b(?:exkl|inkl|excl|incl|moms|alv|vat|ilman alv|sis\. alv)\b")
_SUM_FILLER_RE = re.compile(r"(?i)\b(?:alv:?tä|exkl|inkl|excl|incl|ex|moms|alv|vat|mervärdesskatt|arvonlisävero|"
                            r"ilman|sis|"
                            r"utan|med|without|with|kr|sek|eur|euro[a-z]*|kronor|och|and|ja|resp|verollinen|" +
                            # "Total EUR 3,700.00 before VAT", "Summa 9 800 kr före moms", "Yhteensä 420 € ennen alvia"
                            r"before|after|plus|excluding|including|exclusive|inclusive|of|exklusive|inklusive|före|"
                            r"efter|ennen|net|netto|veroton|alvia|arvonlisäveroa|momsen|" + _VAT_ROUNDING_ROW +
                            r"|summa|totalt?|yhteensä|att betala|maksettava|amount due|to pay)\b|"
                            r"[\d\s.,:;()%€+/=\u2212–-]")

#: a sum of counts names what it counts ("Summa antal prov 46", "Yhteensä tarkastuksia kpl 12", "Total number of
#: sessions 9"): the count word and up to two nouns after it are the sum's own words, not a thing to invoice
_COUNTED_RE = re.compile(r"(?i)\W*(?:antal|lukumäärä|määrä|kpl|number\s+of|count\s+of)(?:\s+[^\W\d_]+){0,2}"
                         r"\s*:?\s*\d+(?:\s*(?:st|kpl|pcs))?\s*\.?\s*")


def is_sum_sentence(unit: str, other_lines: bool) -> bool:
    """"Summa exkl. moms 11 375:-, inkl. moms 12 468,75 kr", "Yhteensä 336,00 €" below the lines: a sentence that
    is nothing but a sum word, VAT words and amounts states a total (the gate checks it), never a line of its
    own. Alone, "Totalt 12 000 kr" may be the request's lump sum: a sum only beside other lines or with a VAT
    qualifier. A total that says what it is for ("Totalt 12 000 kr för resor") is no sum sentence."""
    m = _SUM_START_RE.match(unit)
    if not m or not (other_lines or _VAT_WORD_RE.search(unit)):
        return False
    if _COUNTED_RE.fullmatch(unit[m.end():]):
        return True
    rest = _SUM_FILLER_RE.sub(" ", unit[m.end():])
    return not re.search(r"[^\W\d_]{2,}", rest)
