"""Cursor's own requests, told from the service's request log: the parsers for /v2/logs, /v1/key
and /models/metrics, and the three verdicts (arrived and succeed, arrived and fail, none)."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.core.config import InvalidInput
from app.core.cursor.account import (
    key_info_from_response,
    logs_params,
    parse_logs,
    parse_metrics,
    parse_period,
    parse_time,
    read_log_pages,
)
from app.core.cursor.check import names_in_entry
from app.core.cursor.findings import FindingStatus
from app.core.cursor.traffic import CauseState, Verdict, traffic_verdict
from app.core.diagnosis import bad_response
from app.core.errors import AppError
from app.core.model import ProblemCode
from tests.cursor_fixtures import GOOD, TARGET

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
HOUR_AGO = NOW - timedelta(hours=1)


def row(minutes_ago: float, status: str = "succeeded", client_id: str | None = None, **extra: Any) -> dict:
    item = {
        "created": (NOW - timedelta(minutes=minutes_ago)).isoformat().replace("+00:00", "Z"),
        "status": status,
        "origin": "api",
        "model": TARGET.deployment,
        "cost": {"usd": 0.00124 if status == "succeeded" else 0, "credits": 2480},
        "tokens": {"prompt": 21, "completion": 12},
        "request_id": f"req-{minutes_ago}",
        "inference_id": f"inf-{minutes_ago}",
        "client_request_id": client_id,
    }
    item.update(extra)
    return item


def page(*rows: dict, has_more: bool = False, offset: int = 0) -> dict:
    return {
        "data": list(rows),
        "pagination": {"limit": 100, "offset": offset, "total": len(rows), "has_more": has_more},
    }


def verdict(*rows: dict, **kwargs: Any):
    return traffic_verdict(parse_logs(page(*rows)).rows, TARGET, HOUR_AGO, now=NOW, **kwargs)


# --- the log -----------------------------------------------------------------------------------


def test_parse_a_page() -> None:
    parsed = parse_logs(page(row(5), row(10, "failed", "cas-run1-chat"), has_more=True))
    assert len(parsed.rows) == 2 and parsed.has_more and parsed.next_offset() == 2
    first = parsed.rows[0]
    assert first.created == NOW - timedelta(minutes=5)
    assert first.succeeded and first.cost_usd == 0.00124 and first.tokens == {"prompt": 21, "completion": 12}
    assert not first.ours and parsed.rows[1].ours
    assert json.loads(json.dumps(first.to_json()))["status"] == "succeeded"


def test_last_page_has_no_next_offset() -> None:
    assert parse_logs(page(row(1))).next_offset() is None
    assert parse_logs(page(has_more=True)).next_offset() is None


@pytest.mark.parametrize("body", [None, [], "text", {"rows": []}, {"data": "x"}, {"data": None}])
def test_unknown_log_shapes_are_bad_response(body: Any) -> None:
    with pytest.raises(AppError) as caught:
        parse_logs(body)
    assert caught.value.problem.code is ProblemCode.BAD_RESPONSE


def test_odd_rows_are_skipped_not_fatal() -> None:
    odd = [
        None,
        7,
        "row",
        {"status": 3},
        {"no": "status"},
        row(3, created="not a time", cost="x", tokens=[1]),
    ]
    parsed = parse_logs({"data": odd, "pagination": {"limit": "100", "has_more": "yes"}})
    assert len(parsed.rows) == 1 and parsed.skipped == 5
    assert parsed.rows[0].created is None and parsed.rows[0].cost_usd is None and parsed.rows[0].tokens == {}
    assert parsed.limit is None and parsed.has_more is False


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-02T11:55:00Z", datetime(2026, 3, 2, 11, 55, tzinfo=UTC)),
        ("2026-03-02T11:55:00", datetime(2026, 3, 2, 11, 55, tzinfo=UTC)),
        ("2026-03-02T13:55:00+02:00", datetime(2026, 3, 2, 11, 55, tzinfo=UTC)),
        (1772452500, datetime(2026, 3, 2, 11, 55, tzinfo=UTC)),
        (1772452500000, datetime(2026, 3, 2, 11, 55, tzinfo=UTC)),
        ("", None),
        ("yesterday", None),
        (True, None),
        (float("nan"), None),
        (10**30, None),
    ],
)
def test_times(value: Any, expected: datetime | None) -> None:
    assert parse_time(value) == expected


def test_period() -> None:
    assert parse_period("1h") == ("1h", timedelta(hours=1))
    assert parse_period(" 7D ") == ("7d", timedelta(days=7))
    assert parse_period(None) == ("1h", timedelta(hours=1))
    # The service takes hours or days: minutes are asked for as the hours holding them.
    assert parse_period("30m") == ("1h", timedelta(minutes=30))
    assert parse_period("90M") == ("2h", timedelta(minutes=90))
    for bad in ("0h", "0m", "1w", "h", "1.5h", "-1h", "91d", "1h30m", "200000m", ""):
        with pytest.raises(InvalidInput):
            parse_period(bad)


def test_log_query_repeats_names_never_comma_lists() -> None:
    assert logs_params(TARGET.deployment, "1h", offset=100) == [
        ("period", "1h"),
        ("model", TARGET.deployment),
        ("limit", "100"),
        ("offset", "100"),
    ]


# --- the key -----------------------------------------------------------------------------------


def test_key_details() -> None:
    body = {
        "data": {
            "name": "cursor laptop",
            "disabled": False,
            "prefix": "a1b2c3d4",
            "scopes": ["model:chat", "model:embeddings"],
            "limit": {"retention": "month", "threshold": 25},
            "monthly_usage": 3.5,
        }
    }
    key = key_info_from_response(200, body)
    assert key.available and key.name == "cursor laptop" and key.disabled is False
    assert key.scopes == ("model:chat", "model:embeddings") and key.allows_chat
    assert (key.limit_usd, key.limit_period, key.monthly_usage_usd, key.limit_reached) == (
        25,
        "month",
        3.5,
        False,
    )
    assert "a1b2c3d4" not in json.dumps(key.to_json()) + repr(key)  # the prefix is part of the key


@pytest.mark.parametrize("status", [401, 403])
def test_key_details_refused_means_not_available(status: int) -> None:
    key = key_info_from_response(status, {"message": "forbidden"})
    assert not key.available and "does not show" in key.reason
    assert key.allows_chat is None and key.limit_reached is None


@pytest.mark.parametrize(("status", "body"), [(200, None), (200, {"data": []}), (500, {}), (200, "x")])
def test_key_details_unreadable(status: int, body: Any) -> None:
    key = key_info_from_response(status, body)
    assert not key.available and key.reason


def test_key_without_limit_or_scopes() -> None:
    key = key_info_from_response(200, {"data": {"scopes": None, "limit": None}})
    assert key.allows_chat is True and key.limit_reached is None


# --- the model's health ------------------------------------------------------------------------


def test_metrics() -> None:
    body = {
        "window_seconds": 300,
        "models": [
            {"alias": TARGET.deployment, "endpoint": "x", "metrics": {"ttft_ms": {"p50": 640, "p90": 900}}}
        ],
    }
    health = parse_metrics(body, TARGET.deployment)
    assert health.recent_success is True and health.ttft_p50_ms == 640 and health.window_seconds == 300
    absent = parse_metrics({"window_seconds": 300, "models": []}, TARGET.deployment)
    assert absent.recent_success is False and "no successful request" in absent.message
    assert "not your setup" not in absent.message  # a quiet model proves nothing
    for junk in (None, {}, {"models": "x"}, []):
        assert parse_metrics(junk, TARGET.deployment).recent_success is None


# --- verdicts ----------------------------------------------------------------------------------


def test_arrived_and_succeed() -> None:
    found = verdict(row(2), row(20), row(30, "failed"), row(1, client_id="cas-abc-chat"))
    assert found.verdict is Verdict.ARRIVED_OK and found.status is FindingStatus.PASS
    assert (found.cursor_requests, found.succeeded, found.failed, found.ours_seen) == (3, 2, 1, 1)
    assert found.last_at == NOW - timedelta(minutes=2)
    assert (
        "2 in the last hour" in found.message and "11:58 UTC" in found.message and "1 failed" in found.message
    )
    assert found.to_json()["verdict"] == "arrived_ok"


def test_our_own_playground_other_models_and_old_rows_are_not_cursors() -> None:
    found = verdict(
        row(1, client_id="cas-run-verify"),
        row(2, origin="playground"),
        row(3, model="openai/gpt-4o"),
        row(90),
    )
    assert found.verdict is Verdict.NONE_ARRIVED and found.cursor_requests == 0 and found.ours_seen == 1


def test_a_client_id_that_is_not_ours_is_cursors() -> None:
    assert verdict(row(1, client_id="someone-else")).verdict is Verdict.ARRIVED_OK


def test_arrived_and_fail_with_a_status() -> None:
    failing = row(1, "failed", status_code=403, error="You've run out of credits.")
    found = verdict(failing, row(10))
    assert found.verdict is Verdict.ARRIVED_FAILING and found.status is FindingStatus.FAIL
    assert found.problem.code is ProblemCode.NO_CREDITS
    assert "arrive but fail" in found.message and found.fix


def test_arrived_and_fail_explained_by_the_key_or_the_model() -> None:
    disabled = key_info_from_response(200, {"data": {"disabled": True}})
    over = key_info_from_response(200, {"data": {"limit": {"threshold": 10}, "monthly_usage": 10}})
    no_chat = key_info_from_response(200, {"data": {"scopes": ["model:embeddings"]}})
    sick = parse_metrics({"models": []}, TARGET.deployment)
    assert verdict(row(1, "failed"), key=disabled).problem.code is ProblemCode.INVALID_KEY
    assert verdict(row(1, "failed"), key=over).problem.code is ProblemCode.SPENDING_LIMIT
    assert verdict(row(1, "failed"), balance_usd=0.0).problem.code is ProblemCode.NO_CREDITS
    assert "scopes" in verdict(row(1, "failed"), key=no_chat).problem.message
    quiet = verdict(row(1, "failed"), health=sick)
    assert quiet.problem.code is ProblemCode.CURSOR_REQUESTS_FAILED
    assert "may be having trouble" in quiet.message and "not your setup" not in quiet.message
    generic = verdict(row(1, "failed"))
    assert generic.problem.code is ProblemCode.CURSOR_REQUESTS_FAILED and "checks" in generic.fix


def test_none_arrived_with_settings_that_rule_causes_out() -> None:
    found = verdict(settings=GOOD)
    assert found.verdict is Verdict.NONE_ARRIVED and found.problem.code is ProblemCode.CURSOR_NO_TRAFFIC
    states = {c.id: c.state for c in found.causes}
    assert states["azure_switch"] is CauseState.RULED_OUT
    assert states["settings_differ"] is CauseState.RULED_OUT
    assert states["openai_override"] is CauseState.RULED_OUT
    assert states["alias_not_selected"] is CauseState.RULED_OUT  # it is the composer's model
    assert states["plan_limits"] is CauseState.POSSIBLE and states["other_key"] is CauseState.POSSIBLE
    assert "Send one message" in found.fix


def test_none_arrived_names_what_the_settings_show() -> None:
    settings = dataclasses.replace(
        GOOD, azure_enabled=False, deployment="gemini-2.5-pro", chosen_models={"composer": "claude-4-sonnet"}
    )
    found = verdict(settings=settings)
    states = {c.id: c.state for c in found.causes}
    assert states["azure_switch"] is CauseState.LIKELY
    assert states["settings_differ"] is CauseState.LIKELY
    assert states["alias_not_selected"] is CauseState.LIKELY
    assert "Verify" in found.fix and "Apply" in found.fix


def test_none_arrived_without_settings_rules_nothing_out() -> None:
    found = verdict()
    assert {c.state for c in found.causes} == {CauseState.POSSIBLE}


def test_log_unreadable_is_unknown_never_none_arrived() -> None:
    found = traffic_verdict([], TARGET, HOUR_AGO, now=NOW, logs_problem=bad_response("The log was odd."))
    assert found.verdict is Verdict.UNKNOWN and found.status is FindingStatus.UNKNOWN
    assert "Could not read the service's request log" in found.message and found.causes == ()


def test_verdict_json_is_plain() -> None:
    out = verdict(
        row(1), key=key_info_from_response(403, None), health=parse_metrics({"models": []}, "x")
    ).to_json()
    assert json.loads(json.dumps(out)) == out
    assert out["key"]["available"] is False and out["health"]["recent_success"] is False


def test_reading_every_page() -> None:
    pages = {
        0: page(row(1), row(2), has_more=True),
        2: page(row(3), has_more=True, offset=2),
        3: page(row(4), offset=3),
    }
    asked: list[int] = []

    def fetch(offset: int) -> dict:
        asked.append(offset)
        return pages[offset]

    rows, complete = read_log_pages(fetch)
    assert complete and asked == [0, 2, 3] and len(rows) == 4


def test_reading_pages_stops_at_the_limit() -> None:
    endless = page(row(1), has_more=True)
    rows, complete = read_log_pages(
        lambda offset: {**endless, "pagination": {**endless["pagination"], "offset": offset}}, max_pages=3
    )
    assert not complete and len(rows) == 3


def test_a_bad_page_stops_with_bad_response() -> None:
    with pytest.raises(AppError) as caught:
        read_log_pages(lambda offset: page(row(1), has_more=True) if offset == 0 else "<html>")
    assert caught.value.problem.code is ProblemCode.BAD_RESPONSE


# --- the deployment's other names ----------------------------------------------------------------


def test_rows_logged_under_the_models_id_count_for_its_alias() -> None:
    alias_target = dataclasses.replace(TARGET, deployment="gemini-pro-latest")
    rows = parse_logs(page(row(1), row(2, model="gemini-pro-latest"), row(3, model="openai/gpt-4o"))).rows
    alone = traffic_verdict(rows, alias_target, HOUR_AGO, now=NOW)
    assert alone.cursor_requests == 1  # only the row that names the alias itself
    both = traffic_verdict(rows, alias_target, HOUR_AGO, now=NOW, names=[TARGET.deployment])
    assert (both.verdict, both.cursor_requests) == (Verdict.ARRIVED_OK, 2)


def test_names_from_the_catalogs_entry() -> None:
    current = {"id": "anthropic/claude-sonnet-4", "aliases": ["claude-sonnet-4-20250514", 7, ""]}
    assert names_in_entry("claude-sonnet-4-20250514", current) == (
        "claude-sonnet-4-20250514",
        "anthropic/claude-sonnet-4",
    )
    legacy = {"id": "google/gemini-2.5-pro", "type": "chat-completion"}
    assert names_in_entry("google/gemini-2.5-pro", legacy) == ("google/gemini-2.5-pro",)
    for junk in (None, [], "x", {"id": 3, "aliases": "y"}):
        assert names_in_entry("x/y", junk) == ("x/y",)


def test_periods_shorter_than_an_hour_are_said_in_minutes() -> None:
    found = traffic_verdict([], TARGET, NOW - timedelta(minutes=30), now=NOW)
    assert "in the last 30 minutes" in found.message
    assert "in the last 7 days" in traffic_verdict([], TARGET, NOW - timedelta(days=7), now=NOW).message


def test_a_log_read_in_part_says_so() -> None:
    found = traffic_verdict([], TARGET, HOUR_AGO, now=NOW, log_complete=False)
    assert found.to_json()["log_complete"] is False and "newest pages" in found.problem.detail
