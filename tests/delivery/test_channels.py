"""Channel choice, outbox files, DeliveryRecord, audit, idempotence, the delivery run and the CLI."""
import datetime as dt
import json

from sqlmodel import select

from core.billing.delivery import channels, validate
from core.billing.models import DeliveryRecord
from core.platform.models import AuditEvent
from tests.conftest import run_cli
from tests.delivery.support import make

DAY = dt.date(2026, 11, 3)


def _files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_peppol_customer_gets_a_valid_e_invoice(demo, tmp_path, monkeypatch):
    monkeypatch.setenv("RESKONTRA_OUTBOX", str(tmp_path))
    inv = make(demo, customer="10001")  # has peppol_id 0007:5567124085
    assert channels.choose_channel(inv) == "peppol"
    d = channels.deliver(demo, inv, "tester", day=DAY)
    demo.commit()
    assert d.created and d.record.channel == "peppol" and inv.delivery_channel == "peppol"
    assert _files(tmp_path) == [f"peppol/HYDRO-SE-invoice-{inv.number}.xml"]
    xml = (tmp_path / "peppol" / f"HYDRO-SE-invoice-{inv.number}.xml").read_bytes()
    assert validate.validate(xml).ok
    events = demo.exec(select(AuditEvent).where(AuditEvent.action == "invoice.delivered")).all()
    assert len(events) == 1 and events[0].actor == "tester" and events[0].details["channel"] == "peppol"


def test_customer_without_peppol_address_is_printed_in_the_days_batch(demo, tmp_path, monkeypatch):
    monkeypatch.setenv("RESKONTRA_OUTBOX", str(tmp_path))
    inv = make(demo, customer="10002")
    d = channels.deliver(demo, inv, "tester", day=DAY)
    demo.commit()
    assert d.record.channel == "print" and inv.delivery_channel == "print"
    assert _files(tmp_path) == [f"print/2026-11-03/HYDRO-SE-invoice-{inv.number}.pdf", "print/2026-11-03/manifest.json"]
    manifest = json.loads((tmp_path / "print" / "2026-11-03" / "manifest.json").read_text())
    assert manifest["documents"][0]["number"] == inv.number


def test_mixed_outside_scope_invoice_falls_back_to_print(demo, tmp_path, monkeypatch):
    monkeypatch.setenv("RESKONTRA_OUTBOX", str(tmp_path))
    inv = make(demo, customer="10004", lines=(("1010", "1", None, None), ("2010", "1", None, None)))
    d = channels.deliver(demo, inv, "tester", day=DAY)
    assert d.record.channel == "print" and "BR-O-11" in d.fallback_reason


def test_delivering_twice_writes_nothing_new(demo, tmp_path, monkeypatch):
    monkeypatch.setenv("RESKONTRA_OUTBOX", str(tmp_path))
    inv = make(demo, customer="10002")
    first = channels.deliver(demo, inv, "tester", day=DAY)
    demo.commit()
    before = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    again = channels.deliver(demo, inv, "tester", day=DAY + dt.timedelta(days=1))
    demo.commit()
    assert not again.created and again.record.id == first.record.id
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()} == before
    assert len(demo.exec(select(DeliveryRecord)).all()) == 1


def test_reminders_use_the_same_deliver_and_go_by_print(demo, tmp_path, monkeypatch):
    monkeypatch.setenv("RESKONTRA_OUTBOX", str(tmp_path))
    inv = make(demo, customer="10001")
    channels.deliver(demo, inv, "tester", day=DAY)
    r1 = channels.deliver(demo, inv, "tester", document="reminder", sequence=1, extra={"fee": "60.00"}, day=DAY)
    r1b = channels.deliver(demo, inv, "tester", document="reminder", sequence=1, day=DAY)
    assert r1.record.channel == "print" and r1.record.document == "reminder" and not r1b.created
    assert inv.delivery_channel == "peppol"  # the invoice's own channel is unchanged


def test_delivery_run_cli_delivers_all_undelivered_once(demo, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("RESKONTRA_OUTBOX", str(tmp_path))
    a = make(demo, customer="10001")
    b = make(demo, customer="10002", lines=(("1010", "5", None, None),))
    make(demo, customer="10002", lines=(("1010", "9", None, None),), issue=False)  # a draft is not delivered
    note = make(demo, customer="10004", lines=(("1010", "1", None, None),))
    from tests.delivery.support import credit
    credit(demo, note)
    code, out, err = run_cli(capsys, "delivery", "run", "--date", "2026-11-03", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["delivered"] == 4 and data["peppol"] == 3 and data["print"] == 1
    assert {d["number"] for d in data["documents"]} >= {a.number, b.number}
    code, out, _ = run_cli(capsys, "delivery", "run", "--json")
    assert code == 0 and json.loads(out)["delivered"] == 0


def test_invoice_ubl_and_pdf_cli(demo, tmp_path, capsys):
    inv = make(demo, customer="10001")
    code, _, err = run_cli(capsys, "invoice", "ubl", inv.number, "--agency", "HYDRO-SE", "-o", str(tmp_path / "i.xml"))
    assert code == 0, err
    assert validate.validate((tmp_path / "i.xml").read_bytes()).ok
    code, _, err = run_cli(capsys, "invoice", "pdf", inv.number, "-o", str(tmp_path / "i.pdf"))
    assert code == 0, err
    assert (tmp_path / "i.pdf").read_bytes().startswith(b"%PDF")
    code, _, err = run_cli(capsys, "invoice", "ubl", "99999", "-o", str(tmp_path / "x.xml"))
    assert code == 1 and "no invoice" in err and not (tmp_path / "x.xml").exists()
    private = make(demo, customer="10003", lines=(("2010", "1", None, None),))
    code, _, err = run_cli(capsys, "invoice", "ubl", private.number, "-o", str(tmp_path / "p.xml"))
    assert code == 2 and "peppol_id" in err and not (tmp_path / "p.xml").exists()
