"""One quotation printed two ways: the ``quote`` conflicts of the claim table.

Two sources quote a speaker; their quoted spans share most of their words in order, so they are
one quotation, but a content word differs ("cannot believe what they're finding" / "... talking")
or a negation is there in one and not the other ("money that shouldn't have been used" / "should
have been used"). Differences a reader would not call a misquotation are first taken out: curly
and straight apostrophes, contractions ("I'm" / "I am"), abbreviated titles ("Sen." / "Senator"),
editors' insertions in brackets ("[President] Obama"), names told in another form ("al-Qaddafi" /
"Gadhafi"), words of one root ("end" / "ending"), the first words fitted to the reporter's
sentence, and a quotation cut short at either end or with words left out ("...").
"""

from __future__ import annotations

import os
import re
from difflib import SequenceMatcher
from functools import lru_cache

from rapidfuzz import fuzz

from newsweave.facts import Facts
from newsweave.model import Conflict, ConflictValue
from newsweave.nlp.lexicon import STOP_WORDS

QUOTE_SAME = 0.8
"""Share of the shorter quoted span's words, in order, that two spans share to be one quotation
quoted two ways (fewer is another quotation, or the same one paraphrased or translated anew)."""

QUOTE_MIN_WORDS = 6
"""Shorter quoted spans ("not to weaken") are too short to tell a misquotation from another quote."""

QUOTE_CHANGED_WORDS = 2
"""More words changed than this is a paraphrase or another translation, not a misquotation."""

SPELT_ALIKE = 80.0
"""rapidfuzz ratio above which two words are one word spelt two ways ("Muammar" / "Moammar"), the
threshold of names in ``newsweave.conflicts``."""


def quote_conflicts(a: Facts, b: Facts) -> list[Conflict]:
    """One quotation in two sources' words, with a word changed: "we will not negotiate" / "we
    will negotiate", "a failure" / "a disaster".

    Two quoted spans are one quotation when, in order, they share at least ``QUOTE_SAME`` of the
    shorter one's words. The wording differs materially when, inside what both quote, a content
    word is replaced by another (not a spelling variant), or a negation is added or dropped; a
    quote cut short at either end or with words left out ("...") is the same quote. More than
    ``QUOTE_CHANGED_WORDS`` changed words is a paraphrase or another translation, not one quote
    misquoted."""
    out = []
    for qa in _quoted(a.sentence.text):
        for qb in _quoted(b.sentence.text):
            changes = _changed_words(qa, qb)
            if changes:
                values = [ConflictValue(qa, None, qa, a.sentence.id), ConflictValue(qb, None, qb, b.sentence.id)]
                shown = "; ".join(_show_change(x, y) for x, y in changes)
                out.append(Conflict("quote", values, f"real disagreement: one quotation in other words: {shown}"))
    return out


@lru_cache(maxsize=8192)
def _quoted(text: str) -> tuple[str, ...]:
    """The quoted spans of a sentence; one that opens on a mark no other closes is quoted to its
    end, as a quotation the next sentence goes on with ('"What have you guys been debating,
    John? You've been debating a commemorative coin for baseball?" Obama said.', split after
    "John?")."""
    from newsweave.nlp.quotes import find_quoted

    found = tuple(q.text for q in find_quoted(text))
    if not found and (opening := _OPENS_UNCLOSED.match(text)):
        return (text[opening.end() :].strip(),)
    return found


_OPENS_UNCLOSED = re.compile(r"\s*[\"“](?=[^\"“”]*$)")


def _show_change(x: list[str], y: list[str]) -> str:
    """'"finding" vs "talking"', '"not" in one only'."""
    if x and y:
        return f'"{" ".join(x)}" vs "{" ".join(y)}"'
    return f'"{" ".join(x or y)}" in one only'


def _changed_words(a: str, b: str) -> list[tuple[list[str], list[str]]]:
    """The material changes between two quoted spans that are one quotation, else []."""
    wa, wb = _quote_words(a), _quote_words(b)
    if min(len(wa), len(wb)) < QUOTE_MIN_WORDS:
        return []
    low_a, low_b = [w.lower() for w in wa], [w.lower() for w in wb]
    matcher = SequenceMatcher(None, low_a, low_b, autojunk=False)
    if sum(block.size for block in matcher.get_matching_blocks()) < QUOTE_SAME * min(len(wa), len(wb)):
        return []  # two different quotations, or one told in other words
    changes, changed = [], 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        x, y = low_a[i1:i2], low_b[j1:j2]
        if tag == "replace":
            changed += max(len(x), len(y))
            if _negative(x) != _negative(y):
                changes.append((x, y))  # "should" / "shouldn't"
            elif min(i1, j1) == 0 or (_names(wa[i1:i2]) and _names(wb[j1:j2])) or _same_words(x, y):
                continue  # fitted to the reporter's sentence, a name told two ways, "end" / "ending"
            elif any(w not in STOP_WORDS and not w.isdigit() for w in x + y):
                changes.append((x, y))  # "authorities" / "courts"
        elif tag != "equal" and 0 < min(i1, j1) and max(i2 - len(wa), j2 - len(wb)) < 0:
            if len(x + y) <= 2 and _negative(x + y):  # "not" added or dropped inside the quotation
                changes.append((x, y))
    return changes if changed <= QUOTE_CHANGED_WORDS else []


def _quote_words(text: str) -> list[str]:
    """The words of a quotation as said: editors' insertions ("[President] Obama", "(Libyan
    strongman Muammar)") left out, contractions and abbreviated titles spelt out."""
    text = _INSERTION.sub(" ", text.replace("’", "'"))
    out: list[str] = []
    for word in _QUOTE_WORD.findall(text):
        word = word.strip("'")
        low = word.lower()
        if low.endswith("n't") and low not in ("can't", "won't"):
            out += [word[:-3], "not"]
        elif low in _SPELT_OUT:
            out += _SPELT_OUT[low].split()
        elif "'" in low and (low.split("'")[1] in _CONTRACTIONS or low in _IS):
            head, tail = word.split("'", 1)
            out += [head, _CONTRACTIONS.get(tail.lower(), "is")]
        elif word:
            out.append(word)
    return out


_INSERTION = re.compile(r"\[[^\]]*\]|\([^)]*\)")

_CONTRACTIONS = {"m": "am", "re": "are", "ve": "have", "ll": "will", "d": "would"}

_IS = frozenset({"he's", "she's", "it's", "that's", "there's", "what's", "who's", "here's", "where's"})
"""'s that is "is" (after a pronoun), not a possessive."""

_SPELT_OUT = {
    "can't": "can not",
    "won't": "will not",
    "cannot": "can not",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "gen": "general",
    "vs": "versus",
    "til": "till",
}


def _names(words: list[str]) -> bool:
    """Names only ("al-Qaddafi" / "Gadhafi"): a name told in another form is not a misquotation."""
    return bool(words) and all(any(c.isupper() for c in w) for w in words)


def _same_words(x: list[str], y: list[str]) -> bool:
    """Words spelt alike ("Muammar" / "Moammar") or of one root ("end" / "ending")."""
    if fuzz.ratio(" ".join(x), " ".join(y)) >= SPELT_ALIKE:
        return True
    content_x = [w for w in x if w not in STOP_WORDS]
    content_y = [w for w in y if w not in STOP_WORDS]
    return len(content_x) == len(content_y) > 0 and all(
        _one_root(u, v) for u, v in zip(content_x, content_y, strict=True)
    )


def _one_root(u: str, v: str) -> bool:
    short, long = sorted((u, v), key=len)
    return len(short) >= 3 and long.startswith(short) or len(os.path.commonprefix([u, v])) >= 5


_QUOTE_WORD = re.compile(r"[\w'-]+")

_NEGATIONS = frozenset({"not", "no", "never", "nothing", "none", "nobody", "neither", "nor"})


def _negative(words: list[str]) -> bool:
    return any(w in _NEGATIONS for w in words)
