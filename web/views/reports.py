"""Reports as of a date, per agency the user may see: ageing (with chart), AR subledger vs ledger reconciliation
with every difference explained, valuation of receivables with the provision, automation rate and e-invoice
share; CSV/XLSX. Figures and files come from core.period (reports, tabular), the same as the CLI's."""
from __future__ import annotations

import datetime as dt
import itertools
import tempfile
from collections.abc import Callable, Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from flask import Blueprint, Response, abort, render_template, request
from flask_babel import gettext as _

from core.period import reports, tabular
from core.registers.models import Agency
from web import charts, data, fmt, labels, report_words, stats, typed_dates

bp = Blueprint("reports", __name__, url_prefix="/reports")
KINDS = ("ageing", "open-items", "reconciliation", "valuation", "automation")


def _as_of() -> dt.date:
    return typed_dates.day_or(request.args.get("as_of"), dt.date.today()) or dt.date.today()


def _agencies() -> list[Agency]:
    aid = request.args.get("agency", type=int)
    return [data.agency(aid)] if aid else data.agencies()


@bp.get("/")
def index() -> str:
    as_of = _as_of()
    start = as_of.replace(month=1, day=1)
    per_agency: list[dict[str, Any]] = [
        {"agency": a,
         "ageing": reports.ageing(data.db(), a, as_of),
         "reconciliation": reports.reconciliation_report(data.db(), a, as_of),
         "valuation": reports.valuation_report(data.db(), a, as_of),
         "automation": reports.automation(data.db(), a, start, as_of),
         "einvoice": reports.einvoice_share(data.db(), a, start, as_of)} for a in _agencies()]
    return render_template("web/reports.html", as_of=as_of, agencies=data.agencies(), reports=per_agency,
                           charts=ageing_charts(per_agency), kind_labels=kind_labels(),
                           f_agency=request.args.get("agency", type=int), kinds=KINDS,
                           auto_total=stats.automation_rate(), einv_total=stats.einvoice_share())


def ageing_charts(per_agency: list[dict[str, Any]]) -> list[tuple[str, Any]]:
    """One ageing chart per currency (SEK and EUR never share a scale), bars per agency and age bucket."""
    by_currency: dict[str, list[tuple[str, Decimal]]] = {}
    for r in per_agency:
        cur = r["ageing"].get("currency") or r["agency"].currency
        for b in r["ageing"]["buckets"]:
            if Decimal(b["amount"]):
                by_currency.setdefault(cur, []).append(
                    (f'{r["agency"].code} {labels.word(labels.BUCKETS, b["bucket"])}', Decimal(b["amount"])))
    def in_currency(cur: str) -> Callable[[Any], str]:
        return lambda v: fmt.money(v, cur)

    return [(cur, charts.bar_chart(items, _("Ageing (%(currency)s)", currency=cur), fmt=in_currency(cur)))
            for cur, items in sorted(by_currency.items())]


def kind_labels() -> dict[str, str]:
    """The reports' names as the reader says them (the file names keep the key)."""
    return {"ageing": _("Ageing"), "open-items": _("Open items"), "reconciliation": _("Reconciliation"),
            "valuation": _("Valuation of receivables"), "automation": _("Automation rate")}


def _table(kind: str, as_of: dt.date) -> tuple[list[str], Iterable[list]]:
    """One table over the chosen agencies (a leading agency column when core's table has none); the rows come as
    the database yields them (the file is written within the request)."""
    parts = [(a.code, *reports.table(data.db(), kind, a, as_of)) for a in _agencies()]
    if not parts:
        return [], []
    cols = parts[0][1]
    if cols[0] == "agency":
        return cols, itertools.chain.from_iterable(rows for _, _, rows in parts)
    return ["agency", *cols], ([code, *row] for code, _, rows in parts for row in rows)


MIMETYPES = {"csv": "text/csv", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@bp.get("/<kind>.<any(csv, xlsx):ext>")
def download(kind: str, ext: str) -> Response:
    """The report as a file, written by core.period.tabular (the same files as the CLI)."""
    if kind not in KINDS:
        abort(404)
    as_of = _as_of()
    cols, rows = _table(kind, as_of)
    name, title = f"{kind}-{as_of.isoformat()}.{ext}", kind
    if ext == "xlsx":  # read by people: in words (the CSV keeps the CLI's keys for programs)
        cols, rows = report_words.in_words(cols, rows)
        title = kind_labels()[kind]
    with tempfile.TemporaryDirectory() as tmp:
        body = tabular.write(Path(tmp) / name, ext, cols, rows, title=title).read_bytes()
    return Response(body, mimetype=MIMETYPES[ext], headers={"Content-Disposition": f'attachment; filename="{name}"'})
