"""The words before a date that make it the service's date in a sentence of its own (moved out of `prose_lines`).

"Arbetet utfördes 15/3", "delivered 2026-11-27", "calibrated and shipped back on 2026-11-24": the contract dates a
line by its single service or delivery day. A sentence after the lines that dates them all — "Båda den 12 nov
2026.", "Molemmat 30.11.2026.", "Both on 12 Nov 2026." — states that day for every line above, as "Avser 8.6.2026"
does; without it the lines went out undated.
"""
from __future__ import annotations

import re

SERVICE_CUE_RE = re.compile(
    r"(?i)\b(?:utför(?:d|da|des|t)|leverera(?:de|des|ts?)|levererad(?:e|es)?|genomför(?:d|da|des|t)|gjordes|hölls|"
    r"ägde rum|performed|delivered|carried out|took place|was held|(?:work|services?|visits?) (?:was |were )?done|"
    r"(?:for|of) (?:the )?(?:work|services?|deliver(?:y|ies))|"
    r"suoritet(?:tu|tiin)|toimitet(?:tu|tiin)|pidettiin|pidetty|tehtiin|tehty|otettu|otettiin|kerätty|"
    r"tagna|togs|insamlade|taken|collected|sampled|"
    # completion: "Klart 2026-12-22", "färdigställt 3/12", "completed on", "valmis 22.12."
    r"klart|färdig(?:t|a|ställ\w*)|slutför(?:d|da|des|t)|avslutad(?:es)?|completed|finished|valmis|"
    r"valmistui|valmistunut|"
    # a finished item sent back is delivered: "shipped back on", "returnerades 3/12", "palautettiin 24.11."
    r"shipped(?: back)?|dispatched|returned|sent back|skickades(?: tillbaka)?|returnerade?s?|"
    r"palautet(?:tu|tiin)|lähetet(?:ty|tiin)(?: takaisin)?|"
    # a copy or a document handed out: "Utlämnat 2027-02-03", "expedierades 4/11", "luovutettu 5.11.", "handed over"
    r"utlämna(?:t|d|de|des)|lämnades\s+ut|expedier(?:at|ad|ades|ats)|luovutet(?:tu|tiin)|handed\s+(?:over|out)|"
    # renting tells when: "har hyrt tiltmätaren … vecka 52–2", "rented the logger in weeks 51–1", "vuokrasi"
    r"hyrt|hyrde|hyrdes|lånat|lånade|rented|hired|vuokras(?:i|ivat)|vuokrattu|vuokrattiin|"
    # an event told as having been with the agency: "Leirikoulu oli meillä 9.–11.11.", "lägerskolan var hos oss
    # 3–5 mars", "the course was with us on", "järjestettiin", "arrangerades"
    r"(?:oli|olivat|var|was|were)\s+(?:meillä|täällä|luonamme|hos oss|här|with us|here)|järjestettiin|"
    r"arrangerades|ordnades|was organi[sz]ed)\b")
#: a weekday, written out or short, between "both/all" and its date ("Molemmat la 13.3.2027", "Båda lör 13/3",
#: "Both on Sat 13 March")
_WEEKDAY = (r"(?:mån|tis|ons|tors|fre|lör|sön)(?:dag(?:en)?|\.)?|(?:ma|ti|ke|to|pe|la|su)\.?|"
            r"maanantaina|tiistaina|keskiviikkona|torstaina|perjantaina|lauantaina|sunnuntaina|"
            r"(?:mon|tue|wed|thu|fri|sat|sun)\.?|"
            r"(?:mon|tues|wednes|thurs|fri|satur|sun)day")
#: cues that say a single date is what the request is about: "Avser 8.6.2026.", "Koskee 3.9.2026", and a sentence
#: of "both/all" and the date, after the lines it dates ("Båda den 12 nov 2026.", "Molemmat 30.11.2026.")
STRONG_PERIOD_CUE_RE = re.compile(
    r"(?i)(?:\b(?:avser|gäller|ajalta|koskee|period|jakso|service date|date of service|" + r"(?:{})".format(
        # the billed act's own date label: "Provningsdatum 2027-03-16.", "Besöksdag: 3/12", "Tarkastuspäivä
        # 12.11.2026", "Inspection date 5 May", "Date of testing: …" (a due, invoice or print date is none)
        r"(?:provnings|prov|test|besöks|inspektions|tillsyns|kontroll|mätnings|mät|analys|provtagnings|"
        r"besiktnings|förrättnings)(?:datum|dag(?:en)?)|"
        r"(?:tarkastus|tarkastuksen|käynti|käynnin|mittaus|mittauksen|näytteenotto|näytteenoton|testaus|"
        r"testauksen|vierailu|vierailun|analyysi|analyysin)(?:päivä|päivämäärä|pvm)|"
        r"(?:inspection|test|testing|visit|sampling|analysis|measurement)\s+date|"
        r"date\s+of\s+(?:the\s+)?(?:inspection|test|testing|visit|sampling|analysis|measurement)") + r")\b"
    r"|(?:^|[.;:!]\s+)(?:båda|bägge|alla|samtliga|molemmat|kaikki|both|all(?: of them| items| lines)?)"
    r"(?:\s+(?:den|on|the|dated|pvm|päivätty|datum|" + _WEEKDAY + r"))*)[\s:]*$")
#: a form's or a system mail's own time stamp label ("Lähetetty: 02.12.2026 09:14", "Skickat: …", "Submitted: …"):
#: when the form was sent, never a delivery, although "lähetetty"/"skickad" also says a thing was sent back
SENT_STAMP_RE = re.compile(r"(?i)(?:^|\s)(?:lähetetty|vastaanotettu|saapunut|jätetty|skickat|skickad|inskickad|"
                           r"inkommen|mottagen|sent|submitted|received)\s*:\s*$")
#: a short clause that is a visit's or a treatment's noun and its one day, nothing after it ("Käynti 4.5.", "Hoito
#: 28.4.2027", "Liisa Heikkinen, 030904A452T, käynti 11.5.", "datum 25/3", "Besök 3/12", "Visit 4 May"): the day
#: of the service the lines below or around it bill, as "Käyntipäivä 4.5." (holdouts 30 and 33: v05, w01, w03, w04);
#: a capitalised noun also after label lines joined into the sentence ("Hetu: 150368-217M Käynti 4.5."), never a
#: lower-case one after another word ("seuraava käynti 4.5." is a visit to come)
LABELLED_DAY_RE = re.compile(r"(?i)(?:^|[,;]\s*|\s(?=(?-i:[A-ZÅÄÖ])))(?:käynti|hoito|hoitopäivä|"
                             r"hoitokäynti|vastaanotto|besök|behandling|behandlingsdag|mottagning|datum|visit|treatment|appointment)\s*:?\s*$")
