"""Extraction helpers for the e-mail intake parser.

Each module turns one kind of input (MIME, text, HTML, CSV, XLSX, PDF) or one kind of value (amounts, dates,
identifiers, number words) into plain Python data, so `intake.parse` can stay a small orchestrator.
"""
