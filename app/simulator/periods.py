"""Query parameters of the account routes: time windows, whole numbers, repeatable filters.

``period`` is a whole number followed by ``h`` or ``d`` (``24h``, ``7d``); or ``start`` and ``end``
in ISO-8601 (UTC when they carry no offset); never both. Bad values raise QueryError, which the
routes answer with 400.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime

_PERIOD = re.compile(r"([1-9][0-9]{0,5})([hd])")


class QueryError(ValueError):
    """A query parameter the service refuses; ``param`` names it."""

    def __init__(self, param: str, message: str) -> None:
        super().__init__(message)
        self.param = param


@dataclass(frozen=True)
class Window:
    start: float  # epoch seconds, inclusive
    end: float  # inclusive


def _one(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise QueryError(name, f"'{name}' may be given once.")
    return values[0]


def _moment(name: str, text: str) -> float:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise QueryError(name, f"'{name}' must be an ISO-8601 date and time.") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def parse_window(query: dict[str, list[str]], default_period: str = "24h") -> Window:
    period, start, end = _one(query, "period"), _one(query, "start"), _one(query, "end")
    if period is not None and (start is not None or end is not None):
        raise QueryError("period", "Use either 'period' or 'start' and 'end', not both.")
    if start is not None or end is not None:
        if start is None or end is None:
            raise QueryError("start" if start is None else "end", "'start' and 'end' go together.")
        window = Window(_moment("start", start), _moment("end", end))
        if window.start >= window.end:
            raise QueryError("end", "'end' must be after 'start'.")
        return window
    match = _PERIOD.fullmatch((default_period if period is None else period).strip())
    if match is None:
        raise QueryError("period", "'period' must be a whole number followed by h or d, such as 24h or 7d.")
    hours = int(match.group(1)) * (24 if match.group(2) == "d" else 1)
    now = time.time()
    return Window(now - hours * 3600, now)


def whole_number(query: dict[str, list[str]], name: str, default: int, low: int, high: int) -> int:
    text = _one(query, name)
    if text is None:
        return default
    if not re.fullmatch(r"[0-9]{1,9}", text.strip()) or not low <= int(text) <= high:
        raise QueryError(name, f"'{name}' must be a whole number from {low} to {high}.")
    return int(text)
