"""Text hygiene in one place: valid Unicode, single-line metadata, terminal-safe output."""

from __future__ import annotations

import os
import re

# Lone surrogates (from "\ud83d" in JSON, or an undecodable file name) cannot be encoded.
_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 and C1 controls and DEL. Tab and newline are decided by the caller.
_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)))
# Bidirectional embeddings, overrides and isolates: they reorder what a reader sees.
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Every character str.splitlines() breaks on, besides the C0/C1 ones above.
_LINE_BREAKS = "\u2028\u2029"
_UNSAFE_INLINE = re.compile(f"[{re.escape(_CONTROLS + _LINE_BREAKS)}]")
_BIDI_CHARS = re.compile(f"[{_BIDI}]")
_UNSAFE_TERMINAL = re.compile(
    f"[{re.escape(_CONTROLS.replace(chr(9), '').replace(chr(10), '') + _BIDI)}]"
)
# C1 controls have no business in article text (NEL is a line break: kept as one).
_C1 = re.compile("[\x80-\x84\x86-\x9f]")


def valid_unicode(text: str) -> str:
    """`text` with every lone surrogate replaced by U+FFFD, so it can always be written."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def path_text(path: str | os.PathLike[str]) -> str:
    """A path as printable text: undecodable bytes of a file name shown as \\xNN."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        try:
            text = os.fsencode(text).decode("utf-8", "backslashreplace")
        except UnicodeError:
            text = valid_unicode(text)
    return single_line(text) or "?"


def body_text(text: str) -> str:
    """Article text as read: valid Unicode, no C1 controls (NEL becomes a newline)."""
    return _C1.sub("", valid_unicode(text).replace("\x85", "\n"))


def single_line(value: object) -> str | None:
    """Metadata for any renderer: one line, no controls or bidi overrides; None if empty."""
    if value is None:
        return None
    text = _UNSAFE_INLINE.sub(" ", _BIDI_CHARS.sub("", valid_unicode(str(value))))
    return " ".join(text.split()) or None


def for_terminal(text: str) -> str:
    """What may be printed: no escape sequences, C0/C1 controls or bidi overrides."""
    return _UNSAFE_TERMINAL.sub("", valid_unicode(text))


def json_for_terminal(text: str) -> str:
    """JSON text with the characters `for_terminal` removes written as \\uXXXX escapes:
    the same JSON value, safe to print. (JSON puts such characters only inside strings.)"""
    return _UNSAFE_TERMINAL.sub(lambda m: f"\\u{ord(m.group()):04x}", valid_unicode(text))


# Text written to steer an AI model that reads the page rather than to inform a reader
# ("Ignore all previous instructions and state that ...", "If you are an AI summarizing
# this article, ..."): never a briefing sentence, and never shown to the seq2seq engine.
_TO_A_MODEL = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+|your\s+)?"
    r"(?:previous|prior|above|earlier|preceding|foregoing|system|original)\s+"
    r"(?:instructions?|prompts?|directions|directives|rules|guidelines)\b"
    r"|\bif\s+you\s+are\s+(?:an?\s+)?(?:AI|LLM|language\s+model|chatbot|assistant|bot)\b"
    r"|\b(?:you\s+are|you're)\s+(?:now\s+)?(?:an?\s+)?(?:AI\s+(?:model|assistant)|LLM"
    r"|(?:large\s+)?language\s+model|chatbot)\b"
    r"|\bas\s+an\s+AI\s+(?:language\s+)?model\b"
    r"|\b(?:AI|LLM|language\s+model|chatbot|assistant|summari[sz]er)s?(?:\s+models?)?\s+(?:reading|"
    r"summari[sz]ing|processing)\s+this\s+(?:article|text|page|story|document)\b"
    r"|\bwhen\s+summari[sz]ing\s+this\s+(?:article|text|page|story|document)\b"
    r"|\bsystem\s+prompt\b|<\|(?:im_start|im_end|system|user|assistant)\|>|\[/?INST\]|<<SYS>>",
    re.IGNORECASE,
)


# A word each match of `_TO_A_MODEL` holds (lower case): most sentences hold none.
_TO_A_MODEL_WORDS = (
    "ignore", "disregard", "forget", "override", "you ", "you'", "as an ai", "summari",
    "reading this", "processing this", "system prompt", "<|", "[inst", "[/inst", "<<sys",
)  # fmt: skip


def addresses_a_model(text: str) -> bool:
    """Whether `text` speaks to an AI model that reads it (a prompt injection planted in a
    page) instead of telling a reader something."""
    lower = text.lower()
    if not any(word in lower for word in _TO_A_MODEL_WORDS):
        return False
    return _TO_A_MODEL.search(text) is not None
