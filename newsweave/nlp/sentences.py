"""Sentence splitting robust to news text.

A rule-based splitter: it is fast (the whole corpus passes through it) and it knows the news
abbreviations that fool general splitters (U.S., Oct., Sen., Gov., Dr., No. 2, p.m.).
A sentence ends at . ! ? (optionally followed by closing quotes/brackets) when the next
token starts like a sentence (capital letter, digit, opening quote) and the word before the
period is not a known abbreviation or an initial.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsweave.nlp.lexicon import STATE_ABBREVIATIONS

if TYPE_CHECKING:
    from newsweave.model import Sentence

# Words that end in a period without ending a sentence. Lower-cased, without the period.
ABBREVIATIONS = frozenset(
    """
    mr mrs ms messrs dr prof sen sens rep reps gov cong lt col gen maj capt cmdr adm sgt cpl pvt
    st sr jr rev fr hon pres supt insp det atty ald amb
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd llc plc bros dept univ assn est ft mt
    no nos vol vols fig figs p pp ch sec art approx vs v etc al cf ie eg
    a.m p.m u.s u.k u.n e.u d.c u.s.a n.y l.a
    """.split()
) | {state.lower() for state in STATE_ABBREVIATIONS if "." not in state}  # "Ariz.", "Calif."

# Abbreviations that commonly precede a number or a name, so the next capital/digit never
# starts a new sentence ("Sen. Warren", "Oct. 17", "pp. 12").
_NEVER_FINAL = frozenset(
    """mr mrs ms messrs dr prof sen sens rep reps gov cong lt col gen maj capt cmdr adm sgt cpl pvt
    st rev fr hon pres supt insp det atty amb p pp ch sec art
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

_BEFORE_NUMBER = frozenset("no nos vol vols fig figs lat long".split())
"""Abbreviations that stand before a number only ("No. 2", "Vol. 3", "Fig. 1", a ship's position
"Lat. 25 57 N., Long. 75 06 W."): before a word the same letters end a sentence ("Just a big fat
no.", "It took too long.")."""
_NUMBER_NEXT = re.compile(r"\s{0,3}#?\d")

_CLOSERS = "\"'”’)]»"
_OPENERS = "\"'“‘([«"

_CAPITALS = "".join(re.escape(chr(c)) for c in range(0x0560) if chr(c).isupper())
"""Capital letters of the Latin, Greek, Cyrillic and Armenian alphabets: a sentence in any of
them starts with one ("Спасатели ищут выживших", "Ο πρωθυπουργός δήλωσε")."""

# Candidate boundary: terminal punctuation, optional closers, whitespace, then a plausible start.
_BOUNDARY = re.compile(
    rf"""([.!?…]+)([{re.escape(_CLOSERS)}]*)"""
    rf"""(?:(\s+)(?=(?:``|[{re.escape(_OPENERS)}])*[0-9{_CAPITALS}])"""
    r"""|(?=["'“‘]?(?!(?:Com|Net|Org|Edu)\b)(?:[A-Z][a-z]+[\s'’]|(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Prof)\.|[AI]\s)))"""
)
"""A quotation may open with a typewriter quote pair (``, as in the AP and NYT wire text of DUC).
The second form, with no space (group 3 is None), is a sentence glued to the next one, as
crawled pages join paragraphs ("...badly damaged.We have no...", "...in Liberia.They are",
'...else."Dr. Kolb says', '...with him."I had'): it counts only after a word in lower case
but perhaps its first letter (``_GLUED_AFTER``) and a single mark, before a word, a title or
"A" / "I", and not before a web domain, so dotted names stay whole ("Agency.Com",
"Halo.Bungie.Org", "Zafi.D", "U.S.Army", the ticker "<eric.St.>") and so does an ellipsis;
straight quotes there open the next sentence unless one closes a quotation (``_glued_closers``)."""
_GLUED_AFTER = re.compile(r"(?<![A-Za-z.])[A-Z]?[a-z]{2,}$")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.\-']*)$")
"""The word before a period, in ASCII letters (a lone capital of another alphabet, "É. Macron",
"С. Петербург", is an initial too: ``_is_boundary``; a Unicode class here halved the speed)."""
_NAME_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]+ [A-Z][a-z]+$")
_PARAGRAPH = re.compile(r"\n\s*\n")


def split_sentences(text: str) -> list[str]:
    """Split one paragraph (or a run of text) into sentences.

    >>> split_sentences("Sen. Warren spoke on Oct. 17 in the U.S. Senate. It was 3 p.m. Then she left.")
    ['Sen. Warren spoke on Oct. 17 in the U.S. Senate.', 'It was 3 p.m.', 'Then she left.']
    >>> split_sentences("The villages were damaged.We have no report from Agency.Com yet.")
    ['The villages were damaged.', 'We have no report from Agency.Com yet.']
    """
    text = " ".join(text.split())
    if not text:
        return []
    sentences: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = after = m.end(2)
        if m.group(3) is None:  # glued to the next sentence
            if m.group(1) not in ".!?" or not _GLUED_AFTER.search(text, start, m.start(1)):
                continue  # an ellipsis glued to a word marks words left out ("well...Everything")
            end = after = m.start(2) + len(_glued_closers(text, start, m.start(2), m.group(2)))
        else:
            after = m.end()
        if m.group(1) == "." and not _is_boundary(text, m.start(1)):
            continue
        if _inside_open_quote(text, start, end) and not m.group(2):
            continue
        piece = text[start:end].strip()
        if piece:
            sentences.append(piece)
        start = after
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _glued_closers(text: str, start: int, mark: int, closers: str) -> str:
    """The closers that end a sentence glued to the next one: straight quotes after the mark
    open the next sentence ('he added."If you...'), except one that closes a quotation still
    open in this sentence ('...on anyone.""It's been').

    >>> _glued_closers('He said "no."For', 0, 12, '"'), _glued_closers('He added."If', 0, 9, '"')
    ('"', '')
    """
    trail = closers[len(closers.rstrip("\"'")) :]
    kept = closers[: len(closers) - len(trail)]
    if trail.startswith('"') and text.count('"', start, mark) % 2:
        kept += '"'
    return kept


def split_paragraphs(text: str) -> list[list[str]]:
    """Paragraphs (blank-line separated) each split into sentences; empty ones dropped."""
    out = []
    for para in _PARAGRAPH.split(text):
        sents = split_sentences(para)
        if sents:
            out.append(sents)
    return out


def _is_boundary(text: str, period: int) -> bool:
    """Whether the period at ``period`` ends a sentence, judged by the word before it."""
    m = _WORD_BEFORE.search(text, max(0, period - 40), period)
    if not m:
        # after a digit or a closing bracket: "in 2003." ends a sentence; after a capital of
        # another alphabet standing alone, an initial ("É. Macron", "С. Петербург") does not
        before = text[period - 2 : period] if period > 1 else " " + text[:period]
        return not (before[1:].isupper() and not before[0].isalnum())
    word = m.group(1).lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        if word == "s" and text[m.start() - 1 : m.start()].isdigit():
            return True  # a decade: "... since the 1930s. Economists credit ..."
        if word in "nsew" and text[m.start() - 2 : m.start()].strip().isdigit():
            # a compass point after degrees ("Long. 75 06 W. It is diverting ..."): as an
            # abbreviation, it ends a sentence before a usual opener
            nxt = text[period + 1 :].lstrip(" `" + _OPENERS).split(" ", 1)[0]
            return nxt in _SENTENCE_OPENERS
        return False  # an initial: "George W. Bush"
    if word in _BEFORE_NUMBER:
        # "No. 2", "Vol. 3": before a number; elsewhere the word ends its sentence ("Just a
        # big fat no. That's not a prank.")
        return _NUMBER_NEXT.match(text, period + 1) is None
    if word in _NEVER_FINAL:
        # a name ending in a title's letters that the next sentence repeats ("... from
        # strongman Hun Sen. Hun Sen complained Monday ...") ends a sentence
        named = _NAME_BEFORE.search(text, max(0, period - 40), period)
        return bool(named) and text.startswith(named.group(0), period + 2)
    if word in ABBREVIATIONS:
        # "U.S." or "p.m." may end a sentence; only split when the next word is a usual
        # sentence opener (a capitalised function word) rather than a name.
        nxt = text[period + 1 :].lstrip(" `" + _OPENERS).split(" ", 1)[0]
        return nxt in _SENTENCE_OPENERS
    if "." in word:  # other dotted forms such as "a.m" or "e.g"
        return False
    return True


_SENTENCE_OPENERS = frozenset(
    """The A An It He She They We I In On At But And Then This That These Those There His Her
    Their Its Our After Before When While As If For With Some Many Most Officials Police""".split()
)


def _inside_open_quote(text: str, start: int, end: int) -> bool:
    """True when a curly double quote opened in this sentence is still open at ``end``.

    Keeps a multi-sentence quotation together only when it is short; long unclosed quotes
    (a common typo) must not swallow the rest of the article.
    """
    segment = text[start:end]
    opened = segment.count("“") - segment.count("”")
    return opened > 0 and len(segment) < 400


def paragraphs_of(sentences: list[Sentence]) -> list[list[Sentence]]:
    """Sentences grouped by the cleaner's paragraph number (consecutive runs)."""
    paras: list[list[Sentence]] = []
    for s in sentences:
        if paras and paras[-1][-1].paragraph == s.paragraph:
            paras[-1].append(s)
        else:
            paras.append([s])
    return paras
