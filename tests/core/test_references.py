"""Payment references from domain-facts §1-2 worked examples, and generated ones are always valid."""
import pytest
from hypothesis import given, strategies as st

from core import references as r
from core.errors import ValidationError


@pytest.mark.parametrize("base,length,expected", [
    ("12345", False, "123455"), ("12345", True, "1234574"), ("2024100123", True, "202410012324")])
def test_swedish_ocr_examples(base, length, expected):
    assert r.ocr(base, length) == expected
    assert r.is_valid_ocr(expected, length)


def test_ocr_with_wrong_check_digit_is_rejected():
    assert not r.is_valid_ocr("123456")
    assert not r.is_valid_ocr("1234564", length_digit=True)


@pytest.mark.parametrize("base,expected", [("123456", "1234561"), ("2024001", "20240015")])
def test_finnish_reference_examples(base, expected):
    assert r.fi_reference(base) == expected
    assert r.is_valid_fi_reference(expected)
    assert not r.is_valid_fi_reference(expected[:-1] + str((int(expected[-1]) + 1) % 10))


@pytest.mark.parametrize("part,expected", [("20240015", "RF4220240015"), ("1234561", "RF341234561"),
                                           ("539007547034", "RF18539007547034")])
def test_rf_examples(part, expected):
    assert r.rf_reference(part) == expected
    assert r.is_valid_rf(expected)


def test_finnish_reference_printed_in_groups_of_five():
    assert r.format_fi("123456789012") == "12 34567 89012"


def test_too_short_finnish_base_is_refused():
    with pytest.raises(ValidationError):
        r.fi_reference("12")


@given(st.integers(min_value=100, max_value=10**15), st.sampled_from(["ocr", "ocr_length", "fi", "rf"]))
def test_every_generated_reference_is_valid(number, kind):
    ref = r.for_invoice(kind, str(number))
    assert r.is_valid(ref)
    if kind == "ocr_length":
        assert r.is_valid_ocr(ref, length_digit=True)
