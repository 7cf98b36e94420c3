"""Finnish consumer e-invoices: Finvoice 3.0 for a consumer with a receiving proposal, paper without one."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import xmlschema
from lxml import etree

from core.billing import drafting, issuing
from core.billing.delivery import barcode, channels, finvoice
from core.billing.drafting import DraftOptions, LineInput
from core.registers import register as registers
from tests.masterdata.finvoice_schema import SUBSET, official_xsd

_OFFICIAL = official_xsd()
SCHEMA = _OFFICIAL or SUBSET
DAY = dt.date(2026, 11, 2)


def _consumer(session, number: str, name: str):
    return registers.upsert_customer(session, {"customer_number": number, "name": name, "country": "FI",
                                               "private": True, "language": "fi", "email": "matti@example.fi",
                                               "address": {"street": "Rantatie 5 B 12", "postal_code": "70100",
                                                           "city": "Kuopio"}}, actor="test")


def _invoice(session, cust):
    agency = registers.agency_by_code(session, "VESI-FI")
    inv = drafting.create_draft(session, agency, cust, [LineInput(article_code="V100", quantity="3"),
                                                        LineInput(article_code="V220", quantity="1.5")],
                                DraftOptions(invoice_date=DAY, buyer_reference="Matti"))
    issuing.issue(session, inv, force=bool(inv.warnings), force_reason="test" if inv.warnings else None)
    session.commit()
    return inv


def test_official_finvoice_schema_is_used():
    if _OFFICIAL is None:
        pytest.skip("official Finvoice3.0.xsd not downloaded (scripts/setup --test fetches it); "
                    f"validating against our subset {SUBSET.name} instead")
    assert "For Finvoice version 3.0" in _OFFICIAL.read_text(encoding="utf-8")


def test_consumer_with_proposal_gets_a_valid_finvoice(demo):
    session = demo
    cust = _consumer(session, "20011", "Matti Meikäläinen")
    finvoice.add_proposal(session, cust, "OKOYFIHH", "FI4950009420028730", dt.date(2026, 10, 1))
    inv = _invoice(session, cust)
    assert finvoice.choose_consumer_channel(session, inv) == "finvoice"

    xml = finvoice.finvoice_xml(session, inv)
    schema = xmlschema.XMLSchema(str(SCHEMA))
    schema.validate(xml.decode("utf-8"))
    doc = etree.fromstring(xml)
    assert doc.get("Version") == "3.0"
    assert doc.findtext("MessageTransmissionDetails/MessageReceiverDetails/ToIdentifier") == "FI4950009420028730"
    assert doc.findtext("MessageTransmissionDetails/MessageReceiverDetails/ToIntermediator") == "OKOYFIHH"
    assert doc.findtext("BuyerPartyDetails/BuyerOrganisationName") == "Matti Meikäläinen"
    assert doc.findtext("InvoiceDetails/InvoiceNumber") == inv.number
    assert doc.findtext("InvoiceDetails/InvoiceTotalVatIncludedAmount") == f"{inv.total:.2f}".replace(".", ",")
    assert doc.findtext("EpiDetails/EpiPaymentInstructionDetails/EpiRemittanceInfoIdentifier") == inv.reference
    vbc = doc.findtext("VirtualBankBarcode")
    assert vbc == barcode.virtual_barcode("FI2112345600000785", inv.reference, inv.total, inv.due_date)
    assert vbc.startswith("4") and len(vbc) == 54
    assert len(doc.findall("InvoiceRow")) == 2
    assert [v.findtext("VatRatePercent") for v in doc.findall("InvoiceDetails/VatSpecificationDetails")] == ["25,5"]

    rec = channels.deliver(session, inv, "test").record  # the ordinary delivery picks the consumer's channel
    session.commit()
    assert rec.channel == "finvoice" and Path(rec.file_path).parent.name == "finvoice"
    assert Path(rec.file_path).read_bytes() == xml or schema.is_valid(Path(rec.file_path).read_text())
    assert inv.delivery_channel == "finvoice"
    assert channels.deliver(session, inv, "test").record.id == rec.id  # once

    # a reminder follows the same channel
    reminder = finvoice.finvoice_xml(session, inv, "reminder", {"fee": "5.00", "due_date": DAY + dt.timedelta(40),
                                                                "reminder_no": 1})
    schema.validate(reminder.decode("utf-8"))
    assert finvoice.choose_consumer_channel(session, inv, "reminder") == "finvoice"
    sent = channels.deliver(session, inv, "test", document="reminder", sequence=1,
                            extra={"fee": "5.00", "due_date": DAY + dt.timedelta(40), "reminder_no": 1})
    assert sent.record.channel == "finvoice" and sent.record.document == "reminder"
    assert Path(sent.record.file_path).name.endswith(f"-reminder-{inv.number}-1.xml")
    assert inv.delivery_channel == "finvoice"

    finvoice.end_proposal(session, cust, dt.date(2026, 12, 31))
    assert finvoice.choose_consumer_channel(session, inv, "reminder", day=dt.date(2027, 1, 15)) is None


def test_consumer_without_proposal_gets_paper(demo):
    session = demo
    cust = _consumer(session, "20012", "Liisa Virtanen")
    inv = _invoice(session, cust)
    assert finvoice.choose_consumer_channel(session, inv) is None
    delivery = channels.deliver(session, inv, "test", day=DAY)
    session.commit()
    assert delivery.record.channel == "print" and delivery.record.file_path.endswith(".pdf")
