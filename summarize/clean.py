"""Clean: strip web boilerplate from an article and keep its structure.

Works line by line on the article text. Each removed line is counted under a category
(``counter``, ``date``, ``label``, ``byline``, ``author_bio``, ``ai_disclaimer``,
``comment_policy``, ``repeated_title``, ``caption``, ``repeated_block``, ``separator``,
``signature``, ``related``, ``link``, ``dateline``, ``timestamp`` (a liveblog entry's
clock time), ``wire_note``, ``furniture``, ``embed``, ``prompt``, ``consent``,
``article_note``, ``pull_quote``, ``archive_note``) so users can see what was dropped.
What is kept is classified as paragraph, heading, bullet or table row; only paragraphs and
bullets that are real sentences become briefing material (a short line with no final
punctuation is a headline fragment: a heading; so is a bullet item that is no sentence,
"- Plants to close by 2026" in a "Key points" box).

What a dateline or date line says is kept as metadata (``CleanedArticle.date``/``place``),
and an article left with almost no prose is marked a stub (``is_stub``).
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from collections import Counter
from functools import lru_cache

from summarize import facts, language
from summarize.models import Article, Block, BlockKind, CleanedArticle
from summarize.patterns import compiled
from summarize.segment import TIME_ZONES
from summarize.textutil import may_hold, normalize_text

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Month names of the other languages whose date lines and wire datelines are read ("Publié
# le 15 septembre 2026", "Publicado el 15 de septiembre de 2026", "Veröffentlicht am 15.
# März 2026", "MADRID, 5 ene (Reuters) -"), with the wires' short forms that English does
# not share ("ene", "janv.", "Okt."); the names they share with English ("April",
# "September", "Jun.") are read as English.
_FOREIGN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            *("janvier janv enero ene januar", "février fevrier févr fevr febrero februar"),
            *("mars marzo märz", "avril avr abril abr", "mai mayo", "juin junio juni"),
            *("juillet juil julio juli", "août aout agosto ago"),
            *("septembre septiembre setiembre", "octobre octubre oktober okt"),
            *("novembre noviembre", "décembre déc decembre diciembre dic dezember dez"),
        ),
        start=1,
    )
    for name in names.split()
}
_FOREIGN_MONTH = "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
# "15 septembre", "15 de septiembre", "15. September", "1er mars", "3 janv.".
_FOREIGN_DAY_MONTH = (
    rf"(?P<fday>\d{{1,2}})(?:\.|er)?\s+(?:de\s+)?(?P<fmonth>(?:{_FOREIGN_MONTH})\.?|{_MONTH})"
)
# "15 septembre 2026", "15 de septiembre de 2026", "15. September 2026", "1er mars 2026".
_FOREIGN_DAY_MONTH_YEAR = rf"{_FOREIGN_DAY_MONTH}\s+(?:de\s+)?(?P<fyear>\d{{4}})"
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
# A clock time, its zone too: "6:45 PM PDT", "18.40 BST" (the Guardian's dot), "9:12 AM
# GMT+2" (Bloomberg's offset).
_TIME = (
    r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*"
    r"(?:[a-z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?)"
)
# A line that is only a date, maybe under its label and with its time.
_DATE_TEXT = (
    rf"(?:(?:published|updated|posted|last updated|modified|first published|date|dated"
    rf"|publication date|date published"
    # The same labels in Spanish, French and German: "Publicado:", "Publié le".
    rf"|publicado|actualizado|publié|mis à jour|veröffentlicht|aktualisiert)"
    rf"\s*(?:on|at|el|le|am)?:?\s*)?"
    # The time may come first: "Updated 6:45 PM PDT, August 8, 2025".
    rf"(?:{_TIME}\s*[,|·•/-]?\s*(?:on\s+)?)?"
    rf"(?:{_WEEKDAY}\s*)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s*(?:\d{{4}})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}(?:[t ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:z|[+-]\d{{2}}:?\d{{2}})?)?"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}|{_FOREIGN_DAY_MONTH_YEAR})"
    rf"(?:\s*(?:at\s*)?[,|·•/-]?\s*{_TIME})?"
)
_DATE_LINE = compiled(rf"^{_DATE_TEXT}$", re.IGNORECASE)
_COUNTER_LINE = compiled(r"^[\d.,\s]+[kKmM]?(?:\s*(?:shares?|views?|comments?|likes?))?$")
_LABEL_LINE = compiled(
    r"^(?:breaking(?: news)?|live(?: updates)?|exclusive|developing(?: story)?|update[d]?"
    r"|advertisement|sponsored(?: content)?|share(?: this(?: article| story| post)?)?"
    r"|share on \w+|tweet|print|email|comments?|\d+ comments?|leave a (?:comment|reply)"
    r"|read more|continue reading|see also|more on this(?: story)?|author|about the author"
    r"|subscribe(?: now)?|sign up|follow us(?: on \w+)?|click here|listen to this article"
    r"|photo|image|video|watch|menu|home|skip to (?:main )?content|trending(?: now)?"
    r"|most read|top stories|you may also like|recommended|also|reset|text size"
    r"|facebook|twitter|instagram|pinterest|linkedin|whatsapp|reddit|story continued below"
    r"|advertisement continue reading(?: the main story)?|play (?:video|facebook|twitter))"
    r"[\s:.!|>»+-]*$",
    re.IGNORECASE,
)
# "More from the Herald", "More from BBC News", "More from TIME on population": a name
# ("More from the minister later." is news).
_MORE_FROM = r"more from (?:the )?(?-i:[A-Z])[\w'’&.-]*(?: [\w'’&.-]+){0,3}"
# A label over a list of links to other stories (the list goes with it).
_RELATED_LINE = compiled(
    r"^(?:related(?: posts?| articles?| stories| news| coverage| content)?"
    rf"|{_MORE_FROM}|also read|more on (?:this|that)(?: story| topic)?"
    r"|more (?:stories|news|coverage|headlines|articles)(?: (?:from|on|about) \w+(?: \w+){0,2})?"
    r"|most (?:read|popular|viewed|shared)|you (?:may|might) also like|further reading)[\s:.-]*$",
    re.IGNORECASE,
)
# What opens a byline: "By", "Written by", "Reported by: ".
_BY = r"(?i:(?:written|posted|reported|edited|compiled)\s+by|by)\s*:?\s+"
_BYLINE = compiled(
    rf"^{_BY}(?P<name>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|de|van|von|al|bin))*)\s*$"
)
# A writer's name of two words at least ("Jane Doe", "Ana de Souza and Tom Lee").
_BYLINE_NAME = (
    r"(?P<name>[A-Z][\w.'’-]*(?:\s+(?:and|&|de|van|von|al|bin))?"
    r"(?:\s+[A-Z][\w.'’-]*(?:\s+(?:and|&|de|van|von|al|bin))?){1,5})"
)
# A word of a writer's role or outlet, in title case ("Staff Writer", "The Washington Post").
_ROLE_WORD = r"(?:[A-Z][\w.'’&-]*|of|the|for|and|at|in|to)"
# A byline with the writer's role or outlet after it: "By Maria Gomez, Staff Writer", "By
# Jane Doe and Tom Lee | The Washington Post". Two words of name at least and a role in
# title case, so "By Tuesday, the fire had spread" stays prose.
_BYLINE_ROLE = compiled(rf"^{_BY}{_BYLINE_NAME}\s*[,|–—-]\s*(?:{_ROLE_WORD}\s*){{1,6}}$")
# A byline with the date of the story: "By Maria Cortes | September 17, 2026", "By Jane
# Doe, Reuters | Updated March 3, 2026 10:42 GMT", "Jane Doe · 3 March 2026". Without its
# "By" only a bar or a dot parts the name from the date. The date dates the article as a
# date line does (see _line_date).
_DATED_BYLINE = compiled(
    rf"^(?:{_BY}{_BYLINE_NAME}(?:\s*,\s*{_ROLE_WORD}(?:\s+{_ROLE_WORD}){{0,5}})?"
    r"(?:\s*[,|·•—–-]\s*|\s+on\s+)"
    rf"|{_BYLINE_NAME.replace('<name>', '<bare_name>')}\s*[|·•]\s*)"
    rf"(?P<date>(?i:{_DATE_TEXT}))$"
)
# "This article was written/produced ..." is an AI note only when the machine is named:
# "This article was produced from agency reports." is the outlet's sourcing note.
_AI_DISCLAIMER = compiled(
    r"(?i)\b(?:this (?:article|story|content|summary|post|report) (?:was|is|has been)"
    r" (?:\w+ )?(?:generated|summari[sz]ed|(?:written|created|produced|assisted)\b"
    r"(?=[^.]*\b(?:ai|artificial intelligence|automat\w*|(?:large )?language models?"
    r"|machines?|algorithms?|chatbots?|bots?|chatgpt|gpt-?\d*)\b))"
    r"|ai[- ](?:generated|assisted|written) (?:content|article|summary|story)"
    r"|(?:generated|written|created|produced)\s+(?:\w+\s+)?(?:by|with|using)\s+(?:an?\s+)?"
    r"(?:ai|artificial intelligence|automated \w+|(?:large )?language models?)\b"
    r"|with the (?:help|assistance) of (?:ai|artificial intelligence)\b"
    r"|scans breaking news|distills? (?:multiple )?news articles)"
)
_COMMENT_POLICY = compiled(
    r"(?i)(?:comments? (?:posted|published|expressed) (?:here|below|on this)"
    r"|refrain from (?:using )?(?:derogatory|abusive|obscene|offensive)"
    r"|views expressed in (?:the )?comments"
    r"|comments? (?:are|is) (?:moderated|closed|not from))"
)
# A caption ends in its credit: "(Jo Smith/The Daily Planet)", "Photo by Jo Smith",
# "(AP Photo/Jo Smith)", or the agency alone, as wire photo pages print a caption cut short:
# "... 75 years after the premiere... (Associated Press)".
_PHOTO_AGENCIES = (
    r"AP|AFP|Reuters|Getty Images|EPA|Xinhua|Bloomberg|Associated Press|Agence France-Presse"
)
_PHOTO_CREDIT = compiled(
    r"(?:\((?:photo|image|picture|credit)?:?\s*[^()]{0,80}/[^()]{2,80}\)|"
    r"\b(?:photo|image|picture|photograph)\s*(?:by|:|credit:?)\s*[^.]{2,80}$|"
    rf"\((?:{_PHOTO_AGENCIES})[^()]{{0,40}}\))\s*$",
    re.IGNORECASE,
)
# A credit under its label need name no agency and no photographer/agency pair: "(Credit:
# Getty Images)", "(Photo by Jo Smith)", "(Courtesy of the family)" (the line's last
# bracket: it is matched there), "... at the gate. Credit: Jo Smith"; not "(Pictures:
# Population 7 Billion)", a link to a gallery.
_BRACKETED_CREDIT = compiled(
    r"\((?:(?:photo|image|picture)s?\s*(?:credit\s*:|by\b)|credits?\s*:|courtesy\b)[^()]{1,80}\)\s*$",
    re.IGNORECASE,
)
# (Its "Credit" in one of three spellings, which _is_photo_credit looks for before it.)
_CREDIT_LABEL = compiled(
    r"(?:^|(?<=[.!?)] ))(?i:(?:photo|image|picture) )?(?:[Cc]redits?|CREDITS?):\s*[^()]{2,80}$"
)
# Wire datelines: "WASHINGTON (AP) --", "BERLIN (AP) _", "LIMA, May 9 (Xinhua) --",
# "MOBILE, Ala. (AP) -", "NEW YORK, Jan. 3 (AFP) —", "ISLAMABAD -", "(CNN) --",
# "Madrid, June 24 (Xinhua) --", "(OMAHA, Neb.) _", "PARIS, 3 August (AFP) -", a
# press-release wire's "ORLAND, March 10, 2026 /PRNewswire/ --" and "SAN
# FRANCISCO--(BUSINESS WIRE)--", the dash glued to the text ("WASHINGTON—An"), and after a
# news agency's name a colon or no dash at all ("SELVAN, 6 Aug (IANS):", "NEW DELHI, Aug 6
# (PTI) Dock workers"). The European wires' own shapes too: "PARIS, 1er février (AFP) -",
# "BOGOTÁ, 10 de junio de 2026 (EFE) --", "Madrid, 11 jun (EFE).-", "BERLIN, 26. Januar
# 2026 (dpa) -", "Frankfurt/Main (dpa/AFP) -", "MADRID, 11 (EUROPA PRESS) -". Every pattern
# is anchored and its repetitions bounded, so matching costs at most a few hundred steps
# per paragraph.
_WIRES = (
    r"AP|AFP|Reuters|Xinhua|UPI|CNN|dpa|DPA|Bloomberg|Kyodo|ANSA|EFE|PTI|IANS|TASS|Itar-Tass"
    r"|AFNS|BBC|PA|Yonhap|Interfax|RIA Novosti|Anadolu|IRNA|KUNA|APP|Bernama|Antara|NNA|WAM"
    r"|APA|Lusa|LUSA|Europa Press|EUROPA PRESS|Keystone-ATS|ATS|Belga|ANP|Notimex"
)
# Capital and small letters, accented ones too ("SÃO PAULO", "BOGOTÁ", "ŁÓDŹ", "Bogotá";
# Latin Extended-A mixes both cases, so it is in both).
_UP = "A-ZÀ-ÖØ-ÞĀ-ž"
_LOW = "a-zß-öø-ÿĀ-ž"
_CAPS_WORD = rf"(?:[A-Za-z]{{1,2}}['’])?[{_UP}][{_UP}.'’]*(?:-[{_UP}][{_UP}.'’]*)*"
_CAPS_PLACE = (
    rf"{_CAPS_WORD}(?: {_CAPS_WORD}){{0,4}}(?: \((?!(?:{_WIRES})\))[A-Z][A-Za-z ]{{1,25}}\))?"
)
# A weekday in a dateline's date, in full or cut short ("Thursday", "Thu.", "Thurs").
_DL_WEEKDAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_DL_WEEKDAY = rf"(?i:{_DL_WEEKDAY_NAME}|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
# A place in title case; a weekday or a month is none ("Friday, March 3 - The ..."). Its
# words may be joined by the small words of Romance and German place names ("Ciudad de
# México", "Frankfurt am Main") or a slash ("Frankfurt/Main").
_PLACE_JOIN = r"(?:de|del|de la|do|da|dos|das|di|am|an der|sur|en) "
_TITLE_PLACE = (
    rf"(?!(?i:{_DL_WEEKDAY_NAME}|{_MONTH})\b)[{_UP}][{_UP}{_LOW}.'’/-]+"
    rf"(?: {_PLACE_JOIN}?[{_UP}][{_UP}{_LOW}.'’/-]+){{0,3}}"
)
# The state or country after the city ("MOBILE, Ala.", "EL PASO, Texas"), not the weekday
# of the date ("NAIROBI, Thursday, March 12").
_REGION_WORD = rf"[{_UP}][{_UP}{_LOW}.'’]*"
_REGION = rf"(?:, (?!(?i:{_DL_WEEKDAY_NAME})\b){_REGION_WORD}(?: {_REGION_WORD}){{0,2}}){{0,2}}"
# The day after or before the month, its year and weekday if given: "May 9", "Aug. 6,
# 2026", "3 August", "Oct 7, 2026", "Thursday 12 March 2026", "Thursday, March 12"; in
# the other languages whose months are read, "26 janvier 2026", "1er février", "le 3
# mars", "10 de junio de 2026", "26. Januar".
_DL_DAY = (
    r"(?i:" + _MONTH + r") ?\d{1,2}(?:st|nd|rd|th)?(?:, ?\d{4})?"
    r"|\d{1,2}(?:st|nd|rd|th)? (?i:" + _MONTH + r")(?:,? \d{4})?"
    r"|(?i:(?:le )?"
    + _FOREIGN_DAY_MONTH.replace("?P<fday>", "?:").replace("?P<fmonth>", "?:")
    + r"(?:,? (?:de )?\d{4})?)"
)
_DL_DAY_GROUP = rf"(?:{_DL_WEEKDAY},? )?(?P<date>{_DL_DAY})"
# A news agency's name, or two, or dpa's with its regional desk ("(dpa/AFP)", "(dpa/lno)").
_DL_WIRE = rf" ?\((?:{_WIRES})(?:/(?:{_WIRES}|[a-z]{{2,4}})){{0,2}} ?\)"
# A weekday alone names no date ("LONDON, Thursday (Reuters) -"): it is not kept; nor is
# the day alone that Europa Press prints before its name ("MADRID, 11 (EUROPA PRESS) -").
_DL_DATE = rf"(?:, {_DL_DAY_GROUP}|, (?i:{_DL_WEEKDAY_NAME})|, \d{{1,2}}(?={_DL_WIRE}))?"
# A dash and a space, or a long dash glued to the text ("WASHINGTON—An", "N.C._Nine").
_DL_DASH = r"(?: ?(?:--|—|–|-|_) +|(?:--|—|_)(?=[\"“(A-Z]))(?=[\"“‘'`(\dA-Z])"
# After a news agency's name the dateline may end in a colon or in nothing, and EFE's in a
# full stop and its dash ("Madrid, 11 jun (EFE).- El Gobierno").
_DL_AFTER_WIRE = rf"(?:\.?{_DL_DASH}|:? +(?=[\"“‘'`(\dA-Z]))"
# Who sent it: an agency or other name in brackets, or a press-release wire.
_DL_SOURCE = (
    rf"(?:{_DL_WIRE}| ?\((?:[A-Z][\w.-]{{1,15}}(?: [\w.-]{{1,15}}){{0,2}})\)"
    r"| /[A-Z][\w .-]{1,30}/|--\([A-Z][\w.-]{1,15}(?: [\w.-]{1,15}){0,2}\))"
)
_DATELINES = (
    compiled(
        rf"^(?P<place>{_CAPS_PLACE}{_REGION}){_DL_DATE}"
        rf"(?:{_DL_SOURCE}?{_DL_DASH}|{_DL_WIRE}{_DL_AFTER_WIRE})"
    ),
    compiled(rf"^(?P<place>{_TITLE_PLACE}{_REGION}){_DL_DATE}{_DL_WIRE}{_DL_AFTER_WIRE}"),
    # A place in title case without an agency needs its date: "Nairobi, 12 March 2026 -".
    compiled(rf"^(?P<place>{_TITLE_PLACE}{_REGION}), {_DL_DAY_GROUP}{_DL_SOURCE}?{_DL_DASH}"),
    compiled(rf"^\((?:{_WIRES})\){_DL_AFTER_WIRE}"),
    # No place, only the day and the agency (a wire's business and US format): "May 4
    # (Reuters) -", "Feb. 9 (AP) --", "4 May (Reuters) -". A dash or a colon must close
    # it: after the bare agency "March 3 (AP) Biden signs ..." may be a timeline's entry.
    compiled(rf"^{_DL_DAY_GROUP}{_DL_WIRE}(?:{_DL_DASH}|: +(?=[\"“‘'`(\dA-Z]))"),
    compiled(rf"^(?:[A-Z][A-Z-]+ )?\((?P<place>{_CAPS_PLACE}{_REGION})\){_DL_DASH}"),
)
# A dateline on a line of its own, the story on the next ("KATHMANDU, Aug 4, 2026 (Reuters)",
# "GUATEMALA CITY, Saturday, May 16, 2026 (AP) -"): its agency or its date makes it one
# (`_dateline_alone`; a place alone is a heading).
_DATELINE_LINE = compiled(
    rf"^(?P<place>{_CAPS_PLACE}{_REGION}){_DL_DATE}(?P<source>{_DL_SOURCE})?\s*(?:--|—|–|-|_)?$"
)


def _dateline_alone(line: str) -> re.Match[str] | None:
    match = _DATELINE_LINE.match(line)
    return match if match and (match.group("date") or match.group("source")) else None


# Inside a dateline, the date after the agency: "LONDON (Reuters) - Oct 7, 2026 - The ...".
# (Alone, "March 3, 2026 - The government fell." is a timeline's entry.)
_INNER_DATELINE = compiled(rf"^{_DL_DAY_GROUP}{_DL_DASH}")
# A headline glued in front of an agency dateline ("... cease-fire MADRID, Spain (AP) _").
_GLUED_DATELINE = compiled(
    rf"(?<=[a-z0-9] )(?={_CAPS_PLACE}{_REGION}{_DL_DATE}{_DL_WIRE} ?(?:--|—|–|-|_) )"
)
# A byline in front of the dateline on its line: "By Jane Doe, Staff Writer | SELVAN -".
_BYLINE_BEFORE_DATELINE = compiled(
    r"^(?i:by) [A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|and|&|de|van|von|al|bin)){1,5}"
    r"(?:, [A-Z][\w.'’&-]*(?: (?:[A-Z][\w.'’&-]*|of|the|for|and|at|in|to)){0,5})? ?[|•·] ?"
)
# An outlet's date line: the outlet's name and the date, in either order ("Lusaka Times,
# 14/08/2026", "Eurasianet | October 22, 2026", "Club of Mozambique | Published
# 18.02.2026", "14 April 2026 | eldiario.es"). The name is one to four words in title case
# ("Radio Okapi", "El País", "E24", "Civil.ge"), joined by small words ("Club of
# Mozambique"), or a domain ("eldiario.es"): "The talks, held on 14/08/2026" and "Talks
# resume, 14 August 2026" are prose. A place and a date ("Nairobi, 12 March 2026") read the
# same and say the same: the day of the story. Only near the top (see _outlet_date).
_OUTLET_WORD = rf"(?:[{_UP}][\w.'’&-]*|[a-z\d][\w-]*(?:\.[a-z]{{2,}}){{1,2}})"
_OUTLET = (
    rf"{_OUTLET_WORD}(?: (?:{_OUTLET_WORD}|\d{{1,3}}|of|the|and|&|de|del|la|el|le|di|da|du|des))"
    r"{0,3}"
)


@lru_cache(maxsize=1)  # compiled when first needed: most articles have no such line
def _outlet_date_lines() -> tuple[re.Pattern[str], ...]:
    return (
        compiled(rf"^{_OUTLET}(?: ?[,|·•] ?| [–—-] )(?P<date>(?i:{_DATE_TEXT}))$"),
        compiled(rf"^(?P<date>(?i:{_DATE_TEXT}))(?: ?[|·•] ?|, | [–—-] ){_OUTLET}$"),
    )


# The cheap test before them: a short line with a year.
_OUTLET_DATE_CHARS = 80
_YEAR = compiled(r"(?:19|20)\d{2}\b")
# An outlet's date line is one of the article's first this many lines (its headline, kicker,
# standfirst, byline and furniture may come first); further down, "Geneva, 3 March 2024"
# heads a timeline's entry and is no date of the article's.
_OUTLET_DATE_REACH = 6
# A liveblog entry's clock time: "09:14 AeroNordia shares ...", "9.14am BST: The ...",
# "16:30 GMT - SkyVale closes ...". Text follows it and starts with a capital: "9:10 the
# fire reached the hills" is prose, and so is "At 09:14 the alarm sounded."
_ENTRY_TIME = compiled(
    r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?: ?[AaPp]\.?[Mm]\.?)?"
    rf"(?: (?:{TIME_ZONES}|local(?: time)?))?"
    r"(?: ?[:|–—-])? (?=[\"“‘'A-Z])"
)
# Clock times that open this many of an article's lines make it a liveblog; one line that
# opens with a time ("10:00 The ceremony opens.") may be a schedule's, and keeps it.
LIVEBLOG_ENTRIES = 2
# Capitalised openings that are labels or speakers, not places.
_NOT_PLACES = frozenset(
    "FILE UPDATE UPDATED NOTE BREAKING WATCH VIDEO PHOTOS PHOTO CORRECTION EXCLUSIVE "  # noqa: SIM905
    "ANALYSIS OPINION LIVE EDITOR'S EDITORS MR. MRS. MS. DR. SEN. REP. GOV. Q A UNDATED".split()
)
# NYT wire format codes ("&QL;", "&UR;", "&LR;") carry no text.
_WIRE_CODE = compiled(r"&[A-Z]{2};")
_WIRE_NOTE = compiled(
    r"(?i)^(?:endit|\(?(?:begin|end) optional trim\)?|on the net:?|x{3,}\s*end of story"
    r"|end of story|story filed by .{1,60}|for use by clients of .{1,80}"
    r"|\(story will move .{1,80}\)|.{1,40}\(``\w+'' category\)"
    r"|(?:associated press|ap|reuters|afp|upi) (?:\w+ )?(?:writer|correspondent|reporter)"
    r"|e-?mail \S+(?: \S+){0,3} at .{1,60})$"
)
_WIRE_BYLINE = compiled(
    r"(?i)^(?:ap \w+ )?by [A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|and|&)){0,5}"
    rf"(?:,| \||\.)? (?:the )?(?:associated press|{_WIRES})(?: (?:staff )?\w*writer)?\.?$"
)
# A wire story's sign-off, its parts in any order: "(Reporting by Tom Ashcroft; Editing by
# Jane Merriweather)", "(Additional reporting by X; Writing by Y; Editing by Z)", "(Compiled
# by Beijing Newsroom)". Without brackets only when it names people ("Reporting by Grace
# Obuya in Nairobi; editing by Paul Tanner"): "Reporting by local journalists was
# restricted." is news. Its roles are the wire's, not a film's credits ("Produced by",
# "Written by").
_SIGN_OFF_ROLE = (
    r"(?i:(?:(?:with )?(?:additional|further) |with )?(?:reporting|writing|editing|compiled"
    r"|compiling|fact[- ]checking)(?: and (?:reporting|writing|editing))? by"
    # "This report was compiled by Reuters Beijing newsroom.": names follow, so "This report
    # was compiled by the UN panel of experts." is news.
    r"|this (?:report|story|article) (?:was|has been) (?:compiled|reported|prepared|edited) by)"
)
_SIGN_OFF_NAMES = (
    r"[A-Z][\w.'’-]*(?:,? (?:[A-Z][\w.'’-]*|and|&|in|de|del|da|van|von|al|el|bin|le|la|du"
    r"|newsroom|bureau|staff|desk))*"
)
_SIGN_OFF = compiled(
    # (The lookahead fails most lines at their first character.)
    r"^(?=[(—–\-RrWwEeCcFfAaTt])"
    rf"(?:[—–-] ?)?(?:\({_SIGN_OFF_ROLE} [^;()]{{1,200}}(?:; ?{_SIGN_OFF_ROLE} [^;()]{{1,200}})*\)"
    rf"|{_SIGN_OFF_ROLE} {_SIGN_OFF_NAMES}(?:; ?{_SIGN_OFF_ROLE} {_SIGN_OFF_NAMES})*)\.?$"
)
# A contributor line, in its shapes: "Associated Press writers Claire Rush and Sara Cline
# contributed to this report.", "Staff writer Mike Rogoway contributed reporting.", "Jane
# Doe and Tom Lee contributed reporting from Kyiv.", "Jane Doe in Washington contributed.",
# "Reuters contributed to this report." Each contributor is a name of two words or more (or
# an agency's), maybe after a role and before a place: "Rush contributed $5 million to the
# campaign." and "Donors in Texas contributed." are news.
_CREDIT_ROLE = (
    r"(?:(?:[A-Z0-9][\w.'’&-]*|&) ){0,4}(?:[a-z]+ ){0,2}(?i:writers?|correspondents?|reporters?"
    r"|researchers?|photographers?|editors?|journalists?|contributors?|producers?) "
)
_CREDIT_PLACE = r"(?:the )?[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3}"
# "Jo Lee of the Globe staff", "Ana Ruiz of The Daily Californian".
_CREDIT_OF = r" of (?:[Tt]he )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}(?: staff)?"
_CREDIT_ONE = (
    rf"(?:{_CREDIT_ROLE})?(?:(?!The )[A-Z][\w.'’-]*(?: (?:de|van|von|al|bin|da|del|la|le|du"
    rf"|[A-Z][\w.'’-]*)){{1,4}}|(?i:(?:the )?(?:associated press|{_WIRES})))"
    rf"(?: (?:in|from|at) {_CREDIT_PLACE})?"
)
_CREDIT_AND = r"(?:,? and |,? & |, |; (?:and )?)"
_CONTRIBUTED = compiled(
    rf"^[(—–-]? ?{_CREDIT_ONE}(?:{_CREDIT_AND}{_CREDIT_ONE}){{0,12}}(?:{_CREDIT_OF})?"
    r"(?i:,? (?:also )?contributed(?: (?:additional )?(?:reporting|research|(?:to )?this"
    r" (?:report|article|story|piece|coverage|post|analysis|account|series)))?)"
    rf"(?: (?i:from|in) {_CREDIT_PLACE}(?:{_CREDIT_AND}{_CREDIT_PLACE}){{0,4}})?\.?\)?$"
    # USA Today's "Contributing: Jamie Goldberg, The Oregonian; The Associated Press".
    r"|^(?i:contributing|contributors?)(?i: (?:writers?|reporters?|reporting|editors?))?"
    r" ?: ?[A-Z].{0,300}$"
)


# Words of a contributor line or of a credit ("This report was compiled by ...") that a
# paragraph may end with.
_CONTRIBUTOR_HINTS = ("contribut", "reporting by", "this report", "this story", "this article")


def _is_sign_off(text: str) -> bool:
    """A wire sign-off (see _SIGN_OFF) or a contributor line (see _CONTRIBUTED)."""
    return bool(_SIGN_OFF.match(text)) or (
        _has(text, ("contribut",)) and bool(_CONTRIBUTED.match(text))
    )


# A sign-off in brackets glued to the end of the last paragraph: "... on Monday. (Reporting
# by Grace Obuya; Editing by Paul Tanner)".
_SIGN_OFF_GLUED = compiled(rf"\({_SIGN_OFF_ROLE} ")
# "... third from left," in a line of its own: a photo caption.
_CAPTION_MARK = compiled(r"(?i)\b(?:second|third|fourth|fifth|far) from (?:left|right)\b")
_FILE_PHOTO = compiled(r"^(?:FILE|In this \w+(?: \d{1,2})?, \d{4},? (?:file )?photo)\b ?[-—–,]?")
# "Image caption: The mayor at the hall. Getty Images": a caption under its label.
_CAPTION_LABEL = compiled(r"(?i)^(?:image|photo|picture|video) caption\b")
# So is a photo or video teaser under its bare label in the body ("Photo: The mayor at the
# hall.", "VIDEO: Rescue teams reach the mine"); the first line of a video page is its
# headline, so this is no line-level noise (see _drop_captions_and_repeats).
_TEASER_LABEL = compiled(r"(?i)^(?:photo(?:graph)?|image|picture|video)s?:")
# A share bar: its buttons, with or without separators and a label ("Share this article:
# Facebook | Twitter | Email", "Share on WhatsApp | Share on Facebook", "Share | Tweet").
_SHARE_BUTTON = (
    r"(?:(?:share|post|send) (?:on|via|to|by) )?(?:facebook|twitter|x|pinterest|whatsapp"
    r"|linkedin|e-?mail|reddit|print|google\+?|tweet|share|telegram|messenger|copy link"
    r"|flipboard|tumblr|threads|bluesky|sms|comments?)"
)
_SHARE_BAR = (
    r"^(?:share(?: this(?: \w+)?)?(?: (?:on|via))?\s*:\s*)?"
    rf"{_SHARE_BUTTON}(?:(?:\s*[|,/•·]\s*|\s+){_SHARE_BUTTON})+\W*$"
)
# Page furniture that fills a whole line: share bars, caption and highlight boxes,
# social-media embed notices, photo/video teasers.
_FURNITURE = compiled(
    r"(?i)^(?:(?:facebook|twitter|pinterest|whatsapp|linkedin|email|e-mail|share|reddit"
    rf"|print|google\+?)\s+){{2,}}|{_SHARE_BAR}"
    r"|^image copyright\b|^enlarge (?:image|photo)\b|^(?:story|article) highlights\b"
    r"|^[(\[]\s*(?:photos?|videos?|watch"
    r"|see also|related|more)\s*:[^)\]]{0,120}[)\]]$|^related (?:photos|videos?|stories)\s*:"
    # A press release's opening marker.
    r"|^for immediate release\W*$"
)
# A site's navigation bar or breadcrumb trail: three or more short capitalised items
# between bars, bullets or arrows, at least half of them (and two) a news site's sections
# ("Home | News | World | Sport | Weather", "Home > News > Business"); a table's header row
# ("Party | Seats | Votes") names other things.
_NAV_ITEM = r"[A-Z][\w&'’.-]*(?: [\w&'’.-]+){0,2}"
_NAV_MARK = r" ?[|•·>»›] ?"
_NAV_BAR = compiled(rf"^{_NAV_ITEM}(?:{_NAV_MARK}{_NAV_ITEM}){{2,}}$")
_NAV_SPLIT = compiled(_NAV_MARK)
_NAV_HINT = compiled(r"[|•·>»›]")
_SECTIONS = frozenset(
    "home news world sport sports weather business politics opinion culture arts"  # noqa: SIM905
    " entertainment tech technology science health lifestyle life travel money markets"
    " economy video videos live local national international climate environment"
    " education obituaries podcasts newsletters food style fashion books music film tv"
    " games puzzles latest menu search uk us u.s. europe asia africa americas australia"
    " companies property cars motoring jobs photos gallery football cricket tennis"
    " elections crime".split()
) | {"middle east", "personal finance", "sign in", "log in", "uk news", "us news", "world news"}
# Where a sentence opens: the line's start or after a sentence's end (not a quotation's:
# '"Watch the video," she said.' is news).
_STARTS = r"(?:^|(?<=[.!?] ))[\s(\[•·*>|-]*"
_EMBED = compiled(
    r"(?i)\b(?:tweet with a location|add (?:a )?location (?:information )?to your tweets"
    r"|view this (?:post|photo|video) on (?:instagram|facebook|twitter)"
    r"|a (?:post|photo|video) shared by .{1,60}?(?: on (?:instagram|facebook)|\(@[\w.]+\)(?!\w))"
    r"|this (?:content|video|clip|embed|media) (?:is )?(?:(?:no longer|not|currently not)"
    r" available|(?:currently )?unavailable|cannot be (?:played|displayed|loaded))"
    r"|(?:please )?enable javascript"
    r"|javascript (?:is )?(?:disabled|required)|your browser does not support"
    r"|copy this code to your (?:website|site|blog))"
)
# A video player's own buttons and invitations, each opening its sentence: "Play video
# 2:10", "Watch more videos from our world news channel.", "Autoplay is on."
_PLAYER = compiled(
    rf"(?i){_STARTS}(?:(?:play|replay|watch) (?:the )?(?:full )?video\b|autoplay\b"
    r"|(?:watch|see|view) (?:more|all|the latest|our)(?: [\w'’-]+){0,3}? (?:videos|clips)\b)"
)
# The publisher's rights notice at the foot of a page: "Copyright 2026 Dow Jones & Company,
# Inc. All Rights Reserved.", "© 2026 Reuters", "This material may not be published,
# broadcast, rewritten or redistributed." (a line about a copyright case says more).
_RIGHTS = compiled(
    r"(?i)^(?:copyright\b\W{0,4}(?:©\W{0,3})?(?:\(c\)\W{0,3})?(?:\d{4}|(?-i:[A-Z]))|©|\(c\)\s*\d{4})"
    r"|\ball rights reserved\b|^this (?:material|article|story|content) (?:may|must) not be"
    r" (?:published|reproduced|broadcast|rewritten|redistributed)\b"
    # A wire's link to its standards under every story: "Our Standards: The Thomson Reuters
    # Trust Principles."
    r"|^(?:our standards\W+)?the thomson reuters trust principles\W*$"
)
_RIGHTS_HINTS = ("copyright", "(c)", "rights reserved", "not be ", "trust principles")
# Prompts that ask the reader to do something: subscribe, sign up, accept cookies, click.
_PROMPT = compiled(
    r"(?i)\b(?:click here|sign up (?:now |today )?(?:for|to) (?:our|the)\b.{0,60}\bnewsletter"
    r"|(?:you can )?unsubscribe at any time"
    # ("subscribe to the" alone is news as often: "commuters who subscribe to the pass".)
    r"|subscribe (?:now|today|here|to (?:our|continue|read))|newsletter sign[- ]?up"
    r"|already a subscriber|you have reached your (?:limit|maximum)"
    r"|free articles? (?:left|remaining)"
    r"|(?:subscribe|log in|sign in) to continue reading"
    r"|to continue reading\b.{0,40}\b(?:subscri|log in|sign in|register)"
    # "Log in or subscribe to keep reading about ...": the gate, before what it keeps.
    r"|\b(?:subscribe|log in|sign in|register)\b.{0,30}?\bto (?:continue|keep) reading"
    r"|subscribe for (?:just |only )?[$€£]\d|(?:log|sign) in to your account"
    r"|(?:join|like|follow) us on (?:facebook|twitter|instagram)|download (?:our|the) \w+ app"
    r"|join our (?:mailing|e-?mail) list"
    r"|enjoy(?:ed)? (?:reading )?(?:this|our) (?:article|story|post|piece|newsletter)"
    r"|share (?:it|this(?: article| story| post)?) with (?:a |your )?friends?"
    # A newsletter box: "Newsletter: Get our Health Weekly briefing."
    r"|get our(?: [\w'’-]+){0,5}? (?:newsletters?|briefings?|bulletins?|digests?)\b)"
    # A sign-in button left alone when the paywall notice around it went: "Log in."; a
    # newsletter box's label, "Newsletter:" (at the line's start only: an alternative that
    # may open any sentence of the line made this pattern several times slower).
    r"|^\W*(?:log ?in|sign ?in|log ?out|sign ?out|register|subscribe|sign up)"
    r"(?: now| today| here| for free| free)?\W*$|^\W*newsletters?\s*[:|]"
)
# A newsletter's promise: "Sign up for KPRC 2 newsletters to get breaking news delivered
# straight to your inbox" (not "Police said fake invoices delivered to your inbox are the
# commonest scam."). Looked for only in a line that says "inbox": "get" is everywhere.
_INBOX = compiled(
    r"(?i)\b(?:sign up|subscribe|newsletters?|get|receive)(?:\W+\w+){0,16}?\W+(?:delivered"
    r"|straight|directly)(?: straight| directly)? (?:to|into) your (?:e-?mail )?inbox"
)
# A call to action: the outlet asks the reader to download its app, subscribe, follow it,
# discuss the story, stay with its coverage, watch or contact it; or a liveblog signs off.
# Each is an imperative or a thanks that opens its sentence: "Subscribers to the service
# lost data." and "The company asked customers to download a security update." are news.
_SOCIAL = (
    r"(?:twitter|x|facebook|instagram|tiktok|youtube|linkedin|threads|bluesky|snapchat|tumblr"
    r"|google\+?|social media|(?:https?://)?(?:www\.)?(?:twitter|facebook|instagram)\.com\S*)"
)
_PAGE_THING = r"(?:video|clip|footage|player|slideshow|gallery|audio|posts?|photos|pictures)"
# Who a contact line addresses, what they have, and the number it gives: "Consumers with
# questions", "Customers with any billing concerns", "1-800-555-0142", "(615) 555-0142",
# "1-800-FDA-1088".
_ASKERS = (
    r"(?:consumers|customers|readers|viewers|listeners|patients|parents|caregivers|shoppers"
    r"|owners|users|travell?ers|passengers|anyone|those|you)"
)
_QUESTIONS = r"(?:questions|concerns|inquiries|enquiries|queries)"
_PHONE = (
    r"(?:(?<![\d-])(?:1[ .-])?(?:\(\d{3}\) ?|\d{3}[ .-]?)\d{3}[ .-]?\d{4}\b"
    r"|\b1-8\d\d-[A-Z\d]{3}-[A-Z\d]{4}\b)"
)
_CALL_TO_ACTION = compiled(
    r"(?i)[\s(\[•·*>|-]*(?:"
    # "Download the KRVN News app for breaking news alerts.", "Download our app."
    r"(?:download|install|get) (?:the|our) (?:[\w'’&.+-]+ ){0,4}?apps?\b"
    # "Subscribe to CNBC PRO for exclusive insights.", "Sign up here for POLITICO Huddle ...
    # in your inbox", "Please consider subscribing today."
    r"|subscribe(?: to| for| now| today| here| free|[.!]+(?=\s|$)|\W*$)"
    r"|sign up (?:here |now |today )?(?:for|to)\b(?:\W+\w+){0,16}?\W+(?:newsletters?|alerts?"
    r"|e-?mails?|briefings?|digests?|inbox|podcasts?|notifications|breaking news|updates)\b"
    r"|(?:please )?consider (?:subscribing|becoming a (?:subscriber|member|supporter))"
    # "Follow Tia Ghose on Twitter and Google+.", "Follow us.", "Follow her at
    # Twitter.com/...", "Follow @ccamia", "Follow our live coverage"
    rf"|follow (?:[\w\"“”'’.&@+-]+ ){{0,4}}?(?:on|at|via) {_SOCIAL}\b"
    r"|follow (?:[\w\"“”'’.&+-]+ ){0,3}?@\w"
    r"|follow (?:us|me)(?:[.!]+(?=\s|$)|\W*$)"
    r"|follow (?:our|the) (?:live|latest) (?:coverage|updates|blog)"
    r"|(?:like|join|find) us (?:on|at) "
    # "For more news on L.A. homicides, follow @x.", "For more on Rihanna, head over to
    # Billboard.", "Stay with KDKA for the latest on this developing story."
    r"|for (?!more than\b)(?:more|the latest|all the latest|breaking|live|continuing|complete"
    r"|full)\b[^.!?]{0,80}?,? (?:please )?(?:visit|go to|head (?:over )?to|follow|download"
    r"|check(?: out)?|see|read|click|tap|log on to|tune in|stay with|subscribe|sign up|like"
    r"|watch|listen|consult|call|phone|contact|e-?mail)\b"
    r"|stay (?:with|tuned to) [^.!?]{1,40}? for (?:the latest|updates|more)\b|stay tuned\b"
    r"|check back (?:later |soon )?for\b|refresh (?:this|the) page\b"
    # "Discuss this on our message board.", "Join the conversation ...", "Tell us what you
    # think."
    r"|discuss (?:this|it|the (?:story|article))\b"
    r"|(?:comment|discuss)\b[^.!?]{0,40}\bon our (?:message ?boards?|forums?|facebook page|site"
    r"|website)|join (?:the|our) (?:conversation|discussion|debate)\b|have your say\b"
    r"|(?:tell us|let us know) (?:what you think|your (?:thoughts|views|story))"
    r"|(?:send|e-?mail) us your\b|(?:got|have) a (?:news |story )?tip\b"
    # A liveblog's or page's sign-off: "Thanks for following our live coverage.", "That's
    # all from us for today.", "This live blog is now closed."
    r"|(?:thanks|thank you)(?: (?:so|very) much)?(?: all)? for (?:reading|following|joining"
    r"|watching|listening|tuning in|visiting|subscribing|registering|signing up|staying with"
    r"|being with|your (?:continued )?(?:support|interest|patience))\b"
    # (to its sentence's end: "Thank you for your support, the mayor told the crowd." is news)
    r"(?=[^,;:\"”.!?]{0,60}(?:[.!?]|$))"
    r"|that(?:'s|’s| is) (?:all|it) (?:from us|for (?:today|tonight|now|this (?:blog|live"
    r" blog|live coverage)))\b"
    r"|(?:this|our) (?:live ?blog|live (?:coverage|page|updates)|blog) (?:is|has) (?:now )?"
    r"(?:closed|ended|paused|over|concluded)\b"
    r"|we(?:'re|’re| are|'ll|’ll| will) (?:now )?(?:be )?(?:pausing|ending|wrapping up|closing"
    r"|back)\b[^.!?]{0,40}\b(?:coverage|blog|updates)\b"
    # "Watch live", "Watch full episodes ...", "Watch Colbert's trip ... in the clip above.",
    # "Click through the slideshow below ...", "Read more from Anne Applebaum's archive".
    r"|(?:watch|stream|listen)(?: it| to it| the)? live\b"
    r"|(?:watch|listen to) (?:the )?full (?:interview|episodes?|speech|segment|report"
    r"|press conference|clip|show|video)\b"
    rf"|(?:watch|see|listen to|view|check out|take a look at|have a look at|click through)\b"
    rf"[^.!?]{{0,80}}\b{_PAGE_THING} (?:above|below)(?:[.!:]+(?=\s|$)|\W*$)"
    r"|click through\b|read more (?:from|about|of|on|at)\b|original (?:article|story) (?:on|at)\b"
    # A writer's contact line: "Contact David Jesse: 313-222-8851 or djesse@freepress.com."
    r"|contact (?:us|me|him|her|the (?:reporter|writer|author)|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)"
    r"{0,3})\W{0,2} ?(?:at|:|by|on|via)\s*(?:\S+@\S+|\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}|twitter"
    r"|e-?mail|phone)|e-?mail:? (?:us |me |him |her )?(?:at )?[^\s@]+@[^\s@]+\.\w"
    # A contact line for the reader: "Consumers with questions may call Brennan Consumer
    # Care at 1-800-555-0142, Monday through Friday.", "Customers with concerns can visit
    # example.com/recall.", "Call the hotline at 1-800-555-0142.", "You can call
    # 1-800-555-0142." Kept as news: an appeal for witnesses told as the investigators'
    # ("Police asked anyone with information to call 911", "Anyone with information is
    # asked to call the sheriff at 555-201-3344"): that the police seek witnesses is part
    # of the story, and a briefing may tell it; and what a source offers, told with its
    # speaker ("The company said customers could call a hotline."). The outlet's own
    # imperative to its reader ("Call 323-786-5113 with information.") is a contact line
    # whatever it asks for: a briefing would give its reader an order no source gave.
    rf"|{_ASKERS} with (?:any )?(?:\w+ )?{_QUESTIONS}\b[^.!?]{{0,80}}?\b(?:may|can|should"
    r"|are (?:asked|encouraged|urged|advised|invited) to)(?: also)? (?:call|contact|visit"
    r"|e-?mail|reach|write to|text|go to)\b"
    rf"|(?:{_ASKERS}(?: with (?:any )?(?:\w+ )?{_QUESTIONS})? (?:may|can|should)(?: also)? )?"
    rf"(?:please )?(?:call|phone|text|contact)\b[^.!?]{{0,60}}?{_PHONE}"
    r")"
)
# Where a sentence may open (as _STARTS says): the text's start and after a sentence's end.
_SENTENCE_GAP = compiled(r"[.!?] ")
# More prompts of a paywall: its gate ("This article is for subscribers only."), its offer
# ("Get unlimited access to award-winning journalism for just $1 a week.", "Start your free
# trial"), its small print ("Cancel anytime.") and its "Click to watch" button. Imperatives
# count only where they open the sentence: "Subscribers to the service lost access on
# Monday." is news.
_PAYWALL = compiled(
    r"(?i)\b(?:(?:this|the rest of this) (?:article|story|content|page|piece|post|feature) is"
    r" (?:only )?(?:available |reserved |exclusively )?(?:for|to) (?:paying |premium |digital"
    r" |registered )?(?:subscribers|members)"
    r"|become a (?:subscriber|member) to (?:continue|keep) reading"
    # The offer told of its buyers: "Subscribers get unlimited access to all our journalism
    # for 1 pound a week."
    r"|(?:subscribers|members) (?:get|enjoy|receive) (?:unlimited|unrestricted|all-access"
    r"|premium|digital) (?:digital )?access\b"
    # Its price a week or a month, "just" or "only", after what it sells: "... and thousands
    # of other stories from just 1 euro a week" (not "fares rose to 40 euros a month", nor
    # "the app gives access to 2,000 articles for 5 euros a month, the company said").
    r"|\b(?:articles|stories|journalism|access)\b.{0,60}?\b(?:for|from) (?:just|only) "
    r"[$€£]?\d+(?:[.,]\d\d)?(?: ?(?:pounds?|euros?|dollars?|cents?|p))? (?:a|per) (?:week|month))"
    rf"|{_STARTS}(?:(?:get|unlock|enjoy|gain|claim) (?:your )?(?:unlimited|full|digital"
    r"|premium|complete|unrestricted|all-access|instant) (?:digital )?access\b"
    r"|(?:start|begin|claim) (?:your (?:free |\d+-day |\d+-week )?|(?:a )?(?:free |\d+-day"
    r" |\d+-week ))trial\b"
    r"|(?:click|tap)(?: here)? to (?:watch|play|view|see|listen|enlarge|expand|share|email"
    r"|read|open|download)\b)"
    r"|^\W*(?:you can )?cancel (?:at )?any ?time\W*$"
)
# A cookie, consent or privacy notice: every sentence of it is furniture ("We use cookies to
# improve your experience. By continuing to browse you agree to our use of cookies. Accept
# all cookies"), but a sentence about cookies as news ("The EU fined the company for
# dropping cookies without consent.") is not one. A notice speaks to the reader about this
# site ("we use", "you agree", "our cookie policy") or is a row of its buttons.
_CONSENT_BUTTON = (
    r"(?:(?:accept|allow|reject|decline|refuse|deny)(?: all| necessary| essential| optional)?"
    r"(?: (?:cookies|non-essential cookies))?"
    r"|(?:manage|customi[sz]e|change|adjust) (?:my |your )?(?:cookie |privacy |consent )?"
    r"(?:preferences|settings|choices|options|consent)"
    r"|(?:cookie|privacy) (?:policy|settings|preferences|notice)|i agree|got it)"
)
_CONSENT = compiled(
    r"(?i)\bwe(?: and our (?:\w+ )?(?:partners|vendors|affiliates))?"
    r" (?:use|store|access|process|collect) (?:cookies|(?:and access )?(?:\w+ )?information on"
    r" (?:a|your) device|similar technologies)"
    r"|\b(?:this|our) (?:site|website|web site|page|app) (?:uses|use|relies on|stores) cookies"
    r"|\bby (?:continuing|clicking|using|browsing|scrolling|staying|subscribing|signing up"
    r"|registering|creating an account)\b[^.]{0,80}?\byou"
    r" (?:agree|consent|accept)"
    r"|\b(?:agree|consent) to (?:our|the) (?:use of cookies|cookie|privacy)|\bagree to our terms\b"
    r"|\bour use of cookies\b"
    r"|\b(?:read|see|view|visit|review) (?:our|the) (?:cookie|privacy) (?:policy|notice|statement)"
    r"|^\W*(?:cookie|privacy|consent|data protection) (?:notice|policy|settings|preferences"
    r"|consent|statement|banner)s?\s*:"
    rf"|^\W*{_CONSENT_BUTTON}(?:\W+{_CONSENT_BUTTON})*\W*$"
)
_CONSENT_HINTS = (
    *("cookie", "privacy", "consent", "device", "agree", "accept", "allow", "reject"),
    *("decline", "refuse", "deny", "manage", "customi", "change", "adjust", "got it"),
    *("similar tech", "data protection"),
)
# Words of every consent notice that _CONSENT finds and of the common buttons: a paragraph
# without any holds none.
_CONSENT_SPLIT_HINTS = (
    *("cookie", "privacy", "consent", "you agree", "i agree", "you accept", "on a device"),
    *("on your device", "similar tech", "data protection", "preferences", "got it"),
    *("accept all", "reject all"),
)
# In a paragraph that holds a consent notice, the sentences that talk of the same things
# belong to the notice ("We and our partners process personal data for ads.").
_CONSENT_WORDS = compiled(
    r"(?i)\b(?:cookies?|consent|privacy|personal data|preferences|brows(?:e|ing)|partners"
    r"|personali[sz]\w*|(?:your|user) experience|settings|accept|reject|agree|tracking"
    r"|advertis\w*|your device|opt[- ]out|third[- ]part(?:y|ies))\b"
)
# A note about the article itself, not the news: its correction, amendment or update, the
# editor's or writer's disclosure, a "not investment advice" disclaimer. A labelled note
# ("Correction:", "Editor's note:") goes only when it speaks of the article: an editor's
# note can give the news context ("Editor's note: The vote was held in secret.").
_STORY = r"(?:article|story|report|post|blog post|piece|column|page|headline|caption|video)"
# When an update stamp says the article was updated: "at 3:45 p.m. PT", "Tuesday", "Nov. 18".
_STAMP_WHEN = (
    rf"(?:{_TIME}|\d{{1,2}} ?[ap]\.?m\.?(?: [a-z]{{2,4}})?|(?:mon|tues|wednes|thurs|fri|satur"
    rf"|sun)day|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?(?:,? \d{{4}})?|\d{{1,2}} {_MONTH}(?:,? \d{{4}})?"
    r"|\d{4}-\d{2}-\d{2}|today|this (?:morning|afternoon|evening))"
)
# What an update added ("with comments from the governor", "adds new details").
_UPDATE_WHAT = (
    r"(?:new |more |further |additional |the |latest )?(?:comments?|details|quotes?|reaction"
    r"|statements?|a statement|responses?|a response|information|background|context)\b"
)
_NOTE_TEXT = (
    rf"(?:(?:this {_STORY}|the (?:article|story|post)) (?:was|has been|had been|is being)"
    r" (?:\w+ )?(?:amended|corrected|updated|edited|revised|changed|clarified|modified)"
    r"(?:\s+(?:on|at|since)\b|\s+to (?:correct|include|reflect|clarify|add|show|note|remove"
    r"|update|make|fix|better|provide|say|state|indicate)\b"
    rf"|\s+(?:with|for) (?:additional|more|new|further|the latest)\b|\s+with {_UPDATE_WHAT}"
    r"|\s*(?:[.;:]|$))"
    r"|(?:an?|the) (?:earlier|previous|prior|original|edited|abridged|shorter|longer)"
    rf" version of this {_STORY}"
    r"|we regret the error"
    # Where the outlet got the story: "This article was produced from agency reports."
    rf"|this {_STORY} (?:was|is|has been) (?:\w+ )?(?:produced|compiled|written|prepared|based)"
    r" (?:from|on|using|with (?:material|reporting|information) from) (?:[\w'’-]+ ){0,3}?"
    r"(?:agency|agencies|wires?|wire services?|news services?|reports?|reporting|material"
    r"|dispatches)\b"
    # How a feature was reported: "This account is based on interviews with 14 survivors."
    # ("The report was based on interviews with 300 residents" is a study's method: news.)
    r"|this (?:article|story|account|piece|reconstruction|narrative) (?:is|was|has been)"
    r" (?:\w+ ){0,2}?(?:based|drawn|reconstructed|pieced together)"
    r"(?: in part| partly| largely| mainly| primarily| entirely)? (?:on|upon|from)\b"
    # Where it was first published: "This story was originally published by The Oregonian
    # and is republished here with permission.", "Republished with permission from ...".
    rf"|this {_STORY} (?:(?:was|has been|is|had been) )?(?:(?:originally|first)"
    r" (?:published|appeared|ran|posted|aired)|(?:originally )?(?:re-?published|reprinted"
    r"|syndicated))\b"
    r"|(?:re-?published|reprinted) (?:here )?(?:with|by|under|from|courtesy)\b"
    r"|originally published (?:by|in|on|at) [^,;]{1,80}$"
    r"|distributed by (?:[\w&.'’-]+ ){0,5}?(?:content agency|news service|syndicate"
    r"|media services|special features)\b"
    # How to buy the right to reprint it: "(To publish this article, it must be purchased ...)".
    r"|(?:to|for) (?:publish|reprint|republish|purchase)\w* (?:rights (?:to|for) )?this"
    r" (?:article|story|material|column|feature)\b"
    # Who pays for the coverage: "The Associated Press receives support from several private
    # foundations ...", "The AP is solely responsible for all content." (Reuters' "Our
    # Standards: ..." line is its rights notice: see _RIGHTS.)
    r"|(?:the )?(?:associated press|ap)(?:['’]s?)?(?:(?: [\w-]+){0,8}? (?:coverage|department"
    r"|team|reporting|journalism|unit|desk))? receives (?:\w+ )?support\b"
    r"|(?:this|our) (?:\w+ ){0,2}?(?:coverage|reporting|story|article|series|journalism)"
    r" (?:is|was) (?:\w+ )?(?:supported|funded|underwritten|made possible)\b"
    r"|(?:the )?(?:associated press|ap) is solely responsible for all (?:of (?:its|the) )?content\b"
    r"|find (?:the )?(?:ap|associated press)['’]s standards\b"
    # An update stamp: "Updated at 3:45 p.m. PT with comments from the governor.", a wire's
    # "(Adds comment from ministry)", "UPDATE: Adds quotes" ("Updated figures show ..." and
    # "UPDATE: Police say ..." are news).
    rf"|(?:update[d]?|first published)(?: ?[,:|] ?| )(?:(?:at|on) )?{_STAMP_WHEN}"
    rf"(?:,? (?:(?:at|on) )?{_STAMP_WHEN}){{0,2}}(?:\s*[.;]?\s*$|\s*[:—–-]?\s+(?:with|adds?"
    r"|adding|to (?:include|add|reflect|correct|clarify|note|show|update|remove))\b)"
    rf"|(?:updated with|this {_STORY} now (?:adds|includes|contains)) {_UPDATE_WHAT}"
    r"|(?:(?<=\()|(?<=:)|(?<=: ))(?:adds|updates with|recasts|writes through"
    r"|we(?:'ve|’ve| have) added)\b"
    r"|this is a developing (?:news )?story"
    r"|this (?:article|story) (?:is developing|will be updated)"
    r"|disclosure\s*:"
    r"|(?:the )?(?:author|writer)s? (?:(?:holds?|has|have|owns?|do(?:es)? not (?:hold|own|have))"
    r" (?:no |a |an |any )?(?:beneficial |financial )?(?:positions?|shares|stakes?|interests?)"
    r"|(?:is|are) (?:long|short) )"
    r"|(?:this|the) (?:\w+ )?(?:is not|does not constitute|should not be (?:considered|construed as"
    r"|taken as)) (?:\w+ )?(?:investment|financial|legal|tax) advice"
    r"|nothing in this (?:article|post|piece|report) (?:is|constitutes|should be))"
)
_NOTE_OPENING = (
    r"\W*(?:(?:update[d]?|correction|clarification|editor'?s'? note)\b[^:]{0,30}:\s*)?" + _NOTE_TEXT
)
_ARTICLE_NOTE = compiled(r"(?i)^" + _NOTE_OPENING)
# Whether a paragraph may hold such a note in one of its sentences (cheaper than splitting
# it into sentences to look); only a sentence's opening is tried.
_NOTE_ANYWHERE = compiled(r"(?i)" + _STARTS + _NOTE_OPENING)
_NOTE_LABEL = compiled(
    r"(?i)^\W*(?:corrections?|clarifications?|editor'?s'? note|note to readers)\b[^:]{0,30}:"
)
# What a labelled note says when it is about the article.
_NOTE_ABOUT_ARTICLE = compiled(
    rf"(?i)\b(?:this|the|our) (?:{_STORY}|interview|essay|op-ed|photo|graphic|version)\b"
    r"|\b(?:earlier|previous|prior|original) version\b|\bregret the error\b"
    r"|\b(?:misstated|misspelled|misidentified|misquoted|misattributed|mislabell?ed"
    r"|incorrectly|erroneously|wrongly|inaccurately)\b"
    r"|\b(?:originally|first) (?:published|appeared|ran)\b|\bthe following\b"
    r"|\bnames? (?:has|have) been changed\b"
)
_NOTE_HINTS = (
    *("amended", "corrected", "update", "edited", "revised", "changed", "clarified"),
    *("modified", "version", "regret", "developing", "disclosure", "author", "writer"),
    *("advice", "nothing in", "produced", "compiled", "written", "prepared", "based"),
    *("drawn", "reconstruct", "pieced", "originally", "first appeared", "first ran"),
    # ("publish" and "reprint" cover "republished", "To publish this article ...".)
    *("publish", "reprint", "syndicat", "distributed by", "support from", "supported by"),
    *("funded by", "underwritten", "made possible", "solely responsible", "standards"),
    *("(adds", ": adds", ":adds", "ve added", "have added", "recasts"),
    *("writes through", "now includ", "now contain", "to purchase this"),
)
# A bio under an "About the author" label, in the same paragraph or the next.
_AUTHOR_LABEL = compiled(
    r"(?i)^(?:about the (?:author|writer|reporter|columnist|contributor)s?"
    r"|(?:the )?author(?:'s)? (?:bio(?:graphy)?|profile))\s*(?:[:|–—-]|$)"
)
_BIO_START = compiled(
    r"^(?:[A-Z][\w.'’-]+\s+){1,4}(?:is|was|has|covers|writes|reports|joined|edits|teaches"
    r"|lives|previously)\b"
)
_BIO_MORE = compiled(r"^(?:He|She|They|His|Her|Their|Previously|Before)\b")
# A bio with no label, at the article's end: a name, then its newsroom role ("Dan Archer is
# a senior reporter covering Fenmarsh.", "Jo Lee is the paper's health editor."); not news
# about a journalist ("... is a reporter who was detained in March": no beat, no outlet).
# So is a name and the beat it covers for an outlet, its name ending the sentence ("Lena
# Marsh covers climate and the environment for the Averland Herald."; not "Harl Mutual
# covers flood damage for the Harl residents who insured their homes.").
_ROLE_BIO = compiled(
    r"^(?P<name>(?:[A-Z][\w.'’-]+\s+){1,4})(?:is (?:a|an|the|our) (?:[\w'’-]+\s+){0,3}?"
    r"(?:reporter|correspondent|editor|writer|journalist|columnist|producer|photographer)s?"
    r"(?:\s+(?:covering|based|for|at|with|on)\b|\.?$)"
    r"|(?:covers|writes\s+about|reports\s+on)\s[^.;]{0,80}?\bfor\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s*)+\.?$)"
)
# What a bio does not tell, but news about a journalist does ("..., police said, and was
# arrested on Monday").
_NEWS_IN_BIO = compiled(
    r"\b(?:said|says|told|according|was|were|been|arrested|charged|killed|died|detained)\b"
)
# Where one sentence of a bio's paragraph ends and the next begins.
_SENTENCE_BREAK = compiled(r"(?<=[.!?])\s+")
# How far from the end a bio without a label is looked for (in paragraphs and lines).
_CLOSING_BIO_REACH = 3
# "Pull quote: ..." repeats a quotation of the body; so does a paragraph that is only a
# quotation the body holds too (a pull quote without its label).
_PULL_QUOTE = compiled(
    r"(?i)^\W*(?:pull[- ]?quote|quote of the day|highlighted quote)\s*(?:[:|>»–—-]\s*\S|$)"
)
_WHOLE_QUOTE = compiled(
    r"^[\"“](?P<inner>[^\"“”]{20,600})[\"”](?:\s*[-–—]\s*[A-Z][^.!?\"“”]{0,60})?$"
)
# A link to another story under its label: "Read more: What the cuts mean for pensions".
_RELATED_LINK = compiled(
    r"(?i)^(?:related(?: (?:posts?|articles?|stories|news|coverage|content|reading))?"
    r"|read (?:more|also|next)|also read|see also|more on (?:this|that)(?: story)?|recommended"
    rf"(?: reading)?|further reading|{_MORE_FROM}|watch|listen)\s*[:|>»]\s*\S"
)
# A wire service's slug before a headline: "UPDATE 2-Death toll rises", "REFILE-UPDATE 1-",
# "CORRECTED-", "EXCLUSIVE-", "WRAPUP 1-", "RPT-INSIGHT-", "FACTBOX-".
_WIRE_TITLE_PREFIX = compiled(
    r"^(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|CORRECTION|RPT|REPEAT|EXCLUSIVE|INSIGHT|FACTBOX"
    r"|ANALYSIS|BREAKINGVIEWS|COLUMN|FEATURE|FOCUS|PREVIEW|TIMELINE|EXPLAINER|GRAPHIC"
    r"|INTERVIEW|SPECIAL REPORT|BRIEF|HIGHLIGHTS|SCENARIOS|QUOTEBOX|GLOBAL MARKETS"
    r"|US STOCKS|EMERGING MARKETS)(?: \d{1,2})?-)+(?=[A-Z0-9\"“‘'$€£])"
)
# The label of a headline in a plain-text file or a form ("Title: Statement from ...",
# "Headline: ..."): no part of it.
_TITLE_LABEL = compiled(r"^(?i:title|headline|hed)\s*:\s*(?=\S)")
# Notes that web archives (the Wayback Machine, Archive-It) put on the pages they saved.
_ARCHIVE_NOTE = compiled(
    r"(?i)\b(?:wayback machine|archive-it\b|crawl data"
    r"|crawls? (?:of|are part of|was run|were run|performed by)"
    r"|seed (?:list )?for (?:this|the|\w+) (?:crawl|was)|no more 404|warc files?|heritrix"
    r"|internet archive\b.{0,80}\b(?:crawl|collection|donat))"
)
# In an article that is an archive note, every line about the crawl belongs to the note.
_CRAWL = compiled(r"(?i)\bcrawl(?:s|ed|ing|er)?\b")
# Words one of the patterns above needs: a line with none of them skips the regexes (most
# lines), which keeps cleaning cheap. Checked on the case-folded line.
_PROMPT_HINTS = (
    "join our",
    "click",
    "sign",
    "subscri",
    "newsletter",
    "reached your",
    "free article",
    "cookie",
    " us on ",
    "download",
    "log in",
    "login",
    "logout",
    "log out",
    "register",
    "enjoy",
    "friend",
    "get our",
)
# Words one of _PAYWALL's rules needs (few and broad: each word looked for costs more than
# the regex on the few lines that hold one).
_PAYWALL_HINTS = (
    "subscri", "member", "access", "trial", "click", "tap ", "cancel", "a week", "a month",
    "per week", "per month",
)  # fmt: skip
_EMBED_HINTS = (
    "tweet",
    "view this",
    "shared by",
    "not available",
    "unavailable",
    "cannot be",
    "javascript",
    "your browser",
    *("longer available", "copy this code"),
)
_PLAYER_HINTS = ("video", "autoplay", "clips")
_ARCHIVE_HINTS = ("wayback", "archive", "crawl", "seed", "404", "warc", "heritrix")
# Words every match of a searched pattern contains (lower case): an ASCII line without any
# of them skips that regex. Exact, not a heuristic: on ASCII text a case-insensitive match of
# these ASCII words is a lower-case substring; other text always goes to the regex.
_CAPTION_HINTS = ("from left", "from right")
_COMMENT_HINTS = ("comment", "refrain from")
_AI_HINTS = (
    *("generated", "written", "created", "produced", "summari", "assisted"),
    *("with the ", "scans breaking news", "distill"),
)
_CREDIT_HINTS = ("photo", "image", "picture", "credit")  # or a line ending in ")"


def _has(line: str, hints: tuple[str, ...]) -> bool:
    folded = line.casefold()
    return any(hint in folded for hint in hints)


def _is_photo_credit(text: str) -> bool:
    """Text ending in a photo credit ("(Photo: Jane Doe/AP)", "Photo by Jane Doe")."""
    bracket = text.rfind("(")
    if bracket >= 0 and _BRACKETED_CREDIT.match(text, bracket):
        return True
    if not text.rstrip().endswith(")") and not may_hold(text, _CREDIT_HINTS):
        return False
    if _PHOTO_CREDIT.search(text):
        return True
    return ("redit" in text or "REDIT" in text) and bool(_CREDIT_LABEL.search(text))


def _is_nav_bar(line: str) -> bool:
    """A navigation bar or breadcrumb trail (see _NAV_BAR) filling the line."""
    if not line[:1].isupper() or _NAV_HINT.search(line) is None or not _NAV_BAR.match(line):
        return False
    items = [item.casefold() for item in _NAV_SPLIT.split(line)]
    sections = sum(1 for item in items if item in _SECTIONS)
    return sections >= 2 and 2 * sections >= len(items)


def _is_prompt(text: str) -> bool:
    return _asks_reader(text) or (_has(text, _PAYWALL_HINTS) and bool(_PAYWALL.search(text)))


def _asks_reader(text: str) -> bool:
    """A prompt of _PROMPT or _INBOX: those looked for in every paragraph."""
    folded = text.casefold()
    if any(hint in folded for hint in _PROMPT_HINTS) and _PROMPT.search(text):
        return True
    return "inbox" in folded and bool(_INBOX.search(text))


def _is_call_to_action(text: str) -> bool:
    """A call to action (see _CALL_TO_ACTION) opening one of the sentences of `text`.

    Tried only where a sentence opens: searching the pattern through every paragraph (or
    gating it by its words, common ones such as "for" and "live") cost a tenth of the
    cleaning time."""
    if _CALL_TO_ACTION.match(text):
        return True
    return any(_CALL_TO_ACTION.match(text, gap.end()) for gap in _SENTENCE_GAP.finditer(text))


def _is_embed(text: str) -> bool:
    return (_has(text, _EMBED_HINTS) and bool(_EMBED.search(text))) or (
        _has(text, _PLAYER_HINTS) and bool(_PLAYER.search(text))
    )


def _is_archive_note(text: str) -> bool:
    return _has(text, _ARCHIVE_HINTS) and bool(_ARCHIVE_NOTE.search(text))


def _is_consent(text: str) -> bool:
    return _has(text, _CONSENT_HINTS) and bool(_CONSENT.search(text))


def is_section_name(text: str) -> bool:
    """Whether `text` names a news site's section ("World", "UK news"), not a site."""
    return " ".join(text.casefold().split()) in _SECTIONS


def _is_article_note(text: str) -> bool:
    """A note about the article itself (see _ARTICLE_NOTE) that `text` opens with."""
    if _NOTE_LABEL.match(text):
        return bool(_NOTE_ABOUT_ARTICLE.search(text))
    # (Anchored, the match fails at once on most lines: cheaper than looking for hints.)
    return bool(_ARTICLE_NOTE.match(text))


def _is_author_label(text: str) -> bool:
    """An "About the author" label alone on its line."""
    match = _AUTHOR_LABEL.match(text)
    return match is not None and not text[match.end() :].strip(" :.|–—-")


def strip_wire_prefix(title: str) -> str:
    """A headline without its wire slug or label: "UPDATE 2-Death toll rises" -> "Death
    toll rises", "Title: Death toll rises" -> "Death toll rises"."""
    stripped = _WIRE_TITLE_PREFIX.sub("", _TITLE_LABEL.sub("", title, count=1), count=1)
    return stripped if stripped.strip() else title


# Under this many words of prose (paragraphs and bullets) an article is a stub.
STUB_WORDS = 40
# A line of at most this many words with no final punctuation is a headline fragment.
FRAGMENT_WORDS = 20
_SEPARATOR = compiled(r"^[\s\-—–_*=~•·.+#]{2,}$")
_LINK_LINE = compiled(r"^(?:https?://\S+|www\.\S+|[^\s@]+@[^\s@]+\.\w+|@\w+)$", re.IGNORECASE)
_BULLET = compiled(r"^(?:[•·▪●◦‣∙*+\-–—]|\d{1,2}[.)])\s+(?=\S)")
_TERMINAL = (".", "!", "?", '"', "”", "’", "'", ")", "]", "…")
_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10)) | {
    0x200B: None,
    0x200C: None,
    0x200D: None,
    0xFEFF: None,
    0x7F: None,
}


def noise_category(line: str) -> str | None:
    """The boilerplate category of a single stripped line judged alone, or None."""
    if _SEPARATOR.match(line):
        return "separator"
    if _COUNTER_LINE.match(line):
        return "counter"
    if _DATE_LINE.match(line):
        return "date"
    if _LABEL_LINE.match(line):
        return "label"
    if _RELATED_LINE.match(line):
        return "related"
    if _LINK_LINE.match(line):
        return "link"
    n_words = len(line.split())
    if n_words <= 8 and _BYLINE.match(line):
        return "byline"
    if n_words <= 20 and _DATED_BYLINE.match(line):
        return "byline"
    if n_words <= 14 and _BYLINE_ROLE.match(line):
        return "byline"
    if n_words <= 14 and _WIRE_BYLINE.match(line):
        return "byline"
    if n_words <= 25 and _WIRE_NOTE.match(line):
        return "wire_note"
    if n_words <= 80 and _is_sign_off(line):
        return "wire_note"
    if (
        _FILE_PHOTO.match(line)
        or (n_words <= 60 and _CAPTION_LABEL.match(line))
        or (n_words <= 60 and may_hold(line, _CAPTION_HINTS) and _CAPTION_MARK.search(line))
    ):
        return "caption"
    if _FURNITURE.match(line) or _is_nav_bar(line):
        return "furniture"
    if n_words <= 80 and _PULL_QUOTE.match(line):
        return "pull_quote"
    if n_words <= 30 and _RELATED_LINK.match(line):
        return "related"
    if n_words <= 80 and _AUTHOR_LABEL.match(line):
        return "label" if _is_author_label(line) else "author_bio"
    if n_words <= 30 and may_hold(line, _RIGHTS_HINTS) and _RIGHTS.search(line):
        return "copyright"
    # Longer paragraphs lose only their furniture sentences (see _cut_furniture_sentences).
    if n_words <= 15 and _is_embed(line):
        return "embed"
    if n_words <= 15 and _is_prompt(line):
        return "prompt"
    if n_words <= 15 and _is_consent(line):
        return "consent"
    # A paragraph that opens with a note about the article is the note.
    if n_words <= 60 and _is_article_note(line):
        return "article_note"
    # A short line that holds a call to action is the outlet's box, all of it ("Call
    # reporter Jo Lee at 555-201-3344. Follow her on Twitter."); after the note: "This is a
    # developing story. Check back for updates." is the note.
    if n_words <= 15 and _is_call_to_action(line):
        return "prompt"
    if n_words <= 120 and _is_archive_note(line):
        return "archive_note"
    if may_hold(line, _COMMENT_HINTS) and _COMMENT_POLICY.search(line):
        return "comment_policy"
    if n_words <= 80 and may_hold(line, _AI_HINTS) and _AI_DISCLAIMER.search(line):
        return "ai_disclaimer"
    return None


def normalize_raw(text: str) -> str:
    """Unicode NFC, Unix newlines, no control or zero-width characters, no NBSP."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = text.translate(_CONTROL)
    return text.replace("\u00a0", " ").replace("\t", " ")


def clean(article: Article) -> CleanedArticle:
    """Remove boilerplate from `article` and classify what remains into blocks."""
    raw = _WIRE_CODE.sub("", normalize_raw(article.text))
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    units = _units(lines)
    removed: Counter[str] = Counter()
    removed_lines: list[tuple[str, str]] = []
    keep = [True] * len(units)

    def drop(index: int, category: str) -> None:
        if keep[index]:
            keep[index] = False
            removed[category] += 1
            removed_lines.append((category, units[index][0]))

    title_key = normalize_text(strip_wire_prefix(article.title)) if article.title else None
    byline_names: set[str] = set()
    for index, (text, _run) in enumerate(units):
        category = noise_category(text)
        if category == "byline":
            match = _BYLINE.match(text) or _BYLINE_ROLE.match(text) or _DATED_BYLINE.match(text)
            if match:
                byline_names.add((match.group("name") or match.group("bare_name")).casefold())
        if category:
            drop(index, category)
        elif title_key and normalize_text(strip_wire_prefix(text)) == title_key:
            # The headline is the title; every copy of it in the body is noise.
            drop(index, "repeated_title")

    _drop_outlet_date_lines(units, keep, drop)
    _drop_author_lines(units, keep, byline_names, drop)
    _drop_labelled_bios(units, keep, drop)
    _drop_closing_bios(units, keep, drop)
    _drop_pull_quotes(units, keep, drop)
    _drop_captions_and_repeats(units, keep, drop)
    _drop_related_lists(units, keep, drop)
    _drop_trailing_signature(units, keep, drop)
    _drop_crawl_notes(units, keep, drop)
    units = _cut_furniture_sentences(units, keep, removed, removed_lines)
    units = _strip_entry_times(units, keep, removed, removed_lines)

    first_kept = _first_kept(keep)  # once: inside the loop it made cleaning quadratic
    datelines = [
        _strip_dateline(text, first=index == first_kept) for index, (text, _run) in enumerate(units)
    ]
    place, dateline_date = None, None
    for index, (stripped, found_place, found_date) in enumerate(datelines):
        alone = _dateline_alone(units[index][0]) if index <= _OUTLET_DATE_REACH else None
        if alone:  # (taken for a caption until now: its agency reads as a photo credit)
            removed["dateline"] += 1
            removed_lines.append(("dateline", units[index][0]))
            if place is None:
                place, dateline_date = alone.group("place"), alone.group("date")
            keep[index] = False
            continue
        if stripped == units[index][0]:
            continue
        removed["dateline"] += 1
        removed_lines.append(
            ("dateline", units[index][0][: len(units[index][0]) - len(stripped)].strip())
        )
        if keep[index] and place is None:
            place, dateline_date = found_place, found_date
        units[index] = (stripped, units[index][1])
    blocks = _blocks(units, keep)
    parts: list[str] = []
    placed: list[Block] = []
    offset = 0
    for kind, text in blocks:
        placed.append(Block(kind=kind, text=text, start=offset))
        parts.append(text)
        offset += len(text) + 2
    text = "\n\n".join(parts)
    date_lines = [date for category, line in removed_lines if (date := _line_date(category, line))]
    stub_reason = _stub_reason(placed, removed)
    date, date_from = _article_date(article, dateline_date, date_lines, text)
    return CleanedArticle(
        article=article,
        blocks=tuple(placed),
        text=text,
        removed=dict(sorted(removed.items())),
        removed_lines=tuple(removed_lines),
        date=date,
        date_from=date_from,
        place=place,
        is_stub=stub_reason is not None,
        stub_reason=stub_reason,
        language=language.detect(text),
    )


def _line_date(category: str, line: str) -> str | None:
    """The date a removed line tells the article's by: a date line's, or a byline's
    ("By Maria Cortes | September 17, 2026"), which page furniture prints as often."""
    if category == "date":
        return _outlet_date(line) or line
    byline = _DATED_BYLINE.match(line) if category == "byline" else None
    return byline.group("date") if byline else None


def _outlet_date(line: str, index: int = 0) -> str | None:
    """The date of an outlet's date line ("Lusaka Times, 14/08/2026" -> "14/08/2026") that is
    the article's line `index`, or None when the line is no such line or too far down."""
    if index >= _OUTLET_DATE_REACH or len(line) > _OUTLET_DATE_CHARS or not _YEAR.search(line):
        return None
    for pattern in _outlet_date_lines():
        match = pattern.match(line)
        if match:
            return match.group("date")
    return None


def _first_kept(keep: list[bool]) -> int:
    return next((index for index, flag in enumerate(keep) if flag), -1)


# A dateline has at most this many parts: a byline, a story slug, the dateline itself
# ("By Jo Lee | BRITAIN-RACE _ LONDON _"). Past them a line of datelines repeated is text.
_DATELINE_PARTS = 3


def _strip_dateline(
    text: str, first: bool = False, depth: int = 0
) -> tuple[str, str | None, str | None]:
    """ "LIMA, May 9 (Xinhua) -- Peru..." -> ("Peru...", "LIMA", "May 9").

    The dateline is not content; its place and date are metadata. In the article's first
    paragraph a headline glued in front of an agency dateline goes with it, and so does a
    byline in front of it on its line.
    """
    if depth >= _DATELINE_PARTS:
        return text, None, None
    match = None
    for pattern in (*_DATELINES, _INNER_DATELINE) if depth else _DATELINES:
        match = pattern.match(text)
        if match:
            break
    if match is None and text.startswith(("By ", "by ", "BY ")):
        byline = _BYLINE_BEFORE_DATELINE.match(text)
        if byline:
            found = _strip_dateline(text[byline.end() :], depth=depth + 1)
            if found[0] != text[byline.end() :]:
                return found
    if match is None and first:
        glued = _GLUED_DATELINE.search(text, 0, 200)
        if glued and not any(mark in text[: glued.start()] for mark in ".!?"):
            found = _strip_dateline(text[glued.start() :], depth=depth + 1)
            if found[0] != text[glued.start() :]:
                return found
    if not match or len(text) - match.end() < 20:
        return text, None, None
    place = match.groupdict().get("place")
    date = match.groupdict().get("date")
    if place == "UNDATED":  # a wire dateline that names no place
        place = None
    elif place and place.split(" ", 1)[0].split(",", 1)[0] in _NOT_PLACES:
        return text, None, None
    elif (
        place
        and place.startswith("THE ")
        and not (date or "," in place or "(" in text[: match.end()])
    ):
        # "THE HAGUE, Netherlands (AP) —" is a place; a bare "THE BIG PICTURE — " a kicker.
        return text, None, None
    elif (
        place and not date and "(" not in text[: match.end()] and len(re.sub(r"\W", "", place)) < 4
    ):
        return text, None, None  # "U.S. - China talks", "EU - UK": a pair, not a dateline
    # A story slug before the dateline ("BRITAIN-RACE _ LONDON _") or a dateline printed
    # twice: the innermost one names the place.
    rest, inner_place, inner_date = _strip_dateline(text[match.end() :], depth=depth + 1)
    return rest, inner_place or (place.strip() if place else None), inner_date or date


def _strip_entry_times(units, keep, removed, removed_lines):  # type: ignore[no-untyped-def]
    """A liveblog's entries without the clock time that opens each ("09:14 AeroNordia
    shares down 5%." -> "AeroNordia shares down 5%."): the time is no part of the news."""
    times = [
        _ENTRY_TIME.match(text) if keep[index] and text[:1].isdigit() else None
        for index, (text, _run) in enumerate(units)
    ]
    if sum(1 for found in times if found) < LIVEBLOG_ENTRIES:
        return units
    result = []
    for (text, run), found in zip(units, times, strict=True):
        if found:
            removed["timestamp"] += 1
            removed_lines.append(("timestamp", found.group().strip()))
            text = text[found.end() :]
        result.append((text, run))
    return result


def _furniture_sentence(piece: str) -> str | None:
    """The category of a furniture sentence inside a longer paragraph, or None."""
    if _is_sign_off(piece):
        return "wire_note"
    if _is_prompt(piece):
        return "prompt"
    if _is_embed(piece):
        return "embed"
    if _is_consent(piece):
        return "consent"
    if _is_article_note(piece):
        return "article_note"
    if _is_call_to_action(piece):
        return "prompt"
    return None


def _may_hold_furniture(text: str) -> bool:
    """Whether a paragraph may hold a sentence that _furniture_sentence names.

    A paywall's or a video player's other sentences (_PAYWALL, _PLAYER) are looked for only
    beside the prompt or embed notice they come with ("Subscribe now to continue reading.
    Get unlimited access for $1 a week."): looking for them in every paragraph made
    cleaning about a tenth slower."""
    return (
        _asks_reader(text)
        or _is_call_to_action(text)
        or (_has(text, _EMBED_HINTS) and bool(_EMBED.search(text)))
        or (text.endswith(")") and bool(_SIGN_OFF_GLUED.search(text)))
        or _has(text, _CONTRIBUTOR_HINTS)
        # Consent buttons are sentences of their own ("Accept all cookies"): by their words.
        or _has(text, _CONSENT_SPLIT_HINTS)
        or bool(_NOTE_LABEL.match(text))
        or (_has(text, _NOTE_HINTS) and bool(_NOTE_ANYWHERE.search(text)))
    )


def _cut_furniture_sentences(units, keep, removed, removed_lines):  # type: ignore[no-untyped-def]
    """Drop the reader prompts ("click here", "subscribe now"), consent notices and notes
    about the article inside longer paragraphs; in a paragraph with a consent notice, every
    sentence about cookies, consent or privacy is the notice's."""
    from summarize.segment import sentence_spans

    result = []
    for index, (text, run) in enumerate(units):
        if keep[index] and _may_hold_furniture(text):
            pieces = [text[start:end] for start, end in sentence_spans(text)]
            categories = [_furniture_sentence(piece) for piece in pieces]
            if not any(categories):
                result.append((text, run))
                continue
            if "consent" in categories:
                categories = [
                    "consent" if category is None and _CONSENT_WORDS.search(piece) else category
                    for piece, category in zip(pieces, categories, strict=True)
                ]
            kept_pieces = []
            for piece, category in zip(pieces, categories, strict=True):
                if category:
                    removed[category] += 1
                    removed_lines.append((category, piece))
                else:
                    kept_pieces.append(piece)
            text = " ".join(kept_pieces)
            if not text:
                keep[index] = False
        result.append((text, run))
    return result


def _drop_crawl_notes(units, keep, drop) -> None:  # type: ignore[no-untyped-def]
    """In a page that carries a web-archive note, every line about the crawl is the note."""
    if not any(_is_archive_note(text) for text, _run in units):
        return
    for index, (text, _run) in enumerate(units):
        if _CRAWL.search(text) and len(text.split()) <= 80:
            drop(index, "archive_note")


def _stub_reason(blocks: list[Block], removed: Counter[str]) -> str | None:
    """Why this article must not steer the set (too little prose left), or None."""
    prose = sum(
        len(block.text.split())
        for block in blocks
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.BULLET)
    )
    if prose >= STUB_WORDS:
        return None
    if not prose and removed:
        return "only page furniture (" + ", ".join(sorted(removed)) + ")"
    if not prose:
        return "no prose: only headings and fragments"
    return f"only {prose} words of prose after cleaning (a stub has fewer than {STUB_WORDS})"


def _article_date(
    article: Article, dateline_date: str | None, date_lines: list[str], text: str
) -> tuple[str | None, str | None]:
    """ISO date of the article and where it was found ("metadata", "dateline", "date_line"
    or "lead"): its metadata first, then its dateline, then a date line, then the day its
    lead says it reports ("officials said Tuesday, November 11, 2025"). A day without its
    year takes the year the article's own evidence gives (see `_year_of`), else it is kept
    without one ("--05-09") for the set to date."""
    published = _parse_date(article.published, metadata=True) if article.published else None
    if published:
        return published, "metadata"
    # Of several lone date lines, the one nearest the story is its own (a page's header
    # date, its "today", comes first).
    candidates = [line for line in (dateline_date, *reversed(date_lines)) if line]
    lead = _lead_date(text)
    for candidate in candidates:
        found = "dateline" if candidate == dateline_date else "date_line"
        month_day = _month_day(candidate)
        if (
            month_day is None
            or _DAY_MONTH_YEAR_FULL.search(candidate)
            or _EUROPEAN_DATE.search(candidate)
        ):
            parsed = _parse_date(candidate, _year_hint(article.text))
            if parsed:
                return parsed, found
            continue
        # A wire dateline gives the day without the year ("LIMA, May 9 (Xinhua) --").
        year = _year_of(*month_day, [*date_lines, lead or ""], text)
        dated = _valid_date(year, *month_day) if year is not None else None
        if dated:
            return dated, found
        if candidate == dateline_date:  # ISO 8601's "--05-09": the set may tell the year
            return f"--{month_day[0]:02d}-{month_day[1]:02d}", found
    return lead, "lead" if lead else None


_ISO_DATE = compiled(r"(\d{4})-(\d{2})-(\d{2})")
_DAY_MONTH_YEAR = compiled(
    rf"(?i)\b(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?)?(?P<month>{_MONTH})"
    rf"(?: (?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b)?,? ?(?P<year>(?:19|20)\d{{2}})?\b"
)
# A day, its month and its year: "Oct. 14, 2025", "14 October 2025".
_DAY_MONTH_YEAR_FULL = compiled(
    rf"(?i)\b(?:(?P<day1>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<month1>{_MONTH})"
    rf"|(?P<month2>{_MONTH}) (?P<day2>\d{{1,2}})(?:st|nd|rd|th)?),? (?P<year>(?:19|20)\d{{2}})\b"
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# A date of the European date lines: "15 septembre 2026", "15.09.2026" or "15/09/2026"
# (numbers: day first, see _european_date).
_EUROPEAN_DATE = compiled(
    rf"(?i)\b{_FOREIGN_DAY_MONTH_YEAR}\b"
    r"|\b(?P<day>\d{1,2})(?P<mark>[./])(?P<month>\d{1,2})(?P=mark)(?P<year>\d{4})\b"
)
# A day of the other languages' months, its year left out ("1er février", "3. März").
_FOREIGN_DAY = compiled(rf"(?i)\b{_FOREIGN_DAY_MONTH}(?!\w)")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_REPORTED = r"(?:said|says|announced|announces|reported|reports|confirmed|confirms|stated)"
# The day a wire story's lead says it reports: "officials said Tuesday, November 11, 2025"
# (the weekday must be that date's); "said on Wednesday" names the day without its date.
_LEAD_REPORT_DAY = compiled(rf"(?i)\b{_REPORTED}\s+(?:on\s+)?(?P<weekday>{'|'.join(_WEEKDAYS)})\b")
_LEAD_CHARS = 600  # the first paragraph, about: where a wire story names its day
_SENTENCE_START = compiled(r"[.!?]\s+(?=\S)")


def _year_hint(text: str) -> int | None:
    """The year of the first full date ("January 16, 2024") near the top of the text."""
    for match in _DAY_MONTH_YEAR.finditer(text, 0, 2000):
        if match.group("year") and (match.group("day1") or match.group("day2")):
            return int(match.group("year"))
    return None


def _month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of the first day named in `text` ("May 9", "9 May", "1er février",
    "5 de junio", "3. März"), or None."""
    match = _DAY_MONTH_YEAR.search(text)
    if match is not None and (match.group("day1") or match.group("day2")):
        month = _MONTHS.index(match.group("month")[:3].casefold()) + 1
        day = int(match.group("day1") or match.group("day2"))
    else:
        foreign = _FOREIGN_DAY.search(text)
        if foreign is None:
            return None
        month, day = _foreign_month(foreign.group("fmonth")), int(foreign.group("fday"))
    return (month, day) if _valid_date(2000, month, day) else None  # (2000: a leap year)


def _full_dates(text: str) -> list[tuple[datetime.date, int, int]]:
    """The dates with their year in `text`, with where each is."""
    found = []
    for match in _DAY_MONTH_YEAR_FULL.finditer(text):
        month = match.group("month1") or match.group("month2")
        day = int(match.group("day1") or match.group("day2"))
        iso = _valid_date(int(match.group("year")), _MONTHS.index(month[:3].casefold()) + 1, day)
        if iso:
            found.append((datetime.date.fromisoformat(iso), match.start(), match.end()))
    return found


def _lead_date(text: str) -> str | None:
    """The day the lead says the story reports, when its weekday and date agree: "A
    ransomware attack hit the hospital, officials said Tuesday, November 11, 2025." Not
    a date the lead tells an event by ("the attack on March 3, 2025")."""
    for match in _LEAD_REPORT_DAY.finditer(text, 0, _LEAD_CHARS):
        dates = _full_dates(text[match.end() : match.end() + 32])
        if dates and dates[0][1] <= 2:  # the date right after the weekday
            day = dates[0][0]
            if _WEEKDAYS[day.weekday()] == match.group("weekday").casefold():
                return day.isoformat()
    return None


def _year_of(month: int, day: int, dated_lines: list[str], text: str) -> int | None:
    """The year of a day named without one ("LIMA, May 9"), by the article itself; None
    when it cannot be told. A date line or the lead's report day gives the year that puts
    the day nearest it. Else the first full date of the text gives its year, unless the
    day would then come before an event the text tells in the past ("a sample collected
    on Oct. 14, 2025") or after one it tells as to come: then the year near them that
    fits them all and puts the day on the weekday the lead names for the report ("the AIU
    said on Wednesday"), when exactly one does."""
    for line in dated_lines:
        parsed = _parse_date(line) if line else None
        if parsed and len(parsed) == 10:  # (not "2024-01": a month)
            return facts.infer_year(month, day, datetime.date.fromisoformat(parsed))
    hint = _year_hint(text)
    if hint is None:
        return None
    past, future = _told_dates(text)

    def fits(year: int) -> bool:  # not before what it tells as past, nor after what is to come
        iso = _valid_date(year, month, day)
        if iso is None:
            return False
        date = datetime.date.fromisoformat(iso)
        return all(told <= date for told in past) and all(date <= told for told in future)

    if fits(hint):
        return hint
    weekday = next(
        (m.group("weekday").casefold() for m in _LEAD_REPORT_DAY.finditer(text, 0, _LEAD_CHARS)),
        None,
    )
    if weekday is None:
        return None
    years = {hint, *(told.year for told in (*past, *future))}
    fitting = [
        year
        for year in range(min(years) - 1, max(years) + 2)
        if fits(year) and _WEEKDAYS[datetime.date(year, month, day).weekday()] == weekday
    ]
    return fitting[0] if len(fitting) == 1 else None


def _told_dates(text: str) -> tuple[list[datetime.date], list[datetime.date]]:
    """The full dates `text` tells events by in the past, and those it tells as to come,
    by the verb that governs each ("was suspended on Nov. 20, 2025"; "will be held on
    March 3, 2026"); a date no verb places is neither."""
    past: list[datetime.date] = []
    future: list[datetime.date] = []
    for date, start, end in _full_dates(text[:20_000]):
        opening = [m.end() for m in _SENTENCE_START.finditer(text, max(0, start - 400), start)]
        before = text[opening[-1] if opening else max(0, start - 400) : start]
        tense = facts.governing_tense(before, text[end : end + 80])
        if tense == "past":
            past.append(date)
        elif tense == "future":
            future.append(date)
    return past, future


def _parse_date(text: str, year: int | None = None, metadata: bool = False) -> str | None:
    """ "2024-01-16 10:00", "Jan. 16, 2024", "16 January" (+ year) -> "2024-01-16".

    Full dates are read by `facts.parse_date` (the one rule for them); what is left here
    is what only datelines need: a day and month whose year comes from the text, a month
    alone ("2024-01"), and the dates of European date lines ("15.09.2026" or "15/09/2026",
    day first; "15 septembre 2026"). A date in the `metadata` with slashes is not read:
    there it is a US feed's, month first ("09/04/1998 11:19:00", AP's 4 September)."""
    full = facts.parse_date(text)
    if full is not None:
        return full.isoformat()
    iso = _ISO_DATE.search(text)
    if iso:
        return _valid_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    european = _EUROPEAN_DATE.search(text)
    if european and not (metadata and european.group("mark") == "/"):
        return _european_date(european)
    match = _DAY_MONTH_YEAR.search(text)
    if not match:
        return None
    month = _MONTHS.index(match.group("month")[:3].casefold()) + 1
    year = int(match.group("year")) if match.group("year") else year
    day = match.group("day1") or match.group("day2")
    if year is None:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    return _valid_date(year, month, int(day))


def _european_date(match: re.Match[str]) -> str | None:
    """The date `_EUROPEAN_DATE` found: "15 septembre 2026", "15.09.2026" or "15/09/2026".

    A date in numbers reads day first, with slashes too ("03/04/2026" is 3 April): the
    outlets that print them so are European, African and Asian, and US outlets print the
    month's name ("March 4, 2026"). A second number over 12 is the day ("08/14/2026")."""
    if match.group("fyear"):
        month = _foreign_month(match.group("fmonth"))
        return _valid_date(int(match.group("fyear")), month, int(match.group("fday")))
    day, month = int(match.group("day")), int(match.group("month"))
    if month > 12 >= day:
        day, month = month, day
    return _valid_date(int(match.group("year")), month, day)


def _foreign_month(name: str) -> int:
    """The number of a month `_FOREIGN_DAY_MONTH` found ("janvier", "Okt.", "September")."""
    name = name.casefold().rstrip(".")
    return _FOREIGN_MONTHS.get(name) or _MONTHS.index(name[:3]) + 1


def _valid_date(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _units(lines: list[str]) -> list[tuple[str, int]]:
    """Lines (or re-joined hard-wrapped lines) with the index of their blank-line run."""
    # Hard-wrapped text: most prose lines stop mid-sentence and none is very long.
    prose = [line for line in lines if len(line) >= 30]
    hard_wrapped = (
        len(prose) >= 5
        and sum(1 for line in prose if not line.endswith(_TERMINAL)) > 0.6 * len(prose)
        and max(len(line) for line in lines) <= 100
    )
    units: list[tuple[str, int]] = []
    run = 0
    previous_blank = True
    for line in lines:
        if not line:
            if not previous_blank:
                run += 1
            previous_blank = True
            continue
        joinable = (
            hard_wrapped
            and not previous_blank
            and units
            and not _BULLET.match(line)
            and not units[-1][0].endswith(_TERMINAL)
            and noise_category(line) is None
            and noise_category(units[-1][0]) is None
            and not _outlet_date(line, len(units))
            and not _outlet_date(units[-1][0], len(units) - 1)
        )
        # A quotation the line before opened goes on in this line (a soft line break
        # inside it): one unit, or the quotation is cut in half at the line.
        quoted = not previous_blank and units and _closes_quotation(units[-1][0], line)
        if joinable or quoted:
            units[-1] = (units[-1][0] + " " + line, run)
        else:
            units.append((line, run))
        previous_blank = False
    return units


def _closes_quotation(before: str, line: str) -> bool:
    """Whether `before` leaves a quotation open that `line` closes."""
    straight = before.count('"') % 2 == 1 and line.count('"') % 2 == 1
    curly = before.count("“") > before.count("”") and line.count("”") > line.count("“")
    return straight or curly


def _drop_outlet_date_lines(units, keep, drop) -> None:  # type: ignore[no-untyped-def]
    """An outlet's date line near the top ("Lusaka Times, 14/08/2026"): a date line, whose
    date dates the article (see _line_date)."""
    for index in range(min(len(units), _OUTLET_DATE_REACH)):
        if keep[index] and _outlet_date(units[index][0], index):
            drop(index, "date")


def _drop_author_lines(units, keep, byline_names, drop) -> None:  # type: ignore[no-untyped-def]
    """A line that is only the byline's name, or a bio that starts with it ("AiBot scans...")."""
    if not byline_names:
        return
    for index, (text, _run) in enumerate(units):
        if not keep[index]:
            continue
        folded = text.casefold()
        for name in byline_names:
            if folded == name:
                drop(index, "byline")
            elif folded.startswith(name + " ") and len(text.split()) <= 80:
                drop(index, "author_bio")


def _drop_labelled_bios(units, keep, drop) -> None:  # type: ignore[no-untyped-def]
    """The bio under an "About the author" label on a line of its own: the next paragraph
    when it reads as a bio ("Jo Lee is a reporter ..."), and what goes on about the same
    person in its run of lines ("She has covered ...")."""
    for index, (text, _run) in enumerate(units):
        if not _is_author_label(text):
            continue
        follower = index + 1
        if follower >= len(units) or not keep[follower]:
            continue
        bio, bio_run = units[follower]
        if not _BIO_START.match(bio) or len(bio.split()) > 80:
            continue
        drop(follower, "author_bio")
        follower += 1
        while follower < len(units) and units[follower][1] == bio_run:
            more = units[follower][0]
            if not _BIO_MORE.match(more) or len(more.split()) > 60:
                break
            drop(follower, "author_bio")
            follower += 1


def _drop_closing_bios(units, keep, drop) -> None:  # type: ignore[no-untyped-def]
    """A bio without a label among the article's last lines: a name the article does not
    name before and its newsroom role (`_ROLE_BIO`), and what goes on about the same person
    in its run of lines."""

    def goes_on(text: str) -> bool:  # "He joined the paper in 2014.", not "She was expelled"
        return bool(_BIO_MORE.match(text)) and not _NEWS_IN_BIO.search(text)

    kept = [index for index in range(len(units)) if keep[index]][-_CLOSING_BIO_REACH:]
    for index in kept:
        text, run = units[index]
        first, *rest = _SENTENCE_BREAK.split(text)
        if not _ROLE_BIO.match(first) or _NEWS_IN_BIO.search(first) or len(text.split()) > 60:
            continue
        surname = _ROLE_BIO.match(first).group("name").split()[-1]  # type: ignore[union-attr]
        if any(surname in units[other][0] for other in range(index) if keep[other]):
            continue  # the story's own subject ("Smith is a former reporter for the Herald.")
        if not all(map(goes_on, rest)):
            continue  # news goes on in the paragraph ("She was expelled on Monday.")
        drop(index, "author_bio")
        for follower in range(index + 1, len(units)):
            if units[follower][1] != run or not goes_on(units[follower][0]):
                break
            drop(follower, "author_bio")
        return


# Past this many whole-quotation paragraphs an article is not checked for pull quotes (the
# check reads the whole text once for each).
_MAX_PULL_QUOTES = 50
_WORD = compiled(r"\w+")


def _drop_pull_quotes(units, keep, drop) -> None:  # type: ignore[no-untyped-def]
    """A paragraph that is only a quotation another paragraph holds too: a pull quote."""
    quoted = [
        (index, match.group("inner"))
        for index, (text, _run) in enumerate(units)
        if keep[index] and (match := _WHOLE_QUOTE.match(text))
    ][:_MAX_PULL_QUOTES]
    if not quoted:
        return
    folded = [text.casefold() for text, _run in units]
    keys: dict[int, str] = {}

    def key(position: int) -> str:
        if position not in keys:
            keys[position] = " " + " ".join(_words(folded[position])) + " "
        return keys[position]

    for index, inner in quoted:
        words = _words(inner)
        if len(words) < 6:
            continue
        needle = " " + " ".join(words) + " "
        longest = max(words, key=len)
        # Inside a longer paragraph: a copy of the same paragraph is a repeated block.
        if any(
            keep[other]
            and longest in folded[other]
            and needle in key(other)
            and key(other) != key(index)
            for other in range(len(units))
        ):
            drop(index, "pull_quote")


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _drop_captions_and_repeats(units, keep, drop) -> None:  # type: ignore[no-untyped-def]
    """Captions (text ending in a photo credit, or a teaser under a bare "Photo:" or
    "Video:" label) and lines printed twice in one article."""
    seen: dict[str, int] = {}
    for index, (text, _run) in enumerate(units):
        key = normalize_text(text)
        is_caption = (_is_photo_credit(text) and not _dateline_alone(text)) or (
            bool(_TEASER_LABEL.match(text)) and len(text.split()) <= 60
        )
        if key in seen:
            first = seen[key]
            if is_caption:
                drop(first, "caption")
            drop(index, "caption" if is_caption else "repeated_block")
            continue
        seen[key] = index
        if is_caption and keep[index]:
            drop(index, "caption")


def _drop_related_lists(units, keep, drop) -> None:  # type: ignore[no-untyped-def]
    """Headline lists that follow a "Related Posts" label in the same run of lines."""
    for index, (text, run) in enumerate(units):
        if not _RELATED_LINE.match(text):
            continue
        follower = index + 1
        while follower < len(units) and units[follower][1] in (run, run + 1):
            candidate = units[follower][0]
            if candidate.endswith((".", "!")) or len(candidate.split()) > 20:
                break
            drop(follower, "related")
            follower += 1


def _drop_trailing_signature(units, keep, drop) -> None:  # type: ignore[no-untyped-def]
    """Short lines after the last separator or byline at the very end: a site signature."""
    kept = [index for index in range(len(units)) if keep[index]]
    tail_start = None
    for index in range(len(units) - 1, max(-1, len(units) - 7), -1):
        category = noise_category(units[index][0])
        if category in ("separator", "byline"):
            tail_start = index
            break
    if tail_start is None or not any(keep[index] for index in range(tail_start)):
        return  # a byline at the top opens the article; it does not sign it
    tail = [index for index in kept if index > tail_start]
    if len(tail) <= 3 and all(len(units[index][0].split()) <= 25 for index in tail):
        for index in tail:
            drop(index, "signature")


def _is_heading(text: str) -> bool:
    tokens = text.split()
    if not tokens or len(tokens) > 14 or text.endswith((".", ",", ";", "…")):
        return False
    long_words = [token for token in tokens if len(token) > 3 and token[0].isalpha()]
    if not long_words:
        return len(tokens) <= 4
    capitalised = sum(1 for token in long_words if token[0].isupper())
    return capitalised / len(long_words) >= 0.6 or (text.endswith((":", "?")) and len(tokens) <= 8)


def _is_fragment(text: str) -> bool:
    """A short line with no final punctuation (a headline or teaser) or one that only
    leads into what follows ("Following are the main items:"): not a sentence."""
    return len(text.split()) <= FRAGMENT_WORDS and (
        text.endswith(":") or not text.endswith(_TERMINAL)
    )


def _blocks(units: list[tuple[str, int]], keep: list[bool]) -> list[tuple[BlockKind, str]]:
    kept = [(text, run) for (text, run), flag in zip(units, keep, strict=True) if flag]
    run_sizes = Counter(run for _text, run in kept)
    # Tables survive text extraction as a header line plus rows with no blank lines
    # between them, in articles that otherwise separate paragraphs with blank lines.
    blank_separated = len(run_sizes) >= 0.5 * len(kept) and len(kept) >= 4
    blocks: list[tuple[BlockKind, str]] = []
    table_run: int | None = None
    for position, (text, run) in enumerate(kept):
        if table_run is not None and run != table_run:
            table_run = None
        bullet = _BULLET.match(text)
        if bullet:
            item = text[bullet.end() :]
            # An item that is no sentence ("- Plants to close by 2026") is a fragment, as
            # any short line without final punctuation is.
            kind = BlockKind.HEADING if _is_fragment(item) else BlockKind.BULLET
            blocks.append((kind, item))
            continue
        starts_run = position == 0 or kept[position - 1][1] != run
        if (
            blank_separated
            and starts_run
            and run_sizes[run] >= 3
            and len(text.split()) <= 6
            and not text.endswith((*_TERMINAL, ":"))
        ):
            table_run = run
        if table_run is not None:
            blocks.append((BlockKind.TABLE_ROW, text))
        elif _is_heading(text) or _is_fragment(text):
            blocks.append((BlockKind.HEADING, text))
        else:
            blocks.append((BlockKind.PARAGRAPH, text))
    return blocks
