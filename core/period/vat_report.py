"""The VAT return of a period read from the ledger: the Swedish momsdeklaration boxes (Skatteverket SKV 4700) for
Swedish agencies, the Finnish kausiveroilmoitus (arvonlisävero) lines for Finnish ones.

Each box sums the accounts the agency's chart (core.ledger.charts) keeps for it, so the return can be checked
against the ledger account by account (skatteförfarandelagen 2011:1244 26 kap.; AVL 1501/1993 162 §; the
Finnish return in OmaVero). Output VAT boxes sum every entry on the output VAT accounts in the period (invoices,
credit notes, and the VAT reversed on confirmed credit losses, ML 2023:200 15 kap.). Sales boxes take the
sales when they are invoiced, as the VAT falls due then (ML 16 kap.): the revenue of invoice, credit-note and
interest vouchers, with the part of a line booked to deferred income (core.billing.vouchers) counted on the
line's own revenue account; the monthly recognition of deferred income (accrual vouchers) is not a sale again.

Only the sales side lives in accounts receivable: input VAT (SE box 48, FI "vähennettävä vero") and purchases
come from the accounts payable ledger, so "to pay" here is the output VAT alone. Skatteverket takes whole kronor;
the amounts are given to the öre as booked.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

import sqlalchemy as sa
from sqlmodel import Session

from core.billing.models import Invoice, InvoiceLine
from core.kernel.errors import ValidationError
from core.kernel.money import ZERO, money_str
from core.ledger import accounts, charts
from core.ledger.models import Voucher, VoucherEntry
from core.registers.models import Agency

SALES_SOURCES = ("invoice", "credit_note", "interest")  # vouchers whose revenue entries are sales


@dataclass(frozen=True)
class Box:
    """One box or line of a return: its number/key, its printed text, the purposes whose accounts it sums, and
    whether it is output VAT (summed from every voucher) or a sales amount (summed from sales vouchers)."""
    box: str
    label: str
    purposes: tuple[str, ...]
    vat: bool = False


# Skatteverket, Momsdeklaration (SKV 4700), block A (05-08 taxable sales), B (10-12 output VAT on them), E (35-42
# sales exempt from Swedish VAT), G (49 to pay); "the amounts in 05-08 belong to the same period as the VAT in
# 10-12" (Skatteverket, "Fylla i momsdeklarationen", skatteverket.se ... momsuppgifterrutaforruta; ESV
# momshandledning 3.1.7: EU sales in 35 and 39). Boxes 20-32 and 50-62 are purchases (accounts payable), 48 input
# VAT, 37-38 triangular trade (not invoiced here).
SE_BOXES = (
    Box("05", "Momspliktig försäljning som inte ingår i ruta 06, 07 eller 08",
        ("revenue_25", "revenue_12", "revenue_6", "revenue_other")),
    Box("06", "Momspliktiga uttag", ()),
    Box("07", "Beskattningsunderlag vid vinstmarginalbeskattning", ()),
    Box("08", "Hyresinkomster vid frivillig skattskyldighet", ()),
    Box("10", "Utgående moms 25 %", ("vat_out_25",), True),
    Box("11", "Utgående moms 12 %", ("vat_out_12",), True),
    Box("12", "Utgående moms 6 %", ("vat_out_6",), True),
    Box("35", "Försäljning av varor till ett annat EU-land", ("revenue_eu_goods",)),
    Box("36", "Försäljning av varor utanför EU", ("revenue_export_goods",)),
    Box("39", "Försäljning av tjänster till en näringsidkare i ett annat EU-land enligt huvudregeln",
        ("revenue_eu_services",)),
    Box("40", "Övrig försäljning av tjänster omsatta utanför Sverige", ("revenue_export_services",)),
    Box("41", "Försäljning när köparen är skattskyldig i Sverige", ("revenue_reverse_domestic",)),
    Box("42", "Övrig försäljning m.m.", ("revenue_exempt", "revenue_zero")),
)
SE_TOTAL = ("49", "Moms att betala eller få tillbaka (utgående moms; ingående moms, ruta 48, finns i "
                  "leverantörsreskontran)")

# Verohallinto, kausiveroilmoitus / arvonlisävero (OmaVero) - UNVERIFIED: the line names are not checked against
# Vero's current form (the search corpus had no copy); services sold outside the EU and exempt sales are in no
# line here (unverified). Output VAT per rate on domestic sales, 0-rate
# turnover, sales of goods and services to other EU states, construction services and scrap metal sold under
# reverse charge. Purchases (EU acquisitions, imports, deductible VAT) come from accounts payable.
FI_BOXES = (
    Box("vero_25_5", "Vero kotimaan myynnistä verokannoittain: 25,5 % vero", ("vat_out_25_5",), True),
    Box("vero_24", "Vero kotimaan myynnistä verokannoittain: 24 % vero", ("vat_out_24",), True),
    Box("vero_14", "Vero kotimaan myynnistä verokannoittain: 14 % vero", ("vat_out_14",), True),
    Box("vero_13_5", "Vero kotimaan myynnistä verokannoittain: 13,5 % vero", ("vat_out_13_5",), True),
    Box("vero_10", "Vero kotimaan myynnistä verokannoittain: 10 % vero", ("vat_out_10",), True),
    Box("nollaverokanta", "0-verokannan alainen liikevaihto", ("revenue_zero", "revenue_export_goods")),
    Box("tavaroiden_myynnit_eu", "Tavaroiden myynnit muihin EU-maihin", ("revenue_eu_goods",)),
    Box("palvelujen_myynnit_eu", "Palvelujen myynnit muihin EU-maihin", ("revenue_eu_services",)),
    Box("rakentamispalvelut_myynnit", "Rakentamispalvelujen ja metalliromun myynnit", ("revenue_reverse_domestic",)),
)
FI_TOTAL = ("maksettava_vero", "Myynnin vero yhteensä (vähennettävä vero on ostoreskontrassa)")
# domestic sales per rate: not a line of the Finnish return, shown so the VAT per rate can be checked
FI_BASES = (("25_5", "revenue_25_5"), ("24", "revenue_24"), ("14", "revenue_14"), ("13_5", "revenue_13_5"),
            ("10", "revenue_10"))


NOTES = {
    "SE": ["input VAT (box 48) and purchases (20-32, 50-62) are in accounts payable: 49 here is the output VAT",
           "Skatteverket takes whole kronor; amounts are as booked, to the öre",
           "the base of a confirmed credit loss is not taken out of box 05 (its VAT is, in 10-12)"],
    "FI": ["line names unverified against Vero's current OmaVero form",
           "deductible VAT and purchases are in accounts payable"],
}


def boxes_for(agency: Agency) -> tuple[tuple[Box, ...], tuple[str, str]]:
    if agency.country == "SE":
        return SE_BOXES, SE_TOTAL
    if agency.country == "FI":
        return FI_BOXES, FI_TOTAL
    raise ValidationError(f"no VAT return for country {agency.country}", "agency.country")


def _accounts(agency: Agency, purposes: tuple[str, ...]) -> list[str]:
    return sorted({accounts.account(agency, p) for p in purposes if accounts.has(agency, p)})


def _sums(session: Session, agency: Agency, date_from: dt.date, date_to: dt.date,
          accts: set[str]) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """(all entries per account, sales-voucher entries per account) in the period; credit positive."""
    ve, v = VoucherEntry.__table__.c, Voucher.__table__.c
    rows = session.execute(
        sa.select(ve.account, v.source_type, sa.func.sum(ve.amount))
        .join(Voucher.__table__, ve.voucher_id == v.id)
        .where(v.agency_id == agency.id, v.date >= date_from, v.date <= date_to, ve.account.in_(sorted(accts)))
        .group_by(ve.account, v.source_type)).all()
    every: dict[str, Decimal] = defaultdict(lambda: ZERO)
    sales: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for acct, source, amount in rows:
        every[acct] -= Decimal(amount)
        if source in SALES_SOURCES:
            sales[acct] -= Decimal(amount)
    return every, sales


def _deferred_sales(session: Session, agency: Agency, date_from: dt.date, date_to: dt.date) -> dict[str, Decimal]:
    """Net of invoice lines booked to deferred income at issue (service period past the invoice month), by the
    line's revenue account: a sale of the invoice's period even though the revenue is recognised later."""
    inv, ln, v = Invoice.__table__.c, InvoiceLine.__table__.c, Voucher.__table__.c
    rows = session.execute(
        sa.select(ln.revenue_account, inv.invoice_date, ln.period_end, ln.net_amount)
        .join(Invoice.__table__, ln.invoice_id == inv.id)
        .join(Voucher.__table__, sa.and_(v.source_id == inv.id, v.source_type.in_(SALES_SOURCES)))
        .where(v.agency_id == agency.id, v.date >= date_from, v.date <= date_to, ln.period_end.is_not(None))).all()
    out: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for acct, invoice_date, period_end, net in rows:
        if (period_end.year, period_end.month) > (invoice_date.year, invoice_date.month):
            out[acct] += Decimal(net)
    return out


def report(session: Session, agency: Agency, date_from: dt.date, date_to: dt.date) -> dict:
    """The VAT return of [date_from, date_to]: every box with its amount and the accounts it reads."""
    if date_to < date_from:
        raise ValidationError("--to is before --from", "to")
    boxes, (total_box, total_label) = boxes_for(agency)
    chart = accounts.chart_of(agency)
    per_box = {b.box: _accounts(agency, b.purposes) for b in boxes}
    bases = [(rate, _accounts(agency, (p,))) for rate, p in FI_BASES] if agency.country == "FI" else []
    wanted = {a for accts in per_box.values() for a in accts} | {a for _, accts in bases for a in accts}
    every, sales = _sums(session, agency, date_from, date_to, wanted) if wanted else ({}, {})
    deferred = _deferred_sales(session, agency, date_from, date_to)
    for acct, amount in deferred.items():
        sales[acct] = sales.get(acct, ZERO) + amount

    def total(b: Box) -> Decimal:
        source = every if b.vat else sales
        return sum((source.get(a, ZERO) for a in per_box[b.box]), ZERO)

    amounts = {b.box: total(b) for b in boxes}
    lines: list[dict] = [{"box": b.box, "label": b.label, "amount": money_str(amounts[b.box]),
                          "accounts": per_box[b.box], "kind": "vat" if b.vat else "sales"} for b in boxes]
    output_vat = sum((amounts[b.box] for b in boxes if b.vat), ZERO)
    lines.append({"box": total_box, "label": total_label, "amount": money_str(output_vat), "accounts": [],
                  "kind": "total"})
    unverified = sorted({a for line in lines for a in line["accounts"]} & charts.unverified(chart))
    out = {"agency": agency.code, "country": agency.country, "from": date_from.isoformat(),
           "to": date_to.isoformat(), "currency": agency.currency, "chart": chart,
           "form": "SKV 4700 momsdeklaration" if agency.country == "SE" else "kausiveroilmoitus, arvonlisävero",
           "boxes": lines, "unverified_accounts": unverified, "notes": NOTES[agency.country]}
    if bases:
        out["domestic_sales_by_rate"] = [{"rate": r.replace("_", "."), "accounts": accts,
                                          "amount": money_str(sum((sales.get(a, ZERO) for a in accts), ZERO))}
                                         for r, accts in bases]
    return out


def table(data: dict) -> tuple[list[str], list[list]]:
    """(columns, rows) for CSV/XLSX: one row per box."""
    cols = ["agency", "from", "to", "box", "label", "amount", "accounts"]
    rows = [[data["agency"], data["from"], data["to"], b["box"], b["label"], Decimal(b["amount"]),
             " ".join(b["accounts"])] for b in data["boxes"]]
    return cols, rows
