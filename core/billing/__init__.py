"""Billing: issuing invoices and credit notes, plausibility holds, the invoice document and its delivery."""
