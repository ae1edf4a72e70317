"""Reads an application from outside, the way a screen reader does: over AT-SPI.

Runs with the system Python (Debian's python3-pyatspi; not the project's venv), on the session bus
in DBUS_SESSION_BUS_ADDRESS:

    /usr/bin/python3 tests/atspi_probe.py tree --pid PID [--wait-for NAME]
    /usr/bin/python3 tests/atspi_probe.py press --pid PID --button NAME --until TEXT
        [--events object:announcement,object:state-changed:focused]

``tree`` prints the application's accessible tree as JSON once it is on the bus (and, with
--wait-for, once an object of that name is in it): role, name, description, states, attributes
(a heading's "level" among them), relations and children.

``press`` registers for the events, presses the named button through its AT-SPI action (as an
assistive technology would), and records events until TEXT appears in the tree (as a name or
description) and a second more has passed (or --timeout); it prints
{"events": [...], "seen": bool, "tree": {...}}. Exit status 2 when the application never showed up.
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


def _button(app, name: str):
    for acc in _walk(app):
        try:
            if acc.getRoleName() == "push button" and acc.name == name:
                return acc
        except GLib.Error:
            continue
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("tree", "press"))
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--wait-for", default="", help="tree: wait until an object with this name exists")
    parser.add_argument("--button", default="")
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
    button = _button(app, args.button)
    if button is None:
        print(json.dumps({"error": f"no button named {args.button!r}", "tree": node(app)}))
        return 2
    action = button.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("Press") if "Press" in names else 0)
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
