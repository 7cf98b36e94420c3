"""Signatures and mail helpers of the twenty-third held-out set's agencies (their own org numbers appear in the
signatures and are never the customer's)."""
from __future__ import annotations

from typing import Any

from tests.intake.cases.mailkit import mail

from .kit23 import BIBL, CENTRE_FI, LANT, LIITTO, LUONTO, MERI, SEC, SKOLA, TEKN, W, org

SIG = {
    "lant": ("\n\n-- \nDetta meddelande är automatiskt genererat från ärendesystemet Ärende+.\n"
             "Lantmäterikontoret Mälardalen | Org.nr " + org(LANT) + " | Bankgiro 5081-3302\n"),
    "lant_p": ("\n\nVänliga hälsningar\nJohan Ekdahl\nFörrättningslantmätare\nLantmäterikontoret Mälardalen\n"
               "Tel 021-48 90 12 | Org.nr " + org(LANT) + "\n"),
    "skola": ("\n\nMed vänlig hälsning\nAnnika Berglund\nAdministratör, Skolförvaltningen\nBergviks kommun\n"
              "Org.nr " + org(SKOLA) + "\nTänk på miljön innan du skriver ut detta mejl.\n"),
    "bibl": "\n\nEkonomifunktionen\nBiblioteksnätet Mellannorr, org.nr " + org(BIBL) + ", tel 063-14 22 00\n",
    "sec": ("\n\nKind regards,\nHelena Strand\nSecretariat | Baltic Ports Secretariat\nReg. no " + org(SEC)
            + " | +46 8 505 123 00\n"),
    "meri": ("\n\nTerveisin\nMeriviraston laskutus\nY-tunnus " + org(MERI) + "\nTämä viesti on luottamuksellinen.\n"),
    "meri_p": "\n\nTimo Salminen\nluotsauspäällikkö\nMerivirasto, väyläpalvelut\npuh. 029 534 4410\n",
    "liitto": ("\n\n---\nTämä viesti on lähetetty Järvimaan liiton asianhallintajärjestelmästä. Älä vastaa tähän "
               "viestiin.\nJärvimaan liitto, Y-tunnus " + org(LIITTO) + "\n"),
    "luonto": ("\n\nLämpimin terveisin\nLeena Mäkelä\nluontokeskuksen johtaja\nKallioniemen luontokeskus\nY-tunnus "
               + org(LUONTO) + "\n"),
    "luonto_sv": ("\n\nMed vänliga hälsningar\nFredrik Sjöholm\nnaturvägledare, Kallioniemi naturcentrum\n"
                  "FO-nummer " + org(LUONTO) + "\n"),
    "tekn": ("\n\nMed vänlig hälsning\nTekniska kontoret\nVästerby kommun\nFO-nummer " + org(TEKN)
             + " | tfn 06-781 2200\n"),
}
SE_DATE, FI_DATE = "+0100", "+0200"
_FI_SENDERS = {"meri", "meri_p", "liitto", "luonto", "luonto_sv", "tekn"}
_AGENCY_OF = {"lant": LANT, "lant_p": LANT, "skola": SKOLA, "bibl": BIBL, "sec": SEC, "meri": MERI,
              "meri_p": MERI, "liitto": LIITTO, "luonto": LUONTO, "luonto_sv": LUONTO, "tekn": TEKN}


def send(frm: str, subj: str, date: str, body: str | None, sign: bool = True, **kw: Any) -> Any:
    """A mail from sender key `frm` to its centre, signed with that sender's signature unless `sign` is False."""
    fi = frm in _FI_SENDERS
    text = body + SIG[frm] if (body is not None and sign) else body
    extra = {"to": CENTRE_FI} if fi else {}
    return mail(W[frm], subj, f"{date} {FI_DATE if fi else SE_DATE}", text, **extra, **kw)


def ag(frm: str) -> str:
    """The agency code of sender key `frm`."""
    return _AGENCY_OF[frm]
