"""The tenth held-out set's registry and helpers: the ninth set's registry plus a Swedish kommunalförbund (a
federation of municipalities, org number in the 222 series) and a Finnish municipality-owned water utility Oy."""
from __future__ import annotations

import copy
from typing import Any

from tests.intake.cases.ids import fi_vat, fi_yt, se_org
from tests.intake.cases.mailkit import Expected, registrar
from tests.intake.cases_holdout9.kit9 import AGENCIES as H9_AGENCIES
from tests.intake.cases_holdout9.kit9 import ARTICLES as H9_ARTICLES
from tests.intake.cases_holdout9.kit9 import CUSTOMERS as H9_CUSTOMERS

AGENCIES: list[dict[str, Any]] = copy.deepcopy(H9_AGENCIES)
ARTICLES: list[dict[str, Any]] = copy.deepcopy(H9_ARTICLES)

_kf = se_org("222000345")
_ivh = fi_yt("2876543")

CUSTOMERS: list[dict[str, Any]] = copy.deepcopy(H9_CUSTOMERS) + [
    {"customer_number": "K-4017", "name": "Kommunalförbundet Räddningstjänsten Mälardalen", "org_no": _kf,
     "vat_no": "SE" + _kf.replace("-", "") + "01", "country": "SE", "email": "ekonomi@rtmalardalen.se",
     "peppol_id": "0007:" + _kf.replace("-", ""),
     "address": {"street": "Box 115", "postal_code": "721 04", "city": "Västerås", "country": "SE"}},
    {"customer_number": "K-5015", "name": "Iisalmen Vesihuolto Oy", "org_no": _ivh, "vat_no": fi_vat(_ivh),
     "country": "FI", "email": "laskut@iisalmenvesihuolto.fi", "peppol_id": None,
     "address": {"street": "Kauppakatu 20", "postal_code": "74100", "city": "Iisalmi", "country": "FI"}},
]

REGISTRY: dict[str, Any] = {"agencies": AGENCIES, "customers": CUSTOMERS, "articles": ARTICLES}

_EXPECTED = Expected(AGENCIES, ARTICLES, CUSTOMERS)
cust, line, request = _EXPECTED.cust, _EXPECTED.line, _EXPECTED.request


def org(number: str) -> str:
    """The register's org number (or personal identity number) of customer `number`."""
    return next(c["org_no"] for c in CUSTOMERS if c["customer_number"] == number)


def unchecked(req: dict[str, Any], *keys: str) -> dict[str, Any]:
    """The request without `keys`: fields the mail leaves open (e.g. a reference only in the quoted history)."""
    return {k: v for k, v in req.items() if k not in keys}


CASES: list[tuple[str, Any]] = []
case = registrar(CASES)

ASK_ORG: dict[str, Any] = {"org_no": None, "customer_number": None}
