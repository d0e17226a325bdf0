"""Word lists the NLP layers match against, in one place so tuning never means hunting.

Sections: entity labels, titles and name particles, reporting (speech) verbs, pronouns,
numbers and units, approximation markers, words that cannot be the thing a number counts.
"""

from __future__ import annotations

import functools

# --------------------------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------------------------

ENTITY_TYPES = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
"""spaCy label -> newsweave entity type. Other labels (DATE, MONEY, WORK_OF_ART...) are not entities here."""

TITLES = tuple(
    sorted(
        """
        mr mrs ms miss messrs dr prof sir dame lord lady
        sen senator rep representative congressman congresswoman gov governor mayor
        president vice_president prime_minister chancellor premier king queen prince
        princess sheikh emir caliph ayatollah imam pope cardinal bishop rev reverend father
        secretary secretary_of_state attorney_general minister foreign_minister
        defence_minister defense_minister defense_secretary ambassador judge justice chief_justice
        gen general lt lieutenant col colonel maj major capt captain adm admiral sgt sergeant
        cmdr commander officer detective inspector chief spokesman spokeswoman spokesperson
        speaker leader chairman chairwoman ceo director coach
        """.split(),
        key=len,
        reverse=True,
    )
)
"""Titles stripped from the front of a name ("Mr. Steele", "Secretary Blinken"); multi-word
titles are joined by "_" here and matched with any whitespace."""

TITLE_WORDS = frozenset(w for t in TITLES for w in t.split("_"))
"""Every word of a title, lower case ("vice", "president", "mr")."""

STATE_ABBREVIATIONS = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
    "Ind": "Indiana", "Kan": "Kansas", "Kans": "Kansas", "Ky": "Kentucky", "La": "Louisiana",
    "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota",
    "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada",
    "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York",
    "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "Penn": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina",
    "S.D": "South Dakota", "Tenn": "Tennessee", "Tex": "Texas", "Vt": "Vermont", "Va": "Virginia",
    "Wash": "Washington", "W.Va": "West Virginia", "Wis": "Wisconsin", "Wyo": "Wyoming",
}  # fmt: skip
"""The AP's abbreviations of US states ("Sen. Rand Paul (R-Ky.)", "Phoenix, Ariz."), without the
final period, and the states they stand for."""

SHORT_NAMES = {
    "U.S": ("United States", "US", "America", "American", "Americans"),
    "US": ("United States", "America", "American", "Americans"),
    "U.K": ("United Kingdom", "UK", "Britain", "British"),
    "UK": ("United Kingdom", "Britain", "British"),
    "U.N": ("United Nations", "UN"),
    "UN": ("United Nations",),
    "GOP": ("Republican", "Republicans"),
    "D.C": ("Washington",),
    "L.A": ("Los Angeles",),
}
"""Names the news shortens, and how another source may write the same ("U.S." / "the United
States", "GOP" / "Republicans")."""

TIME_ZONES = frozenset("GMT UTC EST EDT CST CDT MST MDT PST PDT BST CET CEST".split())
"""What a clock time ends with ("0745 GMT", "11 a.m. (1000 GMT)"): no name for the recognizer, a
time for the figures, a conversion a summary trims."""

NAME_PARTICLES = ("al-", "el-", "ad-", "as-", "ash-", "ar-", "at-", "az-", "an-", "ul-")
"""Arabic article prefixes written onto a name ("al-Baghdadi" is "Baghdadi")."""

ALIAS_CUES = (
    "whose real name is",
    "whose real name was",
    "whose given name is",
    "real name",
    "born as",
    "born",
    "also known as",
    "better known as",
    "known as",
    "also called",
    "a.k.a.",
    "aka",
    "alias",
    "nicknamed",
    "nom de guerre",
)
"""Phrases that introduce another name of the same entity ("X, an Iraqi whose real name is Y")."""

# --------------------------------------------------------------------------------------------
# Quotes
# --------------------------------------------------------------------------------------------

DESCRIPTORS = frozenset(
    """
    musician singer songwriter actor actress rapper author writer novelist poet comedian
    historian economist professor researcher scientist reporter journalist photographer
    eyewitness witness bandmate teammate activist veteran filmmaker producer designer model
    """.split()
)
"""What a person does, capitalised before the name at the start of a sentence ("Musician Brad
Fischetti, the last surviving member", "Historian Alan Brinkley of Columbia University"): not
part of the name. Unlike ``TITLES`` these say nothing of a post, so they pair no one in the
claim table."""

SPEECH_VERBS = frozenset(
    """
    said says say saying told tells tell added adds add stated states explained explains wrote
    writes asked asks argued argues noted notes warned warns insisted insists declared declares
    announced announces claimed claims continued continues urged urges demanded demands ordered
    orders directed directs pleaded pleads acknowledged acknowledges admitted admits replied replies
    responded responds tweeted tweets posted posts recalled recalls remarked remarks suggested
    suggests conceded concedes observed observes emphasized emphasised stressed stresses vowed
    vows promised promises predicted predicts complained complains joked jokes concluded
    concludes maintained maintains countered counters described describes called calls
    yelled shouted whispered testified testifies contended contends boasted boasts lamented
    laments cautioned cautions charged charges alleged alleges confirmed confirms denied denies
    reported reports announced quipped mused wondered wonders texted emailed retorted retorts
    instructed instructs reminded reminds commanded commands exhorted exhorts implored
    implores encouraged encourages invited invites threatened threatens assured assures
    reiterated reiterates recounted recounts elaborated elaborates clarified clarifies
    write ask argue retort reply respond explain warn insist declare announce urge recall
    suggest concede emphasize vow promise predict complain joke conclude testify contend boast
    lament caution allege confirm deny quip acknowledge admit plead reiterate
    exclaimed exclaims interjected interjects opined opines fumed fumes barked barks boomed booms
    surmised snapped snaps scoffed scoffs sniped snipes chanted chants pondered ponders chided
    chides mocked mocks marveled marvelled reads
    """.split()
)
"""Verbs that report speech or give an order; the subject of one is the speaker of a quote. Base
forms follow "to" or a modal ("Biden was quick to retort:", "would later write"); those that are
also nouns ("a note", "a call", "the post", "a report") are left out, and so is "read" (a name,
"Read said"; a document "reads")."""

SPEECH_PARTICIPLES = frozenset(
    """
    saying telling writing adding explaining remarking tweeting shouting asking noting arguing
    insisting warning declaring responding replying
    """.split()
)
"""Participles of speech verbs open a clause on the sentence's subject, not on the name just
before them ("The communications pro also took a shot at President Obama and the first lady,
writing "..."" is not Obama's): they name a speaker only as the described subject that opens the
sentence ('A young man, ..., approached the congressman on a sidewalk, saying: "..."')."""

SPEECH_VERB_PHRASES = (
    "shot back", "fired back", "points out", "pointed out", "chimed in", "put it",
    "issued a statement", "released a statement", "issued the following statement", "released the following statement",
)  # fmt: skip
"""Reporting verbs of more than one word: '"...," Trump shot back', '"...," he points out', 'as
Marc Trévidic put it, "..."', 'Trump issued a statement, "..."'."""

SPEECH_PHRASES = ("according to", "in the words of", "quoted", "quoting")
"""Prepositional attributions: '"..." according to X'."""

SPEAKING = "said|says|told|tells|added|adds|noted|notes|wrote|writes|explained|announced|asked"
"""The common verbs of ``SPEECH_VERBS``, as an alternation for regular expressions: those that
attribute a quotation or name a speaker in a summary sentence (``readable``, ``summarize``). A
short list, since each pattern is tried on many sentences."""

PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"they", "we", "i"})

MIN_QUOTE_WORDS = 3
"""A quoted span of one or two words is a scare quote or a title (the 'apostate' army), not a quote."""

# --------------------------------------------------------------------------------------------
# Numbers and units
# --------------------------------------------------------------------------------------------

NUMBER_WORDS = {
    "a dozen": 12,
    "dozen": 12,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "a thousand": 1000,
}

SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bln": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "tln": 1e12,
}

CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "c$": "CAD", "a$": "AUD"}
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "dlr": "USD",
    "dlrs": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds sterling": "GBP",
    "sterling": "GBP",
    "yen": "JPY",
    "yuan": "CNY",
    "rupees": "INR",
    "francs": "CHF",
}

PERCENT_WORDS = ("percent", "per cent", "pct", "percentage points", "percentage point", "%")

UNITS = {
    # time
    "second": "second",
    "seconds": "second",
    "minute": "minute",
    "minutes": "minute",
    "min": "minute",
    "hour": "hour",
    "hours": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
    "decade": "decade",
    "decades": "decade",
    # distance, area, weight, volume
    "mile": "mile",
    "miles": "mile",
    "km": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "foot": "foot",
    "feet": "foot",
    "inch": "inch",
    "inches": "inch",
    "acre": "acre",
    "acres": "acre",
    "hectare": "hectare",
    "hectares": "hectare",
    "ton": "tonne",
    "tons": "tonne",
    "tonne": "tonne",
    "tonnes": "tonne",
    "kg": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "lb": "pound",
    "lbs": "pound",
    "barrel": "barrel",
    "barrels": "barrel",
    "bpd": "barrel per day",
    "gallon": "gallon",
    "gallons": "gallon",
    "litre": "litre",
    "litres": "litre",
    "liter": "litre",
    "liters": "litre",
    "bushel": "bushel",
    "bushels": "bushel",
    "ounce": "ounce",
    "ounces": "ounce",
    "megawatt": "MW",
    "megawatts": "MW",
    "degree": "degree",
    "degrees": "degree",
}
"""Measurement units as written -> the unit reported."""

UNIT_SUFFIXES = ("long", "old", "strong", "wide", "high", "deep", "tall")
"""Words that may follow a hyphenated unit ("31-minute-long recording", "200-strong force")."""

NOT_COMPOUND_UNITS = frozenset(
    """
    half halves third thirds quarter quarters fourth fourths fifth fifths tenth tenths
    fold odd plus something year-old point
    """.split()
) | frozenset(UNIT_SUFFIXES)
"""Words after "N-" that are not a unit of count ("two-thirds majority", "200-strong", "10-fold")."""

CASUALTY_WORDS = frozenset(
    "killed dead died wounded injured hurt missing arrested detained displaced kidnapped abducted".split()
)
"""A number followed by one of these counts people ("12 killed")."""

CASUALTY_PARTICIPLES = {"killing": "killed", "wounding": "wounded", "injuring": "injured"}
"""A verb before a number that says what befell the people it counts ("killing two people and
wounding 21"), with the word of ``CASUALTY_WORDS`` it stands for."""

APPROX_MARKERS = {
    "more than": "more than",
    "over": "more than",
    "upwards of": "more than",
    "in excess of": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "some": "about",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "an estimated": "about",
    "almost": "nearly",
    "nearly": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "up to": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "at most": "up to",
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
}
"""Words before a number that make it approximate -> the marker reported."""

NOT_MEASURES = frozenset(
    """
    a an the this that these those of in on at by for from to with into onto over under about
    and or but nor so yet as than then there here its it their his her our your my
    is are was were be been being has have had do does did will would can could may might must
    shall should not no also only just still even more most less least much many some any all
    each per after before since during while when where who whom whose which what why how
    ago earlier later last next ahead away back down up out off again
    across along among amid around against between beyond near through throughout toward towards
    upon via within without
    percent pct cent
    said says say told wrote writes
    whether if because although though unless until once whereas
    i me you he she we they him them us i'm i've you've you're we've we're they've they're it's he's she's
    appears seems remains becomes gets goes corresponds amounts equals represents belongs refers
    approaches allows thanks versus synonymous
    """.split()
)
"""Words that cannot be the thing a number counts ("60 nations was" stops at "was", "For 10 years
you've been telling us" at "you've", "within two weeks whether" at "whether")."""
NOT_MEASURES |= frozenset(word.replace("'", "’") for word in NOT_MEASURES)

PAST_TENSE = frozenset(
    """
    drove went came said told took gave made fled left ran fell rose won lost got saw held met
    sent spent kept led paid began became brought bought built caught fought found heard knew
    thought wrote stood sat struck threw flew grew drew hid shot sought sold sank swam spoke
    broke chose froze stole woke wore tore bore rode rang sang fed bled
    """.split()
)
"""Irregular past tenses: after a number ("the two men drove to the market") a verb, not what is
counted (regular ones end in -ed)."""

ADJECTIVE_HINTS = frozenset(
    """
    new old other more additional senior junior foreign local armed civilian military
    young total largest biggest major main key top full separate different small large big
    former current previous recent further extra remaining possible
    """.split()
)
"""Common adjectives skipped when looking for the counted noun ("12 senior commanders")."""

# --------------------------------------------------------------------------------------------
# Comparing sources (the claim table)
# --------------------------------------------------------------------------------------------

MEASURE_CLASSES = {
    # a recorded message and its length
    "tape": "recording",
    "recording": "recording",
    "audio": "recording",
    "message": "recording",
    "speech": "recording",
    "video": "recording",
    "statement": "recording",
    "broadcast": "recording",
    # casualties
    "killed": "dead",
    "dead": "dead",
    "death": "dead",
    "deaths": "dead",
    "died": "dead",
    "fatality": "dead",
    "fatalities": "dead",
    "lives": "dead",
    "victims": "dead",
    "wounded": "injured",
    "injured": "injured",
    "hurt": "injured",
    "injuries": "injured",
    # people as a count
    "people": "people",
    "persons": "people",
    "residents": "people",
    "inhabitants": "people",
    "population": "people",
}
"""Counted or measured nouns that name the same kind of thing in different words, so that
"a 30-minute tape" and "a 31-minute-long recording" are two accounts of one measurement."""

STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself no nor not now of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom why will with would you your yours yourself yourselves said says say told according also
    mr mrs ms one two new would could
    """.split()
)
"""Words that carry no content for aligning sentences across sources."""

NOT_NAMES = tuple(
    sorted(
        {w.capitalize() for w in STOP_WORDS | SPEECH_VERBS}
        | set("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
        April June July August September October November December Asked Meanwhile However
        Still Yet Instead Later Earlier Today Yesterday""".split())
    )
)
"""Capitalised words that open a sentence or a date, not a name (a quote's speaker found among
capitalised words the recognizer left out starts with none of these)."""

# --------------------------------------------------------------------------------------------
# Given names
# --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def nicknamer():  # noqa: ANN201 - the package's own type
    """The ``nicknames`` package's table of English given names and their short forms
    ("Richard" / "Dick", "Timothy" / "Tim"), read once per process (about 25 ms with the import)."""
    from nicknames import NickNamer

    return NickNamer()
