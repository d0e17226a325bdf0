"""Alias resolution: the names of one story's mentions grouped into entities.

Two stages, both a union of *name groups* (mentions whose normalised name is the same):

1. variants of one written name: a surname or a tail of a full name ("Baghdadi", "Bakr
   al-Baghdadi" -> "Abu Bakr al-Baghdadi"), titles stripped ("Mr. Steele"), Arabic articles
   ignored (al-/Al-/el-), and rare misspellings ("Baghadi") matched with rapidfuzz under guards;
2. other names the text itself declares: an acronym in parentheses ("Islamic State's (ISIS)"),
   a capitalised acronym of a multi-word name ("FBI"), and a name given in apposition or as a
   real name ("Baghdadi, an Iraqi whose real name is Ibrahim al-Samarrai").

The canonical name comes from the stage-1 group with the most mentions (a real name or an
acronym seldom is the name a story uses), as its longest full form.
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from newsweave.model import Entity, Sentence
from newsweave.nlp.entities import Mention
from newsweave.nlp.lexicon import ALIAS_CUES, DESCRIPTORS, ENTITY_TYPES, NAME_PARTICLES, TITLES, nicknamer

FUZZY_MIN_RATIO = 85.0
"""rapidfuzz ratio for a misspelt name token. "Baghadi"/"Baghdadi" scores 93, one dropped or
swapped letter in a 7-10 letter name 84-95; different real surnames that share most letters
("Hassan"/"Hasan" is a variant, "Brown"/"Browne") are kept out by the length and rarity guards."""
FUZZY_MIN_LENGTH = 5
"""Shorter tokens are too easy to confuse ("Ali"/"Al")."""
FUZZY_MAX_MENTIONS = 2
"""A misspelling is rare: a spelling used three times or more is someone's name, not a typo."""

_TITLE_RE = re.compile(
    r"^(?:"
    + "|".join([*(r"\s+".join(re.escape(w) for w in t.split("_")) for t in TITLES), *sorted(DESCRIPTORS)])
    + r")\.?\s+(?=[A-Z])",
    re.IGNORECASE,
)
_PARTICLE_RE = re.compile(r"^(?:" + "|".join(re.escape(p) for p in NAME_PARTICLES) + r")", re.IGNORECASE)
_ACRONYM_AFTER = re.compile(r"^(?:['’]s)?\s*\(\s*([A-Z][A-Za-z&.]{1,9})\s*\)")
_CUE_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})(?:['’]s)?\s*[,(]\s*(?:[^,;()“”\"]{0,60}?\s)?(?i:"
    + "|".join(re.escape(c) for c in ALIAS_CUES)
    + r")[\s:]*$"
)


def surface_form(text: str, label: str) -> str:
    """A name as written, with a person's titles and descriptors ("Musician") stripped and
    spacing/apostrophes normalised; an editor's brackets go ('"[President Barack] Obama's war on
    religion"' is Barack Obama's name, not "Barack] Obama")."""
    text = " ".join(text.replace("’", "'").replace("[", "").replace("]", "").split())
    if label == "PERSON":
        while True:
            m = _TITLE_RE.match(text)
            if not m:
                break
            text = text[m.end() :]
    return text


def name_key(form: str) -> str:
    """The comparison key of a name: lower case, no dots, no Arabic article on any word."""
    words = [_PARTICLE_RE.sub("", w) for w in form.replace(".", "").split()]
    return " ".join(w for w in words if w).casefold()


def _is_acronym(form: str) -> bool:
    letters = form.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def _abbreviation(form: str) -> bool:
    """An acronym with dots or of three letters at most ("U.N", "UN", "NYK"): not a transcript's
    speaker written in capitals ("MARTIN", Michel Martin's turns in an NPR transcript)."""
    return _is_acronym(form) and ("." in form or len(form) <= 3)


@dataclass(slots=True)
class _Group:
    key: str
    forms: Counter[str] = field(default_factory=Counter)
    labels: Counter[str] = field(default_factory=Counter)
    mentions: list[Mention] = field(default_factory=list)

    @property
    def label(self) -> str:
        # PERSON wins ties: the recognizer often tags a lone surname ORG or GPE
        return max(self.labels, key=lambda lab: (self.labels[lab], lab == "PERSON"))

    @property
    def tokens(self) -> list[str]:
        return self.key.split()

    @property
    def articles(self) -> set[str]:
        return {m.article for m in self.mentions}


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(slots=True)
class Resolution:
    """The entities of a story and how to find them again by name."""

    entities: list[Entity]
    by_key: dict[str, str]
    """Name key of every known form -> entity id."""
    by_surname: dict[str, str]
    """Last-word key of person names -> entity id, only where one person has that surname."""
    labels: dict[str, str]
    """Entity id -> spaCy label of its canonical form."""
    _by_initial: tuple[dict[str, str], dict[str, list[tuple[str, str]]]] | None = field(
        default=None, compare=False, repr=False
    )
    """``by_surname`` by first letter (a misspelling keeps it), and the table it was built from."""

    def lookup(self, name: str) -> str | None:
        """The entity a written name refers to ("Mr. Steele", "al-Baghdadi's"), or None."""
        form = surface_form(re.sub(r"['’]s?$", "", name.strip()), "PERSON")
        key = name_key(form)
        if key in self.by_key:
            return self.by_key[key]
        words = key.split()
        if words and words[-1] in self.by_surname:
            return self.by_surname[words[-1]]
        return None

    def misspelt(self, word: str) -> tuple[str, str] | None:
        """The one person whose surname ``word`` misspells (same guards as stage 1), else None."""
        key = name_key(word)
        if key in self.by_key:
            return None
        if self._by_initial is None or self._by_initial[0] is not self.by_surname:
            index: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for surname, eid in self.by_surname.items():
                index[surname[:1]].append((surname, eid))
            self._by_initial = (self.by_surname, index)
        hits = {eid for surname, eid in self._by_initial[1].get(key[:1], ()) if _near([key], [surname])}
        if len(hits) != 1:
            return None
        eid = hits.pop()
        return eid, self.labels[eid]

    def aliases(self) -> dict[str, tuple[str, str]]:
        """Every written form -> (entity id, label), for finding missed mentions."""
        out: dict[str, tuple[str, str]] = {}
        for e in self.entities:
            for form in (e.name, *e.aliases):
                out.setdefault(form, (e.id, self.labels[e.id]))
        return out


def resolve(mentions: list[Mention], sentences: dict[str, Sentence]) -> Resolution:
    """Group a story's mentions (in reading order) into entities; sets ``Mention.entity``.

    ``sentences`` maps sentence id -> Sentence, for the cues written between two names.
    """
    groups: dict[str, _Group] = {}
    for m in mentions:
        form = surface_form(m.text, m.label)
        key = name_key(form)
        if not key:
            continue
        g = groups.setdefault(key, _Group(key))
        g.forms[form] += 1
        g.labels[m.label] += 1
        g.mentions.append(m)

    variants = _Union()
    for g in groups.values():
        variants.find(g.key)
    _link_middle_names(groups, variants)
    _link_nicknames(groups, variants)
    _link_surnames(groups, variants, sentences)
    _link_misspellings(groups, variants)
    _link_surnames_as_places(groups, variants, sentences)
    _link_plurals(groups, variants)

    declared = _Union()
    for key in groups:
        declared.union(key, variants.find(key))
    _link_declared(mentions, sentences, groups, declared)
    _link_initials(groups, declared)

    return _entities(mentions, groups, variants, declared)


def _link_plurals(groups: dict[str, _Group], union: _Union) -> None:
    """One people named in the singular and the plural ("Muslim" / "Muslims", "Republican" /
    "Republicans", "Sunni" / "Sunnis"): one-word groups the recognizer tags a nationality or a
    religious or political group (NORP). A helper's reading of 25 stories found 24 such pairs and no
    wrong one; the same test over 286 more stories found about 150, none wrong. A word of another
    type stays apart ("Philippine" the people, "Philippines" the country)."""
    singular = {g.key: g for g in groups.values() if g.label == "NORP" and " " not in g.key}
    for key in singular:
        for end in ("s", "es"):
            if key.endswith(end) and (one := key[: -len(end)]) in singular:
                union.union(one, key)
                break


def _personish(g: _Group) -> bool:
    """A group that may be (part of) a person's name: tagged PERSON at least once, or not a place."""
    return g.labels["PERSON"] > 0 or (g.label not in ("GPE", "LOC", "FAC", "NORP") and len(g.tokens) == 1)


def _link_middle_names(groups: dict[str, _Group], union: _Union) -> None:
    """A person's first and last name join the one longer name with the same first and last word
    ("Susan Rice" / "Susan E. Rice", "Hillary Clinton" / "Hillary Rodham Clinton"); not when two
    longer names have them ("George H.W. Bush" and "George W. Bush": "George Bush" is either)."""
    longer: dict[tuple[str, str], list[_Group]] = defaultdict(list)
    for g in groups.values():
        if g.label == "PERSON" and len(g.tokens) >= 3:
            longer[g.tokens[0], g.tokens[-1]].append(g)
    for g in groups.values():
        if g.label == "PERSON" and len(g.tokens) == 2:
            found = longer.get((g.tokens[0], g.tokens[1]), [])
            if len(found) == 1:
                union.union(g.key, found[0].key)


def _link_nicknames(groups: dict[str, _Group], union: _Union) -> None:
    """A person named by a nickname and the same surname joins the one other name whose given
    name the nickname is short for, or the other way round ("Dave Brat" / "David Brat", "Dick
    Blumenthal" / "Richard Blumenthal"; the ``nicknames`` package's hand-curated English table).
    Not when two such names fit ("Chris Smith" beside "Christopher" and "Christine Smith")."""
    by_last: dict[str, list[_Group]] = defaultdict(list)
    for g in groups.values():
        if g.label == "PERSON" and len(g.tokens) >= 2 and _given(g):
            by_last[g.tokens[-1]].append(g)
    pairs: list[tuple[_Group, _Group]] = []
    for same in by_last.values():
        if len(same) < 2:
            continue
        for g in same:  # g's given name a nickname of the other's: "chris" of "christopher"
            fits = [o for o in same if _nickname_of(_given(g), _given(o))]
            if len({union.find(o.key) for o in fits}) == 1:
                pairs.append((g, fits[0]))
    for g, o in pairs:  # joined after all are judged: one join must not make another fit
        union.union(g.key, o.key)


def _given(g: _Group) -> str:
    """The first given name of a person's name that is more than an initial ("christopher" of "J.
    Christopher Stevens"), or ""."""
    return next((t for t in g.tokens[:-1] if len(t) > 1), "")


@functools.lru_cache(maxsize=4096)
def _nickname_of(a: str, b: str) -> bool:
    """Whether given name ``a`` is a nickname of ``b`` ("dave" of "david")."""
    return a != b and a in nicknamer().nicknames_of(b)


def _link_surnames(groups: dict[str, _Group], union: _Union, sentences: dict[str, Sentence]) -> None:
    """A person's surname or name tail joins the full name it ends (if only one full name does),
    or else the one full name it ends before a generational suffix ("Mr. Davis" is "Thomas M.
    Davis III", BASIL). A suffixed name is not the name without it: "Jesse Jackson Jr." is not
    the Rev. Jesse Jackson, nor "Duncan Hunter Sr." his son the congressman (PolNeAR). Where
    several full names end it, the surname joins the one given a title that a third of its
    mentions give it (``TITLED_SHARE``: "President Obama" and "Mr. Obama" are "President Barack
    Obama", not "Sasha Obama", though she is named in more of the articles), else the one sharing
    most articles with it (``_closest``)."""
    full = [g for g in groups.values() if g.label == "PERSON" and len(g.tokens) >= 2]
    by_last: dict[str, list[_Group]] = defaultdict(list)
    suffixed: dict[str, list[_Group]] = defaultdict(list)
    for g in full:
        by_last[g.tokens[-1]].append(g)
        if len(g.tokens) > 2 and g.tokens[-1].rstrip(",.") in _SUFFIXES:
            suffixed[g.tokens[-2]].append(g)
    for g in groups.values():
        if not _personish(g) or all(_abbreviation(f) for f in g.forms):
            continue  # "U.N" is no surname of Kim Jong Un (Multi-News)
        n = len(g.tokens)
        candidates = [
            f for f in by_last.get(g.tokens[-1], []) if len(f.tokens) > n and f.tokens[-n:] == g.tokens
        ] or [f for f in suffixed.get(g.tokens[-1], []) if len(f.tokens) > n + 1 and f.tokens[-n - 1 : -1] == g.tokens]
        one = {union.find(f.key) for f in candidates}  # "Susan Rice" and "Susan E. Rice" are one
        titled = _titled_alike(g, candidates, sentences) if len(one) > 1 else []
        if len({union.find(f.key) for f in titled}) == 1:
            candidates, one = titled, {union.find(titled[0].key)}
        target = candidates[0] if len(one) == 1 else _closest(g, candidates)
        if target is not None:
            union.union(g.key, target.key)


_TITLE_BEFORE = re.compile(
    r"\b(" + "|".join(r"\s+".join(re.escape(w) for w in t.split("_")) for t in TITLES) + r")\.?\s+$", re.IGNORECASE
)
"""A title just before a name ("President Obama", "former Vice President Cheney")."""


TITLED_SHARE = 1 / 3
"""A surname joins the one full name given a title it is given when at least this share of its
mentions carry that title. In 340 stories (BASIL, Multi-News, 10 DUC 2004 clusters, 30 AllSides
val stories) the titles would join 5 surnames: the one above this share rightly ("President
Obama", "Mr. Obama", 5 of 6 mentions, are Barack Obama, not Sasha); of the 4 below it, 2 wrongly
("Rep. Conyers" is John Conyers once, but the other 5 mentions of "Conyers" are his son Carl; one
"Former Vice President Cheney" among 7 mostly Liz's) and 2 rightly ("Judge Gorsuch")."""


def _titled_alike(g: _Group, candidates: list[_Group], sentences: dict[str, Sentence]) -> list[_Group]:
    """The candidates given a title that ``TITLED_SHARE`` of ``g``'s mentions are given."""
    given = [_titles(m, sentences) for m in g.mentions]
    out = []
    for f in candidates:
        titles = set().union(*(_titles(m, sentences) for m in f.mentions))
        if titles and sum(bool(t & titles) for t in given) >= TITLED_SHARE * len(given):
            out.append(f)
    return out


def _titles(m: Mention, sentences: dict[str, Sentence]) -> set[str]:
    """The titles a mention gives its name, in it ("Mr. Obama" as one mention) or just before it."""
    found = (_TITLE_BEFORE.search(_before(m, sentences, 30)), _TITLE_RE.match(m.text))
    return {" ".join(f.group(0).rstrip(". ").split()).casefold() for f in found if f}


def _link_surnames_as_places(groups: dict[str, _Group], union: _Union, sentences: dict[str, Sentence]) -> None:
    """A surname the recognizer took for a place or an organisation every time joins the one
    person whose full name it ends: "Pinochet" (72 mentions, tagged GPE) is Augusto Pinochet in
    DUC 2004, "Artaza" and "Espina" the senators quoted beside him. Not where a mention reads as a
    place ("in Houston", "at Balenciaga", "The Hague"). Over 341 stories (BASIL, Multi-News, DUC
    2004, AllSides) about 50 such names join, two wrongly ("Houston" the city with the player Allan
    Houston, "Mars" of a band's name with Bruno Mars)."""
    by_last: dict[str, set[str]] = defaultdict(set)
    for f in groups.values():
        if f.label == "PERSON" and len(f.tokens) >= 2:
            by_last[f.tokens[-1]].add(union.find(f.key))
    for g in groups.values():
        if len(g.tokens) != 1 or _personish(g) or g.label == "NORP" or all(_abbreviation(f) for f in g.forms):
            continue
        roots = by_last.get(g.key, set())
        if len(roots) != 1 or any(_PLACE_BEFORE.search(_before(m, sentences)) for m in g.mentions):
            continue
        union.union(g.key, next(iter(roots)))


_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|The)\s+$")
"""Words before a name that make it a place or a thing: "in Houston", "at Balenciaga", "The Hague".
Not "of" ("the arrest of Pinochet") nor "the" ("the Pinochet case")."""


def _before(m: Mention, sentences: dict[str, Sentence], width: int = 8) -> str:
    """The ``width`` characters of its sentence before a mention."""
    sentence = sentences.get(m.sentence)
    return sentence.text[max(0, m.start - width) : m.start] if sentence else ""


_SUFFIXES = frozenset("jr sr ii iii iv".split())
"""What may follow a surname: "Thomas M. Davis III"."""


def _closest(g: _Group, candidates: list[_Group]) -> _Group | None:
    """The candidate full name sharing most articles with ``g``; None when two tie (ambiguous)."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    scored = sorted(candidates, key=lambda c: len(c.articles & g.articles), reverse=True)
    first, second = (len(c.articles & g.articles) for c in scored[:2])
    return scored[0] if first > second else None


def _link_misspellings(groups: dict[str, _Group], union: _Union) -> None:
    """A rare spelling close to a person's name joins it ("Baghadi" -> "Baghdadi").

    Guards, because two people can have similar names: the variant is rare (at most
    FUZZY_MAX_MENTIONS mentions, fewer than the name it joins), it has no exact match of its own,
    every word but one is identical, that word has the same first letter and at least
    FUZZY_MIN_LENGTH letters, and only one known name is that close.
    """
    sizes: Counter[str] = Counter()
    for g in groups.values():
        sizes[union.find(g.key)] += len(g.mentions)
    comp_labels: dict[str, Counter[str]] = defaultdict(Counter)
    for g in groups.values():
        comp_labels[union.find(g.key)].update(g.labels)
    # Persons by each of their words' first letter and the other words (the form any name
    # ``_near`` them has), and a name of several words also by its last word's first letter alone:
    # comparing each rare spelling with every person was quadratic in a story of many names.
    persons: dict[tuple, list[_Group]] = defaultdict(list)
    for p in groups.values():
        if _is_person(comp_labels[union.find(p.key)]):
            for form in _near_forms(p.tokens):
                persons[form].append(p)
            if len(p.tokens) > 1:
                persons[((), p.tokens[-1][:1], ())].append(p)
    for g in groups.values():
        if sizes[union.find(g.key)] != len(g.mentions):
            continue  # already a variant of a longer name
        if len(g.mentions) > FUZZY_MAX_MENTIONS or not _personish(g):
            continue
        candidates = [p for form in _near_forms(g.tokens) for p in persons.get(form, ())]
        close = {
            union.find(p.key)
            for p in candidates
            if p.key != g.key and _near(g.tokens, p.tokens, vowel=not g.articles.isdisjoint(p.articles))
        }
        close.discard(g.key)
        if len(close) == 1:
            root = close.pop()
            if sizes[root] > len(g.mentions):
                union.union(g.key, root)


def _is_person(labels: Counter[str]) -> bool:
    """Whether a name's votes make it a person (PERSON at least a third of them)."""
    return labels["PERSON"] > 0 and labels["PERSON"] * 2 >= sum(labels.values()) - labels["PERSON"]


def _near_forms(tokens: list[str]) -> list[tuple]:
    """A name's words with one of them cut to its first letter, for each word: two names ``_near``
    each other share one of these forms."""
    return [(tuple(tokens[:i]), w[:1], tuple(tokens[i + 1 :])) for i, w in enumerate(tokens)]


def _near(a: list[str], b: list[str], vowel: bool = False) -> bool:
    """Same words but one misspelt one; a lone word may also match the other name's last word.
    With ``vowel``, for names that one article writes both ways, one changed vowel is a
    misspelling too (``_vowel_swapped``)."""
    if len(a) == 1 and len(b) > 1:
        b = b[-1:]
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(diff) != 1:
        return False
    x, y = diff[0]
    if x[0] != y[0] or min(len(x), len(y)) < FUZZY_MIN_LENGTH:
        return False
    return fuzz.ratio(x, y) >= FUZZY_MIN_RATIO or (vowel and _vowel_swapped(x, y))


def _vowel_swapped(x: str, y: str) -> bool:
    """Whether two words differ only in one vowel ("Cowen" / "Cowan"): one letter changed in a
    name of five or six letters scores under ``FUZZY_MIN_RATIO`` (80, 83), and a vowel is the
    letter a writer who heard the name gets wrong. Only within one article: across articles two
    such names are as often two people ("Chang Ung" and "Chung Ju-yung" in one DUC 2004 story)."""
    if len(x) != len(y):
        return False
    diff = [(a, b) for a, b in zip(x.lower(), y.lower(), strict=True) if a != b]
    return len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS


_VOWELS = frozenset("aeiouy")


def _link_declared(
    mentions: list[Mention], sentences: dict[str, Sentence], groups: dict[str, _Group], union: _Union
) -> None:
    """Names the text declares equal: "X (ACRONYM)" and "X, ... whose real name is Y"."""
    by_sentence: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence].append(m)
    for sid, ms in by_sentence.items():
        text = sentences[sid].text
        ms.sort(key=lambda m: m.start)
        for a in ms:
            key_a = name_key(surface_form(a.text, a.label))
            if key_a not in groups:
                continue
            acro = _ACRONYM_AFTER.match(text[a.end : a.end + 20])
            if (
                acro
                and _is_acronym(acro.group(1))
                and a.label in ("ORG", "GPE", "NORP", "PERSON", "LOC", "FAC")
            ):
                key_b = name_key(acro.group(1))
                if key_b not in groups:
                    g = groups[key_b] = _Group(key_b)
                    g.forms[acro.group(1)] += 1
                    g.labels[a.label] += 1
                    b0 = a.end + acro.start(1)
                    extra = Mention(acro.group(1), a.label, sid, a.article, b0, b0 + len(acro.group(1)))
                    g.mentions.append(extra)
                union.union(key_a, key_b)
            if a.label == "PERSON":
                # "Baghdadi, an Iraqi whose real name is Ibrahim al-Samarrai": the name before
                # the cue need not have been tagged by the recognizer in this sentence
                cue = _CUE_BEFORE.search(text[max(0, a.start - 120) : a.start])
                if cue:
                    key_b = name_key(surface_form(cue.group("name"), "PERSON"))
                    if key_b in groups:
                        union.union(key_a, key_b)


def _link_initials(groups: dict[str, _Group], union: _Union) -> None:
    """An all-capitals name joins the one multi-word organisation whose initials it spells ("FBI")."""
    initials: dict[str, list[str]] = defaultdict(list)
    for g in groups.values():
        if g.label in ("ORG", "GPE", "NORP", "LOC", "FAC") and len(g.tokens) >= 2:
            form = g.forms.most_common(1)[0][0]
            if any(_abbreviation(w.rstrip(".,")) for w in form.split()):
                continue  # "U.S. Navy" is no "U.N", "U.S. Senate" no "U.S", "BBC iPlayer" no "BBC"
            caps = "".join(w[0] for w in form.split() if w[:1].isupper())
            if len(caps) >= 2:
                initials[caps.lower()].append(g.key)
    for g in groups.values():
        form = g.forms.most_common(1)[0][0]
        if _is_acronym(form) and len(names := {union.find(k) for k in initials.get(g.key, [])}) == 1:
            union.union(g.key, names.pop())


def _entities(
    mentions: list[Mention], groups: dict[str, _Group], variants: _Union, declared: _Union
) -> Resolution:
    members: dict[str, list[_Group]] = defaultdict(list)
    for g in groups.values():
        members[declared.find(g.key)].append(g)
    # reading order of first mention decides the ids (mentions are given in reading order;
    # acronym mentions added by _link_declared follow their sentence's other mentions)
    order = {id(m): i for i, m in enumerate(mentions)}
    first = {
        root: min(order.get(id(m), len(order)) for g in gs for m in g.mentions)
        for root, gs in members.items()
    }
    entities: list[Entity] = []
    by_key: dict[str, str] = {}
    labels: dict[str, str] = {}
    surnames: dict[str, set[str]] = defaultdict(set)
    places = {g.key for g in groups.values() if g.label in ("GPE", "LOC")}
    for n, root in enumerate(sorted(members, key=lambda r: (first[r], r)), start=1):
        gs = members[root]
        eid = f"e{n}"
        name, label = _canonical(gs, variants)
        if label in ("ORG", "PERSON", "GPE") and _people_of(name, places):
            label = "NORP"  # "Russian- and Iranian-backed Syrian army units": a people, not an organisation
        all_mentions = sorted((m for g in gs for m in g.mentions), key=lambda m: order.get(id(m), len(order)))
        forms = Counter()
        for g in gs:
            forms.update(g.forms)
            by_key[g.key] = eid
            if label == "PERSON":
                surnames[g.tokens[-1]].add(eid)
        for m in all_mentions:
            m.entity = eid
        entity = Entity(
            id=eid,
            name=name,
            type=ENTITY_TYPES[label],
            aliases=sorted(f for f in forms if f != name),
        )
        _count(entity, all_mentions)
        entities.append(entity)
        labels[eid] = label
    by_surname = {s: next(iter(ids)) for s, ids in surnames.items() if len(ids) == 1}
    return Resolution(entities, by_key, by_surname, labels)


def _people_of(name: str, places: set[str]) -> bool:
    """Whether a one-word name is the people of a place the story names ("Russian" of Russia,
    "Iranian" of Iran, "Iraqi" of Iraq, "Turkish" of Turkey): a group, whatever label the
    recognizer gave it."""
    key = name.casefold()
    if " " in key or not key.isalpha():
        return False
    for end, cut in (("ian", 0), ("an", 0), ("n", 0), ("i", 0), ("ese", 0), ("ish", 1)):
        if key.endswith(end) and len(key) > len(end) + 2:
            stem = key[: -len(end)]
            if stem in places or stem + "a" in places or (cut and any(p.startswith(stem) for p in places)):
                return True
    return False


def _count(entity: Entity, mentions: list[Mention]) -> None:
    entity.mentions = len(mentions)
    entity.articles = list(dict.fromkeys(m.article for m in mentions))
    entity.sentences = list(dict.fromkeys(m.sentence for m in mentions))


def finish(resolution: Resolution, mentions: list[Mention]) -> None:
    """Recount mentions (in reading order) after some were added or merged, add their written
    forms to the aliases, drop entities left without mentions and renumber by first mention."""
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.entity:
            by_entity[m.entity].append(m)
    first = {eid: i for i, eid in reversed(list(enumerate(m.entity for m in mentions if m.entity)))}
    kept = sorted((e for e in resolution.entities if by_entity.get(e.id)), key=lambda e: first[e.id])
    renumber = {e.id: f"e{i}" for i, e in enumerate(kept, start=1)}
    for e in kept:
        ms = by_entity[e.id]
        _count(e, ms)
        forms = {surface_form(m.text, m.label) for m in ms} - {e.name}
        e.aliases = sorted(set(e.aliases) | forms)
    for m in mentions:
        m.entity = renumber.get(m.entity) if m.entity else None
    resolution.labels = {renumber[e.id]: resolution.labels[e.id] for e in kept}
    resolution.by_key = {k: renumber[v] for k, v in resolution.by_key.items() if v in renumber}
    resolution.by_surname = {k: renumber[v] for k, v in resolution.by_surname.items() if v in renumber}
    for e in kept:
        e.id = renumber[e.id]
    resolution.entities = kept


def _canonical(gs: list[_Group], variants: _Union) -> tuple[str, str]:
    """Longest full form of the most-mentioned stage-1 variant set (acronyms only as a last resort)."""
    sets: dict[str, list[_Group]] = defaultdict(list)
    for g in gs:
        sets[variants.find(g.key)].append(g)

    def weight(vs: list[_Group]) -> tuple[bool, int]:
        plain = any(not _is_acronym(f) for g in vs for f in g.forms)
        return plain, sum(len(g.mentions) for g in vs)

    best = max(sets.values(), key=lambda vs: (weight(vs), -min(len(g.key) for g in vs)))
    forms = Counter()
    for g in best:
        forms.update(g.forms)
    name = max(forms, key=lambda f: (not _is_acronym(f), len(f.split()), forms[f], len(f), f))
    owner = next(g for g in best if name in g.forms)
    labels = Counter()
    for g in gs:
        labels.update(g.labels)
    label = owner.label
    if label != "PERSON" and labels["PERSON"] > sum(labels.values()) / 2:
        label = "PERSON"
    return name, label
