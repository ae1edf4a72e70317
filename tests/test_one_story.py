"""One run tells one story about one key, and only the right one: ``verify --json`` as a user runs it
against the simulator's account faults (out of credits in either wording, over a spending limit,
key details not shown), Cursor's exact-200 rule, and a 400 that is about our request, not the model."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from typing import Any

import pytest

from app.simulator import Simulator
from tests.cli_process import cli_env, run_cli
from tests.conftest import TEST_KEY
from tests.rawserver import RawRequest, RawServer, http_head

CHAT_ROUTE_CHECKS = ("cursor_verify", "chat", "streaming", "tool_calling")


@pytest.fixture
def sim() -> Iterator[Simulator]:
    with Simulator(api_key=TEST_KEY) as simulator:
        yield simulator


def verify(url: str, *args: str) -> tuple[int, dict[str, Any], str]:
    ran = run_cli("verify", "--base-url", url, "--json", *args, env=cli_env(AIMLAPI_API_KEY=TEST_KEY))
    checks = {c["id"]: c for c in json.loads(ran.out)["checks"]}
    return ran.code, checks, ran.err


def assert_one_story(checks: dict[str, Any], code: str) -> None:
    """The account row owns the cause; every chat row that hit it points there; nobody disagrees."""
    account = checks["account"]
    assert account["status"] == "fail" and account["problem"] == code, account
    for cid in CHAT_ROUTE_CHECKS:
        row = checks[cid]
        assert row["status"] == "skipped" and row["problem"] == code, row
        assert row["data"].get("skipped_because") == "account"
    said = " ".join(c["message"] + " " + c["fix"] for c in checks.values()).lower()
    assert "key works" not in said
    if code != "invalid_key":  # an account problem is never told as a bad key
        assert "refused this api key" not in said and "rejected" not in said


@pytest.mark.parametrize(
    "options", [{"text": "current"}, {"text": "older"}, {"text": "current", "status": 402}], ids=str
)
def test_out_of_credits_in_any_wording_is_one_account_problem(sim: Simulator, options: dict) -> None:
    sim.set_fault("no_credits", **options)
    code, checks, _err = verify(sim.url)
    assert code == 1
    assert_one_story(checks, "no_credits")
    assert "credits" in checks["account"]["message"]


def test_older_credits_text_on_the_chat_route_alone_is_not_a_bad_key() -> None:
    """Only the chat route refuses, in the older wording, while the balance still shows money: the
    chat's 403 is an account problem all the same, and the account row says so too."""
    older = (
        "You have exhausted the available [plan.rule:api_token] resource limit. Update your payment "
        "method to continue using the service. For more information please visit https://aimlapi.com/app/billing"
    )
    routes = {
        "/v2/billing": ("200 OK", {"current_balance": 5.0, "currency": "USD"}),
        "/v1/key": ("200 OK", {"data": {"name": "k", "disabled": False, "scopes": None, "limit": None}}),
        "/openai/": ("403 Forbidden", {"message": older, "statusCode": 403}),
    }
    with RawServer(service_answering(routes)) as server:
        code, checks, _err = verify(server.url)
    assert code == 1
    assert_one_story(checks, "no_credits")


def test_over_the_spending_limit_the_account_row_and_the_chat_rows_agree(sim: Simulator) -> None:
    sim.set_fault("spending_limit")
    code, checks, _err = verify(sim.url)
    assert code == 1
    assert_one_story(checks, "spending_limit")
    assert "limit" in checks["account"]["message"].lower()
    assert "aimlapi.com/app/keys" in checks["account"]["fix"]


def test_over_the_spending_limit_without_key_details_still_one_story(sim: Simulator) -> None:
    """The service will not show this key's details, so only the chat's 403 tells."""
    sim.set_fault("spending_limit")
    sim.set_fault("key_info_denied", status=403)  # replaces the fault: chat now works again
    code, checks, _err = verify(sim.url)
    # Key details that are not shown are "not available", never a bad key: everything passes.
    assert code == 0, checks
    assert checks["account"]["status"] == "pass"


def test_cursors_verify_passes_only_on_exactly_200(sim: Simulator) -> None:
    sim.set_fault("success_status", status=201)
    code, checks, _err = verify(sim.url)
    assert code == 1
    row = checks["cursor_verify"]
    assert row["status"] == "fail" and row["problem"] == "bad_response"
    assert "Invalid credentials" in row["message"] and row["fix"]
    assert row["data"]["http_status"] == 201
    # Our own requests count any 2xx as an answer.
    for cid in ("chat", "streaming", "tool_calling"):
        assert checks[cid]["status"] == "pass", checks[cid]


def test_a_400_off_the_chat_route_is_our_request_not_the_deployment(sim: Simulator) -> None:
    sim.set_fault("bad_request")  # the catalog and account routes: "Query validation error!"
    code, checks, _err = verify(sim.url)
    assert code == 1
    for cid in ("reachability", "account"):
        row = checks[cid]
        assert row["problem"] == "bad_response", row
        assert (
            "deployment" not in (row["message"] + row["fix"]).lower()
            and "model" not in row["message"].lower()
        )
    ran = run_cli("models", "--base-url", sim.url)
    assert ran.code == 1 and "deployment" not in ran.err.lower() and "refused the settings" not in ran.err


def service_answering(routes: dict[str, tuple[str, dict]]):
    """A stand-in for the service: the first route whose prefix the path starts with answers (the
    catalog lists one model when no route is given for it)."""
    catalog = {"object": "list", "data": [{"id": "google/gemini-2.5-pro", "type": "openai/chat-completions"}]}

    def handler(request: RawRequest, conn: socket.socket) -> None:
        status, body = "200 OK", catalog
        for prefix, answer in routes.items():
            if request.target.startswith(prefix):
                status, body = answer
                break
        data = json.dumps(body).encode()
        head = {"Content-Type": "application/json", "Content-Length": str(len(data)), "Connection": "close"}
        conn.sendall(http_head(status, head) + data)

    return handler


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ({"message": "Forbidden", "statusCode": 403}, "no_credits"),
        ({"error": {"message": "This API key is disabled.", "code": "403"}}, "invalid_key"),
    ],
)
def test_a_403_is_an_account_problem_unless_the_body_clearly_says_otherwise(body: dict, code: str) -> None:
    routes = {"/v": ("403 Forbidden", body), "/openai/": ("403 Forbidden", body)}
    with RawServer(service_answering(routes)) as server:
        exit_code, checks, _err = verify(server.url)
    assert exit_code == 1
    assert_one_story(checks, code)


def test_an_unclear_403_with_money_on_the_account_is_never_told_as_no_credits() -> None:
    """The balance shows $5 and the chat route answers 403 in words that name no cause: the account
    row hedges ("usually ... credits or the spending limit"), and the rows it skips must not then
    say flatly that the account has no credits left."""
    routes = {
        "/v2/billing": ("200 OK", {"current_balance": 5.0, "currency": "USD"}),
        "/v1/key": ("200 OK", {"data": {"name": "k", "disabled": False, "scopes": None, "limit": None}}),
        "/openai/": (
            "403 Forbidden",
            {"message": "This key does not have access to the model", "statusCode": 403},
        ),
    }
    with RawServer(service_answering(routes)) as server:
        code, checks, _err = verify(server.url)
    assert code == 1
    assert_one_story(checks, "no_credits")
    for cid in CHAT_ROUTE_CHECKS:
        said = checks[cid]["message"].lower()
        assert "no credits" not in said and "because of the account" in said, said
