"""Failures that produced no answer become a ``Problem``: the name lookup, the connection, TLS, a
proxy, a time limit, this computer's own certificate or proxy settings (answers the service did
send are ``diagnosis``'s). Exceptions are matched by type; httpx2, ssl and socket are imported only
inside the functions that need them, so importing this module stays cheap.
"""

from __future__ import annotations

from collections.abc import Iterator

from app.core.diagnosis import (
    BASE_URL_FIX,
    bad_response,
    detail_text,
    host_of,
    host_to_allow,
    is_loopback,
    slow_problem,
)
from app.core.errors import AppError, Cancelled, cancelled_problem
from app.core.model import DEFAULT_BASE_URL, KEYS_PAGE_URL, Problem, ProblemCode
from app.core.network import NotThisComputer, proxy_for
from app.core.text import Text


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(seen) < 20:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _any(chain: list[BaseException], *kinds: type[BaseException]) -> bool:
    return any(isinstance(e, kinds) for e in chain)


def stream_cut_problem(base_url: str, detail: str = "") -> Problem:
    """The answer stopped in the middle: connection cut, or the stream ended without its end mark."""
    return Problem(
        ProblemCode.BAD_RESPONSE,
        Text("The answer stopped before it was complete: the connection was cut in the middle."),
        Text(
            "Try again. If it keeps happening, a proxy or firewall may be cutting long answers: ask IT to "
            "allow streaming from {host}, or try another network.",
            host=host_to_allow(base_url),
        ),
        detail_text(detail),
    )


def _proxy_name(proxy: str) -> str:
    """A proxy's address without any user name or password in it: host and port."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(proxy)
        return f"{parts.hostname}:{parts.port}" if parts.port else parts.hostname or Text("of this computer")
    except ValueError:
        return Text("of this computer")


UNEXPECTED = Text("Something unexpected went wrong while talking to the service.")
_PROXY_VARS = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")


def problem_from_setup(exc: BaseException) -> Problem:
    """The Problem when the HTTP client cannot even be made: this computer's certificate or proxy
    settings (environment variables) are broken."""
    import os

    import httpx2

    detail = detail_text(f"{type(exc).__name__}: {exc}")
    text = str(exc).lower()
    cert_var = next((v for v in ("SSL_CERT_FILE", "SSL_CERT_DIR") if os.environ.get(v)), None)
    proxy_var = next((v for v in _PROXY_VARS if os.environ.get(v)), None)
    if "unsupported proxy scheme" in text:
        scheme = next(
            (
                (name, value.split("://", 1)[0])
                for name in _PROXY_VARS
                if "://" in (value := os.environ.get(name, "")) and not value.lower().startswith("http")
            ),
            None,
        )
        if scheme is not None:
            return Problem(
                ProblemCode.PROXY_ERROR,
                Text(
                    "This computer's proxy setting ({name}) names a {scheme} proxy, which this tool does not "
                    "support: it works through http:// and https:// proxies only.",
                    name=scheme[0],
                    scheme=scheme[1],
                ),
                Text(
                    "Ask IT for the address of an HTTP proxy to use instead (set it in HTTPS_PROXY), or "
                    "remove {name} if this computer reaches the internet without a proxy.",
                    name=scheme[0],
                ),
                detail,
            )
    if proxy_var and ("proxy" in text or isinstance(exc, httpx2.InvalidURL | httpx2.UnsupportedProtocol)):
        return Problem(
            ProblemCode.PROXY_ERROR,
            Text("This computer's proxy setting is not a valid address, so no connection can be made."),
            Text(
                "Ask IT to correct the proxy setting ({name}) on this computer, then check again.",
                name=proxy_var,
            ),
            detail,
        )
    if cert_var and isinstance(exc, OSError):  # ssl.SSLError is an OSError too
        return Problem(
            ProblemCode.TLS_ERROR,
            Text(
                "This computer's certificate setting points to a file that cannot be used, so no secure "
                "connection can be made."
            ),
            Text(
                "Ask IT to correct or remove the {name} setting (or to install the company certificate in "
                "the operating system's certificate store instead), then check again.",
                name=cert_var,
            ),
            detail,
        )
    return bad_response(Text("The connection could not be prepared on this computer."), detail)


def problem_from_exception(exc: BaseException, base_url: str) -> Problem:
    """The Problem for a failure that produced no answer (name lookup, connection, TLS, timeout, ...)."""
    try:
        return _problem_from_exception(exc, base_url)
    except Exception:  # never let diagnosis itself crash
        return bad_response(UNEXPECTED, type(exc).__name__)


def _problem_from_exception(exc: BaseException, base_url: str) -> Problem:
    # Here, not at the top: ssl and the network stack cost start-up time the window needs.
    import socket
    import ssl

    import httpx2

    if isinstance(exc, AppError):
        return exc.problem
    host = host_of(base_url)
    chain = list(_chain(exc))
    # httpx2 re-raises httpcore2's error with the same text: say each thing once.
    texts = " | ".join(dict.fromkeys(f"{type(e).__name__}: {e}" for e in chain))
    detail = detail_text(texts)
    lowered = texts.lower()

    def make(code: ProblemCode, message: str, fix: str) -> Problem:
        return Problem(code, message, fix, detail)

    if _any(chain, Cancelled):
        return cancelled_problem()
    refused = next((e for e in chain if isinstance(e, NotThisComputer)), None)
    if refused is not None:
        return Problem(
            ProblemCode.INVALID_INPUT,
            Text(
                "The Base URL uses plain http://, which is allowed only for this computer, but {host} "
                "is at {address}, another computer, so nothing was sent there.",
                host=refused.host,
                address=refused.address,
            ),
            Text("Use the https:// address of the service, such as {url}.", url=DEFAULT_BASE_URL),
            detail,
        )

    # A proxy that took the connection and then closed it (often how a proxy blocks an address):
    # the proxy's doing, neither a cut answer nor the service's certificate.
    closed_while_connecting = _any(chain, httpx2.ConnectError) and (
        _any(chain, ssl.SSLEOFError, ConnectionResetError, BrokenPipeError)
        or "eof" in lowered
        or "disconnected" in lowered
    )
    proxy = proxy_for(base_url) if closed_while_connecting else None
    if proxy is not None:
        return make(
            ProblemCode.PROXY_ERROR,
            Text(
                "The proxy {proxy} closed the connection before {host} could answer.",
                proxy=_proxy_name(proxy),
                host=host,
            ),
            Text(
                "Ask IT to check that the proxy lets this computer reach {host} (a proxy often closes "
                "connections to addresses it blocks), or try another network.",
                host=host_to_allow(base_url),
            ),
        )

    # TLS first: a certificate failure is wrapped in a connection error.
    cert_error = _any(chain, ssl.SSLCertVerificationError) or (
        "certificate_verify_failed" in lowered or "certificate verify failed" in lowered
    )
    if cert_error:
        if "expired" in lowered:
            return make(
                ProblemCode.TLS_ERROR,
                Text(
                    "The security certificate of {host} looks expired, so the connection was stopped.",
                    host=host,
                ),
                Text(
                    "Check that this computer's date and time are right; if they are, a company proxy may be "
                    "inspecting secure connections: ask IT to install the company certificate in the "
                    "operating system's certificate store."
                ),
            )
        return make(
            ProblemCode.TLS_ERROR,
            Text(
                "The secure connection to {host} could not be verified; on company networks this is usually "
                "a proxy that inspects encrypted traffic.",
                host=host,
            ),
            Text(
                "Ask IT to install the company proxy's root certificate in this computer's certificate store "
                "(the operating system's, not only the browser's), then check again. Checking is never "
                "switched off, to keep the key safe."
            ),
        )
    if "handshake" in lowered and _any(chain, httpx2.TimeoutException, TimeoutError, socket.timeout):
        # Connected, then no answer to the encryption's first words: something in the way holds
        # encrypted traffic (a slow service answers the handshake and is slow later).
        return make(
            ProblemCode.TLS_ERROR,
            Text(
                "The connection to {host} opened, but the secure connection was not set up within the "
                "time limit; a company proxy or security software may be holding encrypted traffic.",
                host=host,
            ),
            Text(
                "Try another network, or ask IT to let this computer reach {official} without inspecting "
                "its encrypted traffic.",
                official=host_to_allow(base_url),
            ),
        )
    if _any(chain, ssl.SSLError) or ("ssl" in lowered and "handshake" in lowered):
        return make(
            ProblemCode.TLS_ERROR,
            Text(
                "The secure connection to {host} failed; a company proxy or security software may be "
                "interfering with encrypted traffic.",
                host=host,
            ),
            Text(
                "Try another network, or ask IT to let this computer reach {official} (and to install the "
                "company proxy's certificate in the operating system's certificate store).",
                official=host_to_allow(base_url),
            ),
        )
    if _any(chain, httpx2.ProxyError) or ("proxy" in lowered and "407" in lowered):
        return make(
            ProblemCode.PROXY_ERROR,
            Text("The proxy between this computer and the internet refused the connection."),
            Text(
                "Ask IT to check this computer's proxy settings and to allow {official} through the proxy.",
                official=host_to_allow(base_url),
            ),
        )
    if _any(chain, httpx2.InvalidURL, httpx2.UnsupportedProtocol):
        return make(
            ProblemCode.INVALID_INPUT,
            Text("The Base URL is not a web address this tool can use."),
            BASE_URL_FIX,
        )
    if _any(chain, httpx2.LocalProtocolError):
        # Its text quotes the refused header value, which may be the key: keep only the kind.
        return Problem(
            ProblemCode.INVALID_INPUT,
            Text("The API key or a setting contains characters that cannot be sent."),
            Text(
                "Copy the key again from {keys}, with no spaces or line breaks, and paste it here.",
                keys=KEYS_PAGE_URL,
            ),
            "LocalProtocolError",
        )
    dns = _any(chain, socket.gaierror) or any(
        s in lowered
        for s in (
            "name or service not known",
            "nodename nor servname",
            "getaddrinfo failed",
            "temporary failure in name resolution",
            "no address associated",
            "name resolution",
        )
    )
    if dns:
        return make(
            ProblemCode.UNREACHABLE,
            Text("This computer could not find {host} on the internet (the name lookup failed).", host=host),
            Text(
                "Check the Base URL for typos (it should be {url}) and that you are online; on a "
                "company network ask IT whether {host} is blocked.",
                url=DEFAULT_BASE_URL,
                host=host,
            ),
        )
    if _any(chain, ConnectionRefusedError) or "connection refused" in lowered:
        fix = (
            Text("Start the simulator again (or the demo), then check again.")
            if is_loopback(base_url)
            else Text(
                "Check the Base URL (it should be {url}) and ask IT whether a firewall blocks it.",
                url=DEFAULT_BASE_URL,
            )
        )
        return make(ProblemCode.UNREACHABLE, Text("{host} refused the connection.", host=host), fix)
    if _any(chain, httpx2.ConnectTimeout) and "name lookup" in lowered:
        # No address, so nothing of the service was reached: the same root cause as a failed lookup.
        return make(
            ProblemCode.UNREACHABLE,
            Text("This computer's name service did not say where {host} is in time.", host=host),
            Text(
                "Check your internet connection and try again; if it keeps happening, ask IT whether "
                "this computer's DNS works.",
            ),
        )
    if _any(chain, httpx2.ConnectTimeout):
        return make(
            ProblemCode.TIMEOUT,
            Text("Connecting to {host} took too long.", host=host),
            Text(
                "Check your internet connection; on a company network ask IT whether a firewall blocks "
                "{host}.",
                host=host,
            ),
        )
    if _any(chain, httpx2.TimeoutException, TimeoutError):
        return slow_problem(make)
    if _any(chain, httpx2.SSEError):
        return make(
            ProblemCode.BAD_RESPONSE,
            Text("The service did not send the answer piece by piece as Cursor expects."),
            Text(
                "Check that the Base URL is exactly {url}; if it is, a proxy may be buffering answers: ask "
                "IT.",
                url=DEFAULT_BASE_URL,
            ),
        )
    # Closed while connecting is no cut answer (no answer had started): it is a failed connection.
    if not _any(chain, httpx2.ConnectError) and _any(
        chain,
        httpx2.RemoteProtocolError,
        httpx2.ReadError,
        httpx2.WriteError,
        httpx2.CloseError,
        ConnectionResetError,
        BrokenPipeError,
    ):
        if "without sending a response" in lowered or "illegal" in lowered or "invalid" in lowered:
            return make(
                ProblemCode.BAD_RESPONSE,
                Text(
                    "The server at {host} answered with something that is not a valid web answer.", host=host
                ),
                Text(
                    "Check that the Base URL is exactly {url}; if it is, a proxy or security software may "
                    "be interfering: ask IT.",
                    url=DEFAULT_BASE_URL,
                ),
            )
        return stream_cut_problem(base_url, detail)
    if _any(chain, httpx2.NetworkError) or isinstance(exc, OSError):
        return make(
            ProblemCode.UNREACHABLE,
            Text("This computer could not connect to {host}.", host=host),
            Text(
                "Check that you are online and that the Base URL is {url}; on a company network ask IT "
                "whether it is blocked.",
                url=DEFAULT_BASE_URL,
            ),
        )
    return bad_response(UNEXPECTED, detail)
