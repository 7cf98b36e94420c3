"""Master-data requests and invoicing slots through the e-mail intake, end to end: question mail out through the
one outbox, the reply answers the change, a clerk approves it, the next invoice uses the new price; a scheduled
agency's request waits for its slot and the slot's summary goes out through the same sender."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlmodel import select

from core.billing.models import Invoice, InvoiceLine
from core.platform.db import session_scope
from core.platform.models import MailNotice
from core.registers.models import Agency, Article
from core.requests import masterdata
from core.requests.models import BatchEntry, ChangeRequest, InvoiceRequest
from core.runs import scheduler
from intake import pipeline
from tests.support.mail import HYDRO, drop, make_mail, outbox, reply_to, rows

PRICE_CHANGE = """Hej,

vi har ändrat pris på konsultationer.

Artikelkod: 1010
Benämning: Konsultation, per timme
Enhet: tim
Nytt pris: 1 250,00 kr
Moms:

Mvh Maria
"""

REQUEST = """Hej!

Vänligen fakturera enligt nedan.

Kund: Byggbolaget i Norr AB
Org.nr: 556712-4085

Artikel: 1010 Konsultation, per timme
Antal: 2

Med vänliga hälsningar
Maria Lindgren
"""


def test_article_price_change_by_mail_question_reply_approve_then_invoice_uses_new_price(box):
    drop(box, make_mail(PRICE_CHANGE, subject="Prisändring artikel 1010"))
    counts = pipeline.poll_once(box)
    assert counts["processed"] == 1 and counts["changes"] == 1 and counts["mails_sent"] == 1
    [change] = rows(ChangeRequest)
    assert change.status == "waiting_for_answer" and change.questions == ["data.vat_code"]
    assert change.requested_by == HYDRO and change.message_id is not None

    [question] = outbox(box)
    assert str(question["Subject"]).startswith(f"[{change.token}]")
    assert question["Message-ID"] == f"<{change.token}.1@servicecentret.se>"
    assert "(data.vat_code)" in question.get_content()
    [notice] = rows(MailNotice)
    assert (notice.kind, notice.change_id, notice.status) == ("md_questions", change.id, "sent")

    raw_question = sorted(Path(box.outgoing.path).glob("*.eml"))[0].read_bytes()
    drop(box, reply_to(raw_question, "Moms 25 %, som tidigare."))
    counts = pipeline.poll_once(box)
    assert counts["processed"] == 1 and counts["replies"] == 1 and counts["quarantined"] == 0
    [change] = rows(ChangeRequest)
    assert change.status == "pending_approval" and change.data["vat_code"] == "standard"

    with session_scope() as s:
        masterdata.approve_change(s, change.id, "clerk:anna")
    [article] = rows(Article, Article.code == "1010")
    assert article.unit_price == 1250

    drop(box, make_mail(REQUEST))
    pipeline.poll_once(box)
    [inv] = rows(Invoice)
    assert inv.status == "issued" and inv.net_total == 2 * 1250
    [line] = rows(InvoiceLine, InvoiceLine.invoice_id == inv.id)
    assert line.unit_price == 1250


def test_scheduled_agency_request_waits_for_its_slot_and_summary_goes_by_the_one_sender(box):
    with session_scope() as s:
        s.exec(select(Agency).where(Agency.code == "HYDRO-SE")).one().invoicing_schedule = "daily 14:00"
    drop(box, make_mail(REQUEST))
    pipeline.poll_once(box)
    [req] = rows(InvoiceRequest)
    [inv] = rows(Invoice)
    assert req.status == "queued" and inv.status == "draft" and inv.number is None
    assert [e.invoice_id for e in rows(BatchEntry)] == [inv.id]
    assert rows(Agency, Agency.code == "HYDRO-SE")[0].auto_issue is True  # nothing flipped

    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1, hours=1)
    [summary] = scheduler.batch_job("intake.outgoing_mail:deliver_pending", now=later)
    assert summary["issued_count"] == 1 and summary["issued"][0]["request"] == req.token
    [inv] = rows(Invoice)
    assert inv.status == "issued"
    [mail] = rows(MailNotice, MailNotice.kind == "batch_summary")
    assert mail.status == "sent" and mail.to_addr == HYDRO and req.token in mail.body
