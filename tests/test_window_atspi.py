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

from tests.atspi import Node, accessible_app, find

ROOT = Path(__file__).resolve().parents[1]
APP = [sys.executable, "-m", "app", "--demo"]
STEP_TITLES = ["Your API key", "Choose the model", "Check it works", "Set up Cursor", "Confirm in Cursor"]
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
    (steps,) = [n for n in find(tree, name="Steps") if n["role"] in ("list", "list box")]
    items = [(c["name"], c["description"]) for c in steps["children"]]
    assert items[0] == ("Step 1 of 5: Your API key", "Done")  # the demo key is in
    assert items[1] == ("Step 2 of 5: Choose the model", "To do")
    assert "focusable" in steps["states"]
    assert [c["role"] for c in steps["children"]] == ["list item"] * 5
    assert [c["children"] for c in steps["children"]] == [[]] * 5  # the words are said once, as the name
    assert ["selected" in c["states"] for c in steps["children"]] == [True, False, False, False, False]


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
