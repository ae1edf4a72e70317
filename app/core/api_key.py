"""The API key as people paste it or as it is read from a file: cleaned, and checked for shape.

What a key arrives with is removed and said in a notice (spaces, line breaks, quotes, invisible
characters, a copied ``Authorization: Bearer`` or ``.env`` prefix); what cannot be part of a key is
refused with ``InvalidInput``; a key that looks like another kind of secret, or cut off, is kept
with a warning. Notices and errors describe what was removed, never the key's text.
"""

from __future__ import annotations

import re
from collections import defaultdict

from app.core.errors import InvalidInput
from app.core.model import KEYS_PAGE_URL, Notice, NoticeLevel
from app.core.pasted import strip_invisible, strip_quotes
from app.core.text import Text

__all__ = ["KEY_HARD_MAX_LEN", "KEY_HARD_MIN_LEN", "KEY_MIN_LEN", "clean_key", "key_from_bytes"]

# Shorter than this looks cut off (a warning: the service decides). AI/ML API keys are a few dozen
# characters.
KEY_MIN_LEN = 20
# Bounds no API key is outside: the service shows a key's first 8 characters as its prefix, so a key
# is longer than that; and no key is hundreds of characters long (longer text is a file or a page
# pasted by mistake, and would be refused as a request header anyway).
KEY_HARD_MIN_LEN = 9
KEY_HARD_MAX_LEN = 512

# What people paste in front of a key: copied request headers and .env lines.
_KEY_PREFIX = re.compile(
    r"^(?:(?:export\s+)?(?:aimlapi_api_key|aiml_api_key|api[-_ ]?key)\s*[:=]\s*"
    r"|(?:authorization\s*:\s*)?bearer(?:\s+|$)"
    r"|authorization\s*:\s*)",
    re.IGNORECASE,
)

# (test, warning) for secrets that are not AI/ML API keys; first match wins.
_OTHER_SECRETS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^sk-ant-"), Text("This looks like an Anthropic key, not an AI/ML API key.")),
    (re.compile(r"^sk-"), Text("This looks like an OpenAI key (it starts with sk-), not an AI/ML API key.")),
    (
        re.compile(r"^(?:AKIA|ASIA)[A-Z0-9]{12,}$"),
        Text("This looks like an Amazon Web Services key, not an AI/ML API key."),
    ),
    (
        re.compile(r"^(?:ghp_|gho_|ghu_|ghs_|ghr_|github_pat_)"),
        Text("This looks like a GitHub token, not an AI/ML API key."),
    ),
    (re.compile(r"^glpat-"), Text("This looks like a GitLab token, not an AI/ML API key.")),
    (
        re.compile(r"^AIza[0-9A-Za-z_-]{20,}$"),
        Text("This looks like a Google API key, not an AI/ML API key."),
    ),
    (re.compile(r"^xox[abposr]-"), Text("This looks like a Slack token, not an AI/ML API key.")),
    (
        re.compile(r"^eyJ[\w-]*\.[\w-]+\.[\w-]*$"),
        Text("This looks like a sign-in token (JWT), not an AI/ML API key."),
    ),
    (re.compile(r"(?i)^(?:https?:|www\.)|://"), Text("This looks like a web address, not an API key.")),
)


def _info(message: str) -> Notice:
    return Notice(NoticeLevel.INFO, "api_key", message)


def _warn(message: str) -> Notice:
    return Notice(NoticeLevel.WARNING, "api_key", message)


def _key_pass(text: str, seen: dict[str, int]) -> str:
    """One round of cleaning; counts what it removed in ``seen``. Repeated until nothing changes."""
    text, n_invisible, n_nbsp = strip_invisible(text)
    seen["invisible"] += n_invisible
    seen["nbsp"] += n_nbsp
    if text != text.strip():
        seen["outer_space"] += 1
        text = text.strip()
    text, had_quotes = strip_quotes(text)
    seen["quotes"] += had_quotes
    match = _KEY_PREFIX.match(text)
    if match:
        seen["prefix:" + match.group(0).strip().rstrip(":=").strip()] += 1
        text = text[match.end() :]
        text, had_quotes = strip_quotes(text)
        seen["quotes"] += had_quotes
    inner = sum(1 for ch in text if ch.isspace())
    if inner:
        seen["inner_space"] += inner
        text = "".join(ch for ch in text if not ch.isspace())
    return text


def _utf16_without_a_mark(raw: bytes) -> bool:
    """Whether the bytes are UTF-16 saved without its byte-order mark: a key is plain ASCII, so every
    other byte is zero (UTF-8 text never holds a zero byte)."""
    if len(raw) < 8:
        return False
    return raw[1::2].count(0) >= len(raw[1::2]) * 0.8 or raw[0::2].count(0) >= len(raw[0::2]) * 0.8


def key_from_bytes(raw: bytes, source: str) -> str:
    """The text of a key read as bytes (standard input, a file, the environment). Raises
    InvalidInput when the bytes are not UTF-8 text, saying what they look like instead, never what
    they are. ``source`` names where they came from."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _utf16_without_a_mark(raw):
        raise InvalidInput(
            "api_key",
            Text(
                "The key in {source} is UTF-16 text (what Notepad saves as “Unicode”), not UTF-8: "
                "save the file as UTF-8, or paste the key itself.",
                source=source,
            ),
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            "api_key",
            Text(
                "The key in {source} is not UTF-8 text (perhaps a file saved in another encoding): "
                "save it as UTF-8, or copy the key again from {page}.",
                source=source,
                page=KEYS_PAGE_URL,
            ),
        ) from None


def _removed(seen: dict[str, int]) -> list[Notice]:
    """What cleaning removed, in words."""
    notices: list[Notice] = []
    if seen["outer_space"]:
        notices.append(_info(Text("Removed spaces or line breaks around the key.")))
    if seen["inner_space"]:
        notices.append(
            _warn(
                Text(
                    "Removed {count} space(s) or line break(s) from inside the key. "
                    "Check that you copied the whole key.",
                    count=seen["inner_space"],
                )
            )
        )
    if seen["nbsp"] and not seen["outer_space"] and not seen["inner_space"]:
        notices.append(_info(Text("Removed non-breaking spaces that came with the copy.")))
    if seen["invisible"]:
        notices.append(
            _info(
                Text(
                    "Removed {count} invisible character(s) that came with the copy.", count=seen["invisible"]
                )
            )
        )
    if seen["quotes"]:
        notices.append(_info(Text("Removed the quotes around the key.")))
    for what in sorted(k for k in seen if k.startswith("prefix:")):
        notices.append(
            _info(
                Text(
                    'Removed "{label}" in front of the key: only the key itself is needed.',
                    label=what.removeprefix("prefix:"),
                )
            )
        )
    return notices


def clean_key(raw: str) -> tuple[str, list[Notice]]:
    """Clean a pasted API key -> (key, notices). Raises InvalidInput when empty or unusable."""
    seen: dict[str, int] = defaultdict(int)
    text = raw or ""
    # Fixed point: removing one layer can expose another ('"Bearer  abc"'), and the result of
    # cleaning must itself be clean (idempotence is tested).
    for _ in range(10):
        cleaned = _key_pass(text, seen)
        if cleaned == text:
            break
        text = cleaned
    notices = _removed(seen)

    if not text:
        raise InvalidInput(
            "api_key",
            Text("Paste your AI/ML API key. You can create one on the keys page: {page}", page=KEYS_PAGE_URL),
        )
    for pos, ch in enumerate(text, start=1):
        # Header values we send must be visible ASCII; anything else cannot be part of a real key.
        if not ("\x21" <= ch <= "\x7e"):
            if ord(ch) < 0x20 or ord(ch) == 0x7F:
                message = Text(
                    "The key contains a control character (at position {position}), which an API key "
                    "cannot have. Copy the key again from {page}",
                    position=pos,
                    page=KEYS_PAGE_URL,
                )
            else:
                message = Text(
                    "The key contains a non-ASCII character (at position {position}), which an API key "
                    "cannot have. Copy the key again from {page}",
                    position=pos,
                    page=KEYS_PAGE_URL,
                )
            raise InvalidInput("api_key", message)

    if len(text) < KEY_HARD_MIN_LEN:
        raise InvalidInput(
            "api_key",
            Text(
                "This is too short to be an API key ({length} characters). Copy the whole key from {page}",
                length=len(text),
                page=KEYS_PAGE_URL,
            ),
        )
    if len(text) > KEY_HARD_MAX_LEN:
        raise InvalidInput(
            "api_key",
            Text(
                "This is far too long to be an API key ({length} characters; a key is a few dozen). "
                "Copy only the key from {page}",
                length=len(text),
                page=KEYS_PAGE_URL,
            ),
        )
    for pattern, warning in _OTHER_SECRETS:
        if pattern.search(text):
            notices.append(
                _warn(Text("{warning} Copy your key from {page}", warning=warning, page=KEYS_PAGE_URL))
            )
            break
    else:
        if len(text) < KEY_MIN_LEN:
            notices.append(
                _warn(
                    Text(
                        "The key looks too short ({length} characters); it may be cut off. "
                        "Copy the whole key from {page}",
                        length=len(text),
                        page=KEYS_PAGE_URL,
                    )
                )
            )
    return text, notices
