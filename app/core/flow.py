"""The setup flow as a plain state machine: what the teammate gave, what the checks proved with it,
what Cursor has, and what Cursor's own traffic showed -> each step's state, the status line and
each page's primary action.

The window is one view of it: it reports what happened (``FlowState`` transitions) and renders
``derive(state)``; tests drive the model directly. One story follows from deriving everything from
one state:

- a result belongs to the values it was made with (``Values``): the moment an input changes, every
  result made with other values is stale;
- an earlier step is never "done" while a later result says it is wrong: a rejected key puts the
  key step in doubt, an unknown model the model step, Cursor's requests failing for its settings
  the Cursor step;
- the status line is the first step that is not done (or the one at work), so the step list, the
  status line and the pages say the same thing.

The key itself never enters this module: ``key_id`` is a salted fingerprint, only good for telling
within this process whether the key changed.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field, replace
from enum import IntEnum, StrEnum

_SALT = os.urandom(16)  # per process: a fingerprint means nothing outside it


class Step(IntEnum):
    KEY = 1
    MODEL = 2
    CHECK = 3
    CURSOR = 4
    CONFIRM = 5


STEPS: tuple[Step, ...] = tuple(Step)


class StepState(StrEnum):
    TODO = "todo"
    DONE = "done"
    ATTENTION = "attention"  # something here is wrong: the step says what to fix
    RUNNING = "running"  # checking, reading or writing for this step right now
    STALE = "stale"  # a result made with other values than the ones given now


class KeyState(StrEnum):
    EMPTY = "empty"
    INVALID = "invalid"  # cannot be a key (a control character, nothing left after cleaning)
    SUSPECT = "suspect"  # usable, with a warning (looks too short, looks like another kind of secret)
    OK = "ok"


def key_id(key: str) -> str:
    """A fingerprint of the key, to tell whether it changed (never the key, never stored)."""
    return hmac.new(_SALT, key.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()[:16]


@dataclass(frozen=True)
class Values:
    """The values a result was made with, normalised (``key_id`` stands for the key)."""

    key_id: str
    base_url: str
    deployment: str
    alias: str

    @property
    def target(self) -> tuple[str, str, str]:
        """What Cursor should have: everything but the key."""
        return (self.base_url, self.deployment, self.alias)


@dataclass(frozen=True)
class Inputs:
    """What the teammate has given now. ``values`` is None while any input is not valid;
    ``invalid`` names the model step's fields that are not (base_url, deployment, alias, timeout)."""

    key: KeyState = KeyState.EMPTY
    values: Values | None = None
    invalid: frozenset[str] = frozenset()


# --- what a problem says about the steps before it --------------------------------------------

# A failure with one of these codes puts an earlier step's input in doubt.
_PROBLEM_STEP: dict[str, Step] = {
    "invalid_key": Step.KEY,
    "deployment_not_found": Step.MODEL,
    "unsupported_parameter": Step.MODEL,
    "no_tool_call": Step.MODEL,
    "unreachable": Step.MODEL,  # the service's address is on the model step (Advanced)
    "tls_error": Step.MODEL,
    "bad_response": Step.MODEL,
}


class Fix(StrEnum):
    """The one thing to do about a failure, as a button beside it."""

    CHANGE_KEY = "change_key"
    OPEN_BILLING = "open_billing"
    CHOOSE_MODEL = "choose_model"
    CHECK_ADDRESS = "check_address"
    SET_UP_CURSOR = "set_up_cursor"
    NONE = "none"  # wait and try again: the words say what


_FIX: dict[str, Fix] = {
    "invalid_key": Fix.CHANGE_KEY,
    "no_credits": Fix.OPEN_BILLING,
    "deployment_not_found": Fix.CHOOSE_MODEL,
    "unsupported_parameter": Fix.CHOOSE_MODEL,
    "no_tool_call": Fix.CHOOSE_MODEL,
    "unreachable": Fix.CHECK_ADDRESS,
    "tls_error": Fix.CHECK_ADDRESS,
    "bad_response": Fix.CHECK_ADDRESS,
    "invalid_input": Fix.NONE,
}


def step_of_problem(problem: str | None) -> Step | None:
    """The earlier step whose input a check's failure puts in doubt, if any."""
    return _PROBLEM_STEP.get(problem or "")


def fix_for(problem: str | None) -> Fix:
    """The action offered beside a failure of the checks."""
    return _FIX.get(problem or "", Fix.NONE)


def fix_for_traffic(problem: str | None, settings_differ: bool) -> Fix:
    """The action offered beside a verdict on Cursor's own requests."""
    if settings_differ or problem in ("deployment_not_found", "cursor_no_traffic"):
        return Fix.SET_UP_CURSOR
    if problem == "no_credits":
        return Fix.OPEN_BILLING
    if problem == "invalid_key":
        return Fix.SET_UP_CURSOR  # Cursor holds another key: paste this one there again
    return Fix.NONE


# --- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckRecord:
    """The checks ran with ``values``: passed (warnings allowed) or not, and the first failure."""

    values: Values
    ok: bool
    problem: str | None = None


class CursorPhase(StrEnum):
    NOT_FOUND = "not_found"  # Cursor is not on this computer: the values are copied by hand
    UNREADABLE = "unreadable"  # found, but its settings could not be read
    DIFFERENT = "different"  # what Apply writes differs from the checked values
    MATCHES = "matches"  # Base URL, Deployment Name and the custom model are the checked ones
    APPLY_FAILED = "apply_failed"  # Apply was refused or failed for another reason than Cursor running


@dataclass(frozen=True)
class CursorRecord:
    """Cursor's side as read (or written) for ``target``. ``running``: None when it could not be
    told; ``finished``: the key and the Azure switch read as set (nothing left to do in Cursor)."""

    target: tuple[str, str, str]
    phase: CursorPhase
    running: bool | None = False
    finished: bool = False


class Verdict(StrEnum):
    ARRIVED_OK = "arrived_ok"
    ARRIVED_FAILING = "arrived_failing"
    NONE_ARRIVED = "none_arrived"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class TrafficRecord:
    """The verdict on Cursor's own requests, for ``values``. ``settings_differ``: the likely cause is
    Cursor's Base URL or Deployment Name."""

    values: Values
    verdict: Verdict
    problem: str | None = None
    settings_differ: bool = False


# --- the view: what the window shows ------------------------------------------------------------


class Action(StrEnum):
    """A page's primary action (the one filled button)."""

    NEXT = "next"
    CHECK = "check"  # the first time
    CHECK_AGAIN = "check_again"
    CHECKING = "checking"  # at work: shown disabled
    CHECK_FIRST = "check_first"  # go back to the checks: Cursor gets only checked values
    APPLY = "apply"
    CONFIRM = "confirm"  # ask the service whether Cursor's requests arrive
    CONFIRM_AGAIN = "confirm_again"
    CLOSE = "close"


class Reason(StrEnum):
    """Why a primary action is disabled."""

    CURSOR_RUNNING = "cursor_running"
    CURSOR_RUNNING_UNKNOWN = "cursor_running_unknown"
    CURSOR_READING = "cursor_reading"
    BUSY = "busy"


@dataclass(frozen=True)
class Primary:
    action: Action
    enabled: bool = True
    reason: Reason | None = None


class Status(StrEnum):
    """The status line: what to do next, in one sentence (the window words each one)."""

    PASTE_KEY = "paste_key"
    FIX_KEY = "fix_key"
    CHOOSE_MODEL = "choose_model"
    FIX_MODEL = "fix_model"
    RUN_CHECK = "run_check"
    CHECKING = "checking"
    FIX_CHECK = "fix_check"
    CHECK_OUTDATED = "check_outdated"
    READING_CURSOR = "reading_cursor"
    SET_UP_CURSOR = "set_up_cursor"
    APPLY = "apply"
    QUIT_CURSOR = "quit_cursor"
    FINISH_IN_CURSOR = "finish_in_cursor"
    BY_HAND = "by_hand"
    FIX_CURSOR = "fix_cursor"
    CURSOR_OUTDATED = "cursor_outdated"
    CONFIRM = "confirm"
    CONFIRMING = "confirming"
    FIX_TRAFFIC = "fix_traffic"
    CONFIRM_OUTDATED = "confirm_outdated"
    ALL_SET = "all_set"


@dataclass(frozen=True)
class FlowView:
    states: dict[Step, StepState]
    status: Status
    status_step: Step | None  # the step the status line is about (None: all set)
    primary: dict[Step, Primary]

    def state(self, step: int) -> StepState:
        return self.states[Step(step)]

    def primary_of(self, step: int) -> Primary:
        return self.primary[Step(step)]


# --- the state and its transitions ----------------------------------------------------------------


@dataclass(frozen=True)
class FlowState:
    inputs: Inputs = field(default_factory=Inputs)
    passed: frozenset[Step] = frozenset()  # pages the teammate moved on from with Next
    checking: Values | None = None
    check: CheckRecord | None = None
    cursor_busy: bool = False  # reading or writing Cursor's settings
    cursor: CursorRecord | None = None
    cursor_done: Values | None = None  # "the one thing left in Cursor" done, for these values
    confirming: Values | None = None
    traffic: TrafficRecord | None = None

    @property
    def values(self) -> Values | None:
        return self.inputs.values

    # Each transition returns a new state; nothing else changes it.
    def with_inputs(self, inputs: Inputs) -> FlowState:
        return replace(self, inputs=inputs)

    def moved_on(self, step: Step) -> FlowState:
        """Next pressed on ``step``: its choice is made (the Cursor step: the rest is done in Cursor)."""
        state = replace(self, passed=self.passed | {step})
        if step is Step.CURSOR and self.values is not None:
            state = replace(state, cursor_done=self.values)
        return state

    def check_started(self, values: Values) -> FlowState:
        # Checking is choosing: the model step's values are the ones to check.
        return replace(self, checking=values, passed=self.passed | {Step.MODEL})

    def check_finished(self, record: CheckRecord) -> FlowState:
        if self.checking is not None and self.checking != record.values:
            return self  # a newer run with other values is going: this answer is not shown
        return replace(self, checking=None, check=record)

    def check_stopped(self) -> FlowState:
        return replace(self, checking=None)

    def cursor_reading(self) -> FlowState:
        return replace(self, cursor_busy=True)

    def cursor_read(self, record: CursorRecord) -> FlowState:
        cursor_done = self.cursor_done
        if record.phase is CursorPhase.DIFFERENT:
            cursor_done = None  # Cursor no longer has the values: the one thing left is not enough
        return replace(self, cursor_busy=False, cursor=record, cursor_done=cursor_done)

    def cursor_idle(self) -> FlowState:
        return replace(self, cursor_busy=False)

    def confirm_started(self, values: Values) -> FlowState:
        return replace(self, confirming=values)

    def confirmed(self, record: TrafficRecord) -> FlowState:
        if self.confirming is not None and self.confirming != record.values:
            return self
        return replace(self, confirming=None, traffic=record)

    def confirm_stopped(self) -> FlowState:
        return replace(self, confirming=None)


# --- deriving the view ----------------------------------------------------------------------------


def _check_state(s: FlowState) -> StepState:
    if s.checking is not None:
        return StepState.RUNNING
    if s.check is None:
        return StepState.TODO
    if s.check.values != s.values:
        return StepState.STALE
    return StepState.DONE if s.check.ok else StepState.ATTENTION


def _checked_ok(s: FlowState) -> bool:
    return s.check is not None and s.check.ok and s.values is not None and s.check.values == s.values


def _failed_now(s: FlowState) -> str | None:
    """The problem of the checks made with the current values, when they failed."""
    if s.check is not None and not s.check.ok and s.check.values == s.values and s.checking is None:
        return s.check.problem
    return None


def _traffic_now(s: FlowState) -> TrafficRecord | None:
    if s.traffic is not None and s.values is not None and s.traffic.values == s.values:
        return s.traffic
    return None


def _traffic_blames_cursor(s: FlowState) -> bool:
    traffic = _traffic_now(s)
    if traffic is None or traffic.verdict is Verdict.ARRIVED_OK:
        return False
    return fix_for_traffic(traffic.problem, traffic.settings_differ) is Fix.SET_UP_CURSOR and (
        traffic.settings_differ or traffic.verdict is Verdict.ARRIVED_FAILING
    )


def _key_state(s: FlowState) -> StepState:
    key = s.inputs.key
    if key is KeyState.EMPTY:
        return StepState.TODO
    if key is KeyState.INVALID or step_of_problem(_failed_now(s)) is Step.KEY:
        return StepState.ATTENTION
    if key is KeyState.SUSPECT and not _checked_ok(s):
        return StepState.ATTENTION
    return StepState.DONE


def _model_state(s: FlowState) -> StepState:
    if s.inputs.invalid or step_of_problem(_failed_now(s)) is Step.MODEL:
        return StepState.ATTENTION
    if Step.MODEL in s.passed or _checked_ok(s):
        return StepState.DONE
    return StepState.TODO


def _cursor_state(s: FlowState) -> StepState:
    values = s.values
    traffic = _traffic_now(s)
    if s.cursor_busy:
        return StepState.RUNNING
    if traffic is not None and traffic.verdict is Verdict.ARRIVED_OK:
        return StepState.DONE  # Cursor's own requests work: it is set up, whatever was read
    if _traffic_blames_cursor(s):
        return StepState.ATTENTION
    cursor = s.cursor
    if s.cursor_done is not None and s.cursor_done != values:
        return StepState.STALE  # Cursor was set up for other values
    if not _checked_ok(s) or cursor is None or values is None:
        return StepState.TODO  # Cursor gets only values the checks proved
    if cursor.target != values.target:
        return StepState.TODO  # read for other values: it is read again for these
    done_by_hand = s.cursor_done == values
    if cursor.phase in (CursorPhase.UNREADABLE, CursorPhase.APPLY_FAILED):
        return StepState.DONE if done_by_hand else StepState.ATTENTION
    if cursor.phase is CursorPhase.NOT_FOUND:
        return StepState.DONE if done_by_hand else StepState.TODO
    if cursor.phase is CursorPhase.MATCHES and (done_by_hand or cursor.finished):
        return StepState.DONE
    return StepState.TODO


def _confirm_state(s: FlowState) -> StepState:
    if s.confirming is not None:
        return StepState.RUNNING
    if s.traffic is None:
        return StepState.TODO
    if s.traffic.values != s.values:
        return StepState.STALE
    return StepState.DONE if s.traffic.verdict is Verdict.ARRIVED_OK else StepState.ATTENTION


def _status(step: Step, state: StepState, s: FlowState) -> Status:
    if step is Step.KEY:
        return Status.PASTE_KEY if state is StepState.TODO else Status.FIX_KEY
    if step is Step.MODEL:
        return Status.CHOOSE_MODEL if state is StepState.TODO else Status.FIX_MODEL
    if step is Step.CHECK:
        return {
            StepState.TODO: Status.RUN_CHECK,
            StepState.RUNNING: Status.CHECKING,
            StepState.STALE: Status.CHECK_OUTDATED,
            StepState.ATTENTION: Status.FIX_CHECK,
        }[state]
    if step is Step.CURSOR:
        if state is StepState.RUNNING:
            return Status.READING_CURSOR
        if state is StepState.STALE:
            return Status.CURSOR_OUTDATED
        if state is StepState.ATTENTION:
            return Status.FIX_CURSOR
        cursor = s.cursor
        current = cursor is not None and s.values is not None and cursor.target == s.values.target
        phase = cursor.phase if cursor is not None and current else None
        if phase is CursorPhase.DIFFERENT:
            return Status.APPLY if cursor is not None and cursor.running is False else Status.QUIT_CURSOR
        if phase is CursorPhase.MATCHES:
            return Status.FINISH_IN_CURSOR
        if phase is CursorPhase.NOT_FOUND:
            return Status.BY_HAND
        return Status.SET_UP_CURSOR
    return {
        StepState.TODO: Status.CONFIRM,
        StepState.RUNNING: Status.CONFIRMING,
        StepState.STALE: Status.CONFIRM_OUTDATED,
        StepState.ATTENTION: Status.FIX_TRAFFIC,
    }[state]


def _primary(step: Step, states: dict[Step, StepState], s: FlowState) -> Primary:
    if step in (Step.KEY, Step.MODEL):
        return Primary(Action.NEXT)
    if step is Step.CHECK:
        if s.checking is not None:
            return Primary(Action.CHECKING, enabled=False, reason=Reason.BUSY)
        if states[Step.CHECK] is StepState.DONE:
            return Primary(Action.NEXT)
        return Primary(Action.CHECK if s.check is None else Action.CHECK_AGAIN)
    if step is Step.CURSOR:
        if not _checked_ok(s):
            return Primary(Action.CHECK_FIRST)
        cursor = s.cursor
        if s.cursor_busy or cursor is None or (s.values is not None and cursor.target != s.values.target):
            return Primary(Action.APPLY, enabled=False, reason=Reason.CURSOR_READING)
        if cursor.phase is CursorPhase.DIFFERENT:
            if cursor.running is None:
                return Primary(Action.APPLY, enabled=False, reason=Reason.CURSOR_RUNNING_UNKNOWN)
            if cursor.running:
                return Primary(Action.APPLY, enabled=False, reason=Reason.CURSOR_RUNNING)
            return Primary(Action.APPLY)
        return Primary(Action.NEXT)
    if s.confirming is not None:
        return Primary(Action.CHECKING, enabled=False, reason=Reason.BUSY)
    if states[Step.CONFIRM] is StepState.DONE:
        return Primary(Action.CLOSE)
    return Primary(Action.CONFIRM if s.traffic is None else Action.CONFIRM_AGAIN)


def derive(s: FlowState) -> FlowView:
    """Each step's state, the status line and each page's primary action, from one state."""
    states = {
        Step.KEY: _key_state(s),
        Step.MODEL: _model_state(s),
        Step.CHECK: _check_state(s),
        Step.CURSOR: _cursor_state(s),
        Step.CONFIRM: _confirm_state(s),
    }
    # Cursor's own requests arriving and succeeding prove everything before them.
    traffic = _traffic_now(s)
    if traffic is not None and traffic.verdict is Verdict.ARRIVED_OK and s.confirming is None:
        for step in (Step.KEY, Step.MODEL, Step.CHECK, Step.CURSOR):
            if states[step] is not StepState.RUNNING:
                states[step] = StepState.DONE
    busy = next((step for step in STEPS if states[step] is StepState.RUNNING), None)
    first_open = next((step for step in STEPS if states[step] is not StepState.DONE), None)
    about = busy or first_open
    status = _status(about, states[about], s) if about is not None else Status.ALL_SET
    primary = {step: _primary(step, states, s) for step in STEPS}
    return FlowView(states, status, about, primary)
