"""The Qt binding we ship must not crash the app at exit.

PySide6 6.12.0 drops a reference to ``True`` each time a signal carries it; on Python 3.11 the
interpreter then aborts at exit ("Fatal Python error: bool_dealloc"). pyproject.toml keeps that
release out; this test catches a binding with the same fault, whatever its version.
"""

from __future__ import annotations

import os
import subprocess
import sys

PROGRAM = """
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Toggle(QObject):
    changed = Signal(bool)

app = QCoreApplication([])
toggle = Toggle()
seen = []
toggle.changed.connect(seen.append)
for _ in range(5000):
    toggle.changed.emit(True)
    toggle.changed.emit(False)
handler = seen.append
for _ in range(2000):
    toggle.changed.connect(handler)
    toggle.changed.disconnect(handler)
print(len(seen))
"""


def test_signals_carrying_booleans_do_not_crash_the_app_at_exit() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "10000"
