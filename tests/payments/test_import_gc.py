"""The import pauses the cyclic garbage collector while it works and always gives it back."""
from __future__ import annotations

import gc

import pytest

from core.payments import importing as payments
from intake.bankfiles import parse_bank_file
from tests.payments.helpers import bgmax, invoice, pay


def test_the_collector_is_paused_during_the_import_and_enabled_after(demo):
    inv = invoice(demo, "100.00")
    seen: list[bool] = []

    def parse(raw, fmt):
        seen.append(gc.isenabled())
        return parse_bank_file(raw, fmt)

    assert gc.isenabled()
    res = payments.import_file(demo, bgmax([pay("100.00", inv.reference)]), "a.txt", parse=parse)
    assert res.payments == 1 and seen == [False] and gc.isenabled()


def test_the_collector_is_enabled_again_when_the_file_is_rejected(demo):
    with pytest.raises(payments.FileRejected):
        payments.import_file(demo, bgmax([pay("10.00")], bankgiro="9912346"), "x.txt", parse=parse_bank_file)
    assert gc.isenabled()


def test_a_paused_collector_stays_paused(demo):
    gc.disable()
    try:
        payments.import_file(demo, bgmax([pay("10.00", serial=7)]), "y.txt", parse=parse_bank_file)
        assert not gc.isenabled()
    finally:
        gc.enable()
