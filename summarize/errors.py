"""Errors meant for people: which file, what is wrong, what to do."""

from __future__ import annotations


class SummarizeError(Exception):
    """Base class for the tool's own, expected errors (shown without a traceback)."""


class InputError(SummarizeError):
    """An input file or folder cannot be used."""

    def __init__(self, path: str, reason: str, hint: str | None = None) -> None:
        from summarize.sanitize import path_text

        # A hostile file name (newline, escape sequence, undecodable bytes) stays one line.
        self.path = path_text(path)
        self.reason = reason
        self.hint = hint
        message = f"{self.path}: {reason}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)
