"""The seventh held-out set's registry and helpers: the sixth set's registry plus a Swedish foundation (stiftelse,
org number 8…) and a Finnish foundation (säätiö, legal form 'sr'), and an international unit of the Finnish agency
that writes in English, so each case writes the register's own numbers."""
from __future__ import annotations

import copy
from typing import Any

from tests.intake.cases.ids import fi_vat, fi_yt, se_org, se_vat
from tests.intake.cases.mailkit import Expected, registrar
from tests.intake.cases_holdout2.registry_h2 import AGENCIES as H2_AGENCIES
from tests.intake.cases_holdout2.registry_h2 import ARTICLES
from tests.intake.cases_holdout6.kit6 import CUSTOMERS as H6_CUSTOMERS

INTL = "YTL International Unit <intl.office@ytl.fi>"

AGENCIES: list[dict[str, Any]] = copy.deepcopy(H2_AGENCIES)
next(a for a in AGENCIES if a["code"] == "YTL-FI")["allowed_senders"].append("intl.office@ytl.fi")

_stift = se_org("802536417")
_saatio = fi_yt("3012458")

CUSTOMERS: list[dict[str, Any]] = copy.deepcopy(H6_CUSTOMERS) + [
    {"customer_number": "K-4014", "name": "Stiftelsen Kvarnbackens Naturreservat", "org_no": _stift,
     "vat_no": se_vat(_stift), "country": "SE", "email": "ekonomi@kvarnbacken.se", "peppol_id": None,
     "address": {"street": "Box 12", "postal_code": "744 21", "city": "Heby", "country": "SE"}},
    {"customer_number": "K-5012", "name": "Saaristomeren Tutkimussäätiö sr", "org_no": _saatio,
     "vat_no": fi_vat(_saatio), "country": "FI", "email": "laskut@saaristomeri-saatio.fi", "peppol_id": None,
     "address": {"street": "Itäinen Rantakatu 8", "postal_code": "20810", "city": "Turku", "country": "FI"}},
]

REGISTRY: dict[str, Any] = {"agencies": AGENCIES, "customers": CUSTOMERS, "articles": ARTICLES}

_EXPECTED = Expected(AGENCIES, ARTICLES, CUSTOMERS)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request


def org(number: str) -> str:
    """The register's org number (or personal identity number) of customer `number`."""
    return next(c["org_no"] for c in CUSTOMERS if c["customer_number"] == number)


def vat(number: str) -> str:
    """The register's VAT number of customer `number`."""
    return next(c["vat_no"] for c in CUSTOMERS if c["customer_number"] == number)


CASES: list[tuple[str, Any]] = []
case = registrar(CASES)

DISCL_3 = ("\n--\nTämä sähköpostiviesti voi sisältää luottamuksellista tietoa. Jos olet saanut viestin erehdyksessä, "
           "ilmoita lähettäjälle ja poista viesti 2 päivän kuluessa.\n"
           "Detta e-postmeddelande kan innehålla konfidentiell information. Om du har fått meddelandet av misstag, "
           "meddela avsändaren och radera det.\n"
           "This e-mail may contain confidential information. If you have received it in error, please notify the "
           "sender and delete it.\n"
           "Ympäristötutkimuslaitos – Miljöforskningsinstitutet – Environmental Research Institute\n"
           "PL/PB/P.O. Box 140, 00251 Helsinki · Y-tunnus/FO-nummer/Business ID 0912346-1 · +358 29 525 1000\n")


def sig_intl(name: str) -> str:
    """The international unit's English signature with the agency's own identifiers (never the customer's)."""
    return (f"Kind regards,\n\n{name}\nInternational Unit\nEnvironmental Research Institute (YTL)\n"
            "P.O. Box 140, FI-00251 Helsinki, Finland\nTel. +358 29 525 1000 | Business ID 0912346-1\n")
