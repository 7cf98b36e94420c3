"""Senders, signatures and disclaimers as the fictional agencies' staff write them. The signatures carry the
agency's own identifiers (org number, VAT number, bankgiro, IBAN, phone numbers): traps, never the customer's."""
from __future__ import annotations

KARIN = "Karin Östberg <karin.ostberg@smui.se>"
NILS = "Nils Åkerlund <nils.akerlund@smui.se>"
FATIMA = "Fatima Haddad <fatima.haddad@smui.se>"
PO = "Per-Olof Strand <per-olof.strand@smui.se>"
EMMA = "Emma Lind <emma.lind@smui.se>"
JONAS = "Jonas Eklöf <jonas.eklof@smui.se>"
SE_EKONOMI = "SMUI Ekonomi <ekonomi@smui.se>"
SE_REG = "Registrator SMUI <registrator@smui.se>"
TUULA = "Tuula Heikkinen <tuula.heikkinen@metsamittaus.fi>"
ANTTI = "Antti Salminen <antti.salminen@metsamittaus.fi>"
ULLA = "Ulla Sjöholm <ulla.sjoholm@metsamittaus.fi>"
BJORN = "Björn Wikström <bjorn.wikstrom@metsamittaus.fi>"
EVELIINA = "Eveliina Rantanen <eveliina.rantanen@metsamittaus.fi>"
OLIVER = "Oliver Grant <oliver.grant@metsamittaus.fi>"
MARJUT = "Marjut Koskela <marjut.koskela@metsamittaus.fi>"
FI_LASKUTUS = "Laskutus Metsämittauskeskus <laskutus@metsamittaus.fi>"


def sig_se(name: str, title: str = "Handläggare") -> str:
    return (f"{name}\n{title}\nStatens markundersökningsinstitut (SMUI)\nBox 3104, 701 43 Örebro\n"
            "Tfn 019-17 62 00 | Mobil 070-412 88 31\nOrg.nr 202100-7154 | Momsreg.nr SE202100715401\n"
            "Bankgiro 567-1235 | www.smui.se\n")


def sig_se_short(name: str) -> str:
    return f"/{name}\nSMUI, 019-17 62 00\n"


def sig_fi(name: str, title: str = "Suunnittelija") -> str:
    return (f"{name}\n{title}\nMetsämittauskeskus | PL 77, 80101 Joensuu\npuh. 029 530 2200, "
            "gsm 040 771 2391\nY-tunnus 0245931-7 | ALV-nro FI02459317\nIBAN FI41 8000 1500 1234 56\n")


def sig_fisv(name: str, title: str = "Planerare") -> str:
    return (f"{name}\n{title}\nSkogsmätningscentralen / Metsämittauskeskus\nPB 77, 80101 Joensuu\n"
            "tfn 029 530 2200\nFO-nummer 0245931-7\n")


def sig_en(name: str, title: str = "Project coordinator") -> str:
    return (f"{name}\n{title}\nForest Survey Centre (Metsämittauskeskus)\nP.O. Box 77, FI-80101 Joensuu\n"
            "tel. +358 29 530 2200\nBusiness ID 0245931-7 | VAT FI02459317\n")


DISCLAIMER_SE = ("Detta e-postmeddelande kan innehålla information som är konfidentiell. Om du inte är avsedd "
                 "mottagare, vänligen radera meddelandet och meddela avsändaren.\nNär du skickar e-post till "
                 "SMUI behandlar vi dina personuppgifter enligt dataskyddsförordningen (GDPR).\n")
DISCLAIMER_FI = ("Tämä sähköpostiviesti voi sisältää luottamuksellista tietoa. Jos viesti on tullut sinulle "
                 "erehdyksessä, ilmoita lähettäjälle ja poista viesti.\n")
DISCLAIMER_EN = ("This e-mail may contain confidential information. If you are not the intended recipient, "
                 "please notify the sender and delete it. Think of the environment before printing.\n")
