"""Every news-boilerplate pattern in one place, so tuning never means hunting.

Sections: bylines, datelines (place / date / agency), credit lines, photo captions, crawl
boilerplate, lead lines (publication stamps), dates in URLs.

Rules every pattern follows, because a false hit deletes a real body sentence:
- anchored (``^...$`` on a whole line, or ``^`` at the start of the first paragraph, or ``$`` at the
  end of the last one); none is searched through the middle of running text;
- precompiled here, applied by ``newsweave.clean`` only where the boilerplate occurs (the first
  few lines for bylines and datelines, the last few for credit lines);
- each has a test on real text in ``tests/test_clean.py``, including a body sentence that merely
  contains the trigger word ("by", "photo") and must stay.
"""

from __future__ import annotations

import re

# --------------------------------------------------------------------------------------------
# Agencies: the wire services whose name appears in datelines and bylines
# --------------------------------------------------------------------------------------------

AGENCIES = {
    "reuters": "Reuters",
    "reuters health": "Reuters",
    "ap": "Associated Press",
    "the associated press": "Associated Press",
    "associated press": "Associated Press",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "upi": "UPI",
    "dpa": "dpa",
    "bloomberg": "Bloomberg",
    "xinhua": "Xinhua",
    "cnn": "CNN",
    "bbc": "BBC",
    "tass": "TASS",
    "ians": "IANS",
    "pti": "PTI",
    "ani": "ANI",
    "efe": "EFE",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "aap": "AAP",
    "cp": "Canadian Press",
    "the canadian press": "Canadian Press",
}
"""Lower-cased agency as written -> the source name it stands for (so "AP" and "Associated
Press" count as one source)."""


def agency_name(written: str) -> str:
    """The source name of an agency as written in a dateline or byline ("AP" -> "Associated Press")."""
    return AGENCIES.get(" ".join(written.lower().split()), written.strip())


# --------------------------------------------------------------------------------------------
# Bylines: a whole line "By A", "By A and B", "By A, B and C", "By A | Reuters"
# --------------------------------------------------------------------------------------------

# One name: capitalised words, with the particles names carry (al-, de, van, bin ...). Up to six
# tokens so that "By Thursday night the army had..." cannot pass as a name list.
_NAME = (
    r"(?:[A-Z][\w.'’-]*|al-\w+|el-\w+|de|del|della|der|di|da|dos|du|la|le|van|von|bin|ibn|ter)"
    r"(?:\s+(?:[A-Z][\w.'’-]*|al-\w+|el-\w+|de|del|della|der|di|da|dos|du|la|le|van|von|bin|ibn|ter)){0,5}"
)
BYLINE = re.compile(
    r"^(?:by|BY|By)[:\s]\s*(?P<names>" + _NAME + r"(?:\s*(?:,|&|\band\b|\bAND\b)\s*" + _NAME + r")*)"
    r"(?:\s*[|,/–—-]\s*(?P<agency>[A-Z][\w .'’&-]{1,40}))?\s*$"
)
"""A whole byline line; ``names`` holds the author list, ``agency`` an optional outlet after a bar."""

BYLINE_SPLIT = re.compile(r"\s*(?:,|&|\band\b|\bAND\b)\s*")

# Words that mark a role or an outlet rather than a person in a byline ("Staff Writer").
BYLINE_ROLES = frozenset(
    """staff writer writers reporter reporters correspondent correspondents editor editors
    contributor columnist bureau chief senior special news service wire""".split()
)

# A byline's first word that is really the start of a sentence ("By Monday ...", "By Sunday").
BYLINE_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december the this that then now""".split()
)

# --------------------------------------------------------------------------------------------
# Datelines at the start of the first paragraph
#   "CAIRO/BAGHDAD (Reuters) – ..."   "WASHINGTON (AP) — ..."   "LONDON, Nov 3 (Reuters) - ..."
#   "WASHINGTON — ..." (NYT, place only)   "SALVADOR, Feb 26 - ..." (Reuters-21578)
#   "NAIROBI, Kenya (AP) _ ..." (AP wire, underscore dash)   "(CNN) -- ..." (agency only)
# --------------------------------------------------------------------------------------------

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATELINE_DATE = r"(?P<date>" + _MONTH + r"\.?\s+\d{1,2}(?:,?\s+(?P<year>(?:19|20)\d{2}))?)"
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,4}"
_TITLE_PLACE = r"[A-Z][\w.'’-]+(?:[ /][A-Z][\w.'’-]+){0,3}"
_REGION = r"(?:,\s*[A-Z][\w.'’]+(?:\s[A-Z][\w.'’]+){0,2})"  # ", Kenya", ", Calif.", ", New York"
_AGENCY = r"\((?P<agency>[A-Z][\w .&'’-]{0,38}[\w.])\)"
_DASH = r"(?:\s*(?:--|[-–—_])\s+|\s*(?:--|—)(?=[A-Z\"“]))"
"""The dash after a dateline, with a space after it, or a double or em dash right before the text
("WASHINGTON—The chairman ...", "HIROSHIMA--A stray dog ..."); a hyphen needs the space ("KXAS-TV")."""

_WIRES = ("Reuters", "AP", "AFP", "CNN", "UPI", "Bloomberg", "BBC")
"""News agencies a dateline may name alone ("(CNN) -- ") or with no dash after them."""
_WIRE_WITHOUT_DASH = (
    "(?:" + "|".join(rf"(?<=\({a}\))" for a in _WIRES) + ")"
    r"\s*(?=[A-Z\"“])"
)
"""After a news agency's name, the dash may be missing: "Washington (CNN) Vermont Sen. Bernie
Sanders ...", even the space: "Washington (CNN)President Donald Trump mocked ..."."""
DATELINE = re.compile(
    r"^(?:"
    # place (capitals, or title case when an agency follows), optional region and date, agency
    r"(?P<place>(?:" + _CAPS_PLACE + "|" + _TITLE_PLACE + r")" + _REGION + r"?)"
    r"(?:,\s*"
    + _DATELINE_DATE
    + r")?\s*"
    + _AGENCY
    + r"(?:"
    + _DASH
    + r"|"
    + _WIRE_WITHOUT_DASH
    + r")"
    +
    # or a place in capitals, optional region and date, no agency
    r"|(?P<place2>"
    + _CAPS_PLACE
    + _REGION
    + r"?)"
    r"(?:,\s*(?P<date2>"
    + _MONTH
    + r"\.?\s+\d{1,2}(?:,?\s+(?P<year2>(?:19|20)\d{2}))?))?"
    + _DASH
    +
    # or the agency alone: "(CNN) -- "
    r"|\((?P<agency3>" + "|".join(_WIRES) + r")\)"
    + _DASH
    + r")"
)
"""A dateline opening the first paragraph; the match is removed, the body starts after the dash."""

DATELINE_FIELD = re.compile(
    r"^(?P<place>[^,(]+?)(?:,\s*(?P<date>" + _MONTH + r"\.?\s+\d{1,2}(?:,?\s+(?P<year>\d{4}))?))?"
    r"\s*(?:" + _AGENCY + r")?\s*(?:--|[-–—_])?\s*$"
)
"""A dateline given as a separate field (Reuters-21578 ``"dateline": "SALVADOR, Feb 26 -"``)."""

# Capitalised single words that open sentences and must not be read as a place ("US — ..." is a
# place, but "BREAKING — ..." or "UPDATE — ..." is a label).
DATELINE_NOT_PLACES = frozenset({"BREAKING", "UPDATE", "UPDATED", "EXCLUSIVE", "ANALYSIS", "OPINION", "FILE"})
DEATH_NOTICE = re.compile(r"[A-Z][A-Z'’-]+--(?=[A-Z][a-z]+(?:\s+[A-Z][\w.'’]*){0,3},\s*\d{1,3},)")
"""The opening of a paid death notice ("SIEGEL--Jerome Arthur, 98, of Mamaroneck, ..."): a surname
in capitals, the given names and the age, no place and no dateline."""

# --------------------------------------------------------------------------------------------
# Credit lines (at the end): who wrote, reported, edited
# --------------------------------------------------------------------------------------------

_CREDIT_ROLE = (
    r"(?:Additional\s+)?(?:reporting|writing|editing|compiled|compiling|edited|written|research|"
    r"translated|translation|graphics?|fact-?checking)(?:\s+and\s+\w+)?\s+by\b"
)
CREDIT_LINE = re.compile(
    r"^(?:"
    r"[(\[]?\s*" + _CREDIT_ROLE + r"[^()\[\]]*[)\]]?\.?"  # "(Writing by X; Editing by Y)"
    r"|[-–—]+\s*" + _CREDIT_ROLE + r".*"  # "-- Reporting by X"
    r"|(?:The\s+)?(?:Associated Press|AP|Reuters|AFP)\s+(?:writers?|reporters?|correspondents?|"
    r"researchers?|staff)\b.{0,200}\bcontributed\b.{0,40}"
    r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}(?:(?:,\s*|\s+and\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})*"
    r"\s+contributed\s+(?:reporting|research|to\s+this\s+(?:report|story|article))[^.]{0,80}\.?"
    r"|(?:The\s+)?(?:Associated Press|AP|Reuters)\s+contributed\s+to\s+this\s+(?:report|story)\.?"
    r"|Contributing:\s+[A-Z].{0,200}"  # USA Today: "Contributing: Iris Ouyang, Thomas Vogel"
    r"|(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}"  # names, capitalised (the rest ignores case)
    r"(?:(?:,\s*|\s+and\s+)(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3})*"
    r"\s+(?:contributed|reported\s+from\s+(?-i:[A-Z])[\w.'’ ,-]{1,40})\.?"  # "Costa reported from Washington."
    r"|[-–—]+\s*(?:with\s+)?additional\s+reporting\b.{0,120}"  # "--additional reporting from Darren Samuelsohn."
    r")\s*$",
    re.IGNORECASE,
)
"""A whole credit line: "(Writing by ...; Editing by ...)", "Reporting by ...", "Additional
reporting by ...", "Compiled by ...", "X contributed reporting."."""

CREDIT_TAIL = re.compile(r"\s*[(\[]\s*" + _CREDIT_ROLE + r"[^()\[\]]*[)\]]\s*$", re.IGNORECASE)
"""A parenthesised credit run on at the end of the last paragraph: "... in 2003. (Reporting by X)"."""

WIRE_PICKUP_TAIL = re.compile(
    r"(?<=[.?!'\"”’])\s+[^.?!]{1,60}?,?\s+(?:\d{1,2}(?:st|nd|rd|th)\s+graf|graf\s+\d{1,2})\b[^.?!]{0,40}$",
    re.IGNORECASE,
)
"""A wire editor's pickup note run on at the end of a story: "... host cities. Frank Joklik, 4th
graf pvs", "... The building, graf 5 pvs" (the first words of the paragraph where the previous
version continues)."""

# --------------------------------------------------------------------------------------------
# Photo captions: whole lines only
# --------------------------------------------------------------------------------------------

_AGENCY_WORDS = r"(?:AP|AFP|Reuters|REUTERS|Associated Press|Getty Images|EPA|Xinhua|Bloomberg)"

_PICTURE_AGENCY = (
    r"(?:Getty\s+Images|Newscom|AP|AFP|Reuters|REUTERS|EPA|Shutterstock|Bloomberg|Corbis|Sipa|ZUMA(?:\s+Press)?|"
    r"Zuma(?:\s+Press)?|Redux|Polaris|Alamy|PA|CNET|Xinhua|Pool)"
)

CAPTION_START = re.compile(
    r"^(?:"
    r"(?:Photos?|Image|Picture|Credit|Photograph|Photographer|Caption|Photo\s+credit)s?\s*:"  # "Photo: ..."
    r"|(?:Facebook\s+Twitter\s+Pinterest\s+)?Photograph:"
    r"|(?:Photos?|Photograph|Image)(?:\s+illustration)?\s+(?:by|courtesy\s+of)\s"
    r"|Image\s+(?:copyright|caption)\s|Media\s+(?:playback\s+is\s+unsupported\b|caption\s)"  # BBC
    r"|\(Photo:[^()]{1,80}\)\s"  # USA Today: "(Photo: Name, AP) Story Highlights ..."
    r"|\((?:Photo\s+)?[Cc]ourtesy\s+of\s+[^()]{1,80}\)\.?\s*$"  # "(Courtesy of the State Department)"
    r"|Enlarge\s+(?:this\s+)?[Ii]mage\b"  # NPR, WSJ: "Enlarge this image toggle caption Name/Getty Images"
    r"|Source:\s*(?:[\w.'’& -]{1,40}/){0,4}" + _PICTURE_AGENCY + r"\.?\s*$"  # "Source: Getty Images"
    r"|FILE\s*(?:PHOTO)?\s*[-–—:]\s|File\s+photo\s+of\s"  # "FILE - In this May 24, 2016, file photo, ..."
    r"|In\s+this\s+(?:[A-Z][a-z]+,\s+)?" + _MONTH + r"\.?\s+\d{1,2},\s+\d{4},?\s+(?:file\s+)?photo\b"
    # a whole credit line: a person's name then outlets ("Kevin Winter/Getty Images"), or any
    # slash list ending in a picture agency ("Graylock/Abaca Press/MCT/Newscom"); a bare "A/B"
    # is a table heading in Reuters-21578 ("SOYBEAN CAKE/MEAL"), not a credit
    r"|[A-Z][a-z]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:\s?/\s?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}){1,3}\.?\s*$"
    r"|(?:[\w.'’& -]{1,40}/){1,4}" + _PICTURE_AGENCY + r"\.?\s*$"
    r"|(?:Getty|Getty\s*/\s*Instagram|Handout(?:\s*/\s*Reuters)?)\.?\s*$"
    r")"
)
"""The start of a caption line ("Photo: ...", "FILE - In this ... photo"), or a whole photo
credit line."""

CREDIT_FIRST = re.compile(
    r"[\w.'’& /-]{1,60}\s+via\s+" + _PICTURE_AGENCY + r"\.?\s*$"  # "NFL via Getty Images"
    r"|(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w.'’-]*/" + _PICTURE_AGENCY + r"\s+(?=[A-Z])"  # "Name/Getty Images Rep. ..."
)
"""A credit line ending in "via" an agency, or a credit opening a caption. Tried only on lines with
" via " or a "/" near their start (``clean._short_furniture``): on every line it doubled the cost of
the caption test."""

_CREDIT_WORD = r"(?:i?[A-Z][\w.'’&-]*|via|of|the|and)"
_CREDITED = (
    _CREDIT_WORD + r"(?:[ \t]+(?:" + _CREDIT_WORD + r"|/)|[ \t]*/[ \t]*[A-Z][\w.'’&-]*|,[ \t]+[A-Z][\w.'’&-]*){0,8}"
)
"""Who took a picture: capitalised words, "via", slashes ("Doug Mills/The New York Times", "Tom Wall
via AP", "iStock"); not a sentence ("Credit Suisse declined to comment.")."""

CAPTION_END = re.compile(
    r"(?:"
    r"\b(?:File|FILE)\s+(?:photo|Photo|PHOTO|picture|image)\.?\)?"  # "... File photo"
    r"|\((?:AP|AFP|Reuters|AAP|EPA|UPI)\s+Photo\b[^()]{0,80}\)"  # "(AP Photo/Name)"
    # "(Photo: ...)", "(Photo by ...)", "(Image: UpperCut Images/Getty)"
    r"|\((?:Photo(?:graph)?|Image|Picture)(?:\s+by)?[:\s][^()]{1,80}\)(?:\s*Buy\s+Photo)?"
    r"|\((?:Photo\s+)?[Cc]ourtesy\s+of\s+[^()]{1,80}\)"  # "... (Courtesy of the State Department)"
    r"|\(?\b(?:REUTERS|Reuters|AFP|EPA|AP)/[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"  # "REUTERS/Name"
    r"(?:/(?:File|Pool|Handout|Files)(?:\s+Photo)?)?(?:\s+Purchase\s+Licensing\s+Rights)?\.?\)?"
    r"|\bAP\s+Photo/[A-Z][\w.'’ -]{0,60}"  # "... AP Photo/David Zalubowski"
    r"|\((?:" + _AGENCY_WORDS + r"|[A-Z][\w .'’-]{0,40}/ ?[A-Z][\w .'’/-]{0,60})\)"  # "(U.S. Navy / Getty Images / )"
    r"|(?<=[.!?”\"’)]\s)Credit\s+" + _CREDITED + r"\.?"  # NYT: "... Credit Doug Mills/The New York Times"
    # after the caption's sentence, the photographer and the agency: "... 2005. Michael Nagle/Getty Images"
    r"|(?<=[.!?”\"’)]\s)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s?/\s?" + _PICTURE_AGENCY + r"\.?"
    r"|\b(?:Photo|Image|Photograph|Photographer):\s+" + _CREDITED + r"\.?"  # "... for clues. Photo: Johan Nilsson/TT"
    r")\s*\Z"
)
"""The end of a caption line: a photo credit in the last characters. Searched only in the tail of
short lines; a body sentence that mentions a photo ends with its own words and a period."""

CAPTION_DATED = re.compile(
    r"\s(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w.'’-]*,?\s+"
    + _MONTH
    + r"\.?\s+\d{1,2},\s+(?:19|20)\d\d\.\s*\Z"
)
"""A news agency's caption without its credit: one sentence whose place and full date close it
with no word between them ("... arrives to deliver his State of the Union address ... in
Washington, January 20, 2015.", "General view of the Emergency entrance to the Hotel Dieu
Hospital in Paris April 22, 2015."). A sentence of the body dates its event with a word: "on
January 20, 2015", "since May 1, 2014", "on Monday, Oct. 24, 2016" (a weekday is no place).
Searched only in the tail of one-sentence lines that end in a year."""

SENTENCE_BREAK = re.compile(r"[a-z]{3}[.!?][\"”’]?\s+[A-Z]")
"""A sentence ending inside a line: a word's full stop, then a capital; not the initials and
abbreviations of a caption ("Sen. Ted Cruz", "U.S. Congress")."""

CAPTION_BAR = re.compile(
    r"\s\|\s(?:AP\s+Photo|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*/[A-Z][\w.'’&-]*)\s+[A-Z]"
    r"|\s\(Photo:[^()]{1,80}\)\s+Story\s+Highlights\b"
)
"""A caption, a bar, its credit, and a link to another story, in one line (POLITICO: "... a
Strasbourg-born gunman. | Mark Wilson/Getty Images White House Trump uses French terrorist attack
to ...", "... | John Shinkle/POLITICO Congressional leaders reach ..."), or a caption, its credit
and the story's highlights (USA Today: "... on Wednesday. (Photo: Name AP) Story Highlights ...").
Searched only in short lines with " | " or "(Photo:"."""

CAPTION_BRACKET = re.compile(
    r"^(?P<caption>[^\[\]\n]{10,300}?\s\[(?:AFP|AP|Reuters|EPA|Getty(?:\s+Images)?|GALLO/GETTY|Al\s+Jazeera)\])\s+(?=[A-Z])"
)
"""A photo caption run into the paragraph after it, its credit in brackets (Al Jazeera: "There have
been widespread reports that Libyan soldiers have used live ammunition on protesters [Reuters]
Libyan leader Muammar Gaddafi has appeared ...")."""

ABSTRACT_LABEL = re.compile(r"(ABSTRACT|FULL TEXT)\.?\s*$")
"""The labels of a LexisNexis export: "ABSTRACT." before an indexer's summary, "FULL TEXT." before
the article."""

LINK_ASIDE = re.compile(r"\s*\((?:click|see|read|watch|listen)\s[^()]{0,150}?\bhere\b[^()]{0,60}\)", re.IGNORECASE)
"""A link's label in parentheses after a sentence: "... medical expenses. (Click here to see the
flyer)"."""

GALLERY = re.compile(r"\bHide Caption \d+ of \d+\b")
"""A CNN photo gallery flattened into a paragraph: "Photos: ... <caption> Hide Caption 1 of 6 ..."."""

DESK_TAG = re.compile(r"(?<=[.!?”\"’])\s*\((?!sic\))[a-z]{2,4}\)\s*$")
"""A wire desk's tag closing a story: "... set by German maxi Morning Glory in 1996. (djp)"."""

LINK_MARK = re.compile(r"\s*\[(?:PDF|pdf|Video|VIDEO|video|Link|link)\](?=[\s.,;:])")
"""A link's marker inside a sentence: "In Paramount's original complaint [PDF] against the ..."."""

_UPDATE_WHEN = r"(?:\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4}\b)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)"
UPDATE_LABEL = re.compile(
    r"(?:UPDATED?|Updated?)(?:\s*:\s*(?:" + _UPDATE_WHEN + r"\s*(?:--|[—–:])\s*)?"
    r"|\s+" + _UPDATE_WHEN + r"\s*(?:--|[—–:])\s*)(?=[A-Z\"“‘'])"
)
"""A live page's label opening a paragraph added later, with its time: "UPDATE 2:52 p.m. --
Additional records disclosed Wednesday ...", "UPDATE: 9 p.m. -- White House spokesman ...",
"UPDATE: 5/12 — The website ...", "Updated: Rick Santorum on Sunday ..." (HuffPost and the Times
in BASIL, 8 paragraphs). The paragraph is news; its label is not (it had opened a claim)."""

WIRE_SLUG = re.compile(
    r"(?:(?:CORRECTED|REFILE|RPT)-)?(?:(?:UPDATE|WRAPUP)\s+\d{1,2}|CORRECTED|REFILE|RPT|EXCLUSIVE|INSIGHT|ANALYSIS|"
    r"FACTBOX|PREVIEW|EXPLAINER|HIGHLIGHTS|TIMELINE|INTERVIEW|COLUMN|BREAKINGVIEWS|SPECIAL REPORT|GLOBAL MARKETS|"
    r"US STOCKS|FOREX|PRECIOUS|METALS|BUZZ)-(?=[A-Z0-9\"“‘'])"
)
"""A wire's slug before a headline, or before its first line when the article is the headline
alone: "UPDATE 3-GM hires law firms ...", "GLOBAL MARKETS-World stocks ...", "EXPLAINER-What ..."
(Reuters, 32 of the UCI headlines). "UPDATE 3" had been three law firms against another
outlet's "two law firms"."""

ABOUT_THE_PIECE = re.compile(
    r"\b(?:this|the)\s+(?:piece|article|story|post|report|headline)\b|\bha(?:s|ve)\s+been\s+(?:updated|corrected|changed)\b"
    r"|\bwe(?:'|’)ve\s+(?:added|updated)\b",
    re.IGNORECASE,
)
"""An update that is a note about the page, not news: "Update: The post has been updated to include
comments from the airlines.", "Update: Some wording in this piece has been changed ...",
"Updated: We've added new reports to the article." (Multi-News): the whole paragraph goes."""

TWEET_MARKUP = re.compile(r"<tweet\b(?P<attrs>[^<>]*)>(?P<text>[^<>]*?)\s*(?:</tweet\s*>|<tweet\s*/>)")
"""A tweet as PolNeAR's export marks it, its words between tags that name who posted it:
'<tweet id="..." author="@TheLloydGrove" datetime="2016-02-15">“Very good reporter ...”</tweet>.',
also '<tweet tweet-author="@tedcruz" ...>...<tweet/>' (126 paragraphs of 60 articles). The words
stay, signed as a web page signs an embedded tweet ("... — @TheLloydGrove"); the tags had been
sentence text, and "Breitbart's @mboyle1</tweet>" a name in the entities table."""
TWEET_AUTHOR = re.compile(r"\b(?:tweet-)?author=[\"'](?P<author>[^\"']+)[\"']")
TWEET_TAG = re.compile(r"\s*(?:<tweet\b[^<>]*>|</tweet\s*>|<tweet\s*/>)\s*")
"""A tag left of a tweet whose words run over two lines."""

PLAYER_CHROME = re.compile(
    r"(?:(?:CLOSE\s+)?(?:Skip\s+in\s+)?Skip\s+x\s+Embed\s+x\s+Share|Email\s+This|[^.!?\n]{3,120}?\s\(\d{1,2}:\d{2}\))"
    r"\s+(?=[A-Z\"“])"
)
"""A video player's or share widget's buttons run into the text they sit above: "(CLOSE) Skip in
Skip x Embed x Share The discovery of two slain ...", "Email This Even at 88, Betty White ...",
and a video's title with its running time ("Wedding costs soar to new highs (3:40) As Americans
feel better about the economy, ...")."""

WIDGET = re.compile(
    r"invalid email address|you must select a newsletter|by signing up you agree to receive|you can unsubscribe "
    r"at any time|verify you['’]re not a robot|thank you for subscribing|view all new york times newsletters"
    r"|copy this code to your website|please contact the syndication department|join us on facebook like us",
    re.IGNORECASE,
)
"""Sign-up and player widgets flattened into a paragraph: never words of an article (searched in
lines of up to ``WIDGET_MAX_CHARS``)."""

WIDGET_MAX_CHARS = 1500

REFERENCE_MARK = re.compile(r"(?<=[\w.,;:!?”\"’)])(?:\[\d{1,3}\])+")
"""Footnote marks of a page copied from Wikipedia ("... syndrome.[2] The year after ...")."""

CAPTION_MAX_CHARS = 600
"""Captions are a sentence or two; longer lines are body text whatever they end with."""

# --------------------------------------------------------------------------------------------
# Crawl boilerplate: whole lines (matched at the start, case-insensitive)
# --------------------------------------------------------------------------------------------

_SEED_LINE = r"the\s+seed\s+for\s+(?:wide\d+|this\s+crawl)\b"
"""An archive's note on where a crawl started: a line of furniture anywhere, and at the top of a
page the sign that the page is the archive's note (``ARCHIVE_NOTE``)."""

CRAWL_LINE = re.compile(
    r"^(?:"
    r"advertisement(?:\s+continue\s+reading\s+the\s+main\s+story)?|story\s+continue[sd]\s+below(?:\s+advertisement)?"
    r"|continue\s+reading(?:\s+the\s+main\s+story)?|skip\s+(?:to|in)\s+(?:main\s+)?content|read\s+more"
    r"|share(?:\s+this(?:\s+(?:article|story|page))?)?(?:\s+on\s+\w+)?|share\s+tweet\s+pin\s+email"
    r"|tweet|twitter|facebook|email|print|comments?|reset|today|abstract|also:|related:?|text\s+size\s*-?"
    r"|tweet\s+with\s+a\s+location|play\s+facebook|please\s+enable\s+javascript.{0,80}"
    r"|you\s+can\s+add\s+location\s+information\s+to\s+your\s+tweets.*"
    r"|starting\s+in\s+1996,\s+alexa\s+internet.*|these\s+crawls\s+are\s+part\s+of\s+an\s+effort.*"
    r"|" + _SEED_LINE + r".*|-\s+slash\s+pages\s+from\s+every\s+domain.*"
    r"|-+\s+(?:a\s+ranking\s+of\s+all\s+urls|up\s+to\s+a\s+maximum\s+of).*|-\s+top\s+ranked\s+pages.*"
    r"|click\s+here\b.{0,200}|(?:we|this\s+(?:site|website))\s+uses?\s+cookies.{0,400}"
    r"|(?:copyright|©|\(c\))\s*(?:©\s*)?\d{4}\b.{0,150}"
    r"|(?:copyright|©)\s+[A-Z][^.!?\n]{0,80}"  # a picture's credit without a year: "Copyright Marvel Comics"
    r"|this\s+material\s+may\s+not\s+be\s+published,\s+broadcast,\s+rewritten.*"
    r"|(?:newsletter\s+)?sign\s+up\b.{0,300}|subscribe\b.{0,120}|follow\s+[\w.@]+(?:\s+on\b|\s*:).{0,80}"
    r"|read\s+or\s+share\s+this\s+story:.{0,200}|have\s+a\s+tip\s+we\s+should\s+know\?.{0,100}"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s+or\s+[\d().+ -]{7,20})?"  # a contact address alone
    r"|breaking\s+news\s+emails.*|get\s+the\s+.{0,60}\s+by\s+email.{0,80}"
    r"|interested\s+in\s*\?.{0,200}|we\s+apologi[sz]e,?\s+but\s+this\s+video.*"
    r"|rating\s+is\s+available\s+when\s+the\s+video\s+has\s+been\s+rented"  # a video player's own messages
    r"|this\s+feature\s+is\s+not\s+available\s+right\s+now\b.{0,40}|the\s+interactive\s+transcript\s+could\s+not\s+be\s+loaded"
    r"|\[(?:h/t|hat\s+tip)\b[^\]]{0,150}\]"  # "[h/t OpposingViews, Photo: WPXI]"
    r"|(?:[^\w\n]|_)*"  # separator lines: "___", "- - - -", "###", "+"
    r"|\d{1,2}[:L]\d{2}\s*[ap]\.?\s?m\.?(?:\s+[A-Z]{2,4})?"  # a live blog's entry time: "4:49 p.m."
    r"|hide\s+caption\s+\d+\s+of\s+\d+\b.*"  # CNN galleries: "Hide Caption 22 of 132 Photos: ..."
    r"|full\s+text|letters?|economic\s+scene|the\s+upshot|news\s+analysis|dealbook|top\s+stories|obituary"
    r"|window\s+on\s+wall\s+street|common\s+sense|letter\s+from\s+america|features|sponsored(?:\s+content)?"
    r"|\(?(?:photos?|videos?|related|read\s+more(?:\s+about)?|see\s+more|more|story|watch|also\s+read|don['’]t\s+miss)"
    r"\s*:[^\n]{0,200}?\)?"  # a labelled link: "(PHOTOS: Best quotes about drones)", "RELATED: ..."
    r"|must\s+watch\b.{0,150}?\d{1,2}:\d{2}"  # CNN: "MUST WATCH New sonar device seeks plane underwater 01:27"
    r"|we\s+are\s+sorry,\s*this\s+video\s+is\s+restricted.*|media\s+requires\s+javascript.*"
    r"|please\s+turn\s+on\s+javascript.*|you\s+need\s+to\s+enable\s+javascript.*|report\s+this\s+ad"
    r"|follow\s+(?:us|me|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?:on|at)\s+(?:twitter|facebook|instagram|"
    r"https?://|@).{0,100}|follow\s+@\w+.{0,100}|twitter:\s*@\w+"  # "Follow Pam Key on Twitter @pamkeyNEN"
    r"|this\s+(?:article|story|post)\s+(?:has\s+been|was|is)\s+(?:updated|corrected|revised|changed)\b.{0,300}"
    r"|warning:\s+(?:this|the)\s+(?:video|footage|image|story)\s+(?:contains|includes|may)\b.{0,200}"
    r"|an\s+earlier\s+version\s+of\s+this\s+(?:article|story|post)\b.{0,300}"
    r"|correction(?:\s+appended)?:?|corrections?:\s+an\s+earlier\s+version.{0,300}|update:"
    r"|this\s+is\s+a\s+developing\s+story.{0,150}|editor['’]s\s+note:.{0,600}"
    r"|<tweet\b[^<>]*>\s*(?:</?tweet/?>)?"  # an empty embed placeholder: '<tweet tweet-id="..."><tweet/>'
    r"|(?:this\s+text|transcript)\s+may\s+not\s+be\s+in\s+its\s+final\s+form.*"
    r"|(?:[\w ]{1,30}\|\s*){2,}[\w ]{1,30}"  # navigation: "FREE APPS | NOW | FACEBOOK"
    r"|[\w ]{1,40}\s+more\s*(?:>>|»)"  # a section's link: "Local News More>>"
    r")\.?\s*$",
    re.IGNORECASE,
)
"""A whole line of page furniture left by a crawler or an extractor."""

ARCHIVE_NOTE = re.compile(
    r"(?:this\s+crawl\s+was\s+run\s+at\s+a\s+level|web\s+wide\s+crawl\s+with|crawl\s+of\s+outlinks\s+from"
    r"|this\s+is\s+a\s+set\s+of\s+web\s+collections\s+curated\s+by|this\s+collection\s+contains\s+[\w ]{0,60}crawls"
    r")\b|" + _SEED_LINE,
    re.IGNORECASE,
)
"""The first line of a web archive's note about one of its crawls ("This crawl was run at a level
1 ...", "Web wide crawl with initial seedlist and crawler configuration from March 2011."): a
page that opens so is the archive's description, not the article it crawled (Multi-News has
such documents among a story's articles). The Wayback Machine's notice ("Starting in 1996, Alexa
Internet ...") is not one of them: a saved page may follow it, so only its lines go
(``CRAWL_LINE``)."""

VIDEO_PAGE_STAMP = re.compile(r"Published on [A-Z][a-z]{2} \d{1,2}, \d{4}$")
"""The first line of a video page as crawled ("Published on Apr 29, 2015"): under it the video's
description, then the channel's links and its standing text ("Subscribe NOW to ...", "Get new
episodes of shows you love across devices ...")."""

CHANNEL_LINE = re.compile(
    r"(?:subscribe|watch|follow|like|get\s+more|see\s+more|for\s+more)\b|.*(?:https?://|www\.|➜)", re.IGNORECASE
)
"""Where a video page's description ends: the first line of links or calls to subscribe."""

LIST_LABEL = re.compile(
    r"(?:related(?:\s+(?:stories|articles|coverage|links|content))?|more\s+from\s+[\w.'’ ]{1,40}|must[- ]reads?"
    r"|read\s+more|more\s+(?:stories|coverage|news)|see\s+also|also\s+read|you\s+may\s+also\s+like"
    r"|recommended(?:\s+stories)?|most\s+popular(?:\s+stories)?(?:\s+this\s+week)?)\s*:?\.?\s*$",
    re.IGNORECASE,
)
"""The label over a list of links to other stories: "More from Morning Mix:", "Must-reads:", "READ
MORE", "Related articles"; the headlines under it are no part of the article."""

LIST_LABEL_CHARS = 60
"""Such a label is shorter than this (the label test runs only on lines this short)."""

LIST_ITEM_CHARS = 200
"""A headline in such a list is shorter than this."""

LINK_LINE = re.compile(r"(?:[^\n]{1,200}?\s+read\s+more|(?:[\w' ]{1,40}:\s*)?(?:https?://|www\.)\S+)\.?\s*$", re.I)
"""A link alone: "<headline> | <author> Read more", "View full results: http://politi.co/...".
Tried only on lines that end in "more" or hold an address (a scan of every line cost a tenth of
cleaning)."""

EMBED_LINE = re.compile(
    r"\ba\s+(?:post|photo|video)\s+shared\s+by\s+.{1,80}?\(@[\w.]+\)\s+on\s+[a-z]{3,9}\.?\s+\d{1,2},\s+\d{4}"
    r"(?:\s+at\s+\d{1,2}:\d{2}\s*[ap]m(?:\s+[a-z]{2,4})?)?\.?\s*$",
    re.IGNORECASE,
)
"""An Instagram embed: the post's own caption, then who shared it and when ("... A post shared by
X (@handle) on Jun 20, 2017 at 11:32am PDT"). Searched only in lines that say "shared by": an
unanchored pattern tried on every line slowed cleaning by a fifth."""

TWEET_SIGNOFF = re.compile(
    r"[—–-]*\s*(?:(?!\s[-—–]+\s)[^—–\n]){1,80}?\(@\w{1,15}\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*"
)
"""A sentence that is only the sign-off of an embedded tweet, who posted it and when ("— Josh Apte
(@joshapte) November 3, 2019", on its own line under the tweet in web pages; "L L Z ¥
(@JAE_MILLZ) June 20, 2017" split off its tweet at "M !" in Multi-News). It was a sentence of its
own, and a timeline event dated the day of the tweet; it is no body text (the HTML benchmark's
gold keeps the 17 such lines of 11 pages). A sign-off after the tweet's words in one sentence
("I have my subpoena pen ready. — Jason Chaffetz (@jasoninthehouse) May 16, 2017") stays: it
says whose words they are. Matched whole (``fullmatch``)."""

SHORT_LINE = 300
"""Links alone, credit lines and lines judged by a phrase are shorter than this."""

CRAWL_PHRASES = (
    "wayback machine", "all rights reserved", "click here", "apps for iphone", "app for iphone",
    "share ideas for stories", "subscriptions also available",
)
"""Furniture recognised by a phrase anywhere in a short line (``SHORT_LINE``; compared lower-cased):
a long paragraph is body text."""


# --------------------------------------------------------------------------------------------
# Lead lines: publication stamps above the body
# --------------------------------------------------------------------------------------------

PUBLISHED_LINE = re.compile(
    r"^(?:(?:first\s+)?published|posted|updated|last\s+updated|date)(?:\s+on)?\s*:?\s*(?P<date>.{6,60}?)\s*$",
    re.IGNORECASE,
)
"""A stamp such as "Published: Nov 3, 2016 10:04 AM"."""

STAMP_LINE = re.compile(
    r"^(?:updated?|published|posted|last\s+updated)(?:\s+on)?\s*:?\s*"
    r"(?:(?:" + _MONTH + r")(?![a-z])|(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b|\d)",
    re.IGNORECASE,
)
"""A stamp whose date does not parse ("UPDATE: November 8, 8:25 AM CST", "Published: January 2011
Special Series: 7 Billion", "Updated 6.15pm"): no headline, though no date either."""

DATE_LINE = re.compile(
    r"^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)?"
    r"(?P<date>" + _MONTH + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}"
    r"|\d{1,2}\s+" + _MONTH + r"\.?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
    r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$",
    re.IGNORECASE,
)
"""A line that is only a date (and maybe a time): "November 3, 2016", "April 10th, 2016", "Thu 3 Nov
2016 10:04 GMT"."""

# --------------------------------------------------------------------------------------------
# Dates in URLs: /2016/11/03/, -20161103, /2016-11-03/
# --------------------------------------------------------------------------------------------

URL_DATE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<sep>[/_-]?)(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)
"""A full date in a URL path (year, month, day with one consistent separator, or none)."""

# --------------------------------------------------------------------------------------------
# Plain-text titles
# --------------------------------------------------------------------------------------------

TITLE_MAX_CHARS = 150
"""Headlines run to about 70-110 characters; 150 leaves room for long ones, not for paragraphs."""

TITLE_END = re.compile(r"[.,;:!…]['\"”’)]*\s*$")
"""A first line ending like this is a sentence or a label, not a headline."""

LABEL_END = re.compile(r"\s[|>»]+\s*$")
"""A first line ending in a separator is a section's label or the place of the dateline below it
("PHILADELPHIA |"): the page's furniture, no headline."""

HIGHLIGHTS = re.compile(r"^Story highlights\s+")
"""CNN's label before a page's first highlight, crawled as one line: "Story highlights CNN aviation
analyst says surface slick could be fluid leaking from underwater plane"."""

# --------------------------------------------------------------------------------------------
# Opinion pieces, news analyses and fact checks
# --------------------------------------------------------------------------------------------

_OPINION_KINDS = (
    r"opinions?|commentary|commentaries|editorials?|op-?eds?|columns?|columnists?|perspectives?|viewpoints?"
    r"|analysis|fact[ -]?checks?|letters?(?: to the editor)?"
)

OPINION_LABEL = re.compile(rf"(?i:{_OPINION_KINDS})\s*[:|]\s*\S")
"""A title or first line opening with the label of an opinion piece, a news analysis or a fact
check: "OPINION: Trump's North Korea summit was a history-making gamble.", "Opinion | Republicans
Are Following Trump to Nowhere", "Fact check: Trump and Clinton at the 'commander-in-chief'
forum.", "Analysis: President Donald Trump hits a wall"."""

OPINION_SECTION = re.compile(rf"(?i:{_OPINION_KINDS})\b")
"""A publisher's section of such pieces ("Opinion", "Commentary", "Op-Eds"; an HTML page's
``article:section``, a JSONL ``section``, a feed entry's first category)."""

OPINION_PATH = re.compile(
    r"/(?:opinions?|commentary|op-?eds?|editorials?|columns?|columnists?|perspectives?|fact-?check(?:s|er)?)/",
    re.IGNORECASE,
)
"""Such a section in a page's URL: "nytimes.com/2019/11/19/opinion/...", "/columnists/"."""
