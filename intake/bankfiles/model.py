"""What a bank file yields, independent of its format (BgMax, camt.054).

Pure data: frozen dataclasses, Decimal amounts, no database. A parser either returns a complete `BankFile`
whose control totals all agreed, or raises `BankFileError` naming where the file is wrong (nothing half-parsed).

Sign convention: `amount` is seen from the payee's account. Incoming payments are positive; a BgMax TK21
deduction is a negative record of its own (kind "deduction"); debits and reversals are negative and are kept in
`BankFile.other_transactions`, never in `BankFile.payments`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from core.kernel.errors import DomainError

#: kinds of BankPayment
PAYMENT = "payment"        # incoming credit: post it
DEDUCTION = "deduction"    # BgMax TK21: negative, allocate to the credit-note reference, never an incoming payment
DEBIT = "debit"            # camt DBIT (outgoing, charges, collective debits): not a customer payment
REVERSAL = "reversal"      # camt RvslInd=true: a returned/reversed credit (or debit)
NOT_BOOKED = "not_booked"  # camt Sts PDNG/INFO: informational, do not post


class BankFileError(DomainError):
    """The bank file is malformed or its control totals disagree; the whole file is rejected."""

    def __init__(self, message: str, location: str | None = None) -> None:
        super().__init__(message, location)
        self.location = location


@dataclass(frozen=True, slots=True)
class Address:
    street: str | None = None
    postcode: str | None = None
    town: str | None = None
    country: str | None = None        # name as given (BgMax TK28 pos 38-72)
    country_code: str | None = None   # ISO 3166 alpha-2 where given
    lines: tuple[str, ...] = ()       # camt AdrLine, as given


@dataclass(frozen=True, slots=True)
class PaymentReference:
    """One reference a payment carries besides/including its main one: BgMax TK22/TK23, camt RmtInf/Strd."""

    reference: str                 # normalised (no spaces, upper case) when structured, else stripped text
    reference_raw: str             # as given
    kind: str                      # BgMax: "bgmax:<ref code>"; camt: "SCOR", "ISR Reference", "RfrdDocInf:CINV", ""
    amount: Decimal | None = None  # TK22 +, TK23 -; camt RfrdDocAmt RmtdAmt (+) or CdtNoteAmt (-)
    issuer: str | None = None      # camt CdtrRefInf/Tp/Issr ("ISO" for RF)
    source_location: str = ""


@dataclass(frozen=True, slots=True)
class Deduction:
    """An amount the payer deducted inside one payment (camt RfrdDocAmt CdtNoteAmt / DscntApldAmt /
    AdjstmntAmtAndRsn)."""

    amount: Decimal                # positive: what was deducted
    kind: str                      # "credit_note" | "discount" | "adjustment"
    reference: str | None = None
    reason: str | None = None
    source_location: str = ""


@dataclass(frozen=True, slots=True)
class BankPayment:
    external_id: str               # stable id from file content, for exactly-once import
    kind: str                      # PAYMENT | DEDUCTION | DEBIT | REVERSAL | NOT_BOOKED
    amount: Decimal                # signed, see module doc
    currency: str
    booking_date: dt.date | None   # BgMax TK15 payment date; camt Ntry/BookgDt
    value_date: dt.date | None     # camt Ntry/ValDt; BgMax: same as booking_date
    reference: str                 # main reference, normalised when structured ("" if none)
    reference_raw: str             # as given (stripped)
    reference_kind: str            # "bgmax:0".."bgmax:5"; camt "SCOR"/proprietary type/"RFB"/"USTRD"/""
    references: tuple[PaymentReference, ...] = ()   # TK22/TK23; every camt Strd reference (main one included)
    payer_name: str | None = None
    payer_extra_name: str | None = None
    payer_org_no: str | None = None  # as given (BgMax TK29 12 digits; camt OrgId/PrvtId Othr/Id)
    payer_address: Address | None = None
    payer_account: str | None = None  # BgMax payer bankgiro (no leading zeros, None if 0); camt DbtrAcct IBAN/Othr
    remittance_info: tuple[str, ...] = ()  # BgMax TK25; camt Ustrd
    additional_info: tuple[str, ...] = ()  # camt AddtlRmtInf, AddtlTxInf, return reason text
    deductions: tuple[Deduction, ...] = ()
    bank_tx_id: str | None = None   # BgMax BGC serial (pos 58-69); camt TxDtls/Refs/AcctSvcrRef
    entry_ref: str | None = None    # BgMax deposit serial; camt Ntry/AcctSvcrRef (or NtryRef)
    end_to_end_id: str | None = None
    record_type: str = ""           # BgMax "20"/"21"; camt "TxDtls" or "Ntry" (entry without details)
    channel_code: str | None = None  # BgMax pos 57
    image_flag: bool | None = None   # BgMax pos 70
    deduction_code: str | None = None  # BgMax TK21 pos 71 (mapping unverified, domain-facts 3.3)
    bank_tx_code: str | None = None  # camt Domn/Fmly/SubFmly ("PMNT/RCDT/ESCT") or Prtry
    status: str | None = None        # camt BOOK/PDNG/INFO
    return_reason: str | None = None  # camt RtrInf/Rsn/Cd
    deposit_index: int = 0           # index into BankFile.deposits
    source_location: str = ""        # "line 17" or element path
    warnings: tuple[str, ...] = ()   # what the reader had to assume for this payment (a date, the encoding,
                                     # a currency): shown on the payment and the import result, never silent


@dataclass(frozen=True, slots=True)
class BankDeposit:
    """A BgMax deposit (TK05..TK15) or a camt entry (Ntry)."""

    index: int
    payee_account: str               # bankgiro (no leading zeros) or IBAN / Othr/Id
    currency: str
    amount: Decimal                  # BgMax: TK15 amount (= sum TK20 - sum TK21); camt: Ntry/Amt, signed by CdtDbtInd
    count: int                       # BgMax TK15 count (TK20+TK21); camt number of TxDtls
    booking_date: dt.date | None
    value_date: dt.date | None = None
    entry_ref: str | None = None     # BgMax deposit serial (pos 46-50); camt AcctSvcrRef
    payments_total: Decimal | None = None    # BgMax sum TK20
    deductions_total: Decimal | None = None  # BgMax sum TK21 (positive)
    raw_date: str | None = None      # BgMax TK15 pos 38-45 as given
    bank_account: str | None = None  # BgMax TK15 pos 3-37 as given
    payee_plusgiro: str | None = None
    deposit_type: str | None = None  # BgMax TK15 pos 80
    credit_debit: str | None = None  # camt CRDT/DBIT
    reversal: bool = False
    status: str | None = None
    bank_tx_code: str | None = None
    additional_info: str | None = None
    source_location: str = ""


@dataclass(frozen=True, slots=True)
class ControlTotals:
    """What was counted and verified. Every declared total in the file agreed with these (or the file was rejected)."""

    record_counts: dict[str, int]            # BgMax {"20","21","22+23","15"}; camt {"Ntry","TxDtls"}
    payment_count: int                       # kind PAYMENT
    deduction_count: int                     # kind DEDUCTION
    totals_by_currency: dict[str, Decimal]   # net sum of payments + deductions per currency


@dataclass(frozen=True, slots=True)
class BankFile:
    format: str                      # "bgmax" | "camt054"
    format_version: str              # BgMax "01"; camt "camt.054.001.02" ...
    payee_account: str | None        # first deposit's bankgiro / IBAN
    currency: str | None             # None when the file holds several currencies
    created_at: dt.datetime | None
    message_id: str | None           # camt GrpHdr/MsgId; BgMax TK01 timestamp
    is_test: bool
    payments: tuple[BankPayment, ...]            # PAYMENT and DEDUCTION records, in file order
    other_transactions: tuple[BankPayment, ...]  # DEBIT, REVERSAL, NOT_BOOKED: never post as customer payments
    deposits: tuple[BankDeposit, ...]
    control: ControlTotals
    sha256: str
    notes: tuple[str, ...] = field(default=())   # non-fatal oddities worth showing the operator
    warnings: tuple[str, ...] = field(default=())  # assumptions the reader made that touch money or dates:
                                                  # each is also on the payments it concerns
