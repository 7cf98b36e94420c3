"""Amount parsing: every local style, refusal of approximate amounts, no amounts from phone numbers."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake.extract.amounts import parse_amount

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999999.99"), places=2)


def _group(int_part: str, sep: str) -> str:
    out = []
    while len(int_part) > 3:
        out.insert(0, int_part[-3:])
        int_part = int_part[:-3]
    out.insert(0, int_part)
    return sep.join(out)


def styles(v: Decimal) -> list[str]:
    i, _, f = f"{v:.2f}".partition(".")
    return [
        f"{_group(i, ' ')},{f} kr",
        f"{_group(i, '.')},{f} €",
        f"SEK {_group(i, ',')}.{f}",
        f"€{_group(i, ',')}.{f}",
        f"{_group(i, chr(0xa0))},{f} EUR",
        f"{i}.{f}",
        f"{i},{f}",
    ]


@given(amounts)
@settings(max_examples=300, deadline=None)
def test_every_local_style_gives_the_same_decimal(v: Decimal):
    for s in styles(v):
        got = parse_amount(s)
        assert got == v, s
        assert isinstance(got, Decimal)


@given(st.integers(min_value=1, max_value=999999))
@settings(max_examples=200, deadline=None)
def test_whole_amounts_with_colon_dash(n: int):
    assert parse_amount(f"{_group(str(n), ' ')}:-") == Decimal(n)


@given(amounts, st.sampled_from(["ca", "ca.", "cirka", "ungefär", "runt", "noin", "about", "approx.", "~"]))
@settings(max_examples=200, deadline=None)
def test_approximate_amounts_are_refused(v: Decimal, word: str):
    i, _, f = f"{v:.2f}".partition(".")
    assert parse_amount(f"{word} {_group(i, ' ')},{f} kr") is None


@pytest.mark.parametrize("s", ["12 tkr", "12 t€", "5 k€", "2 Mkr", "3 MSEK", "ca 12 tkr"])
def test_thousands_shorthand_is_refused(s: str):
    assert parse_amount(s) is None


@pytest.mark.parametrize("s", ["Tel: 010-698 41 27", "puh. 029 512 3481", "851 21 Sundsvall", "2026-09-24", ""])
def test_phone_postal_and_dates_are_no_amounts(s: str):
    assert parse_amount(s) is None
