"""The API's side of disputes: an agency's system marks one of its invoices disputed, and ends the dispute.

`POST /api/v1/invoices/<id>/dispute` with `{"reason": "what the customer contests"}` marks it;
`DELETE /api/v1/invoices/<id>/dispute` (optional body `{"reason": "how it was settled"}`) ends it. Both go through
core.billing.disputes, as the CLI and the invoice page do: the open amount is reclassified to disputed receivables
(1516) and back, and the reminder, interest and collection runs leave a disputed invoice alone. The answer is the
dispute state (`invoice`, `disputed`, `dispute_reason`, `open_amount`, `reclassified`). The routes live on
web.api's blueprint (same Bearer-token authentication; another agency's invoice is 404); web.app adds them.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, cast

from flask import Blueprint, Response, request

from core.billing import disputes
from core.kernel.errors import DomainError
from web import data
from web.api import OPENAPI, _common, _error, _id_param, _json, _resp

_ADDED: set[int] = set()
DISPUTE = {"type": "object", "required": ["invoice", "disputed"],
           "properties": {"invoice": {"type": ["string", "null"]}, "disputed": {"type": "boolean"},
                          "dispute_reason": {"type": ["string", "null"]}, "open_amount": {"type": "string"},
                          "reclassified": {"type": "string"}}}


def add_routes(blueprint: Blueprint) -> None:
    """Put the dispute routes on web.api's blueprint (once; web.app calls this before registering it)."""
    if id(blueprint) not in _ADDED:
        blueprint.add_url_rule("/invoices/<int:invoice_id>/dispute", "mark_dispute", mark_dispute,
                               methods=["POST"])
        blueprint.add_url_rule("/invoices/<int:invoice_id>/dispute", "clear_dispute", clear_dispute,
                               methods=["DELETE"])
        _ADDED.add(id(blueprint))
        _document()


def _reason(required: bool) -> str | Response:
    body = request.get_json(silent=True)
    if body is None and not required and not request.data:
        return ""
    if not isinstance(body, dict):
        return _error(422, "invalid", 'the body must be a JSON object {"reason": "…"}', "body")
    reason = body.get("reason")
    if reason is not None and not isinstance(reason, str):
        return _error(422, "invalid", "reason must be a string", "reason")
    if required and not (reason or "").strip():
        return _error(422, "invalid", "a dispute needs a reason (what the customer contests)", "reason")
    return (reason or "").strip()


def _apply(invoice_id: int, action: Any, required: bool) -> Response:
    inv = data.invoice(invoice_id)
    reason = _reason(required)
    if isinstance(reason, Response):
        return reason
    agency = data.agency(inv.agency_id)
    try:
        state = action(data.db(), agency, inv, reason, f"api:{agency.code}", dt.date.today(), source="api")
        data.db().commit()
    except DomainError as exc:
        data.db().rollback()
        return _error(409 if not exc.field else 422, "conflict" if not exc.field else "invalid", exc.message,
                      exc.field)
    return _json(state)


def mark_dispute(invoice_id: int) -> Response:
    return _apply(invoice_id, disputes.mark, required=True)


def clear_dispute(invoice_id: int) -> Response:
    return _apply(invoice_id, disputes.clear, required=False)


def _document() -> None:
    """The dispute routes in the OpenAPI document (web.api.OPENAPI)."""
    error = {"$ref": "#/components/schemas/Error"}
    body = {"type": "object", "properties": {"reason": {"type": "string", "maxLength": 500}}}
    responses = {"200": _resp("the invoice's dispute state", DISPUTE), "404": _resp("not found", error),
                 "409": _resp("the invoice cannot be (un)disputed now (not issued, already disputed …)", error),
                 "422": _resp("no reason, or not a JSON object", error), **_common}
    cast(dict[str, Any], OPENAPI)["paths"]["/api/v1/invoices/{invoice_id}/dispute"] = {
        "post": {"operationId": "markDispute", "summary": "Mark an invoice disputed (no reminders, interest or "
                 "collection; reclassified to disputed receivables)", "parameters": _id_param("invoice_id"),
                 "requestBody": {"required": True, "content": {"application/json": {"schema": {
                     **body, "required": ["reason"], "example": {"reason": "contests the hours charged"}}}}},
                 "responses": responses},
        "delete": {"operationId": "clearDispute", "summary": "End the dispute on an invoice",
                   "parameters": _id_param("invoice_id"),
                   "requestBody": {"required": False, "content": {"application/json": {"schema": body}}},
                   "responses": responses}}
