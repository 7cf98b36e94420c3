"""Reports: ageing (with chart), AR vs ledger reconciliation, automation rate, e-invoice share; CSV/XLSX.
Figures come from core.reports (per agency) — the web only picks the agencies the user may see."""
from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

from flask import Blueprint, Response, abort, render_template, request
from flask_babel import gettext as _

from core.errors import DomainError
from web import charts, data, fmt, stats
from web.integrations import optional

bp = Blueprint("reports", __name__, url_prefix="/reports")
KINDS = ("ageing", "open-items", "reconciliation", "automation", "einvoice")


def _as_of() -> dt.date:
    try:
        return dt.date.fromisoformat(request.args.get("as_of") or "")
    except ValueError:
        return dt.date.today()


def _agencies():  # noqa: ANN202
    aid = request.args.get("agency", type=int)
    return [data.agency(aid)] if aid else data.agencies()


@bp.get("/")
def index():  # noqa: ANN201
    as_of = _as_of()
    agencies = _agencies()
    reports = optional("core.reports", "ageing") is not None
    ageing_rows = stats.ageing(as_of, agencies[0].id if len(agencies) == 1 else None)
    recon = []
    rec_fn = optional("core.reports", "reconciliation_report")
    for a in agencies:
        if rec_fn:
            try:
                recon.append(rec_fn(data.db(), a, as_of))
                continue
            except Exception:  # noqa: BLE001
                pass
    checks = [c for c in stats.ledger_check() if c.agency in {a.code for a in agencies}]
    start = as_of.replace(month=1, day=1)
    auto, einv = [], []
    for a in agencies:
        if reports:
            from core import reports as r

            auto.append(r.automation(data.db(), a, start, as_of))
            einv.append(r.einvoice_share(data.db(), a, start, as_of))
    chart = charts.bar_chart([(f'{r["agency"]} {b}', r[b]) for r in ageing_rows for b, _lo, _hi in stats.BUCKETS
                              if r[b]], _("Ageing"), fmt=fmt.money)
    return render_template("web/reports.html", as_of=as_of, agencies=data.agencies(), ageing=ageing_rows,
                           buckets=[b for b, _l, _h in stats.BUCKETS], recon=recon, checks=checks, auto=auto,
                           einv=einv, chart=chart, f_agency=request.args.get("agency", type=int), kinds=KINDS,
                           auto_total=stats.automation_rate(), einv_total=stats.einvoice_share())


def _table(kind: str, as_of: dt.date) -> tuple[list[str], list[list]]:
    agencies = _agencies()
    fn = optional("core.reports", "table")
    if kind in ("ageing", "open-items") and fn is not None:
        cols, rows = [], []
        for a in agencies:
            try:
                cols, part = fn(data.db(), kind, a, as_of)
            except DomainError:
                continue
            rows += part
        return cols, rows
    if kind == "ageing":
        cols = ["agency", "currency"] + [b for b, _l, _h in stats.BUCKETS] + ["total"]
        return cols, [[r["agency"], r["currency"]] + [r[b] for b, _l, _h in stats.BUCKETS] + [r["total"]]
                      for r in stats.ageing(as_of)]
    if kind == "reconciliation":
        return (["agency", "ar_account", "subledger", "ledger", "difference", "unbalanced_vouchers"],
                [[c.agency, c.ar_account, c.ar_subledger, c.ar_ledger, c.difference, len(c.unbalanced)]
                 for c in stats.ledger_check() if c.agency in {a.code for a in agencies}])
    if kind in ("automation", "einvoice") and optional("core.reports", "automation"):
        from core import reports as r

        start = as_of.replace(month=1, day=1)
        rows = []
        for a in agencies:
            rep = r.automation(data.db(), a, start, as_of) if kind == "automation" \
                else r.einvoice_share(data.db(), a, start, as_of)
            rows += [[a.code] + list(m.values()) for m in rep["months"]]
        keys = ["month", "requests", "invoiced", "touchless", "automation_rate"] if kind == "automation" \
            else ["month", "invoices", "peppol", "einvoice_share"]
        return ["agency"] + keys, rows
    abort(404)


@bp.get("/<kind>.<any(csv, xlsx):ext>")
def download(kind: str, ext: str):  # noqa: ANN201
    if kind not in KINDS:
        abort(404)
    as_of = _as_of()
    cols, rows = _table(kind, as_of)
    name = f"{kind}-{as_of.isoformat()}.{ext}"
    if ext == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, delimiter=";")
        w.writerow(cols)
        for row in rows:
            w.writerow([str(v) if isinstance(v, Decimal) else ("" if v is None else v) for v in row])
        return Response("\ufeff" + buf.getvalue(), mimetype="text/csv",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = kind[:30]
    ws.append(cols)
    for row in rows:
        ws.append(list(row))
    for r in ws.iter_rows(min_row=2):
        for c in r:
            if isinstance(c.value, (Decimal, float)):
                c.number_format = "#,##0.00"
    out = io.BytesIO()
    wb.save(out)
    return Response(out.getvalue(),
                    mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
