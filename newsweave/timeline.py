"""The dated events of a story: every resolved date, the sentences that tell what happened then.

Dates come from the NLP layer (absolute ones, and relative ones resolved against each article's
own publication date). The same date told by several articles is one event citing all of their
sentences; its text is the shortest of those sentences (usually the plainest statement), trimmed.
A date that the same sentence also tells more exactly ("on October 27 this year") is no event
of its own. Dates that could not be resolved (no publication date to count "Thursday" from) stay
out, and so do dates that name a thing rather than tell when ("a 1976 executive order", "the
invasion of 2003": the sentence is about something else, often much later), and the dates of
notes about the page ("Last updated at 6:04 PM on 20th October 2011", "© 2014 Axanar
Productions.").
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from newsweave.model import Annotations, Article, TimelineEvent, article_of
from newsweave.readable import page_note

MAX_TEXT = 200
_PRECISION_ORDER = {"year": 0, "month": 1, "day": 2}


def build_timeline(articles: list[Article], annotations: Annotations) -> list[TimelineEvent]:
    """Events ordered by date (a year before its months, a month before its days)."""
    originals = {a.id for a in articles if not a.duplicate_of}
    text = {s.id: s.text for a in articles for s in a.sentences}
    told: dict[str, list[tuple[date, str]]] = defaultdict(list)
    for ref in annotations.dates:
        if ref.date is None or ref.precision is None or ref.attributive or page_note(text.get(ref.sentence, "")):
            continue
        if article_of(ref.sentence) in originals:
            told[ref.sentence].append((ref.date, ref.precision))
    events: dict[tuple[date, str], list[str]] = defaultdict(list)
    for sentence, dates in told.items():
        for when, precision in dates:
            if not any(_within(other, when, precision) for other in dates):
                sentences = events[(when, precision)]
                if sentence not in sentences:
                    sentences.append(sentence)
    out = []
    for (when, precision), sentences in events.items():
        plainest = min(sentences, key=lambda sid: (len(text.get(sid, "")), sid))
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


def _sentence_order(sentence_id: str) -> tuple[str, int]:
    article, _, index = sentence_id.rpartition(":")
    return (article, int(index) if index.isdigit() else 0)


def _trim(text: str) -> str:
    if len(text) <= MAX_TEXT:
        return text
    return text[: MAX_TEXT - 1].rsplit(" ", 1)[0] + "…"
