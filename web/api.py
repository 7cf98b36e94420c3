"""JSON API for agencies' systems: /api/v1, Bearer token per agency (see /api/v1/openapi.json).
Invoice requests go through the same pipeline as e-mail (web.pipeline → core.requests.lifecycle.submit_request)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple

from flask import Blueprint, Response, g, jsonify, request
from sqlmodel import col, select

from core.access import AgencyPrincipal
from core.billing.models import Invoice
from core.kernel import jsonenc
from core.kernel.clock import utcnow
from core.kernel.errors import DomainError
from core.requests.models import InvoiceRequest, Question
from core.views import invoice as invoice_view
from web import data, pipeline
from web.users import token_principal

bp = Blueprint("api", __name__, url_prefix="/api/v1")
DECIMAL = r"^-?[0-9]{1,12}(\.[0-9]{1,6})?$"
DATE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
STATUSES = ("draft", "held", "issued", "paid", "credited", "cancelled", "written_off")
#: a request's status as agencies' systems see it: waiting_for_answer is `needs_info` (answer the questions,
#: POST /api/v1/requests/<id or token>/answers, web.api_requests)
API_STATUS = {"waiting_for_answer": "needs_info"}


def _json(obj: Any, status: int = 200) -> Response:
    return Response(jsonenc.dumps(obj), status=status,
                    mimetype="application/json")


def _error(status: int, code: str, message: str, field: str | None = None) -> Response:
    body = {"error": code, "message": message}
    if field:
        body["field"] = field
    resp = _json(body, status)
    if status == 401:
        resp.headers["WWW-Authenticate"] = 'Bearer realm="reskontra"'
    return resp


@bp.before_request
def authenticate() -> Response | None:
    if request.endpoint == "api.openapi":
        return None
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return _error(401, "unauthorized", "a Bearer token is required")
    row = token_principal(data.db(), header[7:].strip())
    if row is None:
        return _error(401, "unauthorized", "unknown or revoked token")
    row.last_used_at = utcnow()
    data.db().add(row)
    data.db().commit()
    g.principal = AgencyPrincipal(agency_id=row.agency_id, token_id=row.id)
    return None


@bp.errorhandler(404)
def _nf(_e: Exception) -> Response:
    return _error(404, "not_found", "no such resource")


@bp.get("/openapi.json")
def openapi() -> Response:
    return jsonify(OPENAPI)


class Invalid(NamedTuple):
    """Why a request body was refused: the field (a JSON path) and the message."""

    field: str
    message: str


def _check_request(body: Any) -> dict[str, Any] | Invalid:
    """Validate the request body's shape: the clean dict, or why it is invalid."""
    if not isinstance(body, dict):
        return Invalid("body", "the body must be a JSON object")
    cust = body.get("customer")
    if not isinstance(cust, dict):
        return Invalid("customer", "customer must be an object")
    clean_c: dict[str, object] = {}
    for k in ("name", "org_no", "vat_no", "customer_number", "email", "country", "peppol_id"):
        v = cust.get(k)
        if v is not None and not isinstance(v, str):
            return Invalid(f"customer.{k}", "must be a string or null")
        if v is not None:
            clean_c[k] = v[:200]
    addr = cust.get("address")
    if addr is not None:
        if not isinstance(addr, dict) or any(addr.get(k) is not None and not isinstance(addr.get(k), str)
                                             for k in ("street", "postal_code", "city", "country")):
            return Invalid("customer.address", "must be an object of strings")
        clean_c["address"] = {k: addr.get(k) for k in ("street", "postal_code", "city", "country") if addr.get(k)}
    lines = body.get("lines")
    if not isinstance(lines, list) or len(lines) > 500:
        return Invalid("lines", "lines must be a list (at most 500)")
    clean_l = []
    for i, ln in enumerate(lines):
        if not isinstance(ln, dict):
            return Invalid(f"lines[{i}]", "a line must be an object")
        row: dict[str, str | None] = {}
        for k in ("article", "description", "quantity", "unit_price", "vat_rate", "period_start", "period_end"):
            v = ln.get(k)
            if v is None:
                row[k] = None
                continue
            if not isinstance(v, str):
                return Invalid(f"lines[{i}].{k}", "must be a string or null")
            if k in ("quantity", "unit_price", "vat_rate") and not re.match(DECIMAL, v):
                return Invalid(f"lines[{i}].{k}", "must be a decimal string like 1200.50")
            if k.startswith("period") and not _is_date(v):
                return Invalid(f"lines[{i}].{k}", "must be a date YYYY-MM-DD")
            row[k] = v[:500]
        clean_l.append(row)
    out: dict[str, Any] = {"customer": clean_c, "lines": clean_l}
    for k in ("buyer_reference", "order_reference", "currency"):
        v = body.get(k)
        if v is not None and not isinstance(v, str):
            return Invalid(k, "must be a string or null")
        if v:
            out[k] = v[:100]
    return out


def _is_date(v: str) -> bool:
    try:
        dt.date.fromisoformat(v)
        return bool(re.match(DATE, v))
    except ValueError:
        return False


def _status(result: dict) -> dict:
    out = {"id": result.get("request_id"), "token": result.get("token"),
           "status": API_STATUS.get(result.get("status") or "", result.get("status")),
           "questions": [{"path": p} for p in result.get("questions") or []], "invoice": None}
    if result.get("invoice_id"):
        inv = data.db().get(Invoice, result["invoice_id"])
        out["invoice"] = None if inv is None else _inv_ref(inv)
    return out


def _inv_ref(inv: Invoice) -> dict:
    return {"id": inv.id, "number": inv.number, "status": inv.status, "total": str(inv.total),
            "currency": inv.currency}


@bp.post("/requests")
def create_request() -> Response:
    clean = _check_request(request.get_json(silent=True))
    if isinstance(clean, Invalid):
        return _error(422, "invalid", clean.message, clean.field)
    agency = data.agency(g.principal.agency_id)
    try:
        result = pipeline.submit(data.db(), agency, clean, "api", f"api:{agency.code}")
        data.db().commit()
    except DomainError as exc:
        data.db().rollback()
        return _error(422, "invalid", exc.message, exc.field)
    return _json(_status(result), 201)


@bp.get("/requests/<int:request_id>")
def get_request(request_id: int) -> Response:
    req = data.owned(InvoiceRequest, request_id)
    inv = data.db().get(Invoice, req.invoice_id) if req.invoice_id else None
    return _json({"id": req.id, "token": req.token, "status": API_STATUS.get(req.status, req.status),
                  "questions": _questions(req),
                  "invoice": _inv_ref(inv) if inv else None, "hold_reason": req.hold_reason})


def _questions(req: InvoiceRequest) -> list[dict]:
    return [{"id": q.id, "path": q.path, "status": q.status, "answer": q.answer}
            for q in data.db().exec(select(Question).where(Question.request_id == req.id).order_by(col(Question.id)))]


@bp.get("/requests/<int:request_id>/questions")
def get_questions(request_id: int) -> Response:
    return _json(_questions(data.owned(InvoiceRequest, request_id)))


@bp.get("/invoices")
def list_invoices() -> Response:
    q = data.invoices()
    status = request.args.get("status")
    if status:
        if status not in STATUSES:
            return _error(422, "invalid", "unknown status", "status")
        q = q.where(Invoice.status == status)
    if request.args.get("number"):
        q = q.where(Invoice.number == request.args["number"])
    try:
        limit = int(request.args.get("limit", "100"))
    except ValueError:
        return _error(422, "invalid", "limit must be an integer", "limit")
    if not 1 <= limit <= 500:
        return _error(422, "invalid", "limit must be 1..500", "limit")
    rows = data.db().exec(q.order_by(col(Invoice.id).desc()).limit(limit)).all()
    return _json([invoice_view.invoice_dict(data.db(), inv) for inv in rows])


@bp.get("/invoices/<int:invoice_id>")
def get_invoice(invoice_id: int) -> Response:
    inv = data.invoice(invoice_id)
    return _json(invoice_view.invoice_dict(data.db(), inv))


_str_or_null = {"type": ["string", "null"]}
_dec = {"type": ["string", "null"], "pattern": DECIMAL}
ERROR = {"type": "object", "required": ["error", "message"],
         "properties": {"error": {"type": "string"}, "message": {"type": "string"}, "field": {"type": "string"}}}
INV_REF = {"type": ["object", "null"], "properties": {"id": {"type": "integer"}, "number": _str_or_null,
                                                      "status": {"type": "string"}, "total": {"type": "string"},
                                                      "currency": {"type": "string"}}}
QUESTION = {"type": "object", "required": ["path"],
            "properties": {"id": {"type": "integer"}, "path": {"type": "string"}, "status": {"type": "string"},
                           "answer": _str_or_null}}
def _id_param(name: str) -> list[dict]:
    return [{"name": name, "in": "path", "required": True,
             "schema": {"type": "integer", "minimum": 1, "maximum": 2147483647}}]


STATUS = {"type": "object", "required": ["id", "status", "questions"],
          "properties": {"id": {"type": "integer"}, "token": {"type": "string"}, "status": {"type": "string"},
                         "questions": {"type": "array", "items": QUESTION}, "invoice": INV_REF,
                         "hold_reason": _str_or_null}}
INVOICE = {"type": "object", "required": ["id", "agency", "kind", "status", "total", "open_amount", "lines"],
           "properties": {"id": {"type": "integer"}, "agency": {"type": "string"}, "kind": {"type": "string"},
                          "status": {"type": "string"}, "number": _str_or_null, "reference": _str_or_null,
                          "invoice_date": {"type": "string", "format": "date"},
                          "due_date": {"type": ["string", "null"]}, "currency": {"type": "string"},
                          "customer": {"type": "object"}, "lines": {"type": "array", "items": {"type": "object"}},
                          "net_total": {"type": "string"}, "vat_total": {"type": "string"},
                          "total": {"type": "string"}, "open_amount": {"type": "string"},
                          "payments": {"type": "array"}, "reminders": {"type": "array"}}}
REQUEST_IN = {
    "type": "object", "required": ["customer", "lines"],
    "properties": {
        "customer": {"type": "object", "properties": {
            "name": _str_or_null, "org_no": _str_or_null, "vat_no": _str_or_null, "customer_number": _str_or_null,
            "email": _str_or_null, "country": _str_or_null, "peppol_id": _str_or_null,
            "address": {"type": "object", "properties": {"street": _str_or_null, "postal_code": _str_or_null,
                                                         "city": _str_or_null, "country": _str_or_null}}}},
        "buyer_reference": _str_or_null, "order_reference": _str_or_null, "currency": _str_or_null,
        "lines": {"type": "array", "maxItems": 500, "items": {"type": "object", "properties": {
            "article": _str_or_null, "description": _str_or_null, "quantity": _dec, "unit_price": _dec,
            "vat_rate": _dec, "period_start": {"type": ["string", "null"], "format": "date"},
            "period_end": {"type": ["string", "null"], "format": "date"}}}}},
    "example": {"customer": {"org_no": "556712-4085"}, "buyer_reference": "Anna Berg",
                "lines": [{"article": "1010", "quantity": "8", "unit_price": None}]},
}


def _resp(desc: str, schema: dict | None = None) -> dict:
    r: dict = {"description": desc}
    if schema is not None:
        r["content"] = {"application/json": {"schema": schema}}
    return r


_common = {"400": _resp("text with a NUL character (refused on every database)", ERROR),
           "401": _resp("missing or unknown token", ERROR)}
OPENAPI = {
    "openapi": "3.1.0",
    "info": {"title": "Reskontra agency API", "version": "1.0.0",
             "description": "Invoice requests from agencies' systems (same pipeline as e-mail), request status "
                            "and questions, and the agency's own invoices. Authenticate with "
                            "`Authorization: Bearer <token>` (one token per agency, issued by the centre)."},
    "servers": [{"url": "/"}],
    "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
                   "schemas": {"Error": ERROR, "RequestIn": REQUEST_IN, "RequestStatus": STATUS,
                               "Question": QUESTION, "Invoice": INVOICE}},
    "security": [{"bearer": []}],
    "paths": {
        "/api/v1/requests": {"post": {
            "operationId": "createRequest", "summary": "Submit an invoice request",
            "requestBody": {"required": True, "content": {"application/json": {"schema": REQUEST_IN}}},
            "responses": {"201": _resp("accepted: invoiced, held or waiting for answers", STATUS),
                          "422": _resp("invalid request", ERROR), **_common}}},
        "/api/v1/requests/{request_id}": {"get": {
            "operationId": "getRequest", "summary": "Status of a request, with its questions",
            "parameters": _id_param("request_id"),
            "responses": {"200": _resp("the request", STATUS), "404": _resp("not found", ERROR), **_common}}},
        "/api/v1/requests/{request_id}/questions": {"get": {
            "operationId": "getQuestions", "summary": "The questions of a request",
            "parameters": _id_param("request_id"),
            "responses": {"200": _resp("questions", {"type": "array", "items": QUESTION}),
                          "404": _resp("not found", ERROR), **_common}}},
        "/api/v1/invoices": {"get": {
            "operationId": "listInvoices", "summary": "The agency's invoices, newest first",
            "parameters": [
                {"name": "status", "in": "query", "required": False,
                 "schema": {"type": "string", "enum": list(STATUSES)}},
                {"name": "number", "in": "query", "required": False, "schema": {"type": "string", "maxLength": 32}},
                {"name": "limit", "in": "query", "required": False,
                 "schema": {"type": "integer", "minimum": 1, "maximum": 500}}],
            "responses": {"200": _resp("invoices", {"type": "array", "items": INVOICE}),
                          "422": _resp("invalid parameter", ERROR), **_common}}},
        "/api/v1/invoices/{invoice_id}": {"get": {
            "operationId": "getInvoice", "summary": "One invoice of the agency",
            "parameters": _id_param("invoice_id"),
            "responses": {"200": _resp("the invoice", INVOICE), "404": _resp("not found", ERROR), **_common}}},
    },
}
