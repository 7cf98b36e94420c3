"""Closed lists of names that the domain owns and the command line offers in `--help` and `choices`.

They live here, free of heavy imports, so that building the CLI parser does not import SQLAlchemy or the
models (start-up stays ~0.1 s) and so that there is one list, not a domain copy and a CLI copy."""
from __future__ import annotations

# user roles (core.platform.models.User): admin, clerk (assigned agencies), agency_user (its own agency only)
ROLES = ("admin", "clerk", "agency_user")

# reports `reskontra report KIND` and the web can produce (core.period.reports)
REPORTS = ("ageing", "open-items", "automation", "valuation", "reconciliation")

# charts of accounts an agency books in (core.ledger.charts; data in core/ledger/data/charts.json), and the one an
# agency gets when its registry entry names none
CHARTS = ("bas", "statens", "fi")
DEFAULT_CHART = {"SE": "bas", "FI": "fi"}

# ageing buckets of receivables valuation (core.period.valuation): (name, first day overdue, last day overdue)
AGE_BUCKETS: list[tuple[str, int | None, int | None]] = [
    ("not_due", None, 0), ("1-30", 1, 30), ("31-60", 31, 60), ("61-90", 61, 90), ("91-180", 91, 180),
    ("181-365", 181, 365), (">365", 366, None)]

# states of a debt-collection case (core.runs.collection)
COLLECTION_STATUSES = ("handed_over", "acknowledged", "payment_plan", "partly_paid", "paid", "recalled",
                       "written_off", "closed")
