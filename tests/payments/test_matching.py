"""Cash application from the user's side: every matching rule on generated files, the ledger staying clean."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from sqlmodel import select

from core.billing import crediting
from core.billing.models import Invoice
from core.kernel import references
from core.payments import book_loader, matching, placing
from core.payments.importing import facts_of
from core.payments.models import Allocation, Payment, PaymentAdvice, PaymentAdviceItem
from core.registers import register as registers
from tests.payments.helpers import PAYDAY, VESI_IBAN, balance, bgmax, camt, import_, invoice, ledger_ok, pay


def _payment(session, ext_suffix=None) -> list[Payment]:
    return list(session.exec(select(Payment).order_by(Payment.id)))


def _allocs(session, payment_id):
    return [(a.invoice_id, a.amount, a.method) for a in
            session.exec(select(Allocation).where(Allocation.payment_id == payment_id).order_by(Allocation.id))]


def test_exact_ocr_reference_pays_the_invoice_and_posts_bank_debit_ar_credit(demo):
    inv = invoice(demo, "1250.00")
    res = import_(demo, bgmax([pay("1250.00", inv.reference, name="Mälardalens Miljökonsult AB")]))
    assert res.matched["reference"] == 1 and res.unmatched == 0
    demo.refresh(inv)
    assert inv.status == "paid" and inv.open_amount == 0 and inv.paid_date == PAYDAY
    assert balance(demo, "1930") == D("1250.00") and balance(demo, "1510") == 0
    assert ledger_ok(demo)


def test_partial_payment_leaves_the_rest_open(demo):
    inv = invoice(demo, "1000.00")
    import_(demo, bgmax([pay("400.00", inv.reference)]))
    demo.refresh(inv)
    assert inv.status == "issued" and inv.open_amount == D("600.00")
    assert ledger_ok(demo)


def test_overpayment_becomes_customer_credit_then_refund_and_offset(demo):
    inv, other = invoice(demo, "1000.00"), invoice(demo, "300.00")
    res = import_(demo, bgmax([pay("1500.00", inv.reference)]))
    assert res.overpayments == 1 and res.matched["reference"] == 1
    p = _payment(demo)[0]
    assert p.status == "matched" and p.unallocated == 0
    assert [m for _, _, m in _allocs(demo, p.id)] == ["reference", "overpayment"]
    assert balance(demo, "2420") == D("-500.00") and balance(demo, "1930") == D("1500.00")
    placing.offset_payment(demo, p.id, other.number, date=PAYDAY)
    placing.refund_payment(demo, p.id, date=PAYDAY)
    demo.commit()
    demo.refresh(other)
    demo.refresh(p)
    assert other.status == "paid" and p.status == "refunded"
    assert balance(demo, "2420") == 0 and balance(demo, "1930") == D("1300.00")
    assert ledger_ok(demo)


@pytest.mark.parametrize("typo", ["transposition", "check_digit", "deleted_digit"])
def test_reference_with_a_typo_matches_when_the_amount_is_equal(demo, typo):
    inv = invoice(demo, "777.00")
    invoice(demo, "778.00")
    ref = inv.reference
    bad = {"transposition": ref[:-3] + ref[-2] + ref[-3] + ref[-1],
           "check_digit": ref[:-1] + str((int(ref[-1]) + 1) % 10),
           "deleted_digit": ref[:2] + ref[3:]}[typo]
    assert bad != ref
    res = import_(demo, bgmax([pay("777.00", bad, reference_code="3")]))
    assert res.matched["reference_fuzzy"] == 1
    demo.refresh(inv)
    assert inv.status == "paid"


def test_typo_reference_with_another_amount_is_unmatched_with_suggestions(demo):
    inv = invoice(demo, "777.00")
    bad = inv.reference[:-1] + str((int(inv.reference[-1]) + 1) % 10)
    res = import_(demo, bgmax([pay("700.00", bad, reference_code="3")]))
    assert res.unmatched == 1 and res.ask_agency == 1
    p = _payment(demo)[0]
    assert p.status == "unmatched" and p.in_suspense and p.ask_agency
    assert p.suggestions[0]["invoice"] == inv.number and "typo" in p.suggestions[0]["why"]
    assert balance(demo, "2421") == D("-700.00") and balance(demo, "1930") == D("700.00")
    # placing it by hand moves the money from suspense to AR
    placing.allocate_manually(demo, p.id, inv.number)
    demo.commit()
    assert balance(demo, "2421") == 0 and p.status == "matched" and not p.in_suspense
    demo.refresh(inv)
    assert inv.open_amount == D("77.00") and ledger_ok(demo)


def test_an_invoice_number_in_the_payment_message_is_suggested_first(demo):
    """No reference, an amount no invoice has, but the message says which invoice ("Avser faktura N, delbetalning"):
    the clerk's first suggestion is that invoice, with the ground in words; nothing is placed automatically."""
    named, other = invoice(demo, "5000.00"), invoice(demo, "1200.00")
    res = import_(demo, bgmax([pay("1200.00", "", info=[f"Avser faktura {named.number} delbetalning"])]))
    assert res.unmatched == 1
    p = _payment(demo)[0]
    assert p.status == "unmatched" and not _allocs(demo, p.id)
    assert p.suggestions[0]["invoice"] == named.number, p.suggestions
    assert "invoice number in the message" in p.suggestions[0]["why"]
    assert other.number in [s["invoice"] for s in p.suggestions]  # the same amount stays a candidate


def test_payment_advice_splits_across_listed_invoices(demo):
    a, b = invoice(demo, "1000.00"), invoice(demo, "234.50")
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    adv = PaymentAdvice(agency_id=agency.id, payer_name="Mälardalens Miljökonsult AB", payment_date=PAYDAY,
                        total=D("1234.50"), currency="SEK")
    demo.add(adv)
    demo.flush()
    demo.add_all([PaymentAdviceItem(advice_id=adv.id, invoice_number=a.number, amount=D("1000.00")),
                  PaymentAdviceItem(advice_id=adv.id, reference=b.reference, amount=D("234.50"))])
    demo.commit()
    assert book_loader.advices_for(demo, agency.id, ("Mälardalens Miljökonsult", None), D("1234.50"), PAYDAY)
    res = import_(demo, bgmax([pay("1234.50", name="Mälardalens Miljökonsult AB")]))
    assert res.matched["advice"] == 1
    demo.refresh(a), demo.refresh(b), demo.refresh(adv)
    assert a.status == b.status == "paid" and adv.status == "matched"
    assert ledger_ok(demo)


def test_amount_and_payer_only_when_exactly_one_candidate(demo):
    inv = invoice(demo, "321.00", customer="10001")   # Byggbolaget i Norr AB 556712-4085
    res = import_(demo, bgmax([pay("321.00", org_no="165567124085", name="Byggbolaget i Norr")]))
    assert res.matched["amount_payer"] == 1
    demo.refresh(inv)
    assert inv.status == "paid"
    invoice(demo, "99.00", customer="10001")
    invoice(demo, "99.00", customer="10001", day=dt.date(2026, 3, 5))
    res = import_(demo, bgmax([pay("99.00", name="Byggbolaget i Norr AB")], serial=2))
    assert res.unmatched == 1 and res.ask_agency == 1
    p = _payment(demo)[-1]
    assert len(p.suggestions) == 2 and all("same payer" in s["why"] for s in p.suggestions)


def test_payment_of_already_paid_or_credited_invoice_becomes_customer_credit(demo):
    paid = invoice(demo, "100.00")
    import_(demo, bgmax([pay("100.00", paid.reference)]))
    credited = invoice(demo, "200.00")
    crediting.credit(demo, credited, "wrong customer", invoice_date=PAYDAY)
    demo.commit()
    res = import_(demo, bgmax([pay("100.00", paid.reference), pay("200.00", credited.reference)], serial=2))
    assert res.overpayments == 2 and sum(res.matched.values()) == 0
    ps = _payment(demo)[1:]
    assert "already paid" in ps[0].note and "already credited" in ps[1].note
    assert balance(demo, "2420") == D("-300.00") and ledger_ok(demo)


def test_no_allocation_across_currencies(demo):
    inv = invoice(demo, "100.00")
    res = import_(demo, bgmax([pay("100.00", inv.reference)], currency="EUR"))
    assert res.unmatched == 1
    p = _payment(demo)[0]
    assert p.currency == "EUR" and "across currencies" in p.note
    demo.refresh(inv)
    assert inv.status == "issued"


def test_deduction_settles_the_credit_note(demo):
    paid = invoice(demo, "500.00")
    import_(demo, bgmax([pay("500.00", paid.reference)]))
    cn = crediting.credit(demo, paid, "price reduction", invoice_date=PAYDAY)   # customer credit -500 on the note
    demo.commit()
    nxt = invoice(demo, "800.00")
    assert cn.open_amount == D("-500.00")
    res = import_(demo, bgmax([pay("800.00", nxt.reference), pay("500.00", cn.number, deduction=True,
                                                                reference_code="3")], serial=2))
    assert res.deductions == 1 and res.matched["reference"] == 2
    demo.refresh(cn)
    assert cn.open_amount == 0 and cn.status == "paid"
    assert balance(demo, "1930") == D("800.00")    # 500 + 800 - 500: the bank ledger equals the statement
    assert ledger_ok(demo)


def test_unmatched_deduction_waits_on_suspense(demo):
    inv = invoice(demo, "800.00")
    res = import_(demo, bgmax([pay("800.00", inv.reference), pay("50.00", "999", deduction=True,
                                                                 reference_code="3")]))
    p = _payment(demo)[1]
    assert res.unmatched == 1 and p.amount == D("-50.00") and p.in_suspense and "credit note" in p.ask_agency
    assert balance(demo, "2421") == D("50.00") and ledger_ok(demo)


def test_finnish_and_rf_references_match_either_form(demo):
    vesi = registers.agency_by_code(demo, "VESI-FI")
    fi_inv = invoice(demo, "120.00", agency="VESI-FI", customer="20001")
    assert references.is_valid_fi_reference(fi_inv.reference)
    vesi.reference_kind = "rf"
    demo.add(vesi)
    demo.commit()
    rf_inv = invoice(demo, "80.00", agency="VESI-FI", customer="20001")
    assert rf_inv.reference.startswith("RF")
    inner = rf_inv.reference[4:]
    res = import_(demo, camt(VESI_IBAN, [{"amount": fi_inv.total, "ref": references.rf_reference(fi_inv.reference)},
                                          {"amount": rf_inv.total, "ref": references.format_fi(inner)}]))
    assert res.matched["reference"] == 2 and res.agencies == ["VESI-FI"]
    demo.refresh(fi_inv), demo.refresh(rf_inv)
    assert fi_inv.status == rf_inv.status == "paid" and ledger_ok(demo)


def test_bulk_import_equals_one_payment_at_a_time(demo):
    """The set-based import and core.payments.allocation's per-payment path apply the same rules and post the same."""
    invs = [invoice(demo, f"{100 + i}.00", customer=("10001", "10002")[i % 2]) for i in range(6)]
    bad = invs[2].reference[:-1] + str((int(invs[2].reference[-1]) + 1) % 10)
    pays = [pay("100.00", invs[0].reference), pay("150.00", invs[1].reference),
            pay("102.00", bad, reference_code="3"), pay("103.00", org_no="5568932171"),
            pay("55.00", "12345", reference_code="3"), pay("20.00", invs[5].reference)]

    def run(bulk):
        import_(demo, bgmax(pays), bulk=bulk)
        out = [(p.status, p.unallocated, p.in_suspense, p.note, tuple(_allocs(demo, p.id))) for p in _payment(demo)]
        from core.ledger.models import Voucher, VoucherEntry
        vouchers = sorted((v.number, v.text, v.source_type, tuple(
            (e.account, e.amount, e.invoice_id, e.payment_id, e.text) for e in demo.exec(
                select(VoucherEntry).where(VoucherEntry.voucher_id == v.id).order_by(VoucherEntry.id))))
            for v in demo.exec(select(Voucher).where(Voucher.source_type.in_(("payment", "bank_deposit")))))
        assert vouchers
        inv_state = [(i.open_amount, i.status) for i in demo.exec(select(Invoice).order_by(Invoice.id))]
        assert ledger_ok(demo)
        return out, vouchers, inv_state

    bulk = run(True)
    # undo: a clean second world with the same invoices
    from tests.conftest import _truncate
    demo.rollback()  # end the session's transaction first: TRUNCATE on PostgreSQL waits for its locks
    demo.expunge_all()
    _truncate(demo.get_bind())
    from core.demo import DEMO
    from core.registers import register as regs
    regs.load_registry(demo, DEMO, actor="test")
    demo.commit()
    for i in range(6):
        invoice(demo, f"{100 + i}.00", customer=("10001", "10002")[i % 2])
    single = run(False)
    assert bulk == single


def test_targeted_book_decides_exactly_as_the_full_book(demo):
    """The import loads only the invoices a file reaches (fetching the rest on the spot); on a generated file with
    typos, partial and repeated payments, overpayments, an advice, amount + payer, unknown references and
    deductions, every decision equals the one made with every open invoice of the agency loaded."""
    from intake.bankfiles import parse_bank_file

    agency = registers.agency_by_code(demo, "HYDRO-SE")
    amounts = ["100.00", "100.00", "250.00", "250.00", "399.00", "1000.00", "1200.00", "77.00", "77.00", "640.00",
               "55.00", "410.00", "980.00", "120.00", "333.00"]
    invs = [invoice(demo, a, customer=("10001", "10002", "10004")[i % 3]) for i, a in enumerate(amounts)]
    paid = invoice(demo, "500.00")
    import_(demo, bgmax([pay("500.00", paid.reference)]))
    cn = crediting.credit(demo, paid, "price reduction", invoice_date=PAYDAY)   # open credit note -500
    adv = PaymentAdvice(agency_id=agency.id, payer_name="Mälardalens Miljökonsult AB", payment_date=PAYDAY,
                        total=D("1732.00"), currency="SEK")
    demo.add(adv)
    demo.flush()
    demo.add_all([PaymentAdviceItem(advice_id=adv.id, invoice_number=invs[5].number, amount=D("1000.00")),
                  PaymentAdviceItem(advice_id=adv.id, reference=invs[6].reference, amount=D("732.00"))])
    demo.commit()

    def typo(ref, k):
        return (ref[:-1] + str((int(ref[-1]) + 1) % 10) if k == 0 else ref[:-3] + ref[-2] + ref[-3] + ref[-1]
                if k == 1 else ref[:2] + ref[3:])

    pays = [pay("100.00", invs[0].reference),                       # exact
            pay("60.00", invs[2].reference), pay("190.00", invs[2].reference),   # partial, then the rest
            pay("100.00", invs[2].reference),                       # its invoice is paid in this file: unplaced
            pay("1500.00", invs[4].reference),                      # overpayment
            pay("77.00", typo(invs[7].reference, 0), reference_code="3"),   # typo, two 77.00: payer decides
            pay("640.00", typo(invs[9].reference, 1), reference_code="3"),
            pay("55.00", typo(invs[10].reference, 2), reference_code="3"),
            pay("410.00", typo(invs[11].reference, 0), reference_code="3"),
            pay("1732.00", name="Mälardalens Miljökonsult AB"),     # the advice
            pay("980.00", org_no="165567124085"),                   # amount + payer
            pay("190.00", org_no="5568932171"),                     # amount of a rest left above
            pay("250.00", name="Nobody AB"),                        # amount fits two, no payer
            pay("12.34", "9" * 12, reference_code="3"),             # unknown
            pay("120.00", typo(invs[13].reference, 0)[:-1] + "55", reference_code="3"),   # no fit: suggestions
            pay("333.00", ""),                                      # no reference, no payer
            pay("500.00", cn.number, deduction=True, reference_code="3"),   # deduction settles the credit note
            pay("20.00", "999", deduction=True, reference_code="3"),        # deduction nobody placed
            pay("500.00", paid.reference)]                          # the invoice is credited: customer credit
    bf = parse_bank_file(bgmax(pays, serial=2), None)
    facts = [facts_of(p) for p in bf.payments]

    def decisions(book):
        book_loader.prepare(demo, agency.id, book, facts)
        out = []
        for f in facts:
            d = matching.decide(f, book)
            book.apply(d)
            out.append(d)
        return out

    full = decisions(book_loader.load_book(demo, agency.id))
    targeted_book = book_loader.load_book(demo, agency.id, only=facts)
    assert len(targeted_book.items) < len(book_loader.load_book(demo, agency.id).items)
    targeted = decisions(targeted_book)
    assert targeted == full
    methods = [d.method for d in full]
    assert {"reference", "reference_fuzzy", "advice", "amount_payer", None} <= set(methods)
    assert any(d.overpayment for d in full) and any(d.suggestions for d in full)
    assert any(p.amount < 0 for d in full for p in d.allocations)
