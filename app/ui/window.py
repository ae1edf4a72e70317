"""The main window: five numbered steps on one page, a list of steps on the left saying where the
user is and what is next, and a menu for the rarer things (export, report for IT, About).

The window never does network work itself: sections start core calls through ``JobRunner``.
Which values the fields start with (the caller's, saved settings, the organisation's presets) is
decided by core's preset service; the window shows the outcome.
"""

from __future__ import annotations

import itertools
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import InvalidInput, PresetError
from app.core.model import KEYS_PAGE_URL, Report, Settings
from app.ui import dialogs, resources, texts, theme
from app.ui.clipboard import DEFAULT_CLEAR_AFTER_S, ClipboardGuard
from app.ui.nav import StepNav
from app.ui.sections.chat import ChatSection
from app.ui.sections.copy import CopySection
from app.ui.sections.key import KeySection
from app.ui.sections.model import ModelSection
from app.ui.sections.verify import VerifySection
from app.ui.widgets import Notice, h_line, muted_label, refresh_theme
from app.ui.workers import JobRunner

if TYPE_CHECKING:
    from app.core.preset_service import PresetLayers, Resolved

log = logging.getLogger(__name__)

# The values a run of the checks or a chat was for: (base URL, deployment, alias), and the key.
Fingerprint = tuple[tuple[str, str, str], str]


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        demo_url: str | None = None,
        demo_key: str | None = None,
        presets: PresetLayers | None = None,
        persist: bool = True,
        clipboard_clear_s: float = DEFAULT_CLEAR_AFTER_S,
        initial: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        self.demo_url = demo_url
        # Values to start with (e.g. a base URL given by the caller), over the saved ones.
        self.initial = dict(initial or {})
        self.presets = presets
        # Demo mode never writes the user's settings or keyring: its values are not theirs.
        self.persist = persist and demo_url is None
        self.runner = JobRunner(self)
        self.clipboard = ClipboardGuard(self, clear_after_s=clipboard_clear_s)
        self._verified_for: Fingerprint | None = None
        self._verify_pending_for: Fingerprint | None = None  # the run going now, if any
        self._last_verified_ok: bool | None = None
        self._copied: set[str] = set()  # rows copied since the last passing check
        # The settings a chat last answered with: step 5 is done only while they are unchanged.
        self._chatted_for: Fingerprint | None = None
        self._chat_pending_for: Fingerprint | None = None
        self.resolved: Resolved | None = None  # what the presets made of the start values
        self._started = False
        self._recolouring = False
        self.smoke = False  # --smoke: show and quit, no keyring or network

        self.setWindowTitle(self.tr("Cursor Azure Setup"))
        self.setWindowIcon(resources.app_icon())
        self.setObjectName("mainWindow")

        # ---- sections
        self.key_section = KeySection(self.runner)
        self.model_section = ModelSection(self.runner)
        self.verify_section = VerifySection(self.runner)
        self.copy_section = CopySection(self.clipboard)
        self.chat_section = ChatSection(self.runner)
        self.sections: list[KeySection | ModelSection | VerifySection | CopySection | ChatSection] = [
            self.key_section,
            self.model_section,
            self.verify_section,
            self.copy_section,
            self.chat_section,
        ]

        # ---- header: name, what it does, organisation and demo banners
        header = QWidget()
        icon = QLabel(header)
        side = round(self.fontMetrics().height() * 2.6)
        icon.setPixmap(resources.app_icon().pixmap(side, side))
        icon.setFixedSize(side, side)
        title = QLabel(self.tr("Cursor Azure Setup"), header)
        theme.set_point_size(title, 1.6, bold=True)
        subtitle = muted_label(
            self.tr("Connects Cursor to AI/ML API in about two minutes: follow the steps top to bottom."),
            header,
        )
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(title)
        titles.addWidget(subtitle)
        head_row = QHBoxLayout(header)
        head_row.setContentsMargins(0, 0, 0, 0)
        head_row.setSpacing(12)
        head_row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head_row.addLayout(titles, 1)
        self.org_notice = Notice()
        self.org_notice.setAccessibleName(self.tr("Your organisation"))
        self.demo_notice = Notice()
        self.demo_notice.setAccessibleName(self.tr("Demo mode"))
        self.settings_notice = Notice()

        # ---- the page
        page = QWidget()
        page.setObjectName("page")
        col = QVBoxLayout(page)
        margin = round(self.fontMetrics().height() * 1.2)
        col.setContentsMargins(margin, margin, margin, margin)
        col.setSpacing(round(self.fontMetrics().height() * 0.9))
        col.addWidget(header)
        col.addWidget(self.org_notice)
        col.addWidget(self.demo_notice)
        col.addWidget(self.settings_notice)
        for i, section in enumerate(self.sections):
            if i:
                col.addWidget(h_line())
            col.addWidget(section)
        col.addStretch(1)
        page.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 62)

        holder = QWidget()
        holder_lay = QHBoxLayout(holder)
        holder_lay.setContentsMargins(0, 0, 0, 0)
        holder_lay.addWidget(page, 1)
        holder_lay.addStretch(0)
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        # Tab goes from field to field; the page itself is never an (invisible) tab stop.
        self.page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_scroll.setWidget(holder)

        self.nav = StepNav(
            [
                self.tr("API key"),
                self.tr("Model"),
                self.tr("Check"),
                self.tr("Copy into Cursor"),
                self.tr("Try a chat"),
            ]
        )
        self.nav.step_clicked.connect(self.go_to_step)
        nav_frame = QFrame()
        nav_frame.setFrameShape(QFrame.Shape.StyledPanel)
        nav_frame.setAutoFillBackground(True)
        pal = nav_frame.palette()
        pal.setColor(nav_frame.backgroundRole(), pal.color(pal.ColorRole.AlternateBase))
        nav_frame.setPalette(pal)
        nav_lay = QVBoxLayout(nav_frame)
        nav_lay.setContentsMargins(0, 0, 0, 0)
        nav_lay.addWidget(self.nav)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(nav_frame)
        row.addWidget(self.page_scroll, 1)
        self.setCentralWidget(central)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)

        self._build_menu()
        self._wire()
        self._set_tab_order()
        self.refresh()
        self._fit_to_screen()

    # ---- construction helpers
    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.export_action = QAction(self.tr("&Save a page for your team…"), self)
        self.export_action.setShortcut(QKeySequence.StandardKey.Save)
        self.export_action.triggered.connect(lambda: self.export_markdown())
        file_menu.addAction(self.export_action)
        self.curl_action = QAction(self.tr("Copy as &curl"), self)
        self.curl_action.triggered.connect(self.copy_curl)
        file_menu.addAction(self.curl_action)
        self.report_action = QAction(self.tr("Save a &report for IT…"), self)
        self.report_action.triggered.connect(lambda: self.save_diagnostic_report())
        file_menu.addAction(self.report_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        key_action = QAction(self.tr("&Where do I get a key?"), self)
        key_action.triggered.connect(lambda: QDesktopServices.openUrl(QUrl(KEYS_PAGE_URL)))
        help_menu.addAction(key_action)
        self.org_help_action = QAction(self.tr("Help from your &IT team"), self)
        self.org_help_action.setVisible(False)
        help_menu.addAction(self.org_help_action)
        help_menu.addAction(self.report_action)
        help_menu.addSeparator()
        about = QAction(self.tr("&About Cursor Azure Setup"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _wire(self) -> None:
        self.key_section.changed.connect(self.refresh)
        self.key_section.submitted.connect(self.verify)
        self.key_section.loaded_from_keyring.connect(self._on_key_loaded)
        self.model_section.changed.connect(self.refresh)
        self.model_section.submitted.connect(self.verify)
        self.model_section.base_url_changed.connect(self.model_section.load_catalog)
        self.verify_section.verify_requested.connect(self.verify)
        self.verify_section.finished.connect(self._on_verified)
        self.verify_section.summary.anchor.connect(self._on_anchor)
        self.verify_section.report_requested.connect(lambda: self.save_diagnostic_report())
        self.verify_section.running_changed.connect(lambda _r: self.refresh())
        self.copy_section.copied.connect(self._on_copied)
        self.copy_section.export_requested.connect(lambda: self.export_markdown())
        self.copy_section.curl_requested.connect(self.copy_curl)
        self.chat_section.needs_settings.connect(self.start_chat)
        self.chat_section.finished.connect(self._on_chat_done)
        self.clipboard.cleared.connect(
            lambda: self.copy_section.feedback.setText(self.tr("The key was removed from the clipboard."))
        )
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, self.verify)

    def _set_tab_order(self) -> None:
        k, m, v, c, ch = (
            self.key_section,
            self.model_section,
            self.verify_section,
            self.copy_section,
            self.chat_section,
        )
        # Top to bottom, left to right, as on screen. Messages are in the chain where they appear:
        # they are tab stops only while they hold a link ("Go to step 4", "Get help").
        chain: list[QWidget] = [
            self.org_notice.label, self.demo_notice.label, self.settings_notice.label,
            k.edit, k.show_button, k.link, k.notice.label, k.remember_button, k.forget_button,
            k.keyring_notice.label,
            m.deployment, m.reload_button, m.deployment_notice.label, m.alias, m.alias_notice.label,
            m.advanced.button, m.base_url, m.timeout, m.host_notice.label,
            v.verify_button, v.cancel_button, v.report_button, v.summary.label,
            *(row.fix for row in v.rows.values()),
            c.state_notice.label,
            c.buttons["base_url"], c.buttons["deployment"], c.buttons["api_key"], c.buttons["alias"],
            c.copy_all_button, c.export_button, c.curl_button, c.trouble.button,
            ch.prompt, ch.send_button, ch.stop_button, ch.reply, ch.notice.label,
        ]  # fmt: skip
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)
        # Enter presses the focused button, as Space does (outside dialogs Qt only does that
        # for "auto default" buttons).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)

    def _fit_to_screen(self) -> None:
        em = self.fontMetrics().height()
        width, height = round(em * 66), round(em * 54)
        screen = self.screen()
        if screen is not None:
            avail = screen.availableGeometry()
            width, height = min(width, avail.width() - 40), min(height, avail.height() - 60)
        self.resize(max(width, 640), max(height, 480))

    # ---- start-up (after the first paint)
    @property
    def started(self) -> bool:
        """Whether the start-up after the first paint ran (saved values, presets, keyring, list)."""
        return self._started

    def start(self) -> None:
        """Load saved values, the preset, the keyring and the model list. Called once shown."""
        if self._started:
            return
        self._started = True
        saved, saved_note = self._load_saved_settings() if self.persist else ({}, "")
        notes = ([saved_note] if saved_note else []) + self._apply_values(saved)
        if notes:
            self.settings_notice.show_message("warn" if saved_note else "info", "\n".join(notes))
        if saved.get("advanced_open") is True:
            self.model_section.advanced.set_open(True)
        if self.demo_url:
            self.model_section.set_values({"base_url": self.demo_url})
            self.model_section.update_host_notice()
            self.demo_notice.show_message(
                "info",
                self.tr(
                    "Demo mode: a built-in test server on this computer stands in for AI/ML API, with a demo "
                    "key already filled in. Nothing is sent over the internet."
                ),
            )
            self.key_section.disable_keyring(
                self.tr("Demo mode: the demo key is not saved on this computer.")
            )
        # Ready to paste at once; with a key already there, the next thing is Verify.
        if self.key_section.raw_text():
            self.verify_section.verify_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.key_section.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.smoke:  # the installer's smoke test: no keyring prompt, no network
            self.refresh()
            return
        if not self.demo_url:
            self.key_section.load_from_keyring()
        self.model_section.load_catalog(self.model_section.base_url_text())
        self.refresh()

    def _load_saved_settings(self) -> tuple[dict[str, Any], str]:
        """The saved settings, and what was wrong with the file ('' when nothing was)."""
        try:
            from app.core import settings_store

            values, notice = settings_store.load_settings()
        except Exception as exc:  # a broken settings file must never stop the window
            log.warning("could not load settings: %s", type(exc).__name__)
            return {}, ""
        return values, texts.core_text(notice.message) if notice is not None else ""

    def _apply_values(self, saved: dict[str, Any]) -> list[str]:
        """Settle the start values through core's preset service (the caller's values, then saved
        settings, then the presets) and show the organisation; returns what changed, to say."""
        from app.core.preset_service import FieldValues, PresetLayers, resolve

        layers = self.presets or PresetLayers()
        try:
            resolved = resolve(layers, FieldValues.of(self.initial), FieldValues.of(saved))
        except PresetError as exc:
            # A user-level preset (or a value given to the window) against a lock IT set: the
            # organisation's values win, and IT hears about it.
            self.show_preset_problem(exc.problem.message)
            resolved = resolve(layers.without_user(), FieldValues(), FieldValues.of(saved))
        self.resolved = resolved
        self.model_section.apply(resolved)
        self._show_organisation(resolved.layers)
        return [texts.core_text(n.message) for n in resolved.notices]

    def show_preset_problem(self, message: str) -> QMessageBox:
        return dialogs.preset_problem(self, message)

    def _show_organisation(self, layers: PresetLayers) -> None:
        org = layers.org_name or ""
        help_url = layers.help_url or ""
        if org or help_url:
            name = org or self.tr("your IT team")
            text = self.tr("Set up for %1. Some values were chosen by your IT team.").replace(
                "%1", _esc(name)
            )
            if help_url:
                text += f' <a href="{_esc(help_url)}">{self.tr("Get help")}</a>'
                self.org_help_action.setVisible(True)
                self.org_help_action.setText(self.tr("Help from %1").replace("%1", name))
                self.org_help_action.triggered.connect(lambda: QDesktopServices.openUrl(QUrl(help_url)))
            self.org_notice.show_message("info", text, rich=True)
        if org:
            self.setWindowTitle(self.tr("Cursor Azure Setup – %1").replace("%1", org))

    def save_settings(self) -> None:
        if not self.persist:
            return
        m = self.model_section
        values = {
            "base_url": m.base_url_text(),
            "deployment": m.deployment_text(),
            "alias": m.alias_text(),
            "timeout_s": m.timeout_s(),
            "advanced_open": m.advanced.is_open(),
        }
        try:
            from app.core import settings_store

            settings_store.save_settings(values)
        except Exception as exc:
            log.warning("could not save settings: %s", type(exc).__name__)

    # ---- state
    def build_settings(self) -> tuple[Settings | None, str, str]:
        """(Settings, "", "") when the form is valid, else (None, message, field)."""
        from app.core import config

        key_error = self.key_section.error()
        if key_error:
            return None, key_error, "api_key"
        m = self.model_section
        try:
            settings, _notices = config.build_settings(
                self.key_section.key() or self.key_section.raw_text(),
                m.base_url_text(),
                m.deployment_text(),
                m.alias_text(),
                m.timeout_s(),
            )
        except InvalidInput as exc:
            return None, texts.core_text(exc.problem.message), exc.field
        return settings, "", ""

    def _public_values(self) -> tuple[str, str, str, str]:
        """The values to show in step 4: normalised when valid, as typed otherwise."""
        settings, _msg, _field = self.build_settings()
        if settings is not None:
            return settings.base_url, settings.deployment, settings.api_key.reveal(), settings.alias
        m = self.model_section
        return m.base_url_text(), m.deployment_text(), self.key_section.key(), m.alias_text()

    def _fingerprint(self) -> Fingerprint:
        base, dep, key, alias = self._public_values()
        return (base, dep, alias), key

    def refresh(self) -> None:
        """Recompute what step 4 shows and where the user is."""
        base, dep, key, alias = self._public_values()
        self.copy_section.set_values(base, dep, key, alias)
        verified_now = self._verified_for is not None and self._verified_for == ((base, dep, alias), key)
        if verified_now:
            self.copy_section.set_verified(self._last_verified_ok)
        elif self.verify_section.is_running():
            self.copy_section.set_checking()
        else:
            self.copy_section.set_verified(None)
        key_done = bool(key)
        model_done = bool(dep)
        check_done = bool(verified_now and self._last_verified_ok)
        # Cursor needs three values pasted: done once each was copied (the alias is a label).
        copy_done = check_done and {"base_url", "deployment", "api_key"} <= self._copied
        chat_done = self._chatted_for is not None and self._chatted_for == ((base, dep, alias), key)
        done = [key_done, model_done, check_done, copy_done, chat_done]
        current = next((i for i in range(4) if not done[i]), 4)
        states = ["done" if d else "todo" for d in done]
        if not done[current]:
            states[current] = "current"
        self.nav.set_states(states)
        hints = [self.tr("Done") if d else "" for d in done]
        for section, state, hint in zip(self.sections, states, hints, strict=False):
            section.header.set_state(state, hint)
        if self.verify_section.is_running():
            nxt = self.tr("Checking… you can keep editing.")
        elif not key_done:
            nxt = self.tr("Next: paste your API key (step 1).")
        elif not model_done:
            nxt = self.tr("Next: choose a model (step 2).")
        elif not check_done:
            if verified_now and self._last_verified_ok is False:
                nxt = self.tr("Next: fix what step 3 says, then press Verify again.")
            else:
                nxt = self.tr("Next: press Verify (step 3).")
        elif not copy_done:
            nxt = self.tr("Next: copy the values into Cursor (step 4).")
            names = {
                "base_url": self.tr("Base URL"),
                "deployment": self.tr("Deployment Name"),
                "api_key": self.tr("API Key"),
            }
            left = [label for key, label in names.items() if key not in self._copied]
            if self._copied and left:
                nxt += " " + self.tr("Still to copy: %1.").replace("%1", ", ".join(left))
        else:
            nxt = self.tr("All set. Optional: try a chat (step 5).")
        self.status_label.setText(nxt)
        self.nav.next_label.setText(nxt)

    def go_to_step(self, number: int) -> None:
        section = self.sections[number - 1]
        page = self.page_scroll.widget()
        if page is not None:
            top = section.mapTo(page, section.rect().topLeft()).y()
            bar = self.page_scroll.verticalScrollBar()
            bar.setValue(max(0, top - round(self.fontMetrics().height() * 0.8)))
        focus = {
            1: self.key_section.edit,
            2: self.model_section.deployment,
            3: self.verify_section.verify_button,
            4: self.copy_section.buttons["base_url"],
            5: self.chat_section.prompt,
        }[number]
        if focus.isEnabled():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_key_loaded(self) -> None:
        if self.focusWidget() is self.key_section.edit:
            self.verify_section.verify_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_anchor(self, anchor: str) -> None:
        """Our own links in messages: "step4", "advanced"."""
        if anchor.startswith("step") and anchor[4:].isdigit():
            self.go_to_step(int(anchor[4:]))
        elif anchor == "advanced":
            self.go_to_step(2)
            self._focus_field("base_url")
            self.page_scroll.ensureWidgetVisible(self.model_section.base_url)

    # ---- actions
    def _focus_field(self, field: str) -> None:
        m = self.model_section
        widget = {
            "api_key": self.key_section.edit,
            "base_url": m.base_url,
            "deployment": m.deployment,
            "alias": m.alias,
            "timeout": m.timeout,
            "timeout_s": m.timeout,
        }.get(field)
        if widget is None:
            return
        if widget in (m.base_url, m.timeout):
            m.advanced.set_open(True)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def verify(self) -> None:
        self.key_section.clean_now()
        settings, message, field = self.build_settings()
        if settings is None:
            self.verify_section.rows_box.hide()
            self.verify_section.show_input_error(message)
            self._focus_field(field)
            return
        self._verified_for = None
        self._copied = set()
        self._verify_pending_for = (
            (settings.base_url, settings.deployment, settings.alias),
            settings.api_key.reveal(),
        )
        self.verify_section.start(settings)
        self.refresh()

    def _on_verified(self, report: Report | None) -> None:
        if report is None:
            self.refresh()
            return
        self._verified_for = self._verify_pending_for
        self._last_verified_ok = bool(report.ok)
        self.save_settings()
        if report.ok and self.key_section.keyring_available and not self.key_section.saved_in_keyring:
            self.key_section.keyring_label.setText(
                self.tr("Tip: press Remember on this computer so you don't have to paste the key again.")
            )
        self.refresh()

    def _on_copied(self, name: str) -> None:
        if self._verified_for is not None and self._last_verified_ok:
            self._copied |= {"base_url", "deployment", "alias"} if name == "all" else {name}
        self.refresh()

    def start_chat(self) -> None:
        settings, message, field = self.build_settings()
        if settings is None:
            self.chat_section.show_input_error(message)
            self._focus_field(field)
            return
        self._chat_pending_for = self._fingerprint()
        self.chat_section.start(settings)

    def _on_chat_done(self, ok: bool) -> None:
        if ok:
            self._chatted_for = self._chat_pending_for
        self.refresh()

    def _report_for_export(self) -> Report | None:
        if self._verified_for is not None and self._verified_for == self._fingerprint():
            return self.verify_section.report
        return None

    def export_markdown(self, path: str | Path | None = None) -> Path | None:
        """Save the team page (never the key). With no path, ask where."""
        from app.core import export

        if path is None:
            path = dialogs.ask_where_to_save(
                self,
                self.tr("Save a page for your team"),
                "cursor-aimlapi-setup.md",
                self.tr("Markdown page (*.md)"),
            )
            if path is None:
                return None
        target = Path(path)
        text = export.team_markdown(self._public(), self._report_for_export(), datetime.now().astimezone())
        try:
            target = export.write_team_page(target, text)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The page could not be saved there (%1). Choose another folder.").replace(
                    "%1", exc.strerror or type(exc).__name__
                ),
            )
            return None
        self.copy_section.feedback.setText(self.tr("Saved %1").replace("%1", target.name))
        return target

    def _public(self) -> dict[str, str]:
        """The values of step 4 without the key, for pages, commands and reports."""
        base, dep, _key, alias = self._public_values()
        return {"base_url": base, "deployment": dep, "alias": alias}

    def copy_curl(self) -> None:
        from app.core import export

        self.clipboard.copy_text(export.curl_command(self._public()))
        self.copy_section.feedback.setText(
            self.tr("Copied a curl command. It uses $AIMLAPI_API_KEY instead of your key.")
        )

    def save_diagnostic_report(self, path: str | Path | None = None) -> Path | None:
        """A file for IT: versions, system, proxy settings, the checks. Never the key."""
        from app.core import diagnostics

        if path is None:
            path = dialogs.ask_where_to_save(
                self,
                self.tr("Save a report for IT"),
                "cursor-azure-setup-report.txt",
                self.tr("Report (*.txt *.json);;All files (*)"),
            )
            if path is None:
                return None
        try:
            target = diagnostics.write_diagnostic_report(
                Path(path), report=self.verify_section.report, settings_public=self._public()
            )
        except Exception as exc:
            log.warning("diagnostic report failed: %s", type(exc).__name__)
            QMessageBox.warning(self, self.tr("Not saved"), self.tr("The report could not be saved there."))
            return None
        self.statusBar().showMessage(self.tr("Report saved: %1").replace("%1", str(target)), 8000)
        return target

    def show_about(self) -> QMessageBox:
        return dialogs.about(self)

    # ---- shutdown
    def shutdown(self, wait_ms: int = 3000) -> None:
        """Stop background work; the key leaves the clipboard if it is still there."""
        self.clipboard.clear_if_still_secret()
        self.runner.shutdown(wait_ms)

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
                self.refresh()
            finally:
                self._recolouring = False

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if not self._started:
            # After the first paint: nothing slow may delay the window appearing.
            QTimer.singleShot(0, self.start)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
