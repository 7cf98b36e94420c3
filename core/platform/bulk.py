"""Set-based inserts for runs and imports that write thousands of rows: Core executemany in chunks, with the
model's field defaults filled in as the ORM would, so bulk and single paths store the same rows."""
from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session

CHUNK = 10000


def bulk_insert(session: Session, model: type, rows: list[dict], returning: bool = False) -> list[int]:
    """Insert rows of a SQLModel table; with returning, the new ids in row order."""
    if not rows:
        return []
    table = model.__table__
    defaults = {name: f.get_default(call_default_factory=True) for name, f in model.model_fields.items()
                if name != "id"}
    full = [{**defaults, **row} for row in rows]
    for row in full:
        row.pop("id", None)
    ids: list[int] = []
    for i in range(0, len(full), CHUNK):
        chunk = full[i:i + CHUNK]
        if returning:
            res = session.execute(sa.insert(table).returning(table.c.id, sort_by_parameter_order=True), chunk)
            ids += [r[0] for r in res]
        else:
            session.execute(sa.insert(table), chunk)
    return ids
