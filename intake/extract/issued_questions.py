"""A question about an invoice already issued ("invoice 90355 to X shows VAT 25.5 % … Is that right?", "faktura
40121 har förfallodag 15/12 – stämmer det?", "laskussa 77102 on alv 25,5 % – onko se oikein?").

Why: such a mail names a customer, an article and amounts (the invoice's), yet asks nothing to be invoiced; read
as a request it invoiced the customer a second time. A clerk answers it (intake.extract.kinds.not_a_request_yet
gives it kind `unknown` with a `kind_ambiguous` review). Only when the question stands in the sentence that names
the issued invoice by its number, or the sentence right after it (or the one after that, when the sentence between
announces the question: "De undrar varför förfallodagen är 10 dagar. Kan ni titta på det?"); a request that
also cites an old invoice asks to invoice with words the caller checks first.
"""
from __future__ import annotations

import re

#: an issued invoice by its number: "invoice 90355", "faktura nr 40121", "fakturan 40121", "laskussa 77102",
#: "laskun nro 77102", "lasku 77102"
#: (a year-prefixed number too: "faktura 27-0395")
_ISSUED_RE = re.compile(r"(?i)\b(?:faktura(?:n|nr|nummer)?|lasku\w{0,5}|invoice)\s*(?:nr\.?|nummer|numero|nro\.?|"
                        r"no\.?|number|#)?\s*:?\s*(?:\d{4,}|\d{2}-\d{3,})\b")
#: a sentence ends at . ! ? or a line break (a number's decimal point is no end)
_SENTENCE_RE = re.compile(r"(?:[^.!?\n]|\.(?=\d))*(?:[.!?]|\n|$)")
#: "en fråga om faktura …", "question on/about invoice …", "kysymys laskusta …": a question announced
_ANNOUNCED_RE = re.compile(r"(?i)\b(?:fråga|frågor|undrar|question|query|wondering|kysymys|kysyisin|ihmettelen)\b")


def asks_about_issued_invoice(text: str) -> bool:
    """The text asks a question about an invoice already issued, named by its number."""
    sentences = [s for s in _SENTENCE_RE.findall(text) if s.strip()]
    for i, s in enumerate(sentences):
        if not _ISSUED_RE.search(s):
            continue
        after = sentences[i + 1:i + 3]     # "… om faktura 2026-4471. De undrar varför … Kan ni titta på det?"
        if "?" in s or _ANNOUNCED_RE.search(s) or (after and "?" in after[0]) or \
                (len(after) == 2 and _ANNOUNCED_RE.search(after[0]) and "?" in after[1]):
            return True
    return False
