"""ISO 20022 camt.054 (BankToCustomerDebitCreditNotification) parser — domain-facts §4.

Versions 001.02 and 001.08, and 001.03–001.07 where the paths agree (the differences handled here: `TxDtls/Amt`
vs `AmtDtls/TxAmt/Amt`, `Dbtr/Nm` vs `Dbtr/Pty/Nm`, `Sts` vs `Sts/Cd`, `DscntApldAmt` vs `DscntApldAmt/Amt`).

One payment per `TxDtls` (domain-facts trap 6). Only booked (`Sts` BOOK), non-reversed credit transactions become
`BankFile.payments`; debits, reversals and pending/info entries go to `BankFile.other_transactions` with a note.
Controls (any failure rejects the file with an element path): entry amount = signed sum of its TxDtls amounts when
they carry amounts, `Btch/NbOfTxs` and `Btch/TtlAmt` (`camt_entries`), `TxsSummry/TtlNtries` count and gross sum
(here). One transaction's reading is in `camt_transaction`, the XML helpers in `camt_xml`.

Parsed with lxml without DTD loading, entity resolution or network access; a DOCTYPE is refused outright.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from decimal import Decimal

from lxml import etree

from intake.bankfiles.camt_entries import EntryReader
from intake.bankfiles.camt_xml import AMT_RE, CamtNs, Element, account, read_amount, safe_parser
from intake.bankfiles.model import BankFile, BankFileError, ControlTotals

_ROOT_RE = re.compile(r"\{urn:iso:std:iso:20022:tech:xsd:camt\.054\.001\.(\d{2})\}Document")
_ROOT_PATH = "/Document/BkToCstmrDbtCdtNtfctn"


def parse_camt054(raw: bytes) -> BankFile:
    """Parse a complete camt.054 file or raise BankFileError; see module doc."""
    sha256 = hashlib.sha256(raw).hexdigest()
    root, version = _document(raw)
    x = CamtNs(root.tag[1:].split("}")[0])
    msg = x.find(root, "BkToCstmrDbtCdtNtfctn")
    if msg is None:
        raise BankFileError("missing BkToCstmrDbtCdtNtfctn", "/Document")
    msg_id = x.text(msg, "GrpHdr/MsgId")
    created = x.text(msg, "GrpHdr/CreDtTm")
    try:
        created_at = dt.datetime.fromisoformat(created) if created else None
    except ValueError as exc:
        raise BankFileError(f"not a valid date-time: {created!r}", f"{_ROOT_PATH}/GrpHdr/CreDtTm") from exc

    st = EntryReader(x, msg_id or "", created_at.date() if created_at else None)
    first_account = _read_notifications(x, msg, st)
    ccys = {p.currency for p in st.payments} | {d.currency for d in st.deposits}
    totals: dict[str, Decimal] = {}
    for p in st.payments:
        totals[p.currency] = totals.get(p.currency, Decimal("0.00")) + p.amount
    return BankFile(
        format="camt054", format_version=version, payee_account=first_account,
        currency=ccys.pop() if len(ccys) == 1 else None, created_at=created_at, message_id=msg_id,
        is_test=False, payments=tuple(st.payments), other_transactions=tuple(st.others),
        deposits=tuple(st.deposits),
        control=ControlTotals(record_counts={"Ntry": len(st.deposits), "TxDtls": st.n_tx},
                              payment_count=len(st.payments), deduction_count=0, totals_by_currency=totals),
        sha256=sha256, notes=tuple(st.notes), warnings=tuple(st.warnings),
    )


def _document(raw: bytes) -> tuple[Element, str]:
    """The root element of a well-formed camt.054 document without a DOCTYPE, and its version."""
    try:
        root = etree.fromstring(raw, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise BankFileError(f"not well-formed XML: {exc.msg}", f"line {exc.lineno}") from exc
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise BankFileError("a DOCTYPE/DTD is not allowed in a bank file", "/")
    m = _ROOT_RE.fullmatch(root.tag if isinstance(root.tag, str) else "")
    if not m:
        raise BankFileError(f"not a camt.054 document: root element is {root.tag!r}", "/")
    return root, f"camt.054.001.{m.group(1)}"


def _read_notifications(x: CamtNs, msg: Element, st: EntryReader) -> str | None:
    """Every `Ntfctn` and its entries into `st`; the first notification's account."""
    ntfctns = x.findall(msg, "Ntfctn")
    if not ntfctns:
        raise BankFileError("the message has no Ntfctn", _ROOT_PATH)
    first_account = None
    for ni, ntf in enumerate(ntfctns, 1):
        nloc = f"{_ROOT_PATH}/Ntfctn[{ni}]"
        acct = account(x, x.find(ntf, "Acct"))
        if acct is None:
            raise BankFileError("the notification has no account (Acct/Id/IBAN or Acct/Id/Othr/Id)", f"{nloc}/Acct")
        first_account = first_account or acct
        ntries = x.findall(ntf, "Ntry")
        _check_summary(x, ntf, ntries, nloc)
        for ei, ntry in enumerate(ntries, 1):
            st.entry(ntry, f"{nloc}/Ntry[{ei}]", acct, x.text(ntf, "Id") or str(ni), ei)
    return first_account


def _check_summary(x: CamtNs, ntf: Element, ntries: list[Element], nloc: str) -> None:
    """`TxsSummry/TtlNtries`: the number of entries and the gross sum of their amounts."""
    tot = x.find(ntf, "TxsSummry/TtlNtries")
    if tot is None:
        return
    loc = f"{nloc}/TxsSummry/TtlNtries"
    nb = x.text(tot, "NbOfNtries")
    if nb is not None and (not nb.isdigit() or int(nb) != len(ntries)):
        raise BankFileError(f"NbOfNtries is {nb} but the notification has {len(ntries)} entries", loc)
    s = x.text(tot, "Sum")
    if s is not None:
        if not AMT_RE.fullmatch(s):
            raise BankFileError(f"Sum {s!r} is not a decimal amount", loc)
        gross = Decimal("0")
        for i, ntry in enumerate(ntries, 1):
            amt = x.find(ntry, "Amt")
            if amt is not None:
                gross += read_amount(amt, f"{nloc}/Ntry[{i}]/Amt")[0]
        if Decimal(s) != gross:
            raise BankFileError(f"Sum {s} does not equal the sum of the entry amounts {gross}", loc)
