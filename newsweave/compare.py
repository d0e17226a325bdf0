"""The claim table: what the sources agree on, what only one says, and where they conflict.

The cascade, per story:
1. describe every body sentence of the original (non-duplicate) articles: stemmed content terms,
   the entities it mentions (resolved by alias, so "Baghdadi" is "Abu Bakr al-Baghdadi"), its
   quantities and its dates; and the outlets it attributes information to ("according to Reuters");
2. align: candidate pairs come from an inverted index over distinctive terms and entities (never
   all pairs); a pair of sentences from different independent sources is aligned when its
   similarity (TF-IDF cosine plus shared entities and dates) reaches ``ALIGN_THRESHOLD`` and each
   is among the other's best matches; aligned sentences form groups (union-find);
3. conflicts inside a group: different numbers for the same unit and measure, different dates of
   the same precision, different people in the same sentence frame; and, story-wide, the one
   measurement of a kind each source gives (a source's only "N-minute recording") compared across
   sources even when the sentences share no words, and people given one title by two sources
   ("Colorado Attorney General X" / "... Y") in sentences that share a distinctive term; the same
   disagreement found in several pairs of sentences is one claim;
4. claims: groups told by two or more independent sources are ``corroborated`` (an article that
   attributes the fact to the other outlet does not count as independent); salient content only
   one source reports is ``single_source``; groups with a real disagreement are ``conflict``.

Similarity is behind the small ``Similarity`` protocol, so a semantic backend (sentence
embeddings) can replace the lexical default without touching the rest.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Protocol

from rapidfuzz import fuzz

from newsweave.independence import independence_groups
from newsweave.model import (
    Annotations,
    Article,
    Claim,
    Conflict,
    ConflictValue,
    DateRef,
    Entity,
    Quantity,
    Sentence,
)
from newsweave.nlp.lexicon import CURRENCY_SYMBOLS, CURRENCY_WORDS, MEASURE_CLASSES, STOP_WORDS, TITLES, UNITS
from newsweave.options import Options

ALIGN_THRESHOLD = 0.25
"""Similarity for two sentences to report the same thing (cosine scale; see BENCHMARKS.md)."""
ENTITY_WEIGHT = 2
DATE_BONUS = 0.12
CONFLICT_FRAME = 0.35
"""Aligned sentences must be at least this similar before their figures are compared."""
UNIT_FRAME = 0.25
"""... unless each figure names both unit and thing ("42 members", "225-page report")."""
DATE_FRAME = 0.25
"""Aligned sentences at least this similar are compared for dates."""
CONTEXT_WORDS = 2
CONTEXT_FREE = 0.6
"""Below this similarity, two figures or dates conflict only if they share a neighbouring word."""
BARE_NUMBER_FRAME = 0.5
MAGNITUDE = 5.0
"""Figures further apart than this factor are taken to measure different things (e.g. "15 million
people" live in a region, "40 people" died), not to disagree about one."""
"""Two aligned sentences this similar that name different people make a name conflict."""
SINGLE_SOURCE_PER_ARTICLE = 4
MAX_PER_ARTICLE = 2
LOOSE_FRAME = 0.15
"""Sentences this similar that are not aligned are still compared for dates, when the two dates sit
between the same words on both sides ("Israel's 1982 invasion" / "Israel's 1979 invasion")."""
ROLE_FRAME = 0.1
"""Sentences this similar (they share at least a distinctive term) that are not aligned are still
compared for people given the same role ("Colorado Attorney General X" / "... Y")."""
FRAME_WORDS = 3
"""Names in sentences of two sources between the same three words on each side (or the sentence's
edge) are given one role, whatever the rest of the sentences say."""
SPELLING_RATIO = 80.0
"""rapidfuzz ratio above which two name words are one name spelt two ways ("Muammar" / "Moammar"
85.7); different names score far lower ("Keba Mbaye" / "Dick Pound" 10)."""
ROUNDING = {"about": 0.1, "nearly": 0.1}
"""Relative tolerance of an approximate figure ("about 30" is consistent with 31)."""

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+|\d[\d.,]*")
_TOKEN = re.compile(r"\w+")
_ATTRIBUTION = re.compile(
    r"\b(?:according to|cited by|quoted by|told|reported by|said in a statement to)\s+(?:the\s+)?"
    r"(?P<a>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})"
    r"|(?P<b>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})\s+(?:reported|said it had learned|reports)\b"
)


class Similarity(Protocol):
    """How alike two sentences are, on a 0..1+ scale where ``ALIGN_THRESHOLD`` means "the same"."""

    def __call__(self, a: _Facts, b: _Facts) -> float: ...


@dataclass
class _Facts:
    sentence: Sentence
    article: Article
    group: str
    order: int
    terms: Counter[str] = field(default_factory=Counter)
    entities: set[str] = field(default_factory=set)
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    attributes_to: set[str] = field(default_factory=set)
    norm: float = 0.0
    named: set[str] = field(default_factory=set)  # entities the whole article names
    lowercase: frozenset[str] = frozenset()  # words the story writes in lower case somewhere


class LexicalSimilarity:
    """TF-IDF cosine of stemmed content words and entities (an entity counts as ``ENTITY_WEIGHT``
    words, weighted by its rarity in the story like any term), plus a bonus for a shared date."""

    def __init__(self, idf: dict[str, float]) -> None:
        self.idf = idf

    def __call__(self, a: _Facts, b: _Facts) -> float:
        dot = sum(tf * b.terms[t] * self.idf[t] ** 2 for t, tf in a.terms.items() if t in b.terms)
        cosine = dot / (a.norm * b.norm) if a.norm and b.norm else 0.0
        shared_dates = {(d.date, d.precision) for d in a.dates if d.date and not d.relative} & {
            (d.date, d.precision) for d in b.dates if d.date and not d.relative
        }
        return cosine + DATE_BONUS * bool(shared_dates)


def compare(articles: list[Article], annotations: Annotations, options: Options | None = None) -> list[Claim]:
    """The claim table of one story: conflicts first, then corroborated, then single-source claims."""
    groups = independence_groups(articles)
    facts, reprints = _describe(articles, annotations, groups)
    if not facts:
        return []
    df = _document_frequencies(facts)
    idf = _idf(df, len(facts))
    unseen = math.log(1 + len(facts)) + 1.0  # the idf of a term no original sentence has
    for f in facts + reprints:
        f.norm = math.sqrt(sum((tf * idf.get(t, unseen)) ** 2 for t, tf in f.terms.items()))
    similarity: Similarity = LexicalSimilarity(idf)
    aligned, pairs, loose = _align(facts, similarity, df)
    pair_conflicts: dict[str, list[Conflict]] = defaultdict(list)
    people = {e.id: e for e in annotations.entities if e.type == "person"}
    for a, b, score in pairs:
        pair_conflicts[a.sentence.id].extend(_conflicts(a, b, score, people))
    names = _source_names(articles)

    claims: list[tuple[int, tuple, Claim]] = []
    in_claim: set[str] = set()
    for members in aligned:
        conflicts = [c for m in members for c in pair_conflicts.get(m.sentence.id, ())]
        real = [c for c in conflicts if not (c.note or "").startswith("not a conflict")]
        independent = _independent(members)
        sources = _sources(members, names)
        text = _representative(members, similarity).sentence.text
        ids = [m.sentence.id for m in members]
        first = min(m.order for m in members)
        if real:
            claims.append((0, (first,), Claim("", "conflict", text, ids, sources, independent, conflicts)))
        elif independent >= 2:
            claims.append(
                (1, (-independent, first), Claim("", "corroborated", text, ids, sources, independent, conflicts))
            )
        else:  # the others only relay this source ("according to Reuters"): still one source
            claims.append((2, (first,), Claim("", "single_source", text, ids, sources, independent, conflicts)))
        in_claim.update(ids)

    story_wide = [([c], pair) for c, pair in _story_measurements(facts, in_claim)]
    for a, b, score in loose:
        found = _role_conflicts(a, b, people)
        if not found and score >= LOOSE_FRAME and a.dates and b.dates:
            found = _date_conflicts(a, b, score, loose=True)
        if found:
            story_wide.append((found, [a, b]))
    for found, pair in story_wide + _reprint_conflicts(facts, reprints, similarity, people):
        first = min(p.order for p in pair)
        text = " / ".join(p.sentence.text for p in pair)
        claims.append(
            (
                0,
                (first,),
                Claim(
                    "",
                    "conflict",
                    text,
                    [p.sentence.id for p in pair],
                    _sources(pair, names),
                    _independent(pair),
                    found,
                ),
            )
        )

    claims = _merge_same_conflicts(claims, facts, names)
    in_conflict = {sid for kind, _, claim in claims if kind == 0 for sid in claim.sentences}
    for f in _single_source(facts, aligned, annotations, in_conflict):
        claims.append(
            (2, (f.order,), Claim("", "single_source", f.sentence.text, [f.sentence.id], _sources([f], names), 1))
        )

    claims.sort(key=lambda c: (c[0], c[1]))
    out = []
    for n, (_, _, claim) in enumerate(claims, start=1):
        claim.id = f"c{n}"
        out.append(claim)
    return out


def _merge_same_conflicts(
    claims: list[tuple[int, tuple, Claim]], facts: list[_Facts], names: dict[str, str]
) -> list[tuple[int, tuple, Claim]]:
    """One claim per disagreement: sentence pairs that disagree on the same values ("about 180" vs
    "155" told in four pairs of sentences) become one conflict citing all of them."""
    by_id = {f.sentence.id: f for f in facts}
    out: list[tuple[int, tuple, Claim]] = []
    seen: dict[frozenset, Claim] = {}
    for kind, order, claim in claims:
        real = [c for c in claim.conflicts if not (c.note or "").startswith("not a conflict")]
        key = frozenset((c.kind, frozenset(str(v.value) for v in c.values)) for c in real)
        first = seen.get(key) if kind == 0 and real else None
        if first is None:
            if kind == 0 and real:
                seen[key] = claim
                claim.conflicts = _distinct(real) + [c for c in claim.conflicts if c not in real]
            out.append((kind, order, claim))
            continue
        first.sentences += [s for s in claim.sentences if s not in first.sentences]
        members = [by_id[s] for s in first.sentences if s in by_id]
        first.sources = _sources(members, names)
        first.independent_sources = _independent(members)
        for conflict in first.conflicts:
            cited = {v.sentence for v in conflict.values}
            twin = next(c for c in real if c.kind == conflict.kind)
            conflict.values += [v for v in twin.values if v.sentence not in cited]
    return out


def _distinct(conflicts: list[Conflict]) -> list[Conflict]:
    """Conflicts on the same values found in several sentence pairs, as one conflict each."""
    out: dict[tuple, Conflict] = {}
    for c in conflicts:
        key = (c.kind, frozenset(str(v.value) for v in c.values))
        if key not in out:
            out[key] = Conflict(c.kind, list(c.values), c.note)
            continue
        known = {(v.sentence, str(v.value)) for v in out[key].values}
        out[key].values += [v for v in c.values if (v.sentence, str(v.value)) not in known]
    return list(out.values())


# -- 1. facts -------------------------------------------------------------------------------------
def _describe(articles: list[Article], notes: Annotations, groups: dict[str, str]) -> tuple[list[_Facts], list[_Facts]]:
    """Facts of the originals' sentences, and of the sentences a reprint changed (those whose text
    is not in its original): an edited reprint may change a figure, which is worth showing."""
    quantities = defaultdict(list)
    for q in notes.quantities:
        quantities[q.sentence].append(q)
    dates = defaultdict(list)
    for d in notes.dates:
        dates[d.sentence].append(d)
    same_as = _demonyms(notes)
    texts = {a.id: {s.text for s in a.sentences} for a in articles if not a.duplicate_of}
    facts: list[_Facts] = []
    reprints: list[_Facts] = []
    for article in articles:
        original = texts.get(article.duplicate_of or "", set())
        for sentence in article.sentences:
            if article.duplicate_of and sentence.text in original:
                continue  # a reprint's unchanged sentence says nothing its original does not
            f = _Facts(sentence=sentence, article=article, group=groups[article.id], order=len(facts) + len(reprints))
            f.entities = {same_as.get(e, e) for e in notes.sentence_entities.get(sentence.id, ())}
            f.terms = Counter(_stems(sentence.text))
            for e in f.entities:
                f.terms[f"e:{e}"] += ENTITY_WEIGHT
            f.quantities = quantities.get(sentence.id, [])
            f.dates = dates.get(sentence.id, [])
            f.attributes_to = {_norm(m.group("a") or m.group("b")) for m in _ATTRIBUTION.finditer(sentence.text)}
            (reprints if article.duplicate_of else facts).append(f)
    named: dict[str, set[str]] = defaultdict(set)
    lowercase = frozenset(w for f in facts for w in _TOKEN.findall(f.sentence.text) if w.islower())
    for f in facts + reprints:
        named[f.article.id] |= f.entities
        f.named = named[f.article.id]
        f.lowercase = lowercase
    return facts, reprints


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


def _stems(text: str) -> list[str]:
    out = []
    for word in _WORD.findall(text):
        low = _POSSESSIVE.sub("", word.lower()).strip("'’-.,")
        if len(low) < 2 or low in STOP_WORDS:
            continue
        stem = _STEM_CACHE.get(low)
        if stem is None:
            stem = _STEM_CACHE[low] = _stem(low)
        out.append(stem)
    return out


def _stem(word: str) -> str:
    """A light suffix stripper: enough to match "attacks"/"attack", "called"/"calling"."""
    for suffix in ("ings", "ing", "edly", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _document_frequencies(facts: list[_Facts]) -> Counter[str]:
    """In how many sentences each term occurs."""
    df: Counter[str] = Counter()
    for f in facts:
        df.update(set(f.terms))
    return df


def _idf(df: Counter[str], n: int) -> dict[str, float]:
    return {t: math.log((1 + n) / (1 + c)) + 1.0 for t, c in df.items()}


# -- 2. alignment --------------------------------------------------------------------------------
def _align(
    facts: list[_Facts], similarity: Similarity, df: Counter[str]
) -> tuple[list[list[_Facts]], list[tuple[_Facts, _Facts, float]]]:
    """Groups of sentences from two or more independent sources that report the same thing, the
    aligned pairs themselves (each sentence the other's best match in its source), and the other
    candidate pairs at least ``ROLE_FRAME`` alike (compared only for dates and roles)."""
    index: dict[str, list[int]] = defaultdict(list)
    common = max(3, len(facts) // 4)
    for i, f in enumerate(facts):
        for key in f.terms:
            if df[key] <= common:
                index[key].append(i)

    best: dict[tuple[int, str], tuple[float, int]] = {}
    scores: dict[tuple[int, int], float] = {}
    loose: list[tuple[_Facts, _Facts, float]] = []
    for i, f in enumerate(facts):
        seen: set[int] = set()
        for key in f.terms:
            for j in index.get(key, ()):
                if j <= i or j in seen or facts[j].group == f.group:
                    continue
                seen.add(j)
                score = similarity(f, facts[j])
                if score >= ROLE_FRAME:
                    scores[(i, j)] = score
                if score < ALIGN_THRESHOLD:
                    continue
                for a, b in ((i, j), (j, i)):
                    key2 = (a, facts[b].group)
                    if key2 not in best or score > best[key2][0]:
                        best[key2] = (score, b)

    parent = list(range(len(facts)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    pairs = []
    for (i, j), score in sorted(scores.items()):
        # keep a link only when each sentence is the other's best match in that source: this stops
        # a long article from chaining every loosely related sentence into one group
        if score >= ALIGN_THRESHOLD and best[(i, facts[j].group)][1] == j and best[(j, facts[i].group)][1] == i:
            pairs.append((facts[i], facts[j], score))
        else:
            loose.append((facts[i], facts[j], score))

    # Join linked sentences into groups, strongest links first, but never so that a group holds
    # more than ``MAX_PER_ARTICLE`` sentences of one article: across ten articles, chains of
    # best matches would otherwise grow into one "claim" of dozens of loosely related sentences.
    index_of = {id(f): n for n, f in enumerate(facts)}
    per_article: dict[int, Counter[str]] = {n: Counter([f.article.id]) for n, f in enumerate(facts)}
    for a, b, _score in sorted(pairs, key=lambda p: (-p[2], p[0].order, p[1].order)):
        ra, rb = find(index_of[id(a)]), find(index_of[id(b)])
        if ra == rb:
            continue
        merged = per_article[ra] + per_article[rb]
        if max(merged.values()) > MAX_PER_ARTICLE:
            continue
        parent[rb] = ra
        per_article[ra] = merged
    components: dict[int, list[_Facts]] = defaultdict(list)
    for i, f in enumerate(facts):
        components[find(i)].append(f)
    groups = [sorted(m, key=lambda f: f.order) for m in components.values() if len({f.group for f in m}) >= 2]
    return groups, pairs, loose


def _representative(members: list[_Facts], similarity: Similarity) -> _Facts:
    """The sentence most like the others (ties: the earliest)."""
    if len(members) <= 2:
        return members[0]
    return max(members, key=lambda f: (sum(similarity(f, g) for g in members if g is not f), -f.order))


# -- 3. conflicts ----------------------------------------------------------------------------------
def _measure_class(q: Quantity) -> str | None:
    if q.measure is None:
        return None
    word = q.measure.lower()
    return MEASURE_CLASSES.get(word, MEASURE_CLASSES.get(word.rstrip("s"), word.rstrip("s")))


def _disagreement(a: Quantity, b: Quantity) -> str | None:
    """None when two figures agree; else a note saying whether it is rounding or a real disagreement."""
    if a.value == b.value or _owner(a) != _owner(b):
        return None  # equal, or two people's ages ("Anwar, 51" and "Mahathir, 72")
    low, high = sorted((abs(a.value), abs(b.value)))
    if low == 0 or high / low > MAGNITUDE:
        return None  # an order of magnitude apart: figures of different things, not two accounts
    # "at least 60" vs "at least 80" state different bounds: only a bound and a figure can agree
    if not (a.approx in _BOUNDS and a.approx == b.approx):
        note = _within_bound_or_rounding(a, b)
        if note != "":
            return note
    spread = abs(a.value - b.value) / max(abs(a.value), abs(b.value))
    return f"real disagreement: {_show(a.value)} vs {_show(b.value)} {a.unit or ''} ({spread:.0%} apart)".replace(
        "  ", " "
    )


def _owner(q: Quantity) -> str | None:
    """Whose age an age in apposition is ("Anwar, 51" -> "anwar"); None for other figures."""
    return q.text.split(",")[0].split()[-1].lower() if q.measure == "age" else None


_BOUNDS = frozenset({"more than", "at least", "less than", "up to"})


def _within_bound_or_rounding(a: Quantity, b: Quantity) -> str | None:
    """None when one figure is a bound the other satisfies, a "not a conflict" note when they differ
    by rounding, "" when neither explains the difference."""
    for x, y in ((a, b), (b, a)):
        if x.approx in ("more than", "at least") and y.value >= x.value:
            return None if x.approx == "at least" or y.value > x.value else ""
        if x.approx in ("less than", "up to") and y.value <= x.value:
            return None
        tolerance = ROUNDING.get(x.approx or "")
        if tolerance and abs(x.value - y.value) <= tolerance * max(abs(x.value), abs(y.value)):
            return f"not a conflict: within rounding ({x.approx} {_show(x.value)} vs {_show(y.value)})"
    return ""


def _conflicts(a: _Facts, b: _Facts, score: float, people: dict[str, Entity]) -> list[Conflict]:
    """What two aligned sentences disagree on; each kind asks for its own closeness of wording."""
    names = _name_conflicts(a, b, people, score) or _role_conflicts(a, b, people)
    return _number_conflicts(a, b, score) + _date_conflicts(a, b, score) + names


def _context(text: str, mention: str, width: int) -> tuple[set[str], set[str]]:
    """Stemmed content words within ``width`` words before, and after, a mention in a sentence."""
    at = text.find(mention)
    if at < 0:
        return set(), set()
    before = _stems(text[:at])[-width:]
    after = _stems(text[at + len(mention) :])[:width]
    return {w for w in before if not w[0].isdigit()}, {w for w in after if not w[0].isdigit()}


def _same_context(a: _Facts, b: _Facts, mention_a: str, mention_b: str, score: float) -> bool:
    """Whether two figures or dates sit among the same words in their sentences. Sentences that
    tell the same thing may still give several facts ("moving at 8 mph" and "winds of 120 mph");
    a changed figure in a retold fact keeps its neighbours."""
    if score >= CONTEXT_FREE:
        return True
    before_a, after_a = _context(a.sentence.text, mention_a, CONTEXT_WORDS)
    before_b, after_b = _context(b.sentence.text, mention_b, CONTEXT_WORDS)
    return bool((before_a | after_a) & (before_b | after_b))


def _same_role(a: _Facts, b: _Facts, mention_a: str, mention_b: str) -> bool:
    """Whether two names sit between the same words on both sides ("tycoon X said" / "tycoon Y
    said"); a side that is empty in both sentences (the name starts or ends it) counts as alike."""
    before_a, after_a = _context(a.sentence.text, mention_a, CONTEXT_WORDS)
    before_b, after_b = _context(b.sentence.text, mention_b, CONTEXT_WORDS)
    return all(x & y or not (x or y) for x, y in ((before_a, before_b), (after_a, after_b)))


def _mention(entity: Entity, text: str) -> str:
    """How the sentence names the entity: the longest of its names found in the text."""
    found = [n for n in (entity.name, *entity.aliases) if n in text]
    return max(found, key=len) if found else entity.name


def _reprint_conflicts(
    facts: list[_Facts], reprints: list[_Facts], similarity: Similarity, people: dict[str, Entity]
) -> list[tuple[list[Conflict], list[_Facts]]]:
    """A reprint's changed sentence against the sentence of its original it rewrites."""
    by_article: dict[str, list[_Facts]] = defaultdict(list)
    for f in facts:
        by_article[f.article.id].append(f)
    out = []
    for r in reprints:
        scored = [(similarity(f, r), -f.order, f) for f in by_article.get(r.article.duplicate_of or "", ())]
        if not scored:
            continue
        score, _, f = max(scored, key=lambda x: x[:2])
        found = [c for c in _conflicts(f, r, score, people) if not (c.note or "").startswith("not a conflict")]
        if score >= CONFLICT_FRAME and found:
            out.append((found, [f, r]))
    return out


def _only(quantities: list[Quantity], unit: str | None, kind: str | None) -> Quantity | None:
    """The sentence's one figure of this unit and kind, or None when it has none or several."""
    found = [q for q in quantities if q.unit == unit and _measure_class(q) == kind]
    return found[0] if len(found) == 1 else None


def _number_conflicts(a: _Facts, b: _Facts, score: float) -> list[Conflict]:
    """Different figures of the same unit and kind, each its sentence's only one of that kind.

    A bare number ("won 64 of the 122 seats") may count anything, so it is compared only in
    sentences that tell the same thing in nearly the same words (``BARE_NUMBER_FRAME``).
    """
    if score < UNIT_FRAME:
        return []
    out = []
    for qa in a.quantities:
        if qa.unit is None and score < BARE_NUMBER_FRAME:
            continue
        if qa.measure is None and score < CONFLICT_FRAME:
            continue  # a unit alone ("20 miles") says less about what is measured than "20 miles wide"
        kind = _measure_class(qa)
        qa1, qb = _only(a.quantities, qa.unit, kind), _only(b.quantities, qa.unit, kind)
        if qa1 is None or qb is None:
            continue
        note = _disagreement(qa, qb)
        if note and _same_context(a, b, qa.text, qb.text, score):
            out.append(Conflict("number", [_value(qa), _value(qb)], note))
    if not out and score >= BARE_NUMBER_FRAME and len(a.quantities) == len(b.quantities) == 1:
        # nearly the same words and one figure each: the same figure, even when the noun after it
        # differs ("544 store managers" / "725 women who serve as store managers")
        qa, qb = a.quantities[0], b.quantities[0]
        note = _disagreement(qa, qb)
        if note and (qa.unit == qb.unit or not (qa.unit in _UNITS_OF_MEASURE and qb.unit in _UNITS_OF_MEASURE)):
            out.append(Conflict("number", [_value(qa), _value(qb)], note))
    return out


_UNITS_OF_MEASURE = (
    frozenset(UNITS.values()) | frozenset(CURRENCY_SYMBOLS.values()) | frozenset(CURRENCY_WORDS.values()) | {"percent"}
)
"""Units that say what kind of figure it is (km, USD, percent): two different ones never disagree."""


def _date_conflicts(a: _Facts, b: _Facts, score: float, loose: bool = False) -> list[Conflict]:
    """Two accounts of one event's date: among the dates each sentence gives beyond those both give
    ("from 1960 to 1994" vs "from 1957 to 1994"), the one each gives, or the one pair that sits
    between the same words ("Israel's 1982 invasion" vs "Israel's 1979 invasion"), at the same
    precision. ``loose``: the sentences are not aligned, so only the second kind counts."""
    if score < DATE_FRAME and not loose:
        return []
    dates_a = {(d.date, d.precision): d for d in a.dates if d.date and d.precision and not d.relative}
    dates_b = {(d.date, d.precision): d for d in b.dates if d.date and d.precision and not d.relative}
    shared = dates_a.keys() & dates_b.keys()
    da = [d for k, d in dates_a.items() if k not in shared]
    db = [d for k, d in dates_b.items() if k not in shared]
    same_role = [(x, y) for x in da for y in db if x.precision == y.precision and _same_role(a, b, x.text, y.text)]
    if len(same_role) == 1:
        x, y = same_role[0]
    elif not loose and len(da) == len(db) == 1 and da[0].precision == db[0].precision:
        x, y = da[0], db[0]
        if not _same_context(a, b, x.text, y.text, score):
            return []
    else:
        return []
    return [
        Conflict(
            "date",
            [
                ConflictValue(x.date, x.precision, x.text, a.sentence.id),
                ConflictValue(y.date, y.precision, y.text, b.sentence.id),
            ],
            "real disagreement: different dates for the same event",
        )
    ]


def _name_conflicts(a: _Facts, b: _Facts, people: dict[str, Entity], score: float) -> list[Conflict]:
    """Near-identical sentences that name a different person (one each): "X said" vs "Y said"."""
    only_a = [people[e] for e in a.entities - b.entities if e in people]
    only_b = [people[e] for e in b.entities - a.entities if e in people]
    if len(only_a) != 1 or len(only_b) != 1:
        return []
    pa, pb = only_a[0], only_b[0]
    if _same_person(pa, pb):
        return []
    if not _same_role(a, b, _mention(pa, a.sentence.text), _mention(pb, b.sentence.text)):
        return []  # "spokesman Rubin said" vs "urged that Qin be released": different roles
    return [
        Conflict(
            "name",
            [
                ConflictValue(pa.name, None, pa.name, a.sentence.id),
                ConflictValue(pb.name, None, pb.name, b.sentence.id),
            ],
            "real disagreement: different people in the same role",
        )
    ]


_ROLE_BEFORE = re.compile(r"((?:[A-Za-z][\w.'’&-]*\s+){1,4})$")
_ROLE_COMMA_BEFORE = re.compile(r"((?:[A-Za-z][\w.'’&-]*\s+){0,2}[a-z][\w'’-]*),\s+$")
_ROLE_AFTER = re.compile(
    r"^,\s+(the\s+|(?!an?\b|one\b)(?=[a-z]|[A-Z][\w.&-]*['’]s\s))([^,;()“”\"]{3,120}?)(?:,|\.?$|\s+(?:said|says|who|told)\b)"
)


@dataclass(frozen=True)
class _Role:
    """The title written next to a name: "Colorado Attorney General X", "his spokesman, X",
    "X, the administrator of NASA," (an indefinite "X, a spokesman" is one of several: no role)."""

    title: tuple[str, ...]  # stemmed words right before the name, up to three, nearest last
    apposition: tuple[str, frozenset[str], frozenset[str]]  # a definite apposition after the name:
    # its head noun ("director"), the content words of what it heads ("of the ACLU") or its proper
    # nouns, and which of those are proper nouns


def _role(text: str, mention: str, lowercase: frozenset[str] = frozenset()) -> _Role | None:
    """The title next to a name; ``lowercase``: words the story writes in lower case, so that a
    capitalised word opening the sentence is a proper noun ("Chechen President X") or not ("Rebel
    commander Y")."""
    at = text.find(mention)
    if at < 0:
        return None
    before = text[:at]
    m = _ROLE_BEFORE.search(before) or _ROLE_COMMA_BEFORE.search(before)
    words = m.group(1).split() if m else []
    title: list[str] = []
    proper = False  # a proper-noun qualifier: "IOC president", "Obama campaign manager"
    for n in range(len(words) - 1, -1, -1):
        word = words[n]
        low = word.lower().strip(".,'’")
        if low in _PAST:
            return None  # "former union president X": not who holds the role now
        if len(title) == 4 or low in STOP_WORDS or len(low) < 2 or ("." in word and low in TITLES):
            break  # "Rep.", "Sen.": titles many hold at once
        title.insert(0, _stem(low))
        at_start = n == 0 and not before[: m.start(1)].strip() and low in lowercase
        proper |= word[:1].isupper() and not at_start and _stem(low) not in _GENERIC_TITLE_WORDS
    title = title[-3:]
    if not proper or len(title) < 2:
        title = []  # "Prime Minister X", "rebel commander Y": of which country, which group?
    after = _ROLE_AFTER.match(text[at + len(mention) :])
    head = ""
    rest: frozenset[str] = frozenset()
    proper = frozenset()
    if after:
        # "the administrator of NASA", "Microsoft's chairman and principal strategist", "the
        # Democratic whip": the head noun, and what it heads or the proper nouns that qualify it
        head_text, _, rest_text = after.group(2).partition(" of ")
        head_words = _stems(head_text.split(" and ")[0])
        head = head_words[-1] if head_words else ""
        if rest_text:
            phrase = _PHRASE_END.split(rest_text)[0]
            rest = frozenset(_stems(phrase))
            proper = frozenset(_stem(w.lower()) for w in _TOKEN.findall(phrase) if w[:1].isupper())
        else:
            rest = proper = frozenset(_stem(w.lower()) for w in _TOKEN.findall(head_text) if w[:1].isupper()) - {head}
    if len(title) < 2 and not (head and rest):
        return None
    return _Role(tuple(title) if len(title) >= 2 else (), (head, rest, proper))


_PHRASE_END = re.compile(r"\s+(?:and|for|in|at|on|from|with|of|to|who|that|which)\s+")
_PAST = frozenset({"former", "ex", "then", "late", "previous", "outgoing", "retired", "onetime"})
_GENERIC_TITLE_WORDS = frozenset(
    _stem(w) for w in (*TITLES, "prime", "foreign", "defense", "defence", "finance", "interior", "vice", "deputy")
)
"""Capitalised words of a title itself ("Prime Minister", "Attorney General"), not its qualifier."""


def _same_title(a: _Role, b: _Role) -> bool:
    """The same title ("campaign manager", "White House spokesman") with no qualifier that tells
    them apart ("Italian Foreign Minister" is not "Turkish Foreign Minister"), or definite
    appositions with one head noun over the same things ("speaker of the Palestinian parliament" /
    "speaker of the Palestinian Legislative Council"; not "executive director of the ACLU" /
    "executive director of the Human Rights Campaign")."""
    if a.title and b.title:
        return a.title == b.title
    (head_a, rest_a, proper_a), (head_b, rest_b, proper_b) = a.apposition, b.apposition
    shared = rest_a & rest_b
    # two words in common, or one that both write as a proper noun: "head of the bank" and "the
    # head of the European Central Bank" may be two banks
    enough = len(shared) >= 2 or (len(shared) == 1 and shared <= proper_a & proper_b)
    return bool(head_a) and head_a == head_b and enough


def _role_conflicts(a: _Facts, b: _Facts, people: dict[str, Entity]) -> list[Conflict]:
    """Two sentences of different sources that give one title to different people ("Colorado
    Attorney General John Suthers said" / "Colorado Attorney General Maria Okonkwo isn't ...") or
    put them in the same words (``_same_frame``). Only one pair of people may match, and neither
    may be named in the other sentence."""
    only_a = [people[e] for e in a.entities - b.entities if e in people]
    only_b = [people[e] for e in b.entities - a.entities if e in people]
    found = []
    for pa in only_a:
        mention_a = _mention(pa, a.sentence.text)
        role_a = _role(a.sentence.text, mention_a, a.lowercase)
        for pb in only_b:
            if _same_person(pa, pb):
                continue
            mention_b = _mention(pb, b.sentence.text)
            role_b = _role(b.sentence.text, mention_b, b.lowercase)
            if (role_a and role_b and _same_title(role_a, role_b)) or _same_frame(a, b, mention_a, mention_b):
                found.append((pa, pb))
    if len(found) != 1:
        return []
    pa, pb = found[0]
    return [
        Conflict(
            "name",
            [
                ConflictValue(pa.name, None, pa.name, a.sentence.id),
                ConflictValue(pb.name, None, pb.name, b.sentence.id),
            ],
            "real disagreement: different people with the same title",
        )
    ]


def _same_frame(a: _Facts, b: _Facts, mention_a: str, mention_b: str) -> bool:
    """Two names between the same ``FRAME_WORDS`` words on both sides, two of them content words:
    "I was stunned when X lost his primary election" / "... when Y lost his primary election"."""
    sides = []
    for f, mention in ((a, mention_a), (b, mention_b)):
        text = f.sentence.text
        at = text.find(mention)
        if at < 0:
            return False
        before = [w.lower() for w in _TOKEN.findall(text[:at])][-FRAME_WORDS:]
        after = [w.lower() for w in _TOKEN.findall(text[at + len(mention) :])][:FRAME_WORDS]
        sides.append((before, after))
    (before_a, after_a), (before_b, after_b) = sides
    if before_a != before_b or after_a != after_b:
        return False
    content = [w for w in before_a + after_a if w not in STOP_WORDS and w.isalpha() and len(w) > 2]
    return len(before_a) + len(after_a) >= FRAME_WORDS and len(content) >= 2


def _same_person(a: Entity, b: Entity) -> bool:
    """Names sharing a word ("Peter Campbell" / "Campbell") or a word spelt alike ("Muammar" /
    "Moammar"): one person the alias layer did not join. A one-word name ("Kurd") is too little
    to tell two people apart."""
    if len(a.name.split()) < 2 or len(b.name.split()) < 2:
        return True
    words_a = {w.lower() for name in (a.name, *a.aliases) for w in name.split()}
    words_b = {w.lower() for name in (b.name, *b.aliases) for w in name.split()}
    return bool(words_a & words_b) or any(
        fuzz.ratio(x, y) >= SPELLING_RATIO for x in words_a for y in words_b if min(len(x), len(y)) >= 4
    )


def _story_measurements(facts: list[_Facts], in_claim: set[str]) -> list[tuple[Conflict, list[_Facts]]]:
    """Each source's only figure of one kind (unit and measure), compared across sources: kinds
    curated in the lexicon (durations of recordings, tolls) and hyphenated figures ("the 225-page
    report", "a 317-count indictment"), which name one thing.

    "Thursday's 30-minute tape" and "the 31-minute-long recording" share no words, but when each
    source gives exactly one duration of a recording, they are two accounts of the same fact.
    """
    by_kind: dict[tuple[str, str], dict[str, list[tuple[Quantity, _Facts]]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        for q in f.quantities:
            kind = _measure_class(q)
            if q.unit and kind and (kind in _CURATED_KINDS or _COMPOUND_FIGURE.match(q.text)):
                by_kind[(q.unit, kind)][f.group].append((q, f))
    out = []
    for _kind, per_group in sorted(by_kind.items()):
        singles = [items[0] for items in per_group.values() if len(items) == 1]
        if len(singles) < 2 or len(singles) != len(per_group):
            continue
        singles.sort(key=lambda qf: qf[1].order)
        # the first account of each distinct figure, against every other one
        first_of: dict[float, tuple[Quantity, _Facts]] = {}
        for qf in singles:
            first_of.setdefault(qf[0].value, qf)
        found = None
        for (qa, _), (qb, _) in combinations(first_of.values(), 2):
            note = _disagreement(qa, qb)
            if note and not note.startswith("not a conflict"):
                found = note
                break
        if found:
            values = [_value(q) for q, _ in singles]
            out.append((Conflict("number", values, found), [f for _, f in singles]))
    return out


_CURATED_KINDS = frozenset(MEASURE_CLASSES.values())
_COMPOUND_FIGURE = re.compile(r"[\d,.]+-[a-z]")
"""A figure hyphenated to its unit ("225-page report", "317-count indictment") describes one thing."""


def _value(q: Quantity) -> ConflictValue:
    return ConflictValue(q.value, q.unit, q.text, q.sentence)


def _show(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


# -- 4. claims -----------------------------------------------------------------------------------
def _independent(members: list[_Facts]) -> int:
    """Independent sources among these sentences; attributing a fact to another one's outlet
    ("according to Reuters") makes an article dependent on it."""
    groups = {f.group for f in members}
    outlet_group = {_norm(f.article.source): f.group for f in members if f.article.source}
    for f in members:
        for outlet in f.attributes_to:
            other = outlet_group.get(outlet)
            if other is not None and other != f.group and f.group in groups:
                groups.discard(f.group)
    return len(groups) or 1


def _single_source(
    facts: list[_Facts], aligned: list[list[_Facts]], notes: Annotations, in_conflict: set[str]
) -> list[_Facts]:
    """Salient sentences whose content only one independent source reports.

    A sentence counts when no other source tells the same thing, or when it names a person,
    organisation or place, or gives a figure of a kind, that no other source mentions at all
    (a detail added to shared news).
    """
    in_group = {f.sentence.id for members in aligned for f in members}
    mentioned_by = defaultdict(set)
    for f in facts:
        for e in f.entities:
            mentioned_by[e].add(f.group)
    named = {e.id for e in notes.entities if e.type in ("person", "org", "place")}
    figures_by = defaultdict(set)
    for f in facts:
        for q in f.quantities:
            figures_by[(q.unit, _measure_class(q))].add(f.group)
    groups = {f.group for f in facts}
    if len(groups) < 2:
        return []  # with one source everything is single-source; the claim table says nothing new
    per_article: dict[str, list[tuple[float, _Facts]]] = defaultdict(list)
    for f in facts:
        unique = {e for e in f.entities & named if mentioned_by[e] == {f.group}}
        unique |= {
            (q.unit, _measure_class(q)) for q in f.quantities if figures_by[(q.unit, _measure_class(q))] == {f.group}
        }
        if f.sentence.id in in_conflict or (f.sentence.id in in_group and not unique):
            continue
        words = len(f.sentence.text.split())
        if words < 8:
            continue
        salience = 2 * len(unique) + len(f.entities) + 2 * len(f.quantities) + sum(not d.relative for d in f.dates)
        if salience >= 2:
            per_article[f.article.id].append((salience, f))
    out = []
    for ranked in per_article.values():
        ranked.sort(key=lambda sf: (-sf[0], sf[1].order))
        out.extend(f for _, f in ranked[:SINGLE_SOURCE_PER_ARTICLE])
    return sorted(out, key=lambda f: f.order)


def _source_names(articles: list[Article]) -> dict[str, str]:
    return {a.id: a.source or a.id for a in articles}


def _sources(members: list[_Facts], names: dict[str, str]) -> list[str]:
    out: list[str] = []
    for f in sorted(members, key=lambda f: f.order):
        name = names[f.article.id]
        if name not in out:
            out.append(name)
    return out


def _norm(name: str | None) -> str:
    return " ".join((name or "").lower().replace("the ", "").strip(" .,;:’'").split())
