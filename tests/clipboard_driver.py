"""Runs the real ClipboardGuard on a real X display, driven line by line (see test_clipboard_x11.py).

    python tests/clipboard_driver.py CLEAR_AFTER_S IGNORE_REQUESTS_FOR_S

Commands on stdin: ``secret TEXT`` (copy_secret), ``text TEXT`` (copy_text), ``read`` (this
process reads the clipboard itself), ``state``, ``clear`` (clear_if_still_secret). Events on
stdout: ``ready``, ``done <command>``, ``pasted``, ``cleared``, ``left N``, ``read TEXT``,
``state pending=.. pasted=.. holds=..``, ``cleared-at-exit=..``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSocketNotifier
from PySide6.QtGui import QGuiApplication

from app.ui.clipboard import ClipboardGuard


def say(line: str) -> None:
    print(line, flush=True)


def main() -> int:
    clear_after_s, ignore_for_s = float(sys.argv[1]), float(sys.argv[2])
    app = QGuiApplication([sys.argv[0]])
    guard = ClipboardGuard(clear_after_s=clear_after_s, ignore_requests_for_s=ignore_for_s)
    guard.pasted.connect(lambda: say("pasted"))
    guard.cleared.connect(lambda: say("cleared"))
    guard.seconds_left.connect(lambda n: say(f"left {n}"))
    buffer = b""

    def on_input() -> None:
        nonlocal buffer
        chunk = os.read(0, 4096)
        if not chunk:
            say(f"cleared-at-exit={guard.clear_if_still_secret()}")
            app.quit()
            return
        buffer += chunk
        while b"\n" in buffer:
            raw, buffer = buffer.split(b"\n", 1)
            command, _, arg = raw.decode("utf-8").partition(" ")
            if command == "secret":
                guard.copy_secret(arg)
            elif command == "text":
                guard.copy_text(arg)
            elif command == "read":
                say(f"read {QGuiApplication.clipboard().text()}")
            elif command == "state":
                pending, pasted, holds = guard.pending(), guard.was_pasted(), guard.holds_secret()
                say(f"state pending={pending} pasted={pasted} holds={holds}")
            elif command == "clear":
                guard.clear_if_still_secret()
            say(f"done {command}")

    notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
    notifier.activated.connect(on_input)
    say("ready")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
