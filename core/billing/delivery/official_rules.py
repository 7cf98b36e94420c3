"""The pre-send gate for Peppol documents, and the official Peppol rules an operator may install for it.

Before a UBL document goes to the Peppol outbox (core.billing.delivery.channels) its Peppol layer is checked:
* with the official rules when the operator has installed them: `RESKONTRA_PEPPOL_XSLT` names OpenPEPPOL's
  PEPPOL-EN16931-UBL.sch compiled to XSLT (e.g. with SchXslt; run with saxonche, XSLT 3 without Java) - the
  normative rule set, every rule and flag exactly as the network's access points apply them;
* otherwise with the built-in layer (core.billing.delivery.peppol_rules), a subset written from the same
  schematron (tests/delivery/test_official_peppol.py measures how far it agrees with the official unit tests).
A fatal finding keeps the document out of the Peppol outbox (it would be rejected there, e.g. PEPPOL-COMMON-R043 for an
invalid Belgian enterprise number); the caller falls back to print with the findings as the reason.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from lxml import etree

from core.billing.delivery.findings import NS, Finding
from core.billing.delivery.peppol_rules import peppol_findings
from core.kernel.errors import DomainError

SETTING = "RESKONTRA_PEPPOL_XSLT"


class OfficialRules:
    """A compiled Peppol schematron XSLT (SVRL output), compiled once per file and process."""

    def __init__(self, path: Path) -> None:
        try:
            from saxonche import PySaxonProcessor  # optional: only needed when official rules are installed
        except ImportError as exc:
            raise DomainError(f"{SETTING} is set but saxonche is not installed (pip install saxonche)") from exc
        if not path.is_file():
            raise DomainError(f"{SETTING} names {path}, which is not a file")
        self.path = path
        self.proc: Any = PySaxonProcessor(license=False)
        self.exe: Any = self.proc.new_xslt30_processor().compile_stylesheet(stylesheet_file=str(path))

    def findings(self, xml: bytes) -> list[Finding]:
        node = self.proc.parse_xml(xml_text=xml.decode("utf-8"))
        svrl = etree.fromstring(self.exe.transform_to_string(xdm_node=node).encode("utf-8"))
        out = []
        for fa in svrl.iterfind(".//svrl:failed-assert", NS):
            message = " ".join("".join(fa.itertext()).split())
            out.append(Finding(fa.get("id") or "?", fa.get("flag") or "fatal", message, "peppol-official",
                               fa.get("location") or ""))
        return out


@lru_cache(maxsize=4)
def official(path: str) -> OfficialRules:
    return OfficialRules(Path(path))


def installed() -> OfficialRules | None:
    """The official rules the operator installed (RESKONTRA_PEPPOL_XSLT), or None."""
    path = os.environ.get(SETTING, "").strip()
    return official(path) if path else None


def gate_findings(xml: bytes) -> list[Finding]:
    """The Peppol-layer findings of a document about to be sent: official rules if installed, else built-in."""
    rules = installed()
    if rules is not None:
        return rules.findings(xml)
    doc = etree.ElementTree(etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True)))
    return peppol_findings(doc)


def refusal(xml: bytes) -> str | None:
    """Why the document may not go to the Peppol outbox (its fatal findings, one line), or None."""
    fatal = [f for f in gate_findings(xml) if f.flag in ("fatal", "error")]
    if not fatal:
        return None
    return "Peppol rules: " + "; ".join(f"{f.rule}: {f.message}" for f in fatal[:5])[:900]
