"""Master-data requests by e-mail: question, answer, approval, dated prices; invoices keep their snapshot."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from sqlmodel import select

from core.billing import drafting, issuing
from core.billing.delivery import printing
from core.billing.drafting import DraftOptions, LineInput
from core.kernel.errors import DomainError
from core.platform.models import MailNotice
from core.registers import policies
from core.registers import register as registers
from core.registers.models import ArticlePrice, RegisterVersion
from core.requests import masterdata
from core.views.invoice import invoice_dict
from intake.parse import parse_message

FIX = Path(__file__).resolve().parent.parent / "intake" / "fixtures" / "masterdata"


def _registry(session):
    return registers.registry_dict(session)


def _invoice(session, supply: dt.date, customer: str = "10002", qty: str = "2"):
    agency = registers.agency_by_code(session, "HYDRO-SE")
    cust = registers.find_customer(session, customer, agency)
    inv = drafting.create_draft(session, agency, cust, [LineInput(article_code="1010", quantity=qty)],
                                DraftOptions(invoice_date=supply, supply_date=supply))
    issuing.issue(session, inv, force=bool(inv.warnings), force_reason="test" if inv.warnings else None)
    session.commit()
    return inv


def _reply(question: MailNotice, answer: str) -> bytes:
    quoted = "\n".join("> " + ln for ln in question.body.splitlines())
    return (f"From: fakturering@hydrografiverket.se\nTo: kundfaktura@servicecentret.se\n"
            f"Subject: SV: {question.subject}\nDate: Tue, 03 Mar 2026 08:00:00 +0100\n"
            f"Message-ID: <answer-1@hydrografiverket.se>\nIn-Reply-To: {question.message_id}\n"
            f"MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{answer}\n\nKarin\n\nDen 2 mars 2026 skrev Servicecentret:\n{quoted}\n").encode()


def test_article_change_by_email_question_answer_approve(demo):
    session = demo
    old = _invoice(session, dt.date(2026, 3, 16))
    assert invoice_dict(session, old)["lines"][0]["unit_price"] == "1150.00"

    parsed = parse_message((FIX / "sv_article_change_no_vat.eml").read_bytes(), _registry(session))
    assert parsed["kind"] == "masterdata_request"
    md = parsed["masterdata"]
    assert md["entity"] == "article" and md["action"] == "update" and md["valid_from"] == "2026-04-01"
    assert md["data"]["unit_price"] == "1250.00" and md["questions"] == ["data.vat_code"]

    agency = registers.agency_by_code(session, parsed["agency"])
    change = masterdata.create_change(session, agency, md["entity"], md["action"], md["data"], md["valid_from"],
                                      source="email", actor="intake", requested_by="fakturering@hydrografiverket.se",
                                      questions=md["questions"])
    session.commit()
    assert change.status == "waiting_for_answer" and change.questions == ["data.vat_code"]
    with pytest.raises(DomainError):
        masterdata.approve_change(session, change.id, "clerk")
    session.rollback()
    mail = session.exec(select(MailNotice).where(MailNotice.change_id == change.id)).one()
    assert change.token in mail.subject and "(data.vat_code)" in mail.body
    assert mail.to_addr == "fakturering@hydrografiverket.se"

    reply = parse_message(_reply(mail, "Moms 25 %, som tidigare."), _registry(session))
    assert reply["kind"] == "reply" and reply["in_reply_to_token"] == change.token
    assert reply["masterdata_answers"] == {"data.vat_code": "25"}
    found = masterdata.find_change_by_token(session, reply["in_reply_to_token"])
    masterdata.answer_change(session, found.id, reply["masterdata_answers"], "fakturering@hydrografiverket.se")
    session.commit()
    assert found.status == "pending_approval" and found.questions == [] and found.data["vat_code"] == "standard"

    version = masterdata.approve_change(session, change.id, "clerk:anna")
    session.commit()
    assert change.status == "applied" and version.actor == "clerk:anna" and version.source == "email"
    assert version.before["unit_price"] == "1150.0000" and version.after["price_from"]["unit_price"] == "1250.00"
    row = session.exec(select(ArticlePrice)).one()
    assert row.valid_from == dt.date(2026, 4, 1) and row.unit_price == Decimal("1250.00")

    before_date = _invoice(session, dt.date(2026, 3, 20), customer="10004", qty="1")
    new = _invoice(session, dt.date(2026, 4, 10), customer="10001", qty="3")
    assert invoice_dict(session, before_date)["lines"][0]["unit_price"] == "1150.00"
    assert invoice_dict(session, new)["lines"][0]["unit_price"] == "1250.00"
    assert new.net_total == Decimal("3750.00")

    # a customer change afterwards: the old invoice re-rendered still shows the old price and address
    cchange = masterdata.create_change(session, agency, "customer", "update",
                                       {"customer_number": "10002", "address": "Storgatan 1, 722 15 Västerås"},
                                       source="web", actor="web")
    masterdata.approve_change(session, cchange.id, "clerk:anna")
    session.commit()
    assert registers.find_customer(session, "10002").street == "Storgatan 1"
    html = printing.render_html(session, old)
    assert "Kungsgatan 41" in html and "Storgatan 1" not in html
    assert invoice_dict(session, old)["lines"][0]["unit_price"] == "1150.00"
    assert len(masterdata.versions(session, "customer", cchange.target_id)) == 1
    assert session.exec(select(RegisterVersion)).all()[0].change_id == change.id


def test_csv_articles_create_and_policy_auto_apply(demo):
    session = demo
    parsed = parse_message((FIX / "fi_article_csv.eml").read_bytes(), _registry(session))
    assert parsed["kind"] == "masterdata_request" and len(parsed["masterdata_changes"]) == 2
    agency = registers.agency_by_code(session, "VESI-FI")
    policies.set_masterdata_policy(session, agency.id, True, "admin")
    done = [masterdata.create_change(session, agency, c["entity"], c["action"], c["data"], c["valid_from"],
                                     source="email", questions=c["questions"])
            for c in parsed["masterdata_changes"]]
    session.commit()
    assert [c.status for c in done] == ["applied", "waiting_for_answer"]
    art = session.exec(select(registers.Article).where(registers.Article.code == "V300")).one()
    assert art.vat_code == "standard" and art.vat_rate == Decimal("25.5") and art.unit_price == Decimal("240")
    masterdata.answer_change(session, done[1].id, {"data.vat_code": "25,5 %"}, "clerk")
    assert done[1].status == "applied"  # the policy applies it as soon as it is complete
    with pytest.raises(DomainError):  # a duplicate article is refused
        masterdata.create_change(session, agency, "article", "create",
                                 {"code": "V300", "name": "x", "vat_code": "25.5"})


def test_validation_names_the_field(demo):
    session = demo
    agency = registers.agency_by_code(session, "HYDRO-SE")
    c = masterdata.create_change(session, agency, "einvoice_address", "update",
                                 {"customer_number": "10002", "peppol_id": "0007:556893-2171"})
    assert c.status == "pending_approval" and c.data["peppol_id"] == "0007:5568932171"
    with pytest.raises(DomainError) as exc:
        masterdata.create_change(session, agency, "einvoice_address", "update",
                                 {"customer_number": "10001", "peppol_id": "0007:5568932172"})
    assert exc.value.field == "data.peppol_id"
    new = masterdata.create_change(session, agency, "customer", "create",
                                   {"name": "Ny Kund AB", "org_no": "556712-4086"})
    assert "data.org_no" in new.questions and "data.address" in new.questions
