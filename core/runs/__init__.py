"""Runs: reminders, late-payment interest and its reference rates, interest invoicing, collection, scheduling."""
