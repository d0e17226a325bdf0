"""Data types passed between the stages, and the JSON contract "newsweave/1".

Every stage takes and returns these dataclasses (never dicts of dicts). ``to_dict`` methods
produce exactly the field names documented in DESIGN.md; fields may be added, never renamed.

Identity:
- an article id is the id given in metadata, else the file stem, else a short content hash;
- a sentence id is ``"<article id>:<index>"`` over body sentences, from 0;
- every citation anywhere is a list of sentence ids.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

SCHEMA = "newsweave/1"

PublishedFrom = Literal["metadata", "text", "inferred"]
ClaimStatus = Literal["corroborated", "single_source", "conflict"]
ConflictKind = Literal["number", "date", "name", "quote"]
Precision = Literal["day", "month", "year"]


def sentence_id(article_id: str, index: int) -> str:
    """The citation id of body sentence ``index`` of an article."""
    return f"{article_id}:{index}"


def article_of(sentence: str) -> str:
    """The article id a sentence id belongs to (article ids may themselves contain colons)."""
    return sentence.rsplit(":", 1)[0]


@dataclass(slots=True)
class InputWarning:
    """Something wrong with one input; the rest of the batch goes on."""

    input: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"input": self.input, "message": self.message}


@dataclass(slots=True)
class RawArticle:
    """What a reader found in one input, before cleaning.

    ``text`` is plain text (HTML has already been through trafilatura); it may still hold
    news boilerplate such as bylines, datelines, captions and credit lines.
    """

    input: str
    text: str
    id: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    dateline: str | None = None
    """A dateline given apart from the text (Reuters-21578: "SALVADOR, Feb 26 -")."""
    section: str | None = None
    """The publisher's section ("Opinion", "World"): an HTML page's ``article:section``, a JSONL
    ``section`` or ``category``, a feed entry's first category."""


@dataclass(slots=True)
class Dateline:
    place: str | None
    agency: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"place": self.place, "agency": self.agency}


@dataclass(slots=True)
class Sentence:
    id: str
    text: str
    paragraph: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text}


@dataclass(slots=True)
class Article:
    """A cleaned article: body sentences only, boilerplate moved into fields."""

    id: str
    sentences: list[Sentence]
    title: str | None = None
    source: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    published: datetime | None = None
    published_from: PublishedFrom | None = None
    language: str | None = None
    duplicate_of: str | None = None
    input: str = ""
    removed: list[str] = field(default_factory=list)
    section: str | None = None
    opinion: bool = False
    """An opinion piece, a news analysis or a fact check (``clean.opinion``): a source the summary
    weighs but does not speak through while news reports of the story have sentences to take."""

    @property
    def text(self) -> str:
        """The body text, one sentence after another (paragraphs kept apart by blank lines)."""
        parts: list[str] = []
        last = None
        for s in self.sentences:
            if last is not None:
                parts.append("\n\n" if s.paragraph != last else " ")
            parts.append(s.text)
            last = s.paragraph
        return "".join(parts)

    @property
    def published_date(self) -> date | None:
        return self.published.date() if self.published else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "authors": list(self.authors),
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "published": iso(self.published),
            "published_from": self.published_from,
            "language": self.language,
            "duplicate_of": self.duplicate_of,
            "section": self.section,
            "opinion": self.opinion,
            "sentences": [s.to_dict() for s in self.sentences],
        }


@dataclass(slots=True)
class SummarySentence:
    text: str
    citations: list[str]
    conflicts: list[str] = field(default_factory=list)
    """Ids of the claims in conflict that this sentence's evidence is part of: the sources differ
    on something it says (set with the claim table; empty without it)."""

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "citations": list(self.citations), "conflicts": list(self.conflicts)}


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    mentions: int = 0
    sentences: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "articles": list(self.articles),
            "mentions": self.mentions,
        }


@dataclass(slots=True)
class Quote:
    """A direct quotation. ``speaker`` is the entity id of a named speaker; ``speaker_name`` is
    how the speaker is shown: that entity's name, or for someone the article does not name, its
    description ("the company", "a Democratic strategist", "One young woman shopper"); both are
    None when no speaker is found."""

    id: str
    text: str
    speaker: str | None
    speaker_name: str | None
    sentence: str
    also_in: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": self.text,
            "speaker": self.speaker,
            "speaker_name": self.speaker_name,
            "sentence": self.sentence,
            "also_in": list(self.also_in),
        }


@dataclass(slots=True)
class Quantity:
    value: float
    unit: str | None
    approx: str | None
    text: str
    sentence: str
    measure: str | None = None
    """What is counted or measured ("tape", "recording", "people"), for matching across sources."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": _number(self.value),
            "unit": self.unit,
            "approx": self.approx,
            "text": self.text,
            "sentence": self.sentence,
        }


@dataclass(slots=True)
class DateRef:
    text: str
    date: date | None
    precision: Precision | None
    relative: bool
    sentence: str
    # The date belongs to the name of a thing ("the 1993 Oslo accord", "the invasion of 2003"),
    # not to what the sentence says happened: no event of the timeline.
    attributive: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "date": self.date.isoformat() if self.date else None,
            "precision": self.precision,
            "relative": self.relative,
            "attributive": self.attributive,
            "sentence": self.sentence,
        }


@dataclass(slots=True)
class ConflictValue:
    value: Any
    unit: str | None
    text: str
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        value = self.value
        if isinstance(value, float):
            value = _number(value)
        elif isinstance(value, date):
            value = value.isoformat()
        return {"value": value, "unit": self.unit, "text": self.text, "sentence": self.sentence}


@dataclass(slots=True)
class Conflict:
    kind: ConflictKind
    values: list[ConflictValue]
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "values": [v.to_dict() for v in self.values]}
        if self.note:
            out["note"] = self.note
        return out


@dataclass(slots=True)
class Claim:
    id: str
    status: ClaimStatus
    text: str
    sentences: list[str]
    sources: list[str]
    independent_sources: int
    conflicts: list[Conflict] = field(default_factory=list)
    unique: list[str] = field(default_factory=list)
    """Of a single-source claim, the names and figures in it that no other independent source
    mentions ("Libya", "1.5 million people"): what makes it single-source when other sources
    tell the rest of the sentence."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "status": self.status,
            "text": self.text,
            "sentences": list(self.sentences),
            "sources": list(self.sources),
            "independent_sources": self.independent_sources,
            "conflicts": [c.to_dict() for c in self.conflicts],
            "unique": list(self.unique),
        }


@dataclass(slots=True)
class TimelineEvent:
    date: date
    precision: Precision
    text: str
    sentences: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date.isoformat(),
            "precision": self.precision,
            "text": self.text,
            "sentences": list(self.sentences),
        }


@dataclass(slots=True)
class Annotations:
    """What the NLP layer found in the articles of one story (input to compare and timeline)."""

    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    sentence_entities: dict[str, list[str]] = field(default_factory=dict)
    """Sentence id -> ids of the entities mentioned in it."""


@dataclass(slots=True)
class Story:
    id: str
    title: str
    articles: list[str]
    sources: list[str]
    independent_sources: int
    summary: list[SummarySentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "articles": list(self.articles),
            "sources": list(self.sources),
            "independent_sources": self.independent_sources,
            "summary": [s.to_dict() for s in self.summary],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
            "quantities": [q.to_dict() for q in self.quantities],
            "dates": [d.to_dict() for d in self.dates],
            "timeline": [t.to_dict() for t in self.timeline],
        }


@dataclass(slots=True)
class Report:
    articles: list[Article]
    stories: list[Story]
    warnings: list[InputWarning] = field(default_factory=list)
    skipped: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "articles": [a.to_dict() for a in self.articles],
            "stories": [s.to_dict() for s in self.stories],
            "warnings": [w.to_dict() for w in self.warnings],
        }

    def article(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)


def iso(moment: datetime | None) -> str | None:
    """ISO-8601 text of a publication moment; a bare date when no time of day was known."""
    if moment is None:
        return None
    if moment.hour == moment.minute == moment.second == moment.microsecond == 0 and moment.tzinfo is None:
        return moment.date().isoformat()
    return moment.isoformat()


def _number(value: float) -> float | int:
    """Whole numbers as int in JSON (30, not 30.0)."""
    return int(value) if float(value).is_integer() else value
