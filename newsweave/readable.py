"""Sentences a reader can use in a summary on their own, and their light trimming.

Left out: fragments and run-ons (by length), sentences that do not end in a full stop or an
exclamation mark (questions, lead-ins to a list, sentences cut off, headings, captions, list
items and notes: "Former Angels player Doug DeCinces found guilty of insider trading", "Source:
Calculations by Families USA based on ..."; 32 of the 3,251 sentences of the three sets'
summaries ended so), the writer's own exclamations ("Even at 88, Betty White has the ambition
of a 20-something!"; one inside a quotation stays), sentences opening in lower case (list
items, the rest of a cut sentence), sentences opening with a quotation that do not name who speaks (a pronoun is not
enough: "..., he said."), pieces of quotations the splitter cut, datelines, headings and page
furniture that survives cleaning ("Tweet with a location", "originally published", photo
credits, links to other pages: "More: Dow plunge briefly tops 1500 points"), notes that someone
did not comment ("She has declined to comment on Ms. Zimmer's allegation."), and teasers that
announce what the next sentences say ("here are 20 of Wiig's most memorable bits."), the writer
speaking to the reader ("You'll also find AirPods 2 ...", "If you ...") or opening on a hope or
a verdict ("Hopefully ...", "Unfortunately, ..."). A
sentence with a quotation inside is kept: it has its own subject and verb ('Rep. Chaffetz asked
the FBI to provide "all memoranda..."'). Trimmed: datelines opening a sentence ("CANNES -- "),
attribution to a pronoun (", he said."), leading conjunctions ("But"), an adverb pointing at
what follows ("Interestingly, ") and figures converted in parentheses ("20 miles (32
kilometers)"); attributions and conversions never inside a quotation.
``leans_back`` tells a sentence that needs the one before it ("He says ...", "Instead, ...");
``stands_alone`` is ``usable`` at any length, for the claim table's sentences.
Every rule was measured with ``python -m bench summaries`` (see the settings' notes and
BENCHMARKS.md).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Sequence

from newsweave import patterns as P
from newsweave.model import Sentence
from newsweave.nlp.lexicon import SPEAKING, TIME_ZONES

__all__ = [
    "attributed_quotation",
    "block_quoted",
    "leans_back",
    "leans_on_last",
    "named_quotation",
    "opens_quotation",
    "page_note",
    "paragraph_start",
    "quotation_open",
    "quoted_without_marks",
    "site_message",
    "stands_alone",
    "tokens",
    "trim",
    "usable",
]

_SPACE_BUT_ALNUM = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))
"""A byte table: lower-case ASCII letters and digits stay, every other byte becomes a space."""

_NON_ASCII_ALNUM = re.compile(r"[^\W\x00-\x7f]")
WORD = re.compile(r"[^\W_]+")
"""A word as ``tokens`` reads it: a run of letters and digits."""


def tokens(text: str) -> list[str]:
    """The lower-cased words: runs of letters and digits (the tokenisation ROUGE uses, which
    keeps ``[a-z0-9]`` only, for every sentence whose letters are all ASCII).

    Such sentences, most of any English text (curly quotes and dashes are not letters), are done
    with byte operations, a third faster than ``re.findall``. A word with letters outside ASCII
    stays whole ("naïve", "Grünberg", a sentence in Russian), where ROUGE's tokens would cut it
    at each such letter or drop it: 83 of 20,732 Multi-News sentences have one.

    >>> tokens("Lynch’s 3.5% U.S. rise")
    ['lynch', 's', '3', '5', 'u', 's', 'rise']
    >>> tokens("A naïve CAFÉ in Köln"), tokens("Эрдоган объявил траур")
    (['a', 'naïve', 'café', 'in', 'köln'], ['эрдоган', 'объявил', 'траур'])
    """
    if not text.isascii() and _NON_ASCII_ALNUM.search(text):
        return WORD.findall(text.lower())
    return text.encode("ascii", "replace").lower().translate(_SPACE_BUT_ALNUM).decode("ascii").split()


MIN_WORDS = 8
"""Shorter sentences are headlines, fragments or captions, rarely a fact a reader can use."""

MAX_WORDS = 60
"""Longer "sentences" are run-on lists or splitter failures; one would eat the whole budget."""

TITLE_CASE_HEADINGS = True
"""A sentence whose every word longer than three letters is capitalised is a heading, a section
link or a list item ("Join The Conversation On The KDKA Facebook Page", "Top 25 Most Expensive
Places to Get Married"): 73 such usable sentences in Multi-News, 222 AllSides titles, 2 in DUC
2004. ROUGE is flat (AllSides R-1/R-2 39.57/17.97 -> 39.62/17.91, Multi-News 45.53/15.38 ->
45.55/15.39, DUC 2004 unchanged); the reason is the reader: furniture out of the summary."""

_QUOTE_OPEN = ('"', "“", "``", "‘", "'", "«")


def opens_quotation(text: str) -> bool:
    """Whether a sentence opens with a quotation mark (``_QUOTE_OPEN``)."""
    return text.startswith(_QUOTE_OPEN)


_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|``.*?''|«[^»]*»")
_FURNITURE = re.compile(
    r"https?://|www\.|\.com\b|@\w|©|\b(?:click|subscribe|newsletter|sign up|log in|cookies?|"
    r"javascript|browser|advertisement|tweet with a location|retweet|follow us|share this|mailing list|"
    r"email address|privacy policy|terms of (?:use|service))\b|"
    r"\b(?:(?:add|post|leave|submit|write|view|show|load|read|share) (?:a |your |all |\d+ )?|\d+ )comments?\b|"
    r"\bcomments? (?:for|on) this (?:post|article|story|page)|\bcomments? (?:are|is) (?:now )?closed\b|"
    r"\bcomments? (?:section|policy)\b|\bin the comments\b|"
    r"\((?:ap|afp|reuters|getty)\b|\bphoto(?:graph)?(?: ?[:/|]| (?:by|credit|courtesy)\b)|\bphoto gallery\b|"
    r"\b(?:originally published|first appeared|last updated|image (?:copyright|caption)|"
    r"this (?:article|story) (?:was|has been|first|originally|is)|(?:in|of) this (?:article|story))\b|"
    r"\bdownload (?:the|our)\b.{0,40}\bapps?\b|[»›]\s*$|"
    r"\bcontributed (?:reporting )?to this (?:report|story|article)\b|^updated:|"
    r"\b(?:provided|listed|shown|included|embedded) below\b|\bbelow for reference\b|"
    r"\b(?:please )?consider subscribing\b|^test your knowledge\b|"
    r"^(?:(?:afp|ap|epa|reuters)\s*/\s*)?getty images\b|^[a-z.'-]+(?: [a-z.'-]+){1,2} / (?:ap|afp|reuters|epa)\b|"
    r"\bupdate this (?:article|story|report|post|page)\b|^this link\b|\bmay not be in (?:its|their) final form\b|"
    r"\btranscripts? (?:is|are) (?:created|produced|prepared|provided)\b|\bauthoritative record\b|"
    r"\bembed x share\b",
    re.ASCII,
)
"""Web page furniture that survives cleaning (Multi-News crawls: "Tweet with a location", "Add your
comment"), a comments section ("89 Comments Sorry, comments for this post are now closed.", "...
share your comments with CNN Health on Facebook and Twitter."), photo credits ("Photo: Reuters",
"Photo by ..."), and notes about the page itself ("This article was originally published with
the title...", "This story has been updated to include...", "Last updated at 6:04 PM", "...any
company whose stock is mentioned in this article": 8 of 250 Multi-News summaries quoted one), app
advertisements ("Download the Click2Houston news app..."), and links that end in an arrow ("For
the latest updates on the sell-off, check Markets Insider»"), contributors' credits ("Staff
writer Paul Walsh contributed to this report.", where more lines follow it at the page's end),
update notes ("Updated: We've added new reports to the article."), pointers to what the page
shows below, captions that open with their credit ("AFP/Getty Images NBA Finals MVP LeBron James
...", "Eric Gay / AP Senator Wendy Davis listens as ..."), and the page's promotions ("If you are
not, please consider subscribing today.", "Test your knowledge of the Seven Kingdoms with Vanity
Fair's Game of Unknowns."), and a broadcaster's notes on its page ("Denver7 will update this
story as more information comes available.", "This link to an article in the July 9, 1901
edition ... has more details", an NPR transcript's "This text may not be in its final form ..."
and "The authoritative record of NPR's programming is the audio record."), and a video playlist's
entries run together ("(Jan. 18) AP 1 of 68 Skip in Skip x Embed x Share CLOSE BABY, IT'S COLD
OUTSIDE Thawing ice spells trouble ... | 1:18 Warmer weather ..."). A news fact rarely mentions
any of these. A comment, a tweet or a photo the news is about is no furniture ("RNC Chairman
Reince Priebus called Bundy's racial comments ...", "Trump announced Ratcliffe's withdrawal by
presidential tweet on Friday, ...", "... she tweeted a photo of her visiting the restaurant."):
these words alone had turned away 336 sentences of the five sets, most of them news. Matched on
the lower-cased text with ASCII word boundaries: three times faster than ``re.IGNORECASE`` (18 ->
6 us a sentence), the same verdict on every Multi-News and AllSides sentence."""

_FURNITURE_MARKS = ("://", "www.", ".com", "@", "©", "(", "»", "›", " / ")
_FURNITURE_WORDS = frozenset(
    "click subscribe newsletter sign log cookie cookies javascript browser advertisement tweet retweet "
    "follow share comment comments mailing email privacy terms photo photograph originally appeared updated "
    "copyright caption article story download contributed below getty subscribing test update link final "
    "transcript transcripts authoritative embed".split()
)
"""What ``_FURNITURE`` cannot match without: one of these strings, or one of these words as a
whole token. Most sentences have none, and the check costs a fifth of the regular expression."""


_NO_COMMENT = re.compile(
    r"\b(?:declined|refused|unavailable|not available|(?:not|n['’]t) (?:immediately )?(?:respond|return|reply)\w*"
    r"|(?:not|n['’]t) be reached|no immediate|would not|wouldn['’]t|did not|didn['’]t|could not|couldn['’]t)"
    r"\b[^.;]{0,60}\bcomment\b",
    re.ASCII,
)
"""That someone did not comment ("She has declined to comment on Ms. Zimmer's allegation.",
"Walter, 59, did not respond to requests for comment for this article.", "De Klerk, reached in
London, said he could not comment before speaking with his lawyers ..."): what a reporter tried,
no fact of the story. Matched on the lower-cased text. With the words "comment", "tweet" and
"photo" no longer furniture on their own (``_FURNITURE``), Multi-News R-1/R-2/R-L F1 45.91 /
16.05 / 21.41 -> 45.96 / 16.13 / 21.49, AllSides val 39.91 / 18.21 / 27.44 -> 39.72 / 17.91 /
27.19 (11 of 307 summaries changed, one of them for -37 R-1: two leads telling one ruling),
AllSides train 39.14 / 16.71 / 26.34 -> 39.27 / 16.76 / 26.40, DUC 2004 R-1/R-2 recall 39.01 /
9.76 -> 38.98 / 9.75."""


_LINK_LABEL = re.compile(
    r"(?:watch|read|read more|related|listen|see also|more|recommended|trending|photos|video)\s*[:|]"
    r"|(?:read more about|just watched|must watch)\b"
    r"|\(?also (?:on|in|at|from) [\w.' ]{2,40}:"
    r"|(?:listen|watch|see|view|read)\b[^.:]{0,80}\bbelow\b[^.]{0,60}:\s*$"
    r"|for (?:more|the latest)\b[^.,:]{0,60},\s*(?:head|go|check|visit|see|read|tune|sign|click)\b"
    r"|stay (?:with|tuned)\b|check back\b|watch (?:live|the video)\b",
    re.ASCII | re.IGNORECASE,
)
"""A link to another page, by its label: "More: Dow plunge briefly tops 1500 points", "WATCH: How
to make the perfect cup of coffee", "Read more about: Barack Obama, Terrorism", a video
player's "JUST WATCHED ... Replay More Videos" (29 usable sentences of the Multi-News sample;
none in DUC 2004 or AllSides), "(Also on POLITICO: 10 things to know about Cliven Bundy)", and
what introduces an embedded player ("Listen to the audio below, via The Sean Hannity Show:"),
and a pointer to other pages ("For more on Rihanna, head over to Billboard.", "For more,
sign up for the What's Working newsletter."), or to the page's later versions and players ("Stay
with KDKA for the latest on this developing story.", "Check back for details as they develop.",
"Watch the video above."). Matched at the start only."""


def page_link(text: str) -> bool:
    """Whether a sentence is a link to another page or an embed (``_LINK_LABEL``), no statement
    of the story."""
    return _LINK_LABEL.match(text) is not None


_PAGE_NOTE = re.compile(
    r"©|\bcopyright\s+(?:\(c\)|\d{4})|\blast updated\b|\bupdated (?:at|on)\b|\((?:published|posted|updated)\b|"
    r"\b(?:originally published|first appeared)\b|\bcrawl (?:start|end) date\b|\bseedlist\b|"
    r"\bthis (?:article|story|post) (?:was|has been) (?:amended|corrected|updated)\b|"
    r"^correction\b\s*(?::|\d|[a-z]+\.? \d)|"
    r"\[\s*edit\s*\]|\bappears in print on\b|"
    r"\bin this (?:[a-z]+\.? \d{1,2}, \d{4},? )?(?:handout |file |undated )?(?:photo|image|picture)\b",
    re.ASCII | re.IGNORECASE,
)
"""A note about the page rather than the news, that dates the page: "(Published Friday, June 27,
2014)", "Last updated at 6:04 PM on 20th October 2011", "© 2014 Axanar Productions.", a web
archive's "Crawl start date: 09 March, 2011", "This article was amended on 9 June 2016.",
"Correction 31 July 2017: ...", a wiki's heading ("Community of Christ transformation since 1960
[ edit ]"), and a photo's caption that cleaning left ("... in this March 24, 2014 handout photo"),
which dates the photo."""


def page_note(text: str) -> bool:
    """Whether a sentence is a note about its page (``_PAGE_NOTE``), or a date and nothing else
    ("Saturday, December 19, 2015.", a stamp at the foot of a page or above a blog's entry): its
    date is the page's, no event of the story."""
    return _PAGE_NOTE.search(text) is not None or P.DATE_LINE.match(text.rstrip(". ")) is not None


def furniture(text: str) -> bool:
    """Whether a sentence is page furniture: a cookie notice, a subscription prompt, a link label,
    a photo credit (``_FURNITURE``, ``_LINK_LABEL``)."""
    return _furniture(text, tokens(text))


def _furniture(text: str, words: list[str]) -> bool:
    """Whether a sentence is page furniture; ``words`` are its ``tokens``."""
    if page_link(text):
        return True
    lower = text.lower()
    if _FURNITURE_WORDS.isdisjoint(words) and not any(mark in lower for mark in _FURNITURE_MARKS):
        return False
    return _FURNITURE.search(lower) is not None


_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:he|she|they|it)\s+(?:said|says|added)(?: (?:on |late |early )?(?:\w+day|yesterday|today|tonight))?"
    r"(?P<end>[.!]?)$"
)
"""An attribution to a pronoun: ", he said." tells a summary's reader nothing of who said it (the
citation does). One that names its source stays (", the lawsuit said.", ", police said.", ", said
John Smith."): without it an allegation would read as a fact. Keeping those moved the three sets
by under 0.1 (AllSides R-1/R-2 39.85 / 18.12 -> 39.93 / 18.23, Multi-News 46.26 / 16.24 -> 46.23 /
16.24, DUC 2004 39.41 / 10.07 -> 39.36 / 10.08)."""
_CONVERSION = re.compile(
    r"\s+\((?:about\s+|some\s+|nearly\s+|almost\s+|more than\s+)?[\d.,]+(?:\s*-\s*[\d.,]+)?[\s-]*"
    r"(?:kilometers?|kilometres?|km|miles?|mph|kph|km/h|meters?|metres?|feet|ft|inches|centimeters?|cm|"
    r"pounds|lbs?|kilograms?|kg|tons?|tonnes?|acres|hectares|gallons|liters?|litres?|square (?:miles|kilometers)|"
    r"degrees?(?: [CF]| Celsius| Fahrenheit)?|local time|" + "|".join(sorted(TIME_ZONES)) + r")\)"
)
"""A figure converted in parentheses, "20 miles (32 kilometers) off the coast": the same figure
again, which a summary can do without."""


def _has_quotation_mark(text: str) -> bool:
    """A double quotation mark, straight, curly or typewriter (''): ``in`` tests, ten times
    faster than one regular expression for the four (which is tried at every character)."""
    return '"' in text or "“" in text or "”" in text or "''" in text


_OPENING_LABEL = re.compile(
    r"^(?:(?:\([A-Z][\w .&'’-]{1,30}\)\s*(?:—|–|--|-)?|CLOSE(?=\s)|(?:—|–|--|-(?=\s)|•)|[A-Z][A-Za-z]{2,12}\s*\|"
    r"|(?i:exclusive|breaking(?: news)?|analysis|update|just in|why it matters|(?:the )?big picture|driving the news"
    r"|(?:the )?state of play|between the lines|(?:the )?bottom line|the latest|reality check|by the numbers"
    r"|what(?:'|’)s next|what they(?:'|’)re saying|catch up quick|zoom (?:in|out)|flashback|the backstory|details|also)"
    r"\s*:)\s*"
    r"(?=[\"“‘'A-Z0-9])"
    r"|[A-Z]{3,}(?:[ /-][A-Z]{2,})?\b(?:,\s*[A-Z][a-z]{1,5}\.)?(?:\s*\([A-Za-z]{2,10}\))?(?:\s*(?:—|–|--|-))?\s+"
    r"(?=(?:The|A|An|In|On|At|After|Before|When|While|As|For|With)\s+\S*[a-z])"
    r"|[A-Z]{4,}(?:/[A-Z]{4,})+\s+(?=[A-Z][a-z]+\s+[a-z])"  # not "CNN/ORC Poll finds ..."
    r"|Analysis\s+(?=(?:The|There|A|An|In|On|At|After|When|While|As|It|This)\s+[a-z]))"
)
"""What opens a sentence without being part of it: a source or an editor's note in brackets ("(CNN)The
US announced", "(HealthDay)—A little jogging", "(OPTIONAL TRIM CAN BEGIN HERE) The citation", 48
usable sentences in the three sets), a video player's "CLOSE" (9 in Multi-News), a dash left from a
dateline ("— For years, the weather..."), a label with a bar ("Updated | When the first
humans..."), a label with a colon ("Exclusive: Secret Service depletes funds ...", "Analysis: ...",
and Axios's "Why it matters: Virtually every national and swing state poll shows ...", "The big
picture:", "Driving the news:"), a dateline that lost its dash ("WASHINGTON The Senate passed...",
"FORT WAYNE, Ind. (WANE) The Fort Wayne mother...": one or two words in capitals, then an article
or a preposition and a word in lower case, so that "NCAA President Mark Emmert", "NASA has
been...", "DOCUMENTS OBTAINED BY The Intercept" and a sentence all in capitals stay whole), or two
places in capitals joined by a slash ("SINGAPORE/BEIJING Flamboyant former basketball star ..."),
and a box's label run into its first sentence ("Analysis There had been intense speculation ...").
Tried only where one can start (``_opening_label``)."""


def _opening_label(text: str) -> str:
    """``text`` without an ``_OPENING_LABEL``; the pattern is tried only on sentences opening with
    a bracket, a dash or two capitals, or with a bar or a colon near the start."""
    if text[:1] in "(—–-•" or text[1:2].isupper() or "|" in text[:16] or ":" in text[:21] or text[:9] == "Analysis ":
        return _OPENING_LABEL.sub("", text, count=1)
    return text


_LEADING_CONJUNCTION = re.compile(
    r"^(?:But|And|So(?!\s+(?:far|much|many|long|too)\b)|Also|However|Meanwhile|Still(?=,)|Yet(?=,))\b,?\s+(?=\S)"
)
"""A conjunction linking to the sentence before, which the summary does not have; not an adverb
that only looks like one ("So far, the chambers...", "Still missing are...", "Yet another...")."""


def _dateline(text: str) -> re.Match[str] | None:
    """``patterns.DATELINE`` at the start of a sentence, not even tried when the sentence cannot
    open with one: a place in capitals ("WASHINGTON") has a capital or a dot as its second
    character, and every other form has an agency in brackets (2 us a sentence -> 0.2)."""
    second = text[1:2]
    if second.isupper() or (second and second in ".'’-") or "(" in text[:120]:
        return P.DATELINE.match(text)
    return None


def _after_dateline(text: str) -> str | None:
    """What follows a dateline opening the sentence, if a capital starts it: "(CNN) -- As the
    death toll..." -> "As the death toll...". Cleaning cuts the dateline off an article's first
    paragraph only; a wire story's lead also opens later paragraphs of pages and AllSides leads."""
    m = _dateline(text)
    if m and text[m.end() : m.end() + 1].isupper():
        return text[m.end() :]
    return None


def trim(text: str) -> str:
    """A sentence without an opening dateline, an attribution to a pronoun, leading conjunction,
    an opening adverb pointing at what follows (``_POINTER``) or figures converted in parentheses
    (a sentence with a quotation keeps its tail and its words).

    >>> trim("But the opposition will boycott the talks, he said.")
    'The opposition will boycott the talks.'
    >>> trim('"We will win," he said.')
    '"We will win," he said.'
    """
    out = text.strip()
    out = _after_dateline(out) or out
    out = _opening_label(out)
    if out.endswith("..") and not out.endswith("..."):
        out = out[:-1]  # AllSides titles end in ".." before the lead
    if not _has_quotation_mark(out):  # a quotation keeps who said it, and its words
        if "(" in out:
            out = _CONVERSION.sub("", out)
        m = _ATTRIBUTION_TAIL.search(out)
        if m and m.start() > 20:
            out = out[: m.start()].rstrip(" ,;")
            out += "" if out.endswith(".") else (m.group("end") or ".")  # "... at 11:40 a.m., he said."
    return _without_opening(_POINTER, _without_opening(_LEADING_CONJUNCTION, out))


def _without_opening(opening: re.Pattern[str], text: str) -> str:
    """``text`` without what ``opening`` matches at its start, its next letter capitalised, when
    more than 20 characters are left ("But the opposition ..." -> "The opposition ...")."""
    m = opening.match(text)
    if m and len(text) > m.end() + 20:
        return text[m.end()].upper() + text[m.end() + 1 :]
    return text


_NUMBER_WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
_TEASER = re.compile(
    r"\b(?:[Hh]ere(?: are| is|'s|’s)\b"
    r"|has compiled|compiled a list|comes? with (?:some )?caveats|had a message for"
    rf"|(?:is|was) not that\b|for {_NUMBER_WORDS} reasons\.$"
    rf"|(?i:{_NUMBER_WORDS}) (?:key )?(?:things|takeaways) (?:to|from|you|we|about|in|for)\b"
    rf"|(?i:{_NUMBER_WORDS}) key moments\b"
    r"|\bwinners and (?:\w+ )?losers\b|, explained\.+$|\b(?:[Ww]hat|things) to (?:know|watch|expect)\b"
    r"|\b[Ee]verything (?:you need )?to know\b)"
)
"""A sentence that announces what the sentences after it in its article say, and says none of
it: "Celebuzz has compiled a list of the best and worst moments ...", "here are 20 of Wiig's
most memorable bits.", "The topline figure does come with some caveats.", "The weirdest part ...
is not that it happened at all." (9 summary sentences of the three sets; an editor's reading
of 145 summaries found 6); and an explainer's headline ("5 things to know about Trump's Labor
pick", "Five takeaways from final Senate Intel Russia report", "What to watch for in the battle
for the Senate", "Joe Biden's $1.9 trillion Covid-19 stimulus plan, explained", "Everything you
need to know about ...": 29 AllSides sentences)."""
_TEASER_MARKS = (
    "ere are", "ere is", "ere's", "ere’s", "compiled", "caveat", "message for", "not that", "reasons.",
    "things", "takeaways", "key moments", "losers", "explained.", "to know", "to watch", "to expect",
)
"""Substrings one of which every ``_TEASER`` has: the pattern alone costs 2.5 us a sentence, 1.2
with this test before it (AllSides sentences)."""


_CUT_OFF = re.compile(
    r"(?:\w\s+|,\s*|\b(?:the|a|an|and|or|but|of|with|which|whose|their|his|her|its|than|such)\s*)(?:\.{3,}|…)\Z",
    re.IGNORECASE,
)
"""A sentence that a page of teasers or links cut short and marked with an ellipsis: after a
space ("... the accelerated melting caused global sea ...", "... has died of an apparent drug
overdose ..."), a comma, or a word no sentence ends on ("... when Faye Dunaway read out the…").
A writer's own trailing ellipsis is attached to a word that can end a sentence ("Trump just
reversed that...", "... in Delhi a couple of years ago…") and stays. 84 sentences of the
Multi-News sample are such snippets (a science site's list of its other stories, mostly), none
in DUC 2004 or AllSides; 4 had reached a summary (6 of the 1,214 benchmark summaries, at two
budgets)."""


HONORIFICS = "Mr|Mrs|Ms|Dr"
"""Words before a surname that say it is one ("Mr. Steele"): a person addressed by it here, and
``summarize``'s speakers and subjects named by surname alone."""

_TO_THE_READER = re.compile(
    r"[AQ]:\s|(?:Imagine|Consider|Remember|Picture|Let['’]s|Don['’]t|Think about|Just think|Thank you|Thanks(?! to)"
    r"|Read on|Below (?:is|are)|Scroll (?:down|up)|See (?:below|above)|Click|Check out|Watch|To everyone)\b"
    r"|(?:Visit|Listen to|Look(?: closely)? at|See|Read|Find your|Follow|Subscribe|Sign up|Download)"
    rf"(?![\w'’-])|(?:Well|Never mind|Oh, and|Mind you)\b|(?:{HONORIFICS})\. [A-Z][\w'’-]+, (?:I|you|we|let)\b"
)
"""An answer in a question-and-answer piece ("A: Relax; breathe; take time to think about your
next move."), whose question is not in the summary, a sentence that opens by telling the reader
to do something ("Imagine enjoying a courtside seat ...", "Consider a 1985 case, ...", "Let's
take a look at ...") or by thanking them ("Thank you for your desire to help the Klein family,
...", "Thanks for your continued support.", not "Thanks to its more affordable data plans, ..."),
or by pointing them to the page ("Read on for the backstage reactions of ...", "Below is a quick
explanation of ...", "Check out Dead50.net for ticketing information.", "Watch it here.", "To
everyone following this story, we share your concern ...", "See PDF with full results, charts
and tables here.", "Visit amnh.org for more information.", "Look at the cheeky glimpse he gives
the referee.", "Follow her on Twitter: @hollyvhays."), or by a word to them or to the one it
addresses ("Well, Republicans have a convenient sound bite ...", "Never mind whether this can
actually work, ...", "Mr. Trump, I have a deal for you."): a columnist's turn or a page's, not
a statement of the news."""


_YOU_THE_READER = re.compile(
    r"(?:If you|As you (?:may|might|can|probably|know)|You|Your"
    r"|We (?:want|['’]d like|would like) to (?:introduce|tell|show) you)\b"
)
"""A sentence that opens by speaking to the reader as "you": a service note ("If you've already
purchased the MLBAM webcast, you can re-watch anytime ...", "If you are looking for more in-depth
information ..., please refer to ...", "You can earn a Course Certificate for a nominal fee.",
"You’ll also find AirPods 2 with wireless charging case for $150 ...", "Your local IT supplier
will be able to advise on this."), a columnist's aside ("As you may have heard, President Obama
got up in front of Congress ...", "If you love a constitutionally constrained federal government,
... will warm your heart.", "You've got to hand it to Kilroy-Silk for his sheer arrogance ..."), a
reviewer's ("You control a character, on this occasion a youth named CJ, ..."), a host's ("We
want to introduce you to a woman from Fort Worth, Texas, ..."); or someone's words to the one
they address, inside a quotation the summary does not show ("You may have the votes today to
impeach him, but you don't have the American people."). None is a statement of the news. One
whose words someone is said to have said stays (``_SAID_TAIL``: "If you are fully vaccinated
against COVID-19, you don't need a booster shot ..., the US government says.")."""

_SAID_TAIL = re.compile(r"\b(?:says|said)\.$")

_GET = re.compile(r"Get (?=[a-z])")
"""A sentence that opens by telling the reader to get something ("Get the day's big stories + fun
stuff you love like mock drafts, picks and power rankings.", "Get used to it."), not the show "Get
Me Out Of Here", nor someone's message reported as theirs ("Get serious about converting to
renewable energy, the under-35 generation says by an overwhelming margin, ...": ``_SAYS``)."""

_SAYS = re.compile(r"\b(?:says|said)\b")

_STANCE_WORDS = (
    "Hopefully", "Presumably", "Of course", "Obviously", "Needless to say", "Admittedly", "Frankly", "Honestly",
    "Arguably", "Unfortunately", "Fortunately", "Sadly", "Thankfully", "Luckily", "Mercifully", "Ironically",
    "Worst of all", "Better yet", "Best of all",
)
_STANCE_BEFORE_COMMA = ("Clearly", "Even worse", "Even Worse", "Worse", "worse")
"""Words of ``_WRITER_STANCE`` that open a verdict only before a comma ("Clearly, Martin and
Zimmerman didn't ...", not "Clearly aware of that potential, Benedict ...")."""
_WRITER_STANCE = re.compile(
    rf"(?:{'|'.join(_STANCE_WORDS)}|(?:{'|'.join(_STANCE_BEFORE_COMMA)})(?=,))\b"
)
"""A sentence that opens on the writer's hope, verdict or feeling about what it tells ("Hopefully
they can work the kinks out and offer a true high-end experience soon.", "Unfortunately, the
Democrats couldn't find anyone to play the role of Sen. Ted Cruz in their convention.", "Sadly,
Delhi pollution has become a standard feature of winter season.", "Of course the next 18 months
will bring many surprises ..."): a columnist's or a reviewer's comment, not a statement of the
news, unless it ends on who said it (``_SAID_TAIL``). An adverb that only points at what follows
("Interestingly, the older male mummy had soft tissue preserved ...") is cut off instead
(``_POINTER``)."""

_STANCE_OPENINGS = frozenset(word[:4] for word in _STANCE_WORDS + _STANCE_BEFORE_COMMA)
"""The first four characters of every ``_WRITER_STANCE``: a set lookup spares the pattern on most
sentences."""

_POINTER = re.compile(r"^(?:Interestingly|Surprisingly|Curiously|Notably|Remarkably),\s+(?=\S)")
"""An adverb with which the writer points at what the sentence tells, cut off by ``trim``."""


_PICTURE = re.compile(
    r"(?:This|These|An?)\s+(?:(?:\d{4}|file|handout|undated|new)\s+)?"
    r"(?:image|photo|photograph|picture|still|screenshot|sketch|drawing)s?\b"
    r"(?:(?:,[^.]{1,80}?,|\s+(?:from|released\s+by|provided\s+by|taken)\b[^.,]{0,80}?)?"
    r"\s+(?:shows?|showing|appears?\s+to\s+show|depicts?)\b|\s+(?:released|provided)\s+of\b)"
)
"""A caption left in the text as a sentence: "A file image from the Galileo spacecraft shows the
Conemara region ...", "This image, released by Paul Allen's company, Vulcan, appears to show
...", "A 2013 photo shows the gates of the Tower Bridge ...", "A sketch released of an
unidentified woman who was hit and killed ...". 7 sentences of the Multi-News sample, none of
DUC 2004, AllSides (train and val), BASIL or PolNeAR (35,186 sentences); "The other underwater
photograph shows one of the Musashi's valves ..." is the article's own account and stays."""


_BULLET = re.compile(r"(?:--|[-–—•])\s+(?=\S)")
"""A list item's bullet or a dash left from a dateline, before the sentence ("- Retiring early
takes time ...", "— For years, the weather ...")."""


def usable(text: str, words: list[str] | None = None, *, unbounded: bool = False) -> bool:
    """Whether a sentence can stand in a summary on its own (see the module docstring).

    ``words`` are its tokens if already known (``tokens``); ``unbounded``: at any length above
    ``MIN_WORDS`` (``stands_alone``). A dateline that opens the sentence
    ("CANNES -- American Ferrera's first...") is judged without it, as ``trim`` cuts it off, and
    so is a list item's bullet or dash ("- If you're planning to retire early, ...", "- they fear
    that they will damage their brand ...")."""
    if (dateline := _dateline(text)) is not None:
        text, words = text[dateline.end() :], None
        if not text[:1].isupper() or _dateline(text):
            return False  # the dateline is not followed by a sentence
    if text[:1] in "-–—•" and (bullet := _BULLET.match(text)):
        text = text[bullet.end() :]  # its words are the same: a dash or a bullet is no token
    if not MIN_WORDS <= len(text.split()) <= (math.inf if unbounded else MAX_WORDS):
        return False
    stripped = text.rstrip(" \"'”’)")
    if not stripped.endswith((".", "!", "…", "。", "։")):
        return False  # questions, lead-ins, sentences cut off, headings, captions, list items
    if asks(text):
        return False  # a question all the same (an AllSides headline: "Why did ... QAnon?..")
    if text.endswith("!"):
        return False  # the writer exclaims, outside any quotation ("... the ambition of a 20-something!")
    if stripped.endswith(("...", "…")) and _CUT_OFF.search(stripped):
        return False  # a snippet cut short ("... the accelerated melting caused global sea ...")
    if text.startswith("["):
        return False  # an editor's link or note in brackets ("[More on the match, plus video]")
    if text.startswith("(") and text.rstrip(" .").endswith(")"):
        return False  # the writer's aside ("(He recently resigned from the site, after ...)")
    if _TO_THE_READER.match(text):
        return False  # an answer to a question, or words to the reader ("Imagine ...")
    if text[:4] == "Get " and _GET.match(text) and not _SAYS.search(text):
        return False  # an offer to the reader ("Get the day's big stories + fun stuff you love ...")
    # as the summary shows it, without a conjunction ("So you can imagine ...", "But hopefully ...")
    opening = _without_opening(_LEADING_CONJUNCTION, text) if text[:1] in "ABSHMY" else text
    if opening[:1] in "AIWY" and _YOU_THE_READER.match(opening) and not _SAID_TAIL.search(text):
        return False  # the writer's "you" ("If you've already purchased the webcast, you can ...")
    if opening[:4] in _STANCE_OPENINGS and _WRITER_STANCE.match(opening) and not _SAID_TAIL.search(text):
        return False  # the writer's hope or verdict ("Hopefully they can work the kinks out ...")
    if text[:1] in "AT" and _PICTURE.match(text):
        return False  # a caption: it tells what a picture shows, and the summary has none
    first = text.lstrip("\"'“‘([").split(" ", 1)[0]
    if first[:1].islower() and first.islower():
        return False  # a list item or the rest of a sentence cut before ("travel bans on...")
    if opens_quotation(text):
        return named_quotation(text)  # else who says it comes later, or nowhere
    if _unbalanced(text):
        return False  # a piece of a quotation the splitter cut: it does not stand alone
    if "-- " in text and _FALTERING.search(text):
        return False  # a transcript's speech as spoken ("And-- and-- Steve Jobs actually gave it to me")
    if ("(" in text or ")" in text) and _parenthesis_cut(text):
        return False
    if _furniture(text, tokens(text) if words is None else words):
        return False
    if "omment" in text and _NO_COMMENT.search(text.lower()):
        return False  # no comment ("She has declined to comment on Ms. Zimmer's allegation.")
    if any(mark in text for mark in _TEASER_MARKS) and _TEASER.search(text):
        return False  # announces what the sentences after it say
    return not (_mostly_capitals(text) or (TITLE_CASE_HEADINGS and title_case(text)))  # headings


_READER = re.compile(r"\b(?:you|your|yours|you['’](?:re|ll|ve|d))\b", re.IGNORECASE)
_SINGLE_QUOTED = re.compile(r"(?<!\w)['‘][^'‘’]*['’](?!\w)")
SITE_MESSAGE_CHARS = 1000
"""A page of at most this many characters, three sentences or more, most of which address the
reader outside quotations, speaks to its visitor (``site_message``)."""
_SENTENCE_ENDS = (".", "!", "?", "…", '"', "”", "’", "'", ")")


def site_message(sentences: list[str]) -> bool:
    """Whether a short page mostly addresses its reader, outside quotations (which may run over
    several sentences): a site's message to its visitor ("You're Almost There... Your custom
    domain mapping may take as little as 15-30 minutes ...", "Sorry, the page you requested could
    not be found.", a shop's "If you don't shop ... your credit card will be charged $49.95"), or
    a service piece ("How to volunteer for a coronavirus vaccine trial.. If you're actively
    searching ..."), or a horoscope under its heading ("Postrology"; a line of three words or
    fewer that does not end like a sentence is not counted). Neither tells the news to a
    summary's reader."""
    if len(sentences) < 3 or sum(len(s) + 1 for s in sentences) > SITE_MESSAGE_CHARS:
        return False
    # a heading of a few words ("Postrology", "PLEASE NOTE:") is no sentence to count
    count = len(sentences) - sum(len(s.split()) <= 3 and not s.endswith(_SENTENCE_ENDS) for s in sentences)
    if 2 * sum("you" in s.lower() for s in sentences) <= count:
        return False  # most pages: too few sentences say "you" at all
    text = " ".join(sentences)
    quoted = [m.span() for m in _QUOTED.finditer(text)] + [m.span() for m in _SINGLE_QUOTED.finditer(text)]
    starts = list(itertools.accumulate((len(s) + 1 for s in sentences[:-1]), initial=0))
    addressing = {
        bisect.bisect_right(starts, m.start())
        for m in _READER.finditer(text)
        if not any(a <= m.start() < b for a, b in quoted)
    }
    return 2 * len(addressing) > count


def _unbalanced(text: str) -> bool:
    """Whether a sentence's quotation marks do not pair up: a piece of a quotation the splitter
    cut, or a quotation that runs on into the next sentence."""
    return bool(text.count('"') % 2) or text.count("“") != text.count("”") or text.count("``") != text.count("''")


def asks(text: str) -> bool:
    """Whether a sentence is a question: its last mark, before any closing quotation marks or
    brackets and the full stops of a headline ("Why did ... QAnon?.."), is a question mark."""
    return text.rstrip(" \"'”’)").rstrip(".").endswith("?")


STATEMENT_WORDS = 4
"""A quotation this many words long gives someone's words; a shorter one may be a name or a
phrase in quotation marks ("Fox News Sunday", the "Green New Deal", a “conspiracy to collude”)."""


def gives_words(text: str) -> bool:
    """Whether a sentence gives someone's words: a quotation of ``STATEMENT_WORDS`` words or more,
    or a piece of one that runs on from or into another sentence (its marks do not pair up)."""
    if not _has_quotation_mark(text):
        return False
    return _unbalanced(text) or any(len(m.group().split()) >= STATEMENT_WORDS for m in _QUOTED.finditer(text))


def _parenthesis_cut(text: str) -> bool:
    """Whether a sentence closes a parenthesis it did not open, or opens one it does not close: a
    list item ("2) Qua economics, the proposal looks ..."), a piece the splitter cut at an
    abbreviation inside parentheses ("... led by lead manager Jamie B. Raskin (D-Md.", "... 7.1-7.5
    km s-1 (ref." / "20)) and can form by ..."), or the first or last sentence of an aside of
    several ("(Young Americans are still less likely to live with their parents ...").

    >>> [_parenthesis_cut(t) for t in ("Prices (in dollars) rose.", "2) Prices rose.", "(Prices rose.")]
    [False, True, True]
    """
    depth = 0
    for character in text:
        if character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
            if depth < 0:
                return True
    return depth > 0


QUOTATION_RUN = 8
"""The most sentences one quotation runs over in a paragraph (``quotation_open``)."""

_APOSTROPHE_BACKQUOTE = re.compile(r"(?<=[A-Za-z])`(?=[A-Za-z])")
"""A backquote typed for an apostrophe: "it`s", "I`m"."""


def quotation_open(before: list[str]) -> bool:
    """Whether a quotation that ``before`` opens (the sentences of a paragraph before a sentence)
    is still open after them: then that sentence is the inside of a quotation running over
    several sentences, someone's words however plain it reads ("Now she's going to make
    millions off her sex tape.", a friend's claim), and ``usable`` cannot see it alone. A
    quotation opened more than ``QUOTATION_RUN`` sentences back and never closed is a mark the
    writer forgot, not a quotation running on: wire copy with no paragraph breaks (DUC 2004) is
    one paragraph, where it made the rest of an article someone's words.

    A quotation that goes on into a new paragraph opens it again, unclosed before it; where a
    page's paragraphs were run together, so that such a mark comes mid-paragraph ('He added:
    "They'll know not to play like that again. ... "In the second half we had some good moments
    in attack. And in that situation, you have to take one chance.'), the mark opens the same
    quotation again and does not close it (``_opened_at``)."""
    joined = " ".join(before)
    if "`" in joined and _backquote_open(before):
        # opened within the last QUOTATION_RUN sentences: closed before one of them
        return any(not _backquote_open(before[:k]) for k in range(max(0, len(before) - QUOTATION_RUN), len(before)))
    if '"' not in joined and "“" not in joined and "``" not in joined:
        return False  # most paragraphs: no mark that opens a quotation
    opened = _opened_at(before)
    return opened is not None and opened >= len(before) - QUOTATION_RUN


def paragraph_start(sentences: Sequence[Sentence], position: int) -> int:
    """The position of the first sentence of ``sentences[position]``'s paragraph."""
    paragraph = sentences[position].paragraph
    start = position
    while start and sentences[start - 1].paragraph == paragraph:
        start -= 1
    return start


_LIST_INTRO = re.compile(
    r"(?:\b(?:were|are|is|was|include[sd]?|including|follows?)|\(all times \w+\)"
    r"|\b(?:see|watch|listen to|view)\b[^:]{0,80}\b(?:below|above)):\s*$"
)
"""The introduction of a list, not of someone's words: "Those charged were:", "(all times local):";
or of a picture or a player the crawl left out ("You can see the photos below:", "You can watch
the full police press conference below:"), after which the article goes on in its own words ("The
photos were taken from Libby German's phone, police said.")."""


def block_quoted(sentences: Sequence[Sentence], position: int) -> bool:
    """Whether ``sentences[position]`` is in a paragraph that the paragraph before it introduces
    with a colon: a statement, a post, a reply or a transcript quoted as a block ("UConn sent
    News 8 the following statement:", "Persson elaborated in a blog post:", "Cosby's reply was
    every bit as convoluted:"), someone's words without quotation marks. Not after a heading of
    a few words ("RESULTS:") nor a list's introduction (``_LIST_INTRO``)."""
    start = paragraph_start(sentences, position)
    if not start:
        return False
    intro = sentences[start - 1].text.rstrip()
    return intro.endswith(":") and len(intro.split()) > 3 and _LIST_INTRO.search(intro) is None


def quoted_without_marks(sentences: Sequence[Sentence], position: int) -> bool:
    """Whether ``sentences[position]`` is someone's words without marks of its own: inside a
    quotation that an earlier sentence of its paragraph opened (``quotation_open``) or in a block
    that the paragraph before introduces with a colon (``block_quoted``)."""
    start = paragraph_start(sentences, position)
    return quotation_open([s.text for s in sentences[start:position]]) or block_quoted(sentences, start)


def _backquote_open(before: list[str]) -> bool:
    """Whether a typist's single backquote opens a quotation that "''" closes and ``before``
    leaves open ("said: `Most of my friends ... 50-50." ... "focus.''"), not a quotation inside
    one, closed by its "'" ("`An hour ...'")."""
    joined = " ".join(before)
    if "`" not in joined:
        return False
    singles = (_APOSTROPHE_BACKQUOTE.sub("", t.replace("``", "")) for t in before)
    single = sum(1 for t in singles if "`" in t and "'" not in t[t.rindex("`") :].replace("''", ""))
    return joined.count("``") + single > joined.count("''")


_DOUBLE_MARK = re.compile(r'[“”"]|``|\'\'')
"""A double quotation mark: curly, a typist's straight one, or a pair of backquotes or of
apostrophes ("``Yes,'' he said.")."""

_CLOSED_BY = frozenset(".,;:!?)]}—–-")
"""What follows a closing straight quotation mark other than a space: '"Yes." ', '"no",'."""


def _opened_at(before: list[str]) -> int | None:
    """The index in ``before`` of the sentence whose mark opens the double quotation left open
    after them, or None. A straight mark opens after a space or an opening bracket, or before a
    letter or digit ('said,"We'), and closes before a space or a stop ('better." Ferguson');
    one with a space on both sides goes with the quotation's state, and one of markup
    ('tweet-date="January 19, 2016 ">') counts for nothing."""
    opened: int | None = None
    for n, sentence in enumerate(before):
        if not _has_quotation_mark(sentence):
            continue
        for m in _DOUBLE_MARK.finditer(sentence):
            mark, at = m.group(), m.start()
            if mark in ("“", "``"):
                opens = True
            elif mark in ("”", "''"):
                opens = False
            else:
                ahead = sentence[m.end() : m.end() + 1]
                behind = sentence[at - 1] if at else " "
                if behind == "=" or ahead == ">":
                    continue  # markup: '<tweet tweet-date="January 19, 2016 ">'
                if behind.isspace() or behind in "([{":
                    opens = (ahead != "" and not ahead.isspace()) or opened is None
                elif ahead == "" or ahead.isspace() or ahead in _CLOSED_BY:
                    opens = False
                else:
                    opens = ahead.isalnum() or opened is None
            opened = n if opens else None
    return opened


_TIME_NOUNS = "week|weekend|year|month|morning|afternoon|evening|summer|spring|fall|autumn|winter|season|time"
_COUNTS = "One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten"
"""A number of people or things named before, as the subject of a sentence (``_LEANS_BACK``)."""
_OPENING = (
    r"(?:(?:And|But|So|Yet|Or|Even|Now|Soon|Later|Eventually|Finally|Still|Today|Meanwhile) "
    r"|[A-Z][a-z]+(?: [a-z]+){0,2}, )?"
)
"""A conjunction, an adverb or a short phrase before the word that leans back ("Sure, he earned
...", "Soon they were reporting rashes ...")."""
_IT = (
    r"[Ii]t(?!(?:'s|’s| is| was) (?:not )?(?:unclear|clear|unknown|possible|impossible|likely|unlikely|hard"
    r"|difficult|easy|important|necessary|true|worth|time)\b)"
)
"""An "it" that stands for something said before, not one that stands for nothing."""
_PHRASE_OPENING = (
    r"(?:(?:In|At|On|For|After|Before|During|Despite|Through|With|Without|Unlike|Like|To|By|From|Under|Over"
    r"|Between|Among|Amid|Within|Since|Until|Following|Along|Besides|A|An|[A-Z][a-z]+(?:ing|ed))"
    r"(?:,? [a-z0-9][\w'’-]*)*, "
    r"|(?:When|While|As|Once|Although|Though|If|Because|Since|Until|After|Before) (?:he|she|they)"
    r"(?:,? [a-z0-9][\w'’-]*)*,? )"
)
"""A longer opening phrase that names no one, before a subject that is a pronoun ("In recent
appearances in court, where he is facing charges ..., he was seen with a black eye", "Launched
in 1940, it was ..."): a preposition or a participle, or a clause whose own subject is a
pronoun, with or without a comma after it ("When she isn't sitting and staring, she is in bed
...", "If they are forced to pay the damages to the lesbian couple they will be ..."). A clause
with a subject of its own ("If the change goes ahead, it ...", "Although the study showed ...,
it did not") holds what its pronoun stands for, and so may a phrase without its comma ("A stray
bullet hit the little girl as she ran ...")."""
_DEMONSTRATIVE = rf"(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)(?! (?:{_TIME_NOUNS}|who)\b)"
_TIME_NOUN = r"(?:minute|hour|day|week|weekend|month|year|moment|decade|morning|afternoon|evening|night|season)s?"
_TIME_BACK = (
    r"(?:(?:Just|Only|About|Some|Barely|Nearly|Almost|Roughly|Less than|More than|Not) )?"
    r"(?:(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ss]everal|[Mm]any"
    r"|[Aa] few|[Aa] couple of|\d+)[- ])?"
    rf"(?i:{_TIME_NOUN}) (?:later|earlier)\b"
    rf"|(?:By the|On the|The) (?:next|following) {_TIME_NOUN}\b|The (?:day|night|morning|week) (?:after|before),"
    rf"|(?:Later|Earlier) that {_TIME_NOUN}\b|(?:That|Those) {_TIME_NOUN}(?! (?:of|when|in|before|after)\b)\b"
    r"|(?:Shortly|Soon|Not long|Moments|Minutes|Hours|Days|Weeks|Months|Years) after(?:wards?)?(?:,| that\b)"
    r"|(?:Shortly|Soon) (?:afterwards?|thereafter)\b|Within (?:minutes|hours|days|weeks|months)(?:,| of that\b)"
    r"|(?:By|Until|Since) then\b|(?:At|By) that (?:time|point|moment)\b|On that day\b|From then on\b"
)
"""A time told from the event just before ("Two days later, ...", "The next day, ...", "Since
then, ...", "Within hours, ..."): read after another sentence, it dates the wrong event."""
_LINK_TO_LAST = (
    r"That said|Moreover|Furthermore|In addition|Additionally|Instead|Otherwise|Thus|Therefore|Hence"
    r"|As a result|Even so|Nonetheless|Nevertheless|Similarly|Likewise|In turn|In response|In return"
    r"|Accordingly|Consequently|Conversely|By contrast(?! (?:to|with))|In contrast(?! to)|On the other hand"
    r"|The latter|The former|Which|Added to (?:that|this)|On top of (?:that|this)"
)
"""Links to the sentence just before (``leans_on_last``), where "Afterward" or "Another" may
reach further back."""
_FALTERING = re.compile(r"\w-- ")
"""A word broken off where a transcript marks speech that falters ("I-- I figure if I-- if I got
started-- I wouldn't stop."), not a dash set between spaces (" -- ") as news prose writes it."""
_QUOTE_MARKS = frozenset('"“”')
_INNER_LINK = re.compile(
    r", (?:however|too|though|instead|meanwhile|nonetheless|nevertheless|in turn|in response"
    r"|as a result|for (?:his|her|its|their) part),"
)
"""A link set after the subject ("Cyber security experts and U.S. officials, however, said ...",
"Republicans, too, have tapped into ...", "Obama, for his part, ..."): the sentence answers or
adds to the one before. Looked for in a sentence's first 75 characters, after at least three
and no quotation mark (a link inside a quotation is the speaker's)."""
_ANSWER = r"(?:Not yet|Not really|Not at all|No|Yes|Indeed|Exactly|Absolutely|Of course),"
_SAYS_OF = re.compile(r" (?:said|says|told|added) (?:\w+ ){0,3}(?:he|she|his|her)\b")
_TOLD_OF = re.compile(
    r"(?:(?:An?|The|One|Two|Several|Many|[A-Z][\w.'’-]*)(?: [\w.'’-]+){0,5}? )?"
    r"(?:spokes(?:man|woman|person)|officials?|police|authorities|investigators|prosecutors|detectives|officers"
    r"|[Uu]niversity|school|college|company|department|agency|office|sources?|person|witness(?:es)?|relatives|family"
    r"|friends|neighbou?rs|lawyers?|attorneys?)(?: of [\w'’-]+(?: [\w'’-]+){0,2}?)?(?: (?:have|has|had))?"
    r" (?:said|says|told [\w.]+(?: [\w.]+)?|added)"
    r" (?:on \w+ )?(?:that )?(?:he|she|his|her)\b"
)
"""Someone who speaks for others, telling of "he" or "she" ("A U.S. Army spokesman said he joined
the Michigan National Guard ...", "Lottery officials said he chose ..."): the person is named
before, and after another sentence reads as the speaker."""
_LEANS_BACK = re.compile(
    rf"{_OPENING}"
    r"(?:[Hh]e|[Ss]he|[Tt]hey|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts"
    rf"|{_IT}|{_DEMONSTRATIVE})\b"
    rf"|{_PHRASE_OPENING}(?:he|she|they|{_IT})\b"
    rf"|(?:{_TIME_BACK})|(?:Afterwards?|Then(?!-)|{_LINK_TO_LAST}"
    r"|To find out|Once there|Of (?:the|those|them|these)|Except|Another|Both|Neither|Such"
    r"|When asked|Asked about|A (?:second|third|fourth|fifth)|The other(?! day| night| week)"
    r"|(?:In )?(?:[Aa]|[Tt]he) subsequent"
    r"|The (?:two|three|four|pair|couple|trio)(?=,| (?:were|are|was|is|have|had|later|also|then|will|would|could"
    r"|did|met|said|say|agreed|now|both)\b))\b|Later,"
    rf"|{_ANSWER}"
    rf"|(?:{_COUNTS}), "  # "One, Qin Yongmin, 45, ..., and the other, ..."
    rf"|(?:{_COUNTS}|Dozens|Hundreds|Thousands|All|Most|None|Each"
    r"|(?!1[89]\d\d |20\d\d )\d[\d,]*)"  # not a year: "2004 was a good year for BMW"
    r"(?: of them)? (?:are|were|was|is|has|have|had|remain|remained|will|would|could|did|(?!hundred\b)[a-z]{2,}ed)\b"
)


_ALSO = re.compile(
    r"(?:(?!(?:who|which|that|whose|and|but)\b)[A-Za-z0-9][\w'’.-]*\s+){1,8}also\s+(?!known\b|called\b)[a-z]"
)
"""A subject and "also" ("Democrats also want to extend long-term jobless benefits ...",
"Investigators also arrested 23-year-old Terry Brown ...", "It was also the first time"): more of
what the sentence before told. Not "also" in a clause of its own or after a comma ("Kim, who also
leads the party, ...", "The man, also known as Bob, ..."). 11 of the summaries of 340 stories
(BASIL, Multi-News, 10 DUC 2004 clusters, 30 AllSides val stories) change; Multi-News R-1/R-2/R-L
45.96 / 16.15 / 21.48 -> 46.01 / 16.19 / 21.52, AllSides and DUC 2004 the same."""


def leans_back(text: str, also: bool = True) -> bool:
    """Whether a sentence needs the one before it to be understood: it opens with a pronoun
    ("He says he was beaten by security guards."), a demonstrative ("This can be good, or it can
    be bad.", "That brings the total to ..."), or a link to what came before ("Afterward, the
    girl found ...", "Instead he entered an order ...", "In response, ..."), perhaps after a
    conjunction or a short phrase ("Sure, he earned a master's degree ...") or a longer one that
    names no one ("In 1989, he joined up with ...", ``_PHRASE_OPENING``), or a part of what
    came before ("Of the 12 arrested on Saturday, seven were booked ...", "Another 20 people
    ...", "A third man said ...", "The other states ...", "The two later held ..."), or a
    number or "All", "Most", "None" standing for people or things named before ("Three are in
    custody in New York, ...", "One, Qin Yongmin, 45, ...", "All complained about severe food and
    fuel shortages in their country."), or an answer to a question ("Not
    yet, said Efraim Levy, ..."), or it tells what it says on the word of a document named before
    ("..., the lawsuit said.", ``_REFERS_BACK``), or what someone adds to what they said before
    ('"Yes the government can help," Mr. Santorum added.', ``_SAYS_MORE``), or something said
    again ("Obama made the same argument on the stump.", ``_SAME_AGAIN``), or more of what came
    before ("Democrats also want to extend ...", ``_ALSO``; ``also=False`` leaves it out, where
    the sentence is shown on its own, as a claim, and not after others). Not an "It" that
    stands for nothing ("It is unclear whether ..."), "This week" and other times, "Those who
    ...", "Then-President" nor a year ("2004 was a good year").

    >>> [leans_back(t) for t in ("He says he was beaten.", "Instead, they left.", "This week, the talks resumed.")]
    [True, True, False]
    """
    if _LEANS_BACK.match(text) is not None:
        return True
    # each rule below only where its words are (a regular expression tried on every sentence cost
    # more than all the others together)
    if _SAYS_OF.search(text) is not None and _TOLD_OF.match(text) is not None:
        return True
    if (link := _INNER_LINK.search(text, 3, 75)) is not None and not _QUOTE_MARKS.intersection(text[: link.start()]):
        return True
    if ("added" in text or "went on" in text or "goes on" in text or "continued" in text or text[:6] == "Added ") and (
        _SAYS_MORE.search(text) is not None
    ):
        return True
    if (" same " in text or "imilar " in text) and _SAME_AGAIN.search(text) is not None:
        return True
    if also and " also " in text[:90] and _ALSO.match(text) is not None:
        return True
    return ("aforementioned" in text or ", the " in text or "\" the " in text or "” the " in text) and (
        _REFERS_BACK.search(text) is not None
    )


_SAYS_MORE = re.compile(
    r"[,”\"] (?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|he|she|they|it) (?:added|continued|went on)\b"
    r"|\b(?:added|continued|went on|goes on)[,:]? [“\"]"
    r"|^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} (?:also )?added that\b|^Added [A-Z]"
)
"""Words someone adds to what they said before ('"Yes the government can help," Mr. Santorum
added.', "The letter goes on: "With little time left ..."", "Summers added that he thinks Congress
will pass the deal ...", 'Added Lesh: "It is with respect ..."'): what they said first is in the
sentence before. Not "added" as a count grows ("The U.S. economy added 943,000 jobs ...")."""

_SAME_AGAIN = re.compile(
    r"\b(?:the same|a similar|similar) (?:argument|point|claim|message|thing|question|charge|accusation|criticism"
    r"|complaint|warning|promise|pledge|request|demand|call|mistake|remark|comment|view|position|stance|approach)s?\b"
    r"(?! (?:as|that)\b)"
)
"""Something said or done again, told by what it repeats ("Obama made the same argument on the
stump.", "Aznar made similar comments when he meet journalists ..."): what it was is in the
sentence before. Not one the sentence tells ("the same argument as the governor made ...")."""


_REFERS_BACK = re.compile(
    r"\b[Tt]he aforementioned\b"
    r"|[,\"”] the (?:statement|report|letter|message|memo|filing|complaint|lawsuit|suit|indictment|post|note"
    r"|e-?mail|release|document|study|survey|ruling|order|website|site|blog|tweet|book|video|petition|affidavit)"
    r" (?:said|says|added|adds|reads|read|states|stated|continued|continues|noted|notes|concluded|concludes"
    r"|alleges|alleged|claimed|claims|found|finds|explained|explains|warned|warns)\b"
)
"""Words inside a sentence that point back: "the aforementioned", or a document whose word tells
the sentence ("The medics were trying to treat Damon when she became violent, the lawsuit
said."), named in a sentence before."""


_AGE = r"(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old"
"""An age written before a noun or for one: "41-year-old", "two-year-old", "twenty-five-year-old"."""
_BARE_DEFINITE = re.compile(
    r"(?:The|(?:[A-Z][a-z]+(?: [a-z]+){0,2},|And|But|So|Yet) the) "
    rf"(?:{_AGE}(?: (?P<aged>[a-z][\w-]{{2,}}))?"
    r"|(?!(?:most|more|less|least)\b)(?P<noun>[a-z][\w-]{2,}))"
    r"(?:, (?:[a-z]+ ){1,3}(?:said|says|say),)?"
    r" (?:(?!(?:tally|family|rally|ally|supply|reply|assembly|belly|bully|jelly|fly)\b)[a-z]{3,}ly )?"
    r"(?:(?:was|is|were|are|has|had|have|will|would|could|can|did|does|said|says|then|also|later|still|now"
    r"|came|went|took|made|began|gave|got|told|found|left|held|met|won|lost|saw|brought|sent|fell|rose|became"
    r"|ran|led|spoke|wrote|broke|drew|kept|struck|threw|stood|sought|fought|paid|sold|bought|built|heard)\b"
    r"|(?!(?:need|speed|seed|feed|bed|red|shed|breed|greed|creed|weed|deed)\b)[a-z]{2,}ed\b)"
)


_AGE_ALONE = re.compile(
    rf"(?:The|(?:And|But|So|Yet) the) {_AGE} (?:[a-z]{{3,}}ly )?[a-z]+s\b"
)
"""An age standing for someone, with a verb in the present ("The 49-year-old teaches at ...")."""


def bare_definite(text: str) -> str | None:
    """The noun of a definite subject with nothing to tell which one it is, then a verb ("The
    summit is to take place on Nov. 17-18.", "The letter was signed and dated: ...", "The talks
    ended as ..."): someone or something the article named before, unless the summary has named
    it too; an adverb or whose word it is may come between ("The congressman repeatedly declined
    to say ...", "The attack, police said, prompted an accident ..."). Not a subject with words
    of its own ("The second impeachment trial of ...", "The government's lending program ...")
    nor one an apposition tells ("The ruling, from a three-judge panel ...").
    An age may come before the noun ("The 13-year-old girl is from ...") or stand for it, with
    no noun to tell ("The 41-year-old died on Wednesday ...": "").

    >>> [bare_definite(t) for t in ("The summit is to take place on Nov. 17.", "The average cost rose.")]
    ['summit', None]
    """
    m = _BARE_DEFINITE.match(text)
    if m is None:
        return "" if _AGE_ALONE.match(text) else None
    return m["noun"] or m["aged"] or ""


_LEANS_ON_LAST = re.compile(rf"{_OPENING}{_DEMONSTRATIVE}\b|(?:{_LINK_TO_LAST})\b|{_TIME_BACK}|{_ANSWER}")


def leans_on_last(text: str) -> bool:
    """Whether a sentence that leans back (``leans_back``) needs the very sentence before it: a
    demonstrative ("That will stop anyone else from claiming your riches ...", "These germ cells
    are produced in early stage embryos ...") or a link ("As a result, ...", "Instead, ...",
    "Which, ...") points at what was just said, a time told from an event ("Just days later,
    ...", "Since then, ...", ``_TIME_BACK``) at the event just told, and an answer at the
    question just asked, where "he" or "they" is mostly still the person named a few sentences
    earlier.

    >>> [leans_on_last(t) for t in ("That way, they know.", "He recommended caution.", "This week, talks resumed.")]
    [True, False, False]
    """
    return _LEANS_ON_LAST.match(text) is not None


def title_case(text: str) -> bool:
    """Whether every word longer than three letters starts with a capital ("Trump Says He Will
    Veto the Border Bill"): headlines, section links, list items. A body sentence has a verb or
    a common noun in lower case, however many names it lists."""
    long_words = 0
    for token in text.split():
        word = token.strip("\"“”‘’'(),.:;-")
        if len(word) > 3 and word[0].isalpha():
            if not word[0].isupper():
                return False
            long_words += 1
    return long_words >= 3


_SPEECH_VERB = re.compile(rf"\b(?:{SPEAKING}|according to)\b")


def attributed_quotation(text: str, *, unbounded: bool = False) -> bool:
    """Whether a sentence is a whole quotation whose speaker the same sentence names.

    ``usable`` turns quotations away because most of them need the sentence before; one that
    says who speaks ('"We will not resign," the minister said on Monday.') stands alone. When
    the speaker is only a pronoun ('..., he said.') the reader needs the sentence before to
    know who it is (``named_quotation``), so such a quotation is the fallback when the usable
    sentences run out before the budget does.

    >>> attributed_quotation('"We will not resign," the minister said on Monday.')
    True
    >>> attributed_quotation('"We will not resign, and we will fight on."')
    False

    ``unbounded``: at any length above ``MIN_WORDS`` (``stands_alone``).
    """
    if not _QUOTE_CHARS.search(text) or not MIN_WORDS <= len(text.split()) <= (math.inf if unbounded else MAX_WORDS):
        return False
    if text.rstrip(" \"'”’)").endswith(("?", ":")):
        return False
    if _unbalanced(text):
        return False
    if not _SPEECH_VERB.search(_QUOTED.sub(" ", text)):
        return False
    return not (_dateline(text) or _furniture(text, tokens(text)) or _mostly_capitals(text))


def stands_alone(text: str) -> bool:
    """Whether a sentence reads as a statement of its own, at any length: ``usable``, or an
    ``attributed_quotation`` even if its speaker is a pronoun. The claim table shows such
    sentences; a question ("But will the allegations overshadow his message?"), a piece of a
    quotation the splitter cut ("We have margin on everything,'' said flight director Bob
    Castle."), a credit line ("Spectrum Bay News 9 reporter Dave Jordan contributed to this
    report."), an embedded post or a word to the reader ("Have a look at the eight top moments in
    our gallery, above, then share your own thoughts ...") is no claim a source makes.

    >>> stands_alone("Spectrum Bay News 9 reporter Dave Jordan contributed to this report.")
    False
    >>> stands_alone('"I have been in politics a long time," he said on Tuesday.')
    True
    """
    return usable(text, unbounded=True) or attributed_quotation(text, unbounded=True)


_PRONOUN_SPEAKER = re.compile(
    rf"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Ii]t)\s+(?:\w+ly\s+)?(?:{SPEAKING})\b"
    r"|\b(?:said|says|added|adds)\s+(?:he|she|they)\b"
)


def named_quotation(text: str) -> bool:
    """Whether a sentence is an ``attributed_quotation`` whose speaker is more than a pronoun:
    a name, a role or a document ('..., Stallone said', '..., the minister said', '...,"
    according to the statement').

    >>> named_quotation('"I am incredibly flattered," Stallone said in a statement late Sunday.')
    True
    >>> named_quotation('"This raging battle only increases our firm belief," he said in a recording.')
    False
    """
    return attributed_quotation(text) and not _PRONOUN_SPEAKER.search(_QUOTED.sub(" ", text))


_UPPER = bytes(range(ord("A"), ord("Z") + 1))
_LETTERS = _UPPER + bytes(range(ord("a"), ord("z") + 1))
_QUOTE_CHARS = re.compile('["“`«]')


def _mostly_capitals(text: str) -> bool:
    """Whether more than half the letters are capitals (a fast path by byte deletion when all
    letters are ASCII, curly quotes and dashes or not)."""
    if text.isascii() or not _NON_ASCII_ALNUM.search(text):
        data = text.encode("ascii", "ignore")
        upper = len(data) - len(data.translate(None, _UPPER))
        letters = len(data) - len(data.translate(None, _LETTERS))
    else:
        letters = sum(map(str.isalpha, text))
        upper = sum(map(str.isupper, filter(str.isalpha, text)))
    return upper > 0.5 * letters
