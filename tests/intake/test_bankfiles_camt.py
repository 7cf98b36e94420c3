"""camt.054: our hand-written 001.08 batch file, control-total rejections, safe XML parsing."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from core.kernel.references import is_valid_rf
from intake.bankfiles import BankFileError, parse_bank_file
from intake.bankfiles.camt054 import parse_camt054

FIX = Path(__file__).parent / "fixtures" / "bank"
V08 = (FIX / "camt054_v08_batch.xml").read_bytes()
NTRY1 = "/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/Ntry[1]"


def _sub(*pairs: tuple[str, str]) -> bytes:
    text = V08.decode("utf-8")
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text.encode("utf-8")


def test_v08_batch_one_payment_per_txdtls():
    bf = parse_bank_file(V08)
    assert (bf.format, bf.format_version, bf.message_id) == ("camt054", "camt.054.001.08", "RESK-TEST-0001")
    assert (bf.payee_account, bf.currency) == ("SE4550000000058398257466", "SEK")
    assert bf.created_at == dt.datetime(2025, 3, 14, 6, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert [p.amount for p in bf.payments] == [Decimal("1000.00"), Decimal("2250.00"), Decimal("250.00"),
                                               Decimal("500.00")]
    assert bf.control.totals_by_currency == {"SEK": Decimal("4000.00")}
    assert bf.control.record_counts == {"Ntry": 5, "TxDtls": 4}

    rf, ocr, ustrd, whole = bf.payments
    assert (rf.reference, rf.reference_raw, rf.reference_kind) == ("RF0812344", "RF08 1234 4", "SCOR")
    assert is_valid_rf(rf.reference) and rf.references[0].issuer == "ISO"
    assert (rf.payer_name, rf.payer_org_no, rf.payer_account) == (
        "Kalles Plåt AB", "5560000001", "SE3550000000054910000003")
    assert (rf.payer_address.street, rf.payer_address.postcode, rf.payer_address.country_code) == (
        "Storgatan 2", "12345", "SE")
    assert rf.end_to_end_id == "NOTPROVIDED" and rf.bank_tx_id == "T2025031300001-1"
    assert rf.source_location == f"{NTRY1}/NtryDtls[1]/TxDtls[1]"
    assert (rf.booking_date, rf.value_date, rf.bank_tx_code) == (dt.date(2025, 3, 13), dt.date(2025, 3, 13),
                                                                 "PMNT/RCDT/DMCT")

    assert (ocr.reference, ocr.payer_name) == ("47118", "Olles färg AB")
    assert [(r.reference, r.amount) for r in ocr.references] == [("47118", Decimal("2500.00")),
                                                                 ("10003", Decimal("-250.00"))]
    assert [(d.kind, d.amount, d.reference) for d in ocr.deductions] == [("credit_note", Decimal("250.00"), "10003")]
    assert "Ultimate debtor: Olles Holding AB" in ocr.additional_info

    assert (ustrd.reference, ustrd.reference_kind) == ("", "USTRD")
    assert ustrd.remittance_info == ("Faktura 10020089", "mvh Berit")
    assert ustrd.external_id.endswith(":e2e:E2E-BERIT-1:250.00")

    assert (whole.record_type, whole.booking_date, whole.value_date) == ("Ntry", dt.date(2025, 3, 13),
                                                                         dt.date(2025, 3, 14))
    assert whole.additional_info == ("INSATTNING 10020089",)

    kinds = [(o.kind, o.amount) for o in bf.other_transactions]
    assert kinds == [("debit", Decimal("-15.00")), ("reversal", Decimal("-250.00")), ("not_booked", Decimal("25.00"))]
    assert bf.other_transactions[1].return_reason == "AC04"
    assert len(bf.notes) == 3 and "Ntry[2]" in bf.notes[0]
    ids = [p.external_id for p in bf.payments + bf.other_transactions]
    assert len(set(ids)) == len(ids)
    assert parse_bank_file(V08).payments == bf.payments


@pytest.mark.parametrize("raw,location,words", [
    (_sub(('<Amt Ccy="SEK">3500.00</Amt>', '<Amt Ccy="SEK">3600.00</Amt>'), ("<Sum>4290.00", "<Sum>4390.00"),
          ('<TtlAmt Ccy="SEK">3500.00</TtlAmt>', "")), f"{NTRY1}/Amt", "does not equal the sum of its 3 TxDtls"),
    (_sub(('<Amt Ccy="SEK">250.00</Amt>', '<Amt Ccy="SEK">251.00</Amt>')),
     f"{NTRY1}/NtryDtls[1]/Btch/TtlAmt", "Btch/TtlAmt 3500.00"),
    (_sub(("<NbOfTxs>3</NbOfTxs>", "<NbOfTxs>4</NbOfTxs>")), f"{NTRY1}/NtryDtls[1]/Btch", "NbOfTxs is 4"),
    (_sub(("<NbOfNtries>5</NbOfNtries>", "<NbOfNtries>6</NbOfNtries>")),
     "/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/TxsSummry/TtlNtries", "6"),
    (_sub(("<Sum>4290.00", "<Sum>4290.01")), "/Document/BkToCstmrDbtCdtNtfctn/Ntfctn[1]/TxsSummry/TtlNtries", "Sum"),
    (_sub(('<Amt Ccy="SEK">1000.00</Amt>', '<Amt Ccy="SEK">1000,00</Amt>')),
     f"{NTRY1}/NtryDtls[1]/TxDtls[1]/Amt", "not a decimal amount"),
    (_sub(('<Amt Ccy="SEK">2250.00</Amt>', '<Amt Ccy="EUR">2250.00</Amt>')), NTRY1, "currency"),
    (_sub(('<Amt Ccy="SEK">1000.00</Amt>', ""), ('<Amt Ccy="SEK">2250.00</Amt>', ""),
          ('<Amt Ccy="SEK">250.00</Amt>', ""), ('<TtlAmt Ccy="SEK">3500.00</TtlAmt>', "")), NTRY1, "cannot split"),
    (_sub(("<CdtDbtInd>CRDT</CdtDbtInd>\n        <RvslInd>", "<CdtDbtInd>CRED</CdtDbtInd>\n        <RvslInd>")),
     f"{NTRY1}/CdtDbtInd", "CRDT or DBIT"),
    (_sub(("<Dt>2025-03-13</Dt></BookgDt>", "<Dt>2025-02-30</Dt></BookgDt>")), f"{NTRY1}/BookgDt", "date"),
])
def test_inconsistent_files_are_rejected_with_element_path(raw, location, words):
    with pytest.raises(BankFileError) as exc:
        parse_camt054(raw)
    assert exc.value.location == location
    assert words in str(exc.value)


def test_doctype_and_entities_are_refused():
    xxe = V08.replace(b'<?xml version="1.0" encoding="UTF-8"?>',
                      b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>')
    xxe = xxe.replace(b"<MsgId>RESK-TEST-0001</MsgId>", b"<MsgId>&x;</MsgId>")
    with pytest.raises(BankFileError, match="DOCTYPE"):
        parse_camt054(xxe)
    bomb = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">&b;</Document>')
    with pytest.raises(BankFileError):
        parse_camt054(bomb)


def test_not_xml_or_wrong_message_is_rejected():
    with pytest.raises(BankFileError, match="well-formed"):
        parse_camt054(V08[:-40])
    with pytest.raises(BankFileError, match="not a camt.054"):
        parse_camt054(V08.replace(b"camt.054.001.08", b"camt.053.001.08"))


def test_v02_paths_amtdtls_and_plain_dbtr_name():
    """The same batch written the 001.02 way: amount only in AmtDtls/TxAmt, Dbtr/Nm without Pty, Sts as text."""
    text = V08.decode("utf-8").replace("camt.054.001.08", "camt.054.001.02")
    text = text.replace("<Sts><Cd>BOOK</Cd></Sts>", "<Sts>BOOK</Sts>")
    text = text.replace("<Sts><Cd>PDNG</Cd></Sts>", "<Sts>PDNG</Sts>")
    text = text.replace("<Pty>", "").replace("</Pty>", "")
    for amount in ("1000.00", "2250.00", "250.00"):
        text = text.replace(f'<Amt Ccy="SEK">{amount}</Amt>\n            <CdtDbtInd>',
                            f'<AmtDtls><TxAmt><Amt Ccy="SEK">{amount}</Amt></TxAmt></AmtDtls>'
                            '\n            <CdtDbtInd>', 1)
    bf = parse_camt054(text.encode("utf-8"))
    assert bf.format_version == "camt.054.001.02"
    ref = parse_camt054(V08)
    assert [(p.amount, p.reference, p.payer_name) for p in bf.payments] == [
        (p.amount, p.reference, p.payer_name) for p in ref.payments]
    assert [o.kind for o in bf.other_transactions] == ["debit", "reversal", "not_booked"]
