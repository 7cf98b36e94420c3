"""Views that combine capabilities: what a clerk or an agency sees of an invoice (its document, payments, reminders).

This package sits above every capability and imports them explicitly; no capability registers itself here."""
