"""The drop folder per agency (intake.dropbox): a file put into var/dropbox/<AGENCY>/in is imported once, moved to
done/ (or rejected/ when nothing could be issued) with its receipt beside it; the same file again issues nothing
new; a file still being written is left alone; the receipt is mailed to the agency's invoicing contact."""
from __future__ import annotations

import json

from sqlmodel import select

from core.billing.models import Invoice
from core.platform.models import MailNotice
from intake import dropbox
from tests.conftest import run_cli

CSV = ("invoice_key;customer_number;invoice_date;article;quantity\n"
       "A;10001;2026-11-30;1010;2\n"
       "B;10002;2026-11-30;9999;1\n")


def test_drop_folder_imports_moves_and_writes_the_receipt(demo, tmp_path):
    inbox = dropbox.ensure_folders("HYDRO-SE", tmp_path)
    (inbox / "nov.csv").write_text(CSV, encoding="utf-8")
    (inbox / "dec.csv.part").write_text(CSV, encoding="utf-8")  # still being uploaded
    done = dropbox.poll_once(root=tmp_path, min_age=0)
    assert [(d["file"], d["status"], d["issued"], d["rejected"]) for d in done] == [("nov.csv", "partial", 1, 1)]
    moved = tmp_path / "HYDRO-SE" / "done" / "nov.csv"
    assert moved.is_file() and not (inbox / "nov.csv").exists() and (inbox / "dec.csv.part").exists()
    receipt = dropbox.read_receipt(moved)
    assert receipt["errors"][0]["row"] == 3 and receipt["errors"][0]["field"] == "article"
    mail = demo.exec(select(MailNotice).where(MailNotice.kind == "batch_receipt")).one()
    assert mail.to_addr == "fakturering@hydrografiverket.se" and "rad 3" in mail.body
    # the same content delivered again: nothing new, moved to done/ beside the first with the first receipt
    (inbox / "nov-again.csv").write_text(CSV, encoding="utf-8")
    again = dropbox.poll_once(root=tmp_path, min_age=0)
    assert again[0]["already_imported"] and again[0]["issued"] == 1
    assert len(demo.exec(select(Invoice)).all()) == 1


def test_unreadable_file_goes_to_rejected(demo, tmp_path):
    inbox = dropbox.ensure_folders("VESI-FI", tmp_path)
    (inbox / "broken.xlsx").write_bytes(b"PK\x03\x04 no zip")
    (tmp_path / "NO-SUCH").mkdir()
    ((tmp_path / "NO-SUCH") / "in").mkdir()
    ((tmp_path / "NO-SUCH") / "in" / "x.csv").write_text(CSV)
    done = dropbox.poll_once(root=tmp_path, min_age=0)
    by_agency = {d["agency"]: d for d in done}
    assert by_agency["VESI-FI"]["moved_to"].endswith("rejected/broken.xlsx") and by_agency["VESI-FI"]["error"]
    assert by_agency["NO-SUCH"]["moved_to"] is None and (tmp_path / "NO-SUCH" / "in" / "x.csv").exists()
    receipt = json.loads((tmp_path / "VESI-FI" / "rejected" / "broken.xlsx.receipt.json").read_text())
    assert receipt["status"] == "rejected" and "XLSX" in receipt["error"]


def test_import_drop_command(demo, tmp_path, capsys):
    inbox = dropbox.ensure_folders("HYDRO-SE", tmp_path)
    (inbox / "nov.csv").write_text(CSV, encoding="utf-8")
    code, out, err = run_cli(capsys, "invoice", "import-drop", "--dir", str(tmp_path), "--json")
    assert code == 0, err
    assert json.loads(out)[0]["issued"] == 1
    code, out, _ = run_cli(capsys, "invoice", "import-drop", "--dir", str(tmp_path))
    assert code == 0 and "no files waiting" in out
