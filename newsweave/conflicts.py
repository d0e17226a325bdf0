"""Where two sources disagree: figures, dates and people, compared sentence by sentence.

Each kind asks for its own evidence that two sentences tell the same fact before their values are
compared: figures of the same unit and kind, each its sentence's only one (or the same neighbours);
dates beyond those both sentences give; people in the same sentence frame, given the same title
("Colorado Attorney General X" / "... Y") or between the same words ("I was stunned when X lost");
organisations that each source says claimed one attack ("Hamas claimed responsibility" /
"Islamic Jihad claimed responsibility").
A tolerance separates rounding and bounds ("about 30" vs 31, "more than 60" vs 64) from real
disagreement, and the note of each conflict says which it is. One quotation printed in other
words is the fourth kind (``newsweave.misquotes``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from rapidfuzz import fuzz

from newsweave.facts import Facts, name_in, stem, stems
from newsweave.misquotes import quote_conflicts
from newsweave.model import Conflict, ConflictValue, DateRef, Entity, Quantity
from newsweave.nlp.lexicon import (
    CASUALTY_PARTICIPLES,
    CASUALTY_WORDS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    MEASURE_CLASSES,
    NUMBER_WORDS,
    STOP_WORDS,
    TITLES,
    UNITS,
)
from newsweave.nlp.quantities import written_unit
from newsweave.readable import title_case

_TOKEN = re.compile(r"\w+")

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

FRAME_WORDS = 3
"""Names in sentences of two sources between the same three words on each side (or the sentence's
edge) are given one role, whatever the rest of the sentences say."""

LONG_FRAME = 5
"""... or next to five same words in all (a relative clause, the rest of a list, a party)."""

SPELLING_RATIO = 80.0
"""rapidfuzz ratio above which two name words are one name spelt two ways ("Muammar" / "Moammar"
85.7); different names score far lower ("Keba Mbaye" / "Dick Pound" 10)."""

ACCOUNT_FRAME = 0.1
"""How alike a sentence must be to a cited one to count as another account of its figure (the
loosest candidate pairs of the alignment: the figure itself must then match exactly)."""

MAX_TITLED = 12
"""A title given in more sentences than this (a story's many spokesmen) does not pair them."""

SEAT_FRAME = 0.25
"""Similarity two sentences need before the same House seat ("Rep. X, R-Va.") makes their people
one role (``_same_seat``)."""
ROUNDING = {"about": 0.1, "nearly": 0.1}
"""Relative tolerance of an approximate figure ("about 30" is consistent with 31)."""


# -- 3. conflicts ----------------------------------------------------------------------------------
def _after(pattern: re.Pattern[str], text: str, mention: str) -> re.Match[str] | None:
    """``pattern`` matched right after the first place ``text`` writes ``mention`` (a figure, a
    name), or None when it does not match there or the text does not write the mention."""
    at = text.find(mention)
    return pattern.match(text, at + len(mention)) if at >= 0 else None


def _before(pattern: re.Pattern[str], text: str, mention: str, width: int) -> re.Match[str] | None:
    """``pattern`` found in the ``width`` characters just before the first place ``text`` writes
    ``mention`` (anchored with ``$`` to end there), or None."""
    at = text.find(mention)
    return pattern.search(text, max(0, at - width), at) if at > 0 else None


def measure_class(q: Quantity) -> str | None:
    if q.measure is None:
        return None
    word = q.measure.lower()
    return MEASURE_CLASSES.get(word, MEASURE_CLASSES.get(word.rstrip("s"), word.rstrip("s")))


def _disagreement(a: Quantity, b: Quantity, fa: Facts | None = None, fb: Facts | None = None) -> str | None:
    """None when two figures agree; else a note saying whether it is rounding or a real disagreement.
    ``fa`` and ``fb``, the sentences of the figures, tell whom a bare age refers to (``_owner``)."""
    if a.value == b.value or not _same_owner(_owner(a, fa), _owner(b, fb)):
        return None  # equal, or two people's ages ("Anwar, 51" and "Mahathir, 72")
    if any(f is not None and _no_count(f.sentence.text, x.text) for x, f in ((a, fa), (b, fb))):
        return None  # "between 30 and 40 people", "guilty on four of five charges"
    if fa is not None and fb is not None and _time_off(fa.sentence.text, a.text) != _time_off(fb.sentence.text, b.text):
        return None  # "since he became premier six years ago" / "Hrawi's nine years in office"
    low, high = sorted((abs(a.value), abs(b.value)))
    if low == 0 or high / low > MAGNITUDE:
        return None  # an order of magnitude apart: figures of different things, not two accounts
    if any(_OTHER.search(x.text) and y.value == x.value + 1 for x, y in ((a, b), (b, a))):
        return None  # "the United States and 15 other nations" are the "16 nations"
    for x, y, f in ((a, b, fa), (b, a, fb)):
        if f is not None and (included := _with_perpetrator(f.sentence.text, x.text)):
            who, many = included
            if x.value == y.value + many:
                return f"not a conflict: one count includes the {who} ({_show(x.value)} vs {_show(y.value)})"
    anchors = _anchor(a, fa), _anchor(b, fb)
    if None not in anchors and anchors[0] != anchors[1]:
        return None  # "30 nautical miles south of Jervis Bay" / "50 nautical miles off Merimbula"
    # "at least 60" vs "at least 80" state different bounds: only a bound and a figure can agree
    if not (a.approx in _BOUNDS and a.approx == b.approx):
        note = _within_bound_or_rounding(a, b)
        if note != "":
            return note
    spread = abs(a.value - b.value) / max(abs(a.value), abs(b.value))
    unit = written_unit(a.unit, b.value) if a.unit else ""
    return f"real disagreement: {_show(a.value)} vs {_show(b.value)} {unit} ({spread:.0%} apart)".replace(
        "  ", " "
    )


_NUMBER_WORD = r"\b(?:" + "|".join(w for w in NUMBER_WORDS if " " not in w) + r")"
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:\bbetween\s+\S+\s+and|(?:\d[\d,.]*|" + _NUMBER_WORD + r")\s*(?:to|[-–]|of(?:\s+the)?))\s*$", re.IGNORECASE
)
_TIME_OFF = re.compile(r"\s+(?:ago|earlier|later)\b")


def _no_count(text: str, mention: str) -> bool:
    """Whether a figure is no count of its own: the upper end of a range ("between 30 and 40
    people", "eight to 15 years", "30-40"), or the whole a part is counted in ("guilty on four of
    five charges" against "three charges of attempted murder")."""
    return _before(_NOT_A_COUNT_BEFORE, text, mention, 40) is not None


def _time_off(text: str, mention: str) -> bool:
    """Whether a figure tells how long before or after ("six years ago", "18 hours earlier"): it
    dates an event, and is compared only with another such ("18 months ago" / "24 months ago"),
    not with a span ("Hrawi's nine years in office")."""
    return _after(_TIME_OFF, text, mention) is not None


_OTHER = re.compile(r"\bother\b", re.IGNORECASE)
_PERPETRATOR = re.compile(
    r"[^.;]{0,40}?\b(?:including|counting|among them) (?:the )?(?:(\d+|" + _NUMBER_WORD + r") )?"
    r"(?:suspected |alleged )?(shooter|gunm[ae]n|attackers?|assailants?|bombers?|killers?|suspects?)\b"
)
"""A count that says it includes those who did it: "Four people were killed (including the
shooter)", "left 20 people dead, including the three gunmen"; another source's "the gunman who
killed three people", "killed 17 people", counts their victims."""


def _with_perpetrator(text: str, mention: str) -> tuple[str, float] | None:
    """Who a count says it includes, and how many of them."""
    m = _after(_PERPETRATOR, text, mention)
    if m is None:
        return None
    many = (m.group(1) or "").lower()
    return m.group(2), float(many) if many.isdigit() else float(NUMBER_WORDS.get(many, 1))


_DISTANCES = frozenset({"mile", "km", "m", "foot"})
"""The units of distance ``lexicon.UNITS`` gives figures."""
_ANCHOR = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:of|off|from|outside)\s+(?:[a-z]+\s+){0,3}?((?:[A-Z][\w'’-]+\s?){1,3})")


def _anchor(q: Quantity, f: Facts | None) -> str | None:
    """The place a distance is measured from, written just after it ("30 nautical miles south of
    Jervis Bay"): two distances from different places are no two accounts of one. Only distances:
    other figures name what they count in other words ("the GOP caucus", "the Republican
    caucus")."""
    if f is None or q.unit not in _DISTANCES:
        return None  # "all 42 members of the GOP caucus" / "the 42 members of the Republican caucus"
    m = _after(_ANCHOR, f.sentence.text, q.text)
    return m.group(1).strip() if m else None


def _owner(q: Quantity, f: Facts | None = None) -> tuple[str | None, str] | None:
    """Whose age an age is, first name (when given) and last, accents aside: "Anwar, 51" -> (None,
    "anwar"), "20-year-old Jacob San-Juan" -> ("jacob", "san-juan"), "X, a 36-year-old Menasha man"
    and "27-year-old military veteran X" -> X's; without a name, what it describes: "the
    56-year-old history professor" -> (None, "~history professor"). None for other figures.

    "the 28-year-old" alone stands for someone named before: given its sentence ``f``, it is the
    one person the sentence names, when it names one before it ("Kira Grünberg has suffered
    injuries after the 28-year-old landed" -> Grünberg's age)."""
    if q.measure != "age":
        return None
    if "-old" in q.text:
        head, _, name = q.text.partition("-old")
        if ", " in head:
            name = head.split(",")[0]  # the name the age is in apposition to
        elif not name.split() or not name.split()[-1][:1].isupper():
            described = _described(name)
            if not described and f is not None and f.referent:
                at = f.sentence.text.find(q.text)
                if _THE_BEFORE.search(f.sentence.text, 0, max(at, 0)) and 0 <= f.sentence.text.find(f.referent) < at:
                    return _owner_named(f.referent)
            return None, "~" + described
    else:
        name = q.text.split(",")[0]
    return _owner_named(name)


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _owner_named(name: str) -> tuple[str | None, str]:
    words = [
        _folded(w.lower()) for w in name.split() if w[:1].isupper() and not w.endswith(".") and w.lower() not in TITLES
    ]
    if not words:
        return None, "~"
    return (words[0] if len(words) > 1 else None), words[-1]


def _described(words: str) -> str:
    """What an unnamed age describes, from the words after it, up to a verb or function word: "boy
    was" -> "boy", "history professor" -> "history professor"; "" when one follows at once ("the
    28-year-old landed beside": the age stands for someone named before)."""
    kept = []
    for word in words.lower().split():
        if word in STOP_WORDS or word in _AFTER_BARE_AGE or word.endswith("ed"):
            break
        kept.append(word.strip(",.;:"))
    return " ".join(kept)


_AFTER_BARE_AGE = frozenset({"went", "got", "took", "made", "came", "left", "fell", "ran", "died"})
"""Verbs that may follow a bare age ("The 4-year-old went missing") without "-ed"."""


def _folded(word: str) -> str:
    """A word without its accents: "grünberg" -> "grunberg" (sources differ in how they spell names)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _same_owner(a: tuple[str | None, str] | None, b: tuple[str | None, str] | None) -> bool:
    """Two figures that are not ages, or ages of one person: the same last name and no two
    different first names. Ages without a name ("a 43-year-old man") may be anyone's."""
    if a is None or b is None:
        return a is None and b is None
    return a[1] == b[1] != "~" and (a[0] is None or b[0] is None or a[0] == b[0])


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
        if _rounded(x.value, y.value):
            return f"not a conflict: within rounding ({_show(x.value)} vs {_show(y.value)})"
    return ""


ROUND_SHARE = 0.05
"""How far (relative) a precise figure may be from one of thousands or more that a writer
rounded it to (``_rounded``)."""


def _rounded(x: float, y: float) -> bool:
    """Whether ``x`` is ``y`` rounded: to its thousands or more ("15,000 new coronavirus cases" in
    a headline, "15,300 new cases" in the report; x a multiple of 1,000 to which y rounds, within
    ``ROUND_SHARE``), to its hundreds within ``HUNDREDS_SHARE`` ("$400" / "will cost $399"), or a
    whole number to which a figure with decimals rounds ("profit rose 7 percent" / "jumps 6.9
    percent"); y not itself round at x's unit. Tens are left alone: "a 30-minute tape" against "a
    31-minute recording" is the disagreement a reader wants told."""
    if x != int(x):
        return False
    if y != int(y) and abs(x - y) < 0.5:
        return True
    if abs(x) < 100 or x % 100:
        return False
    unit = 100
    while x % (unit * 10) == 0:
        unit *= 10
    if y % unit == 0:
        return False  # two round figures: two different counts
    share = HUNDREDS_SHARE if unit == 100 else ROUND_SHARE
    return abs(x - y) <= unit / 2 and abs(x - y) <= share * abs(x)


HUNDREDS_SHARE = 0.01
"""How far (relative) a precise figure may be from one rounded to its hundreds (``_rounded``):
"$399" is "$400", "394 people" is not "400 people"."""


def conflicts_of(
    a: Facts, b: Facts, score: float, people: dict[str, Entity], naming: dict[str, int] | None = None
) -> list[Conflict]:
    """What two aligned sentences disagree on; each kind asks for its own closeness of wording.
    ``naming``: how many independent sources name each person."""
    names = _name_conflicts(a, b, people, score) or role_conflicts(a, b, people, score=score, naming=naming)
    dates = date_conflicts(a, b, score) + time_conflicts(a, b, score) + once_conflicts(a, b, score)
    return _number_conflicts(a, b, score) + dates + names + quote_conflicts(a, b)


def _context(text: str, mention: str, width: int) -> tuple[set[str], set[str]]:
    """Stemmed content words within ``width`` words before, and after, a mention in a sentence."""
    at = text.find(mention)
    if at < 0:
        return set(), set()
    before = [w for w in stems(text[:at]) if w not in _TIME_PREPOSITIONS][-width:]
    after = [w for w in stems(text[at + len(mention) :]) if w not in _TIME_PREPOSITIONS][:width]
    return {w for w in before if not w[0].isdigit()}, {w for w in after if not w[0].isdigit()}


_TIME_PREPOSITIONS = frozenset({"since", "until", "till", "before", "after", "during", "between", "around"})
"""Words before a date that say nothing of which event it dates ("since 1986" / "since 1975")."""


def _same_context(a: Facts, b: Facts, mention_a: str, mention_b: str, score: float) -> bool:
    """Whether two figures or dates sit among the same words in their sentences. Sentences that
    tell the same thing may still give several facts ("moving at 8 mph" and "winds of 120 mph");
    a changed figure in a retold fact keeps its neighbours."""
    if score >= CONTEXT_FREE:
        return True
    before_a, after_a = _context(a.sentence.text, mention_a, CONTEXT_WORDS)
    before_b, after_b = _context(b.sentence.text, mention_b, CONTEXT_WORDS)
    return bool((before_a | after_a) & (before_b | after_b))


def _same_role(a: Facts, b: Facts, mention_a: str, mention_b: str, strict: bool = False) -> bool:
    """Whether two names sit between the same words on both sides ("tycoon X said" / "tycoon Y
    said"); a side that is empty in both sentences (the name starts or ends it) counts as alike.
    ``strict``, for sentences that are not aligned: two words in common in all ("due to be
    completed by 2004." / "... by 2001."), not one and an end ("illegal in Canada until 1988." /
    "attacks in western New York and Canada since 1994.")."""
    before_a, after_a = _context(a.sentence.text, mention_a, CONTEXT_WORDS)
    before_b, after_b = _context(b.sentence.text, mention_b, CONTEXT_WORDS)
    sides = ((before_a, before_b), (after_a, after_b))
    if not all(x & y or not (x or y) for x, y in sides):
        return False
    return not strict or sum(len(x & y) for x, y in sides) >= 2


def _same_side(a: Facts, b: Facts, mention_a: str, mention_b: str) -> bool:
    """Whether two dates follow (or precede) the same ``CONTEXT_WORDS`` content words in aligned
    sentences ("after he left the Federal Bureau of Investigation in 2006" / "... in 2003")."""
    sides_a = _context(a.sentence.text, mention_a, CONTEXT_WORDS)
    sides_b = _context(b.sentence.text, mention_b, CONTEXT_WORDS)
    return any(len(x) == CONTEXT_WORDS and x == y for x, y in zip(sides_a, sides_b, strict=True))


def _only(f: Facts, unit: str | None, kind: str | None) -> Quantity | None:
    """The sentence's one figure of this unit and kind (``_kind``), or None when it has none or
    several. People of whom nothing is said befell them are of any such kind ("some 3,000 people
    who were killed or disappeared" / "4,299 people were killed or vanished")."""
    found = [q for q in f.quantities if q.unit == unit and _alike(_kind(f, q), kind)]
    return found[0] if len(found) == 1 else None


_BEFALLEN = frozenset({"dead", "injured"})


def _alike(x: str | None, y: str | None) -> bool:
    """Whether two kinds (``_kind``) may count one thing: the same, or people and what befell them."""
    return x == y or ({x, y} <= _BEFALLEN | {"people"} and "people" in (x, y))


def _kind(f: Facts, q: Quantity) -> str | None:
    """What a figure counts: its measure's class, or for people, what befell them where the verb
    before says it ("a rampage ... that killed 50 people" counts the dead, as "the mass shooting
    ... that left 49 people dead" does; ``_fate_of``)."""
    kind = measure_class(q)
    if kind == "people" and (fate := _fate_of(f, q)) in _BEFALLEN:
        return fate
    return kind


def _number_conflicts(a: Facts, b: Facts, score: float) -> list[Conflict]:
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
        kind = _kind(a, qa)
        qa1, qb = _only(a, qa.unit, kind), _only(b, qa.unit, kind)
        if qa1 is None or qb is None:
            continue
        if _conversion(a.sentence.text, qa.text) and _conversion(b.sentence.text, qb.text):
            continue  # "8 mph (12 kph)" / "8 mph (13 kph)": the figures converted from decide
        note = _disagreement(qa, qb, a, b)
        # the dead or the injured on both sides, or the one figure of each sentence and of one
        # measure, is the same count whatever words surround it ("about 7,000 people have died in
        # the region" / "killed an estimated 9,000 people"; "Monday in 11 cities throughout the
        # country" / "held news conferences in 14 NBA cities"), unless each names another place;
        # an age is one person's, which ``story_ages`` compares
        befallen = kind in _BEFALLEN and _kind(b, qb) == kind
        alone = len(a.quantities) == len(b.quantities) == 1 and qa.unit is not None and qa.measure not in (None, "age")
        free = (befallen or alone) and not _elsewhere(a, qa, b, qb)
        if note and (free or _same_context(a, b, qa.text, qb.text, score)) and not _two_things(a, qa1, b, qb):
            out.append(Conflict("number", [_value(qa), _value(qb)], note))
    out += _paired_conflicts(a, b, {c.values[0].text for c in out} | {c.values[1].text for c in out})
    if not out and score >= BARE_NUMBER_FRAME and len(a.quantities) == len(b.quantities) == 1 and not _headline(a, b):
        # nearly the same words and one figure each: the same figure, even when the noun after it
        # differs ("544 store managers" / "725 women who serve as store managers"); not in a
        # headline, whose few words are alike by its topic ("... Recall In 27-Page Request" /
        # "NHTSA Has 107 Questions About GM Faulty Ignition Switch Recall")
        qa, qb = a.quantities[0], b.quantities[0]
        note = _disagreement(qa, qb, a, b)
        if note and (qa.unit == qb.unit or not (qa.unit in _UNITS_OF_MEASURE and qb.unit in _UNITS_OF_MEASURE)):
            fate_a, fate_b = _fate(a.sentence.text, qa.text), _fate(b.sentence.text, qb.text)
            if not _two_things(a, qa, b, qb) and (fate_a is None or fate_b is None or fate_a == fate_b):
                out.append(Conflict("number", [_value(qa), _value(qb)], note))
    return out


def _elsewhere(a: Facts, qa: Quantity, b: Facts, qb: Quantity) -> bool:
    """Whether each figure names a place after it, and not the same one: "125 people had died
    across Syria on Monday" / "104 people were killed Monday in Homs"."""
    places_a, places_b = _names_after(a, qa), _names_after(b, qb)
    return bool(places_a and places_b and places_a.isdisjoint(places_b))


def _names_after(f: Facts, q: Quantity) -> set[str]:
    """The capitalised words in the clause after a figure, but those of its dates ("on Monday")."""
    clause = _after(_CLAUSE_AFTER, f.sentence.text, q.text)
    words = {w.strip(".,'’") for w in clause.group().split()[:WORDS_AFTER] if w[:1].isupper()} if clause else set()
    return words - {w for d in f.dates for w in d.text.split()}


def _paired_conflicts(a: Facts, b: Facts, done: set[str]) -> list[Conflict]:
    """Figures of one unit in sentences that give several of it, each followed by the same words:
    "... $3,544.00 at Mariel's Boutique, and $5,687.75 on Martha's Vineyard Holistic Retreat." /
    "... a $466.30 dinner at CityZen ... and a $5,587.75 vacation at the Martha's Vineyard Holistic
    Retreat" (BASIL); "two counts of third degree assault, ... and five counts of fifth degree
    criminal mischief" / "... and six counts of criminal mischief" (Multi-News). Where a sentence
    has several figures of a unit, ``_only`` cannot pair them; what each counts or is spent on
    does, when ``SHARED_AFTER`` of its words follow one figure in each sentence and no other; and
    the one figure of each sentence left when all the others pair, when one word follows both.
    ``done``: the figures already found in conflict."""
    out = []
    for unit in {q.unit for q in a.quantities if q.unit} & {q.unit for q in b.quantities if q.unit}:
        figures_a = [q for q in a.quantities if q.unit == unit]
        figures_b = [q for q in b.quantities if q.unit == unit]
        if len(figures_a) == len(figures_b) == 1:
            continue  # one each: ``_only`` compares them, with its own evidence
        after_a = [_words_after(a.sentence.text, q.text) for q in figures_a]
        after_b = [_words_after(b.sentence.text, q.text) for q in figures_b]
        paired: list[tuple[int, int]] = []
        for i, wa in enumerate(after_a):
            matches = [j for j, wb in enumerate(after_b) if len(wa & wb) >= SHARED_AFTER]
            if len(matches) == 1 and sum(1 for w in after_a if len(w & after_b[matches[0]]) >= SHARED_AFTER) == 1:
                paired.append((i, matches[0]))
        # the one figure of each sentence left when all the others pair, if something it counts is
        # the same: "62 percent of children had stunted growth ... 16 percent of children were
        # suffering from acute malnutrition" / "65 percent are stunted and 16 percent suffer from
        # acute malnutrition" (DUC 2004)
        left_a = [i for i in range(len(figures_a)) if i not in {i for i, _ in paired}]
        left_b = [j for j in range(len(figures_b)) if j not in {j for _, j in paired}]
        if paired and len(left_a) == len(left_b) == 1 and after_a[left_a[0]] & after_b[left_b[0]]:
            paired.append((left_a[0], left_b[0]))
        for i, j in paired:
            qa, qb = figures_a[i], figures_b[j]
            if qa.text in done or qb.text in done:
                continue
            note = _disagreement(qa, qb, a, b)
            if note and not _two_things(a, qa, b, qb):
                out.append(Conflict("number", [_value(qa), _value(qb)], note))
    return out


WORDS_AFTER = 6
"""How many words after a figure may say what it counts or is spent on (``_words_after``)."""
SHARED_AFTER = 2
"""How many of those words two figures share to be one figure told twice (``_paired_conflicts``)."""

_LISTED_BEFORE = re.compile(r"\d[\d,.]*-?\s*,?\s+(?:and|or|to)?\s*$")
"""A figure that ends a list of figures ("the 13-, 12- and 11-year prison terms given to Xu Wenli,
Qin Yongmin and Wang Youcai"): the words after it are shared out among all of them."""
_CLAUSE_AFTER = re.compile(r"[^,;:.()\d$£€]*")


def _words_after(text: str, mention: str) -> set[str]:
    """The stemmed content words among the first ``WORDS_AFTER`` words after a figure, up to the
    clause's end or the next figure ("on Martha's Vineyard Holistic Retreat" -> {"martha",
    "vineyard", "holistic", "retreat"}); none after a list of figures (``_LISTED_BEFORE``)."""
    clause = _after(_CLAUSE_AFTER, text, mention)
    if clause is None or _before(_LISTED_BEFORE, text, mention, len(text)):
        return set()
    return set(stems(" ".join(clause.group().split()[:WORDS_AFTER])))


_FATE = re.compile(r"\s+(?:(?:were|was|are|is|have been|had been|has been|have|has|had)\s+)?([a-z]+)\b")


def _fate(text: str, mention: str) -> str | None:
    """What happened to the people a figure counts, told by the casualty word after it ("four
    rebels were killed", "18 security troops were wounded"): its class in ``MEASURE_CLASSES``,
    dead or injured, or None. Two sentences alike in their other words ("Rami Abdel Rahman, head
    of the Syrian Observatory ..., said ...") count the dead and the wounded apart."""
    m = _after(_FATE, text, mention)
    return MEASURE_CLASSES.get(m.group(1)) if m and m.group(1) in CASUALTY_WORDS else None


_SHOT = ("shot", "shooting")
_DONE_TO = re.compile(
    rf"\b({'|'.join([*_SHOT, *CASUALTY_PARTICIPLES, *CASUALTY_PARTICIPLES.values()])})\s+$"
)


_JOBLESS = re.compile(
    r"\s+(?:(?:more|workers|employees)\s+)?(?:out of work|out of (?:their )?jobs|laid off|jobless)\b"
)
_EMPLOYS = re.compile(r"\b(?:employ|employs|employed|employing)\s+(?:about\s+|some\s+|nearly\s+|more than\s+)?$")


def _fate_of(f: Facts, q: Quantity) -> str | None:
    """What happened to the people a figure counts, told after it (``_fate``: "two people died")
    or by the verb just before it ("shot three people", "killing 12 people"): dead, injured, shot,
    or None; or of workers, the employed ("which employ 122,700 people") and those put out of
    work ("put 20 or 30 thousand people out of work")."""
    text = f.sentence.text
    if (after := _fate(text, q.text)) is not None:
        return after
    if _after(_JOBLESS, text, q.text):
        return "jobless"  # "put 20 or 30 thousand people out of work"
    if _before(_EMPLOYS, text, q.text, 25):
        return "employed"  # "both companies, which employ 122,700 people"
    done = _before(_DONE_TO, text, q.text, 20)
    if done is None:
        return None
    word = done.group(1)
    return "shot" if word in _SHOT else MEASURE_CLASSES.get(CASUALTY_PARTICIPLES.get(word, word))


def _two_things(a: Facts, qa: Quantity, b: Facts, qb: Quantity) -> bool:
    """Whether the two figures count two things: either sentence gives the other's figure too
    (``_also_gives``: "five children per woman; in Niger it is seven" / "Niger, where the average
    woman has seven children"; "Romney at 49 percent ... (51-47)" / "49-45 percent"; "between
    3,000 and 1,500 years ago" / "between 1,500 and 3,000"), or each tells a different day
    (``_days``: "205 dissidents ... issued a petition Sunday" / "214 dissidents ... planned a
    100-day series of rotating 24-hour fasts beginning Thursday"; a toll of one day and the next
    is an update, not a disagreement), or one tells a total over several weeks and the other one
    week's figure (``_span``: "the total of jobless claims in just five weeks to more than 26
    million" / "Another 6.6 million people filed ... last week"), or each counts another country's
    goods (``_whose``: "tariffs on $60bn of American goods" / "tariffs in July on $34 billion in
    Chinese goods"), or one adds up several and the other does not ("Collectively, Bush, Kasich
    and Christie collected just 7 percent" / "... have all been clustered near 10 percent"), or
    one counts among a part of the people and the other does not ("The margin of sampling error
    among that group was plus or minus four percentage points" / "The margin of error is plus or
    minus 5.7 percentage points", ``_PART``)."""
    days_a, days_b = _days(a), _days(b)
    if days_a and days_b and not days_a & days_b:
        return True
    text_a, text_b = a.sentence.text, b.sentence.text
    if (_SUM.search(text_a) is None) != (_SUM.search(text_b) is None):
        return True
    if _joined_apart(text_a, qa.text, text_b) or _joined_apart(text_b, qb.text, text_a):
        return True
    if (_PART.search(text_a) is None) != (_PART.search(text_b) is None):
        return True
    whose_a, whose_b = _whose(text_a, qa.text), _whose(text_b, qb.text)
    if whose_a and whose_b and not _same_place(whose_a, whose_b):
        return True
    spans = {_span(text_a), _span(text_b)}
    if spans == {"many", "one"}:
        return True
    return _also_gives(a, qa, qb) or _also_gives(b, qb, qa)


_SUM = re.compile(r"\b(?:[Cc]ollectively|[Cc]ombined|[Aa]ltogether|[Bb]etween them)\b")
"""Words that add up the figures of several ("Collectively, ... collected just 7 percent")."""
_JOINED = re.compile(r"\b([A-Z][\w'’.-]+)\s+and\s+([A-Z][\w'’.-]+)")


def _joined_apart(text: str, mention: str, other: str) -> bool:
    """Whether the clause of a figure joins two names that the ``other`` sentence gives one of
    alone ("the Aug. 7 bombings of U.S. embassies in Kenya and Tanzania that killed 224 people" /
    "A nearly simultaneous attack in neighboring Kenya killed 213 people"): a figure of both
    against one of a part."""
    at = text.find(mention)
    if at < 0:
        return False
    start = max(text.rfind(p, 0, at) for p in ",;:") + 1
    ends = [e for e in (text.find(p, at + len(mention)) for p in ",;:") if e >= 0]
    for m in _JOINED.finditer(text, start, min(ends, default=len(text))):
        x, y = m.groups()
        if (re.search(rf"\b{re.escape(x)}\b", other) is None) != (re.search(rf"\b{re.escape(y)}\b", other) is None):
            return True
    return False


_PART = re.compile(
    r"\bamong (?:that|this|those|these|the|all)? ?(?:[a-z-]+ ){0,2}(?:group|voters|respondents|adults"
    r"|Republicans|Democrats|independents|women|men|whites|blacks|Hispanics|Latinos|likely)\b"
)
"""A figure of a part of the people a poll asked ("among likely Democratic primary voters",
"among that group", "among Republicans")."""

_WHOSE = re.compile(
    r"\s+(?:worth\s+)?(?:of|in|from)\s+(?:the\s+)?([A-Z][A-Za-z.]*)\s+(?:[a-z-]+\s+)?"
    r"(?:goods|products|imports|exports|steel|aluminum|aluminium|cars|autos|produce)\b"
)
"""The country whose goods a sum of trade is ("tariffs on $60bn of American goods", "$34 billion in
Chinese goods"). Only goods: other things are named in other words by other sources ("all 42
members of the GOP caucus" / "the 56 members of the Republican caucus" is one caucus)."""

_MANY_PERIODS = re.compile(
    r"\b(?:total|cumulative|so far this year|(?:in|over|during|for) (?:just |only |the (?:past|last) )?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:days|weeks|months|years))\b"
)
_ONE_PERIOD = re.compile(r"\b(?:last|this|the previous|the past) (?:week|month)\b")


def _span(text: str) -> str | None:
    """Whether a sentence tells a total over several periods ("That brings the total of jobless
    claims in just five weeks to more than 26 million people.") or one period's figure ("Another
    6.6 million people filed ... last week"): "many", "one", or None when it tells neither or
    both."""
    many, one = _MANY_PERIODS.search(text) is not None, _ONE_PERIOD.search(text) is not None
    return None if many == one else "many" if many else "one"


_UNITED_STATES = frozenset({"us", "u.s.", "u.s", "american", "america", "americans"})


def _whose(text: str, mention: str) -> str | None:
    m = _after(_WHOSE, text, mention)
    return m.group(1).lower().rstrip(".") if m else None


def _same_place(x: str, y: str) -> bool:
    """Whether two such words may name one place or its people: alike in their first four letters
    ("chinese" / "china"), or both the United States ("US", "American")."""
    if x in _UNITED_STATES or y in _UNITED_STATES:
        return x in _UNITED_STATES and y in _UNITED_STATES
    return x[:4] == y[:4]


_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _days(f: Facts) -> set[object]:
    """The days a sentence tells: dates to the day, and weekdays no publication date resolved."""
    out: set[object] = set()
    for d in f.dates:
        if d.date is not None and d.precision == "day":
            out.add(d.date)
        elif d.date is None and (weekday := d.text.lower().rstrip(".'’s")) in _WEEKDAYS:
            out.add(weekday)
    return out


_FIGURE = re.compile(r"(?<![\w.,:/$£€])(\d{1,3}(?:,\d{3})+|\d+)(?![\w:/%]|[.,]\d|\s*[ap]\.m\.)|\b[A-Za-z]+\b")
"""A whole number in digits (not part of a decimal, a time, a sum of money or a percentage) or
a word, to look for a figure in a sentence's text."""


def _also_gives(f: Facts, mine: Quantity, other: Quantity) -> bool:
    """Whether sentence ``f``, besides its figure ``mine``, gives ``other``'s value: as another
    figure of the same unit and kind, or either of them bare, or as a number the figures found in
    it leave out ("in Niger it is seven", the ends of "eight to fifteen years"). A figure of
    another kind ("7 injured" beside "5 killed") does not count, nor one, nor a date's day or
    year, nor a clock time."""
    kind = measure_class(other)
    for q in f.quantities:
        if q is not mine and q.value == other.value:
            if q.unit is None or other.unit is None or (q.unit == other.unit and measure_class(q) in (None, kind)):
                return True
    value = other.value
    if value != int(value) or not 1 < value < 1_000_000:
        return False
    text = f.sentence.text
    for span in [q.text for q in f.quantities] + [d.text for d in f.dates]:
        text = text.replace(span, " ")
    for m in _FIGURE.finditer(text):
        found = m.group(1)
        if found is not None:
            if int(found.replace(",", "")) == value:
                return True
        elif NUMBER_WORDS.get(m.group().lower()) == value:
            return True
    return False


def figures_told(facts: list[Facts]) -> dict[str, dict[tuple[str | None, float], list[Facts]]]:
    """The sentences in which each source (independence group) gives each figure, by unit
    (``told_apart``)."""
    told: dict[str, dict[tuple[str | None, float], list[Facts]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        for q in f.quantities:
            told[f.group][(q.unit, q.value)].append(f)
    return told


def told_apart(
    conflict: Conflict,
    a: Facts,
    b: Facts,
    score: float,
    told: dict[str, dict[tuple[str | None, float], list[Facts]]],
    similarity: Callable[[Facts, Facts], float],
) -> bool:
    """Whether the figures of a number conflict between sentences ``a`` and ``b``, alike less than
    ``CONFLICT_FRAME`` (a figure naming its unit and thing is compared from ``UNIT_FRAME``), count
    two things: a source gives the other's figure too, in a sentence aligned with the other's
    (alike at least ``UNIT_FRAME``) that is no retelling of its own (alike less than
    ``CONFLICT_FRAME``). Republicans "suffered a net loss of five seats" and "now control the
    House by only 12 seats" in one DUC 2004 report: another's "Democrats had picked up five
    seats" is no disagreement with the 12. A source giving both figures in two tellings of one
    fact contradicts itself, and a figure of a third thing in a sentence unlike the other's ("5
    injured" beside "7 dead") says nothing: the conflict stands."""
    if conflict.kind != "number" or len(conflict.values) != 2 or score >= CONFLICT_FRAME:
        return False  # sentences this alike tell one fact, whatever else their sources say
    va, vb = conflict.values
    for mine, other, figure in ((b, a, (va.unit, va.value)), (a, b, (vb.unit, vb.value))):
        for f in told[mine.group].get(figure, ()):
            if f is not mine and similarity(other, f) >= UNIT_FRAME and similarity(mine, f) < CONFLICT_FRAME:
                return True
    return False


def _conversion(text: str, mention: str) -> bool:
    """Whether a figure is another figure converted to another unit, in parentheses after it:
    "8 mph (12 kph)", "350-mile (560-kilometer)", "40 kilometers (25 miles)"."""
    return _before(_CONVERTED_FROM, text, mention, 40) is not None


_CONVERTED_FROM = re.compile(r"\d[\d,.]*[\s-]*[A-Za-z.]*(?:\s+[A-Za-z.]+)?\s*\(\s*$")


def other_accounts(
    conflict: Conflict, by_id: dict[str, Facts], neighbours: dict[str, list[tuple[Facts, float]]]
) -> list[str]:
    """Add to a number conflict the sentences of other articles that give one of its figures for
    the same thing: a sentence alike to one cited (at least ``ACCOUNT_FRAME``) whose one figure of
    that value and unit measures the same (or an unnamed) thing, among the same words when it has
    no unit. A reader then sees which sources give which figure ("100,000 teachers" in two,
    "133,333" in one), not just the first pair of sentences compared. Returns the ids added."""
    if conflict.kind != "number":
        return []
    added: list[str] = []
    in_conflict = {v.sentence for v in conflict.values}
    for value in list(conflict.values):
        cited = by_id.get(value.sentence)
        figure = next((q for q in cited.quantities if q.text == value.text), None) if cited else None
        if figure is None:
            continue
        kind = measure_class(figure)
        for other, score in neighbours.get(value.sentence, ()):
            if score < ACCOUNT_FRAME or other.sentence.id in in_conflict:
                continue
            same = [q for q in other.quantities if q.unit == figure.unit and q.value == figure.value]
            if len(same) != 1 or not _same_owner(_owner(same[0]), _owner(figure)):
                continue  # two figures of that value, or two people's ages
            if None not in (kind, measure_class(same[0])) and kind != measure_class(same[0]):
                continue  # "25 miles" is "about 25 miles northeast", not "25 miles wide"
            # a figure of a unit ("100,000 teachers") names its thing; a bare one needs its words
            if figure.unit is None and not _same_context(other, cited, same[0].text, figure.text, score):
                continue
            conflict.values.append(_value(same[0]))
            in_conflict.add(other.sentence.id)
            added.append(other.sentence.id)
    return added


_UNITS_OF_MEASURE = (
    frozenset(UNITS.values()) | frozenset(CURRENCY_SYMBOLS.values()) | frozenset(CURRENCY_WORDS.values()) | {"percent"}
)
"""Units that say what kind of figure it is (km, USD, percent): two different ones never disagree."""


def date_conflicts(a: Facts, b: Facts, score: float, loose: bool = False) -> list[Conflict]:
    """Two accounts of one event's date: among the dates each sentence gives beyond those both give
    ("from 1960 to 1994" vs "from 1957 to 1994"), the one each gives, or the one pair that sits
    between the same words ("Israel's 1982 invasion" vs "Israel's 1979 invasion"), different at the
    coarser of their precisions (``_dates_differ``). ``loose``: the sentences are not aligned, so
    only the second kind counts."""
    if score < DATE_FRAME and not loose:
        return []
    dates_a = {(d.date, d.precision): d for d in a.dates if d.date and d.precision and not d.relative}
    dates_b = {(d.date, d.precision): d for d in b.dates if d.date and d.precision and not d.relative}
    shared = dates_a.keys() & dates_b.keys()
    da = [d for k, d in dates_a.items() if k not in shared]
    db = [d for k, d in dates_b.items() if k not in shared]
    same_role = [(x, y) for x in da for y in db if _dates_differ(x, y) and _same_role(a, b, x.text, y.text, loose)]
    if not same_role and not loose and (ends := _span_ends(a, b, da, db)):
        return [_date_conflict(x, y, a, b) for x, y in ends]
    if not same_role and not loose:
        same_role = [(x, y) for x in da for y in db if _dates_differ(x, y) and _same_side(a, b, x.text, y.text)]
    if len(same_role) == 1:
        x, y = same_role[0]
    elif not loose and len(da) == len(db) == 1 and _dates_differ(da[0], db[0]):
        x, y = da[0], db[0]
        if not _same_context(a, b, x.text, y.text, score):
            return []
    else:
        return []
    return [_date_conflict(x, y, a, b)]


def _date_conflict(x: DateRef, y: DateRef, a: Facts, b: Facts) -> Conflict:
    return Conflict(
        "date",
        [
            ConflictValue(x.date, x.precision, x.text, a.sentence.id),
            ConflictValue(y.date, y.precision, y.text, b.sentence.id),
        ],
        "real disagreement: different dates for the same event",
    )


_SPAN = re.compile(r"\b(?:from|between)\s+(\d{4})\s+(?:to|until|till|through|and)\s+(\d{4})\b")
"""A span of years: "from 1966 to 1978", "between 1990 and 1994"."""


def _span_ends(a: Facts, b: Facts, da: list[DateRef], db: list[DateRef]) -> list[tuple[DateRef, DateRef]]:
    """The ends of the one span of years each aligned sentence gives, start with start and end with
    end, where they differ: "held the seat from 1966 to 1978" / "served from 1967 to 1979" (BASIL)."""
    spans_a, spans_b = _SPAN.findall(a.sentence.text), _SPAN.findall(b.sentence.text)
    if len(spans_a) != 1 or len(spans_b) != 1:
        return []
    out = []
    for year_a, year_b in zip(spans_a[0], spans_b[0], strict=True):
        x = next((d for d in da if d.text == year_a), None)
        y = next((d for d in db if d.text == year_b), None)
        if x is not None and y is not None and _dates_differ(x, y):
            out.append((x, y))
    return out


def time_conflicts(a: Facts, b: Facts, score: float) -> list[Conflict]:
    """Two times of day for one event in aligned sentences ("canceled all flights after 4:30 p.m.
    Thursday" / "... after 6:30 p.m. Thursday"): each sentence's only clock time, among the same
    words, in the same time zone (or none named), more than ``CLOCK_ROUNDING`` minutes apart
    when either is approximate ("around 1:20 p.m." / "around 1:27 p.m." agree)."""
    if score < DATE_FRAME:
        return []
    ta, tb = _clock_times(a.sentence.text), _clock_times(b.sentence.text)
    if len(ta) != 1 or len(tb) != 1:
        return []
    (xa, za, approx_a, text_a), (xb, zb, approx_b, text_b) = ta[0], tb[0]
    if xa == xb or za != zb or not _same_context(a, b, text_a, text_b, score):
        return []
    if (approx_a or approx_b) and abs(xa - xb) <= CLOCK_ROUNDING:
        return []
    return [
        Conflict(
            "date",
            [
                ConflictValue(f"{xa // 60:02d}:{xa % 60:02d}", "time", text_a, a.sentence.id),
                ConflictValue(f"{xb // 60:02d}:{xb % 60:02d}", "time", text_b, b.sentence.id),
            ],
            "real disagreement: different times of day for the same event",
        )
    ]


_ONCE = re.compile(
    r"\b(?:died|passed away|was (?:killed|born|executed|assassinated|pronounced dead|found dead))"
    r"(?: (?:early|late|suddenly|peacefully|unexpectedly|on|in the (?:morning|afternoon|evening|night) of))* "
    r"(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
)
"""An event that befalls a person once (death, birth, execution) and the weekday told right after
it: "died early Thursday", "was killed on Sunday"."""


def once_conflicts(a: Facts, b: Facts, score: float) -> list[Conflict]:
    """One person's death (or birth, or execution) told on two weekdays in aligned sentences
    ("Elijah Cummings ... died early Tuesday" / "Elijah E. Cummings died early Thursday"). Other
    events happen again ("met Tuesday" / "met again Thursday" in reports of several days), so
    their weekdays are left alone; a death is told on one day, whether or not the articles'
    publication dates are known to resolve the weekday."""
    if score < DATE_FRAME or not a.persons & b.persons:
        return []
    found_a, found_b = list(_ONCE.finditer(a.sentence.text)), list(_ONCE.finditer(b.sentence.text))
    if len(found_a) != 1 or len(found_b) != 1 or found_a[0]["day"] == found_b[0]["day"]:
        return []
    return [
        Conflict(
            "date",
            [
                ConflictValue(found_a[0]["day"], "weekday", found_a[0].group(), a.sentence.id),
                ConflictValue(found_b[0]["day"], "weekday", found_b[0].group(), b.sentence.id),
            ],
            "real disagreement: different days for an event that happens once",
        )
    ]


CLOCK_ROUNDING = 15
"""Minutes by which an approximate time ("about 1:20 p.m.") may differ from another account."""

_CLOCK = re.compile(
    r"(?P<approx>\b(?:about|around|approximately|roughly|nearly|shortly (?:before|after)|just (?:before|after))\s+)?"
    r"(?<![\d:.])(?P<hour>\d{1,2})(?::(?P<minute>[0-5]\d))?\s?(?P<half>[ap])\.?\s?m\b\.?"
    r"(?P<zone>(?-i:\s+(?:[A-Z]{2,4}\b|local time|[A-Z][a-z]+ time)))?",
    re.IGNORECASE,
)


def _clock_times(text: str) -> list[tuple[int, str, bool, str]]:
    """Clock times of a sentence (12-hour, "4:30 p.m."): minutes after midnight, the time zone
    named after it ("" when none), whether it is approximate, and its text."""
    out = []
    for m in _CLOCK.finditer(text):
        hour, minute = int(m.group("hour")), int(m.group("minute") or 0)
        if not 1 <= hour <= 12:
            continue
        hour = hour % 12 + (12 if m.group("half").lower() == "p" else 0)
        zone = (m.group("zone") or "").strip().lower()
        out.append((hour * 60 + minute, zone, bool(m.group("approx")), m.group().strip()))
    return out


def _dates_differ(x: DateRef, y: DateRef) -> bool:
    """Two dates that differ at the coarser of their precisions: "October 2011" and "2014" differ,
    "October 2014" and "2014" do not."""
    level = min(_PRECISION_LEVEL[x.precision], _PRECISION_LEVEL[y.precision])  # type: ignore[index]
    keep = (lambda d: (d.year,), lambda d: (d.year, d.month), lambda d: (d.year, d.month, d.day))[level]
    return keep(x.date) != keep(y.date)


_PRECISION_LEVEL = {"year": 0, "month": 1, "day": 2}


def _headline(a: Facts, b: Facts) -> bool:
    """Whether either sentence is a headline in title case, whose capitals name no one ("Sprint
    Chairman Son Vows Price War ..." / "... Sprint Chairman Slams US Wireless Policies": "Son
    Vows" and "Slams US" had been two people given one title, UCI), and whose few words are alike
    by their topic alone."""
    return title_case(a.sentence.text) or title_case(b.sentence.text)


def _name_conflicts(a: Facts, b: Facts, people: dict[str, Entity], score: float) -> list[Conflict]:
    """Near-identical sentences that name a different person (one each): "X said" vs "Y said"."""
    only_a = [people[e] for e in a.persons - b.entities]
    only_b = [people[e] for e in b.persons - a.entities]
    if len(only_a) != 1 or len(only_b) != 1 or _headline(a, b):
        return []
    pa, pb = only_a[0], only_b[0]
    if _same_person(pa, pb):
        return []
    mention_a, mention_b = name_in(pa, a.sentence.text), name_in(pb, b.sentence.text)
    if not _same_role(a, b, mention_a, mention_b):
        return []  # "spokesman Rubin said" vs "urged that Qin be released": different roles
    post_a, post_b = _post(a.sentence.text, mention_a), _post(b.sentence.text, mention_b)
    if post_a[0] and post_b[0] and post_a[0] != post_b[0]:
        return []  # "Rep. X of Texas, the majority whip" / "Rep. Y of Texas, the majority leader"
    if _different_bodies(post_a, post_b):
        return []
    if score < CONTEXT_FREE and not _adjacent_alike(a.sentence.text, mention_a, b.sentence.text, mention_b):
        return []  # "Holder vowed that the Justice Department" / "Mr. Obama called on the Justice Department"
    return [_name_conflict(pa, a, pb, b)]


_OF_PLACE_AFTER = re.compile(r"\.?\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}(?=,)")


_POST_BEFORE = re.compile(r"\bthe\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+(?:(?:Rep|Sen|Gov|Mr|Mrs|Ms|Dr)\.?\s+)?$")


def _post(text: str, mention: str) -> tuple[str, frozenset[str]]:
    """The head noun of the post set next to a name between commas, and the proper nouns of whose
    post it is: after the name, past the place it is from ("Tom DeLay of Texas, the majority
    whip," -> "whip"; "Livingston, the chairman of the Appropriations Committee" -> "chairman",
    {"appropriations", "committee"}), or before it ("the minority whip, Rep. David Bonior,");
    "" if none."""
    at = text.find(mention)
    if at < 0:
        return "", frozenset()
    end = at + len(mention)
    place = _OF_PLACE_AFTER.match(text, end)
    after = _ROLE_AFTER.match(text[place.end() if place else end :])
    if after:
        head, _, named = _apposition(after.group(2), bool(after.group(1)))
        return head, named
    before = _POST_BEFORE.search(text, max(0, at - 80), at)
    return (stem(before.group(1).split()[-1].lower()) if before else ""), frozenset()


def _different_bodies(post_a: tuple[str, frozenset[str]], post_b: tuple[str, frozenset[str]]) -> bool:
    """Whether two posts (``_post``) are of differently named bodies ("Livingston, the chairman of
    the Appropriations Committee" / "Rep. Henry Hyde, the chairman of the Judiciary Committee"):
    two chairmen, no disagreement on who one chairman is."""
    of_a, of_b = post_a[1], post_b[1]
    return bool(of_a and of_b and not (of_a <= of_b or of_b <= of_a))  # "House Judiciary" is "Judiciary"


def _adjacent_alike(text_a: str, mention_a: str, text_b: str, mention_b: str) -> bool:
    """The word right before the two names, or right after them, is the same ("tycoon X said" /
    "tycoon Y said"; the start of the sentence counts as a word)."""
    unknown = (["?"], ["?"])  # a name not found in its sentence
    before_a, after_a = _words_around(text_a, mention_a, 1) or unknown
    before_b, after_b = _words_around(text_b, mention_b, 1) or unknown
    return before_a == before_b or (after_a == after_b and bool(after_a))


def _words_around(text: str, mention: str, width: int) -> tuple[list[str], list[str]] | None:
    """The ``width`` words before a name in its sentence and after it, lower-cased; None when the
    sentence does not write the name."""
    at = text.find(mention)
    if at < 0:
        return None
    before = [w.lower() for w in _TOKEN.findall(text[:at])[-width:]]
    after = [w.lower() for w in _TOKEN.findall(text[at + len(mention) :])[:width]]
    return before, after


_ROLE_BEFORE = re.compile(r"((?:[A-Za-z][\w.'’&-]*\s+){1,4})$")

_ROLE_COMMA_BEFORE = re.compile(r"((?:[A-Za-z][\w.'’&-]*\s+){0,2}[a-z][\w'’-]*),\s+$")

_ROLE_AFTER = re.compile(
    r"^,\s+(the\s+|(?!an?\b|one\b)(?=[a-z]|[A-Z][\w.&-]*['’]s\s))([^,;()“”\"]{3,120}?)(?:,|\.?$|\s+(?:said|says|who|told)\b)"
)


@dataclass(frozen=True)
class _Role:
    """The title written next to a name: "Colorado Attorney General X", "a White House spokesman,
    X", "X, the administrator of NASA," (an indefinite "X, a spokesman" is one of several: no role).

    ``title``: the stemmed words right before the name, up to three, nearest last; ``plain``: a
    title without a proper noun ("local rescue service leader", against "IOC president"), which
    tells less about whose it is. ``apposition``: of a definite apposition after the name (or
    before it: "The head of the ECB, X, said"), its head noun ("administrator"), the content words
    of what it heads ("nasa") or else its proper nouns, and which of those are proper nouns.
    """

    title: tuple[str, ...]
    apposition: tuple[str, frozenset[str], frozenset[str]]
    plain: bool = False
    owned: bool = False
    """A title relative to someone: "his spokesman, X" (whose, only the sentence's other people tell)."""
    generic: tuple[str, ...] = ()
    """A title of title words alone, "Prime Minister X": of which country? (``_same_generic_title``)."""
    past: str = ""
    """The word that makes the title a past one ("former Saints player X"): titles are one role only
    with the same word, never a past holder and a present one."""


@lru_cache(maxsize=8192)
def _role(text: str, mention: str, lowercase: frozenset[str] = frozenset()) -> _Role | None:
    """The title next to a name; ``lowercase``: words the story writes in lower case, so that a
    capitalised word opening the sentence is a proper noun ("Chechen President X") or not ("Rebel
    commander Y"). Cached: a sentence is compared with many others."""
    at = text.find(mention)
    if at < 0:
        return None
    before = text[:at]
    window = max(0, at - 100)  # four words: the patterns need not scan the whole sentence
    m = _ROLE_BEFORE.search(before, window) or _ROLE_COMMA_BEFORE.search(before, window)
    words = m.group(1).split() if m else []
    if m and len(words) == 4 and _PAST.intersection(w.lower() for w in before[: m.start(1)].split()[-1:]):
        return None  # "former Republican National Committee chairman X": the fifth word back
    title: list[str] = []
    past = ""
    proper = False  # a proper-noun qualifier: "IOC president", "Obama campaign manager"
    low = ""
    for n in range(len(words) - 1, -1, -1):
        word = words[n]
        low = word.lower().strip(".,'’")
        if low in _PAST:
            if len(title) < 2 or not proper:
                return None  # "former union president X": one of many who held it, not who holds it
            past = low  # "former Saints player X": one of those who did, named as such on both sides
            break
        if len(title) == 4 or low in STOP_WORDS or len(low) < 2 or ("." in word and low in TITLES):
            break  # "Rep.", "Sen.": titles many hold at once
        title.insert(0, stem(low))
        at_start = n == 0 and not before[: m.start(1)].strip() and low in lowercase
        proper |= word[:1].isupper() and not at_start and stem(low) not in _GENERIC_TITLE_WORDS
    title = title[-3:]
    owned = low in _POSSESSIVES and 0 < len(title) <= 2 and not proper  # "his spokesman, X,"
    if owned:
        title.insert(0, low)
    several = bool(words) and _plural(words[-1].lower())  # "executive board members X and Y"
    generic = tuple(title) if not (proper or owned or several) and len(title) >= 2 else ()
    if several or title and title[-1] in _RELATIVE_TITLES or len(title) < (2 if proper or owned else 3):
        title = []  # "Prime Minister X", "rebel commander Y": of which country, which group?
    after = _ROLE_AFTER.match(text[at + len(mention) :])
    apposition = _apposition(after.group(2), bool(after.group(1))) if after else ("", frozenset(), frozenset())
    if after and not title:
        first = after.group(2).split(" ", 1)[0].lower()
        past = first if first in _PAST else ""  # "Newt Gingrich, the former House speaker": not the speaker
    if not (apposition[0] and apposition[1]):
        before_name = _ROLE_APPOSED_BEFORE.search(before)
        if before_name and text[at + len(mention) :].lstrip().startswith(","):
            apposition = _apposition(before_name.group(1) or before_name.group(2))
    head, rest, _ = apposition
    generic = generic if set(generic) <= _GENERIC_TITLE_WORDS else ()
    if not title and not (head and rest) and not generic:
        return None
    return _Role(
        tuple(title),
        apposition,
        plain=bool(title) and not proper,
        owned=owned and bool(title),
        generic=generic,
        past=past if title or apposition[0] else "",
    )


def _plural(word: str) -> bool:
    """A noun in the plural ("members"), whose name next to it is one of several."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is")) and stem(word) != word


_POSSESSIVES = frozenset({"his", "her", "its", "their"})

_ROLE_APPOSED_BEFORE = re.compile(
    r"(?:(?:^|[,;:]\s+)[Tt]he\s+([^,;:()“”\"]{3,120}?)"
    r"|\b([A-Z][\w.&-]*['’]s(?:\s+[a-z][\w-]*){1,4}(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[A-Z][\w-]*){0,3})?)),\s+$"
)
"""A definite noun phrase set before a name between commas: at the start of a sentence or a
clause, "The head of the European Central Bank ..., X, said" (not "After meeting the president
of France, X said", whose phrase does not open the clause), or anywhere with a possessor, "to
slam Broward's supervisor of elections, X, for ..."."""


def _apposition(phrase: str, definite: bool = True) -> tuple[str, frozenset[str], frozenset[str]]:
    """Head noun, what it heads and the proper nouns among those, of a definite apposition: "the
    administrator of NASA", "Microsoft's chairman and principal strategist", "the Democratic
    whip", "the Justice Department's lead trial lawyer in the Microsoft case". Without "the"
    (``definite`` false), a head that is a name and no title is the next item of a list
    ("John Kasich, retired neurosurgeon Ben Carson, Christie and Paul"): none."""
    head_text, _, rest_text = phrase.partition(" of ")
    if _PREPOSITION.search(head_text):  # "attorney for Broward's Supervisor of Elections office"
        rest_text = ""
    if not rest_text:
        head_text = _PHRASE_END.split(head_text)[0]
    first_head = head_text.split(" and ")[0]
    head_words = stems(first_head)
    head = head_words[-1] if head_words else ""
    last = first_head.split()[-1:]
    if not definite and last and last[0][:1].isupper() and last[0].lower().strip(".,") not in TITLES:
        return "", frozenset(), frozenset()  # "John Kasich, retired neurosurgeon Ben Carson, ...": a list
    if len(head_words) > 1 and head_words[-2] in _RANKS:
        head = f"{head_words[-2]} {head}"  # "the NBA's deputy commissioner" is not its commissioner
    if rest_text:
        rest_phrase = _PHRASE_END.split(rest_text)[0]
        # whose it is counts as what it heads: "Broward's supervisor of elections" is not Miami's
        possessor = frozenset(stem(w.lower()) for w in _POSSESSOR.findall(head_text))
        rest = frozenset(stems(rest_phrase)) | possessor
        named = frozenset(stem(w.lower()) for w in _TOKEN.findall(rest_phrase) if w[:1].isupper()) | possessor
    else:
        rest = named = frozenset(stem(w.lower()) for w in _TOKEN.findall(head_text) if w[:1].isupper()) - {head}
    return head, rest, named


_PREPOSITION = re.compile(r"\s(?:for|in|at|on|from|with|to)\s")

_POSSESSOR = re.compile(r"\b([A-Z][\w.&-]*)['’]s\b")

_RANKS = frozenset({"deputy", "vice", "assistant", "associate", "acting", "co", "under", "lieutenant"})

_PHRASE_END = re.compile(r"\s+(?:and|for|in|at|on|from|with|of|to|who|whose|that|which)\s+")

_PAST = frozenset({"former", "ex", "then", "late", "previous", "outgoing", "retired", "onetime"})

_GENERIC_TITLE_WORDS = frozenset(
    stem(w) for w in (*TITLES, "prime", "foreign", "defense", "defence", "finance", "interior", "vice", "deputy")
)
"""Capitalised words of a title itself ("Prime Minister", "Attorney General"), not its qualifier."""

_RELATIVE_TITLES = frozenset(stem(w) for w in ("counterpart", "successor", "predecessor", "deputy", "rival"))
"""Titles that depend on whose they are: "his Syrian counterpart X" names a different person in
each sentence that uses it."""


def _same_title(a: _Role, b: _Role, strict: bool = False) -> bool:
    """The same title ("campaign manager", "White House spokesman") with no qualifier that tells
    them apart ("Italian Foreign Minister" is not "Turkish Foreign Minister"), or definite
    appositions with one head noun over the same things ("speaker of the Palestinian parliament" /
    "speaker of the Palestinian Legislative Council"; not "executive director of the ACLU" /
    "executive director of the Human Rights Campaign"), or a title whose qualifier is part of what
    an apposition heads ("European Central Bank chief X" / "The head of the European Central Bank,
    Y,"). ``strict``, for sentences that share little else: titles with a proper noun, and
    appositions over exactly the same things or two words in common ("president of the Salt Lake
    Organizing Committee" is not "president of the International Olympic Committee")."""
    if (strict and (a.plain or b.plain)) or a.past != b.past:
        return False
    if a.title and b.title:
        if a.plain or b.plain:
            return a.plain and b.plain and a.title == b.title  # "local rescue service leader"
        return a.title[:-1] == b.title[:-1] and _head(a.title[-1]) == _head(b.title[-1])
    for x, y in ((a, b), (b, a)):
        if x.title and not y.title:  # "NASA chief X" / "Y, the administrator of NASA"
            head, rest, _ = y.apposition
            qualifier = set(x.title[:-1])
            same = qualifier == rest or (not strict and len(qualifier) >= 2 and qualifier < rest)
            return bool(head) and _head(x.title[-1]) == _head(head) and same
    (head_a, rest_a, proper_a), (head_b, rest_b, proper_b) = a.apposition, b.apposition
    shared = rest_a & rest_b
    # two words in common, or one that both write as a proper noun: "head of the bank" and "the
    # head of the European Central Bank" may be two banks; or the same thing in both ("the
    # industrialist and inventor of dynamite")
    enough = len(shared) >= 2 or (bool(shared) and rest_a == rest_b)
    if not strict:
        enough |= len(shared) == 1 and shared <= proper_a & proper_b
    return bool(head_a) and _head(head_a) == _head(head_b) and enough


def _head(word: str) -> str:
    """A title's head noun, with the words for whoever heads a body as one ("chief", "head")."""
    return "head" if word in _HEAD_WORDS else word


_HEAD_WORDS = frozenset(stem(w) for w in ("chief", "head", "leader", "boss", "administrator"))


def role_conflicts(
    a: Facts,
    b: Facts,
    people: dict[str, Entity],
    strict: bool = False,
    score: float = 0.0,
    naming: dict[str, int] | None = None,
) -> list[Conflict]:
    """Two sentences of different sources that give one title to different people ("Colorado
    Attorney General John Suthers said" / "Colorado Attorney General Maria Okonkwo isn't ...";
    "his spokesman, X," / "his spokesman, Y," in sentences that both name whose), one seat ("Sen.
    X, R-Iowa"; ``_same_seat``) or put them in the same words (``_same_frame``). Only one pair of
    people may match, and neither may be named in the other sentence. ``score``: how alike the
    sentences are; ``strict``: they share little else, and only titles with a proper noun count."""
    if not (a.persons and b.persons) or _headline(a, b):
        return []  # most pairs: one of the sentences names nobody
    only_a = [people[e] for e in a.persons - b.entities]
    only_b = [people[e] for e in b.persons - a.entities]
    found = []
    for pa in only_a:
        mention_a = name_in(pa, a.sentence.text)
        role_a = _role(a.sentence.text, mention_a, a.lowercase)
        post_a = _post(a.sentence.text, mention_a)
        for pb in only_b:
            if _same_person(pa, pb):
                continue
            mention_b = name_in(pb, b.sentence.text)
            if _different_bodies(post_a, _post(b.sentence.text, mention_b)):
                continue
            role_b = _role(b.sentence.text, mention_b, b.lowercase)
            titled = role_a and role_b and _same_title(role_a, role_b, strict)
            if (titled and (not role_a.owned or a.persons & b.persons)) or _same_frame(a, b, mention_a, mention_b):
                found.append((pa, pb))
            elif _same_identity(a, b, mention_a, mention_b):
                found.append((pa, pb))
            elif not strict:
                # weaker evidence, for sentences alike enough to be compared this way
                lone = _lone(naming, pa, pb)
                same_subject = lone and _same_subject(a, b, mention_a, mention_b)
                if (
                    _same_seat(a, b, mention_a, mention_b, score, lone)
                    or same_subject
                    or (
                        (lone or _same_age(a, b, mention_a, mention_b))
                        and (
                            _same_generic_title(a, b, role_a, role_b)
                            or _same_companion(a, b, mention_a, mention_b, people)
                        )
                    )
                ):
                    found.append((pa, pb))
    if len(found) != 1:
        return []
    pa, pb = found[0]
    return [_name_conflict(pa, a, pb, b)]


def _same_subject(a: Facts, b: Facts, mention_a: str, mention_b: str) -> bool:
    """Both people are the subject of their sentence, and what each sentence says of them is told
    in the same words ("Larry Summers, the outgoing chairman ..., told reporters that failure to
    pass ... would significantly increase the risk of a double-dip recession" / "Outgoing White
    House economic adviser Y warned Wednesday that failure to pass ... would significantly raise
    the risk of a double-dip recession"; "X, ... the closing speaker of a three-day conservative
    conference, ripped ..." / "talk show host Y closed a three-day conservative conference"): at
    least ``SUBJECT_SHARED`` pairs of words in common (``_phrases``). Two officials may well say
    the same thing, so this counts only for someone one source alone names (``_lone``)."""
    said_a = _said_of_subject(a.sentence.text, mention_a, a.lowercase)
    said_b = _said_of_subject(b.sentence.text, mention_b, b.lowercase)
    if said_a is None or said_b is None:
        return False
    return len(_phrases(said_a) & _phrases(said_b)) >= SUBJECT_SHARED


def _phrases(text: str) -> set[tuple[str, str]]:
    """Pairs of consecutive content words written in lower case (stop words skipped; a name or a
    figure breaks the run): the wording of what is said, not the names and places it is about."""
    words: list[str | None] = []
    for token in _PHRASE_WORD.findall(text):
        low = token.lower()
        if token[:1].isupper() or token[:1].isdigit():
            words.append(None)
        elif low not in STOP_WORDS and len(low) > 1:
            words.append(stem(low))
    return {(x, y) for x, y in zip(words, words[1:], strict=False) if x and y}


def _said_of_subject(text: str, mention: str, lowercase: frozenset[str]) -> str | None:
    """The rest of the sentence after a name that is its subject (appositions, which say who the
    subject is, and the predicate, what it did), else None. A subject opens the sentence, after a
    dateline and either a title of words the story also writes in lower case or capitalised ones,
    no function word ("Outgoing White House economic adviser X"), or a definite or possessive
    description between commas ("The attorney representing the company, X,", "Its spokesman,
    X,"). It is followed, maybe after appositions between commas, by a lower-case word that is not
    a function word: "X and Y", "X of Missouri", "X, who" are no subjects of their own."""
    at = text.find(mention)
    if at < 0:
        return None
    opening = _DATELINE.sub("", text[:at], count=1)
    before = opening.split()
    titled = len(before) <= SUBJECT_TITLE_WORDS and not any(
        w.lower() in STOP_WORDS or not (w[:1].isupper() or w.lower() in lowercase) for w in before
    )
    if not (titled or _APPOSITION_OPENING.fullmatch(opening)):
        return None
    m = _PREDICATE.match(text, at + len(mention))
    if m is None or m.group(1) in _NOT_A_PREDICATE:
        return None
    return text[at + len(mention) :]


SUBJECT_SHARED = 2
"""Pairs of words two sentences share of their subjects to tell one person (``_same_subject``)."""
_PHRASE_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d[\d.,]*")
SUBJECT_TITLE_WORDS = 6

_APPOSITION_OPENING = re.compile(r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s[^,;:()“”\"]{2,100},\s+")
"""A definite description and a comma before the name: "The attorney representing the security
company, X, says ...", "Its spokesman, X, said ..."."""
_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+\s+[—–-]+\s+")
_PREDICATE = re.compile(r"(?:,\s+[^,;:()“”\"]{2,120}?(?=,)){0,2},?\s+([a-z][a-z'’-]*)\b")
"""After a name: up to two appositions between commas, then the first word of the predicate."""
_NOT_A_PREDICATE = frozenset(
    "and or nor but of who whom whose which that to in on at for with by from as than into about".split()
)


def _lone(naming: dict[str, int] | None, pa: Entity, pb: Entity) -> bool:
    """One of the two people is named by one source only, the other by several: a title both are
    given is more likely one source's mistake than a second holder, whom other sources would name
    too. (``naming``: independent sources naming each person.)"""
    if naming is None:
        return False
    counts = sorted((naming.get(pa.id, 0), naming.get(pb.id, 0)))
    return counts[0] == 1 and counts[1] >= 2


def _same_generic_title(a: Facts, b: Facts, role_a: _Role | None, role_b: _Role | None) -> bool:
    """A title of title words alone ("Prime Minister X said" / "Prime Minister Y said"), in
    sentences that name no other place or body than each other: not two countries' prime
    ministers ("Prime Minister X also stressed Israel's ..." / "Prime Minister Y said his country
    backs Syria")."""
    if not (role_a and role_b and role_a.generic and role_a.generic == role_b.generic):
        return False
    return a.entities - a.persons <= b.entities and b.entities - b.persons <= a.entities


def _same_companion(a: Facts, b: Facts, mention_a: str, mention_b: str, people: dict[str, Entity]) -> bool:
    """Both named in a pair with one same person, in the same order ("X and Rick Santorum were the
    only two ..." / "only Y and Rick Santorum pledging to appear"), not at the end of a longer list
    ("Ken Caminiti, Steve Finley and Greg Vaughn"). Rosters pair many people this way, so it counts
    only for someone one source alone names (``_lone``) or given the same age in both (``_same_age``)."""
    for e in a.persons & b.persons:
        companion_a, companion_b = name_in(people[e], a.sentence.text), name_in(people[e], b.sentence.text)
        for first in (True, False):
            if _pair(a.sentence.text, mention_a, companion_a, first) and _pair(
                b.sentence.text, mention_b, companion_b, first
            ):
                return True
    return False


def _same_age(a: Facts, b: Facts, mention_a: str, mention_b: str) -> bool:
    """Both people given one age ("Jacob San-Juan, 20, and X, 19," / "20-year-old Jacob San-Juan
    and 19-year-old Y"): with the same companion, the same place in the pair and the same age,
    two sources tell of one person even when each names that person once."""
    age_a, age_b = _age_of(a, mention_a), _age_of(b, mention_b)
    return age_a is not None and age_a == age_b


def _age_of(f: Facts, mention: str) -> float | None:
    """The age a sentence gives the person it names this way, if it gives one."""
    last = _folded(mention.split()[-1].lower())
    ages = {q.value for q in f.quantities if (owner := _owner(q)) is not None and owner[1] == last}
    return ages.pop() if len(ages) == 1 else None


def _pair(text: str, mention: str, companion: str, first: bool) -> bool:
    """``mention and companion`` (``first``) or ``companion and mention`` in the text, not after a
    comma; their ages may be given ("Jacob San-Juan, 20, and Michael Vaz, 19", "20-year-old Jacob
    San-Juan and 19-year-old Michael Vaz")."""
    one, other = (mention, companion) if first else (companion, mention)
    pair = re.search(re.escape(one) + _AND_WITH_AGES + re.escape(other), text)
    return pair is not None and not text[: pair.start()].rstrip().endswith(",")


_AND_WITH_AGES = r"(?:,\s*\d{1,3},)?\s+and\s+(?:\d{1,3}-year-old\s+)?"


def _same_identity(a: Facts, b: Facts, mention_a: str, mention_b: str) -> bool:
    """The same age and home town after two names ("Adam Bentdahl, 31, of Appleton, was also killed"
    / "The fourth victim is Y, 31, of Appleton."): how reports tell who a person is."""
    found = []
    for text, mention in ((a.sentence.text, mention_a), (b.sentence.text, mention_b)):
        m = _after(_IDENTITY, text, mention)
        if m is None:
            return False
        found.append((m.group(1), m.group(2).rstrip(".")))
    return found[0] == found[1]


_IDENTITY = re.compile(r"\s*,\s*(\d{1,3})\s*,\s+(?:of|from)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")


@lru_cache(maxsize=8192)
def _seat(text: str, mention: str) -> tuple[str, str, str] | None:
    """A legislator's seat, chamber, party and state: "Rep. X (R-Va.)" -> ("house", "R", "va"),
    "Sen. X, R-Iowa," -> ("senate", "R", "iowa")."""
    at = text.find(mention)
    if at < 0:
        return None
    chamber = _CHAMBER.search(text, max(0, at - 30), at)
    seat = _SEAT_AFTER.match(text, at + len(mention))
    if chamber is None or seat is None:
        return None
    return _CHAMBERS[chamber.group(1).lower()], seat.group(1), seat.group(2).replace(" ", "").lower().rstrip(".")


def _same_seat(a: Facts, b: Facts, mention_a: str, mention_b: str, score: float, lone: bool) -> bool:
    """One seat: a senator's (a state has two), or a representative's in sentences alike enough to
    tell the same thing (``SEAT_FRAME``) or given to someone only one source names (``_lone``): a
    state's many representatives share a party and a state."""
    seat = _seat(a.sentence.text, mention_a)
    if seat is None or seat != _seat(b.sentence.text, mention_b):
        return False
    return seat[0] == "senate" or score >= SEAT_FRAME or lone


_CHAMBER = re.compile(r"\b(Rep|Sen|Representative|Senator|Congressman|Congresswoman)\.?\s+$")
_CHAMBERS = {
    "rep": "house",
    "representative": "house",
    "congressman": "house",
    "congresswoman": "house",
    "sen": "senate",
    "senator": "senate",
}
_SEAT_AFTER = re.compile(r"\s*[,(]\s*([RDI])-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*[,)]?")


def titled_pairs(facts: list[Facts], people: dict[str, Entity]) -> list[tuple[Facts, Facts]]:
    """Pairs of sentences of different sources that give a person the same kind of title (the same
    title words, or definite appositions with the same head noun), however little else they share:
    "Ahmed Qureia, speaker of the Palestinian parliament, warned ..." / "X, speaker of the Palestinian
    Legislative Council ..., told reporters ...". Found through an index by title, never all pairs;
    a title given in more than ``MAX_TITLED`` sentences is left out."""
    index: dict[tuple, list[Facts]] = defaultdict(list)
    for f in facts:
        keys = set()
        for e in f.persons:
            role = _role(f.sentence.text, name_in(people[e], f.sentence.text), f.lowercase)
            if role is not None and not role.plain and (role.title or role.apposition[0]):
                keys.add(("title", role.title) if role.title else ("head", role.apposition[0]))
        for key in keys:
            index[key].append(f)
    out = []
    for _key, members in sorted(index.items()):
        if len(members) > MAX_TITLED:
            continue
        out += [(a, b) for a, b in combinations(members, 2) if a.group != b.group]
    return out


_CLAIMS_RESPONSIBILITY = re.compile(
    r"\b(?:claimed|claims|claim|claiming)\s+(?:of\s+)?(?:responsibility|credit)\b"
    r"|\b(?:said|says)\s+(?:it|they)\s+(?:was|were|is|are)\s+responsible\b"
)
"""Words that give an attack to its authors: "Hamas claimed responsibility", "... said it was
responsible"."""


def claimants(facts: list[Facts], entities: dict[str, Entity]) -> dict[str, Entity]:
    """Sentence id -> the organisation the sentence says claimed responsibility, for each
    sentence that says one did (``_claimant``); found once per sentence, not once per pair."""
    return {f.sentence.id: g for f in facts if (g := _claimant(f, entities)) is not None}


def responsibility_conflicts(a: Facts, b: Facts, claimed: dict[str, Entity]) -> list[Conflict]:
    """Two aligned sentences that give one attack to different groups ("The radical group
    Islamic Jihad claimed responsibility" / "The Islamic militant group Hamas, which has tried to
    stop the peace agreement, claimed responsibility"): the group named last before the claim in
    each (``claimants``), when neither sentence names the other's."""
    ga, gb = claimed.get(a.sentence.id), claimed.get(b.sentence.id)
    if ga is None or gb is None or ga.id == gb.id or ga.id in b.entities or gb.id in a.entities:
        return []
    return [
        Conflict(
            "name",
            [
                ConflictValue(ga.name, None, ga.name, a.sentence.id),
                ConflictValue(gb.name, None, gb.name, b.sentence.id),
            ],
            "real disagreement: different groups claimed responsibility",
        )
    ]


def _claimant(f: Facts, entities: dict[str, Entity]) -> Entity | None:
    """The organisation a sentence says claimed responsibility: the last name before the claim,
    if it is an organisation ("An Islamic Jihad official in the Syrian capital ... confirmed that
    the group's leader Ramadan Abdullah Shallah claimed" gives it to no group)."""
    claim = _CLAIMS_RESPONSIBILITY.search(f.sentence.text)
    if claim is None:
        return None
    text = f.sentence.text
    at = {e: text.rfind(name_in(entities[e], text), 0, claim.start()) for e in f.entities if e in entities}
    before = sorted((i, e) for e, i in at.items() if i >= 0)
    last = entities[before[-1][1]] if before else None
    return last if last is not None and last.type == "org" else None


def _name_conflict(pa: Entity, a: Facts, pb: Entity, b: Facts) -> Conflict:
    return Conflict(
        "name",
        [ConflictValue(pa.name, None, pa.name, a.sentence.id), ConflictValue(pb.name, None, pb.name, b.sentence.id)],
        "real disagreement: different people in the same role",
    )


def _same_frame(a: Facts, b: Facts, mention_a: str, mention_b: str) -> bool:
    """Two names between the same ``FRAME_WORDS`` words on both sides, two of them content words
    ("I was stunned when X lost his primary election" / "... when Y lost his primary election"),
    or next to ``LONG_FRAME`` same words in all, three of them content words, on one side ("X,
    whose 6-year-old son" / "Y, whose 6-year-old son"; "senators like X, Kit Bond, John Danforth"
    / "Sens. Y, Kit Bond, John Danforth") or split between the two ("Prime Minister X's Labor
    Party government" / "... Prime Minister Y's Labor Party administration"). Words that make
    the name one of several ("X, a former senior official in the Justice Department") or a past
    holder give no role."""
    sides_a = _words_around(a.sentence.text, mention_a, LONG_FRAME)
    sides_b = _words_around(b.sentence.text, mention_b, LONG_FRAME)
    if sides_a is None or sides_b is None:
        return False
    (before_a, after_a), (before_b, after_b) = sides_a, sides_b
    near_a, near_b = before_a[-FRAME_WORDS:] + after_a[:FRAME_WORDS], before_b[-FRAME_WORDS:] + after_b[:FRAME_WORDS]
    if near_a == near_b and before_a[-FRAME_WORDS:] == before_b[-FRAME_WORDS:]:
        if len(near_a) >= FRAME_WORDS and len(_content(near_a)) >= 2:
            return True  # else the longer frame may still tell: "X was a great American master"
    same_before = _common_prefix(before_a[::-1], before_b[::-1])[::-1]
    same_after = _common_prefix(after_a, after_b)
    shared = same_before + same_after
    if len(shared) < LONG_FRAME or _PAST.intersection(shared) or same_after[:1] and same_after[0] in _ONE_OF:
        return False
    if min(len(same_before), len(same_after)) == 1:
        return False  # "Rep. X of Texas, the majority whip" / "Rep. Y of Texas, the majority leader"
    return len(_content(shared)) >= 3


def _common_prefix(a: list[str], b: list[str]) -> list[str]:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in STOP_WORDS and w.isalpha() and len(w) > 2]


_ONE_OF = frozenset({"a", "an", "one", "another", "among"})


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


def story_measurements(facts: list[Facts]) -> list[tuple[Conflict, list[Facts]]]:
    """Each source's only figure of one kind (unit and measure), compared across sources: kinds
    curated in the lexicon (durations of recordings, tolls) and hyphenated figures ("the 225-page
    report", "a 317-count indictment"), which name one thing.

    "Thursday's 30-minute tape" and "the 31-minute-long recording" share no words, but when each
    source gives exactly one duration of a recording, they are two accounts of the same fact.
    """
    by_kind: dict[tuple[str, str], dict[str, list[tuple[Quantity, Facts]]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        for q in f.quantities:
            kind = measure_class(q)
            if q.unit and kind and (kind in _CURATED_KINDS or _COMPOUND_FIGURE.match(q.text)):
                by_kind[(q.unit, kind)][f.group].append((q, f))
    out = []
    for _kind, per_group in sorted(by_kind.items()):
        singles = [items[0] for items in per_group.values() if len(items) == 1]
        if len(singles) < 2 or len(singles) != len(per_group):
            continue
        singles.sort(key=lambda qf: qf[1].order)
        # the first account of each distinct figure, against every other one
        first_of: dict[float, tuple[Quantity, Facts]] = {}
        for qf in singles:
            first_of.setdefault(qf[0].value, qf)
        found = None
        for (qa, fa), (qb, fb) in combinations(first_of.values(), 2):
            fates = _fate_of(fa, qa), _fate_of(fb, qb)
            if None not in fates and fates[0] != fates[1]:
                continue  # "shot three people ..., killing two" / "two people died": the shot, the dead
            if _two_things(fa, qa, fb, qb):
                continue  # "a total ... in just five weeks" / "last week"; two days; two countries' goods
            note = _disagreement(qa, qb, fa, fb)
            if note and not note.startswith("not a conflict"):
                found = note
                break
        if found:
            values = [_value(q) for q, _ in singles]
            out.append((Conflict("number", values, found), [f for _, f in singles]))
    return out


def story_ages(facts: list[Facts], people: dict[str, Entity]) -> list[tuple[Conflict, list[Facts]]]:
    """People whose age two sources give differently, in any sentences ("20-year-old Jacob
    San-Juan" / "Jacob San-Juan, 27,"): one person has one age. Ages more than ``AGE_RATIO``
    apart are two people of one family ("Pasztor, 29" and "6-year-old Rene Pasztor"); a name
    alone that is part of several people's names ("Wang, 31" among Wang Youcai and Wang Donghai)
    says nobody in particular; a source giving one person two ages is left out."""
    in_names = Counter(_folded(w.lower()) for e in people.values() for w in set(e.name.split()))
    by_name: dict[str, dict[str, list[tuple[Quantity, Facts]]]] = defaultdict(lambda: defaultdict(list))
    for f in facts:
        for q in f.quantities:
            owner = _owner(q, f)
            if owner is None or owner[1][:1] == "~" or not in_names[owner[1]]:
                continue  # no age, or not a person's ("In Boston, a 36-year-old man": no one named)
            if owner[0] is not None or in_names[owner[1]] < 2:
                by_name[owner[1]][f.group].append((q, f))
    out = []
    for _name, per_group in sorted(by_name.items()):
        accounts = [items[0] for items in per_group.values() if len({q.value for q, _ in items}) == 1]
        if len({q.value for q, _ in accounts}) < 2:
            continue
        accounts.sort(key=lambda qf: qf[1].order)
        first, *others = accounts
        differ = [
            (q, f)
            for q, f in others
            if q.value != first[0].value
            and _same_owner(_owner(q, f), _owner(*first))
            and max(q.value, first[0].value) <= AGE_RATIO * min(q.value, first[0].value)
        ]
        if differ:
            pair = [first, *differ]
            note = f"real disagreement: {_show(first[0].value)} vs {_show(differ[0][0].value)} years of age"
            out.append((Conflict("number", [_value(q) for q, _ in pair], note), [f for _, f in pair]))
    return out


AGE_RATIO = 1.5


_CURATED_KINDS = frozenset(MEASURE_CLASSES.values())

_COMPOUND_FIGURE = re.compile(r"[\d,.]+-[a-z]")
"""A figure hyphenated to its unit ("225-page report", "317-count indictment") describes one thing."""


def _value(q: Quantity) -> ConflictValue:
    return ConflictValue(q.value, q.unit, q.text, q.sentence)


def _show(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
