"""camt.054 entries (`Ntry`) → deposits and payments, with the entry- and batch-level controls — domain-facts §4.

One payment per `TxDtls` (domain-facts trap 6). Only booked (`Sts` BOOK), non-reversed credit transactions are
payments; debits, reversals and pending/info entries are kept as other transactions with a note. An entry's amount
must equal the signed sum of its TxDtls amounts when they carry amounts, and a `Btch` its `NbOfTxs` and `TtlAmt`;
any disagreement rejects the file with the element path.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, NamedTuple

from intake.bankfiles.camt_transaction import transaction_payment
from intake.bankfiles.camt_xml import (
    CamtNs,
    Element,
    bank_tx_code,
    check_date,
    entry_status,
    read_amount,
    read_date,
)
from intake.bankfiles.model import (
    DEBIT,
    NOT_BOOKED,
    PAYMENT,
    REVERSAL,
    BankDeposit,
    BankFileError,
    BankPayment,
)

_SIGNS = {"CRDT": 1, "DBIT": -1}


class _Tx(NamedTuple):
    """A TxDtls with its amount and currency (None when it carries none) and its credit (+1) / debit (-1) sign."""

    el: Element
    loc: str
    amount: Decimal | None
    ccy: str | None
    sign: int


class _Entry(NamedTuple):
    """An `Ntry`'s own facts: amount (unsigned) and currency, credit/debit, status, dates, references, kind."""

    amount: Decimal
    ccy: str
    cdi: str
    sign: int
    reversal: bool
    status: str | None
    booking: dt.date | None
    value: dt.date | None
    ref: str | None
    btc: str | None
    addtl: str | None
    kind: str


def _signed_sum(txs: list[_Tx]) -> Decimal:
    return sum((t.amount * t.sign for t in txs if t.amount is not None), Decimal(0))


class EntryReader:
    """Collects the deposits, payments, other transactions and notes of one camt.054 message, entry by entry."""

    def __init__(self, x: CamtNs, msg_id: str, created: dt.date | None = None) -> None:
        self.x = x
        self.msg_id = msg_id
        self.created = created
        self.warnings: list[str] = []
        self.payments: list[BankPayment] = []
        self.others: list[BankPayment] = []
        self.deposits: list[BankDeposit] = []
        self.notes: list[str] = []
        self.seen: dict[str, int] = {}
        self.n_tx = 0

    def unique(self, ext: str) -> str:
        """`ext`, or `ext#n` for its n-th occurrence in the file."""
        k = self.seen.get(ext)
        if k is None:
            self.seen[ext] = 1
            return ext
        self.seen[ext] = k + 1
        return f"{ext}#{k + 1}"

    def entry(self, ntry: Element, eloc: str, acct: str, ntf_id: str, ei: int) -> None:
        """One `Ntry`: its deposit, and a payment (or other transaction) per TxDtls, or one from the entry itself."""
        e = self._read_entry(ntry, eloc)
        entry_key = e.ref or f"{self.msg_id}/{ntf_id}/{ei}"
        txs = self._details(ntry, eloc, e.cdi, e.sign)
        self.n_tx += len(txs)
        txs = self._check_entry_sum(txs, e.amount, e.ccy, e.cdi, e.sign, e.kind, eloc)
        if e.kind != PAYMENT:
            what = {DEBIT: "debit", REVERSAL: "reversal", NOT_BOOKED: f"not booked (Sts {e.status})"}[e.kind]
            self.notes.append(f"{eloc}: {what} entry {e.amount * e.sign} {e.ccy} ({len(txs) or 1} transaction(s)) "
                              f"not imported as payments")
        dep_index = self._add_deposit(e, acct, len(txs), eloc)
        common: dict[str, Any] = dict(currency=e.ccy, booking_date=e.booking, value_date=e.value, entry_ref=e.ref,
                                      bank_tx_code=e.btc, status=e.status, deposit_index=dep_index,
                                      warnings=self._date_warnings(e, eloc))
        if not txs:
            self._add(BankPayment(
                external_id=self.unique(f"camt054:{acct}:{entry_key}"), kind=e.kind, amount=e.amount * e.sign,
                reference="", reference_raw="", reference_kind="", additional_info=(e.addtl,) if e.addtl else (),
                record_type="Ntry", source_location=eloc, **common))
            return
        for tx in txs:
            self._add_transaction(tx, e.kind, acct, entry_key, common)

    def _date_warnings(self, e: _Entry, eloc: str) -> tuple[str, ...]:
        """Implausible dates become warnings on the entry's payments (impossible ones reject the file); a booked
        credit without any date is refused (a payment needs its date, none is made up)."""
        warns: list[str] = []
        check_date(e.booking, self.created, f"{eloc}/BookgDt", warns)
        check_date(e.value, self.created, f"{eloc}/ValDt", warns)
        if e.kind == PAYMENT and e.booking is None and e.value is None:
            raise BankFileError("a booked credit entry has neither BookgDt nor ValDt", eloc)
        self.warnings.extend(warns)
        return tuple(warns)

    def _read_entry(self, ntry: Element, eloc: str) -> _Entry:
        """The entry-level facts; a missing Amt or a CdtDbtInd other than CRDT/DBIT rejects the file."""
        x = self.x
        amt_el = x.find(ntry, "Amt")
        if amt_el is None:
            raise BankFileError("entry has no Amt", eloc)
        amount, ccy = read_amount(amt_el, f"{eloc}/Amt")
        cdi = x.text(ntry, "CdtDbtInd")
        if cdi not in ("CRDT", "DBIT"):
            raise BankFileError(f"CdtDbtInd must be CRDT or DBIT, not {cdi!r}", f"{eloc}/CdtDbtInd")
        reversal = (x.text(ntry, "RvslInd") or "").lower() in ("true", "1")
        status = entry_status(x, ntry)
        booking = read_date(x, x.find(ntry, "BookgDt"), f"{eloc}/BookgDt")
        value = read_date(x, x.find(ntry, "ValDt"), f"{eloc}/ValDt")
        return _Entry(amount, ccy, cdi, _SIGNS[cdi], reversal, status, booking, value,
                      x.text(ntry, "AcctSvcrRef") or x.text(ntry, "NtryRef"), bank_tx_code(x, ntry),
                      x.text(ntry, "AddtlNtryInf"), _entry_kind(status, reversal, cdi))

    def _add_deposit(self, e: _Entry, acct: str, count: int, eloc: str) -> int:
        """The entry as a deposit on the account (whatever its kind); its index."""
        dep_index = len(self.deposits)
        self.deposits.append(BankDeposit(
            index=dep_index, payee_account=acct, currency=e.ccy, amount=e.amount * e.sign, count=count,
            booking_date=e.booking, value_date=e.value, entry_ref=e.ref, credit_debit=e.cdi, reversal=e.reversal,
            status=e.status, bank_tx_code=e.btc, additional_info=e.addtl, source_location=eloc,
        ))
        return dep_index

    def _add_transaction(self, tx: _Tx, entry_kind: str, acct: str, entry_key: str, common: dict[str, Any]) -> None:
        """A TxDtls as a payment; a debit transaction inside a credit entry is kept as a debit, with a note."""
        kind = entry_kind
        if kind == PAYMENT and tx.sign < 0:
            kind = DEBIT
            self.notes.append(f"{tx.loc}: debit transaction {tx.amount} {tx.ccy} inside a credit entry, "
                              f"not imported as a payment")
        assert tx.amount is not None and tx.ccy is not None  # _check_entry_sum kept only txs with amounts
        self._add(transaction_payment(self.x, tx.el, tx.loc, kind, tx.amount * tx.sign, tx.ccy, acct, entry_key,
                                      common, self.unique))

    def _add(self, p: BankPayment) -> None:
        (self.payments if p.kind == PAYMENT else self.others).append(p)

    def _details(self, ntry: Element, eloc: str, cdi: str, sign: int) -> list[_Tx]:
        """Every TxDtls of the entry with its amount, each `NtryDtls` batch checked against its `Btch`."""
        x = self.x
        txs: list[_Tx] = []
        for di, nd in enumerate(x.findall(ntry, "NtryDtls"), 1):
            dloc = f"{eloc}/NtryDtls[{di}]"
            batch = [self._tx(tx, f"{dloc}/TxDtls[{ti}]", cdi) for ti, tx in enumerate(x.findall(nd, "TxDtls"), 1)]
            btch = x.find(nd, "Btch")
            if btch is not None and batch:
                self._check_batch(btch, batch, dloc, cdi, sign)
            txs.extend(batch)
        return txs

    def _tx(self, tx: Element, tloc: str, cdi: str) -> _Tx:
        x = self.x
        a_el = x.find(tx, "Amt")
        a_path = "Amt"
        if a_el is None:
            a_el = x.find(tx, "AmtDtls/TxAmt/Amt")
            a_path = "AmtDtls/TxAmt/Amt"
        t_amt: Decimal | None = None
        t_ccy: str | None = None
        if a_el is not None:
            t_amt, t_ccy = read_amount(a_el, f"{tloc}/{a_path}")
        t_cdi = x.text(tx, "CdtDbtInd") or cdi
        if t_cdi not in ("CRDT", "DBIT"):
            raise BankFileError(f"CdtDbtInd must be CRDT or DBIT, not {t_cdi!r}", f"{tloc}/CdtDbtInd")
        return _Tx(tx, tloc, t_amt, t_ccy, _SIGNS[t_cdi])

    def _check_batch(self, btch: Element, batch: list[_Tx], dloc: str, cdi: str, sign: int) -> None:
        x = self.x
        nb = x.text(btch, "NbOfTxs")
        if nb is not None and (not nb.isdigit() or int(nb) != len(batch)):
            raise BankFileError(f"Btch/NbOfTxs is {nb} but there are {len(batch)} TxDtls", f"{dloc}/Btch")
        ttl = x.find(btch, "TtlAmt")
        if ttl is not None and all(t.amount is not None for t in batch):
            t_total, _c = read_amount(ttl, f"{dloc}/Btch/TtlAmt")
            b_sign = _SIGNS.get(x.text(btch, "CdtDbtInd") or cdi, sign)
            got = _signed_sum(batch)
            if got != t_total * b_sign:
                raise BankFileError(f"Btch/TtlAmt {t_total} does not equal the sum of its TxDtls "
                                    f"amounts {abs(got)}", f"{dloc}/Btch/TtlAmt")

    def _check_entry_sum(self, txs: list[_Tx], amount: Decimal, ccy: str, cdi: str, sign: int, entry_kind: str,
                         eloc: str) -> list[_Tx]:
        """Entry amount = signed sum of TxDtls amounts (domain-facts trap 6). A lone TxDtls without an amount
        takes the entry's; several without amounts cannot be split (rejected for payments, else one record)."""
        if txs and all(t.amount is not None for t in txs):
            if any(t.ccy != ccy for t in txs):
                if entry_kind == PAYMENT:
                    raise BankFileError(f"transaction currency differs from the entry currency {ccy}", eloc)
                self.notes.append(f"{eloc}: transaction currencies differ from the entry's; sum not checked")
            else:
                got = _signed_sum(txs)
                if got != amount * sign:
                    raise BankFileError(f"entry amount {amount} {cdi} does not equal the sum of its {len(txs)} "
                                        f"TxDtls amounts ({got})", f"{eloc}/Amt")
            return txs
        if len(txs) == 1:
            return [txs[0]._replace(amount=amount, ccy=ccy)]
        if txs:
            if entry_kind == PAYMENT:
                raise BankFileError(f"{len(txs)} TxDtls but not all carry an amount: cannot split the entry "
                                    f"into payments", eloc)
            self.notes.append(f"{eloc}: {entry_kind} entry whose TxDtls lack amounts, kept as one record")
        return []


def _entry_kind(status: str | None, reversal: bool, cdi: str) -> str:
    if status != "BOOK":
        return NOT_BOOKED
    if reversal:
        return REVERSAL
    if cdi == "DBIT":
        return DEBIT
    return PAYMENT
