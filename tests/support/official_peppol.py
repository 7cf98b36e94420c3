"""The official Peppol BIS 3.0.19 rules (../shared/data/external/peppol-rules: OpenPEPPOL's schematron compiled to
XSLT, and its 80 unit-test files) for tests: every UBL document the tests produce is run through them
(tests/conftest.py), and the built-in layer is measured against the official unit tests
(tests/delivery/test_official_peppol.py)."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from lxml import etree

RULES = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "external" / "peppol-rules"
XSLT = RULES / "PEPPOL-EN16931-UBL-3.0.19.xsl"
VEFA = "{http://difi.no/xsd/vefa/validator/1.0}"


def available() -> str | None:
    """None when the official rules can run here, else why not."""
    if not XSLT.is_file():
        return f"official Peppol rules not found at {XSLT} (../shared is only in the team checkout and CI)"
    try:
        import saxonche  # noqa: F401 - only checking that the test extra is installed
    except ImportError:
        return "saxonche (test extra) is not installed"
    return None


@lru_cache(maxsize=1)
def rules():
    from core.billing.delivery.official_rules import OfficialRules

    return OfficialRules(XSLT)


@dataclass
class UnitTest:
    file: str
    scope: str  # the rule the test is about
    expect: str  # success | error | warning
    xml: bytes


def unit_tests() -> list[UnitTest]:
    """Every <test> of the official unit-test files: its fragment and what the scoped rule must do."""
    out = []
    for path in sorted([*RULES.glob("unit-UBL-PEPPOL/*.xml"), *RULES.glob("unit-UBL-SE/*.xml")]):
        root = etree.parse(str(path)).getroot()
        scope = (root.findtext(f"{VEFA}assert/{VEFA}scope") or "").strip()
        for test in root.iterfind(f"{VEFA}test"):
            expect = next(el for el in test.find(f"{VEFA}assert") if el.tag in
                          (f"{VEFA}success", f"{VEFA}error", f"{VEFA}warning"))
            doc = next(el for el in test if not el.tag.startswith(VEFA))
            out.append(UnitTest(path.name, expect.text.strip() if expect.text else scope,
                                etree.QName(expect).localname, etree.tostring(doc)))
    return out
