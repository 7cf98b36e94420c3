"""Delivery of issued documents: Peppol BIS 3 UBL, Finvoice 3.0, printed PDF, and the channel choice."""
