"""The intake parser: corpus score, own fixtures, robustness on real broken MIME, CLI, speed."""
from __future__ import annotations

import email.message
import importlib.util
import io
import json
from pathlib import Path

import pytest

from intake.parse import parse_message

HERE = Path(__file__).parent
FIX = HERE / "fixtures" / "parse"
SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus" / "intake"
MIME_DIR = SHARED / "data" / "external" / "mime"


def _registry() -> dict:
    return json.loads((FIX / "registry.json").read_text(encoding="utf-8"))


def _need(path: Path) -> None:
    if not path.exists():
        msg = f"{path} is missing (the shared corpus is not checked out next to this repository)"
        print(msg)
        pytest.skip(msg)


def _scorer():
    spec = importlib.util.spec_from_file_location("score_intake", SHARED / "corpus" / "score_intake.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _check(expected: dict, out: dict, scorer) -> tuple[object, bool, object]:
    t = scorer.Tally()
    t.compare({k: v for k, v in expected.items() if k != "kind"}, out, "", "")
    return t, expected.get("kind") == out.get("kind"), scorer.questions_check(expected, out)


def test_corpus_meets_targets():
    _need(CORPUS / "cases")
    _need(SHARED / "corpus" / "score_intake.py")
    scorer = _scorer()
    registry = json.loads((CORPUS / "registry.json").read_text(encoding="utf-8"))
    tp = fp = fn = kind_ok = q_ok = q_n = n = 0
    failures = []
    for eml in sorted((CORPUS / "cases").glob("*.eml")):
        exp = json.loads(eml.with_name(eml.stem + ".expected.json").read_text(encoding="utf-8"))
        out = json.loads(json.dumps(parse_message(eml.read_bytes(), registry), default=str))
        t, k, q = _check(exp, out, scorer)
        n += 1
        tp, fp, fn, kind_ok = tp + t.tp, fp + t.fp, fn + t.fn, kind_ok + k
        if q is not None:
            q_n += 1
            q_ok += q[0]
        if t.mismatches or not k or (q is not None and not q[0]):
            failures.append((eml.stem, t.mismatches[:3], q))
    assert n >= 30
    assert kind_ok / n >= 0.98, failures
    assert tp / (tp + fp) >= 0.99, failures
    assert tp / (tp + fn) >= 0.95, failures
    assert q_ok / q_n >= 0.90, failures


@pytest.mark.parametrize("name", sorted(p.stem for p in FIX.glob("*.eml")))
def test_own_fixture(name: str):
    _need(SHARED / "corpus" / "score_intake.py")
    scorer = _scorer()
    exp = json.loads((FIX / f"{name}.expected.json").read_text(encoding="utf-8"))
    out = json.loads(json.dumps(parse_message((FIX / f"{name}.eml").read_bytes(), _registry()), default=str))
    t, k, q = _check(exp, out, scorer)
    assert k, out["kind"]
    assert not t.mismatches, t.mismatches
    assert q is None or q[0], q


def _mail(body: str, attachments: list[tuple[str, str, bytes]] = (), sender="ekonomi@hydrografiverket.se",
          subject="Underlag") -> bytes:
    m = email.message.EmailMessage()
    m["From"] = f"Ekonomi <{sender}>"
    m["To"] = "kundfaktura@servicecentret.se"
    m["Subject"] = subject
    m["Date"] = "Mon, 02 Nov 2026 10:00:00 +0100"
    m.set_content(body)
    for fn, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn)
    return m.as_bytes()


def test_xlsx_generated_with_title_block_and_sum_row():
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Faktureringsunderlag november"])
    ws.append([])
    ws.append(["Kundnr", "Kund", "Artikel", "Benämning", "Antal", "À-pris", "Moms %", "Belopp"])
    ws.append([10002, "Mälardalens Miljökonsult AB", 1010, "Granskning", 2.5, None, 25, "=E4*F4"])
    ws.append([None, "Ny Kund Konsult AB", 9020, "Specialuppdrag", 1, 3200, 25, "=E5*F5"])
    ws.append([None, None, None, None, None, None, "Summa", "=SUM(H4:H5)"])
    buf = io.BytesIO()
    wb.save(buf)
    raw = _mail("Se bifogad fil.", [("underlag.xlsx",
                                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      buf.getvalue())])
    out = parse_message(raw, _registry())
    assert out["kind"] == "invoice_request"
    r0, r1 = out["requests"]
    assert r0["customer"]["customer_number"] == "10002"
    assert [(ln["article"], ln["quantity"], ln["unit_price"]) for ln in r0["lines"]] == [("1010", "2.5", "1150.00")]
    assert r1["customer"]["name"] == "Ny Kund Konsult AB"
    assert r1["lines"][0]["unit_price"] == "3200"
    assert r1["questions"] == ["customer.org_no"]
    prov = out["provenance"]["requests[0].lines[0].quantity"]
    assert prov["part"].startswith("attachment:underlag.xlsx") and prov["row"] == 4 and prov["col"] == "Antal"


def test_reply_answers_only_asked_paths():
    body = ("Hej!\n\nOrganisationsnumret är 556893-2171. Beloppet 4 500 kr stämmer.\n\nMvh Maria\n\n"
            "Från: Kundfaktura <kundfaktura@servicecentret.se>\nSkickat: den 1 november 2026 10:00\n"
            "Ämne: [REQ-AB12C] Komplettering\n\n1. Kundens organisationsnummer (customer.org_no)\n\n"
            "Rad 1: 1010 Konsultation – 3 tim à 1 150,00 kr\n")
    out = parse_message(_mail(body, subject="SV: [REQ-AB12C] Komplettering"), _registry())
    assert out["kind"] == "reply" and out["in_reply_to_token"] == "REQ-AB12C"
    assert out["requests"] == [{"customer": {"org_no": "556893-2171"}, "lines": []}]


def test_auto_reply_with_token_is_unknown():
    raw = _mail("Jag är på semester till 16 november.", subject="Automatiskt svar: [REQ-AB12C] Komplettering")
    out = parse_message(raw, _registry())
    assert out["kind"] == "unknown" and out["requests"] == []


def test_problems_instead_of_exceptions():
    big = b"%PDF-1.4\n" + b"0" * (21 * 1024 * 1024)
    raw = _mail("Bifogar underlag.", [
        ("underlag.zip", "application/zip", b"PK\x03\x04garbage"),
        ("skyddad.pdf", "application/pdf", b"%PDF-1.4\n1 0 obj <</Encrypt 2 0 R>> endobj\n"),
        ("trasig.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"not a zip"),
        ("stor.pdf", "application/pdf", big),
    ])
    out = parse_message(raw, _registry())
    text = " | ".join(out["problems"])
    assert "archive" in text and "encrypted" in text and "corrupt XLSX" in text and "20 MB" in text


def test_external_mime_files_never_raise():
    _need(MIME_DIR)
    files = sorted(MIME_DIR.glob("*.eml"))
    assert len(files) >= 80
    reg = _registry()
    for f in files:
        out = parse_message(f.read_bytes(), reg)
        assert out["kind"] in ("invoice_request", "payment_advice", "reply", "unknown"), f.name
        assert isinstance(out["problems"], list)
        json.dumps(out, default=str)


def test_cli_prints_contract_json(capsys):
    import app

    rc = app.main(["intake", "parse", str(FIX / "fi_prose.eml"), "--registry", str(FIX / "registry.json")])
    assert rc == 0
    out = json.loads(capsys.readouterr().out)
    assert out["kind"] == "invoice_request"
    assert out["requests"][0]["lines"][1]["unit_price"] == "1480.00"
