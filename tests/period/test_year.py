"""A year of generated activity in three agencies — invoices (some with service periods), full and partial
credits, payments from bank files, monthly accruals, quarterly provisions, write-offs — and afterwards: every
voucher balances, the reconciliation shows no difference at any month end, and the SIE 4 export reads back."""
import datetime as dt
import json
import random
from decimal import Decimal as D

import pytest
from sqlmodel import select

from core.billing import crediting, lookups, subledger
from core.billing.models import Invoice
from core.ledger import posting as ledger
from core.ledger.models import Voucher
from core.payments.models import BankFileRecord
from core.period import accruals, reconciliation, sie4, valuation
from core.registers import register as registers
from tests.conftest import run_cli
from tests.period.helpers import balance, make_invoice, month_ends, pay, unbalanced_vouchers

AGENCIES = {"HYDRO-SE": (["10001", "10002", "10004"], ["1010", "1020", "3010", "1090"]),
            "KULTUR-SE": (["10001", "10002", "10004"], ["A1"]),
            "VESI-FI": (["20001"], ["V100", "V220"])}


def _simulate(session, seed=2026):
    rnd = random.Random(seed)
    ends = month_ends(2026)
    for m, end in enumerate(ends, start=1):
        bank = BankFileRecord(sha256=f"{m:064d}", filename=f"bank_2026_{m:02d}.txt", format="bgmax")
        session.add(bank)
        session.flush()
        for _ in range(6):
            code = rnd.choice(list(AGENCIES))
            customers, articles = AGENCIES[code]
            day = dt.date(2026, m, rnd.randint(1, end.day))
            lines = []
            for _ in range(rnd.randint(1, 3)):
                art = rnd.choice(articles)
                price = f"{rnd.randint(100, 5000)}.{rnd.randint(0, 99):02d}" if art in ("1090", "V220") else None
                period = (None, None)
                if rnd.random() < 0.4:
                    start = dt.date(2026, m, 1)
                    months = rnd.choice([3, 6, 12])
                    stop = (start.replace(year=start.year + (m - 1 + months) // 12, month=(m - 1 + months) % 12 + 1)
                            - dt.timedelta(days=1))
                    period = (start, stop)
                lines.append((art, str(rnd.randint(1, 5)), price, *period))
            make_invoice(session, code, rnd.choice(customers), lines, day)
        issued = session.exec(select(Invoice).where(Invoice.kind == "invoice", Invoice.status == "issued",
                                                    Invoice.invoice_date <= end)).all()
        for inv in rnd.sample(issued, min(2, len(issued))):  # credits, full or of one line
            day = max(inv.invoice_date, dt.date(2026, m, rnd.randint(1, end.day)))
            if rnd.random() < 0.5:
                crediting.credit(session, inv, "felaktig faktura", invoice_date=day)
            else:
                line = rnd.choice(lookups.lines_of(session, inv))
                try:
                    crediting.credit(session, inv, "delkredit", {line.line_no: D("1")}, invoice_date=day)
                except Exception:
                    pass
        open_now = list(session.exec(select(Invoice).where(Invoice.status == "issued",
                                                           Invoice.open_amount > 0,
                                                           Invoice.invoice_date <= end)).all())
        for inv in rnd.sample(open_now, min(5, len(open_now))):  # payments, partly or in full
            amount = inv.open_amount if rnd.random() < 0.7 else (inv.open_amount / 2).quantize(D("0.01"))
            day = max(inv.invoice_date, dt.date(2026, m, rnd.randint(1, end.day)))
            pay(session, inv, amount, day, bank_file_id=bank.id)
            bank.payments += 1
            bank.total += amount
        for code in AGENCIES:
            agency = registers.agency_by_code(session, code)
            accruals.run(session, agency, end.replace(day=1))
            if m % 3 == 0:
                valuation.post_provision(session, agency, end)
        if m in (8, 11):
            # August's write-off is HYDRO-SE's (its SIE export must show one); the oldest by (date, id), so
            # PostgreSQL and SQLite pick the same invoice when dates tie
            mine = registers.agency_by_code(session, "HYDRO-SE").id if m == 8 else None
            old = session.exec(select(Invoice).where(Invoice.status == "issued", Invoice.open_amount > 0,
                                                     Invoice.kind == "invoice",
                                                     *([Invoice.agency_id == mine] if mine else []))
                               .order_by(Invoice.invoice_date, Invoice.id)).first()
            valuation.write_off(session, old, "konstaterad förlust", actor="test", date=end)
        session.commit()
    return ends


@pytest.fixture()
def year(demo):
    return _simulate(demo)


def test_a_year_reconciles_to_zero_and_every_voucher_balances(demo, year):
    assert unbalanced_vouchers(demo) == []
    assert all(r.ok for r in subledger.check(demo))
    for code in AGENCIES:
        agency = registers.agency_by_code(demo, code)
        for end in year:
            rec = reconciliation.reconcile(demo, agency, end)
            assert rec.ok and rec.difference == 0, json.dumps(rec.as_dict(), indent=1, default=str)
        # deferred income holds exactly the rows neither recognised nor released by a write-off
        assert accruals.deferred_balance(demo, agency) == -sum(
            (D(r["amount"]) for inv in demo.exec(select(Invoice).where(Invoice.agency_id == agency.id))
             for ln in accruals.schedule(demo, inv) for r in ln["rows"]
             if not r["recognised"] and not r["cancelled"]), D("0"))
        # the provision of each quarter is reversed on the first day of the next
        assert balance(demo, code, "1519", dt.date(2026, 10, 1)) == 0
    statuses = {i.status for i in demo.exec(select(Invoice))}
    assert {"issued", "paid", "credited", "written_off"} <= statuses
    kinds = {v.source_type for v in demo.exec(select(Voucher))}
    assert {"invoice", "credit_note", "payment", "accrual", "provision", "provision_reversal", "write_off"} <= kinds


def test_sie4_export_of_the_year_reads_back(demo, year, tmp_path, capsys):
    out = tmp_path / "hydro.si"
    code, stdout, err = run_cli(capsys, "export", "sie4", "--agency", "HYDRO-SE", "--from", "2026-01-01",
                                "--to", "2026-12-31", "-o", str(out), "--json")
    assert code == 0, err
    summary = json.loads(stdout)
    raw = out.read_bytes()
    text = raw.decode("cp437")
    assert "Hydrografiska verket" in text and "Förutbetalda intäkter" in text
    assert "Befarade kundförluster" in text and "Konstaterad kundförlust" in text
    assert b"F\x94rutbetalda" in raw  # ö is 0x94 in PC8
    lines = text.splitlines()
    assert lines[:5] == ["#FLAGGA 0", '#PROGRAM Reskontra 1.0', "#FORMAT PC8", lines[3], "#SIETYP 4"]
    assert "#ORGNR 202100-6313" in lines and '#FNAMN "Hydrografiska verket"' in lines
    assert "#RAR 0 20260101 20261231" in lines and '#KONTO 1510 Kundfordringar' in lines
    vers = sie4.parse(raw)
    agency = registers.agency_by_code(demo, "HYDRO-SE")
    assert len(vers) == summary["vouchers"] == len(demo.exec(select(Voucher).where(
        Voucher.agency_id == agency.id, Voucher.date <= dt.date(2026, 12, 31))).all())
    for v in vers:
        assert v["trans"] and sum(a for _, a in v["trans"]) == 0, v
    assert {v["text"].split()[0] for v in vers} >= {"Faktura", "Kreditfaktura", "Inbetalning", "Periodisering"}
    # the AR account in the file equals the ledger
    assert sum(a for v in vers for acct, a in v["trans"] if acct == "1510") == balance(demo, "HYDRO-SE", "1510")


def test_sie4_quotes_and_encodes_awkward_text(demo, tmp_path):
    a = registers.agency_by_code(demo, "HYDRO-SE")
    ledger.post(demo, a.id, dt.date(2026, 3, 1), 'Rättelse "Åsa" Öberg \\ 50 €', "manual", None,
                [ledger.Entry("1510", D("10.00")), ledger.Entry("3001", D("-10.00"))])
    demo.commit()
    text, _ = sie4.render(demo, a, dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    raw = text.encode("cp437", errors="replace")
    [ver] = sie4.parse(raw)
    assert ver["text"] == 'Rättelse "Åsa" Öberg \\ 50 ?' and ver["date"] == "20260301"
