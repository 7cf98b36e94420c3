"""Double-entry ledger: chart of accounts, vouchers and their entries, balances and checks."""
