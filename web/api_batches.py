"""API for invoicing by file: `POST /api/v1/batches` (a JSON batch, or a CSV/XLSX file as multipart `file`),
`GET /api/v1/batches/<id>` (the receipt), `GET /api/v1/batches/template` (the agency's Excel template).

Authenticated like the rest of the API (web.api.authenticate, Bearer token; a token imports and reads only for its
own agency). Idempotent by the client's batch id (`batch_id` in the JSON body, the form field `batch_id`,
or the `Idempotency-Key` header) and by the content's SHA-256: a batch sent again answers 200 with the first
receipt (`already_imported: true`) and issues nothing new; a new batch answers 201. `?dry_run=1` checks and answers
the receipt without writing anything. The receipt is also mailed to the agency's invoicing contact.
"""
from __future__ import annotations

from typing import Any, cast

from flask import Blueprint, Response, g, request

from core.kernel.errors import DomainError
from core.registers import register as registers
from core.registers.models import Agency
from core.requests import batch_import, batch_template
from core.requests.models import InvoiceBatch
from web import data
from web.api import OPENAPI, _error, _json, authenticate

bp = Blueprint("api_batches", __name__, url_prefix="/api/v1/batches")
bp.before_request(authenticate)  # the API's Bearer token: g.principal is the token's agency
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _contact(agency: Agency) -> str | None:
    senders = registers.allowed_senders(data.db(), agency.id or 0)
    return senders[0] if senders else None


@bp.post("")
def create_batch() -> Response:
    agency = data.agency(g.principal.agency_id)
    dry_run = request.args.get("dry_run", "").lower() in ("1", "true", "yes")
    batch_id = request.headers.get("Idempotency-Key") or request.form.get("batch_id") or None
    kw: dict[str, Any] = dict(client_batch_id=batch_id, source="api", actor=f"api:{agency.code}", dry_run=dry_run,
                              requested_by=_contact(agency))
    upload = request.files.get("file")
    try:
        if upload is not None:
            receipt = batch_import.import_bytes(data.db(), agency, upload.read(), upload.filename or "", **kw)
        else:
            body = request.get_json(silent=True)
            if not isinstance(body, dict):
                return _error(422, "invalid", 'send a JSON batch {"batch_id", "invoices": [...]} or a file as '
                                              'multipart field "file"', "body")
            receipt = batch_import.import_json(data.db(), agency, body, **kw)
        data.db().commit()
    except batch_import.BatchFileError as exc:
        data.db().rollback()
        return _error(422, "unreadable", str(exc), "file")
    except DomainError as exc:
        data.db().rollback()
        return _error(422, "invalid", exc.message, exc.field)
    return _json(receipt, 200 if receipt.get("already_imported") or dry_run else 201)


@bp.get("/<int:batch_id>")
def get_batch(batch_id: int) -> Response:
    row = data.owned(InvoiceBatch, batch_id)
    return _json(batch_import.receipt_of(row, again=False))


@bp.get("/template")
def template() -> Response:
    agency = data.agency(g.principal.agency_id)
    lang = request.args.get("lang") or registers.agency_language(agency)
    if lang not in ("sv", "fi", "en"):
        return _error(422, "invalid", "lang must be sv, fi or en", "lang")
    body = batch_template.build_template(data.db(), agency, lang)
    return Response(body, mimetype=XLSX, headers={
        "Content-Disposition": f'attachment; filename="fakturaunderlag-{agency.code}.xlsx"'})


_str = {"type": ["string", "null"]}
_cell = {"type": ["string", "number", "null"]}
BATCH_IN = {"type": "object", "required": ["invoices"], "properties": {
    "batch_id": {"type": ["string", "null"], "maxLength": 100},
    "invoices": {"type": "array", "items": {"type": "object", "properties": {
        "invoice_key": _str, "customer": {"type": "object", "properties": {
            "customer_number": _str, "org_no": _str, "name": _str, "email": _str, "country": _str,
            "address": {"type": "object", "properties": {"street": _str, "postal_code": _str, "city": _str}}}},
        "buyer_reference": _str, "order_reference": _str, "invoice_date": _str, "due_date": _str, "text": _str,
        "currency": _str, "lines": {"type": "array", "items": {"type": "object", "properties": {
            "article": _str, "description": _str, "quantity": _cell, "unit_price": _cell, "vat_rate": _cell,
            "period_start": _str, "period_end": _str}}}}}}},
    "example": {"batch_id": "2026-11-permits", "invoices": [
        {"invoice_key": "1", "customer": {"customer_number": "10001"}, "invoice_date": "2026-11-30",
         "lines": [{"article": "2010", "quantity": "1"}]}]}}
RECEIPT = {"type": "object", "required": ["status", "rows", "invoices", "issued", "rejected", "errors"],
           "properties": {"batch_id": {"type": ["integer", "null"]}, "status": {"type": "string"},
                          "rows": {"type": "integer"}, "invoices": {"type": "integer"},
                          "issued": {"type": "integer"}, "rejected": {"type": "integer"},
                          "questions": {"type": "integer"}, "already_imported": {"type": "boolean"},
                          "errors": {"type": "array", "items": {"type": "object", "properties": {
                              "row": {"type": "integer"}, "field": {"type": "string"},
                              "reason": {"type": "string"}}}}}}
_SCHEMAS = cast(dict[str, Any], cast(dict[str, Any], OPENAPI["components"])["schemas"])
_PATHS = cast(dict[str, Any], OPENAPI["paths"])
ERROR = _SCHEMAS["Error"]


def _r(desc: str, schema: dict | None = None, mime: str = "application/json") -> dict:
    return {"description": desc, **({"content": {mime: {"schema": schema}}} if schema is not None else {})}


_COMMON = {"400": _r("text with a NUL character", ERROR), "401": _r("missing or unknown token", ERROR)}
_SCHEMAS.update({"BatchIn": BATCH_IN, "BatchReceipt": RECEIPT})
_PATHS.update({  # documented beside the rest of the API (web.api.OPENAPI)
    "/api/v1/batches": {"post": {
        "operationId": "createBatch",
        "summary": "Import an invoicing batch: JSON, or a CSV/XLSX file as multipart field 'file'; idempotent by "
                   "batch_id / Idempotency-Key and by content",
        "parameters": [{"name": "dry_run", "in": "query", "required": False, "schema": {"type": "boolean"}}],
        "requestBody": {"required": True, "content": {
            "application/json": {"schema": BATCH_IN},
            "multipart/form-data": {"schema": {"type": "object", "required": ["file"], "properties": {
                "file": {"type": "string", "format": "binary"}, "batch_id": {"type": "string"}}}}}},
        "responses": {"201": _r("imported: the receipt", RECEIPT),
                      "200": _r("imported before (the first receipt), or a dry run", RECEIPT),
                      "422": _r("unreadable or invalid batch", ERROR), **_COMMON}}},
    "/api/v1/batches/{batch_id}": {"get": {
        "operationId": "getBatch", "summary": "The receipt of a batch",
        "parameters": [{"name": "batch_id", "in": "path", "required": True,
                        "schema": {"type": "integer", "minimum": 1, "maximum": 2147483647}}],
        "responses": {"200": _r("the receipt", RECEIPT), "404": _r("not found", ERROR), **_COMMON}}},
    "/api/v1/batches/template": {"get": {
        "operationId": "getBatchTemplate", "summary": "The agency's Excel invoicing template",
        "parameters": [{"name": "lang", "in": "query", "required": False,
                        "schema": {"type": "string", "enum": ["sv", "fi", "en"]}}],
        "responses": {"200": _r("XLSX", {"type": "string", "format": "binary"}, XLSX),
                      "422": _r("unknown language", ERROR), **_COMMON}}},
})
