"""A billing label's value that says how, when or how much to invoice, not whom: "Fakturering: kvartalsvis",
"Laskutus: kuukausittain", "Billing: monthly".

Why: "Laskutus", "Fakturering" and "Billing" name whom to bill in a client's order ("Laskutus: Sastamalan
seurakuntayhtymä", holdout40), so the lexicon reads their value as the customer's name. The same words head a
form's invoicing terms too — how often, from or for when, how much, whether — and such a value taken as the name
put "kvartalsvis" in place of the customer the mail names. Under these labels a value is a customer only when it
reads as a name or an identity: a company with its legal form or an organisation number always; else a value
that starts with a capital letter and is no frequency, way of invoicing, date, month, quarter, amount or yes/no.
Other customer labels ("Kund", "Asiakas", "Customer") always name a party and are not checked.
"""
from __future__ import annotations

import re

from .amounts import find_amounts
from .customer_text import COMPANY_RE
from .dates import find_dates
from .lexicon import norm_label
from .periods import MONTH_ALT

_TERMS_LABELS = frozenset({"laskutus", "fakturering", "billing"})
_PERIOD_WORD = r"(?:månad|kvartal|halvår|år|vecka|termin|kuukausi|kuussa|vuosi|vuodessa|month|quarter|year|week|term)"
#: how often, how and when to invoice, at the value's start ("kvartalsvis", "en gång per kvartal",
#: "kuukausittain", "kerran kuussa", "monthly", "every quarter", "i efterskott", "verkkolaskuna")
_TERMS_START_RE = re.compile(
    r"(?i)^\W*(?:(?:månads|kvartals|års|vecko|halvårs|termins|dags|tertial|del|omgångs)vis|\w+(?:ittain|ittäin)|"
    r"månatlig\w*|årlig\w*|dagligen|veckovis|löpande|varje|en\s+gång|i\s+(?:efterskott|förskott|slutet\s+av)|"
    r"samla[dt]\w*|samlings\w*|enligt\s+(?:avtal|offert)\w*|efter\s+avslut\w*|kerran|joka\s+\w+|jälkikäteen|"
    r"etukäteen|kootusti|koonti\w*|sopimuksen\s+mukaan|monthly|quarterly|weekly|yearly|annually|semi-?annually|"
    r"bi-?annually|every|once|in\s+(?:arrears|advance)|upon\s+\w+|as\s+agreed|according\s+to|consolidated|"
    rf"per\s+{_PERIOD_WORD}|e-?faktura\w*|pappersfaktura\w*|verkkolasku\w*|e-?lasku\w*|paperilasku\w*|"
    r"e-?invoice|paper\s+invoice)\b")
#: a whole value that is a month, a quarter, a channel or a yes/no ("april 2027", "Q2 2027", "PDF", "Kyllä")
_TERMS_WHOLE_RE = re.compile(
    rf"(?i)^\W*(?:(?:{MONTH_ALT})(?:\s+\d{{4}})?|(?:q[1-4]|kvartal\s*[1-4]|[1-4]\.?\s*(?:kvartal\w*|"
    r"vuosineljännes\w*|quarter))(?:\s+\d{4})?|direkt|heti|immediately|post|pdf|e-?post|e-?mail|sähköposti\w*|"
    r"peppol|ja|nej|kyllä|ei|yes|no|x)\W*$")
#: an organisation number or business ID standing for the party ("Billing: 556712-4085", "Laskutus: 0134771-9")
_ORG_NO_RE = re.compile(r"\b\d{6}-?\d{4}\b|\b\d{7}-\d\b")


def billing_terms(label: str, value: str) -> bool:
    """True when `value`, under a billing label ("Laskutus", "Fakturering", "Billing"), says how, when or how
    much to invoice rather than whom: the value is then no customer's name."""
    v = value.strip()
    if not v or norm_label(label) not in _TERMS_LABELS or _ORG_NO_RE.search(v) or COMPANY_RE.search(v):
        return False
    if _TERMS_START_RE.match(v) or _TERMS_WHOLE_RE.match(v) or find_dates(v, 2000) or \
            any(a.has_currency for a in find_amounts(v)):
        return True
    return not v[0].isupper()
