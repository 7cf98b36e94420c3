"""BgMax: our own generated files (tests/intake/fixtures/bank), rejection of broken files, writer round trips."""
from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.kernel.references import ocr
from intake.bankfiles import BankFileError, detect_format, parse_bank_file
from intake.bankfiles.bgmax import parse_bgmax
from intake.bankfiles.bgmax_writer import BgMaxDeposit, BgMaxPayment, write_bgmax
from tests.intake.fixtures.bank import make_fixtures

FIX = Path(__file__).parent / "fixtures" / "bank"


def _lines(raw: bytes) -> list[bytes]:
    return raw.split(b"\r\n")


def _join(lines: list[bytes]) -> bytes:
    return b"\r\n".join(lines)


@pytest.mark.parametrize("name", sorted(make_fixtures.FILES))
def test_stored_fixtures_are_what_the_writer_makes(name):
    assert (FIX / name).read_bytes() == make_fixtures.FILES[name](), "rerun make_fixtures.py if this is intended"


def test_multi_deposit_file():
    raw = (FIX / "bgmax_multi.txt").read_bytes()
    bf = parse_bank_file(raw)
    assert bf.sha256 == hashlib.sha256(raw).hexdigest()
    assert (bf.format, bf.payee_account, bf.currency, bf.is_test) == ("bgmax", "9912346", "SEK", False)
    assert bf.created_at == dt.datetime(2025, 3, 14, 6, 30, 15, 123456)
    assert bf.notes == ()
    assert bf.control.record_counts == {"20": 5, "21": 2, "22+23": 5, "15": 3}

    d1, d2, d3 = bf.deposits
    # TK15 = sum TK20 - sum TK21 (domain-facts 3.3)
    assert (d1.payments_total, d1.deductions_total, d1.amount, d1.count) == (
        Decimal("3250.00"), Decimal("300.50"), Decimal("2949.50"), 3)
    assert (d2.amount, d2.count, d2.booking_date) == (Decimal("50.00"), 3, dt.date(2025, 3, 13))
    assert (d3.amount, d3.booking_date, d3.entry_ref) == (Decimal("123456789.10"), dt.date(2025, 3, 14), "00103")
    for d in bf.deposits:
        assert sum(p.amount for p in bf.payments if p.deposit_index == d.index) == d.amount

    p1, ded, split, free, tiny, ded2, big = bf.payments
    assert (p1.kind, p1.amount, p1.reference, p1.reference_kind) == ("payment", Decimal("1250.00"), "47118", "bgmax:2")
    assert (p1.payer_name, p1.payer_org_no, p1.payer_account) == ("Kalles Plåt AB", "005560000001", "3783511")
    assert (p1.payer_address.street, p1.payer_address.postcode, p1.payer_address.town) == (
        "Storgatan 2", "123 45", "Storåker")
    assert p1.source_location == "line 3" and p1.bank_tx_id == "000000000101"

    assert (ded.kind, ded.amount, ded.reference, ded.deduction_code) == ("deduction", Decimal("-300.50"), "10003", "1")
    assert ded.remittance_info == ("Kreditfaktura 10003",)

    assert (split.reference, split.reference_kind, split.image_flag, split.channel_code) == ("", "bgmax:0", True, "3")
    assert [(r.reference, r.amount) for r in split.references] == [
        ("10020089", Decimal("1500.00")), ("47118", Decimal("700.00")), ("10003", Decimal("-200.00"))]
    assert sum(r.amount for r in split.references) == split.amount
    assert (split.payer_extra_name, split.payer_address.country, split.payer_address.country_code) == (
        "c/o Berit", "SVERIGE", "SE")
    assert split.payer_org_no == "196001011234" and split.payer_account is None

    assert (free.reference, free.reference_raw, free.reference_kind) == ("47118 10003", "47118 10003", "bgmax:3")
    assert [r.reference for r in free.references] == ["47118", "10003"]
    assert free.remittance_info == ("Betalning avser två fakturor", "Tack!")
    assert free.payer_name == "Olles färg AB" and free.payer_address is None

    assert tiny.amount == Decimal("0.01") and ded2.amount == Decimal("-50.00")
    assert (big.reference, big.reference_raw, big.payer_account) == ("47118", "4711 8", "50501055")
    ids = [p.external_id for p in bf.payments]
    assert len(set(ids)) == 7
    assert ids[0] == "bgmax:9912346:20250313:00101:20:000000000101"


def test_truncated_file_is_rejected_with_line_number():
    raw = (FIX / "bgmax_truncated.txt").read_bytes()
    with pytest.raises(BankFileError) as exc:
        parse_bank_file(raw)
    assert exc.value.location == "line 34"
    assert "truncated" in str(exc.value) and "line 33" in str(exc.value)


def test_wrong_tk15_total_is_rejected_with_line_number():
    with pytest.raises(BankFileError) as exc:
        parse_bank_file((FIX / "bgmax_wrong_tk15.txt").read_bytes())
    assert exc.value.location == "line 32"
    assert "TK15 amount 50.01" in str(exc.value)


def _edit(lineno: int, new: bytes | None) -> bytes:
    lines = _lines((FIX / "bgmax_multi.txt").read_bytes())
    if new is None:
        del lines[lineno - 1]
    else:
        lines[lineno - 1] = new
    return _join(lines)


def _replace(lineno: int, start: int, text: bytes) -> bytes:
    """Overwrite 1-based column `start` of line `lineno`."""
    line = _lines((FIX / "bgmax_multi.txt").read_bytes())[lineno - 1]
    return _edit(lineno, line[: start - 1] + text + line[start - 1 + len(text):])


@pytest.mark.parametrize("raw,location,words", [
    (_replace(3, 1, b"99"), "line 3", "unknown record type"),
    (_replace(3, 40, b"12a"), "line 3", "amount is not a number"),
    (_replace(3, 40, b" 12"), "line 3", "amount is not a number"),
    (_replace(3, 81, b"X"), "line 3", "80"),
    (_replace(37, 3, b"00000006"), "line 37", "TK70 says 6 TK20"),
    (_replace(37, 19, b"00000004"), "line 37", "TK22/TK23"),
    (_replace(22, 72, b"00000004"), "line 22", "says 4 payments"),
    (_replace(22, 69, b"EUR"), "line 22", "currency"),
    (_edit(37, None), "line 36", "no end record"),
    (_edit(22, None), "line 22", "has no TK15"),
    (_edit(1, None), "line 1", "TK01"),
    (_edit(15, b"22" + b"x" * 78), "line 15", "not a number"),
    (_replace(14, 70, b"7"), "line 14", "image flag"),
    (_join(_lines((FIX / "bgmax_multi.txt").read_bytes())[:-1] + [b"20" + b"0" * 60, b""]), "line 38", "after the end"),
    (_join([_lines((FIX / "bgmax_multi.txt").read_bytes())[0], b"220000000000"]), "line 2", "without a TK20"),
    (_edit(2, b""), "line 2", "empty line"),
])
def test_broken_files_are_rejected(raw, location, words):
    with pytest.raises(BankFileError) as exc:
        parse_bgmax(raw)
    assert exc.value.location == location
    assert words in str(exc.value)


def test_tolerates_lf_cr_short_lines_tabs_and_trailing_blank_lines():
    raw = (FIX / "bgmax_multi.txt").read_bytes()
    ref = parse_bgmax(raw)
    lines = _lines(raw)
    variants = [
        b"\n".join(lines),
        b"\r".join(lines),
        _join([ln.rstrip(b" ") for ln in lines]) + b"\r\n\r\n\r\n",
        _join([ln[:12] + b"\t\t" + ln[24:] if ln.startswith(b"22000") else ln for ln in lines]),
    ]
    for v in variants:
        got = parse_bgmax(v)
        assert got.payments == ref.payments and got.deposits == ref.deposits


def test_detect_format():
    assert detect_format((FIX / "bgmax_multi.txt").read_bytes()) == "bgmax"
    assert detect_format((FIX / "camt054_v08_batch.xml").read_bytes()) == "camt054"
    with pytest.raises(BankFileError):
        detect_format(b"hello")
    with pytest.raises(BankFileError, match="camt.054"):
        detect_format(b'<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"/>')
    with pytest.raises(BankFileError, match="unsupported"):
        parse_bank_file(b"01BGMAX", fmt="ktl")


def test_writer_refuses_inexact_amounts_and_overlong_fields():
    day = dt.date(2025, 1, 2)
    with pytest.raises(TypeError):
        write_bgmax("9912346", [BgMaxDeposit(day, [BgMaxPayment(1.5)])])
    with pytest.raises(ValueError, match="two decimals"):
        write_bgmax("9912346", [BgMaxDeposit(day, [BgMaxPayment("1.005")])])
    with pytest.raises(ValueError, match="longer"):
        write_bgmax("9912346", [BgMaxDeposit(day, [BgMaxPayment("1", name="x" * 36)])])
    with pytest.raises(ValueError, match="exceed"):
        write_bgmax("9912346", [BgMaxDeposit(day, [BgMaxPayment("1", "47118", deduction=True)])])
    # dicts are accepted too
    raw = write_bgmax("9912346", [{"date": day, "payments": [{"amount": "10", "reference": "47118"}]}])
    assert parse_bgmax(raw).payments[0].amount == Decimal("10.00")


_amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999.99"), places=2)
_payment = st.builds(
    BgMaxPayment, amount=_amounts,
    reference=st.integers(1, 10**20).map(lambda n: ocr(str(n))),
    name=st.one_of(st.none(), st.text("abcåäöÅÄÖ &-", min_size=1, max_size=35)),
    info=st.lists(st.text("abc 123é", max_size=50), max_size=2),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(_payment, min_size=1, max_size=6), min_size=1, max_size=4))
def test_writer_parser_round_trip(deposits):
    raw = write_bgmax("5050-1055", [BgMaxDeposit(dt.date(2025, 2, 28), pays) for pays in deposits])
    bf = parse_bgmax(raw)
    flat = [p for pays in deposits for p in pays]
    assert [p.amount for p in bf.payments] == [p.amount for p in flat]
    assert [p.reference for p in bf.payments] == [p.reference for p in flat]
    assert [p.payer_name for p in bf.payments] == [(p.name or "").strip() or None for p in flat]
    assert [p.remittance_info for p in bf.payments] == [tuple(t.strip() for t in p.info) for p in flat]
    assert [d.amount for d in bf.deposits] == [sum((p.amount for p in pays), Decimal("0.00")) for pays in deposits]


# The 100,000-payment parse speed target lives in bench/payments.py (speed belongs in bench/, not tests).
