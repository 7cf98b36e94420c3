"""A column naming where each row's service was done ("Provpunkt", "Näytepiste", "Sampling point", "Objekt") or
the area a permit or lease is for ("Alue", "Jaktområde", "Hunting area") or the hut or hall rented ("Tupa", "Lokal"):
the line's own text when the table has no description column.

Why: sampling and field-work systems export one row per sample with its place instead of a text; the place is
what tells the customer's lines apart on the invoice ("Bräddpunkt B12", "Paalu 0+240"). The contract takes the
line's own text when the mail gives one and the register's name only otherwise. A table that has a description
column keeps it (the place then is only read by people). The same holds for a second column the lexicon reads
as an article ("Tuote" beside "Nimike", "Art.nr" beside "Artikel"): the first holds the code, the second the name.
"""
from __future__ import annotations

import re

from .columns import header_field, norm_header

_SITE_HEADER_RE = re.compile(
    r"(?i)^(?:prov(?:tagnings)?(?:punkt|plats|ställe)|mät(?:punkt|plats|ställe)|plats|provställe|objekt|"
    r"anläggning|näytteenotto(?:piste|paikka)|näyte(?:piste|paikka)|mittaus(?:piste|paikka)|paikka|kohde|"
    r"havaintopaikka|sampling (?:point|site|location)|sample (?:point|site|location)|monitoring point|site|"
    r"location|station|object|"
    # the area a permit or a lease is for ("Alue", "Lupa-alue", "Jaktområde", "Hunting area")
    r"[\w-]*alue|alueet|[\w-]*område|områden|[\w ]*area|"
    # the rented hut, room or hall a booking is for ("Tupa", "Stuga", "Lokal", "Hall", "Cabin", "Venue")
    r"tupa|tuvat|kota|mökki|stuga|stugor|lokal|lokaler|hall|halli|arena|cabin|hut|cottage|venue|room|rum)$")


def site_as_description(mapping: dict[int, str], headers: list[str]) -> dict[int, str]:
    """`mapping` with the first place column as `description` when no column is one already; else a second
    column the lexicon calls an article ("Tuote" | "Nimike": the code and the item's name) is the text."""
    if "description" in mapping.values():
        return mapping
    for j, h in enumerate(headers):
        if j not in mapping and _SITE_HEADER_RE.match(norm_header(h)):
            return {**mapping, j: "description"}
    if "article" in mapping.values():
        for j, h in enumerate(headers):
            if j not in mapping and h.strip() and header_field(h) == "article":
                return {**mapping, j: "description"}
    return mapping
