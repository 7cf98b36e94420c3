"""Issue #17, finding 8: what a bank file reader has to assume is never silent. An impossible payment date, a
non-SEK BgMax deposit and a UTF-8 BgMax become warnings on the import result and on each payment they concern; a
currency that does not exist (XXX, made-up codes) rejects the file. Plus fuzzing: mutated BgMax and camt.054 files
only ever give a BankFile or the parsers' own BankFileError."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.bankfiles import BankFile, BankFileError, parse_bank_file
from intake.bankfiles.bgmax_writer import BgMaxDeposit, BgMaxPayment, write_bgmax
from tests.conftest import run_cli
from tests.intake.test_bankfiles_camt import V08, _sub
from tests.payments.helpers import HYDRO_BG, bgmax, invoice, pay

CREATED = dt.datetime(2026, 3, 2, 6, 0)


def _bad_date(raw: bytes, good: str = "20260301", bad: str = "20261341") -> bytes:
    assert raw.count(good.encode()) >= 1
    return raw.replace(good.encode(), bad.encode())


def test_impossible_payment_date_is_a_warning_on_the_result_and_the_payment(demo, tmp_path, capsys):
    inv = invoice(demo, "100.00")
    demo.commit()
    raw = _bad_date(bgmax([pay("100.00", inv.reference)], day=dt.date(2026, 3, 1), created=CREATED))
    f = tmp_path / "bad-date.txt"
    f.write_bytes(raw)
    code, out, err = run_cli(capsys, "payments", "import", str(f), "--json")
    assert code == 0, err
    result = json.loads(out)
    assert any("20261341" in w and "2026-03-02" in w for w in result["warnings"])
    code, out, _ = run_cli(capsys, "payments", "list", "--json")
    [payment] = json.loads(out)
    assert "20261341" in payment["note"] and payment["payment_date"] == "2026-03-02"


def test_impossible_date_without_a_write_date_to_fall_back_on_is_an_error():
    raw = bgmax([pay("100.00")], day=dt.date(2026, 3, 1), created=CREATED)
    raw = raw.replace(b"20260302060000000000", b"20269999999999999999")  # TK01 write time unreadable too
    with pytest.raises(BankFileError):
        parse_bank_file(_bad_date(raw))


def test_non_sek_bgmax_is_warned_and_a_non_currency_is_refused():
    eur = parse_bank_file(bgmax([pay("10.00")], currency="EUR", created=CREATED, day=dt.date(2026, 3, 1)))
    assert any("EUR" in w for w in eur.warnings) and all(any("EUR" in w for w in p.warnings) for p in eur.payments)
    for code in ("XXX", "QQQ", "DEM"):
        with pytest.raises(BankFileError, match=code):
            parse_bank_file(bgmax([pay("10.00")], currency=code, created=CREATED, day=dt.date(2026, 3, 1)))
    sek = parse_bank_file(bgmax([pay("10.00")], created=CREATED, day=dt.date(2026, 3, 1)))
    assert sek.warnings == () and sek.payments[0].warnings == ()


def test_camt_with_no_currency_or_an_unknown_one_is_refused():
    for code in ("XXX", "ABC"):
        with pytest.raises(BankFileError, match=code):
            parse_bank_file(V08.replace(b'Ccy="SEK"', f'Ccy="{code}"'.encode()))


def test_camt_implausible_booking_date_is_warned():
    bf = parse_bank_file(_sub(("<BookgDt><Dt>2025-03-13</Dt>", "<BookgDt><Dt>2031-03-13</Dt>")))
    assert any("2031-03-13" in w for w in bf.warnings)
    assert any(any("2031-03-13" in w for w in p.warnings) for p in bf.payments)
    with pytest.raises(BankFileError, match="out of range"):
        parse_bank_file(_sub(("<BookgDt><Dt>2025-03-13</Dt>", "<BookgDt><Dt>9999-12-31</Dt>")))


def test_utf8_bgmax_reads_the_names_and_says_so():
    latin = write_bgmax(HYDRO_BG, [BgMaxDeposit(dt.date(2026, 3, 1), [BgMaxPayment("10.00", name="Åsa Öberg",
                                                                                   town="Göteborg")])],
                        created=CREATED)
    utf8 = latin.decode("latin-1").encode("utf-8")
    a, b = parse_bank_file(latin), parse_bank_file(utf8)
    assert a.payments[0].payer_name == b.payments[0].payer_name == "Åsa Öberg"
    assert a.warnings == () and any("UTF-8" in w for w in b.warnings)
    assert any("UTF-8" in w for w in b.payments[0].warnings)


# -- fuzzing: a mutated file is parsed or refused with BankFileError, nothing else ------------------------------

BGMAX = write_bgmax(HYDRO_BG, [BgMaxDeposit(dt.date(2026, 3, 1), [
    BgMaxPayment("100.00", "12345682", name="Åsa", town="Göteborg", org_no="5567124085",
                 extra_references=[{"reference": "99", "amount": "10.00"}], info=["faktura 1"]),
    BgMaxPayment("5.00", "12345682", deduction=True)])], created=CREATED)

mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(0, 255)),
    st.tuples(st.just("insert"), st.integers(0, 10**6), st.binary(min_size=1, max_size=12)),
    st.tuples(st.just("delete"), st.integers(0, 10**6), st.integers(1, 90)),
    st.tuples(st.just("cut"), st.integers(0, 10**6), st.just(0)),
)


def _mutate(raw: bytes, steps) -> bytes:
    data = bytearray(raw)
    for kind, pos, arg in steps:
        pos = pos % (len(data) + 1)
        if kind == "flip" and data:
            data[min(pos, len(data) - 1)] = arg
        elif kind == "insert":
            data[pos:pos] = arg
        elif kind == "delete":
            del data[pos:pos + arg]
        elif kind == "cut":
            del data[pos:]
    return bytes(data)


def _parse_or_refuse(raw: bytes, fmt: str | None = None) -> None:
    try:
        bf = parse_bank_file(raw, fmt) if fmt else parse_bank_file(raw)
    except BankFileError:
        return
    assert isinstance(bf, BankFile)
    for p in bf.payments:
        assert p.currency and (p.booking_date or p.value_date) is not None


FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.lists(mutation, min_size=1, max_size=4))
def test_fuzz_bgmax(steps):
    _parse_or_refuse(_mutate(BGMAX, steps), "bgmax")


@FUZZ
@given(st.lists(mutation, min_size=1, max_size=4))
def test_fuzz_camt054(steps):
    _parse_or_refuse(_mutate(V08, steps), "camt054")


@FUZZ
@given(st.binary(max_size=400))
def test_fuzz_any_bytes_detected(raw):
    _parse_or_refuse(raw)
