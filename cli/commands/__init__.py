"""One module per command family; each exposes `register(sub, groups)` (see cli.util)."""
