"""Do Cursor's own requests reach the service? The whole check, for the command line
(``cursor traffic``) and the window's "Check that Cursor's requests arrive" alike.

``check_traffic`` asks the service, with the key the user gave us, for its request log of the
period for this deployment (every page, up to ``account.MAX_LOG_PAGES``), the key's details
(``/v1/key``) and the model's health (``/models/metrics``); reads Cursor's settings, read-only, to
rule causes in or out; and returns ``traffic_verdict``'s result. Only the log decides the verdict:
when it cannot be read the verdict is "unknown", never "none arrived". The key's details and the
model's health only explain a failure, so their own failures are "not available", never fatal.

The service logs a request under the model's id even when it was sent with one of the model's
aliases, and Cursor sends whatever its Deployment Name holds: the log is asked for, and matched
on, every name of the deployment the catalog knows (``model_names``: ``GET /model/{name}``, the
catalog's entry for one model, gives its id and aliases).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from app.core.cursor.account import (
    LOGS_PAGE_LIMIT,
    KeyInfo,
    LogRow,
    ModelHealth,
    key_info_from_response,
    parse_metrics,
    parse_period,
    read_log_pages,
)
from app.core.cursor.findings import Target
from app.core.cursor.install import CursorInstall
from app.core.cursor.settings import CursorSettings, read_settings
from app.core.cursor.traffic import TrafficVerdict, traffic_verdict
from app.core.errors import Cancelled, ServiceError
from app.core.model import Problem, ProblemCode, Settings
from app.core.text import Text

if TYPE_CHECKING:
    from app.core.service import Balance


class AccountClient(Protocol):
    """The part of ``AimlClient`` this check uses (the service's account endpoints)."""

    def request_log(
        self,
        *,
        period: str = ...,
        models: Sequence[str] = ...,
        statuses: Sequence[str] = ...,
        limit: int = ...,
        offset: int = ...,
    ) -> dict[str, Any]: ...

    def key_info(self) -> dict[str, Any] | None: ...

    def model_health(self, aliases: Sequence[str]) -> dict[str, Any]: ...

    def balance(self) -> Balance: ...


MODEL_PATH = "/model/"


def names_in_entry(deployment: str, entry: Any) -> tuple[str, ...]:
    """The deployment, then the id and aliases of its catalog entry (``GET /model/{name}``'s
    answer, in either catalog shape). What cannot be read is left out."""
    names = [deployment]
    if isinstance(entry, dict):
        model_id = entry.get("id")
        aliases = entry.get("aliases")
        if isinstance(model_id, str):
            names.append(model_id.strip())
        if isinstance(aliases, list):
            names += [a.strip() for a in aliases if isinstance(a, str)]
    return tuple(dict.fromkeys(n for n in names if n))


def model_names(
    base_url: str, deployment: str, timeout_s: float, cancel: threading.Event | None = None
) -> tuple[str, ...]:
    """Every name the deployment's requests may be logged under, from the catalog's entry for it;
    just the deployment itself when the catalog does not know it or cannot be asked. No key is
    sent. Raises Cancelled only."""
    from app.core.service import client_request_id, new_run_id
    from app.core.transport import Transport

    headers = {"X-Client-Request-Id": client_request_id(new_run_id(), "model")}
    try:
        with Transport(base_url, timeout_s, cancel) as transport:
            reply = transport.request(
                "GET", MODEL_PATH + deployment, what=Text("the model's catalog entry"), headers=headers
            )
        entry = json.loads(reply.body.decode("utf-8"))
    except (ServiceError, ValueError, RecursionError):
        return (deployment,)
    return names_in_entry(deployment, entry)


def read_cursor_settings(install: CursorInstall | None) -> CursorSettings | None:
    """Cursor's settings, read-only, or None when there is no Cursor (nothing can be ruled out)."""
    if install is None or not install.state_db.exists():
        return None
    return read_settings(install.state_db)


def _key_info(client: AccountClient) -> KeyInfo:
    try:
        data = client.key_info()
    except ServiceError as exc:
        return KeyInfo(
            False, reason=Text("The key's details could not be read: {why}", why=exc.problem.message)
        )
    return key_info_from_response(403 if data is None else 200, data)


def _health(client: AccountClient, deployment: str) -> ModelHealth:
    try:
        return parse_metrics(client.model_health([deployment]), deployment)
    except ServiceError:
        return ModelHealth(deployment, None)


def _balance_usd(client: AccountClient) -> float | None:
    try:
        return client.balance().usd
    except ServiceError:
        return None


def timed_out(seconds: float) -> Problem:
    return Problem(
        ProblemCode.TIMEOUT,
        Text("The service's request log did not answer within {seconds:g} seconds.", seconds=seconds),
        Text("Try again in a minute; on a slow connection, raise the time limit."),
        f"the whole traffic check took longer than {seconds:g} s",
    )


def _unless_late(expired: Callable[[], bool], ask: Callable[[], Any], late: Any) -> Any:
    """``ask()``, or ``late`` when the check's deadline cut it off (the user's cancel propagates)."""
    try:
        return ask()
    except Cancelled:
        if expired():
            return late
        raise


def traffic_of(
    client: AccountClient,
    target: Target,
    since: str | None,
    settings: CursorSettings | None,
    *,
    names: Sequence[str] = (),
    now: datetime | None = None,
    expired: Callable[[], bool] = lambda: False,
    time_limit_s: float = 0.0,
) -> TrafficVerdict:
    """The verdict through ``client`` (already open, with the user's key). ``names``: every name
    the deployment's rows may carry (``model_names``). ``expired``: whether a cancel came from the
    whole check's deadline (``time_limit_s``) rather than the user. Raises InvalidInput for a bad
    ``since`` and Cancelled when cancelled; every other failure is in the verdict."""
    period, length = parse_period(since)
    now = now or datetime.now(UTC)
    names = tuple(dict.fromkeys([target.deployment, *names]))

    def page(offset: int) -> dict[str, Any]:
        return client.request_log(period=period, models=names, limit=LOGS_PAGE_LIMIT, offset=offset)

    rows: list[LogRow] = []
    complete, problem = True, None
    try:
        rows, complete = read_log_pages(page)
    except ServiceError as exc:
        problem = exc.problem
    except Cancelled:
        if not expired():
            raise
        problem = timed_out(time_limit_s)
    # What explains the verdict, asked side by side (each one's failure is "not available").
    unread = KeyInfo(False, reason=Text("The key's details could not be read in time."))
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="traffic") as pool:
        key = pool.submit(_unless_late, expired, lambda: _key_info(client), unread)
        health = pool.submit(
            _unless_late,
            expired,
            lambda: _health(client, target.deployment),
            ModelHealth(target.deployment, None),
        )
        balance = pool.submit(_unless_late, expired, lambda: _balance_usd(client), None)
        key_info, model_health, balance_usd = key.result(), health.result(), balance.result()
    return traffic_verdict(
        rows,
        target,
        now - length,
        now=now,
        settings=settings,
        key=key_info,
        health=model_health,
        logs_problem=problem,
        names=names,
        log_complete=complete,
        balance_usd=balance_usd,
    )


class _Deadline:
    """A cancel event for the whole check: set when ``seconds`` have passed or when the user's own
    ``cancel`` is set. ``expired`` tells the two apart."""

    _POLL_S = 0.05

    def __init__(self, seconds: float, cancel: threading.Event | None) -> None:
        self.seconds = seconds
        self.stop = threading.Event()
        self._user = cancel
        self._at = time.monotonic() + seconds
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="traffic-deadline", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        while not self._done.wait(self._POLL_S):
            if time.monotonic() >= self._at or (self._user is not None and self._user.is_set()):
                self.stop.set()
                return

    def expired(self) -> bool:
        user = self._user is not None and self._user.is_set()
        return self.stop.is_set() and not user

    def close(self) -> None:
        self._done.set()


def check_traffic(
    settings: Settings,
    since: str | None,
    install: CursorInstall | None,
    *,
    cancel: threading.Event | None = None,
    now: datetime | None = None,
) -> TrafficVerdict:
    """Did Cursor's requests for ``settings.deployment`` reach the service in the period ``since``
    (``30m``, ``1h``, ``7d``; default one hour), and did they succeed? ``install``: the Cursor
    found here (None: its settings rule nothing out). The whole check ends within
    ``settings.timeout_s``. Raises InvalidInput for a bad ``since`` and Cancelled when ``cancel``
    is set; every other failure (the deadline included) is in the verdict."""
    from app.core.service import AimlClient  # the network stack loads when first needed

    parse_period(since)  # bad input before any request
    cursor_settings = read_cursor_settings(install)
    target = Target.from_settings(settings)
    limit = settings.timeout_s
    deadline = _Deadline(limit, cancel)
    try:
        names = _unless_late(
            deadline.expired,
            lambda: model_names(settings.base_url, settings.deployment, limit, deadline.stop),
            (settings.deployment,),
        )
        with AimlClient(settings.base_url, settings.api_key, timeout_s=limit, cancel=deadline.stop) as c:
            return traffic_of(
                c,
                target,
                since,
                cursor_settings,
                names=names,
                now=now,
                expired=deadline.expired,
                time_limit_s=limit,
            )
    finally:
        deadline.close()
