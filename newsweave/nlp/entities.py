"""Entity mentions: spaCy's named entities mapped back onto the cleaner's sentences.

spaCy runs on whole paragraphs (more context for the recognizer, fewer documents to batch);
each entity span is then given to the sentence its first character falls in, with offsets
relative to that sentence's text. A second pass (``find_missed``) looks for the names the
story already knows in sentences where the recognizer missed them (a surname at the start of a
sentence, a misspelling it tagged as nothing), so mention counts and speakers do not depend on
the recognizer's mood in each sentence.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from newsweave.model import Sentence
from newsweave.nlp.lexicon import ENTITY_TYPES, NOT_NAMES, TIME_ZONES, TITLE_WORDS

SEPARATOR = " "
"""Sentences of a paragraph are joined with one space before the recognizer sees them."""


@dataclass(slots=True)
class Mention:
    """One occurrence of a name in a sentence (offsets into that sentence's text)."""

    text: str
    label: str
    sentence: str
    article: str
    start: int
    end: int
    entity: str | None = None


@dataclass(slots=True)
class Span:
    """A labelled span the recognizer found, in sentence coordinates (DATE spans feed dates)."""

    text: str
    label: str
    sentence: str
    start: int
    end: int


def paragraph_text(sentences: list[Sentence]) -> tuple[str, list[int]]:
    """The text the recognizer sees for one paragraph and the start offset of each sentence."""
    starts: list[int] = []
    pos = 0
    for s in sentences:
        starts.append(pos)
        pos += len(s.text) + len(SEPARATOR)
    return SEPARATOR.join(s.text for s in sentences), starts


def spans_of(
    doc_ents: Iterable[tuple[str, str, int, int]], sentences: list[Sentence], starts: list[int]
) -> list[Span]:
    """Map (text, label, start_char, end_char) paragraph spans onto the sentences they start in."""
    out: list[Span] = []
    for _text, label, begin, end in doc_ents:
        i = bisect.bisect_right(starts, begin) - 1
        if i < 0:
            continue
        sent = sentences[i]
        s_begin = begin - starts[i]
        s_end = min(end - starts[i], len(sent.text))
        if s_end <= s_begin:
            continue
        out.append(Span(sent.text[s_begin:s_end], label, sent.id, s_begin, s_end))
    return out


_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_INNER_POSSESSIVE = re.compile(r"['’]s\s+(?=[A-Z])")
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")


def mention_of(span: Span, article: str) -> Mention | None:
    """A Mention from an entity span, trimmed of a leading "the" and a possessive; None if not an entity."""
    if span.label not in ENTITY_TYPES:
        return None
    text, start, end = span.text, span.start, span.end
    m = _LEADING_THE.match(text)
    if m:
        text, start = text[m.end() :], start + m.end()
    inner = _INNER_POSSESSIVE.search(text)
    if inner:  # "Mosul's Nineveh": the owner is the name mentioned first
        text, end = text[: inner.start()], start + inner.start()
    p = _POSSESSIVE.search(text)
    if p and len(text) - len(p.group()) >= 2:
        text, end = text[: p.start()], end - len(p.group())
    text = text.strip(" ,.;:–—-\"“”‘’'()[]")
    if len(text) < 2 or not any(c.isupper() for c in text) or text in TIME_ZONES or _WEB.search(text):
        return None
    start = span.start + span.text.find(text, start - span.start)
    return Mention(text, span.label, span.sentence, article, start, start + len(text))


_WEB = re.compile(r"https?:|www\.|\.com/|[@#]")
"""A link, a handle or a hashtag is no name ("@JeffreyLAT", a t.co link the recognizer tagged)."""

_OFFICE_OF = re.compile(r"\b(?:Secretary|Minister|Secretary-General|Undersecretary)\s+of\s+(?:the\s+)?$")


def office_of(text: str, m: Mention) -> bool:
    """Whether a one-word mention is the end of a title ("State" in "Secretary of State Madeleine
    Albright", "Defense" in "Minister of Defense"): part of who a person is, not a name."""
    return " " not in m.text and bool(_OFFICE_OF.search(text, 0, m.start))


def find_missed(
    sentences: list[tuple[str, Sentence]],
    mentions: list[Mention],
    aliases: dict[str, tuple[str, str]],
    misspelt: Callable[[str], tuple[str, str] | None] | None = None,
) -> list[Mention]:
    """All mentions once the names the recognizer missed or cut are added.

    ``aliases`` maps each known written name to (entity id, label). A known name found where
    the recognizer tagged nothing becomes a mention; one that covers several shorter mentions
    ("Islamic" + "State") replaces them. Matching is case-sensitive on whole words, and a
    single-word name must not sit inside a longer capitalised name ("Hassan" inside "Hassan
    Rouhani" is someone else). ``misspelt(word)`` may map a capitalised word the story does
    not know to a person's entity ("Baghadi").
    """
    # Known names by their first three characters, longest first: at each place a word may start,
    # the longest known name written there. (One regular expression of all the names tried each of
    # them at every such place: quadratic in a story of thousands of names.)
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for name in sorted((a for a in aliases if len(a) >= 3), key=len, reverse=True):
        by_prefix[name[:3]].append(name)
    by_sentence: dict[str, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out: list[Mention] = []
    for article, sent in sentences:
        have = by_sentence.get(sent.id, [])
        for b, e in _known_names(sent.text, by_prefix) if by_prefix else ():
            name = sent.text[b:e]
            overlapping = [m for m in have if b < m.end and m.start < e]
            if any(m.start < b or m.end > e or (m.start, m.end) == (b, e) for m in overlapping):
                continue  # the recognizer's span is as long or longer: keep it
            if not overlapping and " " not in name and _inside_longer_name(sent.text, b, e):
                continue
            entity, label = aliases[name]
            have = [m for m in have if m not in overlapping]
            have.append(Mention(name, label, sent.id, article, b, e, entity))
        if misspelt is not None:
            for w in _CAPITALISED.finditer(sent.text):
                b, e = w.span()
                if any(b < m.end and m.start < e for m in have) or _inside_longer_name(sent.text, b, e):
                    continue
                if w.group() in _NOT_NAMES:
                    continue  # "in Rome in August": a month, not a misspelt "Augusto" (DUC 2004)
                guess = misspelt(w.group())
                if guess is not None:
                    have.append(Mention(w.group(), guess[1], sent.id, article, b, e, guess[0]))
        out.extend(have)
    return out


def _known_names(text: str, by_prefix: dict[str, list[str]]) -> list[tuple[int, int]]:
    """Where known names are written, left to right and not overlapping: at each place a word may
    start, the longest name that is a whole word there (not followed by a letter, digit or "-")."""
    out = []
    end = 0
    for start in _WORD_START.finditer(text):
        b = start.start()
        if b < end:
            continue
        for name in by_prefix.get(text[b : b + 3], ()):
            if text.startswith(name, b) and not _WORDISH.match(text, b + len(name)):
                end = b + len(name)
                out.append((b, end))
                break
    return out


_WORD_START = re.compile(r"(?<![\w-])")
_WORDISH = re.compile(r"[\w-]|['’]t\b")
"""What may not follow a known name where it is found: more of a word, or the "'t" of a
contraction ("Don’t y’all go blaming ...", which had been Meryl Streep's husband Don)."""
_NOT_NAMES = frozenset(NOT_NAMES)
_CAPITALISED = re.compile(r"(?<![\w-])(?:[Aa]l-|[Ee]l-)?[A-Z][a-z]{4,}(?![\w-])")
_CAP_BEFORE = re.compile(r"([A-Z][\w’'.-]*)\s$")
_CAP_AFTER = re.compile(r"^\s[A-Z][\w’'-]*")


def _inside_longer_name(text: str, begin: int, end: int) -> bool:
    """Whether a capitalised word touches the hit (a sentence's first word or a title does not count)."""
    before = text[max(0, begin - 30) : begin]
    m = _CAP_BEFORE.search(before)
    if m and before[: m.start()].strip() and not is_title(m.group(1)):
        return True
    return bool(_CAP_AFTER.match(text[end : end + 30]))


def is_title(word: str) -> bool:
    """Whether a word is (part of) a title such as "President" or "Sen."."""
    return word.lower().rstrip(".") in TITLE_WORDS
