"""Redaction in one place: every output (logs, errors, files, reports, JSON, the terminal) passes
through ``redact``; there is no other scrubber.

The key travels as a ``Secret``: its ``str``/``repr`` are masked, and making one registers the value,
so ``redact`` scrubs it from any text afterwards: whole, percent-encoded, in base64, hexadecimal and
backwards, and any run of 6 or more of its characters in a row in any case (a server that quotes the
first and last 8 characters of a key gives away a quarter of it), also spelled out with spaces or
dashes between the characters or written as HTML, JSON or URL escapes. A Secret is made where the key
enters the app (settings built from input, the keystore, the environment or standard input of the
command line), nowhere else; values typed on the command line that look like a key are registered
too (``register_key_like``).
Header-shaped text (``api-key: ...``, ``Authorization: Bearer ...``) is scrubbed even when the value
was never registered.
"""

from __future__ import annotations

import base64
import hmac
import itertools
import logging
import logging.handlers
import os
import re
import stat
import sys
import tempfile
import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from app import APP_ID

MASK = "***"
MIN_SECRET_LEN = 6
LOG_FILE_NAME = f"{APP_ID}.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


@dataclass(frozen=True)
class _Masks:
    """What one set of secrets is found by: the secrets whole (and encoded), and every run of
    MIN_SECRET_LEN characters of them (lower case) with a pattern that finds the first of them."""

    whole: re.Pattern[str] | None = None
    pieces: frozenset[str] = frozenset()
    piece_re: re.Pattern[str] | None = None


_lock = threading.Lock()
# The registered secrets and their pieces; ``_masks`` is rebuilt from them and swapped whole, so a
# reader never sees half an update.
_secrets: set[str] = set()
_pieces: set[str] = set()
_masks = _Masks()

# Values of key-bearing headers, query parameters and assignments, registered or not. The value
# is left alone when it is a placeholder ($AIMLAPI_API_KEY, %VAR%, <key>, {key}), already masked, or
# a short lower-case word that a sentence goes on after ("[cursor] api_key: unknown key"): no key
# is one.
_VALUE = r"""(?![$%<{*])(?![a-z]{1,10}[ \t])[^\s"',;&)}\]>]+"""
_HEADER_RES = (
    # api-key: X / api_key=X / "api-key": "X" / AIMLAPI_API_KEY=X / ?api-key=X
    re.compile(r"""(?i)(api[-_]?key["']?\s*[:=]\s*["']?)""" + _VALUE),
    # Authorization: <scheme> X or Authorization: X (the scheme word is kept, possessively, so an
    # already masked "Bearer ***" is left alone; a scheme word alone, as in a note saying
    # 'Removed "Authorization: Bearer"', is not a credential)
    re.compile(
        r"""(?i)(authorization["']?\s*[:=]\s*["']?(?:[a-z]+\s+)?+)(?!(?:bearer|basic|token|digest)\b)"""
        + _VALUE
    ),
    # a bare "Bearer X" anywhere else
    re.compile(r"""(?i)(\bbearer\s+)""" + _VALUE),
)


def _variants(value: str) -> set[str]:
    """The value as text and percent-encoded (as in a URL); text from a system that was not UTF-8
    (surrogate escapes) is encoded back to its bytes first."""
    raw = value.encode("utf-8", "surrogateescape")
    return {value, quote(raw, safe=""), quote(raw, safe="/")}


# An encoded form shorter than this could turn up in unrelated text by chance.
_MIN_ENCODED_LEN = 12


def _base64_cores(raw: bytes) -> set[str]:
    """The characters of ``raw``'s base64 (standard and URL-safe) that depend on ``raw`` alone,
    whichever of the three positions it starts at in a longer encoded text (a header, a token):
    the characters shared with what comes before or after are left out."""
    cores: set[str] = set()
    for offset in range(3):
        encoded = base64.b64encode(bytes(offset) + raw).decode("ascii").rstrip("=")
        start = (0, 2, 3)[offset]  # characters that hold bits of the bytes before
        end = len(encoded) - (1 if (offset + len(raw)) % 3 else 0)  # ... and of the bytes after
        core = encoded[start:end]
        cores.update((core, core.replace("+", "-").replace("/", "_")))
    return cores


def _encoded_forms(value: str) -> set[str]:
    """The value as a server might hand it back encoded: base64, hexadecimal (either case),
    reversed."""
    raw = value.encode("utf-8", "surrogateescape")
    forms = {*_base64_cores(raw), raw.hex(), raw.hex().upper(), value[::-1]}
    return {form for form in forms if len(form) >= _MIN_ENCODED_LEN}


_SEPARATOR = re.compile(r"""[\s"'`:=,;]+""")


def _piece_sources(value: str) -> list[str]:
    """What pieces are taken from: the value when it is one unbroken run (a key), else only its
    runs that look like a key. Text pasted around a key ("Authorization: Bearer <key>") is masked
    whole, but its words are not pieces of a key: masking every "Bearer" would garble messages."""
    if not _SEPARATOR.search(value):
        return [value]
    return [
        token for token in _SEPARATOR.split(value) if len(token) >= MIN_SECRET_LEN and looks_like_key(token)
    ]


def _telling(piece: str) -> bool:
    """Whether a piece says something about the key: one character repeated ("000000") does not,
    and numbers are full of such runs (a balance of 10000000 credits is not a piece of a key)."""
    return len(set(piece)) > 1


def _forms_and_pieces(value: str) -> tuple[set[str], set[str]]:
    """What a secret is masked as: its forms whole (plain, percent-encoded, encoded) and its pieces."""
    forms = _variants(value) | _encoded_forms(value)
    pieces = {
        piece
        for source in _piece_sources(value)
        for v in _variants(source)
        for i in range(len(v) - MIN_SECRET_LEN + 1)
        if _telling(piece := v[i : i + MIN_SECRET_LEN].lower())
    }
    return forms, pieces


def _compile(secrets: set[str], pieces: set[str]) -> _Masks:
    # Longest first, so a secret that contains another is masked whole.
    ordered = sorted(secrets, key=len, reverse=True)
    return _Masks(
        whole=re.compile("|".join(re.escape(s) for s in ordered)) if ordered else None,
        pieces=frozenset(pieces),
        # No pieces (a key of one repeated character): no pattern, since an empty one matches everywhere.
        piece_re=re.compile("|".join(re.escape(p) for p in sorted(pieces)), re.IGNORECASE)
        if pieces
        else None,
    )


def _usable(value: object) -> str | None:
    """The secret as it is masked, or None for a value too short to mask (masking every "abc" in a
    log would hide more than it protects)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value if len(value) >= MIN_SECRET_LEN else None


def register_secret(value: str | None) -> None:
    """Remember ``value`` so every later ``redact`` call scrubs it, and every run of 6 or more of
    its characters. Short values are ignored."""
    global _masks
    usable = _usable(value)
    if usable is None:
        return
    with _lock:
        if _variants(usable) <= _secrets:
            return
        forms, pieces = _forms_and_pieces(usable)
        _secrets.update(forms)
        _pieces.update(pieces)
        _masks = _compile(_secrets, _pieces)


# A run of characters typed on the command line that is shaped like a key: long, with a long stretch
# of nothing but letters and digits (model ids, aliases and file names are broken up by dots, dashes
# and slashes) in which letters and digits are mixed. Words with a number or a time stamp in them
# ("report20261130T014124Z", "backup2026") are not keys: a time stamp is taken out first, and what
# is left must still switch between letters and digits more than once. Not more often than that: a
# key that happens to be orderly ("0123456789abcdef0123...", "AbCdEf123456GhIjKl789012") is still
# a key, and taking a key for a word would print it back.
_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,}")
_STRETCH = re.compile(r"[A-Za-z0-9]{16,}")
_TIME_STAMP = re.compile(r"\d{8}T\d{4,9}Z?|\d{4}-\d{2}-\d{2}(?:[T_-]\d{2}(?:[:-]?\d{2}){1,2})?Z?")
_CLASS_SWITCHES_OF_A_KEY = 2


def _class_switches(stretch: str) -> int:
    """How often a run of letters and digits switches between a letter and a digit."""
    kinds = [ch.isdigit() for ch in stretch]
    return sum(1 for a, b in itertools.pairwise(kinds) if a != b)


def looks_like_key(text: str) -> bool:
    """Whether ``text`` holds a run shaped like a key (random letters and digits, 16 or more)."""
    for stretch in _STRETCH.findall(_TIME_STAMP.sub("-", text)):
        if re.search(r"[0-9]", stretch) and re.search(r"[A-Za-z]", stretch):
            if _class_switches(stretch) >= _CLASS_SWITCHES_OF_A_KEY:
                return True
    return False


def register_key_like(values: list[str]) -> bool:
    """Register every run in ``values`` (command-line arguments) that looks like a key, so no
    message repeats a key typed where an argument belongs. True when one was found."""
    found = False
    for value in values:
        for token in _TOKEN.findall(value if isinstance(value, str) else ""):
            if looks_like_key(token):
                register_secret(token)
                found = True
    return found


class Secret:
    """A value that must never be shown: ``str``, ``repr`` and formatting give ``***``;
    ``reveal()`` gives the value to the one place that needs it (a request header, the keyring,
    the clipboard). Making one registers the value for redaction."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError("a Secret holds text")
        self._value = value
        register_secret(value)  # as typed: registering strips it

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __len__(self) -> int:
        return len(self._value)

    def __str__(self) -> str:
        return MASK

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    def __format__(self, spec: str) -> str:
        return format(MASK, spec)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and hmac.compare_digest(
            self._value.encode("utf-8", "surrogatepass"), other._value.encode("utf-8", "surrogatepass")
        )

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __copy__(self) -> Secret:
        return self  # immutable

    def __deepcopy__(self, _memo: dict[int, object]) -> Secret:
        return self

    def __getstate__(self) -> object:
        raise TypeError("a Secret is never pickled: it would leave the process in clear text")


@contextmanager
def scoped_secrets() -> Iterator[None]:
    """Secrets registered inside the block are forgotten when it ends (for tests, so throwaway
    values don't mask text in later ones)."""
    global _masks
    with _lock:
        saved = (set(_secrets), set(_pieces), _masks)
    try:
        yield
    finally:
        with _lock:
            _secrets.clear()
            _secrets.update(saved[0])
            _pieces.clear()
            _pieces.update(saved[1])
            _masks = saved[2]


def contains_secret(text: str, *, pieces: bool = False) -> bool:
    """True when ``text`` holds a registered secret (with ``pieces``: or 6 of its characters in a
    row, in any case). Header patterns are not considered."""
    masks = _masks
    pattern = masks.piece_re if pieces else masks.whole
    return bool(pattern and isinstance(text, str) and pattern.search(text))


def _run_end(text: str, end: int, pieces: frozenset[str]) -> int:
    """Where a run of a secret's characters found to end at ``end`` really ends: it grows while the
    next 6 characters are still a piece of a secret."""
    while end < len(text) and text[end - MIN_SECRET_LEN + 1 : end + 1].lower() in pieces:
        end += 1
    return end


def _mask_pieces(text: str, pattern: re.Pattern[str], masks: _Masks) -> str:
    """Every run of a secret's characters (6 or more in a row) replaced by one ***."""
    out: list[str] = []
    pos = 0
    while (found := pattern.search(text, pos)) is not None:
        start, end = found.start(), _run_end(text, found.end(), masks.pieces)
        out += [text[pos:start], MASK]
        pos = end
    out.append(text[pos:])
    return "".join(out)


# The key spelled out: its characters with something between them ("a 1 b 2", one per line,
# '["a", "1", ...]', in chunks of up to 5 as in "a1b2c 3d4e5"), or written as escapes (HTML "&#97;",
# "&#x0031", JSON "\u0061", "\x61", URL "%61", quoted-printable "=61"), each alone or mixed with
# plain characters ("a%31b%32"). A stretch of such text is read back, its letters and digits only,
# and where 6 or more of a secret's characters follow one another there, the part of the stretch
# that holds them is masked: the words around stay (but for a short word right before or after a
# part of the key that happens to end or start with the key's characters next to that part).
# Plain words of 6 or more letters and digits end a stretch (a plain run of a key is masked after
# this), and so do more than 16 other characters in a row, so text far apart is never read as one.
_ESCAPE = (
    r"&#[xX]0*+(?P<html_hex>[0-9a-fA-F]{1,6});?|&#0*+(?P<html_dec>[0-9]{1,7});?"
    r"|\\u(?P<json_hex>[0-9a-fA-F]{4})|\\x(?P<c_hex>[0-9a-fA-F]{2})"
    r"|%(?P<url_hex>[0-9a-fA-F]{2})|=(?P<qp_hex>[0-9A-F]{2})"
)
# A terminal's colour or cursor command between the characters hides nothing from the eye.
_TERMINAL_COMMAND = r"\x1b\[[0-9;?]*+[A-Za-z]"
_ESCAPE_START = r"&%\\=\x1b"
_ANY_ESCAPE = re.sub(r"\(\?P<\w+>", "(?:", _ESCAPE)
_STRETCH_OF_TEXT = re.compile(
    # escapes with the words glued to them, short words, terminal commands, up to 16 other characters
    rf"(?<![A-Za-z0-9])(?:[A-Za-z0-9]*+(?:{_ANY_ESCAPE})[A-Za-z0-9]*+|"
    + r"[A-Za-z0-9]{1,5}+(?![A-Za-z0-9])|"
    + _TERMINAL_COMMAND
    + rf"|[^A-Za-z0-9{_ESCAPE_START}]{{1,16}}+(?![^A-Za-z0-9{_ESCAPE_START}])|[{_ESCAPE_START}])++"
)
_UNIT = re.compile(rf"{_TERMINAL_COMMAND}|{_ESCAPE}|(?P<plain>[A-Za-z0-9])")
_NOT_LETTER_OR_DIGIT = re.compile(r"[^A-Za-z0-9]+")
_MAY_HOLD_AN_ESCAPE = re.compile(rf"[{_ESCAPE_START}]")


def _read_back(stretch: str) -> tuple[str, list[tuple[int, int]]]:
    """The letters and digits a stretch of text shows, with where each one is written in it."""
    letters: list[str] = []
    spans: list[tuple[int, int]] = []
    for unit in _UNIT.finditer(stretch):
        kind = unit.lastgroup
        if kind is None:
            continue  # a terminal command
        value = unit.group(kind)
        char = value if kind == "plain" else chr(min(int(value, 10 if kind == "html_dec" else 16), 0x10FFFF))
        if char.isascii() and char.isalnum():
            letters.append(char)
            spans.append(unit.span())
    return "".join(letters), spans


def _mask_stretch(found: re.Match[str], pieces: re.Pattern[str], masks: _Masks) -> str:
    stretch = found.group(0)
    if not _MAY_HOLD_AN_ESCAPE.search(stretch):
        # The common case, at C speed: no escape, so the letters are the text less the rest.
        letters = _NOT_LETTER_OR_DIGIT.sub("", stretch)
        if len(letters) < MIN_SECRET_LEN or not pieces.search(letters):
            return stretch
    letters, spans = _read_back(stretch)
    out: list[str] = []
    pos = 0  # in the stretch
    at = 0  # in the letters
    while (hit := pieces.search(letters, at)) is not None:
        start, end = hit.start(), _run_end(letters, hit.end(), masks.pieces)
        before, after = stretch[pos : spans[start][0]], spans[end - 1][1]
        # Right next to a run masked already (the key in part plain, in part escaped): one *** for both.
        out += [before.removesuffix(MASK), MASK]
        pos, at = after + (len(MASK) if stretch.startswith(MASK, after) else 0), end
    out.append(stretch[pos:])
    return "".join(out)


def _mask_spelled_out(text: str, pieces: re.Pattern[str], masks: _Masks) -> str:
    """Stretches of text that read back as a piece of a secret, that part masked."""
    return _STRETCH_OF_TEXT.sub(lambda found: _mask_stretch(found, pieces, masks), text)


def _mask(text: str, masks: _Masks) -> str:
    if masks.whole is not None:
        text = masks.whole.sub(MASK, text)
    pieces = masks.piece_re
    if pieces is not None:
        text = _mask_pieces(_mask_spelled_out(text, pieces, masks), pieces, masks)
    return text


def redact(text: object) -> str:
    """``text`` with every registered secret (whole or any run of 6 or more of its characters) and
    every key-bearing header value replaced by ***."""
    return _redact(text, ())


def redactor_with(extra: str | None) -> Callable[[object], str]:
    """``redact`` that also masks ``extra`` in every way it masks a registered secret, without
    registering it: for a secret that is not ours to hide from every other text of the program (a
    key another program keeps, found while reading its settings)."""
    usable = _usable(extra)
    if usable is None:
        return redact
    masks = (_compile(*_forms_and_pieces(usable)),)
    return lambda text: _redact(text, masks)


def _redact(text: object, extra: tuple[_Masks, ...]) -> str:
    if not isinstance(text, str):
        text = str(text)
    original = text
    for masks in (*extra, _masks):
        text = _mask(text, masks)
    for header_re in _HEADER_RES:
        text = header_re.sub(lambda m: m.group(1) + MASK, text)
    # Unchanged text is handed back as it came (a ``Text`` keeps its template for translation).
    return original if text == original else text


def redact_data(value: object) -> object:
    """A JSON-like structure with every string (keys included) redacted."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {redact(k) if isinstance(k, str) else k: redact_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact_data(v) for v in value]
    return value


class RedactingFilter(logging.Filter):
    """Redacts a record in place: its message with the arguments merged in, its exception text
    and its stack. Attached to handlers (a logger's filters don't see records from its children),
    so whatever reaches a file or the console has been scrubbed."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # bad format arguments must not lose the record, nor leak them raw
            message = f"{record.msg!s} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            if not record.exc_text:
                record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
            # The formatter uses exc_text as is; dropping exc_info stops any later handler from
            # formatting the raw exception again.
            record.exc_info = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class ConsoleFormatter(logging.Formatter):
    """The terminal's view of a record (``--verbose``): one line, never a traceback.

    The command line promises no traceback on stderr, and the root logger's console handler
    sees every ``log.exception`` (a crashed check, an unexpected error in ``main``) from any
    module. The traceback goes to the log file; the terminal gets the exception's last line and
    where to find the rest."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            line = super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved
        exc_text = saved[1] or ""  # RedactingFilter, which runs first, put the traceback here
        if exc_text.strip():
            where = f"the log file {_log_path}" if _log_path is not None else "the log file"
            line += f" [{exc_text.strip().splitlines()[-1]}; details in {where}]"
        return line


_MARK = "_cursor_azure_setup_handler"
_log_path: Path | None = None
_log_config: tuple[Path, bool] | None = None


def default_log_path() -> Path:
    """Where the log goes on this platform (platformdirs' user log folder)."""
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_ID)) / LOG_FILE_NAME


def current_log_path() -> Path | None:
    """The file ``setup_logging`` writes to, or None before it ran (or when no folder worked)."""
    return _log_path


def _private_temp_folder() -> Path:
    """``<temp>/cursor-azure-setup-logs-<user>``: made by this user, for this user only (0700), and
    never a link; a folder of that name someone else made or opened up is refused (OSError). The
    temp folder is shared: a fixed name there could be another user's, or a link to theirs."""
    import getpass

    try:
        user = str(os.getuid())  # type: ignore[attr-defined,unused-ignore]
    except AttributeError:  # Windows: the temp folder is the user's own already
        user = re.sub(r"[^A-Za-z0-9_.-]", "_", getpass.getuser())
    folder = Path(tempfile.gettempdir()) / f"{APP_ID}-logs-{user}"
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    info = os.lstat(folder)
    if not stat.S_ISDIR(info.st_mode):
        raise OSError(f"{folder} is not a folder of ours")
    if hasattr(os, "getuid") and (info.st_uid != os.getuid() or info.st_mode & 0o077):
        raise OSError(f"{folder} belongs to someone else or is open to others")
    return folder


def _open_log_file(path: Path) -> logging.Handler:
    from app.core.files import make_folder

    make_folder(path.parent)
    # Owner-only: the log is redacted, but it still tells where this person's key goes. Without
    # blocking: a pipe (FIFO) in its place would wait for a reader forever; only a regular file will do.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NONBLOCK", 0), 0o600)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"{path} is not a regular file")
    finally:
        os.close(fd)
    return logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )


def setup_logging(verbose: bool = False) -> Path:
    """Send the app's log, redacted, to a rotating file (1 MB x 3) in the platform's log folder;
    with ``verbose`` also to stderr at debug level. Safe to call again: the handlers it added
    before are replaced, never duplicated. Returns the log file's path."""
    global _log_path, _log_config
    wanted = default_log_path()
    with _lock:
        if _log_config == (wanted, verbose) and _log_path is not None:
            return _log_path
    teardown_logging()

    root = logging.getLogger()
    handlers: list[logging.Handler] = []
    path: Path | None = None
    # Never a crash for logging: a read-only profile falls back to a folder of this user's own in
    # the temp folder.
    for candidate in (wanted, None):
        try:
            if candidate is None:
                candidate = _private_temp_folder() / LOG_FILE_NAME
            handlers.append(_open_log_file(candidate))
            path = candidate
            break
        except OSError:
            continue
    layout = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"
    for handler in handlers:
        handler.setFormatter(logging.Formatter(layout))
    if verbose:
        console = logging.StreamHandler(sys.stderr)
        console.setFormatter(ConsoleFormatter(layout))
        handlers.append(console)

    for handler in handlers:
        handler.addFilter(RedactingFilter())
        handler.setLevel(logging.DEBUG if verbose else logging.INFO)
        setattr(handler, _MARK, True)
        root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # The HTTP stack is chatty at debug level; keep it out unless asked.
    for noisy in ("httpx2", "httpcore", "httpcore2", "hpack", "h2", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbose else logging.WARNING)
    logging.captureWarnings(True)

    with _lock:
        _log_path = path
        _log_config = (wanted, verbose)
    logging.getLogger(__name__).debug("logging to %s", path)
    return path if path is not None else wanted


def teardown_logging() -> None:
    """Remove and close the handlers ``setup_logging`` added (for tests and for re-configuring)."""
    global _log_path, _log_config
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()
    with _lock:
        _log_path = None
        _log_config = None
