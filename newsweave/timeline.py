"""The dated events of a story: every resolved date, the sentences that tell what happened then.

Dates come from the NLP layer (absolute ones, and relative ones resolved against each article's
own publication date). The same date told by several articles is one event citing all of their
sentences; its text is the one of those sentences that best stands alone (``_told_by``: not "He
...", a question or a declined comment; for a day, the claim most independent sources make),
trimmed. The end of a span ("from 1966 to 1978") is no event of its own.
A date that the same sentence also tells more exactly ("on October 27 this year") is no event
of its own. Dates that could not be resolved (no publication date to count "Thursday" from) stay
out, and so do dates that name a thing rather than tell when ("a 1976 executive order", "the
invasion of 2003": the sentence is about something else, often much later), and the dates of
notes about the page ("Last updated at 6:04 PM on 20th October 2011", "© 2014 Axanar
Productions.").
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from newsweave.model import Annotations, Article, Claim, TimelineEvent, article_of
from newsweave.readable import bare_definite, leans_back, named_quotation, opens_quotation, page_note

MAX_TEXT = 200
_PRECISION_ORDER = {"year": 0, "month": 1, "day": 2}


def build_timeline(
    articles: list[Article], annotations: Annotations, claims: list[Claim] | None = None
) -> list[TimelineEvent]:
    """Events ordered by date (a year before its months, a month before its days). With the
    story's ``claims``, an event is told by a sentence of what most independent sources say
    happened that day (see ``_told_by``)."""
    originals = {a.id for a in articles if not a.duplicate_of}
    text = {s.id: s.text for a in articles for s in a.sentences}
    told: dict[str, list[tuple[date, str]]] = defaultdict(list)
    said: dict[str, list[str]] = defaultdict(list)
    for ref in annotations.dates:
        said[ref.sentence].append(ref.text)
        sentence = text.get(ref.sentence, "")
        if ref.date is None or ref.precision is None or ref.attributive or page_note(sentence):
            continue
        if article_of(ref.sentence) not in originals:
            continue
        if not (_range_end(sentence, said[ref.sentence]) or _baseline(sentence, ref.text)):
            told[ref.sentence].append((ref.date, ref.precision))
    events: dict[tuple[date, str], list[str]] = defaultdict(list)
    for sentence, dates in told.items():
        for when, precision in dates:
            if not any(_within(other, when, precision) for other in dates):
                sentences = events[(when, precision)]
                if sentence not in sentences:
                    sentences.append(sentence)
    support: dict[str, int] = {}
    for claim in claims or ():
        for sid in claim.sentences:
            support[sid] = max(support.get(sid, 1), claim.independent_sources)
    out = []
    for (when, precision), sentences in events.items():
        day = precision == "day"
        plainest = min(sentences, key=lambda sid: _told_by(text.get(sid, ""), support.get(sid, 1) if day else 1, sid))
        event = TimelineEvent(
            date=when,
            precision=precision,
            text=_trim(text.get(plainest, "")),  # type: ignore[arg-type]
            sentences=sorted(sentences, key=_sentence_order),
        )
        out.append(event)
    out.sort(key=lambda e: (e.date, _PRECISION_ORDER[e.precision], e.sentences[0]))
    return out


def _within(other: tuple[date, str], when: date, precision: str) -> bool:
    """Whether a sentence's ``other`` date tells its (``when``, ``precision``) more exactly: "began
    on October 27 this year" is an event of October 27, not one of the year as well."""
    day, finer = other
    if _PRECISION_ORDER[finer] <= _PRECISION_ORDER[precision] or day.year != when.year:
        return False
    return precision == "year" or day.month == when.month


def _range_end(sentence: str, dates: list[str]) -> bool:
    """Whether the last of a sentence's ``dates`` (their texts, in order) ends a span that one
    before it opens: "held the seat from 1966 to 1978", "between 1973 and 1983". The span is an
    event of its start; its end had been a second event with the same sentence."""
    if len(dates) < 2:
        return False
    start, end = (re.escape(d) for d in dates[-2:])
    span = rf"\b(?:[Ff]rom|[Bb]etween)\s+{start}\s*(?:to|until|till|through|and|[-–])\s*{end}(?!\w)"
    return re.search(span, sentence) is not None


def _told_by(text: str, sources: int, sentence: str) -> tuple:
    """The order in which an event's sentences are fit to tell it: one that stands alone
    (``_leans``), then, for a day, one of a claim more independent sources make (on the day Eric
    Cantor lost his primary, "House Majority Leader Eric Cantor was beaten Tuesday night by a
    political novice ...", told by two sources, before "Mr. Boehner said Tuesday that he and Mr.
    Cantor had 'been through a lot together'", told by one), then the shortest. A year or a month
    is more often told in passing, in a clause of a sentence whose sources back its main news
    ("... his extradition ... during his 17-year rule which ended 1990", of 1998), so its
    shortest sentence tells it ("Pinochet left government in 1990, ...")."""
    return (_leans(text), -sources, len(text), sentence)


def _baseline(sentence: str, date: str) -> bool:
    """Whether a date is what a figure is compared with, not when something happened: "births in
    the first half of July increased from 265 in 2013 to 385 in 2014" (2014 is the news), "eight
    more babies this June than it did in June 2013"."""
    d = re.escape(date)
    start = rf"\bfrom\s+\$?[\d.,]+%?(?:\s+[\w-]+){{0,4}}?\s+in\s+{d}\s+to\b"
    than = rf"\bthan\s+(?:it|they|he|she|we|there)?\s*(?:did|was|were|had)?\s*(?:in\s+)?{d}(?!\w)"
    return re.search(start, sentence) is not None or re.search(than, sentence) is not None


def _leans(text: str) -> bool:
    """Whether a sentence is a poor text for an event: it cannot stand alone ("He was the only
    Latin American leader to support Britain in its 1982 war", "The incident dates to March 25,
    2016 ...") or says nothing ("A spokesman ... did not immediately return emails seeking comment
    Friday"), is a heading ("2014 Average Wedding Budget Breakdown"), a question, an aside in
    parentheses, a tweet signed with its stamp, or a quotation that names no one who says it."""
    return (
        leans_back(text, also=False)  # "X also did Y" tells its event whole
        or bare_definite(text) is not None
        or (opens_quotation(text) and not named_quotation(text))
        or not text.rstrip(" \"'”’").endswith((".", "!", "…"))  # a heading, a question, a tweet's stamp
        or text[:1] in "(["
        or "(@" in text
        or _NO_COMMENT.search(text) is not None
    )


_NO_COMMENT = re.compile(
    r"\b(?:did not|didn['’]t) (?:immediately )?(?:return|respond)|\bcould not (?:immediately )?be reached"
    r"|\bdeclined to comment|\bmade no (?:public )?comment|\bno immediate comment"
)


def _sentence_order(sentence_id: str) -> tuple[str, int]:
    article, _, index = sentence_id.rpartition(":")
    return (article, int(index) if index.isdigit() else 0)


def _trim(text: str) -> str:
    if len(text) <= MAX_TEXT:
        return text
    return text[: MAX_TEXT - 1].rsplit(" ", 1)[0] + "…"
