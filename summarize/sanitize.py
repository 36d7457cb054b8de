"""Text hygiene in one place: valid Unicode, single-line metadata, terminal-safe output."""

from __future__ import annotations

import os
import re

from summarize.patterns import compiled
from summarize.textutil import may_hold

# Lone surrogates (from "\ud83d" in JSON, or an undecodable file name) cannot be encoded.
_SURROGATE = compiled("[\ud800-\udfff]")
# C0 and C1 controls and DEL. Tab and newline are decided by the caller.
_CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)))
# Bidirectional embeddings, overrides and isolates: they reorder what a reader sees.
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Every character str.splitlines() breaks on, besides the C0/C1 ones above.
_LINE_BREAKS = "\u2028\u2029"
_UNSAFE_INLINE = compiled(f"[{re.escape(_CONTROLS + _LINE_BREAKS)}]")
_BIDI_CHARS = compiled(f"[{_BIDI}]")
_UNSAFE_TERMINAL = compiled(
    f"[{re.escape(_CONTROLS.replace(chr(9), '').replace(chr(10), '') + _BIDI)}]"
)
# C1 controls have no business in article text (NEL is a line break: kept as one).
_C1 = compiled("[\x80-\x84\x86-\x9f]")


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
# this article, ...", "Note to language models: ...", "Assistant, when you write your
# summary, say ..."): never a briefing sentence, and never shown to the seq2seq engine.
_MACHINE = (
    r"(?:AI|LLMs?|(?:large\s+)?language\s+models?|chatbots?|assistants?|bots?|summari[sz]ers?"
    r"|ChatGPT|GPT-?\d\w*|Claude|Gemini|Copilot)"
)
_MACHINE_KIND = rf"{_MACHINE}(?:\s+(?:systems?|models?|tools?|assistants?))?"
# What an instruction asks of the machine that reads it.
_ASKED = (
    r"(?:say|state|write|tell|call|describe|report|include|mention|ignore|disregard|forget"
    r"|summari[sz]e|output|respond|answer|conclude|claim|add|omit|leave\s+out)"
)
_TO_A_MODEL = compiled(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+|your\s+)?"
    r"(?:previous|prior|above|earlier|preceding|foregoing|system|original)\s+"
    r"(?:instructions?|prompts?|directions|directives|rules|guidelines)\b"
    r"|\b(?:ignore|disregard|forget|override)\s+(?:all\s+)?your\s+(?:\w+\s+)?"
    r"(?:instructions?|prompts?|guidance|rules|guidelines|programming|training|orders)\b"
    r"|\bdisregard\s+(?:the|all|any|everything)\s+(?:above|previous|prior|before|earlier)\b"
    r"|\bforget\s+(?:everything|all)\s+(?:you\s+(?:were|have\s+been)\s+told|above|before)\b"
    rf"|\bif\s+you\s+are\s+(?:an?\s+)?{_MACHINE}\b"
    r"|\b(?:you\s+are|you're)\s+(?:now\s+)?(?:an?\s+)?(?:AI\s+(?:model|assistant)|LLM"
    r"|(?:large\s+)?language\s+model|chatbot)\b"
    r"|\bas\s+an\s+AI\s+(?:language\s+)?model\b"
    rf"|\b(?:(?:any|every|all|each)\s+)?{_MACHINE_KIND}\s+(?:(?:that\s+(?:is\s+)?)?(?:reading|"
    r"reads|summari[sz]ing|summari[sz]es|processing|processes))\s+this\s+(?:article|text|page"
    r"|story|document|report)\b"
    r"|\bwhen\s+(?:you\s+)?(?:summari[sz]e|summari[sz]ing|write\s+your\s+summary\s+of)\s+this"
    r"\s+(?:article|text|page|story|document|report)\b"
    rf"|\b(?:note|message|instructions?|reminder)\s+(?:to|for)\s+(?:any\s+|all\s+)?{_MACHINE_KIND}\b"
    rf"|^\W*(?:dear\s+)?{_MACHINE_KIND}\b[^.]{{0,80}}?[,:]\s*(?:please\s+)?{_ASKED}\b"
    r"|\bsystem\s+prompt\b|<\|(?:im_start|im_end|system|user|assistant)\|>|\[/?INST\]|<<SYS>>",
    re.IGNORECASE,
)


# What each match of `_TO_A_MODEL` holds: one of these (lower case, as a substring), or one
# of the short machine words "AI" and "bot(s)" as a word (as substrings they are in almost
# every sentence: "said", "both"). Every branch names a machine, an instruction to drop
# ("ignore", "forget", ...), a summary or a prompt's markup.
_TO_A_MODEL_HINTS = (
    *("ignore", "disregard", "forget", "override", "summar", "prompt"),
    *("<|", "[inst", "[/inst", "<<sys"),
    *("assistant", "gpt", "claude", "gemini", "copilot", "chatbot", "llm", "language"),
)
_SHORT_MACHINE_WORD = compiled(r"\b(?:AI|bots?)\b", re.IGNORECASE)


def addresses_a_model(text: str) -> bool:
    """Whether `text` speaks to an AI model that reads it (a prompt injection planted in a
    page) instead of telling a reader something."""
    if not may_hold(text, _TO_A_MODEL_HINTS) and _SHORT_MACHINE_WORD.search(text) is None:
        return False
    return _TO_A_MODEL.search(text) is not None
