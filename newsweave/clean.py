"""Cleaning: a raw article's text becomes body sentences; news boilerplate becomes fields.

The cascade, in order (each step says why it sits where it does):

1. layout: lines become paragraphs (blank-line paragraphs, one paragraph per line, or
   hard-wrapped text re-joined; see ``paragraphs_of``), and a tokenised corpus's quotation marks,
   ``...'', are written “...” (``typographic_quotes``), so quotations, speakers and sentences are
   found in them as in any other text;
2. page furniture and photo captions anywhere: a page that is a web archive's note about a
   crawl (no article at all); runs of lines (an indexer's abstract above "FULL TEXT.", a video
   page's channel text, a label over links to other stories with the headlines under it); pieces
   inside a line (a caption run into its paragraph, "(Click here ...)", footnote marks, "[PDF]",
   a player's buttons, a desk tag); then whole lines ("Advertisement", "(AP Photo/...)", "...
   File photo", Wayback notices, sign-up widgets);
3. the lead: title line (also repeated with its deck), byline ("By A and B" -> authors),
   publication stamp ("Published: ...");
4. the dateline opening the first paragraph ("CAIRO/BAGHDAD (Reuters) – ") -> ``Dateline``;
5. credit lines at the end ("(Writing by ...; Editing by ...)", "Costa reported from
   Washington."), and the byline author's own note ("Zach Carter is a co-host of ...");
6. sentences, ids ``"<article id>:<index>"``, paragraph numbers;
7. fields: title, source (metadata, else the dateline's or byline's agency), publication date
   with its provenance.

Everything taken out of the body goes to ``Article.removed`` (never into sentences). All
patterns live in ``newsweave.patterns``.

Publication date provenance (``Article.published_from``):

- ``"metadata"``: given by the input's metadata: sidecar, ``--meta``, a JSONL field, a feed
  entry's date, an HTML page's meta tags;
- ``"text"``: a full date written in the article: a dateline with a year ("LONDON, Nov 3, 2016
  (Reuters)"), or a stamp line above the body ("Published: Nov 3, 2016", "November 3, 2016");
- ``"inferred"``: a full date in the article's URL ("/2016/11/03/", "-20161103");
- ``None``: unknown.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial

from newsweave import parallel
from newsweave import patterns as P
from newsweave.facts import stems
from newsweave.ingest.fields import clean_id, content_id, parse_moment, title_without_site, without_surrogates_in
from newsweave.model import Article, Dateline, InputWarning, PublishedFrom, RawArticle, Sentence, sentence_id
from newsweave.nlp.sentences import split_sentences
from newsweave.options import Options

_BLANK_LINE = re.compile(r"\n[ \t\f\v\u00a0]*\n")
_TERMINATED = re.compile(r"[.!?:;\"'”’)\]]\s*$")

LEAD_LINES = 6
"""How many opening paragraphs may be title, byline, stamp lines (a page rarely stacks more)."""

TAIL_LINES = 4
"""How many closing paragraphs may be credit lines."""

WRAP_MIN_MEDIAN = 45
WRAP_MAX_LINE = 100
"""Hard-wrapped text (DUC 2004, Reuters-21578) has lines of 60-80 characters; a block whose lines
are mostly that long, never longer than 100, and mostly end mid-sentence is re-joined. Lines of
a paragraph-per-line file (seed 004) are longer or end in punctuation."""

WRAP_SAMPLE_LINES = 12
"""The layout is judged on a block's first lines: enough to see the wrap, and cheap."""


@dataclass(slots=True)
class _Lead:
    """What the opening lines said."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    agency: str | None = None
    stamp: datetime | None = None


def clean(raw: RawArticle, options: Options) -> Article | InputWarning:
    """A cleaned ``Article`` from a ``RawArticle``, or a warning when no body text remains.

    >>> from newsweave.ingest import raw_from_text
    >>> raw = raw_from_text("By Ann Lee and Bo Diaz\\nLONDON, Nov 3, 2016 (Reuters) - Prices rose. "
    ...                     "They fell later.\\n(Reporting by Ann Lee; Editing by Cy Dow)", id="x")
    >>> a = clean(raw, Options())
    >>> a.authors, a.source, a.dateline.place, a.published.date().isoformat(), a.published_from
    (['Ann Lee', 'Bo Diaz'], 'Reuters', 'LONDON', '2016-11-03', 'text')
    >>> [s.id + " " + s.text for s in a.sentences]
    ['x:0 Prices rose.', 'x:1 They fell later.']
    """
    without_surrogates_in(raw)
    article_id = clean_id(raw.id) if raw.id else content_id(raw.url, raw.title, raw.text[:2000])
    removed: list[str] = []

    paragraphs = paragraphs_of(raw.text)
    if paragraphs and P.ARCHIVE_NOTE.match(paragraphs[0]):
        note = f"article {article_id} is a web archive's note about a crawl, not an article; skipped"
        return InputWarning(raw.input, note)
    _drop_abstract(paragraphs, removed)
    _drop_channel_text(paragraphs, removed)
    _drop_link_lists(paragraphs, removed)
    paragraphs = [_without_inline_furniture(_unbulleted(p), removed) for p in paragraphs]
    paragraphs = [p for p in paragraphs if p and not _is_furniture(p, removed)]
    lead = _read_lead(paragraphs, raw, removed)
    dateline, dateline_date = _take_dateline(paragraphs, raw, removed)
    _drop_credits(paragraphs, removed, list(raw.authors) or lead.authors)

    sentences: list[Sentence] = []
    for number, paragraph in enumerate(paragraphs):
        for text in split_sentences(paragraph):
            if "(@" in text and P.TWEET_SIGNOFF.fullmatch(text):
                removed.append(text)
                continue
            sentences.append(Sentence(sentence_id(article_id, len(sentences)), text, number))
    if not sentences:
        return InputWarning(
            raw.input, f"article {article_id} has no body text left after removing boilerplate; skipped"
        )

    published, published_from = _published(raw, dateline_date, lead.stamp)
    source = (
        raw.source
        or (dateline.agency and P.agency_name(dateline.agency) if dateline else None)
        or (P.agency_name(lead.agency) if lead.agency else None)
    )
    return Article(
        id=article_id,
        sentences=sentences,
        title=lead.title,
        source=source,
        url=raw.url,
        authors=list(raw.authors) or lead.authors,
        dateline=dateline,
        published=published,
        published_from=published_from,
        language=raw.language,
        input=raw.input,
        removed=removed,
        section=raw.section,
        opinion=opinion(raw.section, raw.url, lead.title or raw.title, sentences[0].text),
    )


def opinion(section: str | None, url: str | None, title: str | None, first: str) -> bool:
    """Whether an article is an opinion piece, a news analysis or a fact check, by what its
    publisher says: its section ("Opinion", ``patterns.OPINION_SECTION``), a section in its URL
    ("/opinion/", ``patterns.OPINION_PATH``), a label opening its title or, where the title is
    the text's first line (AllSides: "OPINION: Hillary's neoliberals.."), its first sentence
    (``patterns.OPINION_LABEL``), or a title that asks a question: a column's, an analysis's or
    an explainer's ("Could rivalry overshadow election?", "Can the GOP establishment stop Trump
    and Cruz?"), seldom a report's. Of the 34 titles of BBC News, PolNeAR, Multi-News and BASIL
    that end in a question mark, 31 are such pieces; the others are a report on a study ("Have
    hackers recruited your PC?") and two profiles ("Who is Dave Brat?", "What now for Kelly
    Holmes?").

    >>> opinion(None, "https://www.nytimes.com/2019/11/19/opinion/republicans.html", None, "Why now?")
    True
    >>> opinion(None, None, "Column: The city that never sleeps", "Lights burn all night.")
    True
    >>> opinion("World", None, "Columbia: floods", "Rivers rose.")
    False
    >>> opinion(None, None, "Will Tory tax cuts lift spirits?", "Michael Howard has revealed his plans.")
    True
    """
    return bool(
        (section and P.OPINION_SECTION.match(section.strip()))
        or (url and P.OPINION_PATH.search(url))
        or any(P.OPINION_LABEL.match(text) for text in (title, first) if text)
        or (title and title.rstrip().endswith("?"))
    )


def clean_many(raws: Sequence[RawArticle], options: Options) -> list[Article | InputWarning]:
    """``clean`` of each raw article, in order; on ``options.workers`` processes when there are many.

    The batch form of ``clean`` (each article is cleaned on its own, so the result is the same for
    any number of workers; see ``newsweave.parallel``).
    """
    return parallel.map_chunks(partial(_clean_chunk, options=options), raws, options.workers)


def _clean_chunk(raws: list[RawArticle], options: Options) -> list[Article | InputWarning]:
    return [clean(raw, options) for raw in raws]


# --------------------------------------------------------------------------------------------
# 1. layout
# --------------------------------------------------------------------------------------------


_INVISIBLE = ("\u200b", "\u2060", "\ufeff", "\u00ad")
"""Zero-width space, word joiner, byte-order mark and soft hyphen: invisible, yet they split words
("A\u200brwa Damon", "EMT\u200b\u200bs" in a crawled CNN page, "re\u00adported" in a crawled science
page). Joiners that shape Persian or Indic words and emoji (U+200C, U+200D) are kept."""

_TYPEWRITER_OPEN = re.compile(r"``|(?<![\w.,;:!?)\]])''(?=\w)")
"""A tokenised corpus's opening quotation mark (DUC 2004, the Penn Treebank, Gigaword: "``Our
proposals would result in ...''"), and its closing mark where it opens a quotation by mistake
("''The earlier information that police gave out was wrong,'' Hans Carlsson ... told a news
conference.")."""


def typographic_quotes(text: str) -> str:
    """``text`` with a tokenised corpus's double quotation marks, ``` `` ``` and ``''``, written as
    a reader sees them, “ and ” (``_TYPEWRITER_OPEN``); a text without them comes back as it is.

    >>> typographic_quotes("``We have margin on everything,'' said flight director Bob Castle.")
    '“We have margin on everything,” said flight director Bob Castle.'
    """
    if "``" not in text and "''" not in text:
        return text
    return _TYPEWRITER_OPEN.sub("“", text).replace("''", "”")


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs of a plain text, whitespace-normalised, whatever its layout.

    - blank lines separate paragraphs;
    - inside a block, each line is a paragraph (seed 004, trafilatura output) unless the block
      is hard-wrapped (``WRAP_*``), in which case lines are joined, and a new paragraph starts at
      an indented line (Reuters-21578) or after a short line ending a sentence (DUC 2004);
    - in a block of short lines whose paragraphs open indented (a Reuters-21578 table and its
      notes), an unindented line that goes on with the sentence before it joins it (``_runs_on``).

    >>> paragraphs_of("Title line\\n\\nFirst  paragraph.\\nSecond paragraph.")
    ['Title line', 'First paragraph.', 'Second paragraph.']
    """
    text = typographic_quotes(text.replace("\r\n", "\n").replace("\r", "\n"))
    for invisible in _INVISIBLE:
        if invisible in text:
            text = text.replace(invisible, "")
    if "\n" not in text:
        text = " ".join(text.split())
        return [text] if text else []
    out: list[str] = []
    for block in _BLANK_LINE.split(text):
        if block.strip():
            out.extend(_block_paragraphs(block))
    return out


def _block_paragraphs(block: str) -> list[str]:
    lines = [line.rstrip() for line in block.split("\n") if line.strip()]
    if len(lines) == 1:
        return [" ".join(lines[0].split())]
    indented = any(line[:1].isspace() for line in lines[1:])
    if not _is_wrapped(lines):
        if not indented:
            return [" ".join(line.split()) for line in lines]
        # short lines whose paragraphs open indented: a line runs on into the next unindented one
        # that goes on with its sentence (Reuters-21578's tables and notes: "NOTE:1987 net includes
        # gain of 362,000 dlrs in 2nd qtr and" / "431,000 dlrs in six months from ...")
        starts = [0] + [i for i in range(1, len(lines)) if not _runs_on(lines[i - 1], lines[i])]
        return _joined(lines, starts)
    starts = [0]  # indices of lines that open a paragraph
    if P.BYLINE.match(lines[0].strip()):
        starts.append(1)  # a byline above wrapped text stays a line of its own
    if indented:
        starts.extend(i for i in range(1, len(lines)) if lines[i][:1].isspace())
    else:
        width = statistics.median(len(line) for line in lines[:-1])
        starts.extend(i for i in range(1, len(lines)) if _ends_paragraph(lines[i - 1], width))
    return _joined(lines, starts)


def _joined(lines: list[str], starts: list[int]) -> list[str]:
    """The paragraphs of ``lines`` opening at the line indices ``starts``, their lines joined."""
    bounds = sorted(set(starts)) + [len(lines)]
    out = (_join_wrapped(lines[a:b]) for a, b in zip(bounds, bounds[1:], strict=False))
    return [p for p in out if p]


def _is_wrapped(lines: list[str]) -> bool:
    body = lines[:-1][:WRAP_SAMPLE_LINES]
    lengths = [len(line) for line in body]
    if max(lengths) > WRAP_MAX_LINE or statistics.median(lengths) < WRAP_MIN_MEDIAN:
        return False
    open_ended = sum(1 for line in body if not _TERMINATED.search(line))
    return open_ended * 2 >= len(body)


_RUN_ON_AFTER = frozenset("a an and as at but by for from in nor of on or per than the to vs with".split())
"""Words after which a line's sentence goes on ("... to shareholders of record" / "March 17.")."""


def _runs_on(line: str, following: str) -> bool:
    """Whether ``line``'s sentence goes on in ``following``: it is not indented, ``line`` ends
    with no stop, and ``following`` opens in lower case, a digit or a bracket, or ``line`` ends on
    a comma or a word that cannot end a sentence (``_RUN_ON_AFTER``). A title or a byline above
    an indented body stays a line of its own ("Argentine grain board figures show" runs on into
    "crop registrations of grains ...", "Wheat exports" stays before "By John Smith")."""
    if following[:1].isspace() or _TERMINATED.search(line):
        return False
    if following[:1].islower() or following[:1].isdigit() or following[:1] in "($":
        return True
    last = line.rsplit(None, 1)[-1]
    return last.endswith(",") or last in _RUN_ON_AFTER  # "of", not a headline's "Of"


def _ends_paragraph(line: str, width: float) -> bool:
    """A line well short of the wrap width that ends a sentence closes its paragraph."""
    return len(line) < 0.6 * width and bool(_TERMINATED.search(line))


def _join_wrapped(lines: list[str]) -> str:
    text = "\n".join(lines)
    if "-\n" in text:
        text = _HYPHEN_BREAK.sub("", text)  # a word hyphenated across lines: "well-" + "known"
    return " ".join(text.split())


_HYPHEN_BREAK = re.compile(r"(?<=[A-Za-z]-)\n\s*(?=[a-z])")


# --------------------------------------------------------------------------------------------
# 2. furniture and captions
# --------------------------------------------------------------------------------------------


def _is_furniture(paragraph: str, removed: list[str]) -> bool:
    """Whether a whole paragraph is page furniture or a photo caption (then it goes to ``removed``).

    The tests run on every paragraph of every article, so the rarer patterns are searched only
    where a substring test or the length says they may be there (each unguarded pattern cost
    cleaning a few percent on Reuters-21578)."""
    size = len(paragraph)
    if "shared by" in paragraph and P.EMBED_LINE.search(paragraph):
        hit = True  # a social-media post as the page embedded it, however long its caption
    elif size > P.CAPTION_MAX_CHARS:
        # Long paragraphs are body text, except the crawler notices matched by their opening.
        hit = P.CRAWL_LINE.match(paragraph) is not None
    else:
        hit = (
            P.CRAWL_LINE.match(paragraph) is not None
            or P.CAPTION_START.match(paragraph) is not None
            or (size < P.SHORT_LINE and _short_furniture(paragraph))
            or ((" | " in paragraph or "(Photo:" in paragraph) and P.CAPTION_BAR.search(paragraph) is not None)
            or (
                _may_end_caption(paragraph)
                and P.CAPTION_END.search(paragraph, max(0, size - 160)) is not None
            )
            or (
                paragraph.rstrip()[-2:-1].isdigit()
                and P.CAPTION_DATED.search(paragraph, max(0, size - 60)) is not None
                and P.SENTENCE_BREAK.search(paragraph) is None  # one sentence
            )
        )
    if not hit and "Hide Caption" in paragraph:
        hit = P.GALLERY.search(paragraph) is not None  # a photo gallery, however long
    if not hit and size <= P.WIDGET_MAX_CHARS and _may_be_widget(paragraph):
        hit = P.WIDGET.search(paragraph) is not None
    if hit:
        removed.append(paragraph)
    return hit


def _move(paragraphs: list[str], start: int, end: int, removed: list[str]) -> None:
    """Take ``paragraphs[start:end]`` out of the body, into ``removed``."""
    removed.extend(paragraphs[start:end])
    del paragraphs[start:end]


def _drop_abstract(paragraphs: list[str], removed: list[str]) -> None:
    """An indexer's abstract between "ABSTRACT." and "FULL TEXT." lines near the top (a
    LexisNexis export of The New York Times): it retells the lead, and is no part of the article."""
    head = [P.ABSTRACT_LABEL.match(p) for p in paragraphs[: LEAD_LINES + 2]]
    labels = [(i, m.group(1).lower()) for i, m in enumerate(head) if m is not None]
    starts = [i for i, label in labels if label == "abstract"]
    ends = [i for i, label in labels if label.startswith("full")]
    if starts and ends and starts[0] < ends[-1]:
        _move(paragraphs, starts[0], ends[-1] + 1, removed)


def _drop_channel_text(paragraphs: list[str], removed: list[str]) -> None:
    """On a crawled video page ("Published on Apr 29, 2015", the description, then "Subscribe NOW
    to The Tonight Show ...: http://..."), everything from the channel's first link or call to
    subscribe on: its links and its standing text ("Get new episodes of shows you love across
    devices the next day ...") are not the story's."""
    if not paragraphs or not P.VIDEO_PAGE_STAMP.match(paragraphs[0]):
        return
    end = next((i for i in range(1, len(paragraphs)) if P.CHANNEL_LINE.match(paragraphs[i])), None)
    if end is not None:
        _move(paragraphs, end, len(paragraphs), removed)


def _drop_link_lists(paragraphs: list[str], removed: list[str]) -> None:
    """A label over links to other stories ("More from Morning Mix:", "READ MORE") and the
    headlines under it: short lines with no closing stop, or in title case ("GOP Candidates
    Resoundingly Reject The Idea Of A Minimum Wage Hike.")."""
    i = 0
    while i < len(paragraphs):
        if len(paragraphs[i]) < P.LIST_LABEL_CHARS and P.LIST_LABEL.match(paragraphs[i]):
            end = i + 1
            while end < len(paragraphs) and _headline_like(paragraphs[end]):
                end += 1
            if end > i + 1:
                _move(paragraphs, i, end, removed)
                continue
        i += 1


def _headline_like(line: str) -> bool:
    if len(line) >= P.LIST_ITEM_CHARS:
        return False
    if line.rstrip()[-1:] not in ".!?\"”’)":
        return True
    words = line.split()
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


_BULLET = re.compile(r"[*•▪►■●◦‣](?:\s*[*•▪►■●◦‣])*\s*")


def _unbulleted(paragraph: str) -> str:
    """A paragraph without the mark of a list item ("* Rod Blagojevich's attorneys filed ...",
    "• JOBS-financing payrolls ...", "► Related: ..."), or an empty string for a row of marks
    ("* * *"): markup, not a word of the article's. Dashes are left, being also an agency's
    sign-off ("— Reuters") and a dash before a quoted line."""
    found = _BULLET.match(paragraph)
    return paragraph[found.end() :] if found is not None else paragraph


def _signed_tweet(tweet: re.Match[str]) -> str:
    """A tweet's words without their tags, signed by its author (``patterns.TWEET_MARKUP``)."""
    author = P.TWEET_AUTHOR.search(tweet["attrs"])
    if author is None or not tweet["text"].strip():
        return tweet["text"]  # an empty placeholder: '<tweet tweet-id="..."><tweet/>'
    return f"{tweet['text']} — {author['author']}"


_LOWER_WORD = re.compile(r"\b[a-z]{3,}\b")


def _without_inline_furniture(paragraph: str, removed: list[str]) -> str:
    """A paragraph without a photo caption run into its start ("... on protesters [Reuters]
    Libyan leader ..."), a tweet's tags, a live page's "UPDATE 2:52 p.m. --" label, a link's
    label after its sentence ("(Click here to see the flyer)"), Wikipedia's footnote marks
    ("[2]") and a wire's slug ("UPDATE 3-", ``patterns.WIRE_SLUG``); what is cut goes to
    ``removed``, and an empty string means nothing was left. (An embedded tweet keeps its
    signature after its words, "... — Name (@handle) March 2, 2015": it says whose words the
    tweet's are. A signature alone is no sentence.)"""
    if "[" in paragraph:
        caption = P.CAPTION_BRACKET.match(paragraph)
        if caption is not None:
            removed.append(caption.group("caption"))
            paragraph = paragraph[caption.end() :]
        paragraph = P.LINK_MARK.sub("", P.REFERENCE_MARK.sub("", paragraph))
    if "<tweet" in paragraph:
        paragraph = P.TWEET_TAG.sub(" ", P.TWEET_MARKUP.sub(_signed_tweet, paragraph)).strip()
    if paragraph[:1].isupper() and (slug := P.WIRE_SLUG.match(paragraph)):
        removed.append(slug.group()[:-1])  # "UPDATE 3-GM hires law firms ..." -> "GM hires ..."
        paragraph = paragraph[slug.end() :]
    label = P.UPDATE_LABEL.match(paragraph) if paragraph[:1] == "U" else None
    if label is not None and _LOWER_WORD.search(paragraph, label.end()):  # not "UPDATE: November 8, 8:25 AM CST"
        if P.ABOUT_THE_PIECE.search(paragraph, label.end()):  # "Update: The post has been updated to ..."
            removed.append(paragraph)
            return ""
        removed.append(label.group().strip())  # "UPDATE 2:52 p.m. -- Additional records ..."
        paragraph = paragraph[label.end() :]
    chrome = P.PLAYER_CHROME.match(paragraph)
    if chrome is not None:  # "Skip in Skip x Embed x Share The discovery of two slain ..."
        removed.append(chrome.group().strip())
        paragraph = paragraph[chrome.end() :]
    if "(" in paragraph:
        found = P.LINK_ASIDE.search(paragraph) or P.DESK_TAG.search(paragraph)
        if found is not None:
            removed.append(found.group().strip())
            before, after = paragraph[: found.start()].rstrip(), paragraph[found.end() :].lstrip()
            joint = "" if not after or after[0] in ".,;:!?\"”’" else " "
            paragraph = (before + joint + after).strip()
    return paragraph


def _has_crawl_phrase(paragraph: str) -> bool:
    low = paragraph.lower()
    for phrase in P.CRAWL_PHRASES:  # plain substring tests: 10x cheaper than a regex search
        if phrase in low:
            return True
    return False


def _may_be_widget(paragraph: str) -> bool:
    """Cheap test before the widget search (plain substring tests; the search on every line cost
    a fifth of cleaning): "you", and a word every widget phrase in ``patterns.WIDGET`` holds."""
    return ("you" in paragraph or "You" in paragraph) and (
        "subscri" in paragraph
        or "newsletter" in paragraph  # the NYT and POLITICO sign-up blocks say it too
        or "code to your" in paragraph
        or "syndication" in paragraph
        or "Like us" in paragraph
    )


def _short_furniture(line: str) -> bool:
    """The tests for short lines: a link alone ("<headline> Read more", "View full results:
    http://..."), a credit opening a caption or ending in "via" an agency, a crawl phrase."""
    return (
        (
            (line.endswith(_MORE) or "://" in line or "www." in line)
            and P.LINK_LINE.match(line) is not None
        )
        or (("/" in line[:80] or " via " in line) and P.CREDIT_FIRST.match(line) is not None)
        or _has_crawl_phrase(line)
    )


_MORE = ("more", "More", "MORE", "more.", "More.", "MORE.")


def _may_end_caption(paragraph: str) -> bool:
    """Cheap test before the caption-end search: a credit ends in ")", "photo", holds a "/", or
    has a label ("Photo: ") or "Credit " near the end."""
    end = paragraph.rstrip(". ")
    return (
        end.endswith(")")
        or "/" in paragraph[-80:]
        or end[-5:].lower() in ("photo", "cture", "image")
        or ": " in (tail := paragraph[-130:])  # "Photo: ", "Image: ", "Photographer: "
        or "Credit " in tail
    )


# --------------------------------------------------------------------------------------------
# 3. the lead: title, byline, publication stamp
# --------------------------------------------------------------------------------------------


def _read_lead(paragraphs: list[str], raw: RawArticle, removed: list[str]) -> _Lead:
    """Take title, byline and stamp lines off the top of ``paragraphs``."""
    title = " ".join(raw.title.split()) if raw.title else None
    if title and (slug := P.WIRE_SLUG.match(title)):
        title = title[slug.end() :]  # "UPDATE 3-GM hires law firms ..."
    lead = _Lead(title=title_without_site(title, raw.source, raw.url) if title else None)
    for step in range(LEAD_LINES):
        if len(paragraphs) < 2:
            break  # never take the only paragraph: a headline-only article's body is its headline
        first = paragraphs[0]
        if len(first) > 300:
            break
        byline = _byline(first)
        if byline is not None:
            if byline[0] and not lead.authors:
                lead.authors = byline[0]
            lead.agency = lead.agency or byline[1]
        elif (m := P.PUBLISHED_LINE.match(first) or P.DATE_LINE.match(first)) and parse_moment(_undot(m.group("date"))):
            lead.stamp = lead.stamp or parse_moment(_undot(m.group("date")))
        elif P.STAMP_LINE.match(first) and len(first) <= P.TITLE_MAX_CHARS:
            pass  # a stamp whose date does not parse: the page's furniture
        elif lead.title is not None and (lines := _title_lines(paragraphs, lead.title, step)):
            _move(paragraphs, 0, lines - 1, removed)  # the headline repeated above the body
        elif lead.title is None and step == 0 and _looks_like_title(heading := P.HIGHLIGHTS.sub("", first)):
            headline = _about(heading, paragraphs[1 : 1 + TITLE_PARAGRAPHS]) and not P.LABEL_END.search(heading)
            lead.title = heading if headline else None  # else the page's furniture, taken off all the same
        else:
            break
        removed.append(paragraphs.pop(0))
    return lead


def _byline(line: str) -> tuple[list[str], str | None] | None:
    """(authors, agency) of a byline line, or None when the line is not a byline."""
    m = P.BYLINE.match(line)
    if not m:
        return None
    names = [n.strip(" .") for n in P.BYLINE_SPLIT.split(m.group("names")) if n.strip(" .")]
    if not names or names[0].split()[0].lower() in P.BYLINE_NOT_NAMES:
        return None
    authors: list[str] = []
    agency = m.group("agency")
    for name in names:
        if name.lower() in P.AGENCIES:
            agency = agency or name
        elif not any(word.lower() in P.BYLINE_ROLES for word in name.split()):
            authors.append(_name_case(name))
    if agency and (agency.lower() not in P.AGENCIES and any(w.lower() in P.BYLINE_ROLES for w in agency.split())):
        agency = None  # "By Ann Lee, Staff Writer": a role, not an outlet
    return authors, agency


def _name_case(name: str) -> str:
    """ "JOHN SMITH" -> "John Smith" (wire bylines are often in capitals); other names unchanged."""
    return name.title() if name.isupper() and len(name) > 3 else name


TITLE_PARAGRAPHS = 6
"""The paragraphs after a plain-text page's first line that a headline there is about."""


def _about(line: str, opening: list[str]) -> bool:
    """Whether a plain-text page's first line shares a content word (not a number) with the
    paragraphs after it, as a headline does. The line can be the page's furniture instead, which
    shares none and is no title: "English >> World", "2 years ago", "From Wikipedia, the free
    encyclopedia", "Associated Press Tue Feb 19, 2013 7:44 PM". A line in another script than
    Latin is taken as a title as before (words there are not split by spaces)."""
    if not line.isascii():
        return True
    words = {w for w in stems(line) if not w.isdigit()}
    return bool(words & set(stems(" ".join(opening))))


def _looks_like_title(line: str) -> bool:
    """A short first line without final punctuation, not a dateline: a plain-text headline."""
    words = line.split()
    return (
        2 <= len(words) <= 20
        and len(line) <= P.TITLE_MAX_CHARS
        and not P.TITLE_END.search(line)
        and not P.DATELINE.match(line + " ")
    )


def _title_lines(paragraphs: list[str], title: str, step: int) -> int:
    """How many paragraphs at the top repeat the title: 1 for the headline alone, or (on the first
    line only) the headline and its deck after a semicolon; 2 when the title holds both and the
    page breaks them in two lines (a LexisNexis export: "Jobs report gives Democrats a lift;" /
    "Solid upturn, with a rise in hourly earnings, could blunt Republican claims."); else 0."""
    first = paragraphs[0]
    if _same_text(first, title):
        return 1
    if step:
        return 0
    if len(paragraphs) > 2 and len(first) < len(title) and _same_text(first + " " + paragraphs[1], title):
        return 2
    head, sep, rest = first.partition(";")
    if sep and (_letters(head) == _letters(title) or (not rest.strip() and _letters(title).startswith(_letters(head)))):
        return 1  # "Headline; deck", or "Headline;" when the title goes on ("...; The Upshot", a label)
    return 0


def _same_text(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 10 + len(b) // 5:
        return False  # cheap reject: most first paragraphs are far longer than the headline
    return _letters(a) == _letters(b)


_NON_ALNUM = re.compile(r"[\W_]+")


def _letters(text: str) -> str:
    return _NON_ALNUM.sub("", text.lower())


def _undot(text: str) -> str:
    """ "Nov. 3, 2016" -> "Nov 3, 2016" (strptime's %b takes no period)."""
    return " ".join(text.replace(".", " ").split()) if re.match(r"^[A-Za-z]{3,5}\.", text) else text


# --------------------------------------------------------------------------------------------
# 4. dateline
# --------------------------------------------------------------------------------------------


def _take_dateline(
    paragraphs: list[str], raw: RawArticle, removed: list[str]
) -> tuple[Dateline | None, datetime | None]:
    """The dateline (from its own field, or cut off the first paragraph) and its full date if any."""
    dateline: Dateline | None = None
    written_date: str | None = None
    if raw.dateline and (f := P.DATELINE_FIELD.match(raw.dateline.strip())):
        dateline = Dateline(place=_place(f.group("place")), agency=f.group("agency"))
        written_date = f.group("date") if f.group("year") else None
    if paragraphs and (m := P.DATELINE.match(paragraphs[0])) and not P.DEATH_NOTICE.match(paragraphs[0]):
        place = m.group("place") or m.group("place2")
        agency = m.group("agency") or m.group("agency3")
        rest = paragraphs[0][m.end() :]
        if (place is None or place.split(",")[0].strip() not in P.DATELINE_NOT_PLACES) and not rest[:1].islower():
            removed.append(paragraphs[0][: m.end()].strip())
            if rest.strip():
                paragraphs[0] = rest.strip()
            else:
                paragraphs.pop(0)
            if dateline is None or (agency and not dateline.agency):
                dateline = Dateline(place=_place(place) if place else None, agency=agency)
            year = m.group("year") or m.group("year2")
            if year and written_date is None:
                written_date = m.group("date") or m.group("date2")
    moment = parse_moment(_undot(written_date)) if written_date else None
    return dateline, moment


def _place(text: str | None) -> str | None:
    return " ".join(text.split()).strip(" ,") or None if text else None


# --------------------------------------------------------------------------------------------
# 5. credit lines
# --------------------------------------------------------------------------------------------


def _drop_credits(paragraphs: list[str], removed: list[str], authors: list[str]) -> None:
    """Take credit lines and the author's own note ("Zach Carter is a co-host of ...", for a
    byline's Zach Carter) off the end, and a credit run on at the end of the last paragraph."""
    for _ in range(TAIL_LINES):
        if len(paragraphs) < 2 or len(paragraphs[-1]) > 400:
            break
        if not (P.CREDIT_LINE.match(paragraphs[-1]) or _about_the_author(paragraphs[-1], authors)):
            break
        removed.append(paragraphs.pop())
    if paragraphs:
        last = paragraphs[-1]
        m = P.CREDIT_TAIL.search(last, max(0, len(last) - 400)) or P.WIRE_PICKUP_TAIL.search(
            last, max(0, len(last) - 200)
        )
        if m and m.start() > 0:
            removed.append(last[m.start() :].strip())
            paragraphs[-1] = last[: m.start()].rstrip()


def _about_the_author(line: str, authors: list[str]) -> bool:
    """Whether a closing line tells who the byline's author is: the author's name, then "is" or
    "writes" ("Zach Carter is a co-host of the HuffPost Politics podcast ...")."""
    for name in authors:
        if len(name.split()) >= 2 and line.startswith(name):
            verb = line[len(name) : len(name) + 8].split()[:1]
            if verb in (["is"], ["writes"]):
                return True
    return False


# --------------------------------------------------------------------------------------------
# 7. publication date
# --------------------------------------------------------------------------------------------


def _published(
    raw: RawArticle, dateline_date: datetime | None, stamp: datetime | None
) -> tuple[datetime | None, PublishedFrom | None]:
    """The publication moment and where it came from (see the module docstring)."""
    if raw.published and (moment := parse_moment(raw.published)):
        return moment, "metadata"
    if dateline_date or stamp:
        return dateline_date or stamp, "text"
    if raw.url:
        for m in P.URL_DATE.finditer(raw.url):
            try:
                return datetime(int(m.group("y")), int(m.group("m")), int(m.group("d"))), "inferred"
            except ValueError:
                continue
    return None, None
