"""ISO 20022 camt.054 (BankToCustomerDebitCreditNotification) parser — domain-facts §4.

Versions 001.02 and 001.08, and 001.03–001.07 where the paths agree (the differences handled here: `TxDtls/Amt`
vs `AmtDtls/TxAmt/Amt`, `Dbtr/Nm` vs `Dbtr/Pty/Nm`, `Sts` vs `Sts/Cd`, `DscntApldAmt` vs `DscntApldAmt/Amt`).

One payment per `TxDtls` (domain-facts trap 6). Only booked (`Sts` BOOK), non-reversed credit transactions become
`BankFile.payments`; debits, reversals and pending/info entries go to `BankFile.other_transactions` with a note.
Controls (any failure rejects the file with an element path): entry amount = signed sum of its TxDtls amounts when
they carry amounts, `Btch/NbOfTxs` and `Btch/TtlAmt`, `TxsSummry/TtlNtries` count and gross sum.

Parsed with lxml without DTD loading, entity resolution or network access; a DOCTYPE is refused outright.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from decimal import Decimal

from lxml import etree

from core.kernel.references import normalize
from intake.bankfiles.model import (
    DEBIT,
    NOT_BOOKED,
    PAYMENT,
    REVERSAL,
    Address,
    BankDeposit,
    BankFile,
    BankFileError,
    BankPayment,
    ControlTotals,
    Deduction,
    PaymentReference,
)

_ROOT_RE = re.compile(r"\{urn:iso:std:iso:20022:tech:xsd:camt\.054\.001\.(\d{2})\}Document")
_AMT_RE = re.compile(r"[0-9]{1,18}(\.[0-9]{1,5})?")
_CCY_RE = re.compile(r"[A-Z]{3}")
_STRUCTURED_RE = re.compile(r"[0-9 ]+|RF[0-9A-Za-z ]+", re.IGNORECASE)
_RFB_RE = re.compile(r"^\s*RFB/\s*([0-9A-Za-z ]+?)\s*$")
_ROOT_PATH = "/Document/BkToCstmrDbtCdtNtfctn"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           remove_comments=True, remove_pis=True, huge_tree=False)


class _Ns:
    """Namespace-qualified find/text helpers for one camt version."""

    def __init__(self, ns: str) -> None:
        self.ns = ns
        self._paths: dict[str, str] = {}

    def q(self, path: str) -> str:
        p = self._paths.get(path)
        if p is None:
            p = "/".join(f"{{{self.ns}}}{part}" for part in path.split("/"))
            self._paths[path] = p
        return p

    def find(self, el, path: str):
        return None if el is None else el.find(self.q(path))

    def findall(self, el, path: str) -> list:
        return [] if el is None else el.findall(self.q(path))

    def text(self, el, path: str) -> str | None:
        if el is None:
            return None
        e = el.find(self.q(path))
        if e is None or e.text is None:
            return None
        t = e.text.strip()
        return t or None

    def texts(self, el, path: str) -> list[str]:
        return [e.text.strip() for e in self.findall(el, path) if e.text and e.text.strip()]


def _amount(el, loc: str) -> tuple[Decimal, str]:
    txt = (el.text or "").strip()
    if not _AMT_RE.fullmatch(txt):
        raise BankFileError(f"amount {txt!r} is not a decimal amount", loc)
    ccy = (el.get("Ccy") or "").strip()
    if not _CCY_RE.fullmatch(ccy):
        raise BankFileError(f"amount has no valid currency (Ccy={ccy!r})", loc)
    return Decimal(txt), ccy


def _opt_amount(x: _Ns, el, path: str, loc: str) -> Decimal | None:
    e = x.find(el, path)
    return None if e is None else _amount(e, f"{loc}/{path}")[0]


def _date(x: _Ns, el, loc: str) -> dt.date | None:
    """`Dt` or `DtTm` child of a DateAndDateTimeChoice (BookgDt, ValDt)."""
    if el is None:
        return None
    d = x.text(el, "Dt")
    try:
        if d is not None:
            return dt.date.fromisoformat(d[:10])
        t = x.text(el, "DtTm")
        if t is not None:
            return dt.datetime.fromisoformat(t).date()
    except ValueError as exc:
        raise BankFileError(f"not a valid date: {d or t!r}", loc) from exc
    return None


def _norm_ref(ref: str) -> str:
    """Digits/RF references without spaces (core.references.normalize); other text only stripped."""
    return normalize(ref) if _STRUCTURED_RE.fullmatch(ref) else ref.strip()


def _bank_tx_code(x: _Ns, ntry) -> str | None:
    btc = x.find(ntry, "BkTxCd")
    if btc is None:
        return None
    parts = [x.text(btc, "Domn/Cd"), x.text(btc, "Domn/Fmly/Cd"), x.text(btc, "Domn/Fmly/SubFmlyCd")]
    if parts[0]:
        return "/".join(p for p in parts if p)
    return x.text(btc, "Prtry/Cd")


def _status(x: _Ns, ntry) -> str | None:
    sts = x.find(ntry, "Sts")
    if sts is None:
        return None
    return x.text(sts, "Cd") or x.text(sts, "Prtry") or (sts.text or "").strip() or None


def _party(x: _Ns, rltd, role: str):
    """`Dbtr/Pty` (v08+) or `Dbtr` (v02-v07)."""
    p = x.find(rltd, role)
    if p is None:
        return None
    pty = x.find(p, "Pty")
    return pty if pty is not None else p


def _address(x: _Ns, party) -> Address | None:
    a = x.find(party, "PstlAdr")
    if a is None:
        return None
    street = " ".join(s for s in (x.text(a, "StrtNm"), x.text(a, "BldgNb")) if s) or None
    return Address(street=street, postcode=x.text(a, "PstCd"), town=x.text(a, "TwnNm"),
                   country_code=x.text(a, "Ctry"), lines=tuple(x.texts(a, "AdrLine")))


def _party_id(x: _Ns, party) -> str | None:
    for path in ("Id/OrgId/Othr/Id", "Id/PrvtId/Othr/Id", "Id/OrgId/AnyBIC", "Id/OrgId/BICOrBEI", "Id/OrgId/LEI"):
        v = x.text(party, path)
        if v:
            return v
    return None


def _account(x: _Ns, acct) -> str | None:
    return x.text(acct, "Id/IBAN") or x.text(acct, "Id/Othr/Id")


def parse_camt054(raw: bytes) -> BankFile:
    """Parse a complete camt.054 file or raise BankFileError; see module doc."""
    sha256 = hashlib.sha256(raw).hexdigest()
    try:
        root = etree.fromstring(raw, _parser())
    except etree.XMLSyntaxError as exc:
        raise BankFileError(f"not well-formed XML: {exc.msg}", f"line {exc.lineno}") from exc
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise BankFileError("a DOCTYPE/DTD is not allowed in a bank file", "/")
    m = _ROOT_RE.fullmatch(root.tag if isinstance(root.tag, str) else "")
    if not m:
        raise BankFileError(f"not a camt.054 document: root element is {root.tag!r}", "/")
    version = f"camt.054.001.{m.group(1)}"
    x = _Ns(root.tag[1:].split("}")[0])
    msg = x.find(root, "BkToCstmrDbtCdtNtfctn")
    if msg is None:
        raise BankFileError("missing BkToCstmrDbtCdtNtfctn", "/Document")
    msg_id = x.text(msg, "GrpHdr/MsgId")
    created = x.text(msg, "GrpHdr/CreDtTm")
    try:
        created_at = dt.datetime.fromisoformat(created) if created else None
    except ValueError as exc:
        raise BankFileError(f"not a valid date-time: {created!r}", f"{_ROOT_PATH}/GrpHdr/CreDtTm") from exc

    st = _State(x, msg_id or "")
    ntfctns = x.findall(msg, "Ntfctn")
    if not ntfctns:
        raise BankFileError("the message has no Ntfctn", _ROOT_PATH)
    first_account = None
    for ni, ntf in enumerate(ntfctns, 1):
        nloc = f"{_ROOT_PATH}/Ntfctn[{ni}]"
        account = _account(x, x.find(ntf, "Acct"))
        if account is None:
            raise BankFileError("the notification has no account (Acct/Id/IBAN or Acct/Id/Othr/Id)", f"{nloc}/Acct")
        first_account = first_account or account
        ntries = x.findall(ntf, "Ntry")
        _check_summary(x, st, ntf, ntries, nloc)
        for ei, ntry in enumerate(ntries, 1):
            st.entry(ntry, f"{nloc}/Ntry[{ei}]", account, x.text(ntf, "Id") or str(ni), ei)

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
        sha256=sha256, notes=tuple(st.notes),
    )


def _check_summary(x: _Ns, st: _State, ntf, ntries: list, nloc: str) -> None:
    tot = x.find(ntf, "TxsSummry/TtlNtries")
    if tot is None:
        return
    loc = f"{nloc}/TxsSummry/TtlNtries"
    nb = x.text(tot, "NbOfNtries")
    if nb is not None and (not nb.isdigit() or int(nb) != len(ntries)):
        raise BankFileError(f"NbOfNtries is {nb} but the notification has {len(ntries)} entries", loc)
    s = x.text(tot, "Sum")
    if s is not None:
        if not _AMT_RE.fullmatch(s):
            raise BankFileError(f"Sum {s!r} is not a decimal amount", loc)
        gross = Decimal("0")
        for i, ntry in enumerate(ntries, 1):
            amt = x.find(ntry, "Amt")
            if amt is not None:
                gross += _amount(amt, f"{nloc}/Ntry[{i}]/Amt")[0]
        if Decimal(s) != gross:
            raise BankFileError(f"Sum {s} does not equal the sum of the entry amounts {gross}", loc)


class _State:
    def __init__(self, x: _Ns, msg_id: str) -> None:
        self.x = x
        self.msg_id = msg_id
        self.payments: list[BankPayment] = []
        self.others: list[BankPayment] = []
        self.deposits: list[BankDeposit] = []
        self.notes: list[str] = []
        self.seen: dict[str, int] = {}
        self.n_tx = 0

    def _unique(self, ext: str) -> str:
        k = self.seen.get(ext)
        if k is None:
            self.seen[ext] = 1
            return ext
        self.seen[ext] = k + 1
        return f"{ext}#{k + 1}"

    def entry(self, ntry, eloc: str, account: str, ntf_id: str, ei: int) -> None:
        x = self.x
        amt_el = x.find(ntry, "Amt")
        if amt_el is None:
            raise BankFileError("entry has no Amt", eloc)
        amount, ccy = _amount(amt_el, f"{eloc}/Amt")
        cdi = x.text(ntry, "CdtDbtInd")
        if cdi not in ("CRDT", "DBIT"):
            raise BankFileError(f"CdtDbtInd must be CRDT or DBIT, not {cdi!r}", f"{eloc}/CdtDbtInd")
        sign = 1 if cdi == "CRDT" else -1
        reversal = (x.text(ntry, "RvslInd") or "").lower() in ("true", "1")
        status = _status(x, ntry)
        booking = _date(x, x.find(ntry, "BookgDt"), f"{eloc}/BookgDt")
        value = _date(x, x.find(ntry, "ValDt"), f"{eloc}/ValDt")
        entry_ref = x.text(ntry, "AcctSvcrRef") or x.text(ntry, "NtryRef")
        entry_key = entry_ref or f"{self.msg_id}/{ntf_id}/{ei}"
        btc = _bank_tx_code(x, ntry)
        addtl = x.text(ntry, "AddtlNtryInf")
        if status != "BOOK":
            entry_kind = NOT_BOOKED
        elif reversal:
            entry_kind = REVERSAL
        elif cdi == "DBIT":
            entry_kind = DEBIT
        else:
            entry_kind = PAYMENT

        # collect TxDtls with their amounts, checking each batch
        txs: list[tuple] = []  # (el, loc, amount|None, ccy|None, tx_sign)
        for di, nd in enumerate(x.findall(ntry, "NtryDtls"), 1):
            dloc = f"{eloc}/NtryDtls[{di}]"
            batch: list[tuple] = []
            for ti, tx in enumerate(x.findall(nd, "TxDtls"), 1):
                tloc = f"{dloc}/TxDtls[{ti}]"
                a_el = x.find(tx, "Amt")
                a_path = "Amt"
                if a_el is None:
                    a_el = x.find(tx, "AmtDtls/TxAmt/Amt")
                    a_path = "AmtDtls/TxAmt/Amt"
                t_amt = t_ccy = None
                if a_el is not None:
                    t_amt, t_ccy = _amount(a_el, f"{tloc}/{a_path}")
                t_cdi = x.text(tx, "CdtDbtInd") or cdi
                if t_cdi not in ("CRDT", "DBIT"):
                    raise BankFileError(f"CdtDbtInd must be CRDT or DBIT, not {t_cdi!r}", f"{tloc}/CdtDbtInd")
                batch.append((tx, tloc, t_amt, t_ccy, 1 if t_cdi == "CRDT" else -1))
            btch = x.find(nd, "Btch")
            if btch is not None and batch:
                nb = x.text(btch, "NbOfTxs")
                if nb is not None and (not nb.isdigit() or int(nb) != len(batch)):
                    raise BankFileError(f"Btch/NbOfTxs is {nb} but there are {len(batch)} TxDtls", f"{dloc}/Btch")
                ttl = x.find(btch, "TtlAmt")
                if ttl is not None and all(t[2] is not None for t in batch):
                    t_total, _c = _amount(ttl, f"{dloc}/Btch/TtlAmt")
                    b_sign = {"CRDT": 1, "DBIT": -1}.get(x.text(btch, "CdtDbtInd") or cdi, sign)
                    got = sum(t[2] * t[4] for t in batch)
                    if got != t_total * b_sign:
                        raise BankFileError(f"Btch/TtlAmt {t_total} does not equal the sum of its TxDtls "
                                            f"amounts {abs(got)}", f"{dloc}/Btch/TtlAmt")
            txs.extend(batch)
        self.n_tx += len(txs)

        # entry amount = signed sum of TxDtls amounts (domain-facts trap 6)
        if txs and all(t[2] is not None for t in txs):
            if any(t[3] != ccy for t in txs):
                if entry_kind == PAYMENT:
                    raise BankFileError(f"transaction currency differs from the entry currency {ccy}", eloc)
                self.notes.append(f"{eloc}: transaction currencies differ from the entry's; sum not checked")
            else:
                got = sum(t[2] * t[4] for t in txs)
                if got != amount * sign:
                    raise BankFileError(f"entry amount {amount} {cdi} does not equal the sum of its {len(txs)} "
                                        f"TxDtls amounts ({got})", f"{eloc}/Amt")
        elif len(txs) == 1:
            tx, tloc, _a, _c, tsign = txs[0]
            txs[0] = (tx, tloc, amount, ccy, tsign)
        elif txs:
            if entry_kind == PAYMENT:
                raise BankFileError(f"{len(txs)} TxDtls but not all carry an amount: cannot split the entry "
                                    f"into payments", eloc)
            self.notes.append(f"{eloc}: {entry_kind} entry whose TxDtls lack amounts, kept as one record")
            txs = []

        if entry_kind != PAYMENT:
            what = {DEBIT: "debit", REVERSAL: "reversal", NOT_BOOKED: f"not booked (Sts {status})"}[entry_kind]
            self.notes.append(f"{eloc}: {what} entry {amount * sign} {ccy} ({len(txs) or 1} transaction(s)) "
                              f"not imported as payments")
        dep_index = len(self.deposits)
        self.deposits.append(BankDeposit(
            index=dep_index, payee_account=account, currency=ccy, amount=amount * sign, count=len(txs),
            booking_date=booking, value_date=value, entry_ref=entry_ref, credit_debit=cdi, reversal=reversal,
            status=status, bank_tx_code=btc, additional_info=addtl, source_location=eloc,
        ))
        common = dict(currency=ccy, booking_date=booking, value_date=value, entry_ref=entry_ref, bank_tx_code=btc,
                      status=status, deposit_index=dep_index)
        if not txs:
            kind = entry_kind
            p = BankPayment(
                external_id=self._unique(f"camt054:{account}:{entry_key}"), kind=kind, amount=amount * sign,
                reference="", reference_raw="", reference_kind="", additional_info=(addtl,) if addtl else (),
                record_type="Ntry", source_location=eloc, **common)
            self._add(p, eloc)
            return
        for tx, tloc, t_amt, t_ccy, tsign in txs:
            kind = entry_kind
            if kind == PAYMENT and tsign < 0:
                kind = DEBIT
                self.notes.append(f"{tloc}: debit transaction {t_amt} {t_ccy} inside a credit entry, "
                                  f"not imported as a payment")
            self._add(self._tx(tx, tloc, kind, t_amt * tsign, t_ccy, account, entry_key, common), tloc)

    def _add(self, p: BankPayment, loc: str) -> None:
        (self.payments if p.kind == PAYMENT else self.others).append(p)

    def _tx(self, tx, tloc: str, kind: str, amount: Decimal, ccy: str, account: str, entry_key: str,
            common: dict) -> BankPayment:
        x = self.x
        tx_ref = x.text(tx, "Refs/AcctSvcrRef")
        e2e = x.text(tx, "Refs/EndToEndId")
        rltd = x.find(tx, "RltdPties")
        # the counterparty: the payer for credits and returned credits, the creditor for plain debits
        roles = ("Cdtr", "Dbtr") if kind == DEBIT else ("Dbtr", "Cdtr")
        party = _party(x, rltd, roles[0])
        acct_role = roles[0]
        if party is None:
            party = _party(x, rltd, roles[1])
            acct_role = roles[1]
        info: list[str] = []
        ult = _party(x, rltd, "UltmtDbtr")
        if ult is not None and x.text(ult, "Nm"):
            info.append(f"Ultimate debtor: {x.text(ult, 'Nm')}")

        refs: list[PaymentReference] = []
        deductions: list[Deduction] = []
        rmt = x.find(tx, "RmtInf")
        ustrd = x.texts(rmt, "Ustrd")
        for si, strd in enumerate(x.findall(rmt, "Strd"), 1):
            sloc = f"{tloc}/RmtInf/Strd[{si}]"
            rda = x.find(strd, "RfrdDocAmt")
            rmtd = _opt_amount(x, rda, "RmtdAmt", f"{sloc}/RfrdDocAmt")
            cdtn = _opt_amount(x, rda, "CdtNoteAmt", f"{sloc}/RfrdDocAmt")
            dscnt = None
            if x.find(rda, "DscntApldAmt") is not None:
                dscnt = (_opt_amount(x, rda, "DscntApldAmt/Amt", f"{sloc}/RfrdDocAmt")
                         if x.find(rda, "DscntApldAmt/Amt") is not None
                         else _opt_amount(x, rda, "DscntApldAmt", f"{sloc}/RfrdDocAmt"))
            ref = x.text(strd, "CdtrRefInf/Ref")
            if ref is not None:
                kind_s = (x.text(strd, "CdtrRefInf/Tp/CdOrPrtry/Cd") or x.text(strd, "CdtrRefInf/Tp/CdOrPrtry/Prtry")
                          or "CdtrRefInf")
                refs.append(PaymentReference(
                    reference=_norm_ref(ref), reference_raw=ref, kind=kind_s,
                    amount=rmtd if rmtd is not None else (-cdtn if cdtn is not None else None),
                    issuer=x.text(strd, "CdtrRefInf/Tp/Issr"), source_location=f"{sloc}/CdtrRefInf/Ref"))
            for ri, rdi in enumerate(x.findall(strd, "RfrdDocInf"), 1):
                nb = x.text(rdi, "Nb")
                if nb:
                    cd = x.text(rdi, "Tp/CdOrPrtry/Cd") or x.text(rdi, "Tp/CdOrPrtry/Prtry") or ""
                    refs.append(PaymentReference(reference=nb, reference_raw=nb, kind=f"RfrdDocInf:{cd}",
                                                 amount=rmtd, source_location=f"{sloc}/RfrdDocInf[{ri}]/Nb"))
            if cdtn is not None:
                deductions.append(Deduction(cdtn, "credit_note", reference=ref, source_location=f"{sloc}/RfrdDocAmt"))
            if dscnt is not None:
                deductions.append(Deduction(dscnt, "discount", reference=ref, source_location=f"{sloc}/RfrdDocAmt"))
            for ai, adj in enumerate(x.findall(rda, "AdjstmntAmtAndRsn"), 1):
                a = _opt_amount(x, adj, "Amt", f"{sloc}/RfrdDocAmt/AdjstmntAmtAndRsn[{ai}]")
                if a is not None:
                    deductions.append(Deduction(a, "adjustment", reference=ref, reason=x.text(adj, "Rsn"),
                                                source_location=f"{sloc}/RfrdDocAmt/AdjstmntAmtAndRsn[{ai}]"))
            info.extend(x.texts(strd, "AddtlRmtInf"))
        a = x.text(tx, "AddtlTxInf")
        if a:
            info.append(a)
        rtr = x.text(tx, "RtrInf/Rsn/Cd") or x.text(tx, "RtrInf/Rsn/Prtry")
        rtr_txt = x.text(tx, "RtrInf/AddtlInf")
        if rtr_txt:
            info.append(rtr_txt)

        # main reference: SCOR first, then any creditor reference, then "RFB/<ref>" in Ustrd (Finnish usage)
        main = next((r for r in refs if r.kind == "SCOR"), None) or next(
            (r for r in refs if not r.kind.startswith("RfrdDocInf")), None)
        if main is not None:
            reference, reference_raw, reference_kind = main.reference, main.reference_raw.strip(), main.kind
        else:
            reference = reference_raw = ""
            reference_kind = "USTRD" if ustrd else ""
            for ui, u in enumerate(ustrd, 1):
                m = _RFB_RE.match(u)
                if m:
                    reference, reference_raw, reference_kind = _norm_ref(m.group(1)), u, "RFB"
                    refs.append(PaymentReference(reference=reference, reference_raw=u, kind="RFB",
                                                 source_location=f"{tloc}/RmtInf/Ustrd[{ui}]"))
                    break

        if tx_ref:
            ext = f"camt054:{account}:{entry_key}:{tx_ref}"
        elif e2e and e2e.upper() != "NOTPROVIDED":
            ext = f"camt054:{account}:{entry_key}:e2e:{e2e}:{amount}"
        else:
            ext = f"camt054:{account}:{entry_key}:{tloc.rsplit('/', 2)[-2]}/{tloc.rsplit('/', 1)[-1]}"
        return BankPayment(
            external_id=self._unique(ext), kind=kind, amount=amount,
            reference=reference, reference_raw=reference_raw, reference_kind=reference_kind,
            references=tuple(refs),
            payer_name=x.text(party, "Nm"), payer_org_no=_party_id(x, party) if party is not None else None,
            payer_address=_address(x, party) if party is not None else None,
            payer_account=_account(x, x.find(rltd, f"{acct_role}Acct")),
            remittance_info=tuple(ustrd), additional_info=tuple(info), deductions=tuple(deductions),
            bank_tx_id=tx_ref, end_to_end_id=e2e, record_type="TxDtls", return_reason=rtr,
            source_location=tloc, **{**common, "currency": ccy,
                                     "bank_tx_code": _bank_tx_code(x, tx) or common["bank_tx_code"]},
        )
