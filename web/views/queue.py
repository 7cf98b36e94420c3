"""Clarification queue: requests waiting for answers or held, quarantined messages. The decisions are made by
core.clarifications / core.requests / intake.pipeline (looked up lazily); this page only shows and forwards."""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from markupsafe import Markup, escape
from sqlmodel import select

from core.errors import DomainError
from web import data
from web.access import staff_required
from web.integrations import optional

bp = Blueprint("queue", __name__, url_prefix="/queue")

TODO_CLARIFICATIONS = "TODO(integration): core.clarifications.answer_question / core.requests not available yet"


def _models():  # noqa: ANN202
    try:
        from core.models import intake as m
    except ImportError:
        return None
    return m


def messages_query():  # noqa: ANN201
    m = _models()
    return data.scoped_or_unassigned(m.InboundMessage)


@bp.get("/")
@staff_required
def index():  # noqa: ANN201
    m = _models()
    if m is None:
        return render_template("web/todo.html", title=_("Clarification queue"), todo=TODO_CLARIFICATIONS)
    agency = request.args.get("agency", type=int)
    kind = request.args.get("kind", "")
    age = request.args.get("age", type=int)
    q = data.scoped(m.InvoiceRequest).where(m.InvoiceRequest.status.in_(("waiting_for_answer", "held", "ready")))
    if agency:
        q = q.where(m.InvoiceRequest.agency_id == agency)
    if age:
        q = q.where(m.InvoiceRequest.created_at <= dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=age))
    if kind == "held":
        q = q.where(m.InvoiceRequest.status == "held")
    elif kind == "questions":
        q = q.where(m.InvoiceRequest.status == "waiting_for_answer")
    reqs = [] if kind == "quarantine" else list(data.db().exec(q.order_by(m.InvoiceRequest.created_at)))
    questions: dict[int, list] = {}
    if reqs:
        for qu in data.db().exec(select(m.Question).where(m.Question.request_id.in_([r.id for r in reqs]),
                                                          m.Question.status == "open")):
            questions.setdefault(qu.request_id, []).append(qu)
    mq = messages_query().where(m.InboundMessage.status == "quarantined")
    if agency:
        mq = mq.where(m.InboundMessage.agency_id == agency)
    msgs = [] if kind in ("held", "questions") else list(data.db().exec(mq.order_by(m.InboundMessage.received_at)))
    codes = {a.id: a.code for a in data.agencies()}
    return render_template("web/queue.html", requests=reqs, questions=questions, messages=msgs, codes=codes,
                           agencies=data.agencies(), f_agency=agency, f_kind=kind, f_age=age,
                           now=dt.datetime.now(dt.timezone.utc))


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
def request_detail(request_id: int):  # noqa: ANN201
    m = _models()
    if m is None:
        abort(404)
    req = data.owned(m.InvoiceRequest, request_id)
    msg = data.db().get(m.InboundMessage, req.message_id) if req.message_id else None
    qs = list(data.db().exec(select(m.Question).where(m.Question.request_id == req.id).order_by(m.Question.id)))
    text = message_text(msg)
    marked = highlight(text, _provenance_needles(req.provenance) + _request_needles(req.data or {}))
    return render_template("web/request.html", req=req, msg=msg, questions=qs, marked=marked,
                           agency=data.agency(req.agency_id),
                           can_answer=optional("core.clarifications", "answer_question") is not None,
                           can_decide=_decider("approve") is not None)


def _decider(what: str):  # noqa: ANN202
    """approve = try a held request again (core.requests.retry_request); reject needs a reason."""
    name = {"approve": "retry_request", "reject": "reject_request"}[what]
    return optional("core.requests", name)


@bp.post("/requests/<int:request_id>/answer")
@staff_required
def answer(request_id: int):  # noqa: ANN201
    m = _models()
    if m is None:
        abort(404)
    req = data.owned(m.InvoiceRequest, request_id)
    fn = optional("core.clarifications", "answer_question")
    if fn is None:
        flash(TODO_CLARIFICATIONS, "error")
        return redirect(url_for("queue.request_detail", request_id=req.id))
    answered = 0
    try:
        for qu in data.db().exec(select(m.Question).where(m.Question.request_id == req.id,
                                                          m.Question.status == "open")).all():
            value = (request.form.get(f"q{qu.id}") or "").strip()
            if value:
                fn(data.db(), qu.id, value, current_user.username)
                answered += 1
        data.db().commit()
    except DomainError as exc:
        data.db().rollback()
        flash(str(exc), "error")
        return redirect(url_for("queue.request_detail", request_id=req.id))
    flash(_("%(n)s answer(s) saved.", n=answered), "ok")
    data.db().refresh(req)
    if req.invoice_id:
        return redirect(url_for("invoices.detail", invoice_id=req.invoice_id))
    return redirect(url_for("queue.request_detail", request_id=req.id))


@bp.post("/requests/<int:request_id>/correct")
@staff_required
def correct(request_id: int):  # noqa: ANN201
    """A clerk corrects an extracted value (path = value), merged like an answer (audited by core)."""
    m = _models()
    if m is None:
        abort(404)
    req = data.owned(m.InvoiceRequest, request_id)
    fn = optional("core.clarifications", "apply_answers")
    path = (request.form.get("path") or "").strip()
    value = (request.form.get("value") or "").strip()
    if fn is None:
        flash(TODO_CLARIFICATIONS, "error")
        return redirect(url_for("queue.request_detail", request_id=req.id))
    mt = re.fullmatch(r"lines\[(\d{1,3})\]\.(article|description|quantity|unit_price|vat_rate)", path)
    mc = re.fullmatch(r"customer\.(name|org_no|vat_no|customer_number|email)", path)
    mr = re.fullmatch(r"(buyer_reference|order_reference)", path)
    if mt:
        partial = {"lines": [{} for _ in range(int(mt.group(1)))] + [{mt.group(2): value.replace(",", ".")}]}
    elif mc:
        partial = {"customer": {mc.group(1): value}}
    elif mr:
        partial = {path: value}
    else:
        flash(_("Unknown field."), "error")
        return redirect(url_for("queue.request_detail", request_id=req.id))
    try:
        fn(data.db(), req, partial, answered_by=current_user.username, actor=current_user.username, ask_again=False)
        data.db().commit()
        flash(_("Saved."), "ok")
    except DomainError as exc:
        data.db().rollback()
        flash(str(exc), "error")
    return redirect(url_for("queue.request_detail", request_id=req.id))


@bp.post("/requests/<int:request_id>/<any(approve, reject):decision>")
@staff_required
def decide(request_id: int, decision: str):  # noqa: ANN201
    m = _models()
    if m is None:
        abort(404)
    req = data.owned(m.InvoiceRequest, request_id)
    fn = _decider(decision)
    reason = (request.form.get("reason") or "").strip()
    if fn is None:
        flash(f"TODO(integration): {decision} of a request needs core.requests", "error")
        return redirect(url_for("queue.request_detail", request_id=req.id))
    if decision == "reject" and not reason:
        flash(_("Give a reason."), "error")
        return redirect(url_for("queue.request_detail", request_id=req.id))
    try:
        if decision == "reject":
            fn(data.db(), req.id, current_user.username, reason)
        else:
            fn(data.db(), req.id, current_user.username)
        data.db().commit()
    except DomainError as exc:
        data.db().rollback()
        flash(str(exc), "error")
    return redirect(url_for("queue.request_detail", request_id=req.id))


@bp.post("/messages/<int:message_id>/<any(release, discard):decision>")
@staff_required
def message_decision(message_id: int, decision: str):  # noqa: ANN201
    m = _models()
    if m is None:
        abort(404)
    msg = data.owned_or_unassigned(m.InboundMessage, message_id)
    reason = (request.form.get("reason") or "").strip()
    if not reason:
        flash(_("Give a reason."), "error")
        return redirect(url_for("queue.index", kind="quarantine"))
    fn = optional("intake.pipeline", f"{decision}_message")
    if fn is None:
        flash(f"TODO(integration): {decision} of quarantined messages needs intake.pipeline", "error")
        return redirect(url_for("queue.index", kind="quarantine"))
    try:
        fn(data.db(), msg.id, current_user.username, reason)
        data.db().commit()
        flash(_("Done."), "ok")
    except DomainError as exc:
        data.db().rollback()
        flash(str(exc), "error")
    return redirect(url_for("queue.index", kind="quarantine"))
