"""A compound date header ("Beslutsdatum", "Päätöspäivä", "Decision date", "Besöksdag") as a line's date column.

Why: the header synonyms (intake.extract.columns) list whole words and their leading stems, so a compound that
ENDS in the date word ("besluts|datum", "tarkastus|päivä") named no column and the row's own date was lost to the
mail's month (a holdout set: permits decided on the 19th and 24th invoiced for all of November). A date column of
a line table dates that row's service (the contract: a single date is both start and end) — unless its first part
says the date is something else: an invoice's, a due, an order's, an agreement's, an application's, a payment's.
"""
from __future__ import annotations

import re

_DATE_END = re.compile(r"(?:datum|dag|päivä|päivämäärä|pvm|date|day)$")
_NOT_SERVICE = re.compile(r"^(?:förfall|faktur|lasku|erä|order|beställ|tilau|avtal|sopimu|ansök|hakemu|inkom|"
                          r"saapu|födelse|syntymä|betal|maksu|due|invoice|payment|birth|applica|receiv|"
                          r"registr|rekister|kirjau|bokför|utskick|lähetys|sent|send|print|utskrift|tuloste)")


def dated_compound(header: str) -> bool:
    """True when a normalised header is a date word with a first part that does not make it a non-service date."""
    h = header.replace(" ", "").replace("-", "")
    m = _DATE_END.search(h)
    if not m or m.start() < 3 or len(h) > 30:
        return False
    return not _NOT_SERVICE.search(h)
