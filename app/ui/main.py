"""Start the window: QApplication, translations, exception hook, optional demo simulator.

Only PySide6 and light modules are imported before the window paints; the network stack loads
later, on worker threads, when a check or the model list first needs it.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

import app
from app.ui import errors, resources

log = logging.getLogger(__name__)

SMOKE_MS = 400


def _make_app() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Fractional scaling (125%, 150%) as the system asks, not rounded to 100% or 200%.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    qapp = QApplication(sys.argv[:1])
    qapp.setApplicationName(app.APP_ID)
    qapp.setApplicationDisplayName(app.APP_NAME)
    qapp.setApplicationVersion(app.__version__)
    qapp.setDesktopFileName(app.APP_ID)
    qapp.setWindowIcon(resources.app_icon())
    _install_translations(qapp)
    return qapp


def _install_translations(qapp: QApplication) -> None:
    """Ours and Qt's own strings, both in the app's one language (see app/ui/i18n.py)."""
    from app.ui import i18n

    i18n.install_translations(qapp)


def _resolve_preset(preset: Any) -> tuple[Any, str]:
    """A Preset object as given, or looked up (explicit path, environment, beside the app, ...)."""
    if preset is not None and not isinstance(preset, str | Path):
        return preset, ""
    try:
        from app.core import presets
    except ImportError:
        return None, ""
    try:
        return presets.load_preset(preset), ""
    except Exception as exc:  # PresetError says which file, line and key
        return None, str(exc)


def _smoke_imports() -> list[str]:
    """The modules loaded lazily later; a bundle missing one must fail the smoke test."""
    import importlib

    missing = []
    for name in ("app.core.config", "app.core.checks", "app.core.service", "app.core.catalog",
                 "app.core.keystore", "app.core.export"):  # fmt: skip
        try:
            importlib.import_module(name)
        except Exception as exc:
            missing.append(f"{name}: {type(exc).__name__}")
    return missing


def create_window(
    *,
    demo_url: str | None = None,
    demo_key: str | None = None,
    preset: Any = None,
    persist: bool = True,
    clipboard_clear_s: float | None = None,
    initial: dict[str, Any] | None = None,
) -> Any:
    """Build the main window (tests use this; run_window wraps it with an event loop)."""
    from app.ui.clipboard import DEFAULT_CLEAR_AFTER_S
    from app.ui.window import MainWindow

    window = MainWindow(
        demo_url=demo_url,
        demo_key=demo_key,
        preset=preset,
        persist=persist,
        clipboard_clear_s=clipboard_clear_s or DEFAULT_CLEAR_AFTER_S,
        initial=initial,
    )
    if demo_key:
        window.key_section.set_key(demo_key)
    return window


def run_window(demo: bool = False, smoke: bool = False, preset: Any = None) -> int:
    """Open the window; returns the process exit code."""
    qapp = _make_app()
    try:
        from app.core import redact

        errors.set_log_path(redact.setup_logging())
    except Exception:  # no log folder (read-only home): the window still works
        errors.set_log_path(None)
    window_ref: list[Any] = []
    errors.install_exception_hook(lambda: window_ref[0] if window_ref else None)

    sim = None
    demo_url = demo_key = None
    if demo:
        from app.simulator import DEMO_KEY, Simulator

        sim = Simulator(api_key=DEMO_KEY)
        demo_url = sim.start()
        demo_key = DEMO_KEY
    try:
        preset_obj, preset_error = _resolve_preset(preset)
        window = create_window(demo_url=demo_url, demo_key=demo_key, preset=preset_obj, persist=not smoke)
        window_ref.append(window)
        if smoke:
            window.smoke = True
        window.show()
        if preset_error:
            print(f"preset: {preset_error}", file=sys.stderr)
            # Not blocking: the window is usable behind it, and --smoke still quits on its own.
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("MainWindow", "The organisation settings could not be read"),
                preset_error
                + "\n\n"
                + QCoreApplication.translate(
                    "MainWindow", "The window opens without them. Tell your IT team."
                ),
                QMessageBox.StandardButton.Ok,
                window,
            )
            box.setObjectName("presetErrorDialog")
            box.open()
        if smoke:
            # A local loop, not qapp.exec(): nothing is left scheduled to quit the application later.
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
    finally:
        if sim is not None:
            sim.stop()
