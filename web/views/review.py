"""The clerk's check of a request the straight-through rule held (intake.gate, core.requests.review), the learned
layout hints per sender, and the request page an agency user sees (status, open questions, an answer form).

The check page shows why the request was held, and per value its evidence (part, line/row/cell, rule, how sure)
next to the message text with the source lines highlighted; the clerk confirms (the request goes on to its
invoice by the usual path), corrects a value first (web.views.queue.correct), or rejects it.
"""
from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from core import access
from core.platform.models import InboundMessage
from core.requests import clarifications, layout_hints
from core.requests import lifecycle as requests
from core.requests.models import InvoiceRequest, LayoutHint
from intake import layouts
from intake.evidence import part_texts
from intake.extract.mime import parse_mail
from intake.parse import _body_text
from web import data
from web.access import staff_required
from web.actions import attempt

bp = Blueprint("review", __name__)


def message_parts(msg: InboundMessage | None, evidence: dict[str, Any]) -> list[dict[str, Any]]:
    """The message's text parts as numbered lines, each line with the value paths read from it."""
    if msg is None or not msg.raw:
        return []
    by_line: dict[tuple[str, int], list[str]] = {}
    for path, ev in evidence.items():
        if isinstance(ev, dict) and isinstance(ev.get("line"), int):
            by_line.setdefault((str(ev.get("part")), ev["line"]), []).append(path)
    out = []
    for label, (text, _level) in part_texts(parse_mail(msg.raw), _body_text).items():
        lines = text.replace("\r\n", "\n").split("\n")
        out.append({"label": label, "lines": [{"n": n, "text": t, "paths": by_line.get((label, n), [])}
                                               for n, t in enumerate(lines, start=1)]})
    return out


def value_rows(req: InvoiceRequest, found: list[dict[str, str]]) -> list[dict[str, Any]]:
    """Every value of the request with its evidence and the reasons about it (for the side-by-side table)."""
    d = req.data or {}
    values: list[tuple[str, Any]] = [(f"customer.{k}", v) for k, v in (d.get("customer") or {}).items()
                                     if not isinstance(v, dict)]
    values += [(k, d.get(k)) for k in ("buyer_reference", "order_reference")]
    for i, ln in enumerate(d.get("lines") or []):
        values += [(f"lines[{i}].{k}", ln.get(k)) for k in ("article", "description", "quantity", "unit_price",
                                                              "vat_rate", "period_start", "period_end")]
    prov = req.provenance or {}
    rows = []
    for path, value in values:
        ev = prov.get(path) or (prov.get(path.replace("period_start", "period").replace("period_end", "period"))
                                if "period" in path else None) or {}
        rows.append({"path": path, "value": value, "ev": ev,
                     "reasons": [f for f in found if f.get("path") == path]})
    return rows


@bp.get("/review/<int:request_id>")
@staff_required
def check(request_id: int) -> str:
    data.owned(InvoiceRequest, request_id)  # 404 unless the user's agency's
    req = requests.get_request(data.db(), request_id)
    view = requests.request_view(data.db(), req)
    msg = data.db().get(InboundMessage, req.message_id) if req.message_id else None
    found = view["review"]
    return render_template("web/review.html", req=req, view=view, found=found, msg=msg,
                           parts=message_parts(msg, req.provenance or {}), rows=value_rows(req, found),
                           agency=data.agency(req.agency_id))


@bp.post("/review/<int:request_id>/confirm")
@staff_required
def confirm(request_id: int) -> ResponseReturnValue:
    data.owned(InvoiceRequest, request_id)
    done, req = attempt(lambda: requests.confirm_request(data.db(), request_id, current_user.username),
                        ok=_("Confirmed."))
    if done and req is not None and req.invoice_id:
        return redirect(url_for("invoices.detail", invoice_id=req.invoice_id))
    return redirect(url_for("review.check", request_id=request_id))


@bp.get("/review/hints")
@staff_required
def hints() -> str:
    ids = access.visible_agency_ids(current_user, data.db())
    rows = layout_hints.list_hints(data.db(), sorted(ids), include_revoked=bool(request.args.get("all")))
    by_sender: dict[str, list[LayoutHint]] = {}
    for h in rows:
        by_sender.setdefault(h.sender, []).append(h)
    codes = {a.id: a.code for a in data.agencies()}
    return render_template("web/hints.html", by_sender=by_sender, codes=codes, show_all=bool(request.args.get("all")))


@bp.post("/review/hints/<int:hint_id>/revoke")
@staff_required
def revoke(hint_id: int) -> ResponseReturnValue:
    hint = data.db().get(LayoutHint, hint_id)
    ids = access.visible_agency_ids(current_user, data.db())
    if hint is None or hint.agency_id not in ids:
        flash(_("No such hint."), "error")
    else:
        attempt(lambda: layout_hints.revoke_hint(data.db(), hint_id, current_user.username), ok=_("Revoked."))
    return redirect(url_for("review.hints"))


@bp.get("/requests/<int:request_id>")
def status_page(request_id: int) -> ResponseReturnValue:
    """The request as its agency sees it: status, why it waits, the open questions with an answer form."""
    data.owned(InvoiceRequest, request_id)
    req = requests.get_request(data.db(), request_id)
    qs = clarifications.list_questions(data.db(), req.id, status=None)
    view = requests.request_view(data.db(), req)
    return render_template("web/request_status.html", req=req, questions=qs, view=view,
                           agency=data.agency(req.agency_id))


@bp.post("/requests/<int:request_id>/answers")
def answer(request_id: int) -> ResponseReturnValue:
    """The agency user (or a clerk) answers the open questions: the same merge as a reply mail."""
    req = data.owned(InvoiceRequest, request_id)

    def run() -> int:
        n = 0
        for q in clarifications.open_questions(data.db(), req):
            value = (request.form.get(f"q{q.id}") or "").strip()
            data.db().refresh(q)
            if value and q.status == "open" and q.id is not None:
                clarifications.answer_question(data.db(), q.id, value, current_user.username)
                n += 1
        layouts.learn_from_request(data.db(), req, current_user.username)
        return n

    done, n = attempt(run)
    if done:
        flash(ngettext("%(n)s answer saved.", "%(n)s answers saved.", n, n=n), "ok")
    return redirect(url_for("review.status_page", request_id=request_id))
