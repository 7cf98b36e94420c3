import datetime as dt

import pytest

from core.kernel import identifiers as ids
from core.kernel.errors import ValidationError


def test_swedish_org_number_normalised_and_16_prefix_dropped():
    assert ids.normalize_se_orgno("5567124085") == "556712-4085"
    assert ids.normalize_se_orgno("165567124085") == "556712-4085"


def test_invalid_org_number_names_the_field():
    with pytest.raises(ValidationError) as exc:
        ids.normalize_org_no("SE", "556712-4086", field="customer.org_no")
    assert exc.value.field == "customer.org_no"


def test_personnummer_gets_the_century_that_makes_the_person_younger_than_100():
    today = dt.date(2026, 11, 23)
    assert ids.normalize_se_personnummer("571121-2893", today=today) == "19571121-2893"
    assert ids.normalize_se_personnummer("571121+2893", today=today) == "18571121-2893"


def test_samordningsnummer_is_accepted():
    assert ids.normalize_se_personnummer("198112889848") == "19811288-9848"


def test_finnish_business_id_and_vat():
    assert ids.normalize_fi_ytunnus("02454372") == "0245437-2"
    assert ids.normalize_vat_no("fi 0245 4372") == "FI02454372"
    with pytest.raises(ValidationError):
        ids.normalize_fi_ytunnus("0245437-3")


def test_swedish_vat_number():
    assert ids.normalize_vat_no("se556712408501") == "SE556712408501"
    with pytest.raises(ValidationError):
        ids.normalize_vat_no("SE556712408601")


def test_personnummer_is_masked_in_lists():
    assert ids.mask_personnummer("19571121-2893") == "19571121-****"
