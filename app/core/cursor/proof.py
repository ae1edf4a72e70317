"""Proof before writing: the exact request Cursor's Verify button sends, with these values and the
user's key. Apply from the command line runs it so values that were never checked (a typo in the
deployment, another address) are not written into Cursor; the window writes only values its checks
have just proved."""

from __future__ import annotations

import threading

from app.core.cursor.findings import Target
from app.core.errors import ServiceError
from app.core.model import DEFAULT_TIMEOUT_S, Problem, ProblemCode, Settings, Status
from app.core.redact import Secret


def verify_like_cursor(
    target: Target,
    api_key: Secret | str,
    *,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    cancel: threading.Event | None = None,
) -> Problem | None:
    """None when the service accepts Cursor's Verify request for ``target`` as Cursor would (HTTP
    200); else why not, as the checks say it. Raises Cancelled only."""
    from app.core.check_steps import CHECKS
    from app.core.service import AimlClient  # the network stack loads when first needed

    key = api_key if isinstance(api_key, Secret) else Secret(api_key)
    settings = Settings(target.base_url, target.deployment, target.alias, key, timeout_s)
    try:
        with AimlClient(target.base_url, settings.api_key, timeout_s=timeout_s, cancel=cancel) as client:
            result = CHECKS["cursor_verify"](client, settings)
    except ServiceError as exc:
        return exc.problem
    if result.status is Status.PASS:
        return None
    code = result.problem or ProblemCode.BAD_RESPONSE
    return Problem(code, result.message, result.fix, str(result.data.get("detail", "")))
