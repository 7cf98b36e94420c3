"""Invoicing by file over the API (POST /api/v1/batches, idempotent, agency isolation) and in the web (upload →
preview with row-level errors, nothing issued → confirm → receipt page)."""
from __future__ import annotations

import io

import openpyxl
from sqlmodel import Session, select

from core.billing.models import Invoice
from core.platform.db import get_engine

CSV = ("fakturanyckel;kundnummer;fakturadatum;artikel;antal\n"
       "A;10002;2026-11-30;1010;2\n"
       "B;10004;2026-11-30;9999;1\n")


def _h(world, code="HYDRO-SE", key=None):
    h = {"Authorization": f"Bearer {world[code]['token']}"}
    if key:
        h["Idempotency-Key"] = key
    return h


def _count(status="issued") -> int:
    with Session(get_engine()) as s:
        return len(s.exec(select(Invoice).where(Invoice.status == status, Invoice.source == "file")).all())


def test_api_json_batch_is_idempotent_and_receipt_readable(app, world):
    c = app.test_client()
    body = {"batch_id": "sys-1", "invoices": [
        {"invoice_key": "1", "customer": {"customer_number": "10002"}, "invoice_date": "2026-11-30",
         "lines": [{"article": "1010", "quantity": "4"}]},
        {"invoice_key": "2", "customer": {"customer_number": "10004"}, "lines": [{"article": "1010",
                                                                                   "quantity": "abc"}]}]}
    r = c.post("/api/v1/batches", headers=_h(world), json=body)
    assert r.status_code == 201, r.get_json()
    rec = r.get_json()
    assert (rec["issued"], rec["rejected"], rec["errors"][0]["row"], rec["errors"][0]["field"]) == \
        (1, 1, 2, "quantity")
    again = c.post("/api/v1/batches", headers=_h(world), json=body)
    assert again.status_code == 200 and again.get_json()["already_imported"]
    assert _count() == 1
    got = c.get(f"/api/v1/batches/{rec['batch_id']}", headers=_h(world))
    assert got.status_code == 200 and got.get_json()["issued"] == 1
    # another agency's token does not see it
    assert c.get(f"/api/v1/batches/{rec['batch_id']}", headers=_h(world, "VESI-FI")).status_code == 404
    assert c.get(f"/api/v1/batches/{rec['batch_id']}").status_code == 401


def test_api_file_upload_and_template(app, world):
    c = app.test_client()
    r = c.post("/api/v1/batches", headers=_h(world, key="file-1"),
               data={"file": (io.BytesIO(CSV.encode("cp1252")), "nov.csv")}, content_type="multipart/form-data")
    assert r.status_code == 201 and r.get_json()["client_batch_id"] == "file-1"
    bad = c.post("/api/v1/batches", headers=_h(world), data={"file": (io.BytesIO(b"PK\x03\x04x"), "x.xlsx")},
                 content_type="multipart/form-data")
    assert bad.status_code == 422 and bad.get_json()["error"] == "unreadable"
    t = c.get("/api/v1/batches/template", headers=_h(world, "VESI-FI"))
    assert t.status_code == 200 and openpyxl.load_workbook(io.BytesIO(t.data)).sheetnames[:2] == \
        ["Ohjeet", "Laskurivit"]


def test_web_upload_preview_then_confirm(app, world, as_user):
    c = as_user("hydro")
    page = c.get("/batches/")
    assert page.status_code == 200 and b"batch-upload" in page.data
    r = c.post("/batches/preview", data={"agency": world["HYDRO-SE"]["agency"],
                                         "file": (io.BytesIO(CSV.encode()), "nov.csv")},
               content_type="multipart/form-data")
    assert r.status_code == 200
    html = r.data.decode()
    assert "batch-confirm" in html and "artikel 9999 finns inte" in html and ">3<" in html  # row 3 named
    assert _count() == 0  # nothing issued by the preview
    sha = html.split('name="sha256" value="')[1].split('"')[0]
    done = c.post("/batches/confirm", data={"agency": world["HYDRO-SE"]["agency"], "sha256": sha,
                                            "filename": "nov.csv"})
    assert done.status_code == 302
    receipt = c.get(done.headers["Location"])
    assert receipt.status_code == 200 and "batch-issued" in receipt.data.decode()
    assert _count() == 1
    # another agency's user cannot read the receipt nor upload for HYDRO-SE
    other = as_user("vesi")
    assert other.get(done.headers["Location"]).status_code == 404
    assert other.post("/batches/preview", data={"agency": world["HYDRO-SE"]["agency"],
                                                "file": (io.BytesIO(CSV.encode()), "nov.csv")},
                      content_type="multipart/form-data").status_code == 404


def test_web_template_download(app, world, as_user):
    c = as_user("hydro")
    r = c.get(f"/batches/template/{world['HYDRO-SE']['agency']}")
    assert r.status_code == 200 and openpyxl.load_workbook(io.BytesIO(r.data))["Fakturarader"]["A1"].value == \
        "Fakturanyckel"
    assert c.get(f"/batches/template/{world['VESI-FI']['agency']}").status_code == 404
