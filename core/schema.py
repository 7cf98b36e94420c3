"""The whole schema: every capability's tables in one `MetaData`, for alembic, the drift test and test set-up.

Each package declares its tables in its own `models` module; this module imports them all explicitly (no
auto-discovery, no import-time registration), so adding a package means adding one line here.
"""
from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import SQLModel

from core.billing import models as billing_models
from core.billing import search as billing_search
from core.billing import summary as billing_summary
from core.ledger import models as ledger_models
from core.payments import models as payments_models
from core.period import models as period_models
from core.platform import models as platform_models
from core.registers import models as registers_models
from core.requests import models as requests_models
from core.runs import models as runs_models

MODEL_MODULES = (platform_models, registers_models, ledger_models, billing_models, billing_summary, requests_models,
                 payments_models, runs_models, period_models)


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """For schema comparison (alembic): the name search's FTS5 tables and trigram index are made by DDL
    (core.billing.search), not by the models, and are no drift."""
    return not (reflected and compare_to is None and billing_search.is_search_object(name))


def metadata() -> sa.MetaData:
    """All of Reskontra's tables (the modules above are imported, so every table is declared)."""
    return SQLModel.metadata
