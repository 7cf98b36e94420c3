"""The public sample files in ../shared/data/external/{bgmax,camt054} against their hand-derived expected.json."""
from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from core.kernel.references import normalize
from intake.bankfiles import BankFile, detect_format, parse_bank_file

BGMAX = ["BGMAX_Sample1.txt", "BgMaxfil4.txt",
         "bankgiroinbetalningar_exempelfil_avtal-om-ocr-kontroll_checksiffra_langd_sv.txt"]
CAMT = ["200519_camt054-ESR-ASR_P_CH2909000000250094239_1110092704_0_2019042500372179.xml",
        "FI_camt_054_sample.xml", "camt_parser_054_valid_example.xml"]


def _load(shared_dir: Path, folder: str, name: str) -> tuple[bytes, dict]:
    path = shared_dir / "data" / "external" / folder / name
    if not path.is_file():
        pytest.skip(f"sample {path} not present")
    return path.read_bytes(), json.loads((path.parent / f"{name}.expected.json").read_text("utf-8"))


def minor(amount: Decimal) -> int:
    value = amount * 100
    assert value == value.to_integral_value(), amount
    return int(value)


def _blank(v):
    return (v or "").strip() or None


@pytest.mark.parametrize("name", BGMAX)
def test_bgmax_sample_matches_expected(shared_dir, name):
    raw, exp = _load(shared_dir, "bgmax", name)
    assert detect_format(raw) == "bgmax"
    bf: BankFile = parse_bank_file(raw)

    assert bf.format == "bgmax" and bf.format_version == exp["header"]["version"]
    assert bf.created_at.strftime("%Y%m%d%H%M%S%f") == exp["header"]["timestamp"]
    assert bf.is_test is (exp["header"]["test_marker"] == "T")
    counts = exp["end_record_counts"]
    assert bf.control.record_counts == {"20": counts["payments"], "21": counts["deductions"],
                                        "22+23": counts["extra_references"], "15": counts["deposits"]}
    assert bf.control.payment_count == exp["number_of_payments"]
    assert bf.control.deduction_count == exp["number_of_deductions"]
    assert {c: minor(v) for c, v in bf.control.totals_by_currency.items()} == exp["total_minor_units_by_currency"]

    assert len(bf.deposits) == len(exp["deposits"])
    for dep, e in zip(bf.deposits, exp["deposits"]):
        assert dep.payee_account.zfill(10) == e["recipient_bankgiro"]
        assert (dep.currency, dep.raw_date, dep.entry_ref) == (e["currency"], e["payment_date"], e["deposit_serial"])
        assert (minor(dep.amount), dep.count) == (e["amount_minor"], e["count"])
        assert dep.bank_account == e["recipient_account_field"]
        assert dep.booking_date is not None

    assert len(bf.payments) == len(exp["payments"])
    for p, e in zip(bf.payments, exp["payments"]):
        dep = bf.deposits[p.deposit_index]
        assert dep.index + 1 == e["section"] and p.currency == e["currency"]
        assert p.record_type == e["record_type"]
        assert p.kind == ("payment" if e["record_type"] == "20" else "deduction")
        assert (p.payer_account or "").zfill(10) == e["sender_bankgiro"]
        assert p.reference_raw == e["reference"]
        assert p.reference_kind == f"bgmax:{e['reference_code']}"
        if e["reference_code"] in "24":
            assert p.reference == normalize(e["reference"])
        assert p.channel_code == e["channel_code"]
        assert minor(p.amount) == e["amount_minor"]
        assert p.bank_tx_id == e["bgc_serial"]
        assert p.image_flag is (e["image_flag"] == "1")
        assert p.deduction_code == e.get("deduction_code")
        payer = e["payer"]
        addr = p.payer_address
        assert p.payer_name == _blank(payer["name"]) and p.payer_extra_name == _blank(payer["extra_name"])
        assert (addr.street if addr else None) == _blank(payer["address"])
        assert (addr.postcode if addr else None) == _blank(payer["postcode"])
        assert (addr.town if addr else None) == _blank(payer["city"])
        assert p.payer_org_no == _blank(payer["org_no_field"])
        assert [(r.reference, r.kind, minor(r.amount)) for r in p.references] == [
            (x["reference"], f"bgmax:{x['reference_code']}", x["amount_minor"]) for x in e["extra_references"]]
        assert list(p.remittance_info) == e["info_texts"]
        assert p.booking_date == dep.booking_date

    ids = [p.external_id for p in bf.payments]
    assert len(set(ids)) == len(ids), "external ids must be unique within a file"
    assert parse_bank_file(raw).payments == bf.payments, "parsing is deterministic (stable external ids)"


def test_bgmax_sample1_broken_deposit_date_is_noted(shared_dir):
    raw, _exp = _load(shared_dir, "bgmax", "BGMAX_Sample1.txt")
    bf = parse_bank_file(raw)
    assert str(bf.deposits[0].booking_date) == "2010-03-24"  # '10100324' replaced by the file date
    assert any("10100324" in n for n in bf.warnings)  # a warning on the file and on each of its payments
    assert all(any("10100324" in w for w in p.warnings) for p in bf.payments)


def test_bgmax_sample_with_tab_and_short_line(shared_dir):
    raw, _exp = _load(shared_dir, "bgmax", BGMAX[2])
    bf = parse_bank_file(raw)
    p = bf.payments[2]
    assert [r.reference for r in p.references] == ["657866", "658765", "657767", "657965"]
    assert p.references[3].source_location == "line 17"


@pytest.mark.parametrize("name", CAMT)
def test_camt054_sample_matches_expected(shared_dir, name):
    raw, exp = _load(shared_dir, "camt054", name)
    assert detect_format(raw) == "camt054"
    bf = parse_bank_file(raw)

    assert bf.format == "camt054" and bf.format_version == exp["message"]
    assert bf.message_id == exp["msg_id"]
    assert bf.payee_account == exp["account_iban"]
    assert bf.currency == exp["currency"]
    assert len(bf.deposits) == len(exp["entries"])
    for dep, e in zip(bf.deposits, exp["entries"]):
        assert abs(minor(dep.amount)) == e["amount_minor"]
        assert (dep.credit_debit, dep.status, dep.reversal) == (e["credit_debit"], e["status"], e["reversal"])
        assert str(dep.booking_date) == e["booking_date"]
        assert (str(dep.value_date) if dep.value_date else None) == e["value_date"]
        assert dep.entry_ref == e["acct_svcr_ref"]
        assert dep.bank_tx_code == e["bank_tx_code"]
        assert dep.count == e["tx_count"]

    assert len(bf.payments) == exp["number_of_payments"] == len(exp["incoming_payments"])
    assert sum(minor(p.amount) for p in bf.payments) == exp["total_minor_units"]
    for p, e in zip(bf.payments, exp["incoming_payments"]):
        assert p.kind == "payment" and p.record_type == "TxDtls"
        assert p.deposit_index + 1 == e["entry"]
        assert p.bank_tx_id == e["acct_svcr_ref"]
        assert p.end_to_end_id == e["end_to_end_id"]
        assert minor(p.amount) == e["amount_minor"]
        assert p.payer_name == e["debtor_name"]
        structured = [r for r in p.references if not r.kind.startswith("RfrdDocInf") and r.kind != "RFB"]
        assert [(r.kind, r.reference, None if r.amount is None else minor(r.amount)) for r in structured] == [
            (x["type"], x["ref"], x["doc_amount_minor"]) for x in e["references"]]
        assert list(p.remittance_info) == e["unstructured"]
        if structured:
            assert p.reference == structured[0].reference
        # credit notes netted inside the payment: RmtdAmt - CdtNoteAmt = payment amount
        credit_notes = sum(d.amount for d in p.deductions if d.kind == "credit_note")
        if credit_notes:
            assert sum(r.amount for r in structured) == p.amount
            assert minor(credit_notes) == -sum(x["doc_amount_minor"] for x in e["references"]
                                               if x["doc_amount_minor"] < 0)

    other_entries = {o.deposit_index + 1 for o in bf.other_transactions}
    expected_other = {x["entry"] for group in exp["not_incoming_payments"].values() if isinstance(group, list)
                      for x in group}
    assert other_entries == expected_other
    assert all(o.kind in ("debit", "reversal", "not_booked") for o in bf.other_transactions)
    assert len(bf.notes) >= len(expected_other)
    ids = [p.external_id for p in bf.payments + bf.other_transactions]
    assert len(set(ids)) == len(ids)


def test_fi_sample_rfb_unstructured_reference(shared_dir):
    raw, _exp = _load(shared_dir, "camt054", "FI_camt_054_sample.xml")
    p = parse_bank_file(raw).payments[5]
    assert (p.reference, p.reference_kind, p.remittance_info) == ("557742358", "RFB", ("RFB/557742358",))
    rf = parse_bank_file(raw).payments[4]
    assert rf.reference == "RF7812345" and rf.references[0].issuer == "ISO"
