"""HTML pages and HTML fragments to plain text.

Internal to ``newsweave.ingest``. Whole pages go through trafilatura (body, title, author, date,
site name); fragments (a feed entry's content, a JSONL ``html`` field) go through a small
paragraph-aware text walk, because trafilatura judges a fragment too short to be an article.

The page is only ever parsed: scripts are dropped, never run, and all text stays data.
"""

from __future__ import annotations

import html as entities
import re
from configparser import ConfigParser
from dataclasses import dataclass, field
from functools import lru_cache

import lxml.html
from lxml import etree

from newsweave.ingest.fields import text_value, without_roles

PRUNED = [
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' rollover-people-block ')]",
]
"""Page elements removed before extraction: the cards The Hill's pages hide behind a person's name
and show on hover ("Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down on ... MORE (R) is
defending ..."), which run into the sentence."""

_INLINE_LINK = re.compile(r"<span class=[\"']link[\"']>")
"""A link's words wrapped in their own span inside a sentence (CBS: 'La Canfora has reported that
<span class="link"><a ...>the NFL will fine Rudolph</a></span> for his role in the fight.'), which
trafilatura's precision mode drops with the page's link blocks, leaving "La Canfora has reported
that for his role in the fight." The span loses its class before extraction."""

# Chosen on bench/html_extraction.py (181 real pages, body-token F1 through read + clean):
#   default 0.948 | include_comments=False 0.959 | favor_precision 0.957 |
#   include_comments=False + favor_precision 0.965 (kept) | + favor_recall 0.959 |
#   include_comments=False + include_tables=False 0.956.
# Reader comments are not the article; precision matters more than recall for us because
# every extra line becomes a "sentence" that can be cited as a claim.
TRAFILATURA_SETTINGS = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "deduplicate": False,
    "prune_xpath": PRUNED,
    # Meta tags and structured markup only: a date guessed from running text would be a
    # "text" date, not metadata, and the extensive search is slow.
    "date_extraction_params": {"extensive_search": False, "original_date": True},
}

MAX_TREE_SIZE = 200_000
"""Pages with more elements than this are refused (real article pages have a few thousand)."""


MIN_BODY_WORDS = 3
"""Fewer words than a minimal sentence (subject, verb, object) is a menu item such as "Home"."""


@dataclass(slots=True)
class Page:
    """What an HTML page says about its article."""

    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = None
    section: str | None = None
    """The page's ``article:section`` (trafilatura's first category)."""


class NoArticleText(Exception):
    """A page in which no article body was found; the message is the user's warning."""


def extract_page(html: str, url: str | None = None) -> Page:
    """The article in a whole HTML page, through trafilatura with our settings.

    Raises ``NoArticleText`` when the page holds no article body (a login wall, an index page)
    or cannot be parsed.
    """
    import trafilatura  # loaded on first HTML input: plain-text corpora never pay for it

    html = _INLINE_LINK.sub("<span>", html)
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, config=_config(), **TRAFILATURA_SETTINGS
        )
    except (ValueError, TypeError, etree.LxmlError, RecursionError) as exc:
        raise NoArticleText(f"HTML page could not be parsed ({type(exc).__name__}); skipped") from None
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_BODY_WORDS:
        raise NoArticleText("HTML page has no article text; skipped")
    if _mostly_furniture(text):
        raise NoArticleText("HTML page has only a cookie notice, a paywall or other page furniture; skipped")
    authors = without_roles([a.strip() for a in (doc.author or "").split(";") if a.strip()])
    return Page(
        text=text,
        title=doc.title or None,
        authors=authors,
        published=doc.date or None,
        source=doc.sitename or None,
        url=doc.url or url,
        language=doc.language or _declared_language(html),
        section=text_value(doc.categories),
    )


FURNITURE_SHARE = 0.6
WALL_WORDS = 60
"""A short page text (under ``WALL_WORDS`` words) whose sentences are mostly page furniture ("We
and our partners use cookies ...", "Subscribe now to continue reading.") is a wall in front of
the article, not the article. Of the 181 pages of the HTML benchmark, one such (a Barron's
reprint notice); a short blog post inviting comments by email has 77 words and stays."""


def _mostly_furniture(text: str) -> bool:
    from newsweave.nlp.sentences import split_sentences
    from newsweave.readable import furniture

    if len(text.split()) >= WALL_WORDS:
        return False
    sentences = [s for p in text.split("\n") if p.strip() for s in split_sentences(p)]
    return bool(sentences) and sum(map(furniture, sentences)) >= FURNITURE_SHARE * len(sentences)


_HTML_LANG = re.compile(r"<html\b[^>]{0,500}?\blang=[\"']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)", re.IGNORECASE)


def _declared_language(html: str) -> str | None:
    """The language a page declares on its root element (``<html lang="en-US">``), lower case."""
    m = _HTML_LANG.search(html, 0, 5000)
    return m.group(1).lower() if m else None


@lru_cache(maxsize=1)
def _config() -> ConfigParser:
    """trafilatura's packaged settings with our tree-size cap (set through its config file format)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_TREE_SIZE))
    config.set("DEFAULT", "EXTENSIVE_DATE_SEARCH", "off")
    return config


_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote pre table tr section article header footer "
    "figure figcaption dd dt dl hr".split()
)
_DROP = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "form", "button")


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element, blank lines between.

    >>> fragment_text("<p>One <b>two</b>.</p><p>Three.<script>alert(1)</script></p>")
    'One two.\\n\\nThree.'
    >>> fragment_text("Tom &amp; Jerry &mdash; &lt;p&gt;again&lt;/p&gt;")
    'Tom & Jerry —\\n\\nagain'
    """
    if "<" not in html:
        if "&" not in html:
            return html.strip()
        unescaped = entities.unescape(html)  # "Tom &amp; Jerry", or markup escaped twice
        return fragment_text(unescaped) if "<" in unescaped else unescaped.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError, etree.LxmlError):
        return ""
    for bad in list(root.iter(*_DROP)):
        if bad.getparent() is not None:
            bad.drop_tree()  # keeps the text after the element
    parts: list[str] = []
    _walk(root, parts)
    paragraphs = [" ".join(p.split()) for p in "".join(parts).split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _walk(node: etree._Element, parts: list[str]) -> None:
    """Text of ``node`` in document order, with a paragraph break around block elements."""
    stack: list[tuple[etree._Element, bool]] = [(node, False)]
    while stack:  # iterative: hostile pages nest thousands deep
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if closing:
            if tag in _BLOCKS:
                parts.append("\n\n")
            if el.tail:
                parts.append(el.tail)
            continue
        if tag in _BLOCKS:
            parts.append("\n\n")
        if el.text and isinstance(el.tag, str):
            parts.append(el.text)
        stack.append((el, True))
        stack.extend((child, False) for child in reversed(el))
