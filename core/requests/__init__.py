"""Invoicing requests: lifecycle, clarification questions, master-data changes and agreed batch schedules."""
