"""The window as a screen reader meets it: read over AT-SPI from another process.

The real app (demo mode) runs on its own X display and D-Bus session with accessibility on; the
probe (system Python + pyatspi) reads its accessible tree and presses buttons through AT-SPI:
Next, Next, Check, as a screen reader user would.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.atspi import KEY_EVENTS, Node, ProbeError, accessible_app, find

ROOT = Path(__file__).resolve().parents[1]
APP = [sys.executable, "-m", "app", "--demo"]
STEP_TITLES = ["Your API key", "Choose the model", "Check it works", "Set up Cursor", "Confirm in Cursor"]
ITEMS = [f"Step {n} of 5: {title}" for n, title in enumerate(STEP_TITLES, 1)]  # the step list's items
RESULT = "Everything works"  # the verdict once the demo checks passed
# On the check page, the last one built just after the first paint (steps 4 and 5: when first shown).
LAST_BUILT = "Sends the request Cursor's Verify button sends"
CURSOR_PAGE = "Puts the checked values into Cursor's settings"  # step 4's intro
CONTROLS = {
    "push button",
    "check box",
    "radio button",
    "toggle button",
    "text",
    "password text",
    "spin button",
}

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="AT-SPI is the Linux accessibility bus"
)


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Node:
    """The window's tree at start, once the pages built after the first paint are there."""
    with accessible_app(APP, tmp_path_factory.mktemp("home")) as app:
        return app.tree(wait_for=LAST_BUILT)


@pytest.fixture(scope="module")
def verified(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Next, Next, Check pressed through AT-SPI; the events until the result showed, and the tree;
    then Next once more: the tree on step 4 ("at_cursor")."""
    with accessible_app(APP, tmp_path_factory.mktemp("home")) as app:
        app.tree(wait_for=LAST_BUILT)
        assert app.press("Next", until="Step 2 of 5")["seen"]
        assert app.press("Next", until="Step 3 of 5")["seen"]
        result = app.press("Check", until=RESULT)
        at_cursor = app.press("Next", until=CURSOR_PAGE)
        assert at_cursor["seen"]
        yield {**result, "at_cursor": at_cursor["tree"]}


@pytest.fixture(scope="module")
def step_list(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """The step list used from outside: on the keyboard (Tab in from Next, the arrows, a letter,
    Enter), by a step's own action, through Next; then asked everything a screen reader may ask."""
    with accessible_app(APP, tmp_path_factory.mktemp("home")) as app:
        app.tree(wait_for=LAST_BUILT)
        typed = app.keys(
            ["Tab", "Down", "Up", "End", "Home", "s", "Return"], click=STEP_TITLES[0], focus="Next"
        )
        try:  # what an item cannot do fails its own test below, not every test of the list
            pressed = app.press(ITEMS[1], role="list item", until=ITEMS[1], events=KEY_EVENTS)
        except ProbeError as exc:
            pressed = {"error": str(exc)[:300]}
        after_next = app.press("Next", until=ITEMS[2], events=KEY_EVENTS)
        answers = app.poke("Steps")
        yield {
            "keys": {step["key"]: step for step in typed["keys"]},
            "after_keys": typed["tree"],
            "pressed": pressed,
            "after_next": after_next,
            "answers": answers,
            "alive": app.alive(),
            "log": app.output(),
        }


def _steps(tree: Node) -> Node:
    (steps,) = [n for n in find(tree, name="Steps") if n["role"] in ("list", "list box")]
    return steps


def _last_focus(events: list[dict[str, Any]]) -> str:
    moves = [f"{e['source_role']}:{e['source_name']}" for e in events if e["type"] == "focus:"]
    return moves[-1] if moves else ""


def _selection_changes(events: list[dict[str, Any]]) -> set[tuple[str, int]]:
    return {(e["source_name"], e["detail1"]) for e in events if e["type"] == "object:state-changed:selected"}


def _names(tree: Node, role: str) -> list[str]:
    return [n["name"] for n in find(tree, role=role)]


def test_the_window_is_on_the_accessibility_bus_with_its_title(tree) -> None:
    assert tree["role"] == "application"
    assert "Cursor Azure Setup" in _names(tree, "frame")


def test_the_primary_button_is_named_as_it_reads(tree) -> None:
    (primary,) = find(tree, role="push button", name="Next")
    assert {"enabled", "focusable", "showing"} <= set(primary["states"])
    assert "Enter" in primary["description"]  # its tooltip says the shortcut


def test_the_step_list_is_a_list_of_named_steps_with_their_state(tree) -> None:
    steps = _steps(tree)
    items = [(c["name"], c["description"]) for c in steps["children"]]
    assert items[0] == ("Step 1 of 5: Your API key", "Done")  # the demo key is in
    assert items[1] == ("Step 2 of 5: Choose the model", "To do")
    assert "focusable" in steps["states"]
    assert [c["role"] for c in steps["children"]] == ["list item"] * 5
    assert [c["children"] for c in steps["children"]] == [[]] * 5  # the words are said once, as the name
    assert ["selected" in c["states"] for c in steps["children"]] == [True, False, False, False, False]
    # Which step is shown, asked of the list as a screen reader asks on arriving in it (Selection).
    assert steps["selected"] == [ITEMS[0]]
    # Each step can be pressed (gone into) or focused by an assistive technology.
    assert all({"Press", "SetFocus"} <= set(c["actions"]) for c in steps["children"])


def test_the_step_list_says_each_steps_state_as_it_changes(verified) -> None:
    """After Next, Next, Check: the steps done say so; then on step 4."""
    for tree in (verified["tree"], verified["at_cursor"]):
        items = {c["name"]: c["description"] for c in _steps(tree)["children"]}
        assert [items[name] for name in ITEMS[:3]] == ["Done", "Done", "Done"], items


def test_tab_into_the_step_list_lands_on_the_step_shown(step_list) -> None:
    tab = step_list["keys"]["Tab"]
    # The list first, then its current item: what Orca says last is "Step 1 of 5: Your API key".
    assert _last_focus(tab["events"]) == f"list item:{ITEMS[0]}", tab["events"]
    assert f"list item:{ITEMS[0]}" in tab["focused"] and "list:Steps" in tab["focused"]


@pytest.mark.parametrize(
    ("key", "before", "after"), [("Down", 1, 2), ("Up", 2, 1), ("End", 1, 5), ("Home", 5, 1), ("s", 1, 4)]
)
def test_the_keys_move_the_focus_and_the_selection_in_the_step_list(step_list, key, before, after) -> None:
    """Each move is said (the focus) and the step shown follows (the selection), as in a Qt list."""
    step = step_list["keys"][key]
    assert _last_focus(step["events"]) == f"list item:{ITEMS[after - 1]}", step["events"]
    assert f"list item:{ITEMS[after - 1]}" in step["focused"]
    assert {(ITEMS[after - 1], 1), (ITEMS[before - 1], 0)} <= _selection_changes(step["events"])
    assert any(
        e["type"] == "object:selection-changed" and e["source_name"] == "Steps" for e in step["events"]
    )


def test_enter_in_the_step_list_goes_into_the_step(step_list) -> None:
    step = step_list["keys"]["Return"]
    assert not any(name.startswith("list") for name in step["focused"]), step["focused"]
    shown = [n["name"] for n in find(step_list["after_keys"], role="heading") if "showing" in n["states"]]
    assert shown == [STEP_TITLES[3]]  # "s" had moved to "Set up Cursor"


def test_a_step_pressed_from_outside_is_shown_and_the_next_one_follows(step_list) -> None:
    pressed, after_next = step_list["pressed"], step_list["after_next"]
    assert "error" not in pressed, pressed
    shown = [n["name"] for n in find(pressed["tree"], role="heading") if "showing" in n["states"]]
    assert shown == [STEP_TITLES[1]]
    assert _steps(pressed["tree"])["selected"] == [ITEMS[1]]
    # Next moves the list's selection too, so a screen reader reading the list is told.
    assert {(ITEMS[2], 1), (ITEMS[1], 0)} <= _selection_changes(after_next["events"]), after_next["events"]
    assert _steps(after_next["tree"])["selected"] == [ITEMS[2]]


def test_the_step_list_answers_everything_a_screen_reader_asks(step_list) -> None:
    """Hit tests, indexes, neighbours out of range, selection and focus asked from outside: right
    answers, and the application lives on (an accessible interface answering None where Qt wants a
    pointer can take the process down)."""
    answers = step_list["answers"]
    assert step_list["alive"], step_list["log"]
    children = answers["children"]
    assert [c["name"] for c in children] == [f"list item:{name}" for name in ITEMS]
    assert [c["index"] for c in children] == [0, 1, 2, 3, 4]
    assert {c["parent"] for c in children} == {"list:Steps"}
    assert {(c["before_first"], c["after_last"]) for c in [answers["self"], *children]} == {(None, None)}
    assert [c["at_centre"] for c in children] == [None] * 5  # an item has no parts of its own
    assert all(c["contains_centre"] is True for c in children)
    assert answers["from_window"] == [f"list item:{name}" for name in ITEMS]  # the deepest object
    assert answers["below_last"] is None
    assert answers["is_selected"] == [False, False, True, False, False]  # step 3, after Next
    assert answers["selected_out_of_range"] == [None, None]
    # One step is always shown: nothing to clear, no second one to add.
    assert (answers["deselect"], answers["clear"], answers["select_all"]) == (False, False, False)
    assert answers["select_third"] is True and answers["after_select"] == [ITEMS[2]]
    selected, focused = answers["after_grab"]
    assert answers["grab_fourth"] is True and selected == [ITEMS[3]]
    assert f"list item:{ITEMS[3]}" in focused


def test_the_key_field_is_a_named_password_field(tree) -> None:
    assert find(tree, role="password text", name="API key")


def test_every_control_has_a_name(tree) -> None:
    """Buttons, fields, check boxes: something a screen reader can say (combo boxes: below)."""
    missing = [
        f"{node['role']} in {path}"
        for path, node, parent in _with_parents(tree)
        if node["role"] in CONTROLS
        and "showing" in node["states"]  # what a screen reader meets (hidden parts get words when shown)
        and not node["name"].strip()
        # a field's own clear button is Qt's part of the field, which has the name
        and not (node["role"] == "push button" and parent is not None and parent["role"].endswith("text"))
    ]
    assert not missing, missing


def _with_parents(
    tree: Node, path: str = "", parent: Node | None = None
) -> Iterator[tuple[str, Node, Node | None]]:
    here = f"{path}/{tree['role']}:{tree['name'][:20]}"
    yield here, tree, parent
    for child in tree["children"]:
        yield from _with_parents(child, here, tree)


def test_pressing_the_buttons_from_outside_runs_the_checks(verified) -> None:
    assert verified["seen"], "the result never showed in the accessible tree"
    # After a pass the primary action moves on: it reads Next again.
    assert find(verified["tree"], role="push button", name="Next")


def test_the_model_combo_box_is_named_by_its_label(tree) -> None:
    (combo,) = find(tree, role="combo box")
    assert combo["name"] == "Model", combo["name"]
    assert find(tree, role="label", name="Model")  # the label it is named by, on screen


def test_the_step_shown_has_its_title_as_a_heading_with_a_level(tree, verified) -> None:
    """One page at a time: its title is the heading a screen reader jumps to (level 2)."""

    def shown(t: Node) -> list[tuple[str, int | None]]:
        return [(n["name"], n["level"]) for n in find(t, role="heading") if "showing" in n["states"]]

    assert shown(tree) == [(STEP_TITLES[0], 2)]
    assert shown(verified["tree"]) == [(STEP_TITLES[2], 2)]
    assert shown(verified["at_cursor"]) == [(STEP_TITLES[3], 2)]
    # Every page's title is a heading, shown or not: none is a plain label.
    every = {(n["name"], n["level"]) for n in find(tree, role="heading")}
    assert every == {(title, 2) for title in STEP_TITLES[:3]}, every


def test_the_results_are_announced_when_they_arrive(verified) -> None:
    assert verified["seen"]
    announced = [e["text"] for e in verified["events"] if e["type"] == "object:announcement"]
    assert any(RESULT in text for text in announced), verified["events"]


def test_the_probe_types_on_the_keyboard(tmp_path) -> None:
    """The harness itself: a key pressed on the X server reaches the focused button."""
    sample = [sys.executable, str(ROOT / "tests" / "atspi_sample_app.py")]
    with accessible_app(sample, tmp_path) as app:
        app.tree(wait_for="Verify")
        typed = app.keys(["space"], click="Check that it works", focus="Verify", events="object:announcement")
    (space,) = typed["keys"]
    assert [e["text"] for e in space["events"]] == ["Everything works."]
    assert "push button:Verify" in space["focused"]


def test_the_probe_sees_headings_levels_and_announcements(tmp_path) -> None:
    """The harness itself: a sample window that does what the tests above ask (tests/atspi_sample_app.py)."""
    sample = [sys.executable, str(ROOT / "tests" / "atspi_sample_app.py")]
    with accessible_app(sample, tmp_path) as app:
        tree: Node = app.tree(wait_for="Verify")
        (heading,) = find(tree, role="heading")
        assert (heading["name"], heading["level"]) == ("Check that it works", 2)
        result = app.press("Verify", until="Everything works.")
    assert result["seen"]
    announcements = [e for e in result["events"] if e["type"] == "object:announcement"]
    assert [(e["text"], e["detail1"]) for e in announcements] == [("Everything works.", 2)]
