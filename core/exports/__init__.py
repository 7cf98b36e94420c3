"""File exports: SIE 4I for the general ledger (sie4), CSV/XLSX of reports (tabular)."""
