"""The setup flow's model on its own, as a table of states: inputs x results -> each step's state,
the status line and the primary action of each page (app/core/flow.py; no Qt)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest

from app.core.flow import (
    STEPS,
    Action,
    CheckRecord,
    CursorPhase,
    CursorRecord,
    Fix,
    FlowState,
    Inputs,
    KeyState,
    Reason,
    Status,
    Step,
    StepState,
    TrafficRecord,
    Values,
    Verdict,
    derive,
    fix_for,
    fix_for_traffic,
    key_id,
    step_of_problem,
)

KEY = key_id("a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6")
V = Values(KEY, "https://api.aimlapi.com", "google/gemini-2.5-pro", "aimlapi-gemini-2.5-pro")
V_OTHER_MODEL = replace(V, deployment="anthropic/claude-3-5-haiku", alias="aimlapi-claude-3-5-haiku")
V_OTHER_KEY = replace(V, key_id=key_id("another-key-0123456789abcdef"))
V_OTHER_URL = replace(V, base_url="https://llm.example.com")

OK = Inputs(KeyState.OK, V)
SUSPECT = Inputs(KeyState.SUSPECT, V)
PASSED = CheckRecord(V, ok=True)
CURSOR_DIFFERS = CursorRecord(V.target, CursorPhase.DIFFERENT, running=False)
CURSOR_MATCHES = CursorRecord(V.target, CursorPhase.MATCHES, running=False)
ARRIVED = TrafficRecord(V, Verdict.ARRIVED_OK)

D, T, A, R, S = StepState.DONE, StepState.TODO, StepState.ATTENTION, StepState.RUNNING, StepState.STALE


@dataclass(frozen=True)
class Row:
    name: str
    state: FlowState
    steps: tuple[StepState, ...]
    status: Status
    # The primary action of the pages that matter in this row (others are not asserted).
    primary: dict[Step, Action] = field(default_factory=dict)


def checked(**kwargs: object) -> FlowState:
    """Key and model given, the checks passed for them, plus ``kwargs``."""
    return replace(FlowState(inputs=OK, passed=frozenset({Step.MODEL}), check=PASSED), **kwargs)


TABLE: list[Row] = [
    # --- inputs only
    Row("at start, nothing given", FlowState(), (T, T, T, T, T), Status.PASTE_KEY,
        {Step.KEY: Action.NEXT, Step.CHECK: Action.CHECK, Step.CURSOR: Action.CHECK_FIRST,
         Step.CONFIRM: Action.CONFIRM}),
    Row("a key that cannot be one", FlowState(inputs=Inputs(KeyState.INVALID)), (A, T, T, T, T),
        Status.FIX_KEY),
    Row("a key that looks too short is not done", FlowState(inputs=SUSPECT), (A, T, T, T, T),
        Status.FIX_KEY),
    Row("key given, model not chosen yet", FlowState(inputs=OK), (D, T, T, T, T), Status.CHOOSE_MODEL),
    Row("model chosen (Next pressed)", FlowState(inputs=OK, passed=frozenset({Step.MODEL})),
        (D, D, T, T, T), Status.RUN_CHECK, {Step.CHECK: Action.CHECK}),
    Row("a Base URL that cannot be used", FlowState(inputs=Inputs(KeyState.OK, None, frozenset({"base_url"})),
        passed=frozenset({Step.MODEL})), (D, A, T, T, T), Status.FIX_MODEL),
    # --- the checks
    Row("checking", FlowState(inputs=OK, checking=V), (D, T, R, T, T), Status.CHECKING,
        {Step.CHECK: Action.CHECKING}),
    Row("checking, with the model step not left yet: the status says checking",
        FlowState(inputs=OK).check_started(V), (D, D, R, T, T), Status.CHECKING),
    Row("passed", checked(), (D, D, D, T, T), Status.SET_UP_CURSOR,
        {Step.CHECK: Action.NEXT, Step.CURSOR: Action.APPLY}),
    Row("passed with a suspect key: the service accepted it", checked(inputs=SUSPECT), (D, D, D, T, T),
        Status.SET_UP_CURSOR),
    Row("rejected key: step 1 needs attention, not done",
        checked(check=CheckRecord(V, False, "invalid_key")), (A, D, A, T, T), Status.FIX_KEY,
        {Step.CHECK: Action.CHECK_AGAIN, Step.CURSOR: Action.CHECK_FIRST}),
    Row("unknown model: step 2 needs attention",
        checked(check=CheckRecord(V, False, "deployment_not_found")), (D, A, A, T, T), Status.FIX_MODEL),
    Row("service unreachable: the address (step 2) is in doubt",
        checked(check=CheckRecord(V, False, "unreachable")), (D, A, A, T, T), Status.FIX_MODEL),
    Row("no credits: the key and the model are fine, the check is not",
        checked(check=CheckRecord(V, False, "no_credits")), (D, D, A, T, T), Status.FIX_CHECK),
    Row("rate limited", checked(check=CheckRecord(V, False, "rate_limited")), (D, D, A, T, T),
        Status.FIX_CHECK),
    Row("key changed after a pass: the check is outdated", checked(inputs=Inputs(KeyState.OK, V_OTHER_KEY)),
        (D, D, S, T, T), Status.CHECK_OUTDATED, {Step.CHECK: Action.CHECK_AGAIN}),
    Row("Base URL edited after a pass: outdated", checked(inputs=Inputs(KeyState.OK, V_OTHER_URL)),
        (D, D, S, T, T), Status.CHECK_OUTDATED),
    Row("a rejected key, then another key typed: the old verdict no longer speaks for step 1",
        checked(check=CheckRecord(V, False, "invalid_key"), inputs=Inputs(KeyState.OK, V_OTHER_KEY)),
        (D, D, S, T, T), Status.CHECK_OUTDATED),
    Row("key cleared after a pass", checked(inputs=Inputs(KeyState.EMPTY)), (T, D, S, T, T),
        Status.PASTE_KEY),
    Row("checking again after a failure: running, the old failure no longer shown",
        checked(check=CheckRecord(V, False, "invalid_key"), checking=V), (D, D, R, T, T), Status.CHECKING),
    # --- Cursor
    Row("reading Cursor", checked(cursor_busy=True), (D, D, D, R, T), Status.READING_CURSOR,
        {Step.CURSOR: Action.APPLY}),
    Row("Cursor differs and is closed", checked(cursor=CURSOR_DIFFERS), (D, D, D, T, T), Status.APPLY,
        {Step.CURSOR: Action.APPLY}),
    Row("Cursor differs and runs", checked(cursor=replace(CURSOR_DIFFERS, running=True)), (D, D, D, T, T),
        Status.QUIT_CURSOR),
    Row("Cursor differs, running unknown", checked(cursor=replace(CURSOR_DIFFERS, running=None)),
        (D, D, D, T, T), Status.QUIT_CURSOR),
    Row("applied: the one thing left is in Cursor", checked(cursor=CURSOR_MATCHES), (D, D, D, T, T),
        Status.FINISH_IN_CURSOR, {Step.CURSOR: Action.NEXT}),
    Row("applied and the teammate moved on", checked(cursor=CURSOR_MATCHES).moved_on(Step.CURSOR),
        (D, D, D, D, T), Status.CONFIRM, {Step.CONFIRM: Action.CONFIRM}),
    Row("Cursor already had everything, key and switch included",
        checked(cursor=replace(CURSOR_MATCHES, finished=True)), (D, D, D, D, T), Status.CONFIRM),
    Row("Cursor not installed", checked(cursor=CursorRecord(V.target, CursorPhase.NOT_FOUND)),
        (D, D, D, T, T), Status.BY_HAND, {Step.CURSOR: Action.NEXT}),
    Row("Cursor not installed, copied by hand",
        checked(cursor=CursorRecord(V.target, CursorPhase.NOT_FOUND)).moved_on(Step.CURSOR),
        (D, D, D, D, T), Status.CONFIRM),
    Row("Cursor's settings unreadable", checked(cursor=CursorRecord(V.target, CursorPhase.UNREADABLE)),
        (D, D, D, A, T), Status.FIX_CURSOR, {Step.CURSOR: Action.NEXT}),
    Row("Apply failed", checked(cursor=CursorRecord(V.target, CursorPhase.APPLY_FAILED)), (D, D, D, A, T),
        Status.FIX_CURSOR),
    Row("Cursor set up, then another model chosen: Cursor's step is outdated, the check too",
        checked(cursor=CURSOR_MATCHES).moved_on(Step.CURSOR).with_inputs(Inputs(KeyState.OK, V_OTHER_MODEL)),
        (D, D, S, S, T), Status.CHECK_OUTDATED, {Step.CURSOR: Action.CHECK_FIRST}),
    Row("Cursor read for other values: read again, never applied with them",
        checked(cursor=CursorRecord(V_OTHER_MODEL.target, CursorPhase.MATCHES)), (D, D, D, T, T),
        Status.SET_UP_CURSOR, {Step.CURSOR: Action.APPLY}),
    # --- Cursor's own traffic
    Row("confirming", checked(cursor=CURSOR_MATCHES, confirming=V).moved_on(Step.CURSOR),
        (D, D, D, D, R), Status.CONFIRMING, {Step.CONFIRM: Action.CHECKING}),
    Row("Cursor's requests arrive and succeed: all set",
        checked(cursor=CURSOR_MATCHES, traffic=ARRIVED).moved_on(Step.CURSOR), (D, D, D, D, D),
        Status.ALL_SET, {Step.CONFIRM: Action.CLOSE}),
    Row("traffic proves Cursor even when its settings were never read", checked(traffic=ARRIVED),
        (D, D, D, D, D), Status.ALL_SET),
    Row("traffic proves a suspect key and an unvisited model step",
        FlowState(inputs=SUSPECT, check=PASSED, traffic=ARRIVED), (D, D, D, D, D), Status.ALL_SET),
    Row("none arrived, Cursor's settings differ: step 4 needs attention",
        checked(cursor=CURSOR_MATCHES, traffic=TrafficRecord(V, Verdict.NONE_ARRIVED, "cursor_no_traffic",
                settings_differ=True)).moved_on(Step.CURSOR),
        (D, D, D, A, A), Status.FIX_CURSOR, {Step.CONFIRM: Action.CONFIRM_AGAIN}),
    Row("none arrived, nothing wrong in Cursor's settings: send a message",
        checked(cursor=CURSOR_MATCHES, traffic=TrafficRecord(V, Verdict.NONE_ARRIVED, "cursor_no_traffic"))
        .moved_on(Step.CURSOR), (D, D, D, D, A), Status.FIX_TRAFFIC),
    Row("Cursor's requests fail with its key: step 4 needs attention",
        checked(cursor=CURSOR_MATCHES, traffic=TrafficRecord(V, Verdict.ARRIVED_FAILING, "invalid_key"))
        .moved_on(Step.CURSOR), (D, D, D, A, A), Status.FIX_CURSOR),
    Row("Cursor's requests fail for the service's own reasons",
        checked(cursor=CURSOR_MATCHES, traffic=TrafficRecord(V, Verdict.ARRIVED_FAILING, "server_error"))
        .moved_on(Step.CURSOR), (D, D, D, D, A), Status.FIX_TRAFFIC),
    Row("the log could not be read", checked(cursor=CURSOR_MATCHES,
        traffic=TrafficRecord(V, Verdict.UNKNOWN, "unreachable")).moved_on(Step.CURSOR),
        (D, D, D, D, A), Status.FIX_TRAFFIC),
    Row("confirmed, then the key changed: everything after the key is outdated",
        checked(cursor=CURSOR_MATCHES, traffic=ARRIVED).moved_on(Step.CURSOR)
        .with_inputs(Inputs(KeyState.OK, V_OTHER_KEY)), (D, D, S, S, S), Status.CHECK_OUTDATED),
]  # fmt: skip


@pytest.mark.parametrize("row", TABLE, ids=[r.name for r in TABLE])
def test_the_table_of_states(row: Row) -> None:
    view = derive(row.state)
    assert tuple(view.states[s] for s in STEPS) == row.steps
    assert view.status is row.status
    for step, action in row.primary.items():
        assert view.primary[step].action is action, step


@pytest.mark.parametrize("row", TABLE, ids=[r.name for r in TABLE])
def test_the_status_line_is_about_the_first_open_step_or_the_busy_one(row: Row) -> None:
    """The status line, the step list and the pages agree: the status is about the step at work,
    else the first step that is not done; every step before it is done."""
    view = derive(row.state)
    if view.status is Status.ALL_SET:
        assert view.status_step is None and all(s is D for s in view.states.values())
        return
    assert view.status_step is not None
    if view.states[view.status_step] is not R:
        assert all(view.states[s] is D for s in STEPS if s < view.status_step)


@pytest.mark.parametrize("row", TABLE, ids=[r.name for r in TABLE])
def test_no_step_is_done_while_a_later_one_blames_it(row: Row) -> None:
    view = derive(row.state)
    check = row.state.check
    if check is not None and not check.ok and check.values == row.state.values and not row.state.checking:
        blamed = step_of_problem(check.problem)
        if blamed is not None:
            assert view.states[blamed] is A
    traffic = row.state.traffic
    if traffic is not None and traffic.values == row.state.values and traffic.settings_differ:
        assert view.states[Step.CURSOR] is A


def test_cursor_running_disables_apply_with_the_reason() -> None:
    running = derive(checked(cursor=replace(CURSOR_DIFFERS, running=True))).primary[Step.CURSOR]
    assert (running.action, running.enabled, running.reason) == (Action.APPLY, False, Reason.CURSOR_RUNNING)
    unknown = derive(checked(cursor=replace(CURSOR_DIFFERS, running=None))).primary[Step.CURSOR]
    assert (unknown.enabled, unknown.reason) == (False, Reason.CURSOR_RUNNING_UNKNOWN)
    closed = derive(checked(cursor=CURSOR_DIFFERS)).primary[Step.CURSOR]
    assert (closed.enabled, closed.reason) == (True, None)


def test_the_check_button_says_check_the_first_time_and_check_again_after() -> None:
    first = FlowState(inputs=OK, passed=frozenset({Step.MODEL}))
    assert derive(first).primary[Step.CHECK].action is Action.CHECK
    failed = first.check_started(V).check_finished(CheckRecord(V, False, "no_credits"))
    assert derive(failed).primary[Step.CHECK].action is Action.CHECK_AGAIN
    passed = first.check_started(V).check_finished(PASSED)
    assert derive(passed).primary[Step.CHECK].action is Action.NEXT
    edited = passed.with_inputs(Inputs(KeyState.OK, V_OTHER_URL))
    assert derive(edited).primary[Step.CHECK].action is Action.CHECK_AGAIN


def test_an_answer_for_values_no_longer_being_checked_is_not_shown() -> None:
    """Check pressed, values changed, Check pressed again: the first run's late answer changes nothing."""
    state = FlowState(inputs=OK).check_started(V).with_inputs(Inputs(KeyState.OK, V_OTHER_URL))
    state = state.check_started(V_OTHER_URL)
    late = state.check_finished(CheckRecord(V, False, "invalid_key"))
    assert late == state
    done = late.check_finished(CheckRecord(V_OTHER_URL, True))
    assert derive(done).states[Step.CHECK] is D and derive(done).states[Step.KEY] is D


def test_a_fresh_read_showing_differences_undoes_the_teammates_next() -> None:
    state = checked(cursor=CURSOR_MATCHES).moved_on(Step.CURSOR)
    assert derive(state).states[Step.CURSOR] is D
    state = state.cursor_reading().cursor_read(CURSOR_DIFFERS)
    assert derive(state).states[Step.CURSOR] is T and state.cursor_done is None


@pytest.mark.parametrize(
    ("problem", "fix"),
    [
        ("invalid_key", Fix.CHANGE_KEY),
        ("no_credits", Fix.OPEN_BILLING),
        ("deployment_not_found", Fix.CHOOSE_MODEL),
        ("no_tool_call", Fix.CHOOSE_MODEL),
        ("unreachable", Fix.CHECK_ADDRESS),
        ("tls_error", Fix.CHECK_ADDRESS),
        ("rate_limited", Fix.NONE),
        ("server_error", Fix.NONE),
        (None, Fix.NONE),
    ],
)
def test_each_failure_has_its_one_fix(problem, fix) -> None:
    assert fix_for(problem) is fix


def test_traffic_fixes() -> None:
    assert fix_for_traffic("cursor_no_traffic", settings_differ=True) is Fix.SET_UP_CURSOR
    assert fix_for_traffic("no_credits", settings_differ=False) is Fix.OPEN_BILLING
    assert fix_for_traffic("server_error", settings_differ=False) is Fix.NONE


def test_the_key_fingerprint_tells_keys_apart_and_is_not_the_key() -> None:
    key = "a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6"
    assert key_id(key) == key_id(key) != key_id(key + "x")
    assert key not in key_id(key) and key[:8] not in key_id(key)
