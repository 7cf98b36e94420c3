"""One camt.054 `TxDtls` → one `BankPayment` — domain-facts §4 (one payment per TxDtls, trap 6).

Reads the counterparty, the remittance information (every `Strd` creditor reference and referred document, with
the credit notes, discounts and adjustments the payer deducted) and picks the main reference: SCOR first, then
any creditor reference, then "RFB/<ref>" in unstructured text (Finnish usage). The external id is stable across
re-imports of the same file content.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from intake.bankfiles.camt_xml import (
    CamtNs,
    Element,
    account,
    address,
    bank_tx_code,
    norm_ref,
    opt_amount,
    party,
    party_id,
)
from intake.bankfiles.model import DEBIT, BankPayment, Deduction, PaymentReference

_RFB_RE = re.compile(r"^\s*RFB/\s*([0-9A-Za-z ]+?)\s*$")


@dataclass
class _Remittance:
    refs: list[PaymentReference] = field(default_factory=list)
    deductions: list[Deduction] = field(default_factory=list)
    info: list[str] = field(default_factory=list)


def transaction_payment(x: CamtNs, tx: Element, tloc: str, kind: str, amount: Decimal, ccy: str, acct: str,
                        entry_key: str, common: dict[str, Any], unique: Callable[[str], str]) -> BankPayment:
    """The payment one TxDtls records. `common` holds the entry's fields (dates, entry ref, status, …);
    `unique` makes the external id unique within the file."""
    tx_ref = x.text(tx, "Refs/AcctSvcrRef")
    e2e = x.text(tx, "Refs/EndToEndId")
    rltd = x.find(tx, "RltdPties")
    pty, acct_role = _counterparty(x, rltd, kind)
    rem = _Remittance()
    ult = party(x, rltd, "UltmtDbtr")
    if ult is not None and x.text(ult, "Nm"):
        rem.info.append(f"Ultimate debtor: {x.text(ult, 'Nm')}")
    rmt = x.find(tx, "RmtInf")
    ustrd = x.texts(rmt, "Ustrd")
    for si, strd in enumerate(x.findall(rmt, "Strd"), 1):
        _structured(x, strd, f"{tloc}/RmtInf/Strd[{si}]", rem)
    a = x.text(tx, "AddtlTxInf")
    if a:
        rem.info.append(a)
    rtr = x.text(tx, "RtrInf/Rsn/Cd") or x.text(tx, "RtrInf/Rsn/Prtry")
    rtr_txt = x.text(tx, "RtrInf/AddtlInf")
    if rtr_txt:
        rem.info.append(rtr_txt)
    reference, reference_raw, reference_kind = _main_reference(rem.refs, ustrd, tloc)
    return BankPayment(
        external_id=unique(_external_id(acct, entry_key, tx_ref, e2e, amount, tloc)), kind=kind, amount=amount,
        reference=reference, reference_raw=reference_raw, reference_kind=reference_kind,
        references=tuple(rem.refs),
        payer_name=x.text(pty, "Nm"), payer_org_no=party_id(x, pty) if pty is not None else None,
        payer_address=address(x, pty) if pty is not None else None,
        payer_account=account(x, x.find(rltd, f"{acct_role}Acct")),
        remittance_info=tuple(ustrd), additional_info=tuple(rem.info), deductions=tuple(rem.deductions),
        bank_tx_id=tx_ref, end_to_end_id=e2e, record_type="TxDtls", return_reason=rtr,
        source_location=tloc, **{**common, "currency": ccy,
                                 "bank_tx_code": bank_tx_code(x, tx) or common["bank_tx_code"]},
    )


def _counterparty(x: CamtNs, rltd: Element | None, kind: str) -> tuple[Element | None, str]:
    """The payer for credits and returned credits, the creditor for plain debits (the other role as fallback),
    and the role whose account to read."""
    roles = ("Cdtr", "Dbtr") if kind == DEBIT else ("Dbtr", "Cdtr")
    pty = party(x, rltd, roles[0])
    if pty is None:
        return party(x, rltd, roles[1]), roles[1]
    return pty, roles[0]


def _structured(x: CamtNs, strd: Element, sloc: str, rem: _Remittance) -> None:
    """One `RmtInf/Strd`: its creditor reference, referred documents, deductions and additional text."""
    rda = x.find(strd, "RfrdDocAmt")
    dloc = f"{sloc}/RfrdDocAmt"
    rmtd = opt_amount(x, rda, "RmtdAmt", dloc)
    cdtn = opt_amount(x, rda, "CdtNoteAmt", dloc)
    dscnt = None
    if x.find(rda, "DscntApldAmt") is not None:
        dscnt = (opt_amount(x, rda, "DscntApldAmt/Amt", dloc) if x.find(rda, "DscntApldAmt/Amt") is not None
                 else opt_amount(x, rda, "DscntApldAmt", dloc))
    ref = x.text(strd, "CdtrRefInf/Ref")
    if ref is not None:
        kind_s = (x.text(strd, "CdtrRefInf/Tp/CdOrPrtry/Cd") or x.text(strd, "CdtrRefInf/Tp/CdOrPrtry/Prtry")
                  or "CdtrRefInf")
        rem.refs.append(PaymentReference(
            reference=norm_ref(ref), reference_raw=ref, kind=kind_s,
            amount=rmtd if rmtd is not None else (-cdtn if cdtn is not None else None),
            issuer=x.text(strd, "CdtrRefInf/Tp/Issr"), source_location=f"{sloc}/CdtrRefInf/Ref"))
    for ri, rdi in enumerate(x.findall(strd, "RfrdDocInf"), 1):
        nb = x.text(rdi, "Nb")
        if nb:
            cd = x.text(rdi, "Tp/CdOrPrtry/Cd") or x.text(rdi, "Tp/CdOrPrtry/Prtry") or ""
            rem.refs.append(PaymentReference(reference=nb, reference_raw=nb, kind=f"RfrdDocInf:{cd}",
                                             amount=rmtd, source_location=f"{sloc}/RfrdDocInf[{ri}]/Nb"))
    if cdtn is not None:
        rem.deductions.append(Deduction(cdtn, "credit_note", reference=ref, source_location=dloc))
    if dscnt is not None:
        rem.deductions.append(Deduction(dscnt, "discount", reference=ref, source_location=dloc))
    for ai, adj in enumerate(x.findall(rda, "AdjstmntAmtAndRsn"), 1):
        aloc = f"{dloc}/AdjstmntAmtAndRsn[{ai}]"
        amt = opt_amount(x, adj, "Amt", aloc)
        if amt is not None:
            rem.deductions.append(Deduction(amt, "adjustment", reference=ref, reason=x.text(adj, "Rsn"),
                                            source_location=aloc))
    rem.info.extend(x.texts(strd, "AddtlRmtInf"))


def _main_reference(refs: list[PaymentReference], ustrd: list[str], tloc: str) -> tuple[str, str, str]:
    """(reference, reference_raw, reference_kind): SCOR first, then any creditor reference, then "RFB/<ref>" in
    Ustrd (appended to `refs` when found)."""
    main = next((r for r in refs if r.kind == "SCOR"), None) or next(
        (r for r in refs if not r.kind.startswith("RfrdDocInf")), None)
    if main is not None:
        return main.reference, main.reference_raw.strip(), main.kind
    for ui, u in enumerate(ustrd, 1):
        m = _RFB_RE.match(u)
        if m:
            reference = norm_ref(m.group(1))
            refs.append(PaymentReference(reference=reference, reference_raw=u, kind="RFB",
                                         source_location=f"{tloc}/RmtInf/Ustrd[{ui}]"))
            return reference, u, "RFB"
    return "", "", "USTRD" if ustrd else ""


def _external_id(acct: str, entry_key: str, tx_ref: str | None, e2e: str | None, amount: Decimal,
                 tloc: str) -> str:
    """The bank's transaction reference when given, else end-to-end id and amount, else the element path."""
    if tx_ref:
        return f"camt054:{acct}:{entry_key}:{tx_ref}"
    if e2e and e2e.upper() != "NOTPROVIDED":
        return f"camt054:{acct}:{entry_key}:e2e:{e2e}:{amount}"
    return f"camt054:{acct}:{entry_key}:{tloc.rsplit('/', 2)[-2]}/{tloc.rsplit('/', 1)[-1]}"
