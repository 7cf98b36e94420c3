"""Held-out intake cases (second set): written after the parser, in other words, layouts and registry than
tests/intake/cases, to measure how the parser does on mail it was not fitted to."""
