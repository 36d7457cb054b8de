"""Errors meant for people: which file, what is wrong, what to do."""

from __future__ import annotations

import json


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


def json_error_reason(error: json.JSONDecodeError, *, line: bool = True) -> str:
    """The JSON parser's complaint whole: its `msg` alone stops mid-phrase ("Invalid
    control character at", "Unterminated string starting at") because the position is
    kept apart; it is put back. `line=False` for a one-line document (a JSON Lines line,
    whose line number the message names already): the column only."""
    message = error.msg[:1].lower() + error.msg[1:]
    where = f"line {error.lineno}, column {error.colno}" if line else f"column {error.colno}"
    return f"{message} {where}" if message.endswith(" at") else f"{message} at {where}"
