"""Reminder letters: putting the reminders a run recorded out, each exactly once.

A reminder run (core.runs.reminders) first records its reminders and fees in one transaction; the letters are
produced afterwards in batches, and the document and its `sent_at` are committed together per batch. A letter
written before a crash is simply rewritten by the next attempt, and a letter recorded as sent is never sent
again. The letters go out through core.billing.delivery.channels.deliver_many: printed ones in one batch PDF per
batch of the run (`batch-reminders-run<id>-….pdf` in the day's print folder), each also as its own PDF.
"""
from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session, col

from core.billing.delivery import channels
from core.billing.models import Invoice
from core.kernel.clock import utcnow
from core.platform import claims as runs
from core.platform import db
from core.platform.models import RunRecord
from core.registers.models import Agency
from core.runs.models import Reminder

_rem, _run = Reminder.__table__.c, RunRecord.__table__.c


def deliver_pending(run_id: int, actor: str = "system", url: str | None = None, batch: int = 2000) -> int:
    """Produce the reminder documents of a run that are not out yet (each exactly once: the document and its
    sent_at are committed together per batch; a file written before a crash is simply rewritten)."""
    done = 0
    while True:
        with db.session_scope(url) as session:
            # take the run's row first: deliverers of the same run (a rerun, a second worker) queue here, and
            # the one after sees what the one before committed
            session.execute(sa.update(RunRecord.__table__).where(_run.id == run_id)
                            .values(worker=runs.worker_name()))
            rows = session.execute(
                sa.select(Reminder, Invoice, Agency).join(Invoice, col(Invoice.id) == _rem.invoice_id)
                .join(Agency, col(Agency.id) == _rem.agency_id)
                .where(_rem.run_id == run_id, _rem.sent_at.is_(None)).order_by(_rem.id).limit(batch)
            ).all()
            if not rows:
                return done
            now = utcnow()
            docs = deliver_reminders(session, [(inv, rem) for rem, inv, _agency in rows], actor,
                                     f"reminders-run{run_id}")
            updates = [{"rid": rem.id, "doc": doc, "at": now} for (rem, _, _), doc in zip(rows, docs)]
            session.execute(sa.update(Reminder.__table__).where(_rem.id == sa.bindparam("rid"))
                            .values(document=sa.bindparam("doc"), sent_at=sa.bindparam("at")),
                            updates)
            done += len(rows)


def deliver_reminders(session: Session, letters: list[tuple[Invoice, Reminder]], actor: str,
                      batch_label: str | None = None) -> list[str]:
    """The one function that puts reminders out: core.billing.delivery (print channel: the letters of one batch
    in one batch PDF of the day's print folder, each also as its own PDF; a Finnish consumer with an e-invoice
    proposal gets Finvoice), each recorded once per invoice and reminder number; returns each letter's file.
    A letter shows the open amount as it was when the reminder was made plus the fee (the invoice's own open
    amount already includes the fee), so it is rendered from an unattached copy of the invoice carrying that
    amount; nothing about the invoice is changed."""
    items = []
    for inv, rem in letters:
        shown = Invoice(**{c.name: getattr(inv, c.name) for c in Invoice.__table__.columns})
        shown.open_amount = rem.open_amount
        items.append(channels.Item(shown, "reminder", rem.reminder_no, {"fee": rem.fee, "due_date": rem.due_date},
                                   rem.reminder_date))
    return [d.record.file_path for d in channels.deliver_many(session, items, actor, batch_label)]

