"""The pure kernel: money, column types, identifiers, references, VAT rates, banking days, vocabulary, JSON.

No database sessions and no imports from any other part of Reskontra: everything here is a function of its
arguments (and of the shipped data files), so every other package may use it."""
