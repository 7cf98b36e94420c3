"""The book's credit notes carry the reference of the invoice they credit (core.payments.book_loader reads it by a
subquery on the credited invoice's key): a deduction that cites the credited invoice's OCR settles the note."""
from __future__ import annotations

from decimal import Decimal as D

from core.billing import crediting
from core.payments import book_loader
from core.payments.reference_keys import ref_key
from tests.payments.helpers import PAYDAY, balance, bgmax, import_, invoice, ledger_ok, pay


def test_the_book_knows_a_credit_notes_credited_reference(demo):
    paid = invoice(demo, "500.00")
    import_(demo, bgmax([pay("500.00", paid.reference)]))
    cn = crediting.credit(demo, paid, "price reduction", invoice_date=PAYDAY)
    demo.commit()
    source = book_loader.SqlSource(demo, cn.agency_id)
    [note] = source.credit_notes()
    assert note.id == cn.id and note.credited_key == ref_key(paid.reference)
    [by_number] = source.with_numbers([cn.number])
    assert by_number.credited_key == note.credited_key


def test_a_deduction_citing_the_credited_invoices_reference_settles_the_note(demo):
    paid = invoice(demo, "500.00")
    import_(demo, bgmax([pay("500.00", paid.reference)]))
    cn = crediting.credit(demo, paid, "price reduction", invoice_date=PAYDAY)
    demo.commit()
    nxt = invoice(demo, "800.00")
    res = import_(demo, bgmax([pay("800.00", nxt.reference), pay("500.00", paid.reference, deduction=True,
                                                                reference_code="3")], serial=2))
    assert res.deductions == 1 and res.matched["reference"] == 2
    demo.refresh(cn)
    assert cn.open_amount == 0 and cn.status == "paid"
    assert balance(demo, "1930") == D("800.00") and ledger_ok(demo)
