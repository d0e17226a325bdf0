"""Dates in the text, absolute ("Nov. 3, 2016") and relative ("Thursday", "four days ago").

Relative dates are resolved against the article's own publication date. Common news forms are
found and resolved by the rules below (exact calendar arithmetic, and fast: every sentence of
every article passes here); other spans the recognizer labels DATE ("the end of last month",
"mid-2015") go to dateparser with ``RELATIVE_BASE`` set to the publication date and
``PREFER_DATES_FROM='past'`` (news reports what happened). Without a publication date a
relative date stays unresolved (date None) rather than guessed.

Conventions a reader can check:
- a bare weekday is the most recent such day on or before publication ("Thursday" in an article
  published on Thursday 2016-11-03 is 2016-11-03); "last Thursday" is strictly before;
- a month and day without a year is the occurrence nearest the publication date, within half a
  year either way; a month alone is the most recent one, or the coming one in a clause about what
  will happen ("will face the winner in November", "That would set the stage for a contested
  convention in July") when it comes within ``MONTHS_AHEAD`` months (or after words of a vote),
  and so is a weekday ("is scheduled to vote Tuesday", "as early as Thursday", "ahead of
  Thursday's debate"); a weekday that would be six days back, the day after publication, is that
  coming day when no verb in the sentence is in the past ("heading to Georgetown for a speech
  Thursday morning");
- "last April" said in April is the April a year before;
- a time counted from another ("four years later", "a month earlier") counts from a date told
  before it in the same sentence, or stays unresolved: it is not counted from the publication;
- "last week" keeps a date (the same day a week earlier) with precision None: a week is none
  of day, month or year.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta

from newsweave.model import DateRef, Sentence
from newsweave.nlp.entities import Span
from newsweave.nlp.lexicon import NUMBER_WORDS

_MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTH_NAMES.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTH_NAMES["sept"] = 9
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DECADE = re.compile(r"(?:1[89]|20)\d0['’]?s\b")
_COUNT = r"(?:\d+|an?|" + "|".join(w for w in NUMBER_WORDS if " " not in w) + r")"
_UNIT = r"(?:day|week|month|year|decade)s?"

DATE = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<md>(?P<md_m>" + _MONTH + r")\s+(?P<md_d>" + _DAY + r")(?:[-–]" + _DAY + r"(?!\d))?"
    r"(?:,?\s+(?P<md_y>" + _YEAR + r")(?!\w)|(?![\w:])))"  # "Oct. 9, 1998: Netanyahu appoints him ..."
    r"|(?P<dm>(?P<dm_d>" + _DAY + r")\s+(?:of\s+)?(?P<dm_m>" + _MONTH + r")(?:,?\s+(?P<dm_y>" + _YEAR + r"))?)"
    r"|(?P<my>(?P<my_m>" + _MONTH + r")(?:\s+of)?,?\s+(?P<my_y>" + _YEAR + r"))(?!\w)"
    r"|(?P<rm>(?P<rm_w>last|next|this|early|late|mid-?|since|in|until|by|from|during)\s+(?P<rm_m>"
    + _MONTH
    + r"))(?!\w)(?!,?\s+(?:\d|of\s+\d))"
    r"|(?P<wd>(?:(?P<wd_w>last|next|this|on|[Ll]ast|[Nn]ext|[Tt]his|[Oo]n)\s+)?(?P<wd_d>" + _WEEKDAY + r"))"
    r"|(?P<ago>(?P<ago_n>" + _COUNT + r")\s+(?P<ago_u>" + _UNIT + r")\s+ago)"
    r"|(?P<rel>(?:(?P<rel_e>earlier|later)\s+)?(?P<rel_w>last|this|next|past|previous|coming)\s+(?P<rel_u>week|month|year|weekend))"
    r"|(?P<day>(?P<day_w>yesterday|today|tomorrow|tonight|Yesterday|Today|Tomorrow|Tonight))"
    r"|(?P<y>(?P<y_pre>(?:[Ii]n|[Ss]ince|[Oo]f|[Uu]ntil|[Bb]y|[Ff]rom|[Tt]o|[Bb]etween|[Aa]nd|[Ee]arly|[Ll]ate|[Mm]id-?|[Dd]uring|[Bb]efore|[Aa]fter|[Aa]round|[Tt]he)\s+|(?:Week|Cup|Games|Olympics|Expo|Summit|Festival|Awards|Census|Championships?)\s+)"
    r"(?P<y_y>" + _YEAR + r")(?!['’]s))"  # "the mid-1990's" is a decade, not the year 1990
    r")(?![\w-])(?![.,]\d)",  # "a force of 1910.4 N" is no year
)

_DATE_WORDS = re.compile(
    r"\b(?:ago|last|next|this|past|earlier|later|yesterday|today|tomorrow|"
    + _MONTH
    + "|"
    + _WEEKDAY
    + "|"
    + _YEAR
    + r")\b",
    re.IGNORECASE,
)
"""Words that make a span a date, each a whole word: "Dec" inside "a decade" had sent the span to
dateparser, which read "a decade from now" (BASIL, 2012) as 2002."""


def dates_of(sentence: Sentence, date_spans: list[Span], published: datetime | None) -> list[DateRef]:
    """Dates of one sentence; ``date_spans`` are the recognizer's DATE spans in it."""
    base = published.date() if published else None
    text = sentence.text
    out: list[tuple[int, int, DateRef]] = []
    names: list[tuple[int, int]] = []  # "BBC Radio 4's Today programme": no date, nor for the recognizer
    for m in DATE.finditer(text):
        if (m["day"] and _title_word(text, m.start("day_w"), m.end("day_w"))) or (
            m["wd"] and not m["wd_w"] and _NAMED_DAY.search(text, max(0, m.start() - 8), m.start())
        ) or (m["wd"] and _EVERY.search(text, max(0, m.start() - 8), m.start())):
            names.append((m.start(), m.end()))
            continue
        try:
            ref = _resolve(m, base, sentence.id, functools.partial(_future, text, m.start()))
        except (ValueError, OverflowError):  # "66 million years ago", a publication date of year 1
            ref = DateRef(m.group().strip(), None, None, True, sentence.id)
        if ref is not None:
            if not ref.relative:
                ref.attributive = attributive(text, m.start() + m.group().index(ref.text), m.end())
            elif m["rel"] and m["rel_u"].lower() != "weekend" and _POSSESSIVE_AFTER.match(text, m.end()):
                ref.attributive = True  # "to clear the way to this year's Democratic Senate nomination"
            if out and _on_weekday(text, out[-1], m, ref, base):
                out.pop()  # "Friday, Sept. 14": one date, whose year the weekday told
            out.append((m.start(), m.end(), ref))
    for span in date_spans:
        taken = [(b, e) for b, e, _ in out] + names
        if any(b < span.end and span.start < e for b, e in taken):
            continue
        if not _DATE_WORDS.search(span.text):
            continue  # "two years", "31-minute": durations, not dates
        if _DECADE.match(sentence.text, max(0, span.end - 4)):
            continue  # "the mid-1990" of "the mid-1990's": a decade
        end = span.end
        if year_first := _YEAR_THEN_MONTH.fullmatch(span.text):  # "1963 March": a year, then a name
            end = span.start + year_first.end(1)
        try:
            ref = _parse(text[span.start : end], base, sentence.id)
        except (ValueError, OverflowError):
            ref = None
        if ref is not None:
            if base is not None and ref.date and ref.precision == "month" and _BARE_MONTH.fullmatch(span.text):
                past = ref.date < base.replace(day=1)
                reach = past and _within_reach(base, ref.date.month, text, span.start)
                if reach and (_coming_month(text, span.start, span.end) or _vote_ahead(text, span.start, span.end)):
                    ref.date = ref.date.replace(year=_coming_year(base, ref.date.month))
            out.append((span.start, span.end, ref))
            if not ref.relative:
                lead = _LEADING_WORDS.match(span.text)
                ref.attributive = attributive(text, span.start + (lead.end() if lead else 0), end)
    out.sort(key=lambda t: t[0])
    refs = [r for _, _, r in out]
    _count_from_before(refs)
    return refs


_COUNTED_FROM = re.compile(r"\b(?P<n>" + _COUNT + r")\s+(?P<u>month|year)s?\s+(?P<way>earlier|later)\b", re.IGNORECASE)


def _count_from_before(refs: list[DateRef]) -> None:
    """A time counted from a date told before it in the same sentence takes its date from that one:
    "Obama won the state in 2008 but lost it to Mitt Romney four years later" is 2012, "arranged in
    March 2011 ... it was shipped a month later" April 2011. Counted from nothing in the sentence
    ("About a year earlier, two former deliverymen hired a lawyer"), it stays unresolved."""
    for i, ref in enumerate(refs):
        m = _COUNTED_FROM.search(ref.text) if ref.date is None and ref.relative else None
        if m is None or (n := _count(m["n"])) is None:
            continue
        anchor = next((r for r in reversed(refs[:i]) if r.date and not r.relative and r.precision), None)
        if anchor is None or (m["u"].lower() == "month" and anchor.precision == "year"):
            continue
        ref.date, ref.precision = _shift(anchor.date, n if m["way"].lower() == "later" else -n, m["u"].lower())  # type: ignore[arg-type]


_NAMED_DAY = re.compile(r"\b(?:Super|Black|Good|Cyber|Ash|Fat|Easter|Palm|Holy|Bloody|Giving)\s+$")
"""A weekday that is part of a day's name ("Super Tuesday", "Black Friday", "Good Friday",
"Bloody Sunday") is not the last such weekday: "a strong showing for Clinton on Super Tuesday",
dated a week before it, had been the Tuesday before (PolNeAR, a reader's test). It gets no date."""

_EVERY = re.compile(r"\b(?:[Ee]very|[Ee]ach)\s+$")
"""A weekday that recurs ("you don't need to be in the pews every Sunday") is no one day."""

_OPENS_HERE = re.compile(r"(?:^|[.:;!?)\]]\s+|[-–—]\s+|``\s*|[\"“‘']\s*)$")
_CLOSED_AFTER = re.compile(r"[.,!?]?[\"”’'](?!\w)")


def _title_word(text: str, start: int, end: int) -> bool:
    """Whether a "Today", "Tonight", "Tomorrow" or "Yesterday" written with a capital is part of a
    name ("USA Today", "BBC Radio 4's Today programme", "the Tonight Show", "Are You Lonesome
    Tonight", 'told NBC's "Today" on Monday'), not a day: unless it opens a sentence, a clause
    after a colon or a dash, or a quotation it does not close ('"Today we mourn," she said').
    In the 5,260 texts of BBC, DUC 2004, AllSides, Multi-News and PolNeAR this takes the date of
    110 sentences, each a name when read."""
    if not text[start].isupper() or start == 0:
        return False
    opens = _OPENS_HERE.search(text, max(0, start - 4), start)
    if opens is None:
        return True
    quoted = opens.group().strip()[-1:] in "\"“‘'"
    return quoted and _CLOSED_AFTER.match(text, end) is not None


_YEAR_THEN_MONTH = re.compile(r"(?:the\s+)?(" + _YEAR + r")\s+" + _MONTH)
"""A year before a month's name is no month of that year in English news: "Martin Luther King’s
1963 March on Washington" is an event named after its year (the recognizer's span "1963 March"
had become March 1963). Only the year is read; it names the march (``attributive``)."""

_BARE_MONTH = re.compile(_MONTH + r"(?:['’]s)?", re.IGNORECASE)
"""A month the recognizer found alone ("a November matchup", "November's election"): dateparser
dates it in the past, as every relative date; in a clause about what will happen it is ahead."""
_COMING_EVENT = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:elections?|ballot|vote|primar(?:y|ies)|caucus(?:es)?|contests?|matchup|race"
    r"|convention|summit|trial|referendum|runoff|inauguration)\b",
    re.IGNORECASE,
)


MONTHS_AHEAD = 9
"""A month named in a clause about what will happen is the coming one only this many months ahead
at most: one of the two or three months just past is the data of a report ("would be charged
17.25 dlrs per barrel for Isthmus crude in February", "after January's very high 0.9 pct monthly
rate", "March will beat February hands down", all dated in March), not next year's. A vote is
the exception: held in its month whatever the season, it is ahead all year (``_within_reach``)."""


_VOTE_WORDS = r"elect\w*|ballots?|primar(?:y|ies)|caucus\w*|nominee|nomination"
"""Words of a vote ("re-election" holds "election"), for ``_ELECTION_BEFORE`` and ``_VOTE_BEFORE``."""
_ELECTION_BEFORE = re.compile(r"\b(?:vot\w*|" + _VOTE_WORDS + r")\b[^.;:!?]*$", re.IGNORECASE)


def _within_reach(base: date, month: int, text: str = "", start: int = 0) -> bool:
    """Whether ``month`` comes within ``MONTHS_AHEAD`` months of ``base`` (its own month too), or
    within the year when the words before it are of a vote: an election is held in its month
    whatever the season ("I'll vote for her in November", "an electoral advantage in November",
    dated in January)."""
    ahead = (month - base.month) % 12
    return ahead <= MONTHS_AHEAD or _ELECTION_BEFORE.search(text, max(0, start - 80), start) is not None


def _coming_year(base: date, month: int) -> int:
    """The year of the coming ``month``: this year's from the publication's own month on."""
    return base.year if month >= base.month else base.year + 1


_VOTE_BEFORE = re.compile(
    r"\b(?:vot(?:e|es|ing)|" + _VOTE_WORDS + r"|convention|wins?|White\s+House|race)\b[^.;:!?]*$", re.IGNORECASE
)
"""``_ELECTION_BEFORE``'s words of a vote, but for ``_vote_ahead``: a convention, a win, the White
House and a race are, "voters" not ("56 percent of registered voters ..., according to a CNN/ORC
poll in February")."""
_PAST_BEFORE = re.compile(
    r"\b(?:was|were|had|did|won|lost|held|voted|carried|scored|came|became|winning|having|took|beat|defeated|ended"
    r"|suspended|remained|told|launched|began|started|entered|agreed|clinch(?:ed|ing)|historic|according|polls?"
    r"|surveys?|conducted)\b[^.;!?]*$",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?$", re.IGNORECASE)
_PAST_AFTER = re.compile(r"(?:['’]s)?(?:\s+of\s+that\s+year|[^.;!?]{0,60}?\b(?:was|were|had)\b)", re.IGNORECASE)


def _vote_ahead(text: str, start: int, end: int) -> bool:
    """Whether a month with no year is that of a vote still ahead, however the clause is put: "is
    running for re-election against Republican Renee Ellmers, a registered nurse, in November",
    "needs to 'refocus' on the November election" (both June 2010), "states that vote in March"
    (February 2016). Words of a vote before it or an event of a vote after it, and no verb in the
    past before it ("after he won the New Hampshire primary in February", "a trial was held in
    November", "since early July") or soon after ("In the Florida Republican primary in March, 74
    percent of voters were 45 or older"). In PolNeAR and BASIL this dates 65 months a year later,
    within reach (``_within_reach``); read one by one, each is a vote, a convention or a campaign
    still ahead ("the party’s convention in July", dated April 2016, had been July 2015). A win,
    the White House or a race are of a vote too ("the heist is key to scoring a White House win in
    November", "Whoever wins in November"): 8 more months, each the coming election, and none
    where the race was entered ("entered the race to huge expectations in June")."""
    before = text[max(0, start - 100) : start]
    if not (_VOTE_BEFORE.search(before) or _COMING_EVENT.match(text, end)):
        return False
    return not (_PAST_BEFORE.search(before) or _SINCE.search(before) or _PAST_AFTER.match(text, end))


def _coming_month(text: str, start: int, end: int) -> bool:
    """Whether a month the recognizer found alone, with no year, is the coming one: in a clause
    about what will happen ("will blow a November matchup", "The trial is set for November."),
    unless it names a thing ("the March incident", "her March comment", "the release of the
    November jobs report") other than an event held on a calendar ("the November ballot",
    "before Florida's March presidential primary")."""
    if not _future(text, start, month=True):
        return False
    return not attributive(text, start, end) or _COMING_EVENT.match(text, end) is not None


_LEADING_WORDS = re.compile(
    r"(?:(?:the|a|an|of|in|on|at|since|until|by|from|to|during|between|and|early|late|mid-?|before|after|around)\s+)+",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Tt]his|[Tt]hat|[Ww]hose)|[\w.-]+['’]s)\s+$"
)
_WORD_AFTER = re.compile(r"[-–]?\s*[`'\"“‘]*\s*([A-Za-z][\w-]*)")
_NOT_A_NOUN = frozenset(
    "and or to through until till when as after before that in on at for with by of from is was were "
    "are has had have".split()
)
_OF_BEFORE = re.compile(r"\b([A-Za-z]+)\s+of\s+$")
_TIME_NOUNS = frozenset(
    "summer spring autumn fall winter end beginning start middle half quarter part months weeks "
    "days years course rest morning afternoon evening night eve day week weekend".split()
)
# A noun phrase that opens with these is when the sentence happens ("in the 1996 election, ...",
# "during the war of 1812"), whatever the date names.
_TIME_FRAME = re.compile(
    r"\b(?:[Ii]n|[Dd]uring|[Aa]t)\s+(?:the|its|his|her|their|a|[\w.-]+['’]s)\s+"
    r"(?:(?!(?:of|for|to|with|by|from|on|in|at|and|the|a)\s)[\w-]+\s+){0,3}$"
)


def attributive(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` belongs to the name of a thing ("a 1976 executive
    order", "the 1993 Oslo accord", "the invasion of 2003") rather than saying when what the
    sentence tells happened ("in 1993", "the summer of 1997"). Such a phrase inside "in/during/at
    the ..." still dates the sentence ("in the 1996 election, Clinton won")."""
    before = text[max(0, start - 60) : start]
    if determiner := _DETERMINER_BEFORE.search(before):
        word = _WORD_AFTER.match(text, end)
        if word is None or word.group(1).lower() in _NOT_A_NOUN:
            return False
        return not _TIME_FRAME.search(before[: determiner.start()] + "the ")
    of = _OF_BEFORE.search(before)
    if of is None or of.group(1).lower() in _TIME_NOUNS:
        return False
    return not _TIME_FRAME.search(before[: of.start()] + " ")


_FUTURE = re.compile(
    r"(?:\b(?:will|shall|won['’]t|(?:is|are|was|were)\s+(?:scheduled|set|due|expected|slated)\s+to|scheduled\s+for|"
    r"set\s+for|slated\s+for|upcoming|(?:is|are|am)\s+(?:going|likely|unlikely|poised|planning|hoping)\s+to|"
    r"(?:plans|hopes|aims|intends)\s+to|(?:expected|due)(?=\s+$)|planned\s+for|look(?:s|ing)?\s+forward\s+to|"
    r"to\s+(?:be\s+(?:shown|aired|broadcast|held)|air)|wait(?:s|ing)?\s+(?:until|till))|['’]ll)\b"
    r"(?P<between>[^,;:!?“”\"]*)$",
    re.IGNORECASE,
)
FUTURE_REACH = 160
"""How far before a date its cue of the future may be: "plans to invoke the Fifth Amendment during
her expected testimony before the House Oversight and Government Reform Committee on Wednesday"
(BASIL) puts 104 characters between them. What stands between is still checked."""
_WOULD = re.compile(r"\bwould\b(?!-|\s+have\b)(?P<between>[^,;:!?“”\"]*)$", re.IGNORECASE)
"""What someone "would" do "in July" is ahead of the article, like what they will do; only for a
month: "said they would light landmarks on Monday night" was that Monday, already past."""
_SOON = re.compile(r"\bas\s+(?:soon|early)\s+as\s+(?:on\s+|this\s+)?$", re.IGNORECASE)
"""What may come "as soon as Friday" is ahead; not "as soon as the bombs went off ... on Tuesday"."""
_OPENS_ON = re.compile(r"\s*(?:[Oo]n|[Bb]y|[Uu]ntil|[Nn]ext|[Tt]his|[Cc]ome)?\s*")
_WILL_AFTER = re.compile(
    r"[^,;:.!?“”\"]{0,25},\s+[^.;:!?“”\"]{0,80}?\b(?:will|shall|won['’]t)\b|[^,;:.!?]{0,25}['’]ll\b"
)
"""A date that opens its sentence is ahead when the clause after it says what will happen: "On
Friday, supporters of same-sex marriage will have their say." (BASIL, Fox News)."""
_INTO = re.compile(r"\b(?:going|heading)\s+into\s+$", re.IGNORECASE)
_PAST_VERB = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)
"""What a sentence in the present has "going into" is ahead ("far more safe seats than Republicans
going into November", BASIL, April 2012); not in one in the past ("Clinton had captured 1,944
delegates heading into Tuesday's primaries", PolNeAR, the day after)."""
_SPEECH = re.compile(r"(?<!\bbe )\b(?:said|says|told|announced|reported|added)\b", re.IGNORECASE)
_NOT_AHEAD_BETWEEN = re.compile(
    r"\b(?:was|were|had|did|ended|previous|earlier|ago)\b|\bthat\s+(?:he|she|they|it|we|I|you)\b", re.IGNORECASE
)
"""Between a cue of the future and a date: a verb in the past ("results for the year ended
January 30"), a word of the past ("is expected to fall ... from a previous 15.68 mln estimate in
November"), or a relative clause with its own subject ("the one that he led ... on Tuesday"),
whose date need not be ahead."""
_DONE_BEFORE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )\b(?!(?:expected|scheduled|slated|planned|rescheduled|postponed|delayed)\b)[a-z]{3,}ed\s+"
    r"(?:here\s+|there\s+|late\s+|early\s+)?(?:on\s+)?$"
)
"""A participle just before a date tells when that was done: "will receive a grant ... under an
agreement signed here Saturday" (Reuters, dated Monday) is the Saturday before; "to be signed on
Friday" and "is expected Tuesday" are ahead."""


def _future(text: str, start: int, month: bool = False) -> bool:
    """Whether the date at ``start`` is in a clause about what will happen: "will face the winner
    of the primary on August 10", "is scheduled to vote Tuesday", "he'll have enough votes at the
    convention in July" (a date with no year is then the next such day, not the last); for a
    ``month`` alone, also "would": "That would set the stage for a contested convention in July".
    A report in the passive is still ahead ("the results will be announced on Saturday"). Not
    "will resign, he said Tuesday", nor "is more likely to be seen as honest than he was in
    December", nor "likely to be as contentious as the one that he led on Tuesday": no reporting
    verb, verb in the past or relative clause with its own subject may stand between."""
    if _SOON.search(text, max(0, start - 20), start):
        return True
    if _OPENS_ON.fullmatch(text, 0, start) and _WILL_AFTER.match(text, start):
        return True
    if _INTO.search(text, max(0, start - 20), start) and not _PAST_VERB.search(text, 0, start):
        return True
    if _DONE_BEFORE.search(text, max(0, start - 30), start):
        return False
    for cue in (_FUTURE, _WOULD) if month else (_FUTURE,):
        m = cue.search(text, max(0, start - FUTURE_REACH), start)
        if m is not None and not _SPEECH.search(m["between"]) and not _NOT_AHEAD_BETWEEN.search(m["between"]):
            return True
    return False


def _on_weekday(
    text: str, before: tuple[int, int, DateRef], m: re.Match[str], ref: DateRef, base: date | None
) -> bool:
    """Whether the date just found, a month and day, follows the weekday found before it ("on
    Friday, Sept. 14", "Sunday, Nov. 4, 2012"); if so, the weekday is no date of its own, and a
    date with no year takes the year in which that day is that weekday, the one nearest to the
    publication date (within six years)."""
    start, end, weekday = before
    if not (m["md"] or m["dm"]) or not weekday.relative or not re.fullmatch(r",?\s*", text[end : m.start()]):
        return False
    day = _WEEKDAY_AT.search(weekday.text)
    if day is None:
        return False
    if base is not None and not (m["md_y"] or m["dm_y"]):
        month = _month(m["md_m"] or m["dm_m"])
        number = int(re.match(r"\d+", m["md_d"] or m["dm_d"]).group())  # type: ignore[union-attr]
        target = _WEEKDAYS[day.group().lower()]
        years = range(base.year - 6, base.year + 2)
        fits = [d for y in years if (d := _safe(y, month, number)) and d.weekday() == target]
        if fits:
            ref.date = min(fits, key=lambda d: abs((d - base).days))
            ref.precision = "day"
    ref.text = text[text.index(weekday.text, start) : m.end()]
    return True


_WEEKDAY_AT = re.compile(_WEEKDAY, re.IGNORECASE)
_YEAR_IN = re.compile(r"\b" + _YEAR + r"\b")
_OPENS_WITH_WEEKDAY = re.compile(_WEEKDAY + r",?\s")


def one_year_per_month(refs: list[DateRef], published: datetime | None) -> None:
    """Within one article, a day with no year takes the year of the article's dated days of the
    same month, when they all have one within a year of publication: the Times' account of the
    Benghazi talking points (dated May 15, 2013) writes "on Friday, Sept. 14", which only 2012
    fits, and then "Sept. 10", "Sept. 15" and "the Sept. 11 attack", which on their own would be
    the coming September's. "The Sept. 11, 2001, attacks" in a 2010 article dates no other
    September day."""
    if published is None:
        return
    years: dict[int, set[int]] = defaultdict(set)
    for d in refs:
        if d.date and d.precision == "day" and (_YEAR_IN.search(d.text) or _OPENS_WITH_WEEKDAY.match(d.text)):
            if abs(d.date.year - published.year) <= 1:
                years[d.date.month].add(d.date.year)
    for d in refs:
        if d.date and d.precision == "day" and not d.relative and not _YEAR_IN.search(d.text):
            known = years.get(d.date.month, set())
            if len(known) == 1 and (year := next(iter(known))) != d.date.year:
                d.date = _safe(year, d.date.month, d.date.day) or d.date


def _never(month: bool = False) -> bool:
    return False


def _resolve(m: re.Match[str], base: date | None, sid: str, future: Callable[..., bool] = _never) -> DateRef | None:
    """The date ``m`` names, resolved against the publication date ``base``. ``future`` says
    whether it is in a clause about what will happen (``_future``); it is asked only of a date
    with no year whose year or week depends on it."""
    g = m.groupdict()
    text = m.group().strip()
    if g["md"] or g["dm"]:
        month = _month(g["md_m"] or g["dm_m"])
        day = int(re.match(r"\d+", g["md_d"] or g["dm_d"]).group())  # type: ignore[union-attr]
        year = g["md_y"] or g["dm_y"]
        if year:
            return DateRef(text, _safe(int(year), month, day), "day", False, sid)
        when = _month_day(base, month, day, future()) if base else None
        return DateRef(text, when, "day" if when else None, False, sid)
    if g["my"]:
        return DateRef(text, date(int(g["my_y"]), _month(g["my_m"]), 1), "month", False, sid)
    if g["rm"]:
        word, month = g["rm_w"].lower(), _month(g["rm_m"])
        if g["rm_m"] == "May" and word not in ("last", "next", "this", "early", "late", "mid", "mid-", "since"):
            return None  # "in May" is a month, "by May" too, but "May" alone is also a verb/name
        text = g["rm_m"] if word in ("in", "since", "until", "by", "from", "during") else text
        if base is None:
            return DateRef(text, None, None, True, sid)
        year = base.year if month <= base.month else base.year - 1
        if of_year := _OF_YEAR.match(m.string, m.end()):  # "in January of last year"
            year = base.year + {"last": -1, "this": 0, "next": 1}[of_year["which"].lower()]
        elif word == "this":
            year = base.year  # "this November", said in June: the one of this year, still ahead
        elif word == "next":
            year = base.year if month > base.month else base.year + 1
        elif word == "last" and month == base.month:
            year = base.year - 1  # "the earthquakes that shook Nepal last April", said in April 2016
        elif word != "last" and _within_reach(base, month, m.string, m.start()):
            if future(month=True) or (word != "since" and _vote_ahead(m.string, m.start(), m.end())):
                year = _coming_year(base, month)
        return DateRef(text, date(year, month, 1), "month", True, sid)
    if g["wd"]:
        word = (g["wd_w"] or "").lower()
        text = g["wd_d"] if word == "on" else text
        if base is None:
            return DateRef(text, None, None, True, sid)
        target = _WEEKDAYS[g["wd_d"].lower()]
        back = (base.weekday() - target) % 7
        if word == "last" and back == 0:
            back = 7
        if word == "next":
            return DateRef(text, base + timedelta(days=(target - base.weekday()) % 7 or 7), "day", True, sid)
        ahead = (target - base.weekday()) % 7
        if word != "last" and future():
            if back < ahead and _WAS_DUE.search(m.string, max(0, m.start() - 100), m.start()):
                return DateRef(text, base - timedelta(days=back), "day", True, sid)
            return DateRef(text, base + timedelta(days=ahead), "day", True, sid)
        if word != "last" and _ahead_of(m.string, m.start(), m.end(), ahead < back):
            return DateRef(text, base + timedelta(days=ahead), "day", True, sid)
        if back == 6 and word != "last" and not _PAST_VERB.search(m.string):
            return DateRef(text, base + timedelta(days=1), "day", True, sid)  # the day after publication
        return DateRef(text, base - timedelta(days=back), "day", True, sid)
    if g["ago"]:
        n = _count(g["ago_n"])
        unit = g["ago_u"].lower().rstrip("s")
        if base is None or n is None:
            return DateRef(text, None, None, True, sid)
        return DateRef(text, *_shift(base, -n, unit), True, sid)
    if g["rel"]:
        word, unit = g["rel_w"].lower(), g["rel_u"].lower()
        if base is None:
            return DateRef(text, None, None, True, sid)
        step = {"last": -1, "past": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}[word]
        if unit == "weekend":
            sat = base - timedelta(days=(base.weekday() - 5) % 7)
            return DateRef(text, sat + timedelta(days=7 * step if step > 0 else 0), None, True, sid)
        return DateRef(text, *_shift(base, step, unit), True, sid)
    if g["day"]:
        word = g["day_w"].lower()
        if base is None:
            return DateRef(text, None, None, True, sid)
        delta = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
        return DateRef(text, base + timedelta(days=delta), "day", True, sid)
    if g["y"]:
        return DateRef(g["y_y"], date(int(g["y_y"]), 1, 1), "year", False, sid)
    return None


_PAST_VERB = re.compile(
    r"\b(?:said|told|was|were|had|did|took|came|went|made|gave|met|won|lost|spoke|wrote|saw|began|left|held|"
    r"sent|brought|found|got|put|ran|became|taken|given|seen|written|done|known|begun|spoken|"
    r"(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bhas )(?<!\bhave )"
    r"[a-z]{3,}ed)\b"
)
"""A verb in the past anywhere in the sentence. A weekday with none, the day after the article's,
is that coming day, not the one six days before: "is heading to Georgetown University for a
speech Thursday morning", "in an interview with Fox News to air Tuesday morning". Of the 12 such
weekdays in BASIL, 11 had been read six days back, and 9 of them were ahead; in PolNeAR most such
weekdays are in the past ("Ted Cruz apologized ... on Monday"), and each has its verb."""
_AHEAD_OF = re.compile(r"\b(?:ahead|in\s+advance)\s+of\b[^,;:!?“”\"]*$", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _ahead_of(text: str, start: int, end: int, nearer_ahead: bool) -> bool:
    """Whether a weekday "ahead of" or "in advance of" which something happens is the coming one:
    the event's own day ("ahead of Thursday's Fox News/Washington Examiner debate and Saturday's
    Ames Straw Poll", dated Tuesday), or a day nearer ahead than back ("in advance of his
    appearance on the Catholic campus on Thursday morning", dated Tuesday). What came "ahead of
    his fourth event of the day on Monday", said on Tuesday, was the day before."""
    if _AHEAD_OF.search(text, max(0, start - FUTURE_REACH), start) is None:
        return False
    return nearer_ahead or _POSSESSIVE_AFTER.match(text, end) is not None


_WAS_DUE = re.compile(r"\b(?:was|were)\s+(?:scheduled|set|due|expected|slated)\s+to\b[^,;:!?“”\"]*$", re.IGNORECASE)
"""What "was scheduled to" happen on a weekday is the nearest such day, past or ahead: "He was
scheduled to leave New Hampshire late Tuesday", dated Wednesday, is the day before, not six days
on; the same words dated Monday are the next day."""

_OF_YEAR = re.compile(r"\s+of\s+(?P<which>last|this|next)\s+year\b", re.IGNORECASE)
"""A month's year told after it: "the deadly attacks in Paris in January of last year"."""


def _shift(base: date, n: int, unit: str) -> tuple[date, str | None]:
    """``base`` moved by n units, with the precision such a reference has."""
    if unit == "day":
        return base + timedelta(days=n), "day"
    if unit == "week":
        return base + timedelta(weeks=n), None
    if unit == "month":
        months = base.year * 12 + base.month - 1 + n
        return date(months // 12, months % 12 + 1, 1), "month"
    if unit == "decade":
        return date(base.year + 10 * n, 1, 1), "year"
    return date(base.year + n, 1, 1), "year"


def _month_day(base: date, month: int, day: int, future: bool) -> date | None:
    """The year of a month and day written without one: the occurrence nearest the publication
    date, within half a year either way ("Sentencing has been set for June 28" dated February 20
    is this June; "Dec. 28" dated January 6 is last December). Of the 28 BASIL dates with no year
    whose day was still ahead that year, 22 named a coming event (a vote, a sentencing, a debate)
    and 6 a past one; taking the last occurrence, as before, dated the coming ones a year early.
    In a clause about what will happen (``_future``) it is the next occurrence, or one of the week
    before ("when they assume the majority on Jan. 5", dated January 6: an article is often dated
    when it was last updated)."""
    candidates = [d for y in (base.year - 1, base.year, base.year + 1) if (d := _safe(y, month, day))]
    if not candidates:
        return None
    if future:
        return min((d for d in candidates if (base - d).days <= 7), key=lambda d: abs((d - base).days), default=None)
    return min(candidates, key=lambda d: (abs((d - base).days), d > base))


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(word: str) -> int:
    return _MONTH_NAMES[word.lower().rstrip(".")]


def _count(word: str) -> int | None:
    low = word.lower()
    if low.isdigit():
        return int(low)
    if low in ("a", "an"):
        return 1
    return NUMBER_WORDS.get(low)


def _parse(text: str, base: date | None, sid: str) -> DateRef | None:
    """A DATE span the rules above do not cover, parsed by dateparser (None if it cannot, or if
    it names a decade: "the mid-1990's", "the 1980s" are no year, and dateparser reads them as
    1990 or as today)."""
    if _DECADE.search(text):
        return None
    relative = not re.search(_YEAR, text)
    if base is None and relative:
        return DateRef(text, None, None, True, sid)
    parsed = _dateparser(text, base)
    if parsed is None:
        return None
    if relative and _ANAPHORIC.search(text):
        return DateRef(text, None, None, True, sid)
    when, period = parsed
    precision = period if period in ("day", "month", "year") else None
    return DateRef(text, when, precision, relative, sid)


_ANAPHORIC = re.compile(
    r"\b(?:day|week|month|year|decade)s?\s+(?:earlier|later|before|after)\b|\b(?:next|following|previous|prior)\s+day\b",
    re.IGNORECASE,
)
"""A time counted from another told before ("About a year earlier, two former deliverymen hired a
lawyer", after "In January 2012, ..."; "the next day"), not from the publication: dateparser had
read "a year earlier" as a year before the article. It stays unresolved."""


@functools.lru_cache(maxsize=4096)
def _dateparser(text: str, base: date | None) -> tuple[date, str] | None:

    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    cleaned = re.sub(r"^(?:the|since|until|by|in|on|from|during)\s+", "", text, flags=re.IGNORECASE)
    cleaned = re.sub(r"\b(?:earlier|later|early|late|mid-?|the end of|the start of)\s*", "", cleaned)
    data = _parser(tuple(sorted(settings.items()))).get_date_data(cleaned.strip())
    if data.date_obj is None:
        return None
    when = data.date_obj.date()
    if data.period == "month":
        when = when.replace(day=1)
    elif data.period == "year":
        when = when.replace(month=1, day=1)
    return when, data.period or "day"


@functools.lru_cache(maxsize=64)
def _parser(settings: tuple[tuple[str, object], ...]):  # noqa: ANN202 - dateparser's own type
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=dict(settings))
