"""Import exactly once, all or nothing; the CLI shapes; the public sample files end to end."""
from __future__ import annotations

import json
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlmodel import func, select

from core.payments import importing as payments
from core.payments.models import Allocation, BankFileRecord, Payment
from core.registers import register as registers
from intake.bankfiles import BankFileError, parse_bank_file
from tests.conftest import run_cli
from tests.payments.helpers import PAYDAY, balance, bgmax, import_, invoice, ledger_ok, pay

FIX = Path(__file__).resolve().parent.parent / "intake" / "fixtures" / "bank"


def _count(session, model) -> int:
    return session.exec(select(func.count()).select_from(model)).one()


def test_reimport_of_the_same_file_adds_nothing(demo):
    inv = invoice(demo, "100.00")
    raw = bgmax([pay("100.00", inv.reference), pay("50.00")])
    first = import_(demo, raw)
    again = import_(demo, raw)
    assert first.payments == 2 and again.payments == 0 and again.already_imported
    assert again.duplicates_skipped == 2
    assert _count(demo, Payment) == 2 and _count(demo, BankFileRecord) == 1 and ledger_ok(demo)


def test_overlapping_file_adds_only_new_payments(demo):
    a, b = pay("100.00", serial=11), pay("200.00", serial=12)
    import_(demo, bgmax([a, b]))
    res = import_(demo, bgmax([a, b, pay("300.00", serial=13)], created=None) + b"\r\n")  # other bytes, same ids
    assert (res.payments, res.duplicates_skipped) == (1, 2)
    assert _count(demo, Payment) == 3 and balance(demo, "1930") == D("600.00")


def test_truncated_file_is_rejected_and_nothing_is_stored(demo):
    raw = (FIX / "bgmax_truncated.txt").read_bytes()
    with pytest.raises(BankFileError) as exc:
        import_(demo, raw)
    assert exc.value.location and exc.value.location.startswith("line")
    assert _count(demo, Payment) == 0 and _count(demo, BankFileRecord) == 0


def test_unknown_payee_account_rejects_the_whole_file(demo, tmp_path, capsys):
    f = tmp_path / "x.txt"
    f.write_bytes(bgmax([pay("10.00")], bankgiro="9912346"))
    code, out, err = run_cli(capsys, "payments", "import", str(f), "--json")
    assert code == 2 and "belongs to no agency" in err and "line" in err
    assert _count(demo, Payment) == 0 and _count(demo, BankFileRecord) == 0


def test_cli_import_list_register_allocate_refund_offset(demo, tmp_path, capsys):
    inv, other, third = invoice(demo, "100.00"), invoice(demo, "40.00"), invoice(demo, "25.00")
    f = tmp_path / "bg.txt"
    f.write_bytes(bgmax([pay("150.00", inv.reference), pay("30.00", "55555", reference_code="3")]))
    code, out, _ = run_cli(capsys, "payments", "import", str(f), "--json")
    data = json.loads(out)
    assert code == 0 and {k: data[k] for k in ("file", "format", "payments", "amount", "matched", "unmatched",
                                               "duplicates_skipped", "overpayments")} == {
        "file": "bg.txt", "format": "bgmax", "payments": 2, "amount": "180.00",
        "matched": {"reference": 1, "reference_fuzzy": 0, "advice": 0, "amount_payer": 0}, "unmatched": 1,
        "duplicates_skipped": 0, "overpayments": 1}
    code, out, _ = run_cli(capsys, "payments", "list", "--status", "unmatched", "--json")
    rows = json.loads(out)
    assert [r["amount"] for r in rows] == ["30.00"] and rows[0]["ask_agency"] and rows[0]["unallocated"] == "30.00"
    unmatched_id = rows[0]["id"]
    code, out, _ = run_cli(capsys, "payments", "allocate", str(unmatched_id), "--invoice", other.number,
                           "--amount", "30.00", "--json")
    assert code == 0 and json.loads(out)["allocations"][0] == {**json.loads(out)["allocations"][0],
                                                               "invoice": other.number, "method": "manual"}
    code, out, _ = run_cli(capsys, "payments", "list", "--agency", "HYDRO-SE", "--json")
    over = next(r for r in json.loads(out) if r["customer_credit"] == "50.00")
    assert [a["method"] for a in over["allocations"]] == ["reference", "overpayment"]
    code, out, _ = run_cli(capsys, "payments", "offset", str(over["id"]), "--invoice", third.number, "--json")
    assert code == 0 and json.loads(out)["customer_credit"] == "25.00"
    code, out, _ = run_cli(capsys, "payments", "refund", str(over["id"]), "--json")
    assert code == 0 and json.loads(out)["status"] == "refunded"
    code, out, _ = run_cli(capsys, "payments", "register", "--agency", "HYDRO-SE", "--amount", "10.00", "--date",
                           str(PAYDAY), "--invoice", other.number, "--payer", "Kund", "--json")
    reg = json.loads(out)
    assert code == 0 and reg["status"] == "matched" and reg["allocations"][0]["method"] == "manual"
    code, out, _ = run_cli(capsys, "invoice", "show", other.number, "--json")
    shown = json.loads(out)
    assert shown["status"] == "paid" and shown["paid_total"] == "40.00"
    assert [p["method"] for p in shown["payments"]] == ["manual", "manual"]
    code, out, _ = run_cli(capsys, "ledger", "check", "--json")
    assert code == 0, out
    code, out, err = run_cli(capsys, "payments", "allocate", str(unmatched_id), "--invoice", other.number,
                             "--amount", "1.00")
    assert code == 2 and "nothing was written" in err


def test_register_without_invoice_runs_the_matching_rules(demo):
    from core.payments import registration

    inv = invoice(demo, "64.00")
    p = registration.register_payment(demo, registers.agency_by_code(demo, "HYDRO-SE"), "64.00", PAYDAY,
                                      reference=inv.reference)
    demo.commit()
    assert p.status == "matched" and [a.method for a in demo.exec(
        select(Allocation).where(Allocation.payment_id == p.id))] == ["reference"]


# ---- public samples -------------------------------------------------------------------------------------------

BGMAX = ["BGMAX_Sample1.txt", "BgMaxfil4.txt",
         "bankgiroinbetalningar_exempelfil_avtal-om-ocr-kontroll_checksiffra_langd_sv.txt"]
CAMT = ["200519_camt054-ESR-ASR_P_CH2909000000250094239_1110092704_0_2019042500372179.xml",
        "FI_camt_054_sample.xml", "camt_parser_054_valid_example.xml"]


def _sample(shared_dir, folder, name):
    path = shared_dir / "data" / "external" / folder / name
    exp = path.parent / f"{name}.expected.json"
    if not path.is_file() or not exp.is_file():
        print(f"skipping: sample {path} or its .expected.json is absent")
        pytest.skip(f"sample {path} or its .expected.json is absent")
    return path.read_bytes(), json.loads(exp.read_text("utf-8"))


def _sample_agency(session, bankgiro=None, iban=None, country="SE"):
    registers.upsert_agency(session, {"code": "SAMPLE", "name": "Sample agency", "country": "SE",
                                      "org_no": "202100-6313", "bankgiro": bankgiro, "iban": iban})
    session.commit()
    return registers.agency_by_code(session, "SAMPLE")


def _open_invoices_for(session, bf):
    """An open invoice for every payment carrying a valid reference, of exactly the paid amount."""
    from core.billing import drafting, issuing
    from core.billing.drafting import DraftOptions, LineInput
    from core.kernel import references

    agency = registers.agency_by_code(session, "SAMPLE")
    cust = registers.find_customer(session, "10002")
    made = {}
    for p in bf.payments:
        if p.amount > 0 and p.reference and references.is_valid(p.reference) and p.reference not in made:
            inv = drafting.create_draft(session, agency, cust, [LineInput(description="x", quantity="1",
                                                                          unit_price=p.amount, vat_rate="0",
                                                                          vat_code="outside")],
                                        DraftOptions(currency=p.currency, invoice_date=p.booking_date))
            issuing.issue(session, inv, force=True, force_reason="sample")
            inv.reference = p.reference
            made[p.reference] = inv
    session.commit()
    return made


@pytest.mark.parametrize("name", BGMAX + CAMT)
def test_public_sample_imports_end_to_end(demo, shared_dir, name):
    folder = "bgmax" if name in BGMAX else "camt054"
    raw, exp = _sample(shared_dir, folder, name)
    bf = parse_bank_file(raw)
    if folder == "bgmax":
        _sample_agency(demo, bankgiro=exp["deposits"][0]["recipient_bankgiro"])
        n_expected = exp["number_of_payments"] + exp["number_of_deductions"]
        totals = {c: D(v) / 100 for c, v in exp["total_minor_units_by_currency"].items()}
    else:
        _sample_agency(demo, iban=exp["account_iban"])
        n_expected = exp["number_of_payments"]
        totals = {exp["currency"]: D(exp["total_minor_units"]) / 100}
    made = _open_invoices_for(demo, bf)
    res = import_(demo, raw, name)
    assert res.payments == n_expected and res.duplicates_skipped == 0
    assert res.amount == sum(totals.values())
    assert res.matched["reference"] >= len(made) - sum(1 for i in made.values() if i.currency not in totals)
    for inv in made.values():
        demo.refresh(inv)
        assert inv.status == "paid" or inv.open_amount < inv.total, inv.reference
    assert sum(res.matched.values()) + res.unmatched + res.overpayments >= res.payments
    assert balance(demo, "1930", "SAMPLE") == sum(totals.values())   # bank ledger = the statement
    assert ledger_ok(demo)
    again = import_(demo, raw, name)
    assert again.payments == 0 and again.already_imported


def test_a_duplicate_import_racing_the_first_reports_already_imported(demo, clean_db):
    """Two clerks (or a clerk and the drop-folder worker) import the same file at the same moment: the second
    waits for the first and reports "already imported" — not a database error — and nothing is booked twice."""
    import threading
    import time

    from sqlmodel import Session

    inv = invoice(demo, "100.00")
    raw = bgmax([pay("100.00", inv.reference), pay("50.00")])
    first = Session(clean_db)
    res_first = payments.import_file(first, raw, "a.txt", parse=parse_bank_file, actor="clerk1")  # not committed
    second: dict = {}

    def racer() -> None:
        with Session(clean_db) as s:
            try:
                second["result"] = payments.import_file(s, raw, "b.txt", parse=parse_bank_file, actor="clerk2")
                s.commit()
            except Exception as exc:  # the failure this test guards against
                second["error"] = exc

    t = threading.Thread(target=racer)
    t.start()
    time.sleep(0.5)  # the racer is now waiting for the first import's transaction
    first.commit()
    first.close()
    t.join(60)
    assert "error" not in second, second.get("error")
    assert res_first.payments == 2 and second["result"].already_imported
    assert second["result"].file_id == res_first.file_id
    demo.expire_all()
    assert _count(demo, Payment) == 2 and _count(demo, BankFileRecord) == 1 and ledger_ok(demo)
