"""Charts of accounts an agency can choose (BAS, statens baskontoplan, a Finnish chart) and the sales type of a line.

Every VAT rate and every kind of sale has its own account, so that the VAT return can be read from the ledger
(SE momsdeklaration boxes, FI kausiveroilmoitus lines: core.period.vat_report).

Why separate accounts: the Swedish return asks for EU goods (box 35), exports (36), EU services (39), other
services abroad (40), domestic reverse charge (41) and other sales (42) separately (skatteförfarandelagen
2011:1244 26 kap., Skatteverket SKV 4700); Finnish agencies report output VAT per rate, intra-EU goods and
services and 0-rate turnover (AVL 1501/1993 162 §, OmaVero). Swedish state agencies keep the state chart whose
accounts map to ESV's S-codes (förordning 2000:606 om myndigheters bokföring; ESV's statens baskontoplan).

The chart data is core/ledger/data/charts.json; account numbers not confirmed against the chart owner's current
file are listed there as "unverified". The chosen chart lives in Agency.accounts["chart"] next to the agency's
own overrides, which win over the chart (core.ledger.accounts.account).
"""
from __future__ import annotations

import json
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from core.kernel.errors import ValidationError
from core.kernel.vocabulary import CHARTS, DEFAULT_CHART

CHART_KEY = "chart"  # the reserved key in Agency.accounts naming the chart

# VAT code (core.kernel.vat; UNCL5305 letter in the comment) -> sales type for a zero-VAT line
SALES_TYPES = ("domestic", "eu_goods", "eu_services", "export_goods", "export_services", "reverse_domestic",
               "exempt", "zero", "outside")
EU = frozenset("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split())


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data = {k: v for k, v in json.loads((Path(__file__).parent / "data" / "charts.json").read_text("utf-8")).items()
            if not k.startswith("_")}
    assert tuple(data) == CHARTS, "core.kernel.vocabulary.CHARTS names the charts in charts.json"
    return data


def names() -> tuple[str, ...]:
    """The charts an agency can choose."""
    return tuple(_data())


def check(chart: str, field: str = "chart") -> str:
    """The chart name, or ValidationError naming the choices."""
    text = str(chart or "").strip().lower()
    if text not in _data():
        raise ValidationError(f"unknown chart of accounts {chart!r}: one of {', '.join(names())}", field)
    return text


def default_for(country: str) -> str:
    """BAS for Swedish agencies, the Finnish chart for Finnish ones."""
    return DEFAULT_CHART.get(country, "bas")


@cache
def purposes(chart: str) -> dict[str, str]:
    """purpose -> account of a chart, with the purposes its base chart gives and it does not."""
    data = _data()[chart]
    merged = dict(purposes(data["base"])) if data.get("base") else {}
    merged.update(data["accounts"])
    return merged


@cache
def account_names(chart: str) -> dict[str, str]:
    data = _data()[chart]
    merged = dict(account_names(data["base"])) if data.get("base") else {}
    merged.update(data.get("names", {}))
    return merged


def unverified(chart: str) -> frozenset[str]:
    """Accounts of the chart not confirmed against the chart owner's current file."""
    data = _data()[chart]
    own = frozenset(data.get("unverified", []))
    return own | (unverified(data["base"]) if data.get("base") else frozenset())


def title(chart: str) -> str:
    return str(_data()[chart]["title"])


def s_code(chart: str, acct: str) -> str | None:
    """The ESV S-code range an account of the state chart reports under (None outside the verified ranges)."""
    for low, high, code, _name in _data()[chart].get("s_codes", []):
        if low <= acct <= high and len(acct) == len(low):
            return str(code)
    return None


def rate_key(rate: Decimal | str | int) -> str:
    """25 -> "25", 25.5 -> "25_5", 13.50 -> "13_5": the suffix of the per-rate purposes."""
    text = format(Decimal(rate).normalize(), "f")
    return text.replace(".", "_")


def sales_type(code: str, seller_country: str, buyer_country: str | None, goods: bool = False) -> str:
    """What kind of sale a line is, from its VAT code (UNCL5305 letter in brackets) and the buyer's country:
    rated codes [S] are domestic; reverse_charge [AE] to another EU state is an EU service (art. 44/196) and at
    home domestic reverse charge (ML 16 kap.); intra_eu [K] EU goods (art. 138); export [G] goods leaving the
    EU (art. 146); outside [O] to a foreign buyer a service taxed abroad, at home outside the scope (public
    authority, art. 13); exempt [E]; zero [Z]."""
    foreign = bool(buyer_country) and buyer_country != seller_country
    if code == "reverse_charge":
        if not foreign:
            return "reverse_domestic"
        if buyer_country not in EU:
            return "export_services"
        return "eu_goods" if goods else "eu_services"
    if code == "intra_eu":
        return "eu_goods"
    if code == "export":
        return "export_goods"
    if code == "outside":
        return "export_services" if foreign else "outside"
    if code in ("exempt", "zero"):
        return code
    return "domestic"


def revenue_purpose(code: str | None, rate: Decimal, kind: str) -> str:
    """The purpose a line's revenue is booked to: domestic rated sales per rate, the rest per sales type."""
    if kind == "domestic":
        if Decimal(rate) == 0:
            return "revenue_exempt" if code in (None, "exempt") else "revenue_zero"
        return f"revenue_{rate_key(rate)}"
    return f"revenue_{kind}"
