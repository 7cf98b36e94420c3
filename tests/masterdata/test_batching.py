"""The agreed invoicing schedule: queued requests are issued together at the slot, with one summary."""
from __future__ import annotations

import datetime as dt

from sqlmodel import select

from core.billing.models import Invoice
from core.platform.models import MailNotice
from core.registers import register as registers
from core.requests import lifecycle as requests
from core.requests import schedule as batching
from core.requests.models import BatchSlot


def _req(org_no: str, qty: str | None) -> dict:
    return {"customer": {"org_no": org_no}, "currency": "SEK",
            "lines": [{"article": "1010", "quantity": qty, "unit_price": None}]}


def test_schedules():
    now = dt.datetime(2026, 3, 4, 15, 0)  # a Wednesday
    assert batching.next_slot("continuous", now) is None
    assert batching.next_slot("daily 14:00", now) == dt.datetime(2026, 3, 5, 14, 0)
    assert batching.next_slot("daily 14:00", now.replace(hour=9)) == dt.datetime(2026, 3, 4, 14, 0)
    assert batching.next_slot("weekly mon,thu 14:00", now) == dt.datetime(2026, 3, 5, 14, 0)
    assert batching.next_slot("weekly mon 08:30", now) == dt.datetime(2026, 3, 9, 8, 30)
    assert batching.next_slot("monthly last 14:00", now) == dt.datetime(2026, 3, 31, 14, 0)
    assert batching.next_slot("monthly 1,15 14:00", now) == dt.datetime(2026, 3, 15, 14, 0)
    assert batching.last_slot("monthly last 14:00", now) == dt.datetime(2026, 2, 28, 14, 0)


def test_slot_issues_three_queued_requests_with_one_summary(demo):
    session = demo
    agency = registers.agency_by_code(session, "HYDRO-SE")
    agency.invoicing_schedule = "daily 14:00"
    session.add(agency)
    morning = dt.datetime(2026, 3, 2, 10, 0)
    reqs = [requests.submit(session, agency, _req(org, qty), source="email", actor="intake", now=morning,
                            requested_by="fakturering@hydrografiverket.se")
            for org, qty in (("556712-4085", "2"), ("556893-2171", "3"), ("212000-2411", "4"))]
    waiting = requests.submit(session, agency, _req("556893-2171", None), source="email", now=morning,
                              requested_by="fakturering@hydrografiverket.se")
    session.commit()
    assert [r.status for r in reqs] == ["queued"] * 3 and waiting.status == "waiting_for_answer"
    assert {session.get(Invoice, r.invoice_id).status for r in reqs} == {"draft"}
    assert all(session.get(Invoice, r.invoice_id).number is None for r in reqs)

    # 13:00: the slot has not come; yesterday's (missed) slot has nothing queued before it
    early = batching.run_due_slots(session, dt.datetime(2026, 3, 2, 13, 0))
    session.commit()
    assert [s["issued_count"] for s in early] == [0]
    assert all(r.status == "queued" for r in reqs)

    summaries = batching.run_due_slots(session, dt.datetime(2026, 3, 2, 14, 5))
    session.commit()
    assert len(summaries) == 1
    s = summaries[0]
    assert s["slot"] == "2026-03-02T14:00" and s["issued_count"] == 3
    assert [i["request"] for i in s["issued"]] == [r.token for r in reqs]
    assert s["totals"]["SEK"]["net"] == "10350.00" and s["totals"]["SEK"]["total"] == "12937.50"
    assert [h["request"] for h in s["held_back"]] == [waiting.token]
    assert "waiting for an answer: lines[0].quantity" == s["held_back"][0]["reason"]
    assert all(r.status == "invoiced" for r in reqs)
    assert all(session.get(Invoice, r.invoice_id).status == "issued" for r in reqs)

    # a second worker (or a second run) finds the slot taken: nothing happens twice
    assert batching.run_due_slots(session, dt.datetime(2026, 3, 2, 14, 6)) == []
    assert batching.claim_slot(session, agency, dt.datetime(2026, 3, 2, 14, 0)) is None
    assert len(session.exec(select(BatchSlot).where(BatchSlot.agency_id == agency.id)).all()) == 2
    mails = session.exec(select(MailNotice).where(MailNotice.kind == "batch_summary")).all()
    assert len(mails) == 1 and mails[0].to_addr == "fakturering@hydrografiverket.se"
    assert reqs[0].token in mails[0].body and waiting.token in mails[0].body


def test_urgent_and_continuous_are_issued_at_once(demo):
    session = demo
    agency = registers.agency_by_code(session, "HYDRO-SE")
    agency.invoicing_schedule = "weekly mon,thu 14:00"
    urgent = requests.submit(session, agency, _req("556712-4085", "2"), urgent=True, source="web")
    assert urgent.status == "invoiced"
    agency.invoicing_schedule = "continuous"
    now = requests.submit(session, agency, _req("556893-2171", "1"), source="web")
    assert now.status == "invoiced" and agency.auto_issue is True


def test_invoice_issued_by_hand_while_queued_is_skipped_not_held(demo):
    """A clerk issues one queued invoice by hand before the slot (a customer in a hurry): the slot issues the
    others, does not list that one as held back, marks its entry skipped, and its request stays invoiced."""
    from core.billing import issuing
    from core.requests.models import BatchEntry

    session = demo
    agency = registers.agency_by_code(session, "HYDRO-SE")
    agency.invoicing_schedule = "daily 14:00"
    session.add(agency)
    morning = dt.datetime(2026, 3, 2, 10, 0)
    reqs = [requests.submit(session, agency, _req(org, "2"), source="email", actor="intake", now=morning,
                            requested_by="fakturering@hydrografiverket.se") for org in ("556712-4085", "556893-2171")]
    session.commit()
    by_hand = session.get(Invoice, reqs[0].invoice_id)
    issuing.issue(session, by_hand, actor="clerk")
    session.commit()
    number = by_hand.number
    s = batching.run_due_slots(session, dt.datetime(2026, 3, 2, 14, 5))[0]
    session.commit()
    assert s["issued_count"] == 1 and [i["request"] for i in s["issued"]] == [reqs[1].token]
    assert s["held_count"] == 0 and s["held_back"] == [], s["held_back"]
    entry = session.exec(select(BatchEntry).where(BatchEntry.invoice_id == by_hand.id)).one()
    assert entry.status == "skipped" and entry.reason == "already issued before the slot"
    session.refresh(by_hand)
    assert by_hand.number == number and by_hand.status == "issued"  # issued once, not again
    assert {session.get(type(reqs[0]), r.id).status for r in reqs} == {"invoiced"}


def test_a_slot_issues_a_queued_draft_to_the_day_of_issue_address_and_account(demo):
    """Before: a request queued in the morning was drafted with the customer's address and the agency's bankgiro
    of that moment; the customer's move (approved at noon) and the agency's new bankgiro did not reach the invoice
    the slot issued at 14:00 — its PDF went to the old street and asked to be paid to the old account, while
    `issue` by hand takes the day-of-issue parties."""
    import io

    from pypdf import PdfReader

    from core.billing.delivery import printing
    from core.requests import masterdata

    session = demo
    agency = registers.agency_by_code(session, "HYDRO-SE")
    agency.invoicing_schedule = "daily 14:00"
    session.add(agency)
    morning = dt.datetime(2026, 3, 2, 10, 0)
    req = requests.submit(session, agency, _req("556712-4085", "2"), source="email", actor="intake", now=morning,
                          requested_by="fakturering@hydrografiverket.se")
    session.commit()
    draft = session.get(Invoice, req.invoice_id)
    old_street, old_bankgiro = draft.customer_snapshot["street"], draft.seller_snapshot["bankgiro"]
    change = masterdata.create_change(session, agency, "customer", "update",
                                      {"org_no": "556712-4085", "street": "Nya vägen 7"}, None,
                                      source="email", actor="intake", requested_by="fakturering@hydrografiverket.se")
    masterdata.approve_change(session, change.id, "clerk")
    agency.bankgiro = "5051-8834"
    session.add(agency)
    session.commit()
    assert old_street != "Nya vägen 7" and old_bankgiro != "5051-8834"

    batching.run_due_slots(session, dt.datetime(2026, 3, 2, 14, 5))
    session.commit()
    inv = session.get(Invoice, req.invoice_id)
    session.refresh(inv)
    assert inv.status == "issued"
    assert inv.customer_snapshot["street"] == "Nya vägen 7" and inv.seller_snapshot["bankgiro"] == "5051-8834"
    pdf = printing.render_pdf(session, inv)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Nya vägen 7" in text and old_street not in text, text
    assert "5051-8834" in text and old_bankgiro not in text, text


def test_a_slot_writes_the_day_of_issue_name_into_the_columns_the_reports_read(demo):
    """The reports list an invoice's customer from the plain columns written with its snapshot (issue #16); a slot
    issues in bulk and named the columns it writes, so a customer renamed while its draft waited was printed with
    the new name and listed in the open items with the old one."""
    session = demo
    agency = registers.agency_by_code(session, "HYDRO-SE")
    agency.invoicing_schedule = "daily 14:00"
    session.add(agency)
    req = requests.submit(session, agency, _req("556712-4085", "2"), source="email", actor="intake",
                          now=dt.datetime(2026, 3, 2, 10, 0), requested_by="fakturering@hydrografiverket.se")
    session.commit()
    draft = session.get(Invoice, req.invoice_id)
    customer = registers.find_customer(session, draft.customer_snapshot["customer_number"], agency)
    customer.name = "Omdöpt Mätteknik AB"
    session.add(customer)
    session.commit()

    batching.run_due_slots(session, dt.datetime(2026, 3, 2, 14, 5))
    session.commit()
    inv = session.get(Invoice, req.invoice_id)
    session.refresh(inv)
    assert inv.status == "issued" and inv.customer_snapshot["name"] == "Omdöpt Mätteknik AB"
    assert (inv.customer_name, inv.customer_number) == ("Omdöpt Mätteknik AB", inv.customer_snapshot["customer_number"])
