"""What each sentence of a story states, for aligning and comparing sources (the claim table).

A sentence's facts: its stemmed content terms (a light suffix stripper, enough to match
"attacks"/"attack"), the entities it mentions (resolved by alias, so "Baghdadi" is "Abu Bakr
al-Baghdadi", and a demonym joined to its place, "Turkish" -> "Turkey"), its quantities and dates
from the NLP layer, and the outlets it attributes information to ("according to Reuters").
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from newsweave.independence import independence_groups
from newsweave.model import Annotations, Article, DateRef, Entity, Quantity, Sentence
from newsweave.nlp.lexicon import STOP_WORDS
from newsweave.readable import page_link, page_note

__all__ = [
    "Facts",
    "describe",
    "document_frequencies",
    "inverse_frequencies",
    "names_only",
    "norm_name",
    "stem",
    "stems",
]

ENTITY_WEIGHT = 2
"""An entity counts as this many words among a sentence's terms: two sentences naming the same
people and places are likelier to tell the same fact than two sharing common words."""

MIN_CONTENT_WORDS = 2
"""A sentence with fewer content words is no claim of its own: a piece of a quotation broken into
sentences ("No police.", "No help.", "Is the photo of him?"), which five outlets printing one
quotation had made a fact "agreed by 5 independent sources"."""

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+|\d[\d.,]*")

_TOKEN = re.compile(r"\w+")

_BRACKETED = re.compile(r"\[[^\[\]]*\]\.?$")
"""A sentence wholly in square brackets: a page's link to another story or an editor's note
("[Spirit clinches home-field advantage in playoffs with 2-1 victory over Reign]", "[image via
Shutterstock]"), not a statement; "[T]he poll finds ..." is one."""

_ATTRIBUTION = re.compile(
    r"\b(?:according to|cited by|quoted by|told|reported by|said in a statement to)\s+(?:the\s+)?"
    r"(?P<a>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
    r"|(?P<b>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s+(?:reported|said it had learned|reports)\b"
)


@dataclass
class Facts:
    """What one sentence states; ``lowercase`` is shared by the whole story."""

    sentence: Sentence
    article: Article
    group: str  # whom it is aligned against: another outlet, or another version of one story
    order: int
    source: str = ""  # the independent source it counts for (versions of one story are one)
    terms: Counter[str] = field(default_factory=Counter)
    entities: set[str] = field(default_factory=set)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    attributes_to: set[str] = field(default_factory=set)
    norm: float = 0.0
    weighted: dict[str, float] = field(default_factory=dict)  # term -> tf * idf in its story
    lowercase: frozenset[str] = frozenset()  # words the story writes in lower case somewhere
    plain: frozenset[str] = frozenset()  # the terms of its words not capitalised (no part of a name)
    framing: frozenset[str] = frozenset()  # how it describes its people, and its relative dates ("this week")
    persons: frozenset[str] = frozenset()  # the entities among ``entities`` that are people
    referent: str = ""  # how the sentence names the one person it names, when it names one


# -- 1. facts -------------------------------------------------------------------------------------
def describe_story(articles: list[Article], notes: Annotations) -> tuple[list[Facts], list[Facts]]:
    """``describe`` a story's articles: aligned outlet against outlet and version against version
    of one story, each counted once per independent source (``independence_groups``)."""
    return describe(articles, notes, independence_groups(articles, versions_apart=True), independence_groups(articles))


def describe(
    articles: list[Article], notes: Annotations, groups: dict[str, str], sources: dict[str, str] | None = None
) -> tuple[list[Facts], list[Facts]]:
    """Facts of the originals' sentences, and of the sentences a reprint changed (those whose text
    is not in its original): an edited reprint may change a figure, which is worth showing.
    ``groups``: each article's group as the claim table aligns them; ``sources``: the independent
    source each counts for (``groups`` if not given)."""
    sources = sources or groups
    quantities = defaultdict(list)
    for q in notes.quantities:
        quantities[q.sentence].append(q)
    dates = defaultdict(list)
    for d in notes.dates:
        dates[d.sentence].append(d)
    same_as = _demonyms(notes)
    people = {e.id: e for e in notes.entities if e.type == "person"}
    texts = {a.id: {s.text for s in a.sentences} for a in articles if not a.duplicate_of}
    facts: list[Facts] = []
    reprints: list[Facts] = []
    for article in articles:
        original = texts.get(article.duplicate_of or "", set())
        for sentence in article.sentences:
            if article.duplicate_of and sentence.text in original:
                continue  # a reprint's unchanged sentence says nothing its original does not
            if _BRACKETED.match(sentence.text) or page_link(sentence.text) or page_note(sentence.text):
                # an editor's link or note: "[Spirit clinches ...]", "(Also on POLITICO: ...)", "This
                # article was amended on 9 June 2016." (which three Multi-News pages of one day
                # had "corroborated" with two tweets' sign-offs of the same date)
                continue
            words, plain = stems_and_plain(sentence.text)
            if len(words) < MIN_CONTENT_WORDS:
                continue  # "No police.": a piece of a quotation
            f = Facts(sentence, article, groups[article.id], len(facts) + len(reprints), source=sources[article.id])
            f.entities = {same_as.get(e, e) for e in notes.sentence_entities.get(sentence.id, ())}
            f.terms = Counter(words)
            f.plain = frozenset(plain)
            for e in f.entities:
                f.terms[f"e:{e}"] += ENTITY_WEIGHT
            f.quantities = quantities.get(sentence.id, [])
            f.dates = dates.get(sentence.id, [])
            f.persons = frozenset(e for e in f.entities if e in people)
            if f.persons or f.dates:  # a year or a day is a fact to share ("in 2009"), "this week" is not
                named = [people[e] for e in f.persons]
                f.framing = describing(sentence.text, named).union(*(stems(d.text) for d in f.dates if d.relative))
            f.attributes_to = {norm_name(m.group("a") or m.group("b")) for m in _ATTRIBUTION.finditer(sentence.text)}
            (reprints if article.duplicate_of else facts).append(f)
    lowercase = frozenset(w for f in facts for w in _TOKEN.findall(f.sentence.text) if w.islower())
    for f in facts + reprints:
        f.lowercase = lowercase
    return facts, reprints


def describing(text: str, people: list[Entity]) -> frozenset[str]:
    """The stemmed words a sentence describes the people it names with: a title right before a name
    ("union director Billy Hunter"), an apposition after it ("Billy Hunter, the union's executive
    director,") or before it ("The NBA's deputy commissioner, Russ Granik, said"). Two sentences
    that describe one man alike share these words whatever each says he did."""
    out: list[str] = []
    for person in people:
        mention = name_in(person, text)
        at = text.find(mention)
        if at < 0:
            continue
        before, after = text[:at], text[at + len(mention) :]
        title = _TITLE_BEFORE.search(before, max(0, at - 80))
        if title:
            words = title.group(1).split()
            # the words after the last stop word: "save the country from Donald Trump" has none;
            # after "and", "which", "who", the first is a verb ("which stars Vin Diesel")
            stop = max((n for n, w in enumerate(words) if w.lower() in STOP_WORDS), default=-1)
            if stop >= 0 and words[stop].lower() in _CLAUSE_LINKS:
                stop += 1
            out += stems(" ".join(words[stop + 1 :]))
        apposed = _APPOSITION_AFTER.match(after) or (_SAID.search(before) and _APPOSITION_LAST.match(after))
        if apposed:
            out += stems(apposed.group(1))
        if after.startswith(","):
            apposed = _APPOSITION_BEFORE.search(before, max(0, at - 80))
            if apposed:
                out += stems(apposed.group(1))
    return frozenset(out)


def names_only(a: Facts, b: Facts) -> bool:
    """Whether two sentences share no term but names: none that either writes in lower case
    ("the Nobel Prize for Literature" / "the literature prize" share one) other than words both
    describe their people with (``describing``: '"If we win, I think it just emboldens the
    spirit and resolve of the players," union director Billy Hunter said.' / "Billy Hunter, the
    union's executive director, offered a glimmer of hope.") or both write in their dates ("this
    week"), and no kind of figure ("costing Secure America $1 million" / "reserved $500,000 of
    airtime in" the same three cities)."""
    shared = (a.plain & b.terms.keys()) | (b.plain & a.terms.keys())
    if shared and not shared <= a.framing & b.framing:
        return False
    return not (a.quantities and b.quantities and {q.unit for q in a.quantities} & {q.unit for q in b.quantities})


_TITLE_BEFORE = re.compile(r"\b((?:[A-Za-z][\w'’&-]*\s+){1,4})$")
"""Up to four words right before a name, with no punctuation between."""
_CLAUSE_LINKS = frozenset({"and", "or", "but", "nor", "which", "who", "that"})
_APPOSITION_AFTER = re.compile(r"^,\s+(?:the\s+)?([^,;()“”\"]{3,80}?)(?:,|\s+(?:said|says|who|told)\b)")
"""A phrase set after a name between commas (or before "said", "who")."""
_APPOSITION_LAST = re.compile(r"^,\s+((?:[\w'’&.-]+\s+){0,4}[\w'’&-]+)\.?$")
"""A phrase of up to five words after a name that ends the sentence ("said X, union executive director."),
after "said": after a subject it is what the sentence says ("X, announced the cancellation.")."""
_SAID = re.compile(r"\b(?:said|says|according to)\s+$")
_APPOSITION_BEFORE = re.compile(
    r"(?:^|[,;:][”\"]?\s+|\b(?=[Tt]he\s|[A-Z][\w.&-]*['’]s\s))((?:[\w'’&.-]+\s+){0,5}[\w'’&.-]+),\s+$"
)
"""A phrase of up to six words set before a name that a comma follows, opening a clause or definite
("attended the meeting with the union's executive director, Billy Hunter, and union lawyers")."""


def name_in(entity: Entity, text: str) -> str:
    """How the sentence names the entity: the longest of its names found in the text."""
    found = [n for n in (entity.name, *entity.aliases) if n in text]
    return max(found, key=len) if found else entity.name


def _demonyms(notes: Annotations) -> dict[str, str]:
    """Group entities named after a place ("Turkish", "Syrian", "Iraqi") -> that place's entity, so
    "Turkish troops" and "invade Turkey" share it. Matched by a common stem of 4+ letters."""
    places = [(e.name.lower(), e.id) for e in notes.entities if e.type == "place"]
    out = {}
    for e in notes.entities:
        if e.type != "group":
            continue
        name = e.name.lower()
        for place, pid in places:
            n = 0
            while n < min(len(place), len(name)) and place[n] == name[n]:
                n += 1
            if n >= 4 and n >= min(len(place), len(name)) - 3:
                out[e.id] = pid
                break
    return out


_STEM_CACHE: dict[str, str] = {}

_POSSESSIVE = re.compile(r"['’]s$")


def stems(text: str) -> list[str]:
    """The stemmed content words of a text, in order."""
    return stems_and_plain(text)[0]


def stems_and_plain(text: str) -> tuple[list[str], list[str]]:
    """The stemmed content words of a text, in order, and those of them written in lower case or
    as figures: the words that are no part of a name (a capitalised word opening a sentence may
    be either, and counts as a name)."""
    out = []
    plain = []
    for word in _WORD.findall(text):
        low = _POSSESSIVE.sub("", word.lower()).strip("'’-.,")
        if len(low) < 2 or low in STOP_WORDS:
            continue
        stemmed = _STEM_CACHE.get(low)
        if stemmed is None:
            stemmed = _STEM_CACHE[low] = stem(low)
        out.append(stemmed)
        if not word[0].isupper():
            plain.append(stemmed)
    return out, plain


def stem(word: str) -> str:
    """A light suffix stripper: enough to match "attacks"/"attack", "called"/"calling"."""
    for suffix in ("ings", "ing", "edly", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def document_frequencies(facts: list[Facts]) -> Counter[str]:
    """In how many sentences each term occurs."""
    df: Counter[str] = Counter()
    for f in facts:
        df.update(set(f.terms))
    return df


def inverse_frequencies(df: Counter[str], n: int) -> dict[str, float]:
    return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}


def norm_name(name: str | None) -> str:
    return " ".join((name or "").lower().replace("the ", "").strip(" .,;:’'").split())
