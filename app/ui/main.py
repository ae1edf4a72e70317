"""Start the window: QApplication, translations, the exception hook, then the first paint; the log
file and the organisation's presets right after it.

Before the first paint only PySide6 and the first page's own modules are imported: no logging
set-up, no preset parsing, no network stack (it loads on worker threads when a check or the model
list first needs it). The presets are read just after the paint and applied before the page with
the fields they can lock is built, so nothing can be typed into a locked field first. In demo mode
the command line starts the simulator and hands its address and key to the window.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from app.core.preset_service import PresetLayers
    from app.ui.window import MainWindow

import app
from app.ui import errors

SMOKE_MS = 400
# Loaded after the first paint; the smoke test imports them so a bundle missing one fails.
LAZY_MODULES = (
    "app.core.config",
    "app.core.checks",
    "app.core.service",
    "app.core.transport",
    "app.core.catalog",
    "app.core.keystore",
    "app.core.export",
    "app.core.diagnostics",
    "app.core.preset_service",
    "app.core.flow",
    "app.core.cursor",
    "app.ui.pages.model",
    "app.ui.pages.check",
    "app.ui.pages.cursor",
    "app.ui.pages.confirm",
)


def _make_app() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scaling (125%, 150%) is Qt 6's default (PassThrough): nothing to set.
    qapp = QApplication(sys.argv[:1])
    qapp.setApplicationName(app.APP_ID)
    qapp.setApplicationDisplayName(app.APP_NAME)
    qapp.setApplicationVersion(app.__version__)
    qapp.setDesktopFileName(app.APP_ID)  # the desktop's own icon for the app, from its .desktop file
    _install_translations(qapp)
    from app.ui import accessibility

    accessibility.install()
    return qapp


def _install_translations(qapp: QApplication) -> None:
    """Ours and Qt's own strings, both in the app's one language (see app/ui/i18n.py)."""
    from app.ui import i18n

    i18n.install_translations(qapp)


def _load_presets(explicit: str | Path | None) -> tuple[PresetLayers | None, str]:
    """The presets in effect (see core's preset service), or why they could not be read."""
    from app.core.errors import PresetError
    from app.core.preset_service import load_presets

    try:
        return load_presets(explicit), ""
    except PresetError as exc:  # it says which file, line and key
        return None, exc.problem.message


def _start_logging() -> None:
    try:
        from app.core import redact

        errors.set_log_path(redact.setup_logging())
    except Exception:  # no log folder (read-only home): the window still works
        errors.set_log_path(None)


def _smoke_imports() -> list[str]:
    """The modules loaded lazily later; a bundle missing one must fail the smoke test."""
    import importlib

    missing = []
    for name in LAZY_MODULES:
        try:
            importlib.import_module(name)
        except Exception as exc:
            missing.append(f"{name}: {type(exc).__name__}")
    return missing


def create_window(
    *,
    demo_url: str | None = None,
    demo_key: str | None = None,
    presets: PresetLayers | None = None,
    persist: bool = True,
    clipboard_clear_s: float | None = None,
    initial: dict[str, Any] | None = None,
    demo_cursor: Path | None = None,
) -> MainWindow:
    """Build the main window (tests use this; run_window wraps it with an event loop).
    ``demo_cursor``: in demo mode, the folder where the stand-in Cursor is made."""
    from app.ui.window import MainWindow

    window = MainWindow(
        demo_url=demo_url,
        demo_key=demo_key,
        presets=presets,
        persist=persist,
        clipboard_clear_s=clipboard_clear_s,
        initial=initial,
        demo_cursor=demo_cursor,
    )
    if demo_key:
        window.key_page.set_key(demo_key)
    return window


def run_window(
    *,
    demo_url: str | None = None,
    demo_key: str | None = None,
    smoke: bool = False,
    preset: str | Path | None = None,
    demo_cursor: Path | None = None,
    after_paint: Sequence[Callable[[], None]] = (),
) -> int:
    """Open the window; returns the process exit code. ``after_paint``: the caller's own start-up,
    run first once the window painted. ``demo_url``/``demo_key``: a simulator the
    caller started stands in for the service; ``demo_cursor``: a folder for a stand-in Cursor.
    ``preset``: the file given with ``--preset``."""
    qapp = _make_app()
    window_ref: list[MainWindow] = []
    errors.install_exception_hook(lambda: window_ref[0] if window_ref else None)
    window = create_window(demo_url=demo_url, demo_key=demo_key, persist=not smoke, demo_cursor=demo_cursor)
    window_ref.append(window)
    window.smoke = smoke

    def after_paint_steps() -> None:
        # Logging, then the presets: applied before the page with lockable fields exists.
        _start_logging()
        presets, preset_error = _load_presets(preset)
        window.presets = presets
        if preset_error:
            print(f"preset: {preset_error}", file=sys.stderr)
            # Not blocking: the window is usable behind it, and --smoke still quits on its own.
            window.show_preset_problem(preset_error)

    window.before_start.extend([*after_paint, after_paint_steps])
    window.show()
    if smoke:
        # A local loop, not qapp.exec(): nothing is left scheduled to quit the application later.
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(SMOKE_MS, loop.quit)
        loop.exec()
        window.close()
        window.deleteLater()
        missing = _smoke_imports()
        if missing:
            print("smoke test: missing modules: " + "; ".join(missing), file=sys.stderr)
            return 1
        print(f"smoke test: window shown and closed ({app.APP_NAME} {app.__version__})")
        return 0
    return qapp.exec()
