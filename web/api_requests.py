"""The API's side of the question loop: an agency's system answers the questions of its request.

`POST /api/v1/requests/<id or token>/answers` with a JSON object `{path: value}` (the open questions' paths, e.g.
`{"lines[0].quantity": "3", "customer.org_no": "556712-4085"}`) merges the answers through the same
clarification merge as a reply mail or a clerk (core.requests.clarifications): all of them or none. The answer
is the request's status as `GET /api/v1/requests/<id>` gives it: `needs_info` with the questions still open,
`needs_review` when a clerk checks it first, `invoiced` with the invoice. The route lives on web.api's blueprint
(same Bearer-token authentication); web.app adds it (`add_routes`) before registering the blueprint.
"""
from __future__ import annotations

import re
from typing import Any, cast

from flask import Blueprint, Response, request
from sqlmodel import col, select

from core.kernel.errors import DomainError
from core.requests import clarifications
from core.requests import lifecycle as requests
from core.requests.models import InvoiceRequest, Question
from intake import layouts
from web import data
from web.api import API_STATUS, OPENAPI, STATUS, _common, _error, _json, _resp


def api_status(status: str) -> str:
    return API_STATUS.get(status, status)


def owned_request(ref: str) -> InvoiceRequest:
    """The agency's request by id or token (404 otherwise, also for another agency's)."""
    if re.fullmatch(r"[0-9]{1,9}", ref):
        return data.owned(InvoiceRequest, int(ref))
    req = requests.find_by_token(data.db(), ref)
    return data.owned(InvoiceRequest, req.id if req else 0)


def status_body(req: InvoiceRequest) -> dict[str, Any]:
    """The request's status with its questions (open ones first) and, when held for a clerk, why."""
    s = data.db()
    qs = s.exec(select(Question).where(Question.request_id == req.id).order_by(col(Question.id))).all()
    view = requests.request_view(s, req)
    return {"id": req.id, "token": req.token, "status": api_status(req.status),
            "questions": [{"id": q.id, "path": q.path, "status": q.status, "answer": q.answer}
                          for q in sorted(qs, key=lambda q: q.status != "open")],
            "invoice": view["invoice"], "hold_reason": req.hold_reason,
            "review": [{"code": f["code"], "path": f["path"], "reason": f["reason"]} for f in view["review"]]}


_ADDED: set[int] = set()


def add_routes(blueprint: Blueprint) -> None:
    """Put the answer route on web.api's blueprint (once; web.app calls this before registering it)."""
    if id(blueprint) not in _ADDED:
        blueprint.add_url_rule("/requests/<ref>/answers", "answer_request", answer_request, methods=["POST"])
        _ADDED.add(id(blueprint))
        _document()


def answer_request(ref: str) -> Response:
    req = owned_request(ref)
    body = request.get_json(silent=True)
    if not isinstance(body, dict) or not body:
        return _error(422, "invalid", "the body must be a JSON object {path: value}", "body")
    open_q = {q.path: q for q in clarifications.open_questions(data.db(), req)}
    for path, value in body.items():
        if path not in open_q:
            return _error(422, "invalid", f"{path} is not an open question of {req.token}", path)
        if not isinstance(value, (str, int, float, dict, list)) or isinstance(value, bool):
            return _error(422, "invalid", "an answer is a string (or an address/lines object)", path)
    actor = f"api:{data.agency(req.agency_id).code}"
    try:
        for path, value in body.items():
            q = open_q[path]
            data.db().refresh(q)
            if q.status == "open" and q.id is not None:  # an earlier answer of this call may have settled it
                clarifications.answer_question(data.db(), q.id, value if not isinstance(value, float)
                                               else str(value), actor)
        layouts.learn_from_request(data.db(), req, actor)
        data.db().commit()
    except DomainError as exc:
        data.db().rollback()
        return _error(422, "invalid", exc.message, exc.field)
    data.db().refresh(req)
    return _json(status_body(req))


def _document() -> None:
    """The answer route and the request status's `review` in the OpenAPI document (web.api.OPENAPI)."""
    status: dict[str, Any] = cast(dict[str, Any], STATUS)
    status["properties"]["review"] = {"type": "array", "items": {"type": "object", "properties": {
        "code": {"type": "string"}, "path": {"type": "string"}, "reason": {"type": "string"}}}}
    status["properties"]["status"] = {"type": "string", "description": "needs_info (answer the open questions), "
                                      "needs_review (a clerk checks it), ready, queued, held, invoiced, rejected"}
    error = {"$ref": "#/components/schemas/Error"}
    cast(dict[str, Any], OPENAPI)["paths"]["/api/v1/requests/{ref}/answers"] = {"post": {
        "operationId": "answerRequest", "summary": "Answer the open questions of a request (all or none)",
        "parameters": [{"name": "ref", "in": "path", "required": True,
                        "schema": {"type": "string", "description": "the request's id or token (REQ-XXXXX)"}}],
        "requestBody": {"required": True, "content": {"application/json": {"schema": {
            "type": "object", "additionalProperties": {"type": ["string", "object", "array"]},
            "example": {"lines[0].quantity": "3", "customer.org_no": "556712-4085"}}}}},
        "responses": {"200": _resp("the request after the answers", STATUS),
                      "404": _resp("not found", error),
                      "422": _resp("not an open question, or an invalid value", error), **_common}}}
