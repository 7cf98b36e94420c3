"""Building blocks for payment tests: invoices with a given amount, generated BgMax / camt.054 files."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from sqlmodel import select

from core.billing import drafting, issuing, subledger
from core.billing.drafting import DraftOptions, LineInput
from core.billing.models import Invoice
from core.ledger.models import Voucher, VoucherEntry
from core.payments import importing as payments
from core.registers import register as registers
from intake.bankfiles import parse_bank_file
from intake.bankfiles.bgmax_writer import BgMaxDeposit, BgMaxPayment, write_bgmax

DAY = dt.date(2026, 3, 2)
PAYDAY = dt.date(2026, 3, 20)
HYDRO_BG = "5050-1055"
VESI_IBAN = "FI2112345600000785"


def invoice(session, amount, agency="HYDRO-SE", customer="10002", currency=None, day=DAY) -> Invoice:
    """An issued invoice of exactly `amount` (article outside VAT, price forced)."""
    a = registers.agency_by_code(session, agency)
    c = registers.find_customer(session, customer, a)
    article = "2010" if agency == "HYDRO-SE" else ("A1" if agency == "KULTUR-SE" else "V100")
    vat_code = "outside" if agency == "HYDRO-SE" else None
    inv = drafting.create_draft(session, a, c, [LineInput(article_code=article, quantity="1", unit_price=D(amount),
                                                          vat_code=vat_code, vat_rate="0" if vat_code else None)],
                                DraftOptions(invoice_date=day, currency=currency))
    issuing.issue(session, inv, force=True, force_reason="test amount")
    session.commit()
    assert inv.status == "issued", inv.hold_reason
    return inv


def bgmax(payments_: list[BgMaxPayment], bankgiro=HYDRO_BG, day=PAYDAY, serial=1, currency="SEK",
          created=None) -> bytes:
    return write_bgmax(bankgiro, [BgMaxDeposit(day, payments_, serial=serial, currency=currency)],
                       created=created or dt.datetime.combine(day + dt.timedelta(days=1), dt.time(6)))


def pay(amount, reference="", **kw) -> BgMaxPayment:
    return BgMaxPayment(D(amount), reference, **kw)


def import_(session, raw: bytes, name="test.txt", bulk=True):
    res = payments.import_file(session, raw, name, parse=parse_bank_file, actor="test", bulk=bulk)
    session.commit()
    return res


def ledger_ok(session) -> bool:
    return all(r.ok for r in subledger.check(session))


def balance(session, account: str, agency="HYDRO-SE") -> D:
    a = registers.agency_by_code(session, agency)
    rows = session.exec(select(VoucherEntry.amount).join(Voucher, Voucher.id == VoucherEntry.voucher_id)
                        .where(Voucher.agency_id == a.id, VoucherEntry.account == account)).all()
    return sum(rows, D("0.00"))


def camt(iban: str, txs: list[dict], currency="EUR", msg_id="MSG-1", day=PAYDAY) -> bytes:
    """A minimal camt.054.001.08: one booked credit entry with one TxDtls per dict
    {amount, ref (structured SCOR) | ustrd, name, tx_id}."""
    total = sum(D(t["amount"]) for t in txs)
    parts = []
    for i, t in enumerate(txs, 1):
        rmt = ""
        if t.get("ref"):
            rmt = (f"<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>{t['ref']}</Ref>"
                   f"</CdtrRefInf></Strd>")
        if t.get("ustrd"):
            rmt += f"<Ustrd>{t['ustrd']}</Ustrd>"
        parts.append(f"""<TxDtls><Refs><AcctSvcrRef>{t.get('tx_id', f'{msg_id}-{i}')}</AcctSvcrRef></Refs>
<Amt Ccy="{currency}">{D(t['amount']):.2f}</Amt><CdtDbtInd>CRDT</CdtDbtInd>
<RltdPties><Dbtr><Pty><Nm>{t.get('name', 'Maksaja Oy')}</Nm></Pty></Dbtr></RltdPties>
<RmtInf>{rmt}</RmtInf></TxDtls>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>
<GrpHdr><MsgId>{msg_id}</MsgId><CreDtTm>{day}T06:30:00+02:00</CreDtTm></GrpHdr>
<Ntfctn><Id>{msg_id}-N1</Id><CreDtTm>{day}T06:30:00+02:00</CreDtTm>
<Acct><Id><IBAN>{iban}</IBAN></Id><Ccy>{currency}</Ccy></Acct>
<Ntry><Amt Ccy="{currency}">{total:.2f}</Amt><CdtDbtInd>CRDT</CdtDbtInd><RvslInd>false</RvslInd>
<Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>{day}</Dt></BookgDt><ValDt><Dt>{day}</Dt></ValDt>
<AcctSvcrRef>{msg_id}-E1</AcctSvcrRef>
<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
<NtryDtls>{''.join(parts)}</NtryDtls></Ntry></Ntfctn></BkToCstmrDbtCdtNtfctn></Document>""".encode()
