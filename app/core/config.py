"""The values Cursor needs: cleaning and validating the base URL, deployment and alias, and all of
them together with the key (``api_key`` cleans the key itself).

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

from app.core.api_key import clean_key
from app.core.errors import InvalidInput
from app.core.model import (
    DEFAULT_BASE_URL,
    DEFAULT_DEPLOYMENT,
    DEFAULT_TIMEOUT_S,
    Notice,
    NoticeLevel,
    Settings,
)
from app.core.pasted import strip_invisible, strip_quotes
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


_NOT_AN_ADDRESS = Text("The base URL is not a valid web address.")


def _bad_url(problem: str) -> str:
    """What is wrong with a base URL, and what a good one looks like."""
    return Text(
        "{problem} Use the address of the service, for example {url}.", problem=problem, url=DEFAULT_BASE_URL
    )


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
    text, _n_inv, _n_nbsp = strip_invisible(raw or "")
    text, _ = strip_quotes(text)
    text = text.strip().strip("<>").strip()
    if not text:
        return DEFAULT_BASE_URL, None, notices
    if len(text) > BASE_URL_MAX_LEN:
        raise InvalidInput("base_url", _bad_url(Text("The base URL is far too long.")))
    if any(ch.isspace() for ch in text):
        raise InvalidInput("base_url", _bad_url(Text("The base URL has a space or line break in it.")))
    if not _URL_CHARS.match(text):
        raise InvalidInput(
            "base_url", _bad_url(Text("The base URL has characters a web address cannot have."))
        )

    match = _SCHEME.match(text)
    if match and (match.group(1).lower() in ("http", "https") or match.group(2)):
        scheme = match.group(1).lower()
        rest = text[match.end() :]
        if match.group(2) != "//" and scheme in ("http", "https"):
            notices.append(_info("base_url", Text("Fixed the slashes after {scheme}:", scheme=scheme)))
    elif text.startswith("//"):
        scheme, rest = "https", text[2:]
        notices.append(_info("base_url", Text("Added https: in front of the base URL.")))
    else:
        scheme, rest = "https", text
        notices.append(_info("base_url", Text("Added https:// in front of the base URL.")))
    if scheme not in ("http", "https"):
        raise InvalidInput("base_url", _bad_url(Text("The base URL must start with https://.")))

    try:
        parts = urlsplit(f"{scheme}://{rest}")
        port = parts.port
        host = parts.hostname or ""
    except ValueError:
        raise InvalidInput("base_url", _bad_url(_NOT_AN_ADDRESS)) from None
    if "@" in parts.netloc:
        raise InvalidInput(
            "base_url",
            _bad_url(
                Text("Remove the user name or password from the base URL: the key goes in the API key field.")
            ),
        )
    host = host.rstrip(".")
    bracketed = f"[{host}]" if ":" in host else host
    if not _valid_host(bracketed):
        raise InvalidInput("base_url", _bad_url(_NOT_AN_ADDRESS))
    if port == 0:
        raise InvalidInput("base_url", _bad_url(Text("The base URL has port 0, which cannot work.")))

    loopback = _is_loopback_host(host)
    if scheme == "http" and not loopback:
        raise InvalidInput(
            "base_url",
            _bad_url(
                Text(
                    "The base URL must start with https:// (plain http:// would send your key unencrypted; "
                    "it is allowed only for this computer, such as the built-in simulator)."
                )
            ),
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
                    Text(
                        "Took the deployment {deployment} from the pasted URL and kept only its address.",
                        deployment=deployment,
                    ),
                )
            )
        else:
            notices.append(
                _info("base_url", Text("Removed the request path from the base URL: Cursor adds it itself."))
            )
    elif parts.query or parts.fragment:
        notices.append(
            _info("base_url", Text("Removed the part after ? or # from the base URL: Cursor adds its own."))
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
            _info(
                "base_url",
                Text(
                    'Removed "{what}" from the end of the base URL: Cursor adds the path itself.', what=what
                ),
            )
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


def _bad_deployment(problem: str) -> str:
    """What is wrong with a deployment name, and what a good one looks like."""
    return Text(
        "{problem} A deployment is a model id such as {example}.", problem=problem, example=DEFAULT_DEPLOYMENT
    )


def normalise_deployment(raw: str) -> tuple[str, list[Notice]]:
    """Clean a deployment name -> (deployment, notices). The slash stays: it is part of the id."""
    notices: list[Notice] = []
    text, n_inv, _n_nbsp = strip_invisible(raw or "")
    text, had_quotes = strip_quotes(text)
    if n_inv or had_quotes:
        notices.append(
            _info("deployment", Text("Removed quotes or invisible characters from the deployment name."))
        )
    if "://" in text:
        # A whole request URL pasted into this field: take the deployment out of it.
        try:
            _base, found, _ = normalise_base_url(text)
        except InvalidInput:
            found = None
        if not found:
            raise InvalidInput(
                "deployment", _bad_deployment(Text("This is a web address, not a deployment name."))
            )
        text = found
        notices.append(_info("deployment", Text("Took the deployment name from the pasted URL.")))
    if "%" in text:
        decoded = unquote(text)
        if decoded != text:
            text = decoded
            notices.append(_info("deployment", Text("Decoded %2F and similar codes in the deployment name.")))
    if text.startswith("/") or text.endswith("/"):
        text = text.strip("/")
        notices.append(
            _info("deployment", Text("Removed the slash at the start or end of the deployment name."))
        )
    if not text:
        raise InvalidInput("deployment", _bad_deployment(Text("Enter a deployment name.")))
    if any(ch.isspace() for ch in text):
        raise InvalidInput(
            "deployment",
            Text(
                "A deployment name has no spaces. A deployment is a model id such as {example}; pick one "
                "from the list.",
                example=DEFAULT_DEPLOYMENT,
            ),
        )
    if len(text) > DEPLOYMENT_MAX_LEN:
        raise InvalidInput("deployment", _bad_deployment(Text("The deployment name is far too long.")))
    bad = next((ch for ch in text if not _DEPLOYMENT_CHARS.match(ch)), None)
    if bad is not None:
        shown = repr(bad) if bad.isprintable() and bad.isascii() else Text("a character")
        raise InvalidInput(
            "deployment",
            _bad_deployment(
                Text("The deployment name contains {character}, which model ids never have.", character=shown)
            ),
        )
    if "//" in text or any(part in (".", "..") for part in text.split("/")):
        raise InvalidInput(
            "deployment", _bad_deployment(Text("The deployment name has an empty or dot-only part."))
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
    text, _n_inv, _n_nbsp = strip_invisible(raw or "")
    text, _ = strip_quotes(text)
    if any(not ch.isprintable() for ch in text):
        raise InvalidInput(
            "alias", Text("The model alias has a line break or control character. Type it on one line.")
        )
    if len(text) > ALIAS_MAX_LEN:
        raise InvalidInput(
            "alias", Text("Keep the model alias under {limit} characters.", limit=ALIAS_MAX_LEN)
        )
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
                Text(
                    'Cursor already has a built-in model called "{name}" and will reject it as a custom '
                    "name. "
                    'Choose another, such as "{suggestion}".',
                    name=name,
                    suggestion=suggest_alias(name),
                ),
            )
        )
    if any(ch.isspace() for ch in name):
        notices.append(_warn("alias", Text("Avoid spaces in the model alias: use dashes instead.")))
    return notices


# ---------------------------------------------------------------------------------------------
# Everything together


def parse_timeout(raw: float | str | None) -> float:
    """Seconds, 1..300; blank -> the default. Raises InvalidInput."""
    message = Text(
        "Set the timeout to a number of seconds between {low:g} and {high:g}.",
        low=TIMEOUT_MIN_S,
        high=TIMEOUT_MAX_S,
    )
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
                Text(
                    "This field holds your API key. Put the key only in the API key field and clear this one."
                ),
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
                    Text(
                        "The pasted base URL named the deployment {pasted}; using {name} from the "
                        "Deployment field.",
                        pasted=found_deployment,
                        name=name,
                    ),
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
        notices.append(
            _info("base_url", Text("Using a server on this computer (such as the built-in simulator)."))
        )
    elif not is_aimlapi_host(url):
        host = _host_of(url)
        notices.append(
            _warn(
                "base_url",
                Text(
                    "Your key will be sent to {host}, not {official}. "
                    "Continue only if your IT team gave you this address.",
                    host=host,
                    official=AIMLAPI_HOST,
                ),
            )
        )

    notices = [Notice(n.level, n.field, redact(n.message)) for n in notices]
    settings = Settings(base_url=url, deployment=name, alias=label, api_key=secret, timeout_s=timeout)
    return settings, notices
