"""Signatures of the twelfth set's senders, with each agency's own numbers (org number, bankgiro, Y-tunnus,
phone) as traps: never the customer's."""
from __future__ import annotations


def sig_vsu(name: str, title: str = "Ekonomiadministratör") -> str:
    return (f"Med vänlig hälsning\n{name}\n{title}\nVättersjö universitet\nUniversitetsvägen 2, 553 18 Jönköping\n"
            "Tel 036-10 10 00\nOrg.nr 202100-7717 · Bankgiro 5051-2214\n")


def sig_pol(name: str, title: str = "Handläggare, tillståndsenheten") -> str:
    return (f"Med vänlig hälsning\n\n{name}\n{title}\nPolisområde Bergslagen\nTel 114 14\n"
            "Org.nr 202100-6149\n")


def sig_ely(name: str, title: str = "Ylitarkastaja") -> str:
    return (f"Ystävällisin terveisin\n{name}\n{title}\nJärvi-Savon ELY-keskus\nHallituskatu 12, 70100 Kuopio\n"
            "puh. 0295 026 500\nY-tunnus 2296962-1\n")


def sig_mus(name: str, title: str = "Museipedagog") -> str:
    return (f"Hälsningar\n{name}\n{title}\nVätterhamns stadsmuseum\nHamngatan 1, 561 31 Huskvarna\n"
            "Tel 036-13 30 70 · Bankgiro 5052-7711\n")


def sig_arf(name: str, title: str = "Tutkijapalvelut") -> str:
    return (f"Terveisin\n{name}\n{title}\nJärvi-Suomen maakunta-arkisto\nArkistokatu 3, 50100 Mikkeli\n"
            "p. 029 533 7000\n")


def sig_ars(name: str, title: str = "Arkivarie") -> str:
    return (f"Vänliga hälsningar\n{name}\n{title}\nRegionarkivet Mellersta Norrland\nArkivvägen 9, 852 34 Sundsvall\n"
            "Tel 060-19 44 00\n")
