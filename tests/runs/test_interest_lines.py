"""Drafting many alike lines (an interest run's: 100,000 priced lines without an article): a line that repeats an
earlier one in everything but its text and price is built from that one's decisions
(core.billing.drafting._build_lines). Each line must come out exactly as when it is drafted on its own."""
import datetime as dt
from decimal import Decimal as D

import pytest

from core.billing import drafting
from core.billing.drafting import DraftOptions, LineInput
from core.registers import register as registers


def _lines() -> list[LineInput]:
    out = []
    for k, price in enumerate(["12.34", D("0.05"), D("1000"), "7.5", D("99.99"), D("0.01")]):
        out.append(LineInput(description=f"Dröjsmålsränta faktura {k}", quantity=D("1"), unit_price=price,
                             vat_code="outside", unit="st", revenue_account="8313"))
        out.append(LineInput(description=f"Tjänst {k}", quantity="2", unit_price=price))  # the agency's default VAT
        out.append(LineInput(description=f"Tjänst {k}", quantity=D("2.0"), unit_price=price, vat_rate="25"))
        out.append(LineInput(description=f"Rapport {k}", quantity=D("1"), unit_price=price, vat_code="culture"))
        out.append(LineInput(description=f"Ränta {k}", quantity=D("1.0"), unit_price=price, vat_code="outside",
                             unit="st", revenue_account="8313"))
    out.insert(5, LineInput(article_code="1010", quantity="3"))
    return out


@pytest.mark.parametrize("customer", ["10002", "10003", "20001"])
def test_alike_lines_as_each_drafted_alone(demo, customer):
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    cust = registers.find_customer(demo, customer, agency)
    opts = DraftOptions(invoice_date=dt.date(2026, 3, 1), kind="interest")
    lines = _lines()
    together = drafting.prepare(demo, agency, cust, lines, opts)
    for i, ln in enumerate(lines):
        alone = drafting.prepare(demo, agency, cust, [ln], opts)
        assert together.lines[i] == {**alone.lines[0], "line_no": i + 1}, i
        assert [repr(v) for v in together.lines[i].values()] == \
            [repr(v) for v in {**alone.lines[0], "line_no": i + 1}.values()], i  # 1 and 1.0 told apart
        f, g = together.facts[i], alone.facts[0]
        assert (f.index, f.quantity, f.unit_price, f.register_price, f.price_given) == \
            (i, g.quantity, g.unit_price, g.register_price, g.price_given), i
    assert together.totals == drafting.prepare(demo, agency, cust, [*lines], opts).totals


def test_a_bad_price_on_an_alike_line_fails_as_alone(demo):
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    cust = registers.find_customer(demo, "10002", agency)
    good = LineInput(description="a", quantity=D("1"), unit_price=D("1.00"), vat_code="outside")
    bad = LineInput(description="b", quantity=D("1"), unit_price=1.5, vat_code="outside")  # a float
    with pytest.raises(TypeError, match=r"lines\[1\].unit_price"):
        drafting.prepare(demo, agency, cust, [good, bad], DraftOptions(invoice_date=dt.date(2026, 3, 1)))
