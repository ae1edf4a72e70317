"""Looking up a host name within the time an exchange has left.

The system's resolver (``getaddrinfo``) takes no time limit: with a name server that does not
answer it blocks for the resolver's own timeouts and attempts (90 s with common settings), and no
socket exists yet for a deadline or a cancel to cut. So the lookup runs on a daemon thread and is
waited for only as long as the exchange has left; a lookup given up on finishes on its own later,
and its answer is dropped.
"""

from __future__ import annotations

import ipaddress
import socket
import threading

Address = tuple[int, str]  # (address family, IP address as text)


class LookupTooSlow(Exception):
    """The name server did not answer within the time left."""


def addresses(host: str, port: int, wait_s: float | None) -> list[Address]:
    """``host``'s addresses in the resolver's order (an IP address is its own); raises
    ``socket.gaierror`` as the resolver does, or ``LookupTooSlow`` after ``wait_s`` seconds."""
    literal = _ip_literal(host)
    if literal is not None:
        return [literal]
    answer: list[list[Address]] = []
    failure: list[BaseException] = []
    done = threading.Event()

    def look_up() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            found = [(family, str(sockaddr[0])) for family, _type, _proto, _name, sockaddr in infos]
            answer.append(list(dict.fromkeys(found)))  # each address once, in the resolver's order
        except BaseException as exc:  # handed to the waiting thread
            failure.append(exc)
        finally:
            done.set()

    threading.Thread(target=look_up, name="name-lookup", daemon=True).start()
    if not done.wait(wait_s):
        raise LookupTooSlow(f"the name lookup of {host} did not answer in time")
    if failure:
        raise failure[0]
    return answer[0]


def _ip_literal(host: str) -> Address | None:
    try:
        ip = ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return None
    family = socket.AF_INET6 if ip.version == 6 else socket.AF_INET
    return family, host.strip("[]")
