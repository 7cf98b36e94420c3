"""Invoicing by file (core.requests.batch_import): what an agency's file does — good invoices issued in bulk, bad
rows never issued and named (row, field, reason, in the agency's language), gaps asked as questions, the same file
twice issues nothing new, all-or-nothing issues nothing when one row is bad; CSV in UTF-8 and Windows-1252 with
decimal comma or point, XLSX, JSON, and the Excel template round trip."""
from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import openpyxl
import pytest
from sqlmodel import select

from core.billing.models import Invoice, InvoiceLine
from core.registers import register as registers
from core.registers.models import AgencyCustomer
from core.requests import batch_import, batch_template
from core.requests.models import InvoiceBatch, InvoiceRequest, Question

HEAD = "invoice_key;customer_number;org_no;customer_name;invoice_date;article;description;quantity;unit_price;" \
       "vat_rate;text\n"
DAY = "2026-11-30"


def _csv(rows: list[str], head: str = HEAD) -> str:
    return head + "".join(r + "\n" for r in rows)


def _import(session, content: bytes, name: str = "f.csv", agency: str = "HYDRO-SE", **kw) -> dict:
    a = registers.agency_by_code(session, agency)
    r = batch_import.import_bytes(session, a, content, name, source="cli", actor="test", **kw)
    session.commit()
    return r


def _issued(session) -> list[Invoice]:
    return list(session.exec(select(Invoice).where(Invoice.status == "issued").order_by(Invoice.id)))


@pytest.mark.parametrize("encoding,price", [("utf-8", "1 150,00"), ("cp1252", "1150.00"), ("utf-8-sig", "1150,5"),
                                            ("cp1252", "1,150.00")])
def test_csv_encodings_and_decimal_styles(demo, encoding, price):
    text = _csv([f"A;10001;;;{DAY};1010;Konsultation åäö;2;{price};25;Tillsyn för året",
                 f"A;10001;;;{DAY};3010;;1;;;",
                 "B;10002;;;30.11.2026;1020;;1,5;;;"])
    r = _import(demo, text.encode(encoding))
    assert (r["rows"], r["invoices"], r["issued"], r["rejected"]) == (3, 2, 2, 0), r["errors"]
    inv = _issued(demo)
    lines = demo.exec(select(InvoiceLine).where(InvoiceLine.invoice_id == inv[0].id)
                      .order_by(InvoiceLine.line_no)).all()
    expect = Decimal("1150.50") if price == "1150,5" else Decimal("1150.00")
    assert lines[0].unit_price == expect and lines[0].description == "Konsultation åäö"
    assert lines[1].unit_price == Decimal("450.0000") and lines[1].vat_rate == Decimal("6")  # register price, VAT
    assert inv[0].note == "Tillsyn för året" and inv[0].invoice_date == dt.date(2026, 11, 30)
    assert inv[1].invoice_date == dt.date(2026, 11, 30) and inv[1].net_total == Decimal("14700.00")


def test_bad_rows_never_issue_and_are_named(demo):
    text = _csv([f"OK;10001;;;{DAY};1010;;2;;;",
                 f"BAD1;10002;;;{DAY};9999;;1;;;",            # unknown article
                 f"BAD1;10002;;;{DAY};1010;;1;;;",
                 f"BAD2;10004;;;{DAY};1010;;2;;12;",           # VAT other than the article's
                 f"BAD3;;5567124080;;{DAY};1010;;1;;;",        # invalid org number (check digit)
                 "BAD4;10001;;;32.13.2026;1010;;x;;;",         # no date, no number
                 f"BAD5;10002;;;{DAY};1010;;1;100,00;;"])      # price far from the register price
    r = _import(demo, text.encode())
    assert r["issued"] == 1 and r["rejected"] == 5 and r["status"] == "partial"
    got = {(e["row"], e["field"], e["code"]) for e in r["errors"]}
    assert {(3, "article", "unknown_article"), (5, "vat_rate", "vat_mismatch"), (6, "org_no", "invalid_org_no"),
            (7, "invoice_date", "not_a_date"), (7, "quantity", "not_a_number"),
            (8, "unit_price", "price_deviation")} <= got
    reasons = {e["row"]: e["reason"] for e in r["errors"]}
    assert reasons[3] == "artikel 9999 finns inte i myndighetens register"  # HYDRO-SE writes Swedish
    assert len(_issued(demo)) == 1 and _issued(demo)[0].customer_snapshot["customer_number"] == "10001"
    assert demo.exec(select(Invoice)).all() == _issued(demo)  # nothing of a bad invoice was written


def test_receipt_in_the_agencys_language(demo):
    text = _csv([f"X;20001;;;{DAY};V999;;1;;;"])
    r = _import(demo, text.encode(), agency="VESI-FI")
    assert r["errors"][0]["reason"] == "nimike V999 ei ole viraston rekisterissä"


def test_same_file_or_batch_id_twice_issues_nothing_new(demo):
    content = _csv([f"A;10001;;;{DAY};1010;;2;;;", f"B;10002;;;{DAY};1010;;3;;;"]).encode()
    first = _import(demo, content, client_batch_id="nov-2026")
    again = _import(demo, content)
    same_id = _import(demo, content + b"C;10004;;;2026-11-30;1010;;1;;;\n", client_batch_id="nov-2026")
    assert first["issued"] == 2 and not first["already_imported"]
    for r in (again, same_id):
        assert r["already_imported"] and r["batch_id"] == first["batch_id"] and r["issued"] == 2
    assert len(_issued(demo)) == 2
    assert len(demo.exec(select(InvoiceBatch)).all()) == 1


def test_all_or_nothing_issues_nothing_when_one_row_is_bad(demo):
    a = registers.agency_by_code(demo, "HYDRO-SE")
    a.batch_policy = "all_or_nothing"
    demo.add(a)
    demo.commit()
    text = _csv([f"A;10001;;;{DAY};1010;;2;;;", f"B;10002;;;{DAY};1010;;1;;;", f"C;10004;;;{DAY};1010;;-;;;"])
    r = _import(demo, text.encode())
    assert r["issued"] == 0 and r["status"] == "rejected" and r["not_issued"] == 2
    assert [(e["row"], e["field"]) for e in r["errors"]] == [(4, "quantity")]
    assert demo.exec(select(Invoice)).all() == []
    fixed = _import(demo, text.replace(";-;", ";1;").encode())
    assert fixed["issued"] == 3 and fixed["status"] == "issued"


def test_gaps_become_questions_through_the_clarification_loop(demo):
    text = _csv([f"P;10001;;;{DAY};1090;;1;;;",                       # article without a register price
                 f"N;;5569876542;Nybolaget AB;{DAY};1010;;1;;;",        # new customer without an address
                 f"K;10002;;;{DAY};1010;;2;;;"])
    r = _import(demo, text.encode(), requested_by="fakturering@hydrografiverket.se")
    assert r["issued"] == 1 and r["questions"] == 2 and r["status"] == "partial"
    paths = {q.path for q in demo.exec(select(Question)).all()}
    assert paths == {"lines[0].unit_price", "customer.address"}
    reqs = demo.exec(select(InvoiceRequest)).all()
    assert {q.status for q in reqs} == {"waiting_for_answer"} and {q.source for q in reqs} == {"file"}
    assert {x["token"] for x in r["requests"]} == {q.token for q in reqs}
    assert {x["questions"][0]["row"] for x in r["requests"]} == {2, 3}


def test_new_customer_with_address_is_created_and_invoiced(demo):
    head = HEAD.strip() + ";street;postal_code;city\n"
    text = _csv([f"N;;556987-6542;Nybolaget AB;{DAY};1010;;1;;;;Storgatan 1;111 22;Stockholm"], head)
    r = _import(demo, text.encode())
    assert r["issued"] == 1, r["errors"]
    inv = _issued(demo)[0]
    assert inv.customer_snapshot["name"] == "Nybolaget AB" and inv.customer_snapshot["org_no"] == "556987-6542"


def test_dry_run_writes_nothing(demo):
    text = _csv([f"A;10001;;;{DAY};1010;;2;;;", f"B;10002;;;{DAY};9999;;1;;;"])
    r = _import(demo, text.encode(), dry_run=True)
    assert r["status"] == "validated" and r["ready"] == 1 and r["issued"] == 0 and len(r["errors"]) == 1
    assert [p["status"] for p in r["preview"]] == ["ok", "rejected"]
    assert demo.exec(select(Invoice)).all() == [] and demo.exec(select(InvoiceBatch)).all() == []


def test_json_batch(demo):
    a = registers.agency_by_code(demo, "HYDRO-SE")
    body = {"batch_id": "sys-42", "invoices": [
        {"invoice_key": "1", "customer": {"customer_number": "10001"}, "buyer_reference": "Anna",
         "invoice_date": DAY, "lines": [{"article": "1010", "quantity": "2"},
                                        {"description": "Resa", "quantity": 1, "unit_price": "350.00",
                                         "vat_rate": "25"}]},
        {"invoice_key": "2", "customer": {"org_no": "556893-2171"}, "lines": [{"article": "1020", "quantity": "1"}]}]}
    r = batch_import.import_json(demo, a, body, source="api", actor="test")
    demo.commit()
    assert (r["rows"], r["invoices"], r["issued"], r["client_batch_id"]) == (3, 2, 2, "sys-42")
    assert _issued(demo)[0].buyer_reference == "Anna" and _issued(demo)[0].total == Decimal("3312.50")
    again = batch_import.import_json(demo, a, body, source="api", actor="test")
    assert again["already_imported"] and len(_issued(demo)) == 2


def test_duplicate_within_the_file_is_rejected(demo):
    text = _csv([f"A;10001;;;{DAY};1010;;2;;;", f"B;10001;;;{DAY};1010;;2;;;"])
    r = _import(demo, text.encode())
    assert r["issued"] == 1 and r["errors"][0]["code"] == "duplicate_in_file" and r["errors"][0]["row"] == 3


def test_template_round_trip(demo):
    """Download the template, fill it with openpyxl as a person would in Excel, import it: invoices issued."""
    a = registers.agency_by_code(demo, "HYDRO-SE")
    demo.add(AgencyCustomer(agency_id=a.id, customer_id=registers.find_customer(demo, "10001").id, number="10001"))
    demo.commit()
    wb = openpyxl.load_workbook(io.BytesIO(batch_template.build_template(demo, a, "sv")))
    assert wb.sheetnames[:2] == ["Instruktioner", "Fakturarader"]
    ws = wb["Fakturarader"]
    assert ws.protection.sheet and ws["A1"].protection.locked
    formulas = {dv.formula1 for dv in ws.data_validations.dataValidation}
    assert "'Artiklar'!$A$2:$A$6" in formulas and "'Kunder'!$A$2:$A$2" in formulas
    assert wb["Artiklar"].sheet_state == "hidden" and wb["Artiklar"]["A2"].value == "1010"
    assert str(ws["A2"].value).startswith("#")  # the example rows
    ws.append(["F1", "10001", None, None, "Anna Berg", None, dt.datetime(2026, 11, 30), None, "1010", None, 3])
    ws.append(["F1", "10001", None, None, None, None, None, None, "2010", None, 1])
    buf = io.BytesIO()
    wb.save(buf)
    r = _import(demo, buf.getvalue(), "mall.xlsx")
    assert (r["format"], r["rows"], r["invoices"], r["issued"], r["unknown_columns"]) == ("xlsx", 2, 1, 1, [])
    inv = _issued(demo)[0]
    assert inv.buyer_reference == "Anna Berg" and inv.net_total == Decimal("6850.00")


def test_template_headers_in_every_language_map_back(demo):
    from core.requests.batch_format import COLUMNS, map_headers
    for lang, heads in batch_template.HEADINGS.items():
        mapping, unknown = map_headers(list(heads))
        assert unknown == [] and [mapping[i] for i in range(len(heads))] == list(COLUMNS), lang


def test_unreadable_file_raises(demo):
    with pytest.raises(batch_import.BatchFileError):
        _import(demo, b"just some text\nwithout headers\n")
    with pytest.raises(batch_import.BatchFileError):
        _import(demo, b"PK\x03\x04broken zip", "x.xlsx")


def test_issued_in_file_order_with_unbroken_numbers_across_chunks(demo, monkeypatch):
    monkeypatch.setattr(batch_import, "ISSUE_CHUNK", 2)
    custs = ["10001", "10002", "10004", "10001", "10002"]
    text = _csv([f"K{i};{c};;;{DAY};1010;;{i + 1};;;" for i, c in enumerate(custs)])
    r = _import(demo, text.encode())
    assert r["issued"] == 5 and [x["invoice_key"] for x in r["issued_invoices"]] == [f"K{i}" for i in range(5)]
    assert [x["number"] for x in r["issued_invoices"]] == [str(n) for n in range(10001, 10006)]
    assert [i.number for i in _issued(demo)] == [str(n) for n in range(10001, 10006)]


def test_rows_of_one_invoice_that_disagree_are_rejected(demo):
    text = _csv([f"A;10001;;;{DAY};1010;;2;;;", "A;10002;;;2026-12-01;1010;;1;;;", f"B;10002;;;{DAY};1010;;3;;;"])
    r = _import(demo, text.encode(), "f.csv", agency="HYDRO-SE")
    assert r["issued"] == 1 and r["issued_invoices"][0]["invoice_key"] == "B"
    assert {(e["row"], e["field"], e["code"]) for e in r["errors"]} == {(3, "customer_number", "differs"),
                                                                        (3, "invoice_date", "differs")}
    assert "rad 2" in r["errors"][0]["reason"]


def test_a_failed_import_leaves_nothing_behind_and_can_be_retried(demo, monkeypatch):
    """The batch's claim commits with its invoices or not at all (on SQLite too, where an outermost SAVEPOINT would
    commit on its own): an import that fails half-way leaves no batch row, so the file can be sent again."""
    from core.billing import issuing

    content = _csv([f"A;10001;;;{DAY};1010;;2;;;"]).encode()

    def broken(*_a, **_k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(issuing, "issue_many", broken)
    with pytest.raises(RuntimeError):
        _import(demo, content)
    demo.rollback()
    assert demo.exec(select(InvoiceBatch)).all() == []
    monkeypatch.undo()
    assert _import(demo, content)["issued"] == 1
