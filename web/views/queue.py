"""Clarification queue: requests waiting for answers or held, quarantined messages. The decisions are made by
core.requests.clarifications / core.requests.lifecycle / intake.pipeline; this page only shows and forwards."""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from markupsafe import Markup, escape
from sqlmodel import col, select
from werkzeug.wrappers import Response

from core.platform.models import InboundMessage
from core.registers.models import Article
from core.requests import clarifications
from core.requests import lifecycle as requests
from core.requests.models import InvoiceRequest, Question
from core.views import figures
from intake import pipeline
from web import data
from web.access import staff_required
from web.actions import attempt

bp = Blueprint("queue", __name__, url_prefix="/queue")


@bp.get("/")
@staff_required
def index() -> str:
    agency = request.args.get("agency", type=int)
    kind = request.args.get("kind", "")
    age = request.args.get("age", type=int)
    requests.follow_invoices(data.db())  # a held request whose invoice was issued since is no longer waiting
    q = data.scoped(InvoiceRequest).where(figures.queue_condition(kind if kind in figures.QUEUE_KINDS else ""))
    if agency:
        q = q.where(InvoiceRequest.agency_id == agency)
    if age:
        q = q.where(InvoiceRequest.created_at <= dt.datetime.now(dt.UTC) - dt.timedelta(days=age))
    reqs = [] if kind == "quarantine" else list(data.db().exec(q.order_by(col(InvoiceRequest.created_at))))
    questions: dict[int, list] = {}
    if reqs:
        for qu in data.db().exec(select(Question).where(col(Question.request_id).in_([r.id for r in reqs]),
                                                          Question.status == "open")):
            questions.setdefault(qu.request_id, []).append(qu)
    mq = data.scoped_or_unassigned(InboundMessage).where(InboundMessage.status == "quarantined")
    if agency:
        mq = mq.where(InboundMessage.agency_id == agency)
    msgs = [] if kind in ("held", "questions", "review") else \
        list(data.db().exec(mq.order_by(col(InboundMessage.received_at))))
    codes = {a.id: a.code for a in data.agencies()}
    return render_template("web/queue.html", requests=reqs, questions=questions, messages=msgs, codes=codes,
                           agencies=data.agencies(), f_agency=agency, f_kind=kind, f_age=age,
                           now=dt.datetime.now(dt.UTC))


def message_text(msg: Any) -> str:
    """The readable text of a stored message (plain parts; HTML reduced to text)."""
    if msg is None or not msg.raw:
        return ""
    parsed = email.message_from_bytes(msg.raw, policy=email.policy.default)
    texts = []
    for part in parsed.walk():
        if part.get_content_maintype() == "text" and not part.is_attachment():
            try:
                body = part.get_content()
            except (LookupError, ValueError):
                continue
            if part.get_content_subtype() == "html":
                body = re.sub(r"<[^>]+>", " ", body)
            texts.append(body)
    head = f"From: {msg.from_addr or ''}\nSubject: {msg.subject or ''}\n\n"
    return head + "\n".join(texts)


def highlight(text: str, needles: list[str]) -> Markup:
    """Escape the text and mark every extracted value where it occurs (provenance)."""
    needles = sorted({n for n in needles if n and len(n) >= 2}, key=len, reverse=True)
    if not needles:
        return Markup(escape(text))
    pattern = re.compile("|".join(re.escape(n) for n in needles))
    out, pos = [], 0
    for mt in pattern.finditer(text):
        out.append(escape(text[pos:mt.start()]))
        out.append(Markup('<mark class="prov">') + escape(mt.group(0)) + Markup("</mark>"))
        pos = mt.end()
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _provenance_needles(prov: Any) -> list[str]:
    found: list[str] = []

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for k, x in v.items():
                if k in ("text", "snippet", "source_text", "raw", "match", "value") and isinstance(x, str):
                    found.append(x)
                else:
                    walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
        elif isinstance(v, str) and k_ok(v):
            found.append(v)

    def k_ok(v: str) -> bool:
        return 2 <= len(v) <= 80

    walk(prov)
    return found


def _request_needles(d: dict) -> list[str]:
    out = [str(v) for v in (d.get("customer") or {}).values() if v]
    for ln in d.get("lines") or []:
        out += [str(ln.get(k)) for k in ("article", "description", "quantity", "unit_price") if ln.get(k)]
    out += [str(d.get(k)) for k in ("buyer_reference", "order_reference") if d.get(k)]
    return out


@bp.get("/requests/<int:request_id>")
@staff_required
def request_detail(request_id: int) -> str:
    req = data.owned(InvoiceRequest, request_id)
    msg = data.db().get(InboundMessage, req.message_id) if req.message_id else None
    qs = clarifications.list_questions(data.db(), req.id, status=None)
    text = message_text(msg)
    marked = highlight(text, _provenance_needles(req.provenance) + _request_needles(req.data or {}))
    return render_template("web/request.html", req=req, msg=msg, questions=qs, marked=marked,
                           agency=data.agency(req.agency_id), register=_register_articles(req))


def _register_articles(req: InvoiceRequest) -> dict[str, Article]:
    """The agency's register articles the request's lines name (by code): the clerk sees the name and price the
    invoice will take where the line states none."""
    codes = {str(ln.get("article")) for ln in (req.data or {}).get("lines") or [] if ln.get("article")}
    if not codes:
        return {}
    rows = data.db().exec(select(Article).where(Article.agency_id == req.agency_id, col(Article.code).in_(codes)))
    return {a.code: a for a in rows}


def _back(req: InvoiceRequest) -> Response:
    return redirect(url_for("queue.request_detail", request_id=req.id))


@bp.post("/requests/<int:request_id>/answer")
@staff_required
def answer(request_id: int) -> ResponseReturnValue:
    req = data.owned(InvoiceRequest, request_id)

    def answer_open_questions() -> int:
        answers = [(qu.id, (request.form.get(f"q{qu.id}") or "").strip())
                   for qu in clarifications.open_questions(data.db(), req) if qu.id is not None]
        for qid, value in answers:
            if value:
                clarifications.answer_question(data.db(), qid, value, current_user.username)
        return sum(1 for _qid, value in answers if value)

    done, answered = attempt(answer_open_questions)
    if not done:
        return _back(req)
    flash(ngettext("%(n)s answer saved.", "%(n)s answers saved.", answered, n=answered), "ok")
    data.db().refresh(req)
    if req.invoice_id:
        return redirect(url_for("invoices.detail", invoice_id=req.invoice_id))
    return _back(req)


CORRECTABLE = (r"lines\[(\d{1,3})\]\.(article|description|quantity|unit_price|vat_rate)",
               r"customer\.(name|org_no|vat_no|customer_number|email)", r"(buyer_reference|order_reference)")


def _correction(path: str, value: str) -> dict[str, Any] | None:
    """The partial request a clerk's correction of `path` stands for (None: not a field that can be corrected)."""
    line, cust, ref = (re.fullmatch(p, path) for p in CORRECTABLE)
    if line:
        return {"lines": [{} for _ in range(int(line.group(1)))] + [{line.group(2): value.replace(",", ".")}]}
    if cust:
        return {"customer": {cust.group(1): value}}
    if ref:
        return {path: value}
    return None


@bp.post("/requests/<int:request_id>/correct")
@staff_required
def correct(request_id: int) -> ResponseReturnValue:
    """A clerk corrects an extracted value (path = value), merged like an answer (audited by core)."""
    req = data.owned(InvoiceRequest, request_id)
    partial = _correction((request.form.get("path") or "").strip(), (request.form.get("value") or "").strip())
    if partial is None:
        flash(_("Unknown field."), "error")
        return _back(req)
    attempt(lambda: clarifications.apply_answers(data.db(), req, partial, answered_by=current_user.username,
                                                 actor=current_user.username, ask_again=False), ok=_("Saved."))
    return _back(req)


def _reason() -> str | None:
    """The reason a decision needs (None, with a message, when it is missing)."""
    reason = (request.form.get("reason") or "").strip()
    if not reason:
        flash(_("Give a reason."), "error")
    return reason or None


@bp.post("/requests/<int:request_id>/<any(approve, reject):decision>")
@staff_required
def decide(request_id: int, decision: str) -> ResponseReturnValue:
    """approve = try a held request again (core.requests.lifecycle.retry_request); reject needs a reason."""
    req = data.owned(InvoiceRequest, request_id)
    if decision == "approve":
        attempt(lambda: requests.retry_request(data.db(), request_id, current_user.username))
    elif reason := _reason():
        attempt(lambda: requests.reject_request(data.db(), request_id, current_user.username, reason))
    return _back(req)


@bp.post("/messages/<int:message_id>/<any(release, discard):decision>")
@staff_required
def message_decision(message_id: int, decision: str) -> ResponseReturnValue:
    data.owned_or_unassigned(InboundMessage, message_id)  # 404 unless the message is the user's (or unassigned)
    if reason := _reason():
        fn = pipeline.release_message if decision == "release" else pipeline.discard_message
        attempt(lambda: fn(data.db(), message_id, current_user.username, reason), ok=_("Done."))
    return redirect(url_for("queue.index", kind="quarantine"))
