"""Numbers with what they count: "30-minute tape", "1.5 million people", "more than 60 nations".

Rules over the sentence text (fast, and news numbers follow few patterns): a number in digits or
words, an optional scale (million, bn, mln), currency ($, dlrs), percent, a unit (minute, km),
and the noun it counts (the first plain noun after it, "tape" in "30-minute tape"). Years,
dates, times, ordinals and numbers glued to letters ("G7", "F-16") are not quantities, nor is a
number in words before a verb ("One lived near the camp", "Channel Two reported").
"""

from __future__ import annotations

import re

from newsweave.model import Quantity, Sentence
from newsweave.nlp.lexicon import (
    ADJECTIVE_HINTS,
    APPROX_MARKERS,
    CASUALTY_PARTICIPLES,
    CASUALTY_WORDS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    NOT_COMPOUND_UNITS,
    NOT_MEASURES,
    NUMBER_WORDS,
    PAST_TENSE,
    SCALES,
    STOP_WORDS,
    TIME_ZONES,
    UNIT_SUFFIXES,
    UNITS,
)

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORD_NUMBER = (
    r"(?:(?:"
    + _TENS
    + r")-(?:one|two|three|four|five|six|seven|eight|nine)|"
    + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True))
    + r")"
)
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_SCALE = r"(?:" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")"
_CURRENCY = r"(?:US\$|C\$|A\$|\$|€|£|¥)"
_UNIT = r"(?:" + "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True)) + r")"
_PERCENT = r"(?:\s?%|\s(?:percentage points?|percent|per cent|pct)\b)"
_CUR_WORD = r"(?:" + "|".join(sorted((re.escape(w) for w in CURRENCY_WORDS), key=len, reverse=True)) + r")"

QUANTITY = re.compile(
    r"(?<![\w.,$€£¥/-])(?P<cur>" + _CURRENCY + r")?\s?"
    r"(?P<num>" + _DIGITS + r"|\b" + _WORD_NUMBER + r"\b)"
    r"(?:[\s-]?(?P<scale>" + _SCALE + r")\b)?"
    r"(?P<pct>" + _PERCENT + r")?"
    r"(?:\s(?P<curword>" + _CUR_WORD + r")\b)?"
    r"(?:[\s-](?P<unit>" + _UNIT + r")\b(?:-(?P<suffix>" + "|".join(UNIT_SUFFIXES) + r")\b)?)?",
    re.IGNORECASE,
)
_APPROX = re.compile(
    r"(?:^|\W)(?P<m>" + "|".join(sorted((re.escape(a) for a in APPROX_MARKERS), key=len, reverse=True)) + r")\s+"
    r"(?:(?:an?\s+(?:additional|further|extra)|another)\s+)?$",
    re.IGNORECASE,
)
"""A bound or approximation before a figure, perhaps of an increment: "more than 60 nations",
"more than an additional 9 percent of the West Bank"."""
_DATE_BEFORE = re.compile(r"(?:" + _MONTHS + r"|\b(?:No|no|Nos|Number|number|Article|Section|page|Chapter))\s*$")
_DATE_AFTER = re.compile(
    r"^(?:st|nd|rd|th)\b|^\s?(?:" + _MONTHS + r"(?![a-z])|[ap]\.?m\b|:\d|/\d|(?:"
    + "|".join(sorted(TIME_ZONES))
    + r")\b)"
)
"""After a number, what makes it a date or a time of day ("3rd", "5 Nov", "9 a.m.", "0745 GMT")."""
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|of|until|till|by|from|to|between|and|year|early|late|mid|the|during|before|after|"
    r"around|circa|than|through|as|fiscal|for)[\s-]*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*|[^\sA-Za-z]")
_PEOPLE_WORDS = frozenset("people persons men women children civilians police".split())
_AGE_BEFORE = re.compile(r"((?:[A-Z][\w’'.-]+\s){0,2}[A-Z][\w’'.-]+),\s$")
_PARTICLE = r"(?:de|del|della|da|di|do|dos|das|du|van|von|der|den|ter|la|le|bin|ibn|al|el)"
_NAME = r"(?:[A-Z][\w’'.-]+\s+(?:" + _PARTICLE + r"\s+)?){0,3}[A-Z][\w’'-]*[\w’']"
"""A person's name: up to four capitalised words, with the particles of names between them
("Sergio Daniel Valencia del Toro")."""
_AGE_NAME = re.compile(r"\s+(" + _NAME + r")(?=(\s+[a-z]+)?)")
"""The name after a prenominal age: "20-year-old Jacob San-Juan and ..."."""
_AGE_DESCRIBED_NAME = re.compile(r"((?:\s+[a-z][\w’'-]*){1,3}?)\s+(" + _NAME + r")(?=(\s+[a-z]+)?)")
"""Words that describe a person, then the name: "27-year-old military veteran Sergio Daniel Valencia
del Toro"."""
_AGE_APPOSED_NAME = re.compile(r",\s+(" + _NAME + r")(?=\s*(?:[,.;:)]|$))")
"""The name in apposition after what an age describes: "his 5-year-old brother, Sebastian,"."""
_AGE_NAME_BEFORE = re.compile(r"(?:^|[^\w’'.-])(" + _NAME + r"),\s+(?:a|an|the)\s+$")
"""The name an age is in apposition to: "Sergio Daniel Valencia del Toro, a 36-year-old Menasha man"."""
_PERSON_NOUNS = frozenset(
    """man woman men women boy girl son daughter mother father resident student native teen teenager
    child baby infant driver officer soldier worker employee player actress actor singer rapper
    veteran suspect victim gunman patient nurse doctor lawyer pilot""".split()
)
"""Nouns after a capitalised word that make it a modifier: "a 36-year-old Menasha man"."""
_AGE_DESCRIBED = re.compile(r"(?:\s+[A-Za-z][\w’'-]*){1,2}")
_AGE_AFTER = re.compile(r"\s?(?:,|\.(?!\d)|;|$)")
_SUSPENDED = re.compile(r"-(?:,|\s+(?:and|or|to)\b)")
_LIST_END = re.compile(r"\d-([a-z]{3,})\b")
_CASUALTY_VERB = re.compile(
    rf"\b(?P<verb>{'|'.join(CASUALTY_PARTICIPLES)})\s+(?:(?:at least|about|some|nearly|more than)\s+)?$", re.IGNORECASE
)
_OF_OWNER = re.compile(r"\s+of\s+(?:his|her|their|its|our|[A-Z][\w.-]*['’]s?)(?=\s)")
"""A number of someone's things: "18 of Assad's troops" (not "18 of the 30 troops", a share; not
"one of his deputies", which picks a person out)."""
_COMPOUND = re.compile(r"-([a-z]{3,})\b(?!-)")


_CODE = re.compile(r"(?<![\w.])(?:\+?1[-. ])?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}(?![\w-])|\b\d+(?:-\d+){3,}\b")
"""A telephone number ("844-459-5786", "(212) 555-0100") or another code of dashed digits: no
figure of the story."""


def quantities_of(sentence: Sentence) -> list[Quantity]:
    """The quantities of one sentence, in text order."""
    text = sentence.text
    out: list[Quantity] = []
    codes = [c.span() for c in _CODE.finditer(text)]
    for m in QUANTITY.finditer(text):
        if codes and any(b < m.end() and m.start() < e for b, e in codes):
            continue
        q = _quantity(text, m, sentence.id)
        if q is not None:
            out.append(q)
    return out


_TITLE_BEFORE = re.compile(r"[“\"‘](?:[A-Z][\w'’:&.-]*\s+){1,6}$")
_TITLE_CLOSED = re.compile(r"[.,!?]?[”\"’]")
"""A number that ends a title in quotation marks, after its capitalised words ("“Furious 7”",
'"Rocky 4,"'): a name, not a figure."""


def _quantity(text: str, m: re.Match[str], sid: str) -> Quantity | None:
    num = m.group("num")
    is_word = num[0].isalpha()
    before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() : m.end() + 40]
    if _DATE_AFTER.search(after) or (not m.group("cur") and _DATE_BEFORE.search(before)):
        return None
    value = _value(num)
    if value is None:
        return None
    scale = m.group("scale")
    if scale:
        if scale.lower() == "m" and not m.group("cur"):
            return None  # "5 m" is metres or a typo; "$5m" is money
        value *= SCALES[scale.lower()]
    unit, measure = _unit(m)
    if unit == "year" and (m.group("suffix") or "").lower() == "old" and 0 < value < 120:
        return _prenominal_age(text, m, value, sid)
    end = m.end()
    suspended = unit is None and _SUSPENDED.match(text, end)
    if suspended:
        # "the 13-, 12- and 11-year terms": the unit and noun come with the last figure of the list
        last = _LIST_END.search(text, end, end + 60)
        if last:
            unit = UNITS.get(last.group(1).lower(), _singular(last.group(1).lower()))
            measure, _ = _measure(text, last.end(), attributive=True)
            end = m.end() + 1
    compound = None if unit else _COMPOUND.match(text, end)
    if compound and compound.group(1) not in NOT_COMPOUND_UNITS and compound.group(1) not in NOT_MEASURES:
        # "a 225-page report", "the 124-member council": the hyphenated noun is what is counted
        # (pages, members) and the next noun the thing described, as in "30-minute tape"
        unit, end = _singular(compound.group(1)), compound.end()
        measure, end = _measure(text, end, attributive=True)
    elif unit != "percent" and not suspended:
        attributive = bool(m.group("unit")) and text[m.start("unit") - 1] == "-"
        measure, end = _measure(text, end, attributive)
    owned = _OF_OWNER.match(text, end) if unit is None and measure is None and value != 1 else None
    if owned:
        # "18 of Assad's troops", "two of his children": what is counted comes after its owner
        measure, after = _measure(text, owned.end())
        end = after if measure else end
    verb = _CASUALTY_VERB.search(before) if unit is None and measure is None else None
    if verb:
        # "killing two people and wounding 21": the verb says what the bare number counts
        unit, measure = "people", CASUALTY_PARTICIPLES[verb.group("verb").lower()]
    if unit is None and measure is not None:
        if measure in CASUALTY_WORDS:
            unit = "people"
        else:
            unit = _singular(measure)
    plain = not (m.group("cur") or scale or m.group("pct") or m.group("curword") or m.group("unit"))
    if plain and _is_year(num, before, measure):
        return None
    if plain and _TITLE_BEFORE.search(before) and _TITLE_CLOSED.match(text, m.end()):
        return None  # the number of a title in quotation marks: "“Furious 7” is directed by ..."
    if plain and is_word and measure is None:
        return None  # "one of them", "the two" - a word number needs something it counts
    start = m.start()
    age = _AGE_BEFORE.search(before) if plain and measure is None and not is_word else None
    if age and _AGE_AFTER.match(text, m.end()) and 0 < value < 120:
        # "Anwar, 51, ...": an age in apposition, which belongs to the person before it
        return Quantity(
            value=value,
            unit="year",
            approx=None,
            text=text[m.start() - len(before) + age.start(1) : m.end()],
            sentence=sid,
            measure="age",
        )
    approx = _APPROX.search(before)
    if approx:
        start = m.start() - (len(before) - approx.start("m"))
    return Quantity(
        value=value,
        unit=unit,
        approx=APPROX_MARKERS[approx.group("m").lower()] if approx else None,
        text=text[start:end].strip(),
        sentence=sid,
        measure=measure,
    )


def _prenominal_age(text: str, m: re.Match[str], value: float, sid: str) -> Quantity:
    """ "20-year-old Jacob San-Juan": an age, with the name of whose it is when the name follows it,
    after words that describe the person ("27-year-old military veteran X") or in apposition to
    them ("his 5-year-old brother, Sebastian"), or when the age is in apposition to the name
    ("X, a 36-year-old Menasha man"); otherwise what the age describes ("the 56-year-old history
    professor"; not a verb after it: "The 42-year-old kept his seat"). A capitalised word before
    a noun for a person describes the person ("a 36-year-old Menasha man") and is no name."""
    start, end = m.start(), m.end()
    name = _AGE_NAME.match(text, end)
    if name and not (name.group(2) and name.group(2).split()[0] in _PERSON_NOUNS):
        return _age(value, text[start : name.end(1)], sid)
    described = _AGE_DESCRIBED_NAME.match(text, end)
    if (
        described
        and not any(w in STOP_WORDS for w in described.group(1).split())
        and not (described.group(3) and described.group(3).split()[0] in _PERSON_NOUNS)
    ):
        return _age(value, text[start : described.end(2)], sid)
    plain = _AGE_DESCRIBED.match(text, end)
    if plain:
        for word in _WORD.finditer(text, end, plain.end()):
            low = word.group().lower()
            if low in STOP_WORDS or low in PAST_TENSE or low in NOT_MEASURES:
                break  # "The 42-year-old kept his seat": a verb, not what the age describes
            end = word.end()
    apposed = _AGE_APPOSED_NAME.match(text, end)
    if apposed:
        end = apposed.end(1)
    before = _AGE_NAME_BEFORE.search(text, max(0, start - 80), start)
    if before and not apposed and not _place_or_time(text, before.start(1), before.group(1)):
        start = before.start(1)
    return _age(value, text[start:end], sid)


def _place_or_time(text: str, at: int, name: str) -> bool:
    """Whether capitalised words before a comma open the sentence with a place or a time ("In
    Boston, a 36-year-old man ...", "On Monday, a ...") rather than name a person."""
    previous = text[max(0, at - 12) : at].split()
    return name.split()[0].lower() in STOP_WORDS or bool(previous and previous[-1].lower() in STOP_WORDS)


def _age(value: float, text: str, sid: str) -> Quantity:
    return Quantity(value=value, unit="year", approx=None, text=text, sentence=sid, measure="age")


def _value(num: str) -> float | None:
    low = num.lower()
    if low[0].isalpha():
        if "-" in low:
            tens, ones = low.split("-", 1)
            return float(NUMBER_WORDS.get(tens, 0) + NUMBER_WORDS.get(ones, 0))
        return float(NUMBER_WORDS[low]) if low in NUMBER_WORDS else None
    try:
        return float(low.replace(",", ""))
    except ValueError:
        return None


def _unit(m: re.Match[str]) -> tuple[str | None, str | None]:
    if m.group("pct"):
        return "percent", None
    if m.group("cur"):
        return CURRENCY_SYMBOLS[m.group("cur").lower()], None
    if m.group("curword"):
        return CURRENCY_WORDS[m.group("curword").lower()], None
    if m.group("unit"):
        return UNITS[m.group("unit").lower()], None
    return None, None


def _measure(text: str, end: int, attributive: bool = False) -> tuple[str | None, int]:
    """The noun a number counts (the last plain word of the run after it) and where it ends.

    ``attributive``: the unit was hyphenated ("30-minute tape"), so the next noun is the thing
    measured even if it ends in -ing ("31-minute-long recording").
    """
    run: list[tuple[str, int]] = []
    skipped = 0
    last_skipped: tuple[str, int] | None = None
    pos = end
    for w in _WORD.finditer(text, end, min(len(text), end + 60)):
        word = w.group()
        gap = text[pos : w.start()]
        pos = w.end()
        if gap.strip() not in ("", "-") or not word[0].isalpha():
            break
        low = word.lower()
        if low in NOT_MEASURES:
            break
        if not run and (word[0].isupper() or low in ADJECTIVE_HINTS) and skipped < 2:
            skipped += 1
            last_skipped = (low, w.end()) if word[0].isupper() else None
            continue
        if word[0].isupper():
            break
        run.append((low, w.end()))
        if len(run) == 3:
            break
    if attributive:
        # "a 4,667-page report represents", "the 3,500-page report naming dozens": after the head
        # noun of an attributive figure, a word in -s, -ed or -ing is a verb or another phrase
        for n in range(1, len(run)):
            if run[n][0].endswith(("s", "ed", "ing")):
                run = run[:n]
                break
    for n in range(1, len(run)):
        if run[n - 1][0].endswith("s") and not run[n - 1][0].endswith("ss") and not run[n][0].endswith("s"):
            # a plural and then its verb or an adverb: "27 states added two new people", "2,000
            # fighters face a siege", "10 characters including numbers", "500 miles north"
            run = run[:n]
            break
    if run and run[0][0].endswith("ed") and run[0][0] not in CASUALTY_WORDS and last_skipped:
        run = [last_skipped]  # "1,500 Kurds massed": the capitalised plural is what is counted
    while len(run) > 1 and (run[-1][0].endswith("ed") or run[-1][0].endswith("ing") or run[-1][0] in PAST_TENSE):
        run.pop()  # "12 people killed", "the two men drove": the verb is not what is counted
    if not run or (len(run) == 1 and _is_verb(run[0][0]) and not attributive):
        return None, end  # "One lived near the camp", "Channel Two reported": a verb follows
    if run[-1][0].endswith("ing") and not attributive:
        return None, end  # "60 kilos making": a verb, not a noun
    return run[-1][0], run[-1][1]


_ED_NOUNS = frozenset("hundred speed breed creed steed seed shed sled bed need weed feed deed".split())
"""Nouns that end in -ed like a past tense."""


def _is_verb(word: str) -> bool:
    """A past tense that is not a casualty ("killed", "wounded" say what is counted)."""
    if word in PAST_TENSE:
        return True
    return word.endswith("ed") and len(word) > 4 and word not in CASUALTY_WORDS and word not in _ED_NOUNS


def written_unit(unit: str, value: float) -> str:
    """A unit as a reader writes it after a value: "30 minutes", "14 cities", "2 feet", "1 mile";
    a symbol, a code or a plural noun as it is ("8 mph", "USD", "people", "children")."""
    if value == 1 or not unit.replace(" ", "").isalpha() or not unit.islower() or unit in _AS_IS:
        return unit
    head, _, rest = unit.partition(" ")  # "barrel per day" -> "barrels per day"
    if head == "foot":
        head = "feet"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        head = head[:-1] + "ies"
    elif head.endswith(("ch", "sh", "x", "z")):
        head += "es"
    elif not head.endswith("s"):
        head += "s"
    return f"{head} {rest}" if rest else head


_AS_IS = frozenset("people children men women police staff mph kph km kg m percent count".split())
"""Units written the same after any value: plural nouns, symbols, "percent"."""


def _singular(noun: str) -> str:
    if noun in _PEOPLE_WORDS:
        return "people" if noun in ("people", "persons") else noun
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "sses", "xes")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun


def _is_year(num: str, before: str, measure: str | None) -> bool:
    """A bare 4-digit number from 1800 to 2099 is a year unless it counts something plural."""
    if not re.fullmatch(r"(?:18|19|20)\d\d", num):
        return False
    if _YEAR_BEFORE.search(before):
        return True
    return measure is None or not (measure.endswith("s") or measure in _PEOPLE_WORDS)
