"""The values Cursor needs: cleaning and validating the key, base URL, deployment and alias.

Everything here is pure and fast (no network), so the window can run it on every keystroke.
Rules (docs/wire.md, "Cursor"):

- Cursor only trims the Base URL, drops one trailing ``/`` and adds ``https://``; anything else
  (``/openai``, ``/v1``, a whole pasted request URL) ends in a 404, so we strip it here.
- The deployment is a model id with a slash (``google/gemini-2.5-pro``) and goes raw in the path.
- Cursor 2.x rejects a custom model name equal to a built-in one, so the alias is checked against
  ``app/data/cursor_builtin_models.txt``.

Messages never contain the API key: key notices describe what was removed, never the text;
``build_settings`` wraps the key in a ``Secret`` before anything else, so every message after that
(errors and notices alike) is redacted.
"""

from __future__ import annotations

import ipaddress
import math
import re
from functools import cache
from importlib import resources
from urllib.parse import unquote, urlsplit

from app.core.errors import InvalidInput
from app.core.model import (
    DEFAULT_BASE_URL,
    DEFAULT_DEPLOYMENT,
    DEFAULT_TIMEOUT_S,
    KEYS_PAGE_URL,
    Notice,
    NoticeLevel,
    Settings,
)
from app.core.redact import Secret, redact
from app.core.text import Text

AIMLAPI_HOST = "api.aimlapi.com"
TIMEOUT_MIN_S = 1.0
TIMEOUT_MAX_S = 300.0
ALIAS_MAX_LEN = 100
DEPLOYMENT_MAX_LEN = 200
BASE_URL_MAX_LEN = 2048


__all__ = [
    "AIMLAPI_HOST",
    "InvalidInput",
    "build_settings",
    "check_alias",
    "clean_key",
    "is_aimlapi_host",
    "is_loopback_url",
    "normalise_alias",
    "normalise_base_url",
    "normalise_deployment",
    "parse_timeout",
    "suggest_alias",
]


def _info(field: str, message: str) -> Notice:
    return Notice(NoticeLevel.INFO, field, message)


def _warn(field: str, message: str) -> Notice:
    return Notice(NoticeLevel.WARNING, field, message)


# Characters that ride along with copy and paste from web pages, chats and PDFs but are invisible.
_INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u180e\u00ad\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_NBSP = frozenset("\u00a0\u2007\u202f")
# Straight, typographic and guillemet quotes, and backticks from Markdown.
_QUOTES = "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a"


def _strip_invisible(text: str) -> tuple[str, int, int]:
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


def _strip_quotes(text: str) -> tuple[str, bool]:
    stripped = text.strip().strip(_QUOTES).strip()
    return stripped, stripped != text.strip()


# ---------------------------------------------------------------------------------------------
# API key

# What people paste in front of a key: copied request headers and .env lines.
_KEY_PREFIX = re.compile(
    r"^(?:(?:export\s+)?(?:aimlapi_api_key|aiml_api_key|api[-_ ]?key)\s*[:=]\s*"
    r"|(?:authorization\s*:\s*)?bearer(?:\s+|$)"
    r"|authorization\s*:\s*)",
    re.IGNORECASE,
)

# (test, warning) for secrets that are not AI/ML API keys; first match wins.
_OTHER_SECRETS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^sk-ant-"), "This looks like an Anthropic key, not an AI/ML API key."),
    (re.compile(r"^sk-"), "This looks like an OpenAI key (it starts with sk-), not an AI/ML API key."),
    (
        re.compile(r"^(?:AKIA|ASIA)[A-Z0-9]{12,}$"),
        "This looks like an Amazon Web Services key, not an AI/ML API key.",
    ),
    (
        re.compile(r"^(?:ghp_|gho_|ghu_|ghs_|ghr_|github_pat_)"),
        "This looks like a GitHub token, not an AI/ML API key.",
    ),
    (re.compile(r"^glpat-"), "This looks like a GitLab token, not an AI/ML API key."),
    (re.compile(r"^AIza[0-9A-Za-z_-]{20,}$"), "This looks like a Google API key, not an AI/ML API key."),
    (re.compile(r"^xox[abposr]-"), "This looks like a Slack token, not an AI/ML API key."),
    (
        re.compile(r"^eyJ[\w-]*\.[\w-]+\.[\w-]*$"),
        "This looks like a sign-in token (JWT), not an AI/ML API key.",
    ),
    (re.compile(r"(?i)^(?:https?:|www\.)|://"), "This looks like a web address, not an API key."),
)
KEY_MIN_LEN = 20


def _key_pass(text: str, seen: dict[str, int]) -> str:
    """One round of cleaning; counts what it removed in ``seen``. Repeated until nothing changes."""
    text, n_invisible, n_nbsp = _strip_invisible(text)
    seen["invisible"] += n_invisible
    seen["nbsp"] += n_nbsp
    if text != text.strip():
        seen["outer_space"] += 1
        text = text.strip()
    text, had_quotes = _strip_quotes(text)
    seen["quotes"] += had_quotes
    match = _KEY_PREFIX.match(text)
    if match:
        seen["prefix:" + match.group(0).strip().rstrip(":=").strip()] += 1
        text = text[match.end() :]
        text, had_quotes = _strip_quotes(text)
        seen["quotes"] += had_quotes
    inner = sum(1 for ch in text if ch.isspace())
    if inner:
        seen["inner_space"] += inner
        text = "".join(ch for ch in text if not ch.isspace())
    return text


def key_from_bytes(raw: bytes, source: str) -> str:
    """The text of a key read as bytes (standard input, a file, the environment). Raises
    InvalidInput when the bytes are not UTF-8 text, saying what they look like instead, never what
    they are. ``source`` names where they came from."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
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


def clean_key(raw: str) -> tuple[str, list[Notice]]:
    """Clean a pasted API key -> (key, notices). Raises InvalidInput when empty or unusable."""
    from collections import defaultdict

    seen: dict[str, int] = defaultdict(int)
    text = raw or ""
    # Fixed point: removing one layer can expose another ('"Bearer  abc"'), and the result of
    # cleaning must itself be clean (idempotence is tested).
    for _ in range(10):
        cleaned = _key_pass(text, seen)
        if cleaned == text:
            break
        text = cleaned

    notices: list[Notice] = []
    if seen["outer_space"]:
        notices.append(_info("api_key", "Removed spaces or line breaks around the key."))
    if seen["inner_space"]:
        notices.append(
            _warn(
                "api_key",
                f"Removed {seen['inner_space']} space(s) or line break(s) from inside the key. "
                "Check that you copied the whole key.",
            )
        )
    if seen["nbsp"] and not seen["outer_space"] and not seen["inner_space"]:
        notices.append(_info("api_key", "Removed non-breaking spaces that came with the copy."))
    if seen["invisible"]:
        notices.append(
            _info("api_key", f"Removed {seen['invisible']} invisible character(s) that came with the copy.")
        )
    if seen["quotes"]:
        notices.append(_info("api_key", "Removed the quotes around the key."))
    for what in sorted(k for k in seen if k.startswith("prefix:")):
        label = what.removeprefix("prefix:")
        notices.append(
            _info("api_key", f'Removed "{label}" in front of the key: only the key itself is needed.')
        )

    if not text:
        raise InvalidInput(
            "api_key", f"Paste your AI/ML API key. You can create one on the keys page: {KEYS_PAGE_URL}"
        )
    for pos, ch in enumerate(text, start=1):
        # Header values we send must be visible ASCII; anything else cannot be part of a real key.
        if not ("\x21" <= ch <= "\x7e"):
            kind = "a control character" if ord(ch) < 0x20 or ord(ch) == 0x7F else "a non-ASCII character"
            raise InvalidInput(
                "api_key",
                f"The key contains {kind} (at position {pos}), which an API key cannot have. "
                f"Copy the key again from {KEYS_PAGE_URL}",
            )

    for pattern, warning in _OTHER_SECRETS:
        if pattern.search(text):
            notices.append(_warn("api_key", f"{warning} Copy your key from {KEYS_PAGE_URL}"))
            break
    else:
        if len(text) < KEY_MIN_LEN:
            notices.append(
                _warn(
                    "api_key",
                    f"The key looks too short ({len(text)} characters); it may be cut off. "
                    f"Copy the whole key from {KEYS_PAGE_URL}",
                )
            )
    return text, notices


# ---------------------------------------------------------------------------------------------
# Base URL

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):(/*)")
_HOST_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
# RFC 3986 characters; anything else in a URL is a paste accident.
_URL_CHARS = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*$")
_DEPLOYMENT_PATH = re.compile(
    r"^(?P<prefix>.*?)/openai/deployments/(?P<deployment>.+?)"
    r"(?:/(?:chat/completions|completions|embeddings|extensions/chat/completions))?/*$",
    re.IGNORECASE,
)
# Trailing path parts Cursor adds itself (or that belong to other routes), removed one at a time.
_TRAILING = ("/chat/completions", "/openai/deployments", "/openai", "/v2/azure", "/v1")
_BASE_URL_EXAMPLE = f"Use the address of the service, for example {DEFAULT_BASE_URL}"


def _is_loopback_host(host: str) -> bool:
    """This computer by its address, or by the one name that means it. A ``*.localhost`` name is
    not: it is looked up like any other and may lead anywhere (the transport also checks the
    address it connects to)."""
    host = host.strip("[]").rstrip(".").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _valid_host(host: str) -> bool:
    if not host:
        return False
    if host.startswith("["):
        try:
            ipaddress.IPv6Address(host[1:-1].split("%", 1)[0])
        except ValueError:
            return False
        return host.endswith("]")
    labels = host.split(".")
    if all(label.isdigit() for label in labels):
        try:
            ipaddress.IPv4Address(host)
        except ValueError:
            return False
        return True
    if len(host) > 253 or not all(_HOST_LABEL.match(label) for label in labels):
        return False
    # One bare word ("hello", or a key pasted into the wrong field) is not a service address.
    return len(labels) > 1 or host == "localhost"


def normalise_base_url(raw: str) -> tuple[str, str | None, list[Notice]]:
    """-> (base URL Cursor can use, deployment found in a pasted full URL or None, notices)."""
    notices: list[Notice] = []
    text, _n_inv, _n_nbsp = _strip_invisible(raw or "")
    text, _ = _strip_quotes(text)
    text = text.strip().strip("<>").strip()
    if not text:
        return DEFAULT_BASE_URL, None, notices
    if len(text) > BASE_URL_MAX_LEN:
        raise InvalidInput("base_url", f"The base URL is far too long. {_BASE_URL_EXAMPLE}.")
    if any(ch.isspace() for ch in text):
        raise InvalidInput("base_url", f"The base URL has a space or line break in it. {_BASE_URL_EXAMPLE}.")
    if not _URL_CHARS.match(text):
        raise InvalidInput(
            "base_url", f"The base URL has characters a web address cannot have. {_BASE_URL_EXAMPLE}."
        )

    match = _SCHEME.match(text)
    if match and (match.group(1).lower() in ("http", "https") or match.group(2)):
        scheme = match.group(1).lower()
        rest = text[match.end() :]
        if match.group(2) != "//" and scheme in ("http", "https"):
            notices.append(_info("base_url", f"Fixed the slashes after {scheme}:"))
    elif text.startswith("//"):
        scheme, rest = "https", text[2:]
        notices.append(_info("base_url", "Added https: in front of the base URL."))
    else:
        scheme, rest = "https", text
        notices.append(_info("base_url", "Added https:// in front of the base URL."))
    if scheme not in ("http", "https"):
        raise InvalidInput("base_url", f"The base URL must start with https://. {_BASE_URL_EXAMPLE}.")

    try:
        parts = urlsplit(f"{scheme}://{rest}")
        port = parts.port
        host = parts.hostname or ""
    except ValueError:
        raise InvalidInput(
            "base_url", f"The base URL is not a valid web address. {_BASE_URL_EXAMPLE}."
        ) from None
    if "@" in parts.netloc:
        raise InvalidInput(
            "base_url",
            "Remove the user name or password from the base URL: the key goes in the API key field. "
            f"{_BASE_URL_EXAMPLE}.",
        )
    host = host.rstrip(".")
    bracketed = f"[{host}]" if ":" in host else host
    if not _valid_host(bracketed):
        raise InvalidInput("base_url", f"The base URL is not a valid web address. {_BASE_URL_EXAMPLE}.")
    if port == 0:
        raise InvalidInput("base_url", f"The base URL has port 0, which cannot work. {_BASE_URL_EXAMPLE}.")

    loopback = _is_loopback_host(host)
    if scheme == "http" and not loopback:
        raise InvalidInput(
            "base_url",
            "The base URL must start with https:// (plain http:// would send your key unencrypted; "
            f"it is allowed only for this computer, such as the built-in simulator). {_BASE_URL_EXAMPLE}.",
        )

    deployment: str | None = None
    # Collapse doubled slashes first so every later rule sees the same path on a second pass.
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/")
    found = _DEPLOYMENT_PATH.match(path)
    if found:
        deployment = unquote(found.group("deployment")).strip("/") or None
        path = found.group("prefix").rstrip("/")
        if deployment:
            notices.append(
                _info(
                    "base_url",
                    f"Took the deployment {deployment} from the pasted URL and kept only its address.",
                )
            )
        else:
            notices.append(
                _info("base_url", "Removed the request path from the base URL: Cursor adds it itself.")
            )
    elif parts.query or parts.fragment:
        notices.append(
            _info("base_url", "Removed the part after ? or # from the base URL: Cursor adds its own.")
        )
    removed: list[str] = []
    while True:
        for suffix in _TRAILING:
            if path.lower().endswith(suffix):
                removed.append(path[-len(suffix) :])
                path = path[: -len(suffix)].rstrip("/")
                break
        else:
            break
    if removed:
        what = "".join(reversed(removed))
        notices.append(
            _info("base_url", f'Removed "{what}" from the end of the base URL: Cursor adds the path itself.')
        )

    netloc = bracketed
    default_port = 443 if scheme == "https" else 80
    if port is not None and port != default_port:
        netloc = f"{bracketed}:{port}"
    return f"{scheme}://{netloc}{path}", deployment, notices


def _host_of(base_url: str) -> str:
    """The host of a base URL, normalised or not; '' when there is none. Never raises."""
    text = (base_url or "").strip()
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", text):
        text = "https://" + text.lstrip("/")
    try:
        return (urlsplit(text).hostname or "").rstrip(".").lower()
    except ValueError:
        return ""


def is_aimlapi_host(base_url: str) -> bool:
    """True when the base URL points at the real service (so the key goes where it belongs)."""
    return _host_of(base_url) == AIMLAPI_HOST


def is_loopback_url(base_url: str) -> bool:
    """True for this computer (127.0.0.0/8, ::1, localhost): the simulator."""
    host = _host_of(base_url)
    return bool(host) and _is_loopback_host(host)


# ---------------------------------------------------------------------------------------------
# Deployment and alias

_DEPLOYMENT_CHARS = re.compile(r"^[A-Za-z0-9._:@+~/-]+$")
_DEPLOYMENT_EXAMPLE = f"A deployment is a model id such as {DEFAULT_DEPLOYMENT}"


def normalise_deployment(raw: str) -> tuple[str, list[Notice]]:
    """Clean a deployment name -> (deployment, notices). The slash stays: it is part of the id."""
    notices: list[Notice] = []
    text, n_inv, _n_nbsp = _strip_invisible(raw or "")
    text, had_quotes = _strip_quotes(text)
    if n_inv or had_quotes:
        notices.append(
            _info("deployment", "Removed quotes or invisible characters from the deployment name.")
        )
    if "://" in text:
        # A whole request URL pasted into this field: take the deployment out of it.
        try:
            _base, found, _ = normalise_base_url(text)
        except InvalidInput:
            found = None
        if not found:
            raise InvalidInput(
                "deployment", f"This is a web address, not a deployment name. {_DEPLOYMENT_EXAMPLE}."
            )
        text = found
        notices.append(_info("deployment", "Took the deployment name from the pasted URL."))
    if "%" in text:
        decoded = unquote(text)
        if decoded != text:
            text = decoded
            notices.append(_info("deployment", "Decoded %2F and similar codes in the deployment name."))
    if text.startswith("/") or text.endswith("/"):
        text = text.strip("/")
        notices.append(_info("deployment", "Removed the slash at the start or end of the deployment name."))
    if not text:
        raise InvalidInput("deployment", f"Enter a deployment name. {_DEPLOYMENT_EXAMPLE}.")
    if any(ch.isspace() for ch in text):
        raise InvalidInput(
            "deployment", f"A deployment name has no spaces. {_DEPLOYMENT_EXAMPLE}; pick one from the list."
        )
    if len(text) > DEPLOYMENT_MAX_LEN:
        raise InvalidInput("deployment", f"The deployment name is far too long. {_DEPLOYMENT_EXAMPLE}.")
    bad = next((ch for ch in text if not _DEPLOYMENT_CHARS.match(ch)), None)
    if bad is not None:
        shown = repr(bad) if bad.isprintable() and bad.isascii() else "a character"
        raise InvalidInput(
            "deployment",
            f"The deployment name contains {shown}, which model ids never have. {_DEPLOYMENT_EXAMPLE}.",
        )
    if "//" in text or any(part in (".", "..") for part in text.split("/")):
        raise InvalidInput(
            "deployment", f"The deployment name has an empty or dot-only part. {_DEPLOYMENT_EXAMPLE}."
        )
    return text, notices


def suggest_alias(deployment: str) -> str:
    """A custom model name Cursor accepts: ``google/gemini-2.5-pro`` -> ``aimlapi-gemini-2.5-pro``."""
    name = (deployment or "").strip().rstrip("/").rsplit("/", 1)[-1].lower()
    name = re.sub(r"[^a-z0-9._-]+", "-", name)
    name = re.sub(r"-{2,}", "-", name).strip("-.")
    alias = f"aimlapi-{name}" if name else "aimlapi"
    return alias[:ALIAS_MAX_LEN]


_FALLBACK_BUILTIN = (
    "gpt-4o",
    "gpt-4.1",
    "gpt-5",
    "o3",
    "o4-mini",
    "claude-4-sonnet",
    "gemini-2.5-pro",
    "cursor-small",
)


@cache
def builtin_model_names() -> frozenset[str]:
    """Cursor's built-in model names, lower case, from the data file (Cursor changes the list)."""
    try:
        text = (resources.files("app") / "data" / "cursor_builtin_models.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        # A bundle built without the data file still warns about the names people try most.
        text = "\n".join(_FALLBACK_BUILTIN)
    names = set()
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            names.add(line.lower())
    return frozenset(names)


def normalise_alias(raw: str) -> tuple[str, list[Notice]]:
    """Clean a custom model name -> (alias, notices); '' when blank (the caller suggests one)."""
    notices: list[Notice] = []
    text, _n_inv, _n_nbsp = _strip_invisible(raw or "")
    text, _ = _strip_quotes(text)
    if any(not ch.isprintable() for ch in text):
        raise InvalidInput(
            "alias", "The model alias has a line break or control character. Type it on one line."
        )
    if len(text) > ALIAS_MAX_LEN:
        raise InvalidInput("alias", f"Keep the model alias under {ALIAS_MAX_LEN} characters.")
    return text, notices


def check_alias(alias: str) -> list[Notice]:
    """Warnings about an alias Cursor would reject or that would confuse people."""
    name = (alias or "").strip()
    if not name:
        return []
    notices: list[Notice] = []
    if name.lower() in builtin_model_names():
        notices.append(
            _warn(
                "alias",
                f'Cursor already has a built-in model called "{name}" and will reject it as a custom name. '
                f'Choose another, such as "{suggest_alias(name)}".',
            )
        )
    if any(ch.isspace() for ch in name):
        notices.append(_warn("alias", "Avoid spaces in the model alias: use dashes instead."))
    return notices


# ---------------------------------------------------------------------------------------------
# Everything together


def parse_timeout(raw: float | str | None) -> float:
    """Seconds, 1..300; blank -> the default. Raises InvalidInput."""
    message = f"Set the timeout to a number of seconds between {TIMEOUT_MIN_S:g} and {TIMEOUT_MAX_S:g}."
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return DEFAULT_TIMEOUT_S
    if isinstance(raw, bool):
        raise InvalidInput("timeout", message)
    if isinstance(raw, str):
        text = raw.strip().lower().removesuffix("seconds").removesuffix("s").strip()
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            raise InvalidInput("timeout", message) from None
    else:
        try:
            value = float(raw)
        except (TypeError, ValueError, OverflowError):
            raise InvalidInput("timeout", message) from None
    if not math.isfinite(value) or not (TIMEOUT_MIN_S <= value <= TIMEOUT_MAX_S):
        raise InvalidInput("timeout", message)
    return value


def build_settings(
    api_key: str,
    base_url: str = "",
    deployment: str = "",
    alias: str = "",
    timeout_s: float | str | None = None,
) -> tuple[Settings, list[Notice]]:
    """Validate everything the checks and Cursor need -> (Settings, notices).

    Raises InvalidInput naming the first bad field (in the window's order) and what to do.
    """
    # The key enters here: from now on it is redacted from every message, this function's included.
    Secret(api_key or "")
    key, notices = clean_key(api_key)
    secret = Secret(key)
    for label, value in (("base_url", base_url), ("deployment", deployment), ("alias", alias)):
        if len(key) >= 12 and key in (value or ""):
            raise InvalidInput(
                label,
                "This field holds your API key. Put the key only in the API key field and clear this one.",
            )

    url, found_deployment, url_notices = normalise_base_url(base_url)
    notices += url_notices

    if (deployment or "").strip():
        name, dep_notices = normalise_deployment(deployment)
        notices += dep_notices
        if found_deployment and found_deployment != name:
            notices.append(
                _warn(
                    "deployment",
                    f"The pasted base URL named the deployment {found_deployment}; "
                    f"using {name} from the Deployment field.",
                )
            )
    elif found_deployment:
        name, dep_notices = normalise_deployment(found_deployment)
        notices += dep_notices
    else:
        name = DEFAULT_DEPLOYMENT

    label, alias_notices = normalise_alias(alias)
    notices += alias_notices
    if not label:
        label = suggest_alias(name)
    notices += check_alias(label)

    timeout = parse_timeout(timeout_s)

    if is_loopback_url(url):
        notices.append(_info("base_url", "Using a server on this computer (such as the built-in simulator)."))
    elif not is_aimlapi_host(url):
        host = _host_of(url)
        notices.append(
            _warn(
                "base_url",
                f"Your key will be sent to {host}, not {AIMLAPI_HOST}. "
                "Continue only if your IT team gave you this address.",
            )
        )

    notices = [Notice(n.level, n.field, redact(n.message)) for n in notices]
    settings = Settings(base_url=url, deployment=name, alias=label, api_key=secret, timeout_s=timeout)
    return settings, notices
