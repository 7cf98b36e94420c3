"""Intake benchmark: 1,000 generated messages (plain text, HTML-only, a reply chain with history, CSV, UTF-16
TSV, XLSX and PDF attachments, a few replies and spoofs) stored, parsed and processed through the real pipeline on
a throw-away SQLite database (or PostgreSQL with --pg), in batches as a mailbox run takes them, then the mails
they caused delivered.

    .venv/bin/python bench/intake.py [--n 1000]

Prints messages/second; the goal is 1,000 messages in at most 20 s.
"""
from __future__ import annotations

import argparse
import email.policy
import io
import json
import os
import sys
import time
from collections import Counter
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import setup_db  # noqa: E402 -- the project root is on the path only from here

REGISTRY = ROOT / "tests" / "intake" / "fixtures" / "pipeline" / "registry.json"
SENDER = "maria.lindgren@hydrografiverket.se"
AUTH = ("mx1.servicecentret.se; dkim=pass header.d=hydrografiverket.se header.s=sel1; spf=pass "
        "smtp.mailfrom=hydrografiverket.se; dmarc=pass header.from=hydrografiverket.se")
CUSTOMERS = [("Byggbolaget i Norr AB", "556712-4085"), ("Fjällgruppen Konsult AB", None)]
ARTICLES = [("1010", "Konsultation, per timme"), ("1020", "Fältmätning, dag"), ("2010", "Datauttag")]


def _mail(i: int, body: str, auth: bool = True) -> EmailMessage:
    msg = EmailMessage(policy=email.policy.SMTP.clone(max_line_length=998))
    if auth:
        msg["Authentication-Results"] = AUTH
    msg["From"] = f"Maria Lindgren <{SENDER}>"
    msg["To"] = "kundfaktura@servicecentret.se"
    msg["Subject"] = f"Faktureringsunderlag {i}"
    msg["Date"] = "Mon, 16 Nov 2026 09:00:00 +0100"
    msg["Message-ID"] = f"<bench-{i}@hydrografiverket.se>"
    msg.set_content(body)
    return msg


def _pdf(lines: list[str]) -> bytes:
    """A minimal one-page text PDF (no dependency)."""
    text = "BT /F1 11 Tf 50 800 Td 14 TL " + " ".join(
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for ln in lines) + " ET"
    stream = text.encode("cp1252", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")  # BytesIO(initial) starts at offset 0: the objects would overwrite the header
    offsets = []
    for n, obj in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def _xlsx(rows: list[list]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def generate(n: int) -> list[bytes]:
    xlsx_cache: dict[int, bytes] = {}
    out = []
    for i in range(n):
        name, org = CUSTOMERS[i % len(CUSTOMERS)]
        code, art = ARTICLES[i % len(ARTICLES)]
        qty = 1 + i % 9
        kind = i % 10
        head = f"Hej!\n\nVänligen fakturera enligt nedan.\n\nKund: {name}\n" + (f"Org.nr: {org}\n" if org else "")
        if kind in (0, 1):  # labelled text
            msg = _mail(i, head + f"Er referens: Ref {i}\n\nArtikel: {code} {art}\nAntal: {qty}\n\nMvh Maria\n")
        elif kind == 2:  # data only in the HTML part, text part a placeholder
            msg = _mail(i, "Detta meddelande innehåller HTML.\n")
            msg.add_alternative(f"<p>Hej!</p><table><tr><td>Kund</td><td>{name}</td></tr>"
                                + (f"<tr><td>Org.nr</td><td>{org}</td></tr>" if org else "")
                                + f"</table><table><tr><th>Artikel</th><th>Antal</th></tr><tr><td>{code}</td>"
                                  f"<td>{qty}</td></tr></table><p>Mvh Maria</p>", subtype="html")
        elif kind == 3:  # a new request above an Outlook history with other numbers
            msg = _mail(i, head + f"Artikel: {code} {art}\nAntal: {qty}\n\nMvh Maria\n\nFrån: Maria Lindgren\n"
                           f"Skickat: den 2 november 2026 10:00\nÄmne: Underlag\n\n{head}Artikel: {code}\n"
                           f"Antal: {qty + 5}\n")
        elif kind == 4:  # CSV
            msg = _mail(i, "Hej, underlag bifogas.\n\nMvh Maria\n")
            csv = "Kund;Org.nr;Artikel;Beskrivning;Antal;Pris\n" + "".join(
                f"{name};{org or ''};{c};{a};{qty + k};\n" for k, (c, a) in enumerate(ARTICLES[:2]))
            msg.add_attachment(csv.encode("utf-8"), maintype="text", subtype="csv", filename=f"underlag{i}.csv")
        elif kind == 5:  # Excel "Unicode text": UTF-16 tab-separated with empty cells
            msg = _mail(i, "Hej, underlag bifogas.\n\nMvh Maria\n")
            tsv = "Kund\tOrg.nr\tArtikel\tBeskrivning\tAntal\tPris\r\n" + "".join(
                f"{name}\t{org or ''}\t{c}\t\t{qty + k}\t\r\n" for k, (c, _) in enumerate(ARTICLES[:2]))
            msg.add_attachment(b"\xff\xfe" + tsv.encode("utf-16-le"), maintype="text", subtype="plain",
                               filename=f"underlag{i}.txt")
        elif kind == 6:  # XLSX
            msg = _mail(i, "Hej, underlag i Excel.\n\nMvh Maria\n")
            data = xlsx_cache.setdefault(qty, _xlsx([["Kund", "Org.nr", "Artikel", "Antal"],
                                                      [name, org or "", code, qty]]))
            msg.add_attachment(data, maintype="application",
                               subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               filename=f"underlag{i}.xlsx")
        elif kind == 7:  # PDF
            msg = _mail(i, "Hej, se bifogad blankett.\n\nMvh Maria\n")
            msg.add_attachment(_pdf(["Faktureringsunderlag", f"Kund: {name}", f"Org.nr: {org or ''}",
                                     f"Artikel: {code} {art}", f"Antal: {qty}"]),
                               maintype="application", subtype="pdf", filename=f"underlag{i}.pdf")
        elif kind == 8:  # missing quantity -> a question mail
            msg = _mail(i, head + f"\nArtikel: {code} {art}\nAntalet återkommer jag med.\n\nMvh Maria\n")
        else:  # spoofed: no authentication -> quarantine
            msg = _mail(i, head + f"\nArtikel: {code} {art}\nAntal: {qty}\n", auth=False)
        out.append(msg.as_bytes())
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--pg", action="store_true", help="PostgreSQL ($RESKONTRA_INTAKE_PG_URL or reskontra_bench)")
    args = ap.parse_args(argv)
    pg = os.environ.get("RESKONTRA_INTAKE_PG_URL", "postgresql://postgres@127.0.0.1:5432/reskontra_bench")
    setup_db.environment("reskontra-bench-intake-", pg if args.pg else None)

    from core.platform.db import session_scope
    from core.registers import register as registers
    from intake import outgoing_mail, pipeline

    setup_db.empty_database()
    with session_scope() as s:
        registers.load_registry(s, json.loads(REGISTRY.read_text(encoding="utf-8")), actor="bench")
    t0 = time.perf_counter()
    msgs = generate(args.n)
    t_gen = time.perf_counter() - t0
    counts: Counter = Counter()
    t1, c1 = time.perf_counter(), time.process_time()
    for k in range(0, len(msgs), pipeline.BATCH):  # as a mailbox run takes them (intake.pipeline.poll_mailbox)
        pipeline.ingest_many([(raw, None) for raw in msgs[k:k + pipeline.BATCH]], "bench", "bench", counts=counts)
    sent = outgoing_mail.deliver_pending()
    elapsed = time.perf_counter() - t1
    cpu = time.process_time() - c1  # this process only (not the database server): comparable on a loaded machine
    rate = args.n / elapsed
    print(json.dumps({"messages": args.n, "generate_seconds": round(t_gen, 2), "seconds": round(elapsed, 2),
                      "cpu_seconds": round(cpu, 2),
                      "messages_per_second": round(rate, 1), "processed": counts["processed"],
                      "quarantined": counts["quarantined"], "invoices": counts["invoices"],
                      "requests": counts["requests"], "mails_sent": sent}))
    print(f"intake: {args.n} messages in {elapsed:.1f} s = {rate:.0f} messages/s "
          f"({'OK' if elapsed <= 20 * args.n / 1000 else 'SLOWER THAN'} goal 20 s per 1,000)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
