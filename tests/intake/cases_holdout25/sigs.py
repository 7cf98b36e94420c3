"""Signatures of the twenty-fifth set's agencies: each carries the agency's own identifiers (never a customer's)."""
from __future__ import annotations

from .kit25 import EUP, KONF, METSA, PESU, SATAMA, SKOLA, TAND, TOLK, org

SIG_TOLK = ("\n\nMed vänlig hälsning\nLina Sjöberg\nSamordnare, Tolkförmedlingen Syd\nMigrationsenheten Syd\n"
            "Org.nr " + org(TOLK) + " | Bankgiro 5081-3307 | Växel 0771-23 52 35\n")
SIG_TAND = ("\n\nHälsningar\nKarin Holm\nAdministratör, Folktandvården Region Västerdal\nOrg.nr " + org(TAND)
            + "\nTel 0243-49 70 00\n\nDetta e-postmeddelande kan innehålla sekretessbelagd information.\n")
SIG_KONF = ("\n\n--\nKonferensenheten | Norrviks universitet\nOrg.nr " + org(KONF) + " | Bg 5083-6621\n"
            "Universitetsvägen 12, 831 25 Östersund\n")
SIG_PESU = ("\n\nYstävällisin terveisin\nTarja Koskinen\nlaskutussihteeri, pesulapalvelut\nPohjanmaan "
            "sairaanhoitopiiri | Y-tunnus " + org(PESU) + "\npuh. 06 415 4000\n")
SIG_SATAMA = ("\n\nTerveisin\nJari Nieminen\nsatamakapteeni\nKaskisalon kaupunki / satamatoimisto\nY-tunnus "
              + org(SATAMA) + " | IBAN FI64 1234 5600 0987 65\n")
SIG_METSA = ("\n\nEräpalvelut\nValtion Metsät Oy\nY-tunnus " + org(METSA) + "\nasiakaspalvelu 020 639 4000\n")
SIG_SKOLA = ("\n\nMed vänliga hälsningar\nUlrika Granqvist\nbyråsekreterare\nSjöviks svenska samskola\n"
             "FO-nummer " + org(SKOLA) + "\n")
SIG_EUP = ("\n\nKind regards,\nAnnika Wikström\nFinancial Manager, BalticGreen (Interreg Aurora)\nBusiness ID "
           + org(EUP) + " | VAT FI" + org(EUP).replace("-", "") + "\n"
           "This project is co-funded by the European Union.\n")
