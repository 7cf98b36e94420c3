"""`reskontra invoice import FILE --agency CODE [--dry-run] [--batch-id ID] --json` and `invoice template`: the
receipt on stdout, exit 0 once the file was read (rejections are in the receipt), exit 2 with one line for a file
that cannot be read; --dry-run writes nothing."""
from __future__ import annotations

import json

import openpyxl
from sqlmodel import select

from core.billing.models import Invoice
from tests.conftest import run_cli

CSV = ("fakturanyckel;kundnummer;fakturadatum;artikel;antal;à-pris;moms %\n"
       "1;10001;30.11.2026;1010;2;;\n"
       "1;10001;30.11.2026;3010;1;;\n"
       "2;10002;30.11.2026;1010;1;1 150,00;25\n"
       "3;10004;30.11.2026;1010;2;;12\n")


def test_cli_import_prints_the_receipt_and_issues(demo, tmp_path, capsys):
    f = tmp_path / "november.csv"
    f.write_bytes(CSV.encode("cp1252"))
    code, out, err = run_cli(capsys, "invoice", "import", str(f), "--agency", "HYDRO-SE", "--dry-run", "--json")
    assert code == 0, err
    dry = json.loads(out)
    assert (dry["status"], dry["ready"], dry["issued"]) == ("validated", 2, 0)
    assert demo.exec(select(Invoice)).all() == []
    code, out, err = run_cli(capsys, "invoice", "import", str(f), "--agency", "HYDRO-SE", "--batch-id", "nov",
                             "--json")
    assert code == 0, err
    r = json.loads(out)
    assert (r["rows"], r["invoices"], r["issued"], r["rejected"], r["client_batch_id"]) == (4, 3, 2, 1, "nov")
    assert r["errors"] == [{"row": 5, "invoice_key": "3", "field": "vat_rate", "code": "vat_mismatch",
                            "reason": "moms 12 % skiljer sig från artikelns 25 % den 2026-11-30"}]
    assert len(demo.exec(select(Invoice).where(Invoice.status == "issued")).all()) == 2
    code, out, _ = run_cli(capsys, "invoice", "import", str(f), "--agency", "HYDRO-SE")
    assert code == 0 and "already imported" in out
    assert len(demo.exec(select(Invoice)).all()) == 2


def test_cli_unreadable_file_exits_2_with_one_line(demo, tmp_path, capsys):
    f = tmp_path / "junk.xlsx"
    f.write_bytes(b"PK\x03\x04 not really a spreadsheet")
    code, out, err = run_cli(capsys, "invoice", "import", str(f), "--agency", "HYDRO-SE", "--json")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "XLSX" in err
    code, _, err = run_cli(capsys, "invoice", "import", str(tmp_path / "missing.csv"), "--agency", "HYDRO-SE")
    assert code == 2 and "no such file" in err
    code, _, err = run_cli(capsys, "invoice", "import", str(f), "--agency", "NOPE")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_cli_template(demo, tmp_path, capsys):
    out_file = tmp_path / "mall.xlsx"
    code, _, err = run_cli(capsys, "invoice", "template", "--agency", "VESI-FI", "-o", str(out_file))
    assert code == 0, err
    wb = openpyxl.load_workbook(out_file)
    assert wb.sheetnames[:2] == ["Ohjeet", "Laskurivit"] and wb["Laskurivit"]["C1"].value == "Y-tunnus"
