"""Work around a reference-count bug in PySide6 6.12 on Python 3.11.

Emitting ``True`` through a custom signal, or ``disconnect()`` returning ``True``, releases one
reference to ``True`` that was never taken. Over a session the count drifts down, and at exit the
interpreter aborts with "Fatal Python error: bool_dealloc". From Python 3.12 on, ``True``, ``False``
and ``None`` are immortal and this is a no-op. We pin a large number of extra references that are
never released, so the count can never reach zero. Our own signals also avoid carrying bools.
"""

from __future__ import annotations

import sys

_PINNED = 100_000
_done = False


def pin_singletons(count: int = _PINNED) -> None:
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    import ctypes

    for obj in (True, False, None):
        holder = [obj] * count  # ``count`` references, made in C at once (fast)
        # Leak the list itself on purpose: it is never freed, so its references are never dropped.
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(holder))
    _done = True
