"""Why a bank file was rejected, in the clerk's language. The parsers (intake.bankfiles) and the import
(core.payments.importing) write English for the CLI, the log and the quarantine record; the upload page and the
import job's page show the reasons a clerk meets — the wrong file, a cut-off file, totals that do not add up, an
account no agency owns — in sv/fi/en with the file's place ("rad 12", "rivi 12"). A record-level detail no rule
knows (a malformed field deep in a record, for the bank's support) is shown as the parser wrote it, after the
translated place, so nothing is hidden."""
from __future__ import annotations

import re

from flask_babel import gettext as _
from flask_babel import ngettext

from web.errors import Rule, core_text, rule


def _rules() -> list[Rule]:
    """(pattern of the parser's English, its words); each pattern matches the whole reason."""
    r = rule
    return [
        r(r"the file is empty", lambda m: _("the file is empty")),
        r(r"unknown bank file format \(expected BgMax or camt\.054\)",
          lambda m: _("this is not a bank file Reskontra reads (BgMax or camt.054)")),
        r(r"an XML file, but not an ISO 20022 camt\.054 notification",
          lambda m: _("an XML file, but not a camt.054 payment notification")),
        r(r"an ISO 20022 camt message, but not camt\.054.*",
          lambda m: _("a bank statement of another kind than camt.054 (payment notification)")),
        r(r"not a BgMax file.*", lambda m: _("not a BgMax file: it does not begin with the BgMax start record")),
        r(r"not well-formed XML: .*", lambda m: _("the XML is broken (the file may be cut off or edited)")),
        r(r"file is truncated.*", lambda m: _("the file is cut off: its end is missing")),
        r(r"data after the end record \(TK70\)", lambda m: _("there is data after the file's end record")),
        r(r"record is (\d+) characters long, BgMax records are 80",
          lambda m: _("a record is %(n)s characters long; BgMax records are 80 (the file may have been edited)",
                      n=m[1])),
        r(r"TK15 says (\d+) payments \(TK20\+TK21\) but the deposit has (\d+)",
          lambda m: ngettext("the deposit says %(a)s payment but lists %(b)s",
                             "the deposit says %(a)s payments but lists %(b)s", int(m[1]), a=m[1], b=m[2])),
        r(r"TK15 amount .* does not equal .*",
          lambda m: _("the deposit's total does not equal the sum of its payments")),
        r(r"TK70 says (\d+) (\w+) records but the file has (\d+)",
          lambda m: _("the end record counts %(a)s records of a kind, the file has %(b)s", a=m[1], b=m[3])),
        r(r"NbOfNtries is (\d+) but the notification has (\d+) entries",
          lambda m: ngettext("the notification says %(a)s entry but lists %(b)s",
                             "the notification says %(a)s entries but lists %(b)s", int(m[1]), a=m[1], b=m[2])),
        r(r"Sum .* does not equal the sum of the entry amounts .*",
          lambda m: _("the notification's total does not equal the sum of its entries")),
        r(r"(entry amount|Btch/TtlAmt) .* does not equal the sum of its .*TxDtls .*",
          lambda m: _("an entry's amount does not equal the sum of its transactions")),
        r(r"payee account (\S+) belongs to no agency",
          lambda m: _("the receiving account %(a)s belongs to no agency in the register", a=m[1])),
        r(r"a DOCTYPE/DTD is not allowed in a bank file",
          lambda m: _("the file declares a DOCTYPE, which a bank file never does; it was not read")),
    ]


def reason(text: str | None) -> str:
    """The parser's reason in the reader's words; else the core's table (web.errors), else as written."""
    message = (text or "").strip()
    for pattern, words in _rules():
        if m := pattern.fullmatch(message):
            return words(m)
    return core_text(message)


_ENTRY = re.compile(r"/Ntry\[(\d+)\]")
_TRANSACTION = re.compile(r"/TxDtls\[(\d+)\]")


def place(location: str | None) -> str:
    """"line 12" -> "rad 12"; a camt.054 path (/Document/…/Ntry[1]/NtryDtls[1]/TxDtls[2]) -> "post 1,
    transaktion 2" — the entry and transaction as the bank's own statement numbers them, never the XPath; another
    path stays as written."""
    text = (location or "").strip()
    if m := re.fullmatch(r"line (\d+)", text):
        return _("line %(n)s", n=m[1])
    entry, tx = _ENTRY.search(text), _TRANSACTION.search(text)
    if entry and tx:
        return _("entry %(e)s, transaction %(t)s", e=entry[1], t=tx[1])
    if entry:
        return _("entry %(e)s", e=entry[1])
    return text
