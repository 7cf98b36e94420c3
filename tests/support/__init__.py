"""Helpers shared by tests of several rooms (not fixtures: those live in conftest.py files)."""
