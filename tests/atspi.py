"""A real application on a private desktop with accessibility on, read from outside over AT-SPI.

    with accessible_app([sys.executable, "-m", "app", "--demo"], home) as app:
        tree = app.tree(wait_for="Verify")
        result = app.press("Verify", until="Everything works")

Each application gets its own X server (Xvfb) and its own D-Bus session, on which D-Bus starts
the accessibility bus (at-spi2-core) when first asked; its registry types keys and clicks on that X
server (XTest) for ``keys``. Qt joins it because
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 (no screen reader runs to ask for it); it needs a real display
platform (xcb): the offscreen platform has no accessibility bridge. The reading is done by
tests/atspi_probe.py with the system's Python and its python3-pyatspi (scripts/setup.sh installs
both); nodes are plain dicts: role, name, description, states, attributes, level, relations,
children.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.desktop import DEADLINE_S, dbus_session, need, xvfb

SYSTEM_PYTHON = "/usr/bin/python3"
PROBE = Path(__file__).with_name("atspi_probe.py")
ROOT = Path(__file__).resolve().parents[1]

Node = dict[str, Any]
# What a screen reader listens to while the focus moves.
KEY_EVENTS = "focus:,object:state-changed:focused,object:state-changed:selected,object:selection-changed"


class ProbeError(RuntimeError):
    """The harness could not read the application (not a finding about the application)."""


def walk(node: Node) -> Iterator[Node]:
    yield node
    for child in node["children"]:
        yield from walk(child)


def find(tree: Node, **wanted: Any) -> list[Node]:
    """Every node whose fields equal ``wanted`` (e.g. role="push button", name="Verify")."""
    return [n for n in walk(tree) if all(n.get(k) == v for k, v in wanted.items())]


class AccessibleApp:
    def __init__(self, proc: subprocess.Popen[bytes], env: dict[str, str], log: Path) -> None:
        self.proc = proc
        self.env = env
        self.log = log

    def _probe(self, *args: str) -> dict[str, Any]:
        if self.proc.poll() is not None:
            raise ProbeError(f"the application exited ({self.proc.returncode}): {self.output()}")
        run = subprocess.run(
            [SYSTEM_PYTHON, str(PROBE), *args, "--pid", str(self.proc.pid), "--timeout", str(DEADLINE_S)],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=DEADLINE_S * 2,
        )
        if run.returncode != 0:
            try:
                said = json.loads(run.stdout).get("error", "")
            except ValueError:
                said = run.stdout[-500:]
            raise ProbeError(f"probe {args[0]}: {said} {run.stderr[-2000:]} app: {self.output()}")
        return json.loads(run.stdout)

    def tree(self, wait_for: str = "") -> Node:
        """The application's accessible tree; with ``wait_for``, once something of that name is in it."""
        return self._probe("tree", "--wait-for", wait_for)

    def press(self, button: str, until: str, events: str = "", role: str = "push button") -> dict[str, Any]:
        """Press a button (or another object of ``role``) through its AT-SPI action, record events
        until ``until`` shows in the tree (+1 s).
        Returns {"events": [{"type", "source_role", "source_name", "text", "detail1"}], "seen", "tree"}."""
        extra = ["--events", events] if events else []
        return self._probe("press", "--button", button, "--role", role, "--until", until, *extra)

    def keys(self, keys: list[str], click: str, focus: str, events: str = KEY_EVENTS) -> dict[str, Any]:
        """Click ``click`` (the window comes to the front), give ``focus`` the focus, then press
        ``keys`` on the keyboard one by one (X key names: Tab, Down, Return, s).
        Returns {"keys": [{"key", "events", "focused"}], "tree"}."""
        return self._probe(
            "keys", "--click", click, "--focus", focus, "--keys", ",".join(keys), "--events", events
        )

    def poke(self, name: str) -> dict[str, Any]:
        """Ask the object called ``name`` and its children all a screen reader may ask."""
        return self._probe("poke", "--name", name)["answers"]

    def alive(self) -> bool:
        return self.proc.poll() is None

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")[-2000:]


def _need_pyatspi() -> None:
    need("Xvfb", "dbus-daemon")
    check = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=DEADLINE_S, check=False
    )
    if check.returncode != 0:
        pytest.fail("the system Python has no pyatspi (python3-pyatspi): run scripts/setup.sh")


@contextmanager
def accessible_app(
    args: list[str], home: Path, extra_env: dict[str, str] | None = None
) -> Iterator[AccessibleApp]:
    """Start ``args`` on its own display and bus with accessibility on; stopped afterwards."""
    _need_pyatspi()
    with xvfb() as display, dbus_session(display) as bus:
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
        env.update(bus)
        env.update(
            {
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "CURSOR_AZURE_SETUP_LANG": "en",
                "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_CACHE_HOME": str(home / ".cache"),
                "XDG_STATE_HOME": str(home / ".local" / "state"),
                **(extra_env or {}),
            }
        )
        with tempfile.NamedTemporaryFile(prefix="atspi-app-", suffix=".log", delete=False) as log:
            log_path = Path(log.name)
        with log_path.open("wb") as out:
            proc = subprocess.Popen(args, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
        try:
            yield AccessibleApp(proc, env, log_path)
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=DEADLINE_S)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log_path.unlink(missing_ok=True)
