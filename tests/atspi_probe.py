"""Reads an application from outside, the way a screen reader does: over AT-SPI.

Runs with the system Python (Debian's python3-pyatspi; not the project's venv), on the session bus
in DBUS_SESSION_BUS_ADDRESS:

    /usr/bin/python3 tests/atspi_probe.py tree --pid PID [--wait-for NAME]
    /usr/bin/python3 tests/atspi_probe.py press --pid PID --button NAME --until TEXT
        [--role "list item"] [--events object:announcement,object:state-changed:focused]
    /usr/bin/python3 tests/atspi_probe.py keys --pid PID --click NAME --focus NAME --keys Tab,Down,Return
    /usr/bin/python3 tests/atspi_probe.py poke --pid PID --name NAME

``tree`` prints the application's accessible tree as JSON once it is on the bus (and, with
--wait-for, once an object of that name is in it): role, name, description, states, attributes
(a heading's "level" among them), relations, actions, the children a container says are selected
("selected", null without the Selection interface) and children.

``press`` registers for the events, presses the named button (or object of --role) through its
AT-SPI action "Press" (as an assistive technology would), and records events until TEXT appears in
the tree (as a name or description) and a second more has passed (or --timeout); it prints
{"events": [...], "seen": bool, "tree": {...}}.

``keys`` types on the real keyboard, as a screen reader user does: a click on the object named by
--click brings the window to the front (there is no window manager), the object named by --focus
takes the keyboard focus, then each key of --keys is pressed through the X server (the AT-SPI
registry's XTest); it prints {"keys": [{"key", "events", "focused"}], "tree": {...}}, the events each
key caused and the objects that have the focus after it.

``poke`` asks the object named by --name and each of its children everything a screen reader may
ask (hit tests, indexes, neighbours out of range, its Selection and actions), as {"answers": ...}:
the application must answer and live on. Exit status 2 when the application never showed up.
"""

from __future__ import annotations

import argparse
import json
import sys
import time

import pyatspi  # the system's python3-pyatspi
from gi.repository import Atspi, GLib

MAX_DEPTH = 60


def _find_app(pid: int, deadline: float):
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == pid and app.childCount > 0:
                    # Read live, never from the client-side cache: it can hold a window's
                    # children from before they were all created.
                    app.set_cache_mask(Atspi.Cache.NONE)
                    return app
            except Exception:  # an application leaving the bus while we look
                continue
        _pump(0.2)
    return None


def _pump(seconds: float) -> None:
    """Let GLib deliver AT-SPI events for a while."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while context.pending():
            context.iteration(False)
        time.sleep(0.01)


def _relations(acc) -> dict[str, list[str]]:
    """{"labelled-by": ["Deployment Name"], ...}"""
    out: dict[str, list[str]] = {}
    for relation in acc.getRelationSet():
        kind = relation.getRelationType()
        name = getattr(kind, "value_nick", None) or str(kind)
        targets = [relation.getTarget(i) for i in range(relation.getNTargets())]
        out.setdefault(name, []).extend(t.name or "" for t in targets if t is not None)
    return out


def _actions(acc) -> list[str]:
    """The names of the object's AT-SPI actions ("Press", "SetFocus"); [] without any."""
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def _selected(acc) -> list[str] | None:
    """The names of the children a container says are selected; None without a Selection."""
    try:
        selection = acc.querySelection()
    except NotImplementedError:
        return None
    chosen = [selection.getSelectedChild(i) for i in range(selection.nSelectedChildren)]
    return [(c.name or "") if c is not None else "" for c in chosen]


def node(acc, depth: int = 0) -> dict | None:
    """One object and its children as plain data; None when it left the bus while being read
    (the window replaces widgets as it works, e.g. a list refilled)."""
    try:
        attributes = dict(a.split(":", 1) for a in acc.getAttributes() if ":" in a)
        result = {
            "role": acc.getRoleName(),
            "name": acc.name or "",
            "description": acc.description or "",
            "states": sorted(pyatspi.stateToString(s) for s in acc.getState().getStates()),
            "attributes": attributes,
            "level": int(attributes["level"]) if attributes.get("level", "").isdigit() else None,
            "relations": _relations(acc),
            "actions": _actions(acc),
            "selected": _selected(acc),
            "children": [],
        }
        children = [acc.getChildAtIndex(i) for i in range(acc.childCount)] if depth < MAX_DEPTH else []
    except GLib.Error:
        return None
    for child in children:
        data = node(child, depth + 1) if child is not None else None
        if data is not None:
            result["children"].append(data)
    return result


def _walk(acc, depth: int = 0):
    yield acc
    try:
        children = [acc.getChildAtIndex(i) for i in range(acc.childCount)] if depth < MAX_DEPTH else []
    except GLib.Error:
        return
    for child in children:
        if child is not None:
            yield from _walk(child, depth + 1)


def _contains(app, text: str) -> bool:
    for acc in _walk(app):
        try:
            if text in (acc.name or "") or text in (acc.description or ""):
                return True
        except GLib.Error:
            continue
    return False


def _named(app, name: str, role: str = ""):
    """The first object called ``name`` (of ``role``, if given), preferring one on screen."""
    found = []
    for acc in _walk(app):
        try:
            if acc.name == name and (not role or acc.getRoleName() == role):
                if acc.getState().contains(pyatspi.STATE_SHOWING):
                    return acc
                found.append(acc)
        except GLib.Error:
            continue
    return found[0] if found else None


def _wait_for_state(acc, state, deadline: float) -> bool:
    while time.monotonic() < deadline:
        try:
            if acc.getState().contains(state):
                return True
        except GLib.Error:
            pass
        _pump(0.1)
    return False


def _focused(app) -> list[str]:
    """The names of the objects whose state says they have the keyboard focus."""
    names = []
    for acc in _walk(app):
        try:
            if acc.getState().contains(pyatspi.STATE_FOCUSED):
                names.append(f"{acc.getRoleName()}:{acc.name or ''}")
        except GLib.Error:
            continue
    return names


# The keys ``keys`` can press: X keysyms.
KEYSYMS = {
    "Tab": 0xFF09,
    "Return": 0xFF0D,
    "Escape": 0xFF1B,
    "Home": 0xFF50,
    "Left": 0xFF51,
    "Up": 0xFF52,
    "Right": 0xFF53,
    "Down": 0xFF54,
    "Page_Up": 0xFF55,
    "Page_Down": 0xFF56,
    "End": 0xFF57,
    "space": 0x20,
}


def _keysym(key: str) -> int:
    if key in KEYSYMS:
        return KEYSYMS[key]
    if len(key) == 1 and key.isascii() and key.isalnum():
        return ord(key.lower())
    raise SystemExit(f"unknown key {key!r}")


def _type_keys(app, args, events: list[dict], deadline: float) -> int:
    frame = app.getChildAtIndex(0)  # the top-level window
    clicked = _named(app, args.click)
    if frame is None or clicked is None:
        print(json.dumps({"error": f"no window, or nothing named {args.click!r}", "tree": node(app)}))
        return 2
    box = clicked.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    pyatspi.Registry.generateMouseEvent(box.x + box.width // 2, box.y + box.height // 2, "b1c")
    if not _wait_for_state(frame, pyatspi.STATE_ACTIVE, deadline):
        print(json.dumps({"error": "the window never became active (is DISPLAY set for D-Bus?)"}))
        return 2
    if args.focus:
        target = _named(app, args.focus)
        if target is None or not target.queryComponent().grabFocus():
            print(json.dumps({"error": f"{args.focus!r} cannot take the focus", "tree": node(app)}))
            return 2
        if not _wait_for_state(target, pyatspi.STATE_FOCUSED, deadline):
            print(json.dumps({"error": f"{args.focus!r} never got the focus", "focused": _focused(app)}))
            return 2
    _pump(0.5)
    done = []
    for key in [k for k in args.keys.split(",") if k]:
        first = len(events)
        pyatspi.Registry.generateKeyboardEvent(_keysym(key), None, pyatspi.KEY_SYM)
        # Until the key's first event (some cause none), then a moment for the rest it caused.
        quiet_until = min(deadline, time.monotonic() + 3.0)
        while len(events) == first and time.monotonic() < quiet_until:
            _pump(0.05)
        _pump(0.5)
        done.append({"key": key, "events": events[first:], "focused": _focused(app)})
    print(json.dumps({"keys": done, "tree": node(app)}))
    return 0


def _answer(ask) -> object:
    """What the application answered, or the error it gave (a crash shows as the app gone)."""
    try:
        return ask()
    except Exception as exc:  # the harness reports; the test decides
        return f"error: {type(exc).__name__}: {exc}"


def _name_of(acc) -> str | None:
    return None if acc is None else f"{acc.getRoleName()}:{acc.name or ''}"


def _centre(acc) -> tuple[int, int]:
    box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return box.x + box.width // 2, box.y + box.height // 2


def _at(acc, x: int, y: int) -> str | None:
    return _name_of(acc.queryComponent().getAccessibleAtPoint(x, y, pyatspi.DESKTOP_COORDS))


def _ask(acc) -> dict:
    """One object, asked what a screen reader asks while the user explores."""
    count = acc.childCount
    return {
        "name": _name_of(acc),
        "index": _answer(acc.getIndexInParent),
        "parent": _answer(lambda: _name_of(acc.parent)),
        "before_first": _answer(lambda: _name_of(acc.getChildAtIndex(-1))),
        "after_last": _answer(lambda: _name_of(acc.getChildAtIndex(count))),
        "at_centre": _answer(lambda: _at(acc, *_centre(acc))),
        "contains_centre": _answer(
            lambda: acc.queryComponent().contains(*_centre(acc), pyatspi.DESKTOP_COORDS)
        ),
        "relations": _answer(lambda: _relations(acc)),
        "attributes": _answer(acc.getAttributes),
        "actions": _answer(lambda: _actions(acc)),
        "selected": _answer(lambda: _selected(acc)),
    }


def poke(target) -> dict:
    """Everything a screen reader may ask of ``target`` and its children; then a selection and a
    focus asked for from outside, and what the list says afterwards."""
    children = [target.getChildAtIndex(i) for i in range(target.childCount)]
    answers: dict = {"self": _ask(target), "children": [_ask(c) for c in children]}
    box = target.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    window = target  # its top-level window, the application's child
    while window.parent is not None and window.parent.getRoleName() != "application":
        window = window.parent
    answers["from_window"] = [_answer(lambda c=c: _at(window, *_centre(c))) for c in children]
    answers["below_last"] = _answer(lambda: _at(target, box.x + 4, box.y + box.height - 4))
    try:
        selection = target.querySelection()
    except NotImplementedError:
        selection = None
    if selection is not None and len(children) > 2:
        answers["is_selected"] = [
            _answer(lambda i=i: selection.isChildSelected(i)) for i in range(len(children))
        ]
        answers["selected_out_of_range"] = [
            _answer(lambda i=i: _name_of(selection.getSelectedChild(i))) for i in (-1, len(children))
        ]
        answers["deselect"] = _answer(lambda: selection.deselectSelectedChild(0))
        answers["clear"] = _answer(selection.clearSelection)
        answers["select_all"] = _answer(selection.selectAll)
        answers["select_third"] = _answer(lambda: selection.selectChild(2))
        _pump(0.3)
        answers["after_select"] = _answer(lambda: _selected(target))
    if len(children) > 3:
        answers["grab_fourth"] = _answer(lambda: children[3].queryComponent().grabFocus())
        _pump(0.5)
        answers["after_grab"] = _answer(lambda: (_selected(target), _focused(target)))
    return answers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("tree", "press", "keys", "poke"))
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--wait-for", default="", help="tree: wait until an object with this name exists")
    parser.add_argument("--button", default="", help="press: the object's name")
    parser.add_argument("--role", default="push button", help="press: the object's role")
    parser.add_argument("--click", default="", help="keys: click this object first (the window comes up)")
    parser.add_argument("--focus", default="", help="keys: give this object the focus, then type")
    parser.add_argument("--keys", default="", help="keys: comma-separated X key names (Tab, Down, s)")
    parser.add_argument("--name", default="", help="poke: the object to ask")
    parser.add_argument("--until", default="")
    parser.add_argument("--events", default="object:announcement,object:state-changed:focused")
    args = parser.parse_args()
    deadline = time.monotonic() + args.timeout
    app = _find_app(args.pid, deadline)
    if app is None:
        print(json.dumps({"error": f"process {args.pid} is not on the accessibility bus"}))
        return 2
    if args.command == "tree":
        while args.wait_for and not _contains(app, args.wait_for) and time.monotonic() < deadline:
            _pump(0.2)
        print(json.dumps(node(app)))
        return 0

    if args.command == "poke":
        target = _named(app, args.name)
        if target is None:
            print(json.dumps({"error": f"no object named {args.name!r}"}))
            return 2
        print(json.dumps({"answers": poke(target)}))
        return 0

    events: list[dict] = []

    def record(event) -> None:
        source = event.source
        data = event.any_data
        events.append(
            {
                "type": event.type,
                "source_role": source.getRoleName() if source is not None else "",
                "source_name": (source.name or "") if source is not None else "",
                "text": data if isinstance(data, str) else "",
                "detail1": event.detail1,
            }
        )

    pyatspi.Registry.registerEventListener(record, *args.events.split(","))
    if args.command == "keys":
        return _type_keys(app, args, events, deadline)
    button = _named(app, args.button, args.role)
    if button is None:
        print(json.dumps({"error": f"no {args.role} named {args.button!r}", "tree": node(app)}))
        return 2
    names = _actions(button)
    if "Press" not in names:
        print(json.dumps({"error": f"{args.button!r} cannot be pressed (its actions: {names})"}))
        return 2
    button.queryAction().doAction(names.index("Press"))
    seen_at = None
    while time.monotonic() < deadline:
        _pump(0.2)
        if seen_at is None and _contains(app, args.until):
            seen_at = time.monotonic()
        if seen_at is not None and time.monotonic() - seen_at > 1.0:
            break
    pyatspi.Registry.deregisterEventListener(record, *args.events.split(","))
    print(json.dumps({"events": events, "seen": seen_at is not None, "tree": node(app)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
