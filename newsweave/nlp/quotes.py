"""Direct quotes and who said them.

Quotes are found per paragraph (a quote may run over several sentences): curly or straight
double quotes, ``typewriter pairs'' (AP and NYT wire text), and curly single quotes used as
quotation marks; a span of fewer than
MIN_QUOTE_WORDS words is a scare quote or a title, not a quote, and so is a longer one in title
case ("Every Other Time", "The Queen of Rage": a song, a show, a book).

A quotation opened with a curly mark may be closed by a straight one, as crawled pages mix them.

The speaker of a quote, first rule that applies:
1. named after it: '"...," said X', '"...," said former Rep. X', '"...," X said', '"...," X, an
   analyst, said', '"...," Oversight and Government Reform Committee spokesman X said', '"..." —
   X' (or a horizontal bar, '"..." ― X', as pages of readers' comments sign them), '"..."
   according to X';
2. named before it: 'X said: "..."', 'X of Delaware, a Democrat, told reporters "..."', the
   subject of a reporting or directive verb ('X told fighters to "..."', 'He called on them to
   "..."'), or the sentence's subject with a predicate of its own before the reporting verb
   ('Romney released a statement late Tuesday saying: "..."'; only a person or he/she, and not
   inside a clause of its own: 'After reporter Michael Scotto finished his report, Grimm ...
   said' is Grimm's);
3. a quote standing alone in its sentence continues: it is the person's whom the sentence
   before reports speaking ('Hassan Asfour, a negotiator, said the Authority condemned the
   attack. "This is a crime..."'), else the speaker's of the quote just before it in the same
   article.
Rule 1 looks into the next sentence ('"...victory." Mr. Steele said.') only for a quotation its
own sentence does not introduce: after 'One young woman shopper said: "..."' the next
sentence's speaker is someone else's.
X is a name the recognizer found, capitalised words it missed ('"...," Warren said'), a role
('the spokesman'), or an owner's role, which stands for the one person the article gives that
role before their name ("Islamic State's leader" -> 'Islamic State leader Abu Bakr
al-Baghdadi'). The object of a preposition ('a congressman from Tennessee, wrote ..., saying')
and a role in apposition to a name ('Reince Priebus, the chairman of ...') are not speakers.
A speaker that is a pronoun (he/she) is the person last named as speaker or subject before it,
unless the article calls that person by the other pronoun (an honorific, "Mr." or "Ms.", or the
first he/she after a sentence's opening full name: 'Shlomo Meir ... was standing nearby when he
heard a blast'); then the one named before (``ANTECEDENT_DEPTH``). A "him" or "her" after a
subject's verb ('Crowley asked her if ...') is the one named before the subject, who is then
the last named, and that pronoun's from then on. A sentence's subject is the first person it
names outside quotations and after the phrase it opens with ('In follow-up questioning by
Representative Gerald E. Connolly, Mr. Shulman offered'), unless a he/she comes first ("In a
statement, he decried the Obama administration's..." is not about Obama) or it opens on
someone unnamed ("One woman ... sorted through a pile of oranges. '...,' she said": the speaker
is "One woman"; so is 'One young woman shopper said: "..."'s).
The speaker is linked to the story's entity (so "Baghdadi" and "Abu Bakr al-Baghdadi" are one).
Across a story's articles, one quotation's reports are merged (``merge_across``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from newsweave.model import Quote, Sentence
from newsweave.nlp.entities import Mention
from newsweave.nlp.lexicon import (
    MIN_QUOTE_WORDS,
    NOT_NAMES,
    SPEECH_PARTICIPLES,
    SPEECH_PHRASES,
    SPEECH_VERB_PHRASES,
    SPEECH_VERBS,
    STOP_WORDS,
    TITLES,
)
from newsweave.nlp.sentences import paragraphs_of

SAME_QUOTE_RATIO = 90.0
"""rapidfuzz partial_ratio above which two articles' quotes are one (a quote copied with a word
changed or cut scores 90-100; unrelated quotes of similar length score under 60)."""
SAME_QUOTE_MIN_CHARS = 15
"""Shorter quotes ("not to weaken") are matched only when identical."""
SAME_SPEAKER_WORDS = 8
"""Two matching reports that share this many words are one quotation, whose speaker one may
give the other (BASIL: Victoria Nuland's e-mail quoted by two papers with three words changed
shares 19; a reporter's "fully supported the Obama agenda" shares 4 with the question it echoes)."""
TITLE_MAX_WORDS = 8
"""A quoted span in title case of up to this many words names a song, a show or a book."""
ANTECEDENT_DEPTH = 3
"""A he/she skips a person of the other gender for one named before, at most this far back."""
CONTINUATION_SENTENCES = 3
"""A quote standing alone takes the previous quote's speaker only if that quote is this close."""

_VERB = r"(?:" + "|".join(
    sorted([*SPEECH_VERBS, *(p.replace(" ", r"\s+") for p in SPEECH_VERB_PHRASES)], key=len, reverse=True)
) + r")"
_PARTICIPLE = r"(?:" + "|".join(SPEECH_PARTICIPLES) + r")"
_VERB_OR_PARTICIPLE = r"(?:" + _VERB + "|" + _PARTICIPLE + r")"
_ADVERBS = (
    r"(?:\s+(?:also|later|then|again|once|further|repeatedly|had|has|have|was|were|would|will|quoted\s+as|\w+ly)){0,2}"
)
"""Words between a speaker and the verb: 'X also said', 'X had told', 'X was quoted as saying' (AP:
'"...," Habibie was quoted as saying by the English-language newspaper The Nation')."""
# after the closing mark: ', said X' / ', X said' / ', X, an analyst, said' / ' — X' / ' according to X'
_ONE_TITLE = r"(?:(?:" + "|".join(t.replace("_", r"\s+") for t in TITLES) + r")\.?|(?-i:Del)\.)\s+"
_TITLE = r"(?:" + _ONE_TITLE + r"){0,2}"
"""Titles between the verb and the name: ', said Rep. Carolyn Maloney', ', Sen. X said', ', said
Del. Stacey Plaskett' (a delegate; "Del" only with its period: "del Potro" is a name)."""
_FORMER = r"(?:(?:former|then|ex|acting|interim|outgoing|retired)[\s-]+)"
"""What a title may follow: ', said former Representative Thomas M. Davis III' (BASIL, NYT: the
speaker was missed), ', said then-Gov. X', ', said former South Carolina Gov. X' (the place then
introduces the person, as an organisation does: ``_person_after``)."""
_REPORTS_ITS_OWN = re.compile(
    r"\b" + _VERB + r"\s+(?:that|he|she|they|it|we|i|there)\b", re.IGNORECASE
)
"""A sentence that reports what someone said in a clause of its own, its subject a pronoun or
"that" ("Gingrich said he recognized that some conservatives were wary of the agreement."), after
a quotation that ends its sentence: no attribution of that quotation, which is someone else's (DUC
2004: Tauzin's "It won't be holding my nose either ..." had been given to Gingrich), but a new
statement; "Mr. Obama asked his daughters." is one."""
_AFTER_VERB_FIRST = re.compile(
    r"^\W{0,4}\s*" + _VERB + r"\s+(?:(?:the\s+)?" + _FORMER + r"?(?:" + _ONE_TITLE + r"){1,2}|" + _FORMER + "?)$",
    re.IGNORECASE,
)
"""', said X', ', said the Rev. X', ', said former Rep. X' (but not ', said the Trump campaign': "the"
only before a title)."""
_AFTER_VERB_DESCRIBED = re.compile(
    r"^\W{0,4}\s*" + _VERB + r"\s+(?:the\s+)?" + _FORMER + r"?(?:(?-i:[a-z0-9][\w/'’-]*)\s+){1,4}$", re.IGNORECASE
)
"""', said 9/11 widow Terry Strada', ', said longtime aide X': what the person is, in lower case,
between the verb and the name (no function word: ``_DESCRIBED_NOT``); the name is no modifier
of a noun after it (``_NOUN_AFTER``: ', predicted one Pelosi confidante')."""
_AFTER_TITLE = re.compile(r"\W{0,4}\s*" + _TITLE, re.IGNORECASE)
_CLAUSE_WORDS = r"(?:that|which|who|whose|whom|whether|when|after|before|because|if|while|as|although|since|until)"
_NOUN_AFTER = re.compile(r"(?:['’]s)?\s+(?!" + _CLAUSE_WORDS + r"\b|(?:of|and|or|in|at|from|on|for|to|with|by)\b)[a-z]")
_AFTER_DESCRIBED = re.compile(r"\W{0,4}\s*(?:[\w.'’&-]+\s+){1,6}")
"""What a person is, between a quote and their name, with their verb after it: ', local rescue
service leader Lennart Olin said', ', Indiana State Police Sgt. Kim Riley said', ", Twitter's
Adam Sharp wrote". Taken for a named person only, and with no clause word or preposition before
the name."""
_DESCRIBED_NOT = re.compile(
    r"\b(?:" + _CLAUSE_WORDS + r"|and|or|but|of|from|in|at|to|for|with|by|on|about)\b", re.IGNORECASE
)
_IN_A_NAME = re.compile(r"\b([A-Z][\w.'’&-]*\s+)(?:and|of|for|on|&)\s+(?:the\s+)?(?=[A-Z])")
"""A small word between two capitalised ones is part of an organisation's name, no clause or
preposition of the description: '“The Committee has been contacted ...,” Oversight and Government
Reform Committee spokesman Ali Ahmad said in a statement' (BASIL, Fox News: the speaker was
missed), ', Department of Health and Human Services spokesman X said'."""
_OF_PLACE = r"(?:\s+(?:of|from)\s+(?:the\s+)?(?-i:[A-Z])[^,;“”\"]{0,60}?)?"
"""Where a speaker is from, between the name and the verb: 'Gov. Jack Markell of Delaware, a
Democrat, told'."""
_PARTY = r"(?:\s*\((?-i:[DRI])(?:-[^()“”\"]{1,30})?\))?"
"""A legislator's party and state after the name: 'Rep. John Mica (R-Fla.) said', '(D)'."""
_AFTER_SPEAKER_FIRST = re.compile(
    r"^(?:['’]s)?" + _PARTY + _OF_PLACE + r"(?:,\s[^“”\"]{1,120}?)?,?" + _ADVERBS + r"\s+" + _VERB + r"\b",
    re.IGNORECASE,
)
_NOT_FUNCTION_WORD = r"(?!(?:" + "|".join(sorted(STOP_WORDS - {"of"}, key=len, reverse=True)) + r")\b)"
"""Before a word: it is no function word (but "of", which a description may hold: "one of
Anwar's lawyers")."""
_POST_BETWEEN = re.compile(r"(?:['’]s)?(?:\s+[A-Za-z][\w.-]*){1,3}\s+")
"""One to three words of a post between an organisation and a person: ' host ', ' President ',
"'s chief of staff "."""
_LOWER_POST_BETWEEN = re.compile(r"(?:['’]s)?(?:\s+(?!of\b)" + _NOT_FUNCTION_WORD + r"[a-z][\w.-]*){1,3}\s+")
"""A post in lower case between two people's names, no function word: ' campaign manager ', "'s
spokesman " (not ' of ' in "Melodye Shore of Laguna Niguel", nor ' and ')."""
_AFTER_DASH = re.compile(r"^\W{0,2}\s*[—–―-]\s*$")
_AFTER_ACCORDING = re.compile(r"^\W{0,3}\s*(?:" + "|".join(SPEECH_PHRASES) + r")\s+$", re.IGNORECASE)
# before the opening mark: 'X said: ' / 'X told reporters ' / 'X told fighters to '
_BEFORE = re.compile(
    r"^(?:['’]s)?" + _PARTY + _OF_PLACE + r"(?:,\s[^“”\"]{1,120}?,)?" + _ADVERBS + r"\s+" + _VERB
    + r"\b[^“”\"]{0,150}$",
    re.IGNORECASE,
)
_INVERTED_VERBS = ("said", "says", "wrote", "added")
"""Verbs that may come before their subject and a quote: 'Said Ellis: "..."'."""
_INTRODUCER = re.compile(
    r"(?:^|(?<=[\s,;(]))(?:according\s+to|" + "|".join(_INVERTED_VERBS) + r")\s+" + _TITLE + r"$", re.IGNORECASE
)
"""A name's introducer just before it, the name then followed only by ', ' or ': ' and the quote:
'Said Ellis: "..."', 'According to Limbaugh, "..."'."""
_NAME_INTRODUCED = re.compile(r"\s*[,:]\s*")
_VERB_IN_NAME = re.compile(r"(?:" + "|".join(v.capitalize() for v in _INVERTED_VERBS) + r")\s+(?=[A-Z])")
"""An inverted verb that the name finder took as the name's first word ("Said Ellis")."""
_ONE_WORD_PREDICATE = r"(?:was|is|were|are|has|had|have|still|now|often|always|never|even)"
_PREDICATE_WORD = r"(?:\s(?!" + _CLAUSE_WORDS + r"\b)[^\s“”\".;:!?]+)"
_BEFORE_LOOSE = re.compile(
    r"^(?:" + _PREDICATE_WORD + r"{2,16}?,?|" + _PREDICATE_WORD + r",|\s" + _ONE_WORD_PREDICATE + r")\s"
    + _VERB_OR_PARTICIPLE  # 'Sen. Ted Cruz was also critical of Obama's stance, telling Breitbart London:'
    + r"\b(?:\s+[^\s“”\".;:!?]+){0,3}[,:]?\s*$",  # 'saying:', 'saying that transparency'
    re.IGNORECASE,
)
"""The sentence's subject with a predicate of its own before the reporting verb: 'Mr. Santorum
did not back down, saying, "..."', 'Romney released a statement late Tuesday saying: "..."'. One
word is a predicate only before a comma ('Santorum laughed, saying') or as an auxiliary or adverb
('he was tweeting that "..."', 'she still says things such as, "..."'): "one Clinton aide
said" is the aide's, not Clinton's."""
_SUBORDINATE = re.compile(r"\b" + _CLAUSE_WORDS + r"\b|\b[Aa]n?\s+$", re.IGNORECASE)
"""Before a name, what makes it no subject of the sentence: a clause of its own ('After reporter
Michael Scotto finished his report, Grimm...') or an article ('A Romney campaign aide said')."""
_AFTER_PREPOSITION = re.compile(
    r"\b(?:from|in|of|at|to|for|with|by|on|about|against|near|outside|inside)\s+(?:the\s+)?(?:"
    + _ONE_TITLE
    + r")?$",
    re.IGNORECASE,
)
"""Before a name, what makes it an object, not who speaks ('a congressman from Tennessee, wrote
an open letter ..., saying "..."', 'took a shot at President Obama and the first lady, writing
"..."', 'One Facebook user who lives near Austin, Tex., wrote: "..."')."""
_OPENING = re.compile(
    r"\s*(?:In|On|At|With|By|For|From|After|Before|When|While|As|Although|Though|Since|Until|During|Despite|"
    r"Because|If|Unlike|Like|Following|Under|Amid|Asked|Once)\b[^,;:“”\"]*,"
)
"""A sentence's opening phrase or clause, to its first comma: 'In follow-up questioning by
Representative Gerald E. Connolly, a Virginia Democrat, Mr. Shulman offered what he said was one of
the many plausible explanations ...' is about Shulman, whose '"The Easter Egg Roll with my kids,"
he said.' follows (NYT; it was Connolly's)."""
_INTRODUCED = re.compile(r"\b" + _VERB + r"\s*[:,]?\s*$", re.IGNORECASE)
"""A quotation its own sentence introduces: '... said: "..."', '... told reporters, "..."'."""
_SUBJECT_VERB = re.compile(
    r"(?:,[^,;“”\"]{1,60},)?\s+(?:\w+ly\s+)?[a-z]+\s+(?P<pronoun>him|her)\b"
    r"(?=\s+(?:if|whether|to|that|about|for|what|why|how|when)\b|\s*[,.;:]|\s*$)"
)
"""After a sentence's subject, its verb and a "him" or "her" as the verb's object: ', D-N.Y.,
asked her if', ' told him that', ' thanked her.' (not "her" before a noun: 'called her answer
evasive'; not a clause's own verb: 'Fowler said he expects Clinton to ..., which forced her to')."""
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|his|hers)\b", re.IGNORECASE)
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")
_ASKED = re.compile(r"(?:^|[,;]\s*)\s*(?:[Ww]hen\s+)?[Aa]sked(?:\s+[\w-]+){0,2}\s*[,:]?\s*$")
"""What a question put to someone follows, opening its clause ('Asked point-blank, "Is that
picture you?"', 'When asked, "..."'): the person named after it answers, and did not ask; not
'Zero Hedge asked, "..."', where the one named asks."""
_SAYING_NEXT = re.compile(
    r"\s+(?:saying|says)\b|['’]s?\s+(?:own\s+)?(?:remarks|words|statement|comments)\b", re.IGNORECASE
)
"""After a name, what shows it speaking though a preposition comes before it ('footage of Trump
saying', "I am reminded of President Lincoln's remarks during the American Civil War: "...")."""
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
_UNNAMED_NOUNS = {
    "woman": "she", "girl": "she", "mother": "she", "policewoman": "she", "spokeswoman": "she",
    "man": "he", "boy": "he", "father": "he", "policeman": "he", "spokesman": "he",
    "volunteer": None, "shopper": None, "witness": None, "resident": None, "officer": None,
    "soldier": None, "doctor": None, "nurse": None, "worker": None, "student": None,
    "driver": None, "passenger": None, "survivor": None, "neighbor": None, "neighbour": None,
}
_NOUN_GENDER = {noun: g for noun, g in _UNNAMED_NOUNS.items() if g}
_NOMINAL = re.compile(
    r"\s*(?:One|A|An|Another)\s+(?:[a-z][\w’'-]*\s+){0,3}?(?:" + "|".join(_UNNAMED_NOUNS) + r")\b"
)
"""A sentence that opens on someone unnamed: "One woman", "A young volunteer", "Another witness"."""
_UNNAMED_SAYS = re.compile(
    r"\s*(?P<who>(?:One|A|An|Another)\s+(?:[a-z][\w’'-]*\s+){0,3}?(?:" + "|".join(_UNNAMED_NOUNS) + r")"
    r"(?:\s+[a-z][\w’'-]*)?),?\s+" + _VERB + r"\s*[:,]?\s*$",
    re.IGNORECASE,
)
"""Someone unnamed who says what follows: 'One young woman shopper said: "..."'."""
_KIN_GENDER = {
    n: "she"
    for n in "wife widow mother daughter sister girlfriend grandmother aunt niece actress congresswoman "
    "chairwoman spokeswoman businesswoman".split()
} | {
    n: "he"
    for n in "husband widower father son brother boyfriend grandfather uncle nephew congressman spokesman "
    "businessman".split()
}
_KIN_BEFORE = re.compile(r"\b(?P<noun>" + "|".join(_KIN_GENDER) + r")\s*,?\s+$", re.IGNORECASE)
"""A noun that says whether the person named next is a man or a woman: 'his wife, Huma Abedin'."""
_UNNAMED = "~"
"""Marks an unnamed person among the persons a he/she may stand for."""
_PERSON_ROLES = (
    "spokesman|spokeswoman|spokesperson|official|minister|leader|president|analyst|expert|"
    "commander|prosecutor|lawyer|attorney|aide|adviser|advisor|diplomat|officer|senator|"
    "governor|mayor|chief|director|chairman"
)
"""Roles one person holds (an owner's role, 'Islamic State's leader', is one of these)."""
_ROLES = _PERSON_ROLES + (
    "|officials|ministry|source|sources|witness|resident|residents|statement|police|prosecutors|report|agency|"
    "group|campaign"
)
_ROLE = re.compile(
    r"\b(?:(?:[Tt]he|[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\w’'-]+\s+){0,3}?(?P<role>" + _ROLES + r")"
    r"|(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})['’]s\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?P<held>" + _PERSON_ROLES + r"))\b"
)
"""A speaker named by a role: 'the spokesman', 'a senior official', 'Islamic State's leader'."""
_TITLED = re.compile(r"(?P<owner>(?:[A-Z][\w’'.-]*\s+){0,3})(?P<role>" + _PERSON_ROLES + r")\s+$", re.IGNORECASE)
"""A role written before a person's name: 'Islamic State leader Abu Bakr al-Baghdadi'."""
_DET = r"(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)"
_SAYS_DONE = {v for v in SPEECH_VERBS if v.endswith(("ed", "s")) or v in {"said", "told", "wrote"}}
_DESCRIPTION_WORDS = rf"(?:{_NOT_FUNCTION_WORD}[\w’'$.-]+\s+){{0,5}}?{_NOT_FUNCTION_WORD}[A-Za-z][\w’'-]*(?<!ly)"
"""A description of up to six words, none a function word but "of", that ends on a noun (no
adverb): 'the candidate', 'a Democratic strategist', 'the Texan', "one of Anwar's lawyers"; not 'A
Frank representative did not (respond)', 'The Washington Post now'."""
_STATED = r"(?:" + "|".join(sorted(_SAYS_DONE, key=len, reverse=True)) + r")"
"""The verbs of ``SPEECH_VERBS`` that say someone spoke: no base form or participle ("A
hurricane warning was also in effect" tells no speech)."""
_DESCRIBED_AFTER = re.compile(
    r"\W{0,4}\s*(?:" + _STATED + r"\s+(?P<who1>" + _DET + r"\s+" + _DESCRIPTION_WORDS + r")"
    r"(?=\s*[,.;:](?:\s|$)|\s*$|\s+(?:who|whose|in|on|at|after|during|when|while|last|this|to|from|of)\b)"
    r"|(?P<who2>" + _DET + r"\s+" + _DESCRIPTION_WORDS + r")(?:,\s[^“”\"]{1,80}?,)?"
    + _ADVERBS
    + r"\s+"
    + _STATED
    + r"\b)",
)
"""Someone described, not named, who says the quote before: '"...," the candidate said', '"...,"
said a Democratic strategist who spoke on the condition of anonymity', '"...," the suit reads'."""
_DESCRIBED_BEFORE = re.compile(
    r"\s*(?P<who>(?-i:The|A|An|One|Another|This)\s+" + _DESCRIPTION_WORDS + r")(?:,\s[^“”\"]{1,80}?,)?"
    + _ADVERBS + r"\s+(?:" + _STATED + "|" + _PARTICIPLE + r")\b[^“”\"]{0,60}$"
)
"""A sentence opening on someone described who says the quote after: 'The ad claims "..."', 'The
board said in a statement: "..."', 'A young man, dressed in a jacket and tie, approached the
congressman on a sidewalk, saying: "..."'."""


_CLAUSE_END = re.compile(r"(?:\s+(?:on|in|at|during|after|before|late|early|last|this)\b[^.,;:“”\"]{0,60})?\s*[.,;:]")
"""What may follow the verb of an attribution: a time or a place, then the end of the clause
('the spokesman said on Monday.'), not what it says ('The family of Suleiman Musa Dahayneh, 24,
said he had been married for three months')."""


def _described(text: str, q: _Found, after_limit: int, s_end: int, prev_end: int, start: int) -> str | None:
    """The description of an unnamed speaker of quote ``q``: after it (``_DESCRIBED_AFTER``;
    in the next sentence only as a clause of its own, ``_CLAUSE_END``) or, when no other quote
    of the sentence comes before it, opening the sentence (``_DESCRIBED_BEFORE``)."""
    if (m := _DESCRIBED_AFTER.match(text, q.end, after_limit)) and (
        m.end() <= s_end or m["who1"] or _CLAUSE_END.match(text, m.end())
    ):
        return m["who1"] or m["who2"]
    if prev_end <= start and (m := _DESCRIBED_BEFORE.match(text, start, q.start)):
        return m["who"]
    return None


_QUOTE_WORD = re.compile(r"[\w’'-]+")
_STRAIGHT_CLOSE = re.compile(r"(?<=[\w.,!?…])\"(?!\w)")
"""A straight mark that closes a quotation: after a word or its punctuation, before no letter."""
_NAME = re.compile(r"\b(?!(?:" + "|".join(NOT_NAMES) + r")\b)[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}")
"""Capitalised words the recognizer did not take for a name: a speaker only where the words
around them say so (', Warren said', '― Sonya Herridge', 'Peabody said:')."""


@dataclass(slots=True)
class _Found:
    start: int  # opening mark
    end: int  # just after the closing mark (or paragraph end when never closed)
    text: str


@dataclass(slots=True)
class _Speaker:
    start: int
    end: int
    name: str
    entity: str | None
    pronoun: bool = False
    role: bool = False


def _unquoted_marks(text: str, found: list[_Found]) -> str:
    """The paragraph with the quotation marks of no quote found blanked: a word or two in quotes
    between a reporting verb and its quote ('Clinton said that this was a "new" expectation of
    candidates and we should "set the same standard for everybody."') do not part them."""
    marks = [i for i, c in enumerate(text) if c in '“”"' and not any(f.start <= i < f.end for f in found)]
    if not marks:
        return text
    chars = list(text)
    for i in marks:
        chars[i] = " "
    return "".join(chars)


def find_quoted(text: str) -> list[_Found]:
    """Quoted spans of one paragraph, outermost only, MIN_QUOTE_WORDS words or more."""
    found: list[_Found] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        width = 2 if text.startswith("``", i) else 1 if c in '“"' or (c == "‘" and _opens_single(text, i)) else 0
        if not width:
            i += 1
            continue
        close = _closing(text, i)
        if close is None and c == '"':
            i += 1  # a lone straight quote (inches, a typo) is not an unclosed quotation
            continue
        if close is not None:
            end, stop = close + width, close
        else:  # runs on to the paragraph's end, or to where a quotation opens again
            end = stop = _reopened(text, i, width)
        inner = text[i + width : stop].strip().rstrip(",")
        words = len(_QUOTE_WORD.findall(inner))
        if words >= MIN_QUOTE_WORDS and not _is_title(inner) and not _NAMED.search(text, 0, i):
            found.append(_Found(i, end, inner))
        i = end
    return found


_NAMED = re.compile(r"\b(?:entitled|titled|headlined|dubbed|nicknamed|named)\s*,?\s*$", re.IGNORECASE)
"""What a quoted name follows ('a tape entitled "this is what God and his Messenger have promised
us"'): the name of a work or a thing, whatever its case, not words said."""

_TITLE_SMALL_WORDS = frozenset("a an the of on in is to for and or at by with from as vs".split())
"""Words a title leaves in lower case ("Face the Nation")."""


def _is_title(inner: str) -> bool:
    """A quoted name of a work, not words said: a few words, each capitalised but the small ones
    ("Every Other Time.", "Keepin' It Real", "The Queen of Rage", "Face the Nation"); a shout
    ("Death to Arabs! Death to Arafat!") is speech."""
    words = _QUOTE_WORD.findall(inner)
    if len(words) > TITLE_MAX_WORDS or any(c in inner for c in "!?,;:"):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words) and (
        sum(w[0].isupper() for w in words) >= 2
    )


_MARK_AT_SENTENCE_START = re.compile(r"[.?!…][\"”’')\]]*\s+$")


def _closed_past_reopening(text: str, i: int, opening: str, closing: str) -> int | None:
    """Where the quotation opened at ``i`` closes when another mark opens before its close:
    - one at the start of a sentence opens the same quotation again, as a new paragraph of it
      would, in wire text whose paragraphs run together ('``But I don't think ... the lockout.
      ``It only means ... payment. ``So even if he does rule in our favor, ..., '' Hunter said.':
      one quotation, Hunter's);
    - one inside a sentence opens a quotation within it ('"We sincerely apologize to "Moonlight,"
      "La La Land," Warren Beatty, ..."'), which closes first;
    - one with no space before it and a space after it is a closing mark the wrong way round
      ('"Who can guarantee you happiness?" he asked', its last mark an opening one).
    None if it does not close (``_reopened``)."""
    depth, k, width = 1, i + len(opening), len(opening)
    while True:
        k_open, k_close = text.find(opening, k), text.find(closing, k)
        if k_open != -1 and (k_close == -1 or k_open < k_close):
            after = text[k_open + width : k_open + width + 1]
            if k_open and not text[k_open - 1].isspace() and after in ("", " "):
                depth -= 1  # closing the wrong way round
            elif depth > 1 or not _MARK_AT_SENTENCE_START.search(text, max(0, k_open - 8), k_open):
                depth += 1
            if depth == 0:
                return k_open
            k = k_open + width
        elif k_close != -1:
            depth -= 1
            if depth == 0:
                return k_close
            k = k_close + len(closing)
        else:
            return None


def _reopened(text: str, i: int, width: int) -> int:
    """Where the quotation opened at ``i``, which no mark closes (``_closing``), ends: at the end
    of its last sentence before a quotation opens again, as its writer left out a closing mark
    ('``I don't think they're too concerned at this point about making a deal. He added, ``We're
    about as far apart as the Grand Canyon right now.''', AP, whose wire text has no paragraph
    breaks: read to the paragraph's end, such quotes took in the rest of an article, one of
    Netanyahu's 1,060 words and fifteen other people's quotes), else at the paragraph's end (a
    quotation that goes on in the next paragraph)."""
    again = text.find(text[i : i + width], i + width)
    if again == -1:
        return len(text)
    # back to the end of the quotation's last sentence before it: "He added" is the writer's
    ends = [m.end() for m in _SENTENCE_END.finditer(text, i + width, again)]
    return ends[-1] if ends else again


_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})[.?!…](?=\s+[A-Z])")
"""A sentence's end, not a title's or an initial's ("Gov. Rick Perry", "Jr.")."""


def _opens_single(text: str, i: int) -> bool:
    return i == 0 or text[i - 1] in ' (“"—–-[\n'


def _closing(text: str, i: int) -> int | None:
    """Index of the mark closing the quote opened at ``i``; None if it never closes."""
    c = text[i]
    for opening, closing in (("``", "''"), ("“", "”")):  # ``typewriter quotes'' of AP/NYT wire text
        if text.startswith(opening, i):
            j = text.find(closing, i + len(opening))
            nxt = text.find(opening, i + len(opening))
            if opening == "“":  # closed by a straight mark, as crawled pages mix them
                straight = _STRAIGHT_CLOSE.search(text, i + 1, j if j != -1 else len(text))
                # ... also when a straight pair follows before the curly close: '“... e-mails,"
                # Schultz said. "You can now see ...”' is two quotations, not one
                if straight and (j == -1 or '"' in text[straight.end() : j]):
                    j = straight.start()
            if j != -1 and (nxt == -1 or j < nxt):
                return j
            return _closed_past_reopening(text, i, opening, closing)
    if c == '"':
        j = text.find('"', i + 1)
        if j == -1:  # opened straight, closed curly: '"You can now see ... last September.”'
            j = text.find("”", i + 1)
            j = j if j != -1 and "“" not in text[i + 1 : j] else -1
        return j if j != -1 else None
    # a single curly quote closes at ’ followed by a non-letter (an apostrophe has a letter after it)
    for m in re.finditer("’", text[i + 1 :]):
        j = i + 1 + m.start()
        if j + 1 >= len(text) or not text[j + 1].isalpha():
            return j
    return None


class QuoteFinder:
    """Quotes of one article, paragraph by paragraph, with their speakers.

    ``lookup(name)`` maps a written name to an entity id; ``names`` maps entity id -> canonical
    name; ``persons`` is the set of person entity ids (a pronoun can only stand for those).
    """

    def __init__(self, lookup, names: dict[str, str], persons: set[str]) -> None:  # noqa: ANN001
        self.lookup = lookup
        self.names = names
        self.persons = persons
        self._titled: list[tuple[str, set[str], str]] = []  # the article's (role, owner, person)
        self._gender: dict[str, str] = {}  # person -> "he" or "she", as the article writes of them
        # (sentence id, text) of the quotes whose speaker is a quote's of an earlier paragraph,
        # the weakest evidence when reports disagree (``merge_across``)
        self.carried: set[tuple[str, str]] = set()

    def article(self, sentences: list[Sentence], mentions: dict[str, list[Mention]]) -> list[Quote]:
        """The quotes of one article's sentences; ``mentions`` by sentence id (in order)."""
        quotes: list[Quote] = []
        last_quote: tuple[int, Quote] | None = None
        index = {s.id: i for i, s in enumerate(sentences)}
        self._titled = self._titles(sentences, mentions)
        self._gender = self._genders(sentences, mentions)
        named: list[str] = []  # persons in the order they were last named as subject or speaker
        lead_in: tuple[str | None, str | None] | None = None  # who the paragraph before introduces
        for para in paragraphs_of(sentences):
            text, starts = _join(para)
            para_mentions = [
                (m, starts[k] + m.start, starts[k] + m.end)
                for k, s in enumerate(para)
                for m in mentions.get(s.id, [])
            ]
            found = find_quoted(text)
            plain = _unquoted_marks(text, found)
            # who a sentence is about is named outside its quotations ("Jon Stewart might have had
            # it right," in a quote, does not make Jon Stewart the "he" of the next sentence)
            narrative = [x for x in para_mentions if not any(q.start <= x[1] < q.end for q in found)]
            for qi, q in enumerate(found):
                k = _sentence_at(starts, q.start)
                sent = para[k]
                # the person a "he" before this quote stands for: the subject (first person
                # named) of the nearest sentence that names one, this sentence included
                subject = _first_person(text, narrative, starts[k], q.start, self.persons)
                if subject is None:
                    for j in range(k - 1, -1, -1):
                        subject = _first_person(text, narrative, starts[j], starts[j + 1], self.persons)
                        if subject:
                            break
                if subject is not None:
                    named.append(subject)
                prev_end = found[qi - 1].end if qi else starts[k]
                next_start = found[qi + 1].start if qi + 1 < len(found) else len(text)
                k_end = _sentence_at(starts, max(q.end - 1, q.start))
                s_end = starts[k_end] + len(para[k_end].text)
                after_limit = s_end
                introduced = _INTRODUCED.search(text, max(prev_end, starts[k]), q.start)
                if (
                    not text[q.end : s_end].strip()
                    and k_end + 1 < len(para)
                    and not introduced
                    and not _REPORTS_ITS_OWN.search(para[k_end + 1].text, 1)
                ):
                    # '"...victory." Mr. Steele said.' - the splitter put the attribution next; not
                    # after 'One young woman shopper said: "..."', whose next sentence is another's
                    after_limit = starts[k_end + 1] + len(para[k_end + 1].text)
                after_limit = min(after_limit, next_start)
                asked = _ASKED.search(text[max(prev_end, starts[k]) : q.start])
                spk = None if asked else self._after(text, q.end, after_limit, para_mentions) or self._before(
                    plain, max(prev_end, starts[k]), q.start, para_mentions
                )
                speaker: str | None = None
                name: str | None = None
                carried = False
                if asked:
                    pass  # 'Asked point-blank, "Is that picture you?" Weiner replied': a question put to him
                elif spk is not None:
                    if spk.pronoun:
                        speaker = self._antecedent(spk.name.lower(), named)
                        name = self.names.get(speaker) if speaker else None
                        if speaker and speaker.startswith(_UNNAMED):  # '"...," she said' of "One woman"
                            speaker, name = None, speaker[len(_UNNAMED) :]
                    else:
                        speaker, name = spk.entity, (self.names.get(spk.entity) if spk.entity else spk.name)
                elif unnamed := _UNNAMED_SAYS.match(text, max(prev_end, starts[k]), q.start):
                    name = unnamed["who"]  # 'One young woman shopper said: "..."'
                elif described := _described(text, q, after_limit, s_end, prev_end, starts[k]):
                    name = described  # someone described, not named: '"...," the candidate said'
                elif qi and found[qi - 1].start >= starts[k] and quotes[-1].speaker_name is not None:
                    # a second quote in the same sentence: "not to weaken" ... the "enemies of God"
                    speaker, name = quotes[-1].speaker, quotes[-1].speaker_name
                elif _stands_alone(text, starts[k], s_end, q):
                    # a continued quotation: of the person the sentence before reports speaking
                    # ('Hassan Asfour, a negotiator, said the Authority condemned the attack.
                    # "This is a crime..."'), else of the quote just before
                    reported = None
                    if k and not any(starts[k - 1] <= f.start < starts[k] for f in found):
                        reported = self._before(text, starts[k - 1], starts[k], para_mentions)
                    if reported is not None and not reported.pronoun and reported.entity in self.persons:
                        speaker, name = reported.entity, self.names.get(reported.entity)
                    elif k == 0 and lead_in is not None:
                        speaker, name = lead_in  # 'Cruz called them on it:' then this paragraph
                    elif last_quote is not None and index[sent.id] - last_quote[0] <= CONTINUATION_SENTENCES:
                        speaker, name = last_quote[1].speaker, last_quote[1].speaker_name
                        if sentences[last_quote[0]].paragraph != sent.paragraph:
                            carried = True  # from a quote of an earlier paragraph: ``merge_across``
                quote = Quote(id="", text=q.text, speaker=speaker, speaker_name=name, sentence=sent.id)
                quotes.append(quote)
                if carried:
                    self.carried.add((quote.sentence, quote.text))
                if speaker is not None or name is not None:
                    last_quote = (index[sent.id], quote)
                if speaker in self.persons:
                    named.append(speaker)
            for j in range(len(para) - 1, -1, -1):
                end = starts[j + 1] if j + 1 < len(para) else len(text)
                subject = _first_person(text, narrative, starts[j], end, self.persons)
                if subject is not None:
                    named.append(subject)
                    other = self._object_of(text, narrative, found, starts[j], end, subject, named)
                    if other is not None:
                        named.append(other)
                    break
            lead_in = self._lead_in(text, starts[-1], para_mentions, found, named)
        return quotes

    def _lead_in(
        self,
        text: str,
        last: int,
        mentions: list[tuple[Mention, int, int]],
        found: list[_Found],
        named: list[str],
    ) -> tuple[str | None, str | None] | None:
        """The speaker a paragraph's last sentence introduces when it ends on a colon, with no
        quotation after the colon ('Cruz called them on it:', 'When Wallace died in 1998,
        President Clinton released the following statement:'): the next paragraph's opening
        quotation is theirs."""
        end = len(text.rstrip())
        if not text[:end].endswith(":") or any(f.end > last for f in found):
            return None
        spk = self._before(text, last, end, mentions)
        if spk is None:
            return None
        if spk.pronoun:
            speaker = self._antecedent(spk.name.lower(), named)
            return (speaker, self.names.get(speaker)) if speaker and not speaker.startswith(_UNNAMED) else None
        return spk.entity, (self.names.get(spk.entity) if spk.entity else spk.name)

    def _object_of(
        self,
        text: str,
        narrative: list[tuple[Mention, int, int]],
        found: list[_Found],
        begin: int,
        end: int,
        subject: str,
        named: list[str],
    ) -> str | None:
        """The person a "him" or "her" stands for when the sentence's subject does something to
        them: not the subject (that would be "herself"), so the one named before, as a he/she
        would be. 'Rep. Joseph Crowley, D-N.Y., asked her if she could "comment briefly ..."'
        (Fox News) speaks of Crowley and Lois Lerner, and the next paragraph's 'She said: "Well
        there's a questionnaire ..."' is Lerner's answer; it was Crowley's, the last named."""
        at = next((e for m, b, e in narrative if begin <= b < end and m.entity == subject), None)
        verb = _SUBJECT_VERB.match(text, at, end) if at is not None else None
        if verb is None or any(q.start <= verb.end() < q.end for q in found):
            return None
        pronoun = "he" if verb["pronoun"].lower() == "him" else "she"
        other = self._antecedent(pronoun, [n for n in named if n != subject])
        if other is not None and not other.startswith(_UNNAMED):
            # and is the article's "she" from here on: Crowley's '"...," he said' two paragraphs
            # later is not Lerner's, whom he had asked
            self._gender.setdefault(other, pronoun)
        return other

    def _genders(self, sentences: list[Sentence], mentions: dict[str, list[Mention]]) -> dict[str, str]:
        """"he" or "she" for the persons the article itself says it of: an honorific or a noun of
        kin or post before the name ("Mr.", "Ms.", "his wife, Huma Abedin"), or the first he/she
        after the full name a sentence opens with ('Shlomo Meir, a black-clad Orthodox Jew, was
        standing nearby when he heard a blast'). A person said to be both is neither."""
        said: dict[str, set[str]] = {}
        for s in sentences:
            persons = [m for m in mentions.get(s.id, []) if m.entity in self.persons]
            for m in persons:
                honorific = _HONORIFIC.search(s.text, max(0, m.start - 6), m.start)
                if honorific:
                    said.setdefault(m.entity, set()).add("he" if honorific[1] == "Mr" else "she")
                kin = _KIN_BEFORE.search(s.text, max(0, m.start - 30), m.start)
                if kin:
                    said.setdefault(m.entity, set()).add(_KIN_GENDER[kin["noun"].lower()])
            if persons and " " in persons[0].text and not _PRONOUN.search(s.text, 0, persons[0].start):
                first = persons[0]  # a full name: a surname may be a relative's ("Scott", her husband)
                until = persons[1].start if len(persons) > 1 else len(s.text)
                outside = [(q.start, q.end) for q in find_quoted(s.text)]
                for p in _PRONOUN.finditer(s.text, first.end, until):
                    if not any(b <= p.start() < e for b, e in outside):
                        # not after "him" or "her": 'Rep. Joseph Crowley asked her if she could'
                        if not _OBJECT_PRONOUN.search(s.text, first.end, p.start()):
                            said.setdefault(first.entity, set()).add(p.group().lower())
                        break
        return {e: g.pop() for e, g in said.items() if len(g) == 1}

    def _antecedent(self, pronoun: str, named: list[str]) -> str | None:
        """The person a "he" or "she" stands for: the last one named, unless the article writes
        of that person with the other pronoun; then the one before (within the last three)."""
        seen: set[str] = set()
        for person in reversed(named):  # the last ANTECEDENT_DEPTH distinct persons, latest first
            if person in seen:
                continue
            said = _NOUN_GENDER.get(person.rsplit(" ", 1)[-1].lower()) if person.startswith(_UNNAMED) else None
            if (said or self._gender.get(person, pronoun)) == pronoun:
                return person
            seen.add(person)
            if len(seen) == ANTECEDENT_DEPTH:
                break
        return None

    def _titles(
        self, sentences: list[Sentence], mentions: dict[str, list[Mention]]
    ) -> list[tuple[str, set[str], str]]:
        """(role, words of whose, person) for each person the article names with a role before
        the name: 'Islamic State leader Abu Bakr al-Baghdadi' -> ('leader', {'islamic',
        'state'}, his entity)."""
        out = []
        for s in sentences:
            for m in mentions.get(s.id, []):
                if m.entity in self.persons:
                    t = _TITLED.search(s.text, max(0, m.start - 80), m.start)
                    if t:
                        out.append((t["role"].lower(), set(t["owner"].lower().split()), m.entity))
        return out

    def _holder(self, role: re.Match[str]) -> str | None:
        """The one person of the article given this role of this owner before their name
        ("Islamic State's leader": 'Islamic State leader Abu Bakr al-Baghdadi'), or None when
        none or several are. A role without an owner ('the president') is left as written."""
        if not role["owner"]:
            return None
        owner = set(role["owner"].lower().split())
        held = {e for r, whose, e in self._titled if r == role["held"].lower() and owner <= whose}
        return held.pop() if len(held) == 1 else None

    def _after(
        self, text: str, begin: int, limit: int, mentions: list[tuple[Mention, int, int]]
    ) -> _Speaker | None:
        """A speaker named just after a quote: ', said X', ', X said', ' — X', ' according to X'."""
        window = text[begin:limit]
        if not window.strip() or window.lstrip()[:1] in ("“", '"'):
            return None
        cands = self._candidates(text, begin, limit, mentions)
        for n, cand in enumerate(cands):
            lead = text[begin : cand.start]
            tail = text[cand.end : limit]
            if _AFTER_VERB_FIRST.match(lead) or _AFTER_DASH.match(lead) or _AFTER_ACCORDING.match(lead):
                return self._person_after(text, cand, cands[n + 1 : n + 2])
            if _AFTER_TITLE.fullmatch(lead) and _AFTER_SPEAKER_FIRST.match(tail):
                return cand
            if (
                n == 0
                and cand.entity in self.persons
                and not cand.pronoun
                and not cand.role
                and _AFTER_VERB_DESCRIBED.match(lead)
                and not _DESCRIBED_NOT.search(lead)
                and not _NOUN_AFTER.match(tail)
            ):
                return cand
            if (
                cand.entity in self.persons
                and not cand.pronoun
                and not cand.role
                and _AFTER_DESCRIBED.fullmatch(described := _IN_A_NAME.sub(r"\1", lead))
                and not _DESCRIBED_NOT.search(described)
                and _AFTER_SPEAKER_FIRST.match(tail)
            ):
                return cand
        return None

    def _person_after(self, text: str, cand: _Speaker, following: list[_Speaker]) -> _Speaker:
        """The person an organisation's name introduces, when a post joins them: ', said MSNBC
        host Chris Matthews', ', said European Council President Donald Tusk'; or a person's name,
        by a post in lower case: ', said Ayotte campaign manager Jon Kohan'."""
        if cand.pronoun or not following:
            return cand
        person = following[0]
        post = _POST_BETWEEN if cand.entity not in self.persons else _LOWER_POST_BETWEEN
        if person.entity in self.persons and post.fullmatch(text, cand.end, person.start):
            return person
        return cand

    def _before(
        self, text: str, begin: int, end: int, mentions: list[tuple[Mention, int, int]]
    ) -> _Speaker | None:
        """The subject of a reporting verb before the quote ('X said:', 'X told them to'), or the
        name that an inverted verb or "according to" introduces ('Said Ellis: "..."', 'According to
        Limbaugh, "..."')."""
        every = self._candidates(text, begin, end, mentions)
        if every and _NAME_INTRODUCED.fullmatch(text, every[-1].end, end) and not every[-1].pronoun:
            last = every[-1]
            verb_first = _VERB_IN_NAME.match(last.name)  # "Said Ellis" read as one name
            if verb_first is not None:
                name = last.name[verb_first.end() :]
                last = _Speaker(last.start + verb_first.end(), last.end, name, self.lookup(name))
            introducer = _INTRODUCER.search(text, begin, last.start)
            if introducer is not None:
                return last
        cands = [c for c in every if not self._object(text, begin, c)]
        for cand in reversed(cands):
            if _BEFORE.match(text[cand.end : end]):
                # take the clause's subject: an earlier candidate joined by only a title or "'s"
                return cand
        # or the sentence's subject with a predicate of its own, no other clause between: the
        # first candidate that no clause of its own holds ('Asked whether he was suggesting
        # that Mr. Obama lacked sympathy, Mr. Santorum did not back down, saying, "..."')
        subject = next(
            (c for c in cands if not _SUBORDINATE.search(text, text.rfind(",", begin, c.start) + 1 or begin, c.start)),
            None,
        )
        if (
            subject is not None
            and (subject.pronoun or subject.entity in self.persons)
            and _BEFORE_LOOSE.match(text[subject.end : end])
        ):
            return subject
        return None

    @staticmethod
    def _object(text: str, begin: int, c: _Speaker) -> bool:
        """Whether a candidate is the object of a preposition ('a congressman from Tennessee', 'a
        shot at President Obama'), not one shown speaking (``_SAYING_NEXT``; but 'a leaflet faxed
        to Reuters in Jerusalem said' is the leaflet's)."""
        return bool(_AFTER_PREPOSITION.search(text, begin, c.start)) and not _SAYING_NEXT.match(text, c.end)

    def _candidates(
        self, text: str, begin: int, end: int, mentions: list[tuple[Mention, int, int]]
    ) -> list[_Speaker]:
        """Possible speakers between two offsets, in text order: names, he/she, role phrases."""
        out: list[_Speaker] = []
        for m, b, e in mentions:
            if begin <= b and e <= end and m.label in ("PERSON", "ORG", "NORP", "GPE"):
                out.append(_Speaker(b, e, m.text, m.entity))
        window = text[begin:end]
        for p in _PRONOUN.finditer(window):
            out.append(_Speaker(begin + p.start(), begin + p.end(), p.group(), None, pronoun=True))
        for r in _ROLE.finditer(window):
            b, e = begin + r.start(), begin + r.end()
            if r["owner"]:  # "Islamic State's leader" speaks, not the Islamic State
                out = [c for c in out if not (b <= c.start and c.end <= e)]
            if not any(c.start < e and b < c.end for c in out):
                out.append(_Speaker(b, e, r.group(), self.lookup(r.group()) or self._holder(r), role=True))
        for r in _NAME.finditer(window):
            name = r.group().removesuffix("’s").removesuffix("'s").rstrip(".")
            b = begin + r.start()
            if not any(c.start < b + len(name) and b < c.end for c in out):
                out.append(_Speaker(b, b + len(name), name, self.lookup(name)))
        out.sort(key=lambda c: c.start)
        # a role in apposition is the name's ('Reince Priebus, the chairman of ..., said')
        return [c for i, c in enumerate(out) if not (c.role and i and text[out[i - 1].end : c.start].strip() == ",")]


def _first_person(
    text: str, mentions: list[tuple[Mention, int, int]], begin: int, end: int, persons: set[str]
) -> str | None:
    """The first person named between two offsets of a paragraph, the subject of its sentence;
    None when a "he" or "she" comes before the name: that sentence is about someone named
    earlier ("In a statement released Tuesday, he decried the Obama administration's..."). A
    sentence that opens on someone unnamed ("One woman, with almost maniacal determination,
    sorted through a pile of oranges.") is about that person: ``_UNNAMED`` + the words. A
    phrase or clause the sentence opens with (``_OPENING``) holds no subject when a person is
    named after it."""
    opening = _OPENING.match(text, begin, end)
    if opening is not None and any(opening.end() <= b < end and m.entity in persons for m, b, _ in mentions):
        begin = opening.end()
    for m, b, _ in mentions:
        if begin <= b < end and m.entity in persons:
            nominal = _NOMINAL.match(text, begin, b)
            if nominal:
                return _UNNAMED + nominal.group().strip()
            return None if _PRONOUN.search(text, begin, b) else m.entity
    nominal = _NOMINAL.match(text, begin, end)
    return _UNNAMED + nominal.group().strip() if nominal else None


def _join(para: list[Sentence]) -> tuple[str, list[int]]:
    starts, pos = [], 0
    for s in para:
        starts.append(pos)
        pos += len(s.text) + 1
    return " ".join(s.text for s in para), starts


def _sentence_at(starts: list[int], offset: int) -> int:
    k = 0
    for i, s in enumerate(starts):
        if s <= offset:
            k = i
    return k


def _stands_alone(text: str, s_begin: int, s_end: int, q: _Found) -> bool:
    """Whether the quote's sentence holds nothing but the quote (a continued quotation)."""
    outside = text[s_begin : q.start] + text[q.end : s_end]
    return len(_QUOTE_WORD.findall(outside)) == 0


def merge_across(quotes: list[Quote], carried: set[tuple[str, str]] | None = None) -> list[Quote]:
    """One Quote for the same words reported by several articles (``also_in`` lists the others),
    shown in its fullest report.

    Not a quotation and the one it quotes: 'He added, "Needless to say, the war in Afghanistan was
    not 'a war of Obama's choosing.' ..."' is Bill Kristol's, quoting Michael Steele's "a war of
    Obama's choosing" (NYT); merged, they were shown as Steele's. A speaker passes from one report
    to another only when they are surely one quotation (``_one_quotation``), else the quote keeps
    the speaker of the report it shows, none if that names none: 'he asked the congressman if he
    "fully supported the Obama agenda"' (HuffPost) had given the questioner's "Hi, Congressman. How
    are you? Do you fully support the Obama agenda?" to the congressman. Where reports name
    different speakers, one found in the quote's own paragraph wins over one ``carried`` (sentence
    id, text) from a quote of an earlier paragraph: Fox News prints '"His conduct is unbecoming of a
    member of Congress. ..."' with no speaker after Bob Etheridge's words, and the NYT gives it to
    Jon Thompson, whose quote it follows."""
    carried = carried or set()
    kept: list[Quote] = []
    first_with: dict[str, int] = {}
    """Normalised words -> the first kept quote with exactly those."""
    long_words: list[str] = []
    long_index: list[int] = []
    long_at: dict[int, int] = {}
    """The normalised words of the kept quotes long enough for a fuzzy match, their places among
    the kept quotes, and the way back."""
    inner: dict[int, list[str]] = {}
    """Kept quote -> the normalised words of the quotations it quotes."""
    weak: set[int] = set()
    """Kept quotes whose speaker (not None) was carried from an earlier paragraph."""
    for q in quotes:
        norm = _words(q.text)
        q_inner = [_words(f.text) for f in find_quoted(q.text)]
        # the first kept quote that is the same: with the same words, or, both at least
        # SAME_QUOTE_MIN_CHARS long, at least SAME_QUOTE_RATIO alike; rapidfuzz compares with all
        # long ones in one C loop (one Python call per pair made merging quadratic: 7 s for the
        # 1,016 quotes of 2,000 Reuters articles)
        same = first_with.get(norm)
        if len(norm) >= SAME_QUOTE_MIN_CHARS and long_words:
            for _, _, n in process.extract_iter(
                norm, long_words, scorer=fuzz.partial_ratio, processor=None, score_cutoff=SAME_QUOTE_RATIO
            ):
                k = long_index[n]
                if _quotes_the_other(norm, q_inner, long_words[n], inner[k]):
                    continue
                same = k if same is None else min(same, k)
                break
        q_weak = q.speaker is not None and (q.sentence, q.text) in carried
        if same is not None:
            k = kept[same]
            one_quotation = _one_quotation(norm, _words(k.text))
            if len(q.text) > len(k.text):
                # the fuller report of the quotation is the one shown ("not to weaken" is part of
                # the sentence another article quotes whole); its sentence becomes the quote's
                k.also_in.append(k.sentence)
                k.text, k.sentence = q.text, q.sentence
                inner[same] = q_inner
                first_with.setdefault(norm, same)
                if same in long_at:
                    long_words[long_at[same]] = norm
                if not one_quotation:  # the speaker is the shown report's
                    k.speaker, k.speaker_name = q.speaker, q.speaker_name
                    (weak.add if q_weak else weak.discard)(same)
                    continue
            else:
                k.also_in.append(q.sentence)
            stronger = same in weak and not q_weak and q.speaker != k.speaker
            if one_quotation and (
                (q.speaker is not None and (k.speaker is None or stronger))
                or (q.speaker_name is not None and k.speaker_name is None)  # 'A young man' to no one
            ):
                k.speaker, k.speaker_name = q.speaker, q.speaker_name
                (weak.add if q_weak else weak.discard)(same)
            continue
        first_with.setdefault(norm, len(kept))
        inner[len(kept)] = q_inner
        if len(norm) >= SAME_QUOTE_MIN_CHARS:
            long_at[len(kept)] = len(long_words)
            long_words.append(norm)
            long_index.append(len(kept))
        if q_weak:
            weak.add(len(kept))
        kept.append(q)
    for i, q in enumerate(kept, start=1):
        q.id = f"q{i}"
    return kept


def _words(text: str) -> str:
    """A quote's words, lower case, one apostrophe ("don’t" and "don't" are one word)."""
    return " ".join(_QUOTE_WORD.findall(text.casefold().replace("’", "'")))


def _quotes_the_other(a: str, a_inner: list[str], b: str, b_inner: list[str]) -> bool:
    """Whether one of two matching quotes is a quotation the other quotes: the shorter is (about)
    all of one of the longer's inner quotations."""
    (short, _), (_, inner) = sorted(((a, a_inner), (b, b_inner)), key=lambda x: len(x[0]))
    return any(short in i or fuzz.ratio(short, i) >= SAME_QUOTE_RATIO for i in inner)


def _one_quotation(a: str, b: str) -> bool:
    """Whether two matching reports are surely one quotation, so that a speaker found for one is
    the other's: every word of the shorter is in the longer ('not to weaken'), or they share at
    least SAME_SPEAKER_WORDS words (a quotation copied with a word or two changed or cut). A
    near match of a few words is as likely the reporter's own ("fully supported the Obama agenda"
    of "Do you fully support the Obama agenda?")."""
    short, long = sorted((a.split(), b.split()), key=len)
    in_long = set(long)
    shared = sum(w in in_long for w in short)
    return shared == len(short) or shared >= SAME_SPEAKER_WORDS
