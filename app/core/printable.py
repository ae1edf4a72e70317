"""Text from outside (a server's answer, a file) made safe to show. A terminal takes control
characters as commands: ESC starts sequences that clear the screen, retitle the window or write the
clipboard (OSC 52), BEL rings, a carriage return overwrites the line, C1 characters (U+0080 to
U+009F) act as ESC sequences on some terminals, and direction overrides make text read backwards.
None of them belongs in a model's name, a chat reply or a message, so they become spaces."""

from __future__ import annotations

import re

# C0 controls but tab and line feed, DEL, C1 controls, and the bidirectional embeddings, overrides
# and isolates.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def has_controls(text: str) -> bool:
    """Whether ``text`` holds a character a terminal may take as a command (a line break too)."""
    return bool(_CONTROLS.search(text)) or "\n" in text or "\t" in text


def printable(text: str) -> str:
    """``text`` with every control character but line breaks and tabs replaced by a space."""
    return _CONTROLS.sub(" ", text)


def one_line(text: str, limit: int) -> str:
    """``text`` on one line of printable characters, spaces collapsed, at most ``limit`` characters
    (cut with an ellipsis)."""
    text = " ".join(printable(text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
