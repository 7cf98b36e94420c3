"""The fourth held-out set's registry and case helpers: the second set's registry plus five customers (a KB with
'&' in its name, a company whose name ends in a number, a private person born 1950, a Lapland Oy and a sole trader
written 'Tmi' first), the second set's senders and signatures, and this set's own case list."""
from __future__ import annotations

import copy
from typing import Any

from tests.intake.cases.ids import pnr
from tests.intake.cases.kit_helpers import fi_customer as _fi
from tests.intake.cases.kit_helpers import se_customer as _se
from tests.intake.cases.mailkit import Expected, registrar
from tests.intake.cases_holdout2.registry_h2 import AGENCIES, ARTICLES
from tests.intake.cases_holdout2.registry_h2 import CUSTOMERS as H2_CUSTOMERS

ELSA_PNR = pnr("500614", "238")

CUSTOMERS: list[dict[str, Any]] = copy.deepcopy(H2_CUSTOMERS) + [
    _se("K-4009", "Berg & Dal Konsult KB", "969712345", "ekonomi@bergdal.se", "Ågatan 3", "903 26", "Umeå"),
    _se("K-4010", "Fastighets AB Gåsen 4", "556911234", "faktura@gasen4.se", "Gåsgränd 4", "111 29", "Stockholm"),
    {"customer_number": "K-4011", "name": "Elsa Nyström", "org_no": "19" + ELSA_PNR, "vat_no": None,
     "country": "SE", "email": None, "peppol_id": None, "private": True,
     "address": {"street": "Björkvägen 11", "postal_code": "792 31", "city": "Mora", "country": "SE"}},
    _fi("K-5009", "Lapin Luontomatkailu Oy", "2765433", "laskut@lapinluonto.fi", "Koskikatu 27", "96100",
        "Rovaniemi"),
    _fi("K-5010", "Tmi Jari Koskinen", "2456789", "jari.koskinen@tmikoskinen.fi", "Pajatie 6", "40320",
        "Jyväskylä"),
]

REGISTRY: dict[str, Any] = {"agencies": AGENCIES, "customers": CUSTOMERS, "articles": ARTICLES}

_EXPECTED = Expected(AGENCIES, ARTICLES, CUSTOMERS)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request

CASES: list[tuple[str, Any]] = []
case = registrar(CASES)  # this set's own list, so the earlier sets' lists stay as they are


def quoted(text: str) -> str:
    """Text quoted with '> ' as Gmail and Apple Mail do."""
    return "\n".join(("> " + x).rstrip() for x in text.splitlines()) + "\n"


def q_sv(token: str, items: list[str], summary: str) -> str:
    """The centre's Swedish question mail (as quoted in a reply)."""
    asked = "\n".join(f"{i}. {t}" for i, t in enumerate(items, 1))
    return (f"Hej,\n\nFör att kunna skapa fakturan behöver vi veta:\n\n{asked}\n\nSvara ovanför denna text och "
            f"behåll [{token}] i ämnesraden.\n\nUnderlaget:\n{summary}\n\nKundfaktura, Ekonomicentret\n")


def q_fi(token: str, items: list[str], summary: str) -> str:
    asked = "\n".join(f"{i}. {t}" for i, t in enumerate(items, 1))
    return (f"Hei,\n\ntarvitsemme vielä seuraavat tiedot:\n\n{asked}\n\nVastaa tämän viestin yläpuolelle ja "
            f"säilytä [{token}] otsikossa.\n\nAineisto:\n{summary}\n\nMyyntilaskutus, Talouspalvelukeskus\n")


def q_en(token: str, items: list[str], summary: str) -> str:
    asked = "\n".join(f"{i}. {t}" for i, t in enumerate(items, 1))
    return (f"Hello,\n\nbefore the invoice can be created we need:\n\n{asked}\n\nPlease reply above this text and "
            f"keep [{token}] in the subject.\n\nThe request:\n{summary}\n\nSales invoicing, Shared Service Centre\n")
