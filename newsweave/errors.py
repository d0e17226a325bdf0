"""Errors newsweave raises. Each message says what input, what was wrong, and what to do."""

from __future__ import annotations


class NewsweaveError(Exception):
    """Base class of the errors a user can act on."""


class InputNotFound(NewsweaveError):
    """A path given on the command line or to ``read`` does not exist."""


class ModelMissing(NewsweaveError):
    """The spaCy English model is not installed."""
