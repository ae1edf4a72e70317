"""The main window: the step list on the left (or a compact "Step 3 of 5" bar when narrow), the
current step's page on the right, and under it Back, the status line and the page's one primary
action.

What each step shows comes from one place: core's flow model (app/core/flow.py). The window tells it
what happened (inputs changed, a check started or finished, Cursor read or written, its traffic
checked) and renders ``derive(state)`` into the step list, the status line, the primary button and
the pages, so they always agree.

Only the first step's page is built before the first paint; the others are built just after, one
per turn of the event loop (or at once when asked for). Nothing here speaks HTTP: pages run core's
calls through ``JobRunner``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from app.ui import texts
from app.ui.footer import Footer
from app.ui.nav import CompactBar, StepList
from app.ui.pages.base import column_width
from app.ui.pages.key import KeyPage
from app.ui.widgets import Notice, refresh_theme

# What the first paint does not need is imported after it (see start()): every Qt class touched
# and every module loaded before the paint delays it. PySide6's Qt namespace included: the methods
# that need it run after the first frame and import it there (app/ui/qtvalues.py says why).
if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QPaintEvent, QResizeEvent
    from PySide6.QtWidgets import QMessageBox

    from app.core.flow import CursorRecord, FlowState, FlowView, TrafficRecord, Values
    from app.core.model import Report, Settings
    from app.core.preset_service import PresetLayers, Resolved
    from app.ui.clipboard import ClipboardGuard
    from app.ui.pages.base import Page
    from app.ui.pages.check import CheckPage
    from app.ui.pages.confirm import ConfirmPage
    from app.ui.pages.cursor import CursorPage
    from app.ui.pages.model import ModelPage
    from app.ui.startup import Stages
    from app.ui.workers import JobRunner

NARROW_PX = 760  # narrower than this, the step list gives way to the compact bar
# What the model page's stage imports (its own modules and the core it calls at once).
_MODEL_PAGE_MODULES = (
    "app.core.flow",
    "app.core.config",
    "app.core.settings_store",
    "app.ui.pages.model",
    "app.ui.inputs",
    "app.ui.startup",
)
# After being shown, the start-up begins this late at the latest, painted or not (a window nobody sees).
_START_AT_THE_LATEST_MS = 300


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        demo_url: str | None = None,
        demo_key: str | None = None,
        presets: PresetLayers | None = None,
        persist: bool = True,
        clipboard_clear_s: float | None = None,
        initial: dict[str, Any] | None = None,
        demo_cursor: Path | None = None,
    ) -> None:
        super().__init__()
        self.demo_url = demo_url
        self.demo_cursor = demo_cursor  # demo mode: the folder of the stand-in Cursor
        self.demo = demo_url is not None
        # Values to start with (e.g. a base URL given by the caller), over the saved ones.
        self.initial = dict(initial or {})
        self.presets = presets
        # Demo mode never writes the user's settings or keyring: its values are not theirs.
        self.persist = persist and not self.demo
        self._clipboard_clear_s = clipboard_clear_s  # None: the clipboard guard's own (two minutes)
        self._runner: JobRunner | None = None
        self._clipboard: ClipboardGuard | None = None
        self.resolved: Resolved | None = None  # what the presets made of the start values
        self.flow: FlowState | None = None  # the flow model's state (from start(), after the paint)
        self.view: FlowView | None = None
        self.current = 1
        self._started = False
        self._recolouring = False
        self.stages: Stages | None = None  # the start-up after the first paint
        self.smoke = False  # --smoke: show and quit, no keyring or network
        # Run first in start(), after the first paint (the command line's log file and presets).
        self.before_start: list[Callable[[], None]] = []
        self._painted = False
        self.setWindowTitle(self.tr("Cursor Azure Setup"))
        self.setObjectName("mainWindow")

        # ---- the chrome: step list | notices, compact bar, pages, footer
        self.steps = StepList()
        self._compact: CompactBar | None = None  # made the first time the window is narrow
        self.org_notice = Notice()
        self.org_notice.setAccessibleName(self.tr("Your organisation"))
        self.demo_notice = Notice()
        self.demo_notice.setAccessibleName(self.tr("Demo mode"))
        self.settings_notice = Notice()
        self.flash = Notice()
        self.flash.setAccessibleName(self.tr("Done"))
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.setInterval(8000)
        self._flash_timer.timeout.connect(self.flash.clear)
        self.stack = QStackedWidget()
        self.footer = Footer()
        self.key_page = KeyPage(lambda: self.runner)
        self.pages: dict[int, Page] = {1: self.key_page}
        self.stack.addWidget(self.key_page)
        for _ in range(4):
            self.stack.addWidget(QWidget())  # placeholders until each page is built
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.setSpacing(0)
        top = QWidget()
        top_lay = QVBoxLayout(top)
        em = self.fontMetrics().height()
        top_lay.setContentsMargins(round(em * 1.4), round(em * 0.6), round(em * 1.4), 0)
        top_lay.setSpacing(round(em * 0.4))
        for part in (self.org_notice, self.demo_notice, self.settings_notice, self.flash):
            top_lay.addWidget(part)
        self.top_lay = top_lay
        top.setMaximumWidth(column_width(top))
        self.top = top
        top_row = QHBoxLayout()
        top_row.setContentsMargins(0, 0, 0, 0)
        top_row.addWidget(top, 1)
        top_row.addStretch(0)
        right_lay.addLayout(top_row)
        right_lay.addWidget(self.stack, 1)
        right_lay.addWidget(self.footer)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.steps)
        row.addWidget(right, 1)
        self.setCentralWidget(central)

        self.footer.status.setText(texts.status_sentence("paste_key"))
        self.footer.primary.setText(texts.action_label("next"))
        self.footer.back.setEnabled(False)
        # The menus' titles now (nothing moves when they fill), their actions after the paint.
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.export_action: QAction | None = None
        self.curl_action: QAction | None = None
        self.report_action: QAction | None = None
        self.org_help_action: QAction | None = None
        self._wire()
        self._fit_to_screen()
        self.key_page.edit.setFocus()  # ready to paste at once

    # ---- construction
    def _wire(self) -> None:
        self.steps.shown.connect(lambda n: self.go_to_step(n, focus=False))
        self.steps.entered.connect(lambda n: self.go_to_step(n))
        self.footer.back.clicked.connect(lambda: self.go_to_step(self.current - 1))
        self.footer.primary.clicked.connect(self.primary)
        self.footer.secondary.clicked.connect(self._secondary)
        self.key_page.changed.connect(self.inputs_changed)
        self.key_page.loaded_from_keyring.connect(self._on_key_loaded)

    def _fit_to_screen(self) -> None:
        em = self.fontMetrics().height()
        width, height = round(em * 72), round(em * 46)
        screen = self.screen()
        if screen is not None:
            avail = screen.availableGeometry()
            width, height = min(width, avail.width() - 40), min(height, avail.height() - 60)
        self.setMinimumSize(560, 360)
        self.resize(max(width, 640), max(height, 400))

    @property
    def compact(self) -> CompactBar:
        """The "Step 3 of 5" bar that stands in for the step list in a narrow window."""
        if self._compact is None:
            self._compact = CompactBar()
            self._compact.hide()
            self._compact.chosen.connect(lambda n: self.go_to_step(n))
            self.top_lay.addWidget(self._compact)
            if self.view is not None:
                self._compact.show_where(self.current, {int(s): str(v) for s, v in self.view.states.items()})
        return self._compact

    @property
    def runner(self) -> JobRunner:
        """Runs core's calls on worker threads (made when first needed: after the paint)."""
        if self._runner is None:
            from app.ui.workers import JobRunner

            self._runner = JobRunner(self)
        return self._runner

    @property
    def clipboard(self) -> ClipboardGuard:
        """The key on the clipboard, with care (made when first needed: after the paint)."""
        if self._clipboard is None:
            from app.ui.clipboard import DEFAULT_CLEAR_AFTER_S, ClipboardGuard

            clear_after_s = self._clipboard_clear_s or DEFAULT_CLEAR_AFTER_S
            self._clipboard = ClipboardGuard(self, clear_after_s=clear_after_s)
        return self._clipboard

    def _after_the_paint(self) -> None:
        """What the first paint did without: the icon (PNGs, for the title bar and the task bar),
        the menus' actions, shortcuts, the keyboard's order."""
        from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut

        from app.ui import focus, menus, resources

        icon = resources.app_icon()
        QGuiApplication.setWindowIcon(icon)
        self.setWindowIcon(icon)
        self.export_action, self.curl_action, self.report_action, self.org_help_action = menus.build(self)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.run_check_from_anywhere)
        focus.press_with_enter(self)
        self._order_tabs(self.key_page)

    def page(self, step: int) -> Page:
        """The page of ``step``, built now if it was not yet (with the start-up stages before it:
        the model page never exists without the values IT may have locked)."""
        stages = self.stages
        early = step not in self.pages or (step == 2 and self.flow is None)  # values not in yet
        if early and stages is not None and not stages.done() and not stages.running():
            stages.finish_now()
        if step not in self.pages:
            self._build_page(step)
        return self.pages[step]

    @property
    def model_page(self) -> ModelPage:
        from app.ui.pages.model import ModelPage

        page = self.page(2)
        assert isinstance(page, ModelPage)
        return page

    @property
    def check_page(self) -> CheckPage:
        from app.ui.pages.check import CheckPage

        page = self.page(3)
        assert isinstance(page, CheckPage)
        return page

    @property
    def cursor_page(self) -> CursorPage:
        from app.ui.pages.cursor import CursorPage

        page = self.page(4)
        assert isinstance(page, CursorPage)
        return page

    @property
    def confirm_page(self) -> ConfirmPage:
        from app.ui.pages.confirm import ConfirmPage

        page = self.page(5)
        assert isinstance(page, ConfirmPage)
        return page

    def _build_page(self, step: int) -> None:
        from app.ui import pages_wiring

        page = pages_wiring.build(self, step)
        old = self.stack.widget(step - 1)
        self.stack.insertWidget(step - 1, page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.pages[step] = page
        from app.ui import focus

        focus.press_with_enter(page)
        if self.current == step:
            self.stack.setCurrentWidget(page)
        if self.view is not None and self.flow is not None:
            page.show_flow(self.view, self.flow)

    # ---- start-up (after the first paint)
    @property
    def started(self) -> bool:
        """Whether the start-up after the first paint began (the pages may still be coming)."""
        return self._started

    def start(self) -> None:
        """After the first paint, in stages (app/ui/startup.py): the icon and menus; the caller's
        own start-up (the log, the presets); the saved values and the model page; the keyring and
        the model list; then the other pages."""
        if self._started:
            return
        self._started = True
        # The first frame did without PySide6's Qt namespace (app/ui/qtvalues.py). Make it now, on
        # this thread, before the warm-up thread imports modules that use it: PySide6 makes its
        # types on first use, and two threads making the same one at once crash the process.
        from PySide6.QtCore import Qt  # noqa: F401

        from app.ui import startup

        stages = [
            (("app.ui.menus", "app.ui.focus", "app.ui.resources"), self._after_the_paint),
            (("app.cli.common", "app.core.redact", "app.core.preset_service"), self._callers_start),
            (_MODEL_PAGE_MODULES, lambda: self._build_page(2)),
            ((), self._values),
            (("app.ui.pages.check",), lambda: self._build_page(3)),
            # Steps 4 and 5 are built when first shown (a few milliseconds): until then their
            # widgets would only cost memory (about 3.5 MiB) while the checks run.
            (("app.ui.pages.cursor", "app.ui.pages.confirm"), lambda: None),
            # Last: their threads (D-Bus, the network stack) would slow the stages above.
            ((), self._keyring_and_models),
        ]
        self.stages = startup.Stages(self.runner, stages)
        if self.smoke:
            self.stages.finish_now()

    def _callers_start(self) -> None:
        for step in self.before_start:
            step()

    def _values(self) -> None:
        """The model page with the values it starts with: before anything can be typed into a
        field IT locked."""
        from PySide6.QtCore import Qt

        from app.core.flow import FlowState
        from app.ui import startup

        self.flow = FlowState()
        startup.apply_values(self)
        if self.demo_url:
            startup.enter_demo(self)
        # With a key already there (demo mode), the next thing is Next.
        if self.key_page.raw_text() and self.focusWidget() in (self.key_page.edit, None):
            self.footer.primary.setFocus(Qt.FocusReason.OtherFocusReason)
        self.inputs_changed()

    def _keyring_and_models(self) -> None:
        from PySide6.QtCore import Qt

        from app.ui import startup

        startup.forget_module_sources()  # before these start the first threads after the warm-up
        if self.smoke:  # the installer's smoke test: no keyring prompt, no network
            return
        if self.demo or self.key_page.keyring_disabled_reason:
            self._load_catalog()
            return
        # The catalog waits for the keyring's answer: a server that hands the saved key back in
        # model names must find it already known to the redaction, or it would be shown and cached.
        self.key_page.keyring_answered.connect(self._load_catalog, Qt.ConnectionType.SingleShotConnection)
        self.key_page.load_from_keyring()

    def _load_catalog(self) -> None:
        self.model_page.load_catalog(self.model_page.base_url_text())

    def show_preset_problem(self, message: str) -> QMessageBox:
        from app.ui import dialogs

        return dialogs.preset_problem(self, message)

    def save_settings(self) -> None:
        """The non-secret values, for next time (never in demo mode, never the key)."""
        if self.persist and 2 in self.pages:
            from app.ui import startup

            startup.save_values(self.model_page)

    # ---- the values and the flow
    def build_settings(self) -> tuple[Settings | None, str, str]:
        """(Settings, "", "") when every input is valid, else (None, message, field)."""
        from app.ui import inputs

        return inputs.build_settings(self.key_page, self.model_page)

    def values_of(self, settings: Settings) -> Values:
        from app.ui import inputs

        return inputs.values_of(settings)

    def inputs_changed(self) -> None:
        """An input changed: the flow hears it at once (results for other values are outdated)."""
        if self.flow is None:
            return
        from app.ui import inputs

        self.flow = self.flow.with_inputs(inputs.inputs_of(self.key_page, self.model_page))
        self.refresh()

    def update_flow(self, state: FlowState) -> None:
        self.flow = state
        self.refresh()

    def refresh(self) -> None:
        """Everything the flow says, everywhere at once."""
        from app.core.flow import derive

        if self.flow is None:
            return
        view = derive(self.flow)
        self.view = view
        states = {int(s): str(v) for s, v in view.states.items()}
        self.steps.set_states(states)
        if self._compact is not None:
            self._compact.show_where(self.current, states)
        self.footer.status.setText(texts.status_sentence(view.status))
        self._render_footer()
        for page in self.pages.values():
            page.show_flow(view, self.flow)

    def _render_footer(self) -> None:
        if self.view is None:
            return
        primary = self.view.primary_of(self.current)
        # At most one plain button beside the primary: Stop while checking, Check again after a pass.
        secondary = ""
        if self.current == 3 and 3 in self.pages:
            if self.check_page.is_running():
                secondary = "stop"
            elif str(primary.action) == "next":
                secondary = "check_again"
        self.footer.show_actions(primary, secondary, back=self.current > 1)

    # ---- navigation
    def go_to_step(self, step: int, focus: bool = True) -> None:
        from PySide6.QtCore import Qt

        if not 1 <= step <= 5:
            return
        previous = self.current
        page = self.page(step)
        self.current = step
        self.stack.setCurrentWidget(page)
        self.steps.show_step(step)
        if previous == 4 and step != 4 and 4 in self.pages:
            self.cursor_page.watch(False)
        if step == 4:
            self._enter_cursor_page()
        if step == 5 and self.flow is not None and self.flow.values is not None:
            self.confirm_page.set_alias(self.flow.values.alias)
        self.refresh()
        self._order_tabs(page)
        if focus:
            target = page.first_focus()
            if target is None or not target.isEnabled():
                target = self.footer.primary if self.footer.primary.isEnabled() else page
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _order_tabs(self, page: QWidget) -> None:
        from app.ui import focus

        top: list[QWidget] = [self.steps, self.org_notice.label, self.settings_notice.label]
        if self._compact is not None:
            top.insert(1, self._compact.menu_button)
        bottom = [self.footer.back, self.footer.secondary, self.footer.primary]
        focus.order_tabs(top, page, bottom)

    def _enter_cursor_page(self) -> None:
        values = self.flow.values if self.flow is not None else None
        checked = self.view is not None and str(self.view.state(3)) == "done"
        target = values.target if values and checked else None
        self.cursor_page.set_target(target)
        self.cursor_page.watch(True)

    def next_step(self) -> None:
        from app.core.flow import Step

        if self.flow is None:
            return
        if self.current == 1:
            self.key_page.clean_now()
        if self.current == 1 and not self.key_page.raw_text().strip():
            self.key_page.say_key_missing()
            self.key_page.edit.setFocus()
            return
        self.update_flow(self.flow.moved_on(Step(self.current)))
        self.go_to_step(self.current + 1)

    def primary(self) -> None:
        """The current page's one action (the filled button, and Enter)."""
        if self.view is None or not self.footer.primary.isEnabled():
            return
        action = str(self.view.primary_of(self.current).action)
        handlers = {
            "next": self.next_step,
            "check": self.run_check,
            "check_again": self.run_check,
            "check_first": lambda: self.go_to_step(3),
            "apply": self.cursor_page.apply if 4 in self.pages else lambda: None,
            "confirm": self.confirm,
            "confirm_again": self.confirm,
            "close": self.close,
        }
        handler = handlers.get(action)
        if handler is not None:
            handler()

    def _secondary(self) -> None:
        action = self.footer.secondary.property("action")
        if action == "stop":
            self.check_page.cancel()
        elif action == "check_again":
            self.run_check()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtCore import Qt

        # Enter that no field or button took (line edits, the picker and the result banner pass it
        # on) runs the page's primary action; a chat's own Enter sends the message instead.
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            from app.ui import focus

            focused = self.focusWidget()
            if focused is None or not focus.owns_enter(focused):
                self.primary()
                return
        super().keyPressEvent(event)

    # ---- the checks (step 3)
    def run_check_from_anywhere(self) -> None:
        if self.current != 3:
            self.go_to_step(3, focus=False)
        self.run_check()

    def run_check(self) -> None:
        if self.flow is None:
            return
        self.key_page.clean_now()
        settings, message, field = self.build_settings()
        check = self.check_page
        if settings is None:
            fix = {"api_key": "change_key", "base_url": "check_address"}.get(field, "choose_model")
            check.show_input_problem(message, fix)
            check.rows_box.hide()
            if self.current == 3:
                check.banner.take_focus_and_announce()
            return
        values = self.values_of(settings)
        self.update_flow(self.flow.check_started(values))
        check.start(settings)
        self.refresh()

    def on_check_finished(self, report: Report | None) -> None:
        from app.core.flow import CheckRecord

        if self.flow is None:
            return
        checking = self.flow.checking
        if report is None or checking is None:
            self.update_flow(self.flow.check_stopped())
        else:
            failed = next((c for c in report.checks if str(c.status) == "fail"), None)
            problem = str(failed.problem) if failed is not None and failed.problem else None
            self.update_flow(self.flow.check_finished(CheckRecord(checking, bool(report.ok), problem)))
            self.save_settings()
            if report.ok:
                self.key_page.suggest_remembering()
        banner = self.check_page.banner
        if self.current == 3:
            banner.take_focus_and_announce()
        else:
            from app.ui import accessibility

            accessibility.announce(banner, banner.text(), assertive=False)

    def fix(self, fix: str) -> None:
        """A banner's button: the one thing to do about a failure."""
        from PySide6.QtCore import Qt

        from app.core.model import BILLING_PAGE_URL
        from app.ui.widgets import open_url

        if fix == "change_key":
            self.go_to_step(1)
            self.key_page.edit.selectAll()
        elif fix == "open_billing":
            open_url(BILLING_PAGE_URL)
        elif fix == "choose_model":
            self.go_to_step(2)
            self.model_page.picker.setFocus(Qt.FocusReason.OtherFocusReason)
        elif fix == "check_address":
            self.go_to_step(2, focus=False)
            self.model_page.open_address()
        elif fix == "set_up_cursor":
            self.go_to_step(4)

    # ---- Cursor (step 4) and its traffic (step 5)
    def on_cursor_record(self, record: CursorRecord) -> None:
        if self.flow is not None:
            self.update_flow(self.flow.cursor_read(record))
            if self.current == 4:
                self.cursor_page.banner.take_focus_and_announce()

    def on_cursor_busy(self, busy: bool) -> None:
        if self.flow is not None:
            self.update_flow(self.flow.cursor_reading() if busy else self.flow.cursor_idle())

    def confirm(self) -> None:
        if self.flow is None:
            return
        settings, message, _field = self.build_settings()
        if settings is None:
            self.confirm_page.banner.show_verdict("fail", message)
            return
        values = self.values_of(settings)
        self.update_flow(self.flow.confirm_started(values))
        self.confirm_page.start(settings, values)

    def on_confirmed(self, record: TrafficRecord | None) -> None:
        if self.flow is None:
            return
        if record is None:
            self.update_flow(self.flow.confirm_stopped())
        else:
            self.update_flow(self.flow.confirmed(record))
        if self.current == 5:
            self.confirm_page.banner.take_focus_and_announce()

    def start_chat(self) -> None:
        settings, message, _field = self.build_settings()
        chat = self.confirm_page.chat
        if settings is None:
            chat.show_input_error(message)
            return
        chat.start(settings)

    # ---- for others: the team page, curl, the report for IT, About
    def export_markdown(self, path: str | Path | None = None) -> Path | None:
        from app.ui import exports

        return exports.export_markdown(self, path)

    def copy_curl(self) -> None:
        from app.ui import exports

        exports.copy_curl(self)

    def save_diagnostic_report(self, path: str | Path | None = None) -> Path | None:
        from app.ui import exports

        return exports.save_diagnostic_report(self, path)

    def show_about(self) -> QMessageBox:
        from app.ui import dialogs

        return dialogs.about(self)

    def say(self, text: str) -> None:
        """A passing message (a file saved, a command copied), shown for a while above the page."""
        self.flash.show_message("pass", text)
        self._flash_timer.start()

    def _on_key_loaded(self) -> None:
        from PySide6.QtCore import Qt

        if self.current == 1 and self.focusWidget() is self.key_page.edit:
            self.footer.primary.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- shutdown, palette, size
    def shutdown(self, wait_ms: int = 3000) -> None:
        """Stop background work; the key leaves the clipboard if it is still there."""
        if self._clipboard is not None:
            self._clipboard.clear_if_still_secret()
        if 4 in self.pages:
            self.cursor_page.watch(False)
        if self._runner is not None:
            self._runner.shutdown(wait_ms)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        self.shutdown()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._recolouring:
            # The system switched between light and dark: recolour what we tinted ourselves.
            self._recolouring = True
            try:
                refresh_theme(self)
                self.steps.recolour()
                self.footer.recolour()
                self.refresh()
            finally:
                self._recolouring = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = event.size().width() < NARROW_PX
        self.steps.setVisible(not narrow)
        if narrow or self._compact is not None:
            self.compact.setVisible(narrow)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._started:
            # After the first paint: nothing slow may delay the window appearing (a timer, in case
            # the platform never paints a window nobody can see).
            QTimer.singleShot(_START_AT_THE_LATEST_MS, self.start)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.start)
