"""Whether the window can reach a screen, said in one line instead of Qt's abort.

Qt ends the process with SIGABRT when its platform plugin finds no display (an SSH session, a
server, a desktop's session variables lost under sudo), after several lines about plugins that
mean nothing to a teammate. The common case, no display at all, is seen before Qt starts; any
other fatal start-up message of Qt (a display that does not answer, a plugin that cannot load)
is caught as Qt says it, and the process ends with our one line instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # core is imported only when a problem is told: nothing of it before the paint
    from app.core.model import Problem

EXIT_NO_WINDOW = 1  # the same as any other failure the command line reports
_FIX = "Start it from your desktop. The command line works without a screen: see cursor-azure-setup --help."


def missing_display(env: Mapping[str, str], platform: str = sys.platform) -> Problem | None:
    """The problem when this Linux session has no display Qt could use, else None.

    A platform chosen in QT_QPA_PLATFORM other than X11 or Wayland (offscreen, vnc, eglfs) needs
    no display variable, so it is left to Qt."""
    if not platform.startswith("linux"):
        return None
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if chosen not in ("", "xcb", "wayland", "wayland-egl"):
        return None
    if env.get("DISPLAY", "").strip() or _wayland_socket_exists(env):
        return None
    from app.core.model import Problem, ProblemCode

    return Problem(
        ProblemCode.NO_WINDOW,
        "The window cannot open: this session has no screen (no DISPLAY, and no Wayland socket).",
        _FIX,
    )


def _wayland_socket_exists(env: Mapping[str, str]) -> bool:
    """Whether WAYLAND_DISPLAY names a socket that is there (Wayland's library otherwise prints
    its own line before any of ours: a session's variables half lost, as under sudo)."""
    name = env.get("WAYLAND_DISPLAY", "").strip()
    if not name:
        return False
    if os.path.isabs(name):
        return os.path.exists(name)
    runtime = env.get("XDG_RUNTIME_DIR", "").strip()
    return bool(runtime) and os.path.exists(os.path.join(runtime, name))


def qt_libraries_missing(detail: str) -> Problem:
    """Qt's own libraries are not installed (a server, a minimal container)."""
    from app.core.model import Problem, ProblemCode

    return Problem(
        ProblemCode.NO_WINDOW,
        f"The window cannot start here ({detail}).",
        "The command line still works: see cursor-azure-setup --help.",
    )


def qt_failed(detail: str) -> Problem:
    from app.core.model import Problem, ProblemCode

    return Problem(
        ProblemCode.NO_WINDOW,
        "The window cannot open: Qt could not reach the screen.",
        _FIX,
        detail=" ".join(detail.split())[:300],
    )


def guard_qt_start(report: Callable[[Problem], None]) -> Callable[[], None]:
    """Until the returned function is called, a fatal message of Qt ends the process with
    ``report``'s line and exit 1 rather than Qt's abort. Qt's other messages meanwhile are held
    back (before a fatal one they only explain it) and written to stderr, as Qt writes them, by
    the returned function: call it once the window has painted, and Qt's own handler is back."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    held: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            report(qt_failed(" ".join([*held[-3:], message])))
            sys.stderr.flush()
            os._exit(EXIT_NO_WINDOW)  # Qt would abort() as soon as this returns
        held.append(message)

    def lift() -> None:
        qInstallMessageHandler(None)
        for message in held:
            print(message, file=sys.stderr, flush=True)
        held.clear()

    qInstallMessageHandler(handler)
    return lift
