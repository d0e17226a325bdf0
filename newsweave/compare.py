"""The claim table: what the sources agree on, what only one says, and where they conflict.

The cascade, per story:
1. describe every body sentence of the original (non-duplicate) articles (``newsweave.facts``):
   stemmed content terms, the entities it mentions (resolved by alias, so "Baghdadi" is "Abu Bakr
   al-Baghdadi"), its quantities and its dates; and the outlets it attributes information to
   ("according to Reuters");
2. align: candidate pairs come from an inverted index over distinctive terms and entities (never
   all pairs); a pair of sentences from different independent sources is aligned when its
   similarity (TF-IDF cosine plus shared entities and dates) reaches ``ALIGN_THRESHOLD`` and each
   is the other's best match in its source (or the sentence next to it, where one source said in
   two sentences what the other says in one); aligned sentences form groups (union-find);
3. conflicts (``newsweave.conflicts``) inside a group: different numbers for the same unit and
   measure, different dates of the same precision, different people in the same sentence frame,
   one quotation in other words (``newsweave.misquotes``);
   and, story-wide, the one measurement of a kind each source gives (a source's only "N-minute
   recording") compared across sources even when the sentences share no words, and people given
   one title by two sources ("Colorado Attorney General X" / "... Y") in sentences that share a
   distinctive term or, through an index by title, in any two sentences ("X, Microsoft's
   chairman"); the same disagreement found in several pairs of sentences is one claim, and a
   number conflict cites every sentence alike to a cited one that gives one of its figures;
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
from itertools import islice
from operator import mul
from typing import Protocol

from rapidfuzz.distance import LCSseq

from newsweave.conflicts import (
    CONFLICT_FRAME,
    claimants,
    conflicts_of,
    date_conflicts,
    figures_told,
    measure_class,
    other_accounts,
    responsibility_conflicts,
    role_conflicts,
    story_ages,
    story_measurements,
    titled_pairs,
    told_apart,
)
from newsweave.facts import (
    Facts,
    describe_story,
    document_frequencies,
    inverse_frequencies,
    name_in,
    names_only,
    norm_name,
)
from newsweave.misquotes import quote_conflicts
from newsweave.model import (
    Annotations,
    Article,
    Claim,
    Conflict,
    ConflictValue,
    Entity,
    Quantity,
)
from newsweave.nlp.lexicon import SHORT_NAMES, STATE_ABBREVIATIONS, UNITS
from newsweave.options import Options
from newsweave.readable import leans_back, quoted_without_marks, stands_alone

ALIGN_THRESHOLD = 0.25
"""Similarity for two sentences to report the same thing (cosine scale; see BENCHMARKS.md)."""
DATE_BONUS = 0.12
"""Added to the similarity of two sentences that give the same date."""
SINGLE_SOURCE_PER_ARTICLE = 4
"""At most this many single-source claims per article: its most distinctive sentences."""
MAX_PER_ARTICLE = 2
"""A claim group holds at most this many sentences of one article."""
NAMES_ARE_NOT_A_FACT = True
"""Two sentences that share only names (capitalised words, entities) do not report the same thing,
however alike their names make them: "Four days ago, Washington ordered its Istanbul consulate
staff members to leave Turkey, fearing ISIS attacks." / "He also called on Islamic State fighters
to invade Turkey." They must share a word in lower case or a kind of figure as well (DUC 2004: 1,218
of the 5,448 pairs aligned without this rule shared names only; of 40 of them read, 35 told
different things)."""

LOOSE_FRAME = 0.15
"""Sentences this similar that are not aligned are still compared for dates, when the two dates sit
between the same words on both sides ("Israel's 1982 invasion" / "Israel's 1979 invasion")."""

ROLE_FRAME = 0.1
"""Sentences this similar (they share at least a distinctive term) that are not aligned are still
compared for people given the same role ("Colorado Attorney General X" / "... Y")."""

MAX_POSTINGS = 150
"""A term in more sentences than this proposes no candidate pairs for alignment (nor does one in
more than a quarter of a small story's sentences): its sentences still pair through their rarer
terms. Without this bound a story of hundreds of articles compared most pairs of its sentences
(800 Reuters articles: 2.4 million comparisons, 12 s); with it the comparisons grow with the
story's size, not its square. Stories of up to 600 sentences (every benchmark story) are not
affected."""

REPRESENTATIVE_SAMPLE = 100
"""A claim's representative sentence is the one most like the others; in a group of more members
than this it is compared with this many of them, spread over the group, not with all (a group of
formulaic wire sentences, "revenue passenger miles rose to ...", may hold two sentences of each of
hundreds of articles)."""

SPLIT_SHARE = 0.6
"""A sentence is the second half of one its source split in two when at least this share of its
terms are in the other source's sentence (DUC 2004: 0.6 keeps a chronology's lines "1956 Sinai
campaign: ..." and "1967 Mideast war: ..." from pairing with one sentence about 1967)."""


class Similarity(Protocol):
    """How alike two sentences are, on a 0..1+ scale where ``ALIGN_THRESHOLD`` means "the same"."""

    def __call__(self, a: Facts, b: Facts) -> float: ...


class LexicalSimilarity:
    """TF-IDF cosine of stemmed content words and entities (an entity counts as ``ENTITY_WEIGHT``
    words, weighted by its rarity in the story like any term), plus a bonus for a shared date."""

    def __init__(self, idf: dict[str, float], unseen: float) -> None:
        self.idf = idf
        self.unseen = unseen
        """The idf of a term no original sentence has (a reprint's own words)."""

    def weigh(self, f: Facts) -> None:
        """Set a sentence's term weights and their norm, once, before any comparison."""
        f.weighted = {t: tf * self.idf.get(t, self.unseen) for t, tf in f.terms.items()}
        f.norm = math.sqrt(sum(w * w for w in f.weighted.values()))

    def __call__(self, a: Facts, b: Facts) -> float:
        wa, wb = a.weighted, b.weighted
        if len(wb) < len(wa):
            wa, wb = wb, wa
        shared = [t for t in wa if t in wb]
        dot = sum(map(mul, map(wa.__getitem__, shared), map(wb.__getitem__, shared)))
        cosine = dot / (a.norm * b.norm) if a.norm and b.norm else 0.0
        shared_dates = {(d.date, d.precision) for d in a.dates if d.date and not d.relative} & {
            (d.date, d.precision) for d in b.dates if d.date and not d.relative
        }
        return cosine + DATE_BONUS * bool(shared_dates)


def compare(
    articles: list[Article],
    annotations: Annotations,
    options: Options | None = None,
    described: tuple[list[Facts], list[Facts]] | None = None,
) -> list[Claim]:
    """The claim table of one story: conflicts first, then corroborated, then single-source claims.
    ``described``: the story's facts, if ``describe`` made them already (``pipeline``, whose
    summary asks them which sentences share only names)."""
    facts, reprints = described or describe_story(articles, annotations)
    if not facts:
        return []
    df = document_frequencies(facts)
    idf = inverse_frequencies(df, len(facts))
    lexical = LexicalSimilarity(idf, unseen=math.log(1 + len(facts)) + 1.0)
    for f in facts + reprints:
        lexical.weigh(f)
    similarity: Similarity = lexical
    aligned, pairs, loose = _align(facts, similarity, df)
    pair_conflicts: dict[str, list[Conflict]] = defaultdict(list)
    people = {e.id: e for e in annotations.entities if e.type == "person"}
    naming: dict[str, set[str]] = defaultdict(set)
    for f in facts + reprints:
        if len(f.persons) == 1:
            f.referent = name_in(people[next(iter(f.persons))], f.sentence.text)
        for e in f.persons:
            naming[e].add(f.group)
    sources_naming = {e: len(groups) for e, groups in naming.items()}
    claimed = claimants(facts, {e.id: e for e in annotations.entities})
    # A pair's conflicts go with the claim of a group either sentence is in; a pair whose groups
    # did not join (``MAX_PER_ARTICLE``, ``COHESION``) may leave both out of every group, and its
    # conflicts are then told on their own, like those of loose pairs.
    in_group = {f.sentence.id for members in aligned for f in members}
    ungrouped: list[tuple[list[Conflict], list[Facts]]] = []
    told = figures_told(facts + reprints)
    for a, b, score in pairs:
        found = conflicts_of(a, b, score, people, sources_naming) + responsibility_conflicts(a, b, claimed)
        found = [c for c in found if not told_apart(c, a, b, score, told, similarity)]
        if not found:
            continue
        if a.sentence.id in in_group:
            pair_conflicts[a.sentence.id].extend(found)
        elif b.sentence.id in in_group:
            pair_conflicts[b.sentence.id].extend(found)
        else:
            ungrouped.append((found, [a, b]))
    names = _source_names(articles)

    claims: list[tuple[int, tuple, Claim]] = []
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

    story_wide = [([c], pair) for c, pair in story_measurements(facts) + story_ages(facts, people)] + ungrouped
    compared = {(a.sentence.id, b.sentence.id) for a, b, _ in pairs}
    for a, b, score in loose:
        compared.add((a.sentence.id, b.sentence.id))
        found = (
            role_conflicts(a, b, people, score=score, naming=sources_naming)
            or quote_conflicts(a, b)
            or responsibility_conflicts(a, b, claimed)
        )
        if not found and score >= LOOSE_FRAME and a.dates and b.dates:
            found = date_conflicts(a, b, score, loose=True)
        if found:
            story_wide.append((found, [a, b]))
    for a, b in titled_pairs(facts, people):
        if (a.sentence.id, b.sentence.id) not in compared and (b.sentence.id, a.sentence.id) not in compared:
            found = role_conflicts(a, b, people, strict=True)
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
    _add_other_accounts(claims, facts + reprints, pairs + loose, names)
    # a group whose sentences one conflict cites all of is told there: it does not agree as well
    # (Multi-News: "her neighbor, 66-year-old Frank Macomber" / "Macomber, 65, was found fatally
    # shot", one person's two ages found story-wide, had also been a corroborated claim)
    cited = [set(claim.sentences) for kind, _, claim in claims if kind == 0]
    claims = [c for c in claims if c[0] == 0 or not any(set(c[2].sentences) <= sentences for sentences in cited)]
    in_conflict = {sid for kind, _, claim in claims if kind == 0 for sid in claim.sentences}
    # a sentence is one claim however often its source prints it: a group that only one source
    # tells (versions of one story) takes the details of the sentence it shows, and the same
    # sentence again (a version outside any group, an article that repeats itself) cites there
    by_id = {f.sentence.id: f for f in facts}
    said: dict[tuple[str, str], Claim] = {}
    for claim in (claim for kind, _, claim in claims if kind == 2):
        for f in (by_id[s] for s in claim.sentences if s in by_id):
            if f.sentence.text == claim.text:
                said.setdefault((f.source, claim.text), claim)
    for f, unique in _single_source(facts, aligned, annotations, in_conflict):
        told = said.get((f.source, f.sentence.text))
        if told is None:
            told = Claim("", "single_source", f.sentence.text, [f.sentence.id], _sources([f], names), 1)
            said[(f.source, f.sentence.text)] = told
            claims.append((2, (f.order,), told))
        elif f.sentence.id not in told.sentences:
            _cite(told, [f.sentence.id], by_id, names)
        told.unique = told.unique or unique

    claims.sort(key=lambda c: (c[0], c[1]))
    out = []
    for n, (_, _, claim) in enumerate(claims, start=1):
        claim.id = f"c{n}"
        out.append(claim)
    return out


def _merge_same_conflicts(
    claims: list[tuple[int, tuple, Claim]], facts: list[Facts], names: dict[str, str]
) -> list[tuple[int, tuple, Claim]]:
    """One claim per disagreement: sentence pairs that disagree on the same values ("about 180" vs
    "155" told in four pairs of sentences) become one conflict citing all of them."""
    by_id = {f.sentence.id: f for f in facts}
    out: list[tuple[int, tuple, Claim]] = []
    seen: dict[frozenset, Claim] = {}
    more: dict[int, tuple[list[str], dict[int, list[ConflictValue]]]] = {}
    for kind, order, claim in claims:
        real = [c for c in claim.conflicts if not (c.note or "").startswith("not a conflict")]
        key = frozenset(map(_values_key, real))
        first = seen.get(key) if kind == 0 and real else None
        if first is None:
            if kind == 0 and real:
                seen[key] = claim
                kept = {id(c) for c in real}
                claim.conflicts = _distinct(real) + [c for c in claim.conflicts if id(c) not in kept]
            out.append((kind, order, claim))
            continue
        # gathered and added once per claim: a disagreement told in hundreds of sentence pairs
        # would otherwise recount the claim's sources for each
        sentences, values = more.setdefault(id(first), ([], {}))
        sentences += claim.sentences
        # each of the first claim's disagreements takes the values of the same one here: matched
        # by its values, not its kind (two date conflicts, 1987 / 1985 and 1986 / 1985, are two),
        # and the first claim's "not a conflict" notes have none to match
        twins: dict[tuple, list[ConflictValue]] = defaultdict(list)
        for c in real:
            twins[_values_key(c)] += c.values
        for n, conflict in enumerate(first.conflicts):
            values.setdefault(n, []).extend(twins.get(_values_key(conflict), ()))
    for _, _, claim in out:
        if id(claim) in more:
            sentences, values = more[id(claim)]
            _cite(claim, sentences, by_id, names)
            for n, conflict in enumerate(claim.conflicts):
                _add_values(conflict, values.get(n, []))
    return out


def _add_other_accounts(
    claims: list[tuple[int, tuple, Claim]],
    facts: list[Facts],
    scored: list[tuple[Facts, Facts, float]],
    names: dict[str, str],
) -> None:
    """Each conflict cites every source that gives one of its values, not only the pair that
    revealed it (``other_accounts``); the claim's sources and independence follow."""
    neighbours: dict[str, list[tuple[Facts, float]]] = defaultdict(list)
    for a, b, score in scored:
        neighbours[a.sentence.id].append((b, score))
        neighbours[b.sentence.id].append((a, score))
    by_id = {f.sentence.id: f for f in facts}
    for kind, _, claim in claims:
        if kind != 0:
            continue
        added = [s for c in claim.conflicts for s in other_accounts(c, by_id, neighbours)]
        if added:
            _cite(claim, added, by_id, names)


def _cite(claim: Claim, sentence_ids: list[str], by_id: dict[str, Facts], names: dict[str, str]) -> None:
    """Add sentences to a claim (those it does not cite yet); its sources and independence follow."""
    cited = set(claim.sentences)
    claim.sentences += [s for s in dict.fromkeys(sentence_ids) if s not in cited]
    members = [by_id[s] for s in claim.sentences if s in by_id]
    claim.sources = _sources(members, names)
    claim.independent_sources = _independent(members)


def _distinct(conflicts: list[Conflict]) -> list[Conflict]:
    """Conflicts on the same values found in several sentence pairs, as one conflict each."""
    out: dict[tuple, Conflict] = {}
    for c in conflicts:
        key = _values_key(c)
        if key in out:
            _add_values(out[key], c.values)
        else:
            out[key] = Conflict(c.kind, list(c.values), c.note)
    return list(out.values())


def _values_key(c: Conflict) -> tuple:
    """What a conflict is about: its kind and the values the sources give."""
    return (c.kind, frozenset(str(v.value) for v in c.values))


def _add_values(conflict: Conflict, values: list[ConflictValue]) -> None:
    """The values of another account of the same conflict that it does not cite yet."""
    known = {(v.sentence, str(v.value)) for v in conflict.values}
    for v in values:
        if (v.sentence, str(v.value)) not in known:
            known.add((v.sentence, str(v.value)))
            conflict.values.append(v)


# -- 2. alignment --------------------------------------------------------------------------------
def _align(
    facts: list[Facts], similarity: Similarity, df: Counter[str]
) -> tuple[list[list[Facts]], list[tuple[Facts, Facts, float]]]:
    """Groups of sentences from two or more independent sources that report the same thing, the
    aligned pairs themselves (each sentence the other's best match in its source), and the other
    candidate pairs at least ``ROLE_FRAME`` alike (compared only for dates and roles)."""
    index: dict[str, list[int]] = defaultdict(list)
    common = max(3, min(len(facts) // 4, MAX_POSTINGS))
    for i, f in enumerate(facts):
        for key in f.terms:
            if df[key] <= common:
                index[key].append(i)

    best: dict[tuple[int, str], tuple[float, int]] = {}
    scores: dict[tuple[int, int], float] = {}
    loose: list[tuple[Facts, Facts, float]] = []
    unlinked: set[tuple[int, int]] = set()  # above the threshold, but names only or thin
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
                if (NAMES_ARE_NOT_A_FACT and names_only(f, facts[j])) or _thin(f, facts[j], score):
                    unlinked.add((i, j))
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
        if (
            score >= ALIGN_THRESHOLD
            and (i, j) not in unlinked
            and (_linked(i, j, facts, best) or _linked(j, i, facts, best))
        ):
            pairs.append((facts[i], facts[j], score))
        else:
            loose.append((facts[i], facts[j], score))

    # Join linked sentences into groups, strongest links first, but never so that a group holds
    # more than ``MAX_PER_ARTICLE`` sentences of one article: across ten articles, chains of
    # best matches would otherwise grow into one "claim" of dozens of loosely related sentences.
    index_of = {id(f): n for n, f in enumerate(facts)}
    per_article: dict[int, Counter[str]] = {n: Counter([f.article.id]) for n, f in enumerate(facts)}
    members: dict[int, list[int]] = {n: [n] for n in range(len(facts))}
    for a, b, _score in sorted(pairs, key=lambda p: (-p[2], p[0].order, p[1].order)):
        ra, rb = find(index_of[id(a)]), find(index_of[id(b)])
        if ra == rb:
            continue
        # the smaller group's counts into the larger's: a story of thousands of sentences would
        # otherwise copy its large groups' counts at every link
        small, large = sorted((per_article[ra], per_article[rb]), key=len)
        if any(large[article] + n > MAX_PER_ARTICLE for article, n in small.items()):
            continue
        if COHESION and not _cohesive(members[ra], members[rb], facts, similarity):
            continue
        large.update(small)
        parent[rb] = ra
        per_article[ra] = large
        joined, other = members[ra], members.pop(rb)
        if len(other) > len(joined):  # the smaller list into the larger, as for the counts
            joined, other = other, joined
            members[ra] = joined
        joined += other
    components: dict[int, list[Facts]] = defaultdict(list)
    for i, f in enumerate(facts):
        components[find(i)].append(f)
    groups = [sorted(m, key=lambda f: f.order) for m in components.values() if len({f.group for f in m}) >= 2]
    return groups, pairs, loose


COHESION = 0.2
"""Two groups of aligned sentences join only when their members are this alike on average
(``_cohesive``), not just the two sentences of the link: each report's sentence about Pinochet's
arrest was some other report's best match, and through them "The European extradition convention
gives Garzon 40 days ..." and "Supporters and opponents of the dictator have traveled to the
London clinic" had joined the arrest's claim of 18 sentences (DUC 2004 d30003t). On the first 25
DUC 2004 stories, claims of six or more sources 56 -> 37, corroborated claims 596 -> 671 (0.15:
46 and 640; 0.25: 24 and 712, which split retellings of one fact)."""

COHESION_SAMPLE = 6
"""Members of each group compared (an even sample of a larger group): at most 36 comparisons."""


def _cohesive(x: list[int], y: list[int], facts: list[Facts], similarity: Similarity) -> bool:
    """Whether two groups tell one thing: their members alike on average, not only the two the
    link joins (best matches chain ten leads about one person into one "claim")."""
    if len(x) == 1 and len(y) == 1:
        return True
    xs = x[:: max(1, len(x) // COHESION_SAMPLE)][:COHESION_SAMPLE]
    ys = y[:: max(1, len(y) // COHESION_SAMPLE)][:COHESION_SAMPLE]
    scores = [similarity(facts[i], facts[j]) for i in xs for j in ys]
    return sum(scores) / len(scores) >= COHESION


THIN_LINK = 0.30
"""Below this similarity, two sentences aligned by the threshold report the same thing only when
they give the same kind of figure or the same date ("$1 million" / "$500,000" for one ad
campaign; "in December 2015" / "was from December 2015"): of 60 aligned BASIL pairs read, the 16
that told different things ("Issa has issued a subpoena to compel Lerner to appear at the
hearing." / "Lerner said at Wednesday's hearing that she had done nothing wrong.") were mostly
under 0.30, and with them two of the 44 that told one."""

FEW_WORDS_LINK = 0.5
FEW_WORDS = 2
"""Below this similarity, two sentences that share at most ``FEW_WORDS`` words beyond names report
the same thing only with a kind of figure or a date in common: "The Bangkok games are expected to
attract more than 10,000 athletes from 43 nations." / "But there is a black market in the drug
that might prove an attraction for some among the more than 15,000 athletes ..."; '"Is the photo
of him?"' / "He did not rule out the possibility that the photo was of him". A helper read 240
pairs of a corroborated claim's sentence and another sentence of the claim, blind (BASIL, 25 DUC
2004 stories, 150 AllSides stories, 300 PolNeAR articles; twenty-second session): 117 told the
same fact, 53 part of it, 70 another fact. At 0.5 and two words (0.35 and one before), 45 of the
70 go, 23 of the 53 and 7 of the 117; the claims' sentence pairs 1,709 -> 1,384. (0.45: 38, 19
and 7 go; 0.55: 47, 24 and 9.)"""


def _thin(a: Facts, b: Facts, score: float) -> bool:
    """Whether a pair above the alignment threshold is too thinly alike to be one claim
    (``THIN_LINK``, ``FEW_WORDS_LINK``, or no word that both write in lower case), unless the two
    give the same kind of figure or the same day or month (``_finer_dates``)."""
    if a.quantities and b.quantities and {q.unit for q in a.quantities} & {q.unit for q in b.quantities}:
        return False
    if a.dates and b.dates and _finer_dates(a) & _finer_dates(b):
        return False  # "last released an audio message in December 2015" / "was from December 2015"
    if score < THIN_LINK:
        return True
    if score < FEW_WORDS_LINK and len((a.plain & b.terms.keys()) | (b.plain & a.terms.keys())) <= FEW_WORDS:
        return True
    return a.plain.isdisjoint(b.plain)


def _finer_dates(f: Facts) -> set:
    """A sentence's dates of a day or a month: a year or a week in common tells no one fact ("In
    the Republican primary, 603,000 people voted ... in 2012." had joined two other PolNeAR
    sentences of 2012 about other things; "a week ago" two of a BASIL debate story). Of the 240
    judged pairs (``FEW_WORDS_LINK``), 2 more of the 70 that tell another fact go, none else."""
    return {d.date for d in f.dates if d.date and d.precision in ("day", "month")}


def _linked(i: int, j: int, facts: list[Facts], best: dict[tuple[int, str], tuple[float, int]]) -> bool:
    """Whether sentence ``j`` is sentence ``i``'s best match in its source and ``i`` is ``j``'s, or
    the next best thing: ``j``'s source said in two sentences what ``i`` says in one ("... for
    approval. Towards the end ... 22 individuals who had to approve it" quoted as one sentence by
    one outlet, as two by the other), i.e. ``i``'s best match is ``j``'s neighbour."""
    if best[(j, facts[i].group)][1] != i:
        return False
    other, part = facts[best[(i, facts[j].group)][1]], facts[j]
    if other is part:
        return True
    if other.article is not part.article or abs(other.order - part.order) != 1:
        return False
    return sum(1 for t in part.terms if t in facts[i].terms) >= SPLIT_SHARE * len(part.terms)


def _representative(members: list[Facts], similarity: Similarity) -> Facts:
    """The sentence most like the others (ties: the earliest) among those a reader can take on
    their own (``_reads_alone``), if any are: not a piece of a quotation ('"It's about some phony
    ideal, some phony theology.' beside the whole quotation with its speaker another source
    wrote), else among those that at least read on their own (``readable.stands_alone``); in a
    large group, most like an even sample of ``REPRESENTATIVE_SAMPLE`` of them."""
    if len(members) <= 2:
        ranked = members
    else:
        step = -(-len(members) // REPRESENTATIVE_SAMPLE)
        sample = members[::step]
        ranked = sorted(members, key=lambda f: (-sum(similarity(f, g) for g in sample if g is not f), f.order))
    # the checks in order of rank, stopping at the first that passes: most groups' first does
    return (
        next((f for f in ranked if _reads_alone(f)), None)
        or next((f for f in ranked if stands_alone(f.sentence.text)), None)
        or ranked[0]
    )


def _quoted_here(f: Facts) -> bool:
    """Whether ``f``'s sentence is someone's words without marks of its own
    (``readable.quoted_without_marks``), found at its place in its article."""
    sentences = f.article.sentences
    position = int(f.sentence.id.rpartition(":")[2])
    if position >= len(sentences) or sentences[position].id != f.sentence.id:
        position = next(i for i, s in enumerate(sentences) if s.id == f.sentence.id)
    return quoted_without_marks(sentences, position)


def _reads_alone(f: Facts) -> bool:
    """Whether a claim can show ``f``'s sentence: it reads on its own (``readable.stands_alone``),
    it does not lean on the sentence before (``readable.leans_back``: "It dipped to $1.5 billion
    the following year ...") and it is not someone's words without marks of its own
    (``readable.quoted_without_marks``): inside a quotation that an earlier sentence of its
    paragraph opened ("A secure border is vital to protecting America's national security, public
    safety and jobs.", a line of Rick Perry's statement) or in a block that the paragraph before
    introduces with a colon (a blog post an outlet quotes, "Yeah - he comes off as a jerk,
    but...when in Rome.")."""
    text = f.sentence.text
    # "Al-Baghdadi also issued instructions ..." tells its fact whole when it is shown on its own
    return stands_alone(text) and not leans_back(text, also=False) and not _quoted_here(f)


def _reprint_conflicts(
    facts: list[Facts], reprints: list[Facts], similarity: Similarity, people: dict[str, Entity]
) -> list[tuple[list[Conflict], list[Facts]]]:
    """A reprint's changed sentence against the sentence of its original it rewrites."""
    by_article: dict[str, list[Facts]] = defaultdict(list)
    for f in facts:
        by_article[f.article.id].append(f)
    out = []
    for r in reprints:
        scored = [(similarity(f, r), -f.order, f) for f in by_article.get(r.article.duplicate_of or "", ())]
        if not scored:
            continue
        score, _, f = max(scored, key=lambda x: x[:2])
        found = [c for c in conflicts_of(f, r, score, people) if not (c.note or "").startswith("not a conflict")]
        if score >= CONFLICT_FRAME and found:
            out.append((found, [f, r]))
    return out


# -- 4. claims -----------------------------------------------------------------------------------
def _independent(members: list[Facts]) -> int:
    """Independent sources among these sentences (``Facts.source``: versions of one story count
    once); attributing a fact to another one's outlet ("according to Reuters") makes an article
    dependent on it, and so does telling it in another source's very words outside quotation marks
    (``_copied``)."""
    sources = {f.source for f in members}
    outlet_source = {norm_name(f.article.source): f.source for f in members if f.article.source}
    for f in members:
        for outlet in f.attributes_to:
            other = outlet_source.get(outlet)
            if other is not None and other != f.source and f.source in sources:
                sources.discard(f.source)
    return max(1, len(sources) - _copied(members, sources))


_QUOTE_MARKS = ('"', "“", "”", "``", "''")
_QUOTATION = re.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")
_COPY_WORD = re.compile(r"\w+")


def _copied(members: list[Facts], sources: set[str]) -> int:
    """How many of ``sources`` tell the claim only in words another printed first, word for
    word and outside quotation marks: versions of one wire story (three AP versions of the
    Goteborg fire were "3 independent sources" for every sentence they share), an excerpt of
    another outlet's report. Identical quotations are the speaker's words, and still count, unless
    the words around them are ``COPY_MIN_WORDS`` long and the same too ('"This heroic operation is
    not the first and not going to be the last," the group said in a leaflet faxed to news
    organizations.' in two versions of one AP story).

    A sentence shorter than ``COPY_MIN_WORDS`` is copied when the sentences around it are the same
    in both articles too, and all of them together are that long (``_copied_run``): a blog quoting
    a feature's passage ("The streets seemed alive with people." / "People eating, people washing,
    people sleeping." / "People clinging to buses.") agrees with it sentence by sentence, and is no
    second witness."""
    first: dict[tuple[str, ...], Facts] = {}
    own: dict[str, bool] = {g: False for g in sources}
    for f in sorted(members, key=lambda f: f.order):
        if f.source not in own:
            continue
        text = f.sentence.text
        words = _copy_words(text)
        if any(mark in text for mark in _QUOTE_MARKS):
            balanced = text.count("“") == text.count("”") and text.count('"') % 2 == 0
            if not balanced or len(_copy_words(_QUOTATION.sub(" ", text))) < COPY_MIN_WORDS:
                own[f.source] = True  # the speaker's words, which each outlet may quote
                continue
        earlier = first.setdefault(words, f)
        if earlier is f:
            earlier = first[words] = _near_copy_of(f, words, first)  # a copy stands for what it copies
        if earlier.source == f.source or (len(words) < COPY_MIN_WORDS and not _copied_run(f, earlier, len(words))):
            own[f.source] = True
    return sum(1 for independent in own.values() if not independent)


def _copy_words(text: str) -> tuple[str, ...]:
    """A sentence's words, lower case, as two copies of it share them."""
    return tuple(w.lower() for w in _COPY_WORD.findall(text))


def _near_copy_of(f: Facts, words: tuple[str, ...], first: dict[tuple[str, ...], Facts]) -> Facts:
    """The earliest sentence of another source that ``f``'s sentence copies with a copy editor's
    changes (``COPY_EDITED``): "Syrian-Israel peace talks broke off more than two years ago." in
    one version of an AP story and "Syrian-Israeli ..." in another, "... according to Republican
    officials." / "..., Republican officials said."; ``f`` itself where there is none."""
    for other, earlier in first.items():
        if earlier.source == f.source:
            continue
        least = COPY_EDITED * max(len(words), len(other))
        if min(len(words), len(other)) >= least and LCSseq.similarity(words, other) >= least:
            return earlier
    return f


def _copied_run(f: Facts, earlier: Facts, length: int) -> bool:
    """Whether ``f``'s sentence is one of a run of sentences, ``COPY_MIN_WORDS`` long together,
    that its article and ``earlier``'s both print word for word in the same order."""
    mine, theirs = f.article.sentences, earlier.article.sentences
    at = next((n for n, s in enumerate(mine) if s is f.sentence), None)
    there = next((n for n, s in enumerate(theirs) if s is earlier.sentence), None)
    if at is None or there is None:
        return False
    for step in (-1, 1):
        n = 1
        while 0 <= at + n * step < len(mine) and 0 <= there + n * step < len(theirs):
            words = _copy_words(mine[at + n * step].text)
            if words != _copy_words(theirs[there + n * step].text):
                break
            length += len(words)
            if length >= COPY_MIN_WORDS:
                return True
            n += 1
    return False


COPY_MIN_WORDS = 10
"""A sentence this long written word for word by two sources is copied, not written twice."""

COPY_EDITED = 0.85
"""Two sentences whose words, in order, are this share of the longer one's are one sentence
copied and edited (a word changed, added or dropped), not written twice: of 25 such pairs in
claims of the 657 stories of DUC 2004, Multi-News, AllSides val and BASIL, 18 were versions of
one wire story or an outlet's excerpt of another's, the others someone's words (the rule on
quotations above still counts each outlet that marks them as such)."""


def _single_source(
    facts: list[Facts], aligned: list[list[Facts]], notes: Annotations, in_conflict: set[str]
) -> list[tuple[Facts, list[str]]]:
    """Salient sentences whose content only one independent source reports, each with the names
    and figures in it that no other source mentions, in the order the sentence gives them; a
    state's abbreviation is none of them, but part of the name beside it ("Burbank, Calif.",
    "Sen. Rand Paul, R-Ky.").

    A sentence counts when no other source tells the same thing, or when it names a person,
    organisation or place, or gives a figure of a kind, that no other source mentions at all
    (a detail added to shared news: no other source writes the name, ``_written_elsewhere``, nor
    gives the figure's value, whatever noun follows it, when the value tells it: "1,087 ancient
    skeletons" / "1,087 skeletons", ``_distinctive``), and when a reader can take it on its own
    (``_reads_alone``): a question, a piece of a quotation, a credit line, a link to a gallery or
    a sentence that leans on the one before is no claim.
    """
    in_group = {f.sentence.id for members in aligned for f in members}
    mentioned_by = defaultdict(set)
    for f in facts:
        for e in f.entities:
            mentioned_by[e].add(f.source)
    named = {e.id for e in notes.entities if e.type in ("person", "org", "place")}
    figures_by = defaultdict(set)
    values_by = defaultdict(set)
    writing: dict[str, set[int]] = defaultdict(set)  # a capitalised word -> the sentences writing it
    for n, f in enumerate(facts):
        for q in f.quantities:
            if not _trivial(q):
                figures_by[(q.unit, measure_class(q))].add(f.source)
                values_by[q.value].add(f.source)
        for word in _CAPITALISED.findall(f.sentence.text):
            writing[word].add(n)
    if len({f.source for f in facts}) < 2:
        return []  # with one source everything is single-source; the claim table says nothing new
    by_id = {e.id: e for e in notes.entities}
    per_article: dict[str, list[tuple[float, Facts, set[str], set[tuple]]]] = defaultdict(list)
    for f in facts:
        only_entities = {
            e
            for e in f.entities & named
            if mentioned_by[e] == {f.source}
            and (name := name_in(by_id[e], f.sentence.text)).rstrip(".") not in STATE_ABBREVIATIONS
            and not _written_elsewhere(name, f, facts, writing)
        }
        only_kinds = {
            (q.unit, measure_class(q))
            for q in f.quantities
            if not _trivial(q)
            and figures_by[(q.unit, measure_class(q))] == {f.source}
            and (values_by[q.value] == {f.source} or not _distinctive(q.value))
        }
        unique = len(only_entities) + len(only_kinds)
        if f.sentence.id in in_conflict or (f.sentence.id in in_group and not unique):
            continue
        words = len(f.sentence.text.split())
        if words < 8:
            continue
        salience = 2 * unique + len(f.entities) + 2 * len(f.quantities) + sum(not d.relative for d in f.dates)
        if salience >= 2:
            per_article[f.article.id].append((salience, f, only_entities, only_kinds))
    out = []
    for ranked in per_article.values():
        ranked.sort(key=lambda sf: (-sf[0], sf[1].order))
        out.extend(islice((sf for sf in ranked if _reads_alone(sf[1])), SINGLE_SOURCE_PER_ARTICLE))
    out.sort(key=lambda sf: sf[1].order)
    return [(f, _unique_details(f, [by_id[e] for e in sorted(es)], ks)) for _, f, es, ks in out]


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
"""A capitalised word of two letters or more: a word of a name (a sentence's opening "A" is none)."""


def _written_elsewhere(name: str, f: Facts, facts: list[Facts], writing: dict[str, set[int]]) -> bool:
    """Whether a sentence of another source writes every capitalised word of ``name`` (as ``f``
    writes it), though the recognizer gave it no such entity: "Reign" beside another source's
    "Seattle Reign", "Court" beside "Supreme Court", "Department of Justice" beside "Justice
    Department", "U.S." beside "United States" (``SHORT_NAMES``). Then the name is no detail only
    ``f``'s source gives."""
    for written in (name, *SHORT_NAMES.get(name.rstrip("."), ())):
        words = _CAPITALISED.findall(written)
        if words:
            sentences = set.intersection(*(writing.get(w, set()) for w in words))
            if any(facts[n].source != f.source for n in sentences):
                return True
    return False


def _distinctive(value: float) -> bool:
    """Whether a figure's value alone tells it: a large or a fractional number ("1,087 ancient
    skeletons" / "1,087 skeletons", "$5.4 million"), not a small count that many things have."""
    return value >= 100 or value != int(value)


def _trivial(q: Quantity) -> bool:
    """A small count in words of a thing that is no measure ("one cabinet member", "the two
    groups"): how a sentence refers to things, not a figure a reader would check against others."""
    in_words = not any(c.isdigit() for c in q.text)
    return in_words and q.value < 10 and q.unit not in _MEASURE_UNITS and q.unit != "people"


_MEASURE_UNITS = frozenset(UNITS.values())


def _unique_details(f: Facts, entities: list[Entity], kinds: set[tuple]) -> list[str]:
    """How a sentence writes the names and figures only its source gives, in the sentence's order;
    a figure inside a date ("Four days ago") is when, told as a date, not a figure."""
    text = f.sentence.text
    found = [(text.find(mention), mention) for e in entities if (mention := name_in(e, text)) in text]
    found += [
        (text.find(q.text), q.text)
        for q in f.quantities
        if (q.unit, measure_class(q)) in kinds and q.text in text and not any(q.text in d.text for d in f.dates)
    ]
    return list(dict.fromkeys(m for _, m in sorted(found)))


def _source_names(articles: list[Article]) -> dict[str, str]:
    return {a.id: a.source or a.id for a in articles}


def _sources(members: list[Facts], names: dict[str, str]) -> list[str]:
    out: list[str] = []
    for f in sorted(members, key=lambda f: f.order):
        name = names[f.article.id]
        if name not in out:
            out.append(name)
    return out
