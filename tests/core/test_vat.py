import datetime as dt
from decimal import Decimal as D

import pytest

from core.kernel import vat
from core.kernel.errors import ValidationError


@pytest.mark.parametrize("country,code,day,rate", [
    ("FI", "standard", dt.date(2024, 8, 31), "24"), ("FI", "standard", dt.date(2024, 9, 1), "25.5"),
    ("FI", "reduced", dt.date(2025, 12, 31), "14"), ("FI", "reduced", dt.date(2026, 1, 1), "13.5"),
    ("FI", "culture", dt.date(2024, 12, 31), "10"), ("FI", "culture", dt.date(2025, 1, 1), "14"),
    ("SE", "food", dt.date(2026, 3, 31), "12"), ("SE", "food", dt.date(2026, 4, 1), "6"),
    ("SE", "food", dt.date(2028, 1, 1), "12"), ("SE", "standard", dt.date(2026, 4, 1), "25"),
    ("SE", "outside", dt.date(2026, 4, 1), "0")])
def test_rate_follows_the_supply_date(country, code, day, rate):
    assert vat.rate_for(country, code, day) == D(rate)


def test_vat_per_rate_rounded_half_up_once_per_rate():
    # three lines of 0.10 at 25 %: per-line VAT would be 3 x 0.03 = 0.09; per rate it is 0.30 x 25 % = 0.08 (0.075 up)
    t = vat.totals([(D("0.10"), "standard", D("25"))] * 3)
    assert (t.net, t.vat, t.total) == (D("0.30"), D("0.08"), D("0.38"))


def test_mixed_categories_grouped():
    t = vat.totals([(D("100.00"), "standard", D("25")), (D("50.00"), "outside", D("0")),
                    (D("10.00"), "reduced_low", D("6"))])
    assert [(g.category, g.rate, g.vat) for g in t.groups] == [
        ("O", D("0"), D("0.00")), ("S", D("25"), D("25.00")), ("S", D("6"), D("0.60"))]
    assert t.total == D("185.60")


def test_reverse_charge_needs_buyer_vat_number():
    with pytest.raises(ValidationError):
        vat.check_vat_code_for_buyer("reverse_charge", None, "SE", "DE")
    vat.check_vat_code_for_buyer("reverse_charge", "DE123456789", "SE", "DE")
