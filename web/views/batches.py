"""Invoicing by file in the web: upload a CSV/XLSX file, see a preview of the parsed batch with row-level errors
before anything is issued, confirm → the batch is imported (core.requests.batch_import, the same import as the CLI,
the API and the drop folder) → its receipt. Also the agency's Excel template.

The uploaded file waits between preview and confirmation under var/uploads/<sha256> (named by its content, so the
confirmation imports exactly the file that was previewed; a batch is idempotent by that hash). Every agency is
looked up through web.data (core.access): a user uploads, previews and reads receipts of their own agencies only.
"""
from __future__ import annotations

import re
from pathlib import Path

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user
from sqlmodel import col

from core.kernel.errors import DomainError
from core.platform.settings import var_dir
from core.registers import register as registers
from core.requests import batch_import, batch_template
from core.requests.models import InvoiceBatch
from core.views import keyset
from web import data, paging
from web.labels import error_text

bp = Blueprint("batches", __name__, url_prefix="/batches")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_SHA = re.compile(r"^[0-9a-f]{64}$")
KEYS = keyset.Keys(col(InvoiceBatch.id))  # newest first, paged by keyset (core.views.keyset)


def _uploads() -> Path:
    path = var_dir() / "uploads"
    path.mkdir(parents=True, exist_ok=True)
    return path


@bp.get("/")
def index() -> str:
    page = keyset.page(data.db(), data.scoped(InvoiceBatch), KEYS, *paging.cursor())
    return render_template("web/batches.html", agencies=data.agencies(), batches=page.rows, page=page,
                           args=paging.kept_args(),
                           codes={a.id: a.code for a in data.agencies()})


@bp.post("/preview")
def preview() -> ResponseReturnValue:
    agency = data.agency(request.form.get("agency"))
    upload = request.files.get("file")
    content = upload.read() if upload is not None else b""
    if not content:
        flash(_("Choose a file to upload."), "error")
        return redirect(url_for("batches.index"))
    filename = Path(upload.filename or "upload").name if upload is not None else "upload"
    try:
        receipt = batch_import.import_bytes(data.db(), agency, content, filename, dry_run=True, source="web",
                                            actor=current_user.username)
    except (batch_import.BatchFileError, DomainError) as exc:
        data.db().rollback()
        flash(_("The file cannot be read: %(msg)s", msg=str(exc)), "error")
        return redirect(url_for("batches.index"))
    data.db().rollback()  # a preview writes nothing
    if not receipt.get("already_imported"):
        (_uploads() / receipt["sha256"]).write_bytes(content)
    return render_template("web/batch.html", agency=agency, receipt=receipt, filename=filename, confirm=True)


@bp.post("/confirm")
def confirm() -> ResponseReturnValue:
    agency = data.agency(request.form.get("agency"))
    sha = request.form.get("sha256") or ""
    path = _uploads() / sha
    if not _SHA.match(sha) or not path.is_file():
        flash(_("The previewed file is no longer available; upload it again."), "error")
        return redirect(url_for("batches.index"))
    filename = Path(request.form.get("filename") or "upload").name
    try:
        receipt = batch_import.import_bytes(data.db(), agency, path.read_bytes(), filename, source="web",
                                            actor=current_user.username)
        data.db().commit()
    except (batch_import.BatchFileError, DomainError) as exc:
        data.db().rollback()
        flash(error_text(exc), "error")
        return redirect(url_for("batches.index"))
    path.unlink(missing_ok=True)
    if receipt.get("already_imported"):
        flash(_("This file was imported before; nothing new was issued."), "ok")
    return redirect(url_for("batches.detail", batch_id=receipt["batch_id"]))


@bp.get("/<int:batch_id>")
def detail(batch_id: int) -> str:
    row = data.owned(InvoiceBatch, batch_id)
    return render_template("web/batch.html", agency=data.agency(row.agency_id), receipt=row.receipt,
                           filename=row.filename, confirm=False, batch=row)


@bp.get("/template/<int:agency_id>")
def template(agency_id: int) -> Response:
    agency = data.agency(agency_id)
    lang = request.args.get("lang") or registers.agency_language(agency)
    if lang not in ("sv", "fi", "en"):
        abort(404)
    body = batch_template.build_template(data.db(), agency, lang)
    return Response(body, mimetype=XLSX, headers={
        "Content-Disposition": f'attachment; filename="fakturaunderlag-{agency.code}.xlsx"'})
