"""What the validation layers of a UBL document report (Finding, Report), and the UBL namespaces and XPath helpers
the rule layers read the document with (core.billing.delivery.validate, peppol_rules, peppol_se_rules)."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from lxml import etree

NS = {"cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
      "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
      "inv": "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2",
      "cn": "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2",
      "svrl": "http://purl.oclc.org/dsdl/svrl"}


@dataclass
class Finding:
    rule: str
    flag: str  # fatal | warning
    message: str
    layer: str  # xsd | cen | peppol
    location: str = ""

    def __str__(self) -> str:
        return f"[{self.layer}] {self.rule} ({self.flag}): {self.message} {self.location}".strip()


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)

    @property
    def fatal(self) -> list[Finding]:
        return [f for f in self.findings if f.flag in ("fatal", "error")]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.flag == "warning"]

    @property
    def ok(self) -> bool:
        return not self.fatal

    def rules(self) -> set[str]:
        return {f.rule for f in self.fatal}


def peppol(rule: str, message: str, flag: str = "fatal", location: str = "") -> Finding:
    """A failed assertion of the Peppol layer."""
    return Finding(rule, flag, message, "peppol", location)


def nodes(node: etree._Element, path: str) -> list:
    """The XPath result (elements or strings) of path under node, with the UBL prefixes."""
    return node.xpath(path, namespaces=NS)


def text(node: etree._Element, path: str) -> str:
    """The whitespace-normalised text of the first match of path, "" when there is none."""
    vals = nodes(node, path)
    if not vals:
        return ""
    v = vals[0]
    return " ".join((v if isinstance(v, str) else (v.text or "")).split())


def decimal(value: str) -> Decimal | None:
    """The number in value, None when it is not one."""
    try:
        return Decimal(value.strip())
    except (InvalidOperation, AttributeError):
        return None
