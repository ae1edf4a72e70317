"""The window's start-up after the first paint: in stages that never hold the window up, which
values the fields start with (the caller's, saved settings, the organisation's presets, through
core's preset service), the organisation shown, and demo mode."""

from __future__ import annotations

import importlib
import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from app.ui import texts
from app.ui.widgets import escape

if TYPE_CHECKING:
    from app.core.preset_service import PresetLayers
    from app.ui.pages.model import ModelPage
    from app.ui.window import MainWindow
    from app.ui.workers import JobRunner, Progress

log = logging.getLogger(__name__)

WARM_PAUSE_S = 0.002  # between two imports of the warm-up
STARTING_SWITCH_S = 0.001  # how often Python switches threads while the stages run
STAGE_GAP_MS = 2  # the window's own events between two stages


def apply_values(window: MainWindow) -> None:
    """Settle the start values and build the model page with them, before anything can be typed
    into a field IT locked."""
    saved, saved_note = load_saved_settings() if window.persist else ({}, "")
    notes = ([saved_note] if saved_note else []) + resolve(window, saved)
    if notes:
        window.settings_notice.show_message("warn" if saved_note else "info", "\n".join(notes))
    if saved.get("advanced_open") is True:
        window.model_page.advanced.set_open(True)


def save_values(model: ModelPage) -> None:
    values = {
        "base_url": model.base_url_text(),
        "deployment": model.deployment_text(),
        "alias": model.alias_text(),
        "timeout_s": model.timeout_s(),
        "advanced_open": model.advanced.is_open(),
    }
    try:
        from app.core import settings_store

        settings_store.save_settings(values)
    except Exception as exc:
        log.warning("could not save settings: %s", type(exc).__name__)


def load_saved_settings() -> tuple[dict[str, Any], str]:
    """The saved settings, and what was wrong with the file ('' when nothing was)."""
    try:
        from app.core import settings_store

        values, notice = settings_store.load_settings()
    except Exception as exc:  # a broken settings file must never stop the window
        log.warning("could not load settings: %s", type(exc).__name__)
        return {}, ""
    return values, texts.core_text(notice.message) if notice is not None else ""


def resolve(window: MainWindow, saved: dict[str, Any]) -> list[str]:
    """Core's preset service over the caller's values, the saved ones and the presets; returns what
    changed, to say."""
    from app.core.errors import PresetError
    from app.core.preset_service import FieldValues, PresetLayers, resolve

    layers = window.presets or PresetLayers()
    try:
        resolved = resolve(layers, FieldValues.of(window.initial), FieldValues.of(saved))
    except PresetError as exc:
        # A user-level preset (or a value given to the window) against a lock IT set: the
        # organisation's values win, and IT hears about it.
        window.show_preset_problem(exc.problem.message)
        resolved = resolve(layers.without_user(), FieldValues(), FieldValues.of(saved))
    window.resolved = resolved
    window.model_page.apply(resolved)
    show_organisation(window, resolved.layers)
    return [texts.core_text(n.message) for n in resolved.notices]


def show_organisation(window: MainWindow, layers: PresetLayers) -> None:
    from app.ui.widgets import open_url

    org = layers.org_name or ""
    help_url = layers.help_url or ""
    if org or help_url:
        name = org or QCoreApplication.translate("MainWindow", "your IT team")
        text = escape(
            QCoreApplication.translate(
                "MainWindow", "Set up for %1. Some values were chosen by your IT team."
            ).replace("%1", name)
        )
        if help_url:
            words = QCoreApplication.translate("MainWindow", "Get help")
            text += f' <a href="{escape(help_url)}">{escape(words)}</a>'
            action = window.org_help_action
            if action is not None:  # the menus are filled before start-up reads the presets
                action.setVisible(True)
                action.setText(QCoreApplication.translate("MainWindow", "Help from %1").replace("%1", name))
                action.triggered.connect(lambda: open_url(help_url))
        window.org_notice.show_message("info", text, rich=True)
    if org:
        window.setWindowTitle(
            QCoreApplication.translate("MainWindow", "Cursor Azure Setup – %1").replace("%1", org)
        )


def enter_demo(window: MainWindow) -> None:
    """Demo mode: the built-in test server stands in for the service; the demo key is never saved."""
    assert window.demo_url is not None
    window.model_page.set_values({"base_url": window.demo_url})
    window.model_page.update_host_notice()
    window.demo_notice.show_message(
        "info",
        QCoreApplication.translate(
            "MainWindow",
            "Demo mode: a test server on this computer stands in for AI/ML API. "
            "Nothing leaves this computer.",
        ),
    )
    window.key_page.disable_keyring(
        QCoreApplication.translate("MainWindow", "Demo mode: the demo key is not saved on this computer.")
    )


class Stages(QObject):
    """The start-up after the first paint, one stage per turn of the event loop, so the window
    answers throughout (goal: no stall over 50 ms).

    Much of the time a stage would take is importing modules. A worker thread imports core's (and
    the command line's) meanwhile, in the order the stages need them; a stage runs once they are
    in. The window's own modules are imported by their stage, on this thread: they define Qt
    classes and touch Qt's types as they load, PySide6 makes a type's Python side on first use,
    and two threads making the same one at once can crash the process. ``finish_now`` runs what
    is left at once (a page asked for early, the smoke test), importing on this thread.
    """

    def __init__(self, runner: JobRunner, stages: list[tuple[tuple[str, ...], Callable[[], None]]]) -> None:
        super().__init__()
        # Python hands its lock between threads every 5 ms; while two threads work (this one and
        # the warm-up), every 1 ms keeps the window's turns short. Back to normal once done.
        self._switch: float | None = sys.getswitchinterval()
        sys.setswitchinterval(min(self._switch, STARTING_SWITCH_S))
        self._stages = list(stages)
        self._loaded: set[str] = set()
        self._warm_failed = False
        self._busy = False
        self._scheduled = False
        modules = [m for m in dict.fromkeys(m for needs, _stage in stages for m in needs) if not _uses_qt(m)]
        from app.ui.workers import Task

        def warm(progress: Progress, cancel: threading.Event) -> None:
            for name in modules:
                if cancel.is_set():
                    return
                importlib.import_module(name)
                progress(name)
                time.sleep(WARM_PAUSE_S)  # the window's turn: a stage may be waiting for this one

        runner.start(Task(warm, name="warm-up", on_progress=self._on_loaded, on_error=self._on_failed))
        self._schedule()

    def done(self) -> bool:
        return not self._stages

    def running(self) -> bool:
        return self._busy

    def _on_loaded(self, name: object) -> None:
        self._loaded.add(str(name))
        self._schedule()

    def _on_failed(self, exc: BaseException) -> None:
        log.warning("warm-up imports stopped: %s", type(exc).__name__)
        self._warm_failed = True  # the stages import what they need themselves
        self._schedule()

    def _schedule(self) -> None:
        if not self._scheduled and self._stages:
            self._scheduled = True
            # Not a zero timer: other timers due and input waiting go first, between two stages.
            QTimer.singleShot(STAGE_GAP_MS, self._advance)

    def _ready(self) -> bool:
        needs, _stage = self._stages[0]
        return self._warm_failed or {m for m in needs if not _uses_qt(m)} <= self._loaded

    def _advance(self) -> None:
        self._scheduled = False
        if self._stages and not self._busy and self._ready():
            self._run_one()
            self._schedule()
        self._restore_when_done()

    def _restore_when_done(self) -> None:
        if not self._stages and self._switch is not None:
            sys.setswitchinterval(self._switch)
            self._switch = None

    def _run_one(self) -> None:
        needs, stage = self._stages.pop(0)
        self._busy = True
        try:
            for name in needs:
                if _uses_qt(name):
                    importlib.import_module(name)
            stage()
        finally:
            self._busy = False

    def finish_now(self) -> None:
        while self._stages and not self._busy:
            self._run_one()
        self._restore_when_done()


def _uses_qt(module: str) -> bool:
    """Whether importing ``module`` touches Qt (the window's modules do; core never imports Qt)."""
    return module.startswith("app.ui")


def forget_module_sources() -> None:
    """PySide6 reads the source of every module imported after it (to see whether the module uses
    its ``__feature__`` switches) and linecache keeps all of it: about 4 MiB of text by the end of
    the start-up, 6 MiB of the process's peak. Forgotten once the start-up's imports are done and
    before the keyring and network threads start (linecache is not safe to clear while another
    thread reads it); a traceback reads its files again when it needs them."""
    import linecache

    linecache.clearcache()
