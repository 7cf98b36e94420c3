"""Payment references from domain-facts §1-2 worked examples, and generated ones are always valid."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.kernel import references as r
from core.kernel.errors import ValidationError


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


def _is_valid_by_stdnum(ref):
    """`is_valid` spelled with stdnum's Luhn and the per-digit 7-3-1 helper (the reference implementations)."""
    import re

    from stdnum import iso11649, luhn

    ref = re.sub(r"\s", "", ref or "").upper()
    if ref.startswith("RF"):
        return iso11649.is_valid(ref)
    ocr_ok = ref.isdigit() and 2 <= len(ref) <= 25 and luhn.is_valid(ref)
    fi_ok = ref.isdigit() and 4 <= len(ref) <= 20 and ref[0] != "0" and r.fi_check_digit(ref[:-1]) == ref[-1]
    return ocr_ok or fi_ok


_digits = st.text(alphabet="0123456789", min_size=1, max_size=30)


@given(_digits)
def test_fast_luhn_and_731_checks_equal_the_reference_implementations(ref):
    from stdnum import luhn

    assert r.luhn_ok(ref) == luhn.is_valid(ref)
    if len(ref) >= 2:
        assert r.fi_ok(ref) == (r.fi_check_digit(ref[:-1]) == ref[-1])


@given(st.one_of(_digits, st.text(alphabet="0123456789", min_size=1, max_size=24).map(r.ocr),
                 st.integers(min_value=100, max_value=10**18).map(lambda n: r.fi_reference(str(n))),
                 st.text(alphabet="0123456789 RFrf\t٣", max_size=30)))
def test_is_valid_equals_the_stdnum_spelling(ref):
    from stdnum import luhn

    assert r.is_valid(ref) == _is_valid_by_stdnum(ref)
    plain = "".join(ref.split())
    assert r.is_valid_ocr(ref) == (plain.isdigit() and 2 <= len(plain) <= 25 and luhn.is_valid(plain))


@given(st.one_of(_digits, st.text(alphabet="0123456789ABZ x", min_size=1, max_size=30)))
def test_rf_reference_equals_stdnums_check_digits(part):
    from stdnum import iso11649
    from stdnum.iso7064 import mod_97_10

    clean = "".join(part.split()).upper()
    try:
        expected = iso11649.validate("RF" + mod_97_10.calc_check_digits(clean + "RF") + clean)
    except Exception as e:
        with pytest.raises(type(e)):
            r.rf_reference(part)
    else:
        assert r.rf_reference(part) == expected
