"""Period end: accruals, valuation and write-offs, reconciliation, reports and exports (SIE 4, CSV/XLSX)."""
