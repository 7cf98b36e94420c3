"""Registers: agencies, the central customer register, articles, dated prices and agency policies."""
