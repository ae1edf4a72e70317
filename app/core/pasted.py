"""What rides along with copy and paste: invisible characters, no-break spaces and quotes.

Web pages, chats, PDFs and Markdown wrap what people copy in characters they cannot see (zero-width
spaces, direction marks, byte-order marks), in no-break spaces, and in quotes or backticks. The key,
the base URL and the deployment are each cleaned of them before anything else is looked at.
"""

from __future__ import annotations

# Characters that ride along with copy and paste from web pages, chats and PDFs but are invisible.
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u180e\u00ad\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_NBSP = frozenset("\u00a0\u2007\u202f")
# Straight, typographic and guillemet quotes, and backticks from Markdown.
_QUOTES = "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a"


def strip_invisible(text: str) -> tuple[str, int, int]:
    """Remove zero-width characters and turn no-break spaces into spaces -> (text, n_invisible, n_nbsp)."""
    out = []
    n_invisible = n_nbsp = 0
    for ch in text:
        if ch in _INVISIBLE:
            n_invisible += 1
        elif ch in _NBSP:
            n_nbsp += 1
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out), n_invisible, n_nbsp


def strip_quotes(text: str) -> tuple[str, bool]:
    """The text without the quotes around it -> (text, whether there were any)."""
    stripped = text.strip().strip(_QUOTES).strip()
    return stripped, stripped != text.strip()
