"""Bank file parsers (pure, no database): BgMax and ISO 20022 camt.054 → `BankFile`."""
from intake.bankfiles.detect import detect_format, parse_bank_file
from intake.bankfiles.model import (
    Address,
    BankDeposit,
    BankFile,
    BankFileError,
    BankPayment,
    ControlTotals,
    Deduction,
    PaymentReference,
)

__all__ = [
    "Address", "BankDeposit", "BankFile", "BankFileError", "BankPayment", "ControlTotals", "Deduction",
    "PaymentReference", "detect_format", "parse_bank_file",
]
