"""Payments: importing bank files, matching rules, allocation, manual registration, questions to agencies."""
