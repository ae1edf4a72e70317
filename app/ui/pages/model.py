"""Step 2: which model Cursor uses, its name in Cursor's model list, and Advanced (the service's
address, the time limit, the curl command and the report for IT).

The model list loads in the background from the live catalog, falls back to the cached one, and
then to typing a name. A preset may lock fields or limit the list.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from app.core.errors import AppError, Cancelled, InvalidInput
from app.core.model import DEFAULT_BASE_URL, DEFAULT_DEPLOYMENT, DEFAULT_TIMEOUT_S
from app.ui import texts
from app.ui.pages.base import Page
from app.ui.picker import ModelEntry, ModelPicker, details, entries_from_catalog
from app.ui.widgets import Collapsible, LinkButton, Notice, StatusIcon, muted_label, small
from app.ui.workers import Job, JobRunner, Progress, Task

if TYPE_CHECKING:
    from app.core.catalog import CatalogResult
    from app.core.preset_service import Resolved


class ModelPage(Page):
    changed = Signal()
    base_url_changed = Signal(str)
    curl_requested = Signal()
    report_requested = Signal()

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(
            2,
            QCoreApplication.translate(
                "ModelPage",
                "Cursor sends every request to this model. The first suggestion works well for coding.",
            ),
            parent,
            banner=False,
        )
        self.runner = runner
        self.allowed: list[str] | None = None
        self.locked: frozenset[str] = frozenset()
        self.catalog_source = ""  # "live", "cache" or "none"
        self._catalog_job: Job | None = None
        self._catalog_run = 0
        self._catalog_base: str | None = None
        self._alias_touched = False
        self._last_suggested = ""
        self._base_url_error = ""
        col = self.column

        # The model: a friendly picker (the id in small print below it).
        self.picker_label = QLabel(self.tr("&Model"), col)
        self.picker = ModelPicker(col)
        self.picker.setAccessibleName(self.tr("Model"))
        self.picker_label.setBuddy(self.picker)
        self.picker_detail = small(muted_label("", col))
        self.picker_detail.setAccessibleName(self.tr("Model details"))
        self.picker_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.catalog_icon = StatusIcon("running", col)
        self.catalog_label = muted_label(self.tr("Loading the list of models…"), col)
        self.catalog_label.setAccessibleName(self.tr("Model list status"))
        self.reload_button = LinkButton(self.tr("Load the list again"), "", col)
        self.reload_button.clicked.connect(lambda: self.load_catalog(self.base_url_text()))
        self.reload_button.hide()
        self.deployment_notice = Notice(col)
        self.locked_note = muted_label("", col)
        self.locked_note.setAccessibleName(self.tr("Values set by your IT team"))
        self.locked_note.hide()

        # The alias: the name to pick in Cursor's chat.
        self.alias_label = QLabel(self.tr("Model &alias"), col)
        self.alias = QLineEdit(col)
        self.alias.setAccessibleName(self.tr("Model alias"))
        self.alias_label.setBuddy(self.alias)
        self.alias_help = muted_label(
            self.tr("The name you pick in Cursor's chat. Any name that isn't one of Cursor's own models."),
            col,
        )
        self.alias_notice = Notice(col)

        # Advanced: collapsed; most people never open it.
        self.advanced = Collapsible(self.tr("Advanc&ed"), col)
        self.advanced.button.setAccessibleName(self.tr("Advanced settings"))
        body = self.advanced.body
        self.base_url_label = QLabel(self.tr("Service a&ddress (Base URL)"), body)
        self.base_url = QLineEdit(DEFAULT_BASE_URL, body)
        self.base_url.setAccessibleName(self.tr("Service address (Base URL)"))
        self.base_url.setPlaceholderText(DEFAULT_BASE_URL)
        self.base_url_label.setBuddy(self.base_url)
        self.timeout_label = QLabel(self.tr("&Time limit"), body)
        self.timeout = QSpinBox(body)
        self.timeout.setRange(1, 300)
        self.timeout.setValue(int(DEFAULT_TIMEOUT_S))
        self.timeout.setSuffix(self.tr(" seconds"))
        self.timeout.setAccessibleName(self.tr("Time limit for each request, in seconds"))
        self.timeout_label.setBuddy(self.timeout)
        self.host_notice = Notice(body)
        self.host_notice.setAccessibleName(self.tr("Where the key is sent"))
        self.curl_button = QPushButton(self.tr("Copy as curl"), body)
        self.curl_button.setAccessibleName(self.tr("Copy as curl"))
        self.curl_button.setToolTip(
            self.tr("A command for IT that sends the same test (the key stays a placeholder).")
        )
        self.curl_button.clicked.connect(self.curl_requested.emit)
        self.report_button = QPushButton(self.tr("Save a report for IT…"), body)
        self.report_button.setAccessibleName(self.tr("Save a report for IT"))
        self.report_button.setToolTip(
            self.tr(
                "A file for your IT team: versions, system, proxy settings and the checks. Never the key."
            )
        )
        self.report_button.clicked.connect(self.report_requested.emit)
        form = QFormLayout(body)
        form.setContentsMargins(18, 4, 0, 4)
        form.addRow(self.base_url_label, self.base_url)
        form.addRow(self.timeout_label, self.timeout)
        form.addRow(self.host_notice)
        tools = QHBoxLayout()
        tools.addWidget(self.curl_button)
        tools.addWidget(self.report_button)
        tools.addStretch(1)
        form.addRow(tools)

        status_row = QHBoxLayout()
        status_row.setSpacing(6)
        status_row.addWidget(self.catalog_icon)
        status_row.addWidget(self.catalog_label, 1)
        status_row.addWidget(self.reload_button)
        self.lay.addWidget(self.picker_label)
        self.lay.addWidget(self.picker)
        self.lay.addWidget(self.picker_detail)
        self.lay.addLayout(status_row)
        self.lay.addWidget(self.deployment_notice)
        self.lay.addWidget(self.locked_note)
        self.lay.addSpacing(self.fontMetrics().height() // 2)
        self.lay.addWidget(self.alias_label)
        self.lay.addWidget(self.alias)
        self.lay.addWidget(self.alias_help)
        self.lay.addWidget(self.alias_notice)
        self.lay.addWidget(self.advanced)
        self.finish_layout()

        self.picker.set_current_id(DEFAULT_DEPLOYMENT, announce=False)
        self.picker.picked.connect(self._on_deployment_changed)
        self.alias.textEdited.connect(self._on_alias_edited)
        self.alias.textChanged.connect(lambda _t: self.changed.emit())
        self.base_url.editingFinished.connect(self._on_base_url_done)
        self.base_url.textChanged.connect(self._on_base_url_typed)
        self.timeout.valueChanged.connect(lambda _v: self.changed.emit())
        self.advanced.toggled.connect(lambda _open: self.changed.emit())
        self._on_deployment_changed(DEFAULT_DEPLOYMENT)
        self.update_host_notice()

    def first_focus(self) -> QWidget:
        return self.picker if self.picker.isEnabled() else self.alias

    # ---- values
    def deployment_text(self) -> str:
        return self.picker.current_id().strip()

    def alias_text(self) -> str:
        return self.alias.text().strip()

    def base_url_text(self) -> str:
        return self.base_url.text().strip()

    def timeout_s(self) -> float:
        return float(self.timeout.value())

    def invalid_fields(self) -> frozenset[str]:
        """The fields whose value core refuses (for the flow's step 2)."""
        from app.core import config

        bad = set()
        for name, check, value in (
            ("base_url", config.normalise_base_url, self.base_url_text()),
            ("deployment", config.normalise_deployment, self.deployment_text()),
            ("alias", config.normalise_alias, self.alias_text()),
        ):
            try:
                check(value)
            except InvalidInput:
                bad.add(name)
        if config.check_alias(self.alias_text()):
            bad.add("alias")  # Cursor would refuse it
        return frozenset(bad)

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the fields (from saved settings or a preset); locked fields keep the preset's value."""
        if values.get("base_url"):
            self.base_url.setText(str(values["base_url"]))
            self.update_host_notice()
        if values.get("deployment"):
            self.picker.set_current_id(str(values["deployment"]), announce=False)
            self._on_deployment_changed(self.deployment_text())
        if values.get("alias"):
            self.alias.setText(str(values["alias"]))
            self._alias_touched = str(values["alias"]) != self._last_suggested
            self._check_alias()
        timeout = values.get("timeout_s")
        if isinstance(timeout, int | float) and 1 <= timeout <= 300:
            self.timeout.setValue(int(timeout))

    def apply(self, resolved: Resolved) -> None:
        """The values the presets, the saved settings and the caller settle on (``preset_service``),
        the allowed list, and locked fields greyed out with a tooltip saying who set them."""
        from app.core.config import parse_timeout
        from app.core.presets import FIELDS

        v = resolved.values
        values: dict[str, object] = {"base_url": v.base_url, "deployment": v.deployment, "alias": v.alias}
        if v.timeout is not None:
            try:
                values["timeout_s"] = parse_timeout(v.timeout)
            except InvalidInput:
                pass
        self.set_values({k: value for k, value in values.items() if value})
        org = resolved.layers.org_name or ""
        if resolved.allowed is not None:
            self.allowed = list(resolved.allowed)
            self.picker.set_entries([ModelEntry(d) for d in self.allowed], allow_typing=False)
            self.picker.set_current_id(v.deployment or self.allowed[0], announce=False)
            self.picker.setToolTip(
                self.tr("Your IT team (%1) chose which models you can use.").replace("%1", org)
                if org
                else self.tr("Your IT team chose which models you can use.")
            )
        self.locked = frozenset(resolved.locked)
        widgets: dict[str, list[QWidget]] = {
            "base_url": [self.base_url],
            "deployment": [self.picker, self.reload_button],
            "alias": [self.alias],
            "timeout": [self.timeout],
        }
        for name, preset in resolved.locked.items():
            tip = _locked_tip(preset.org_name)
            for widget in widgets.get(name, []):
                widget.setEnabled(False)
                widget.setToolTip(tip)
        names = {
            "base_url": self.tr("Service address"),
            "deployment": self.tr("Model"),
            "alias": self.tr("Model alias"),
            "timeout": self.tr("Time limit"),
        }
        shown = [names[n] for n in FIELDS if n in self.locked]
        if shown:
            self.locked_note.setText(self.tr("Set by your IT team: %1.").replace("%1", ", ".join(shown)))
            self.locked_note.setToolTip(_locked_tip(org))
            self.locked_note.show()
        self._on_deployment_changed(self.deployment_text())
        self.update_host_notice()

    def is_locked(self, name: str) -> bool:
        return name in self.locked

    # ---- the model list
    def load_catalog(self, base_url: str) -> None:
        """Load the models in the background; the picker stays usable (typing a name always works)."""
        if self._catalog_job is not None:
            self._catalog_job.cancel()
        self.catalog_icon.set_state("running")
        self.catalog_label.setText(self.tr("Loading the list of models…"))
        self.reload_button.hide()
        url = base_url or DEFAULT_BASE_URL
        self._catalog_base = url

        def work(_progress: Progress, cancel: threading.Event) -> CatalogResult:
            from app.core import catalog

            return catalog.load_catalog(url, timeout_s=10, cancel=cancel)

        self._catalog_run += 1
        run = self._catalog_run
        self._catalog_job = self.runner.start(
            Task(
                work,
                name="catalog",
                on_result=lambda value: self._on_catalog(run, value),
                on_error=lambda exc: self._on_catalog_error(run, exc),
            )
        )

    def _on_catalog(self, run: int, result: CatalogResult) -> None:
        if run != self._catalog_run:
            return
        models, source, saved_at = result.models, result.source, result.saved_at
        self.catalog_source = source
        self._catalog_job = None
        entries = entries_from_catalog(models)
        if self.allowed is not None:
            known = {e.id: e for e in entries}
            entries = [known.get(d, ModelEntry(d)) for d in self.allowed]
        self.picker.set_entries(entries, allow_typing=self.allowed is None)
        count = len(entries)
        if self.allowed is not None:
            self.catalog_icon.set_state("pass")
            if self.is_locked("deployment"):
                words = self.tr("Your IT team chose this model.")
            elif count == 1:
                words = self.tr("One model allowed by your IT team.")
            else:
                words = self.tr("%1 models allowed by your IT team.").replace("%1", str(count))
            self.catalog_label.setText(words)
        elif source == "live":
            self.catalog_icon.set_state("pass")
            self.catalog_label.setText(
                self.tr("%1 models available. Open the list to search.").replace("%1", str(count))
            )
        else:
            self.catalog_icon.set_state("warn")
            when = ""
            if saved_at:
                stamp = QDateTime.fromSecsSinceEpoch(int(saved_at))
                when = QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
            text = self.tr("Showing the list saved last time (%1 models): the live one could not be used.")
            if when:
                text = self.tr("Showing the list saved on %2 (%1 models): the live one could not be used.")
            self.catalog_label.setText(text.replace("%1", str(count)).replace("%2", when))
            # Why: the service away (offline), or its list empty or unreadable.
            self.catalog_label.setToolTip(texts.core_text(result.problem.message) if result.problem else "")
            self.reload_button.setVisible(not self.is_locked("deployment"))
        self._on_deployment_changed(self.deployment_text())

    def _on_catalog_error(self, run: int, exc: BaseException) -> None:
        if run != self._catalog_run or isinstance(exc, Cancelled):
            return
        self._catalog_job = None
        self.catalog_source = "none"
        self.catalog_icon.set_state("warn")
        self.catalog_label.setText(
            self.tr(
                "Couldn't load the list of models. Open the list and type the model's id, for example %1."
            ).replace("%1", DEFAULT_DEPLOYMENT)
        )
        if isinstance(exc, AppError) and exc.problem.fix:
            self.catalog_label.setToolTip(texts.core_text(exc.problem.fix))
        self.reload_button.setVisible(not self.is_locked("deployment"))

    def model_ids(self) -> list[str]:
        return self.picker.model_ids()

    # ---- reactions
    def _on_deployment_changed(self, model_id: str) -> None:
        from app.core import config

        model_id = model_id.strip()
        entry = self.picker.entry(model_id)
        self.picker_detail.setText(details(entry) if entry is not None else model_id)
        self.deployment_notice.clear()
        if model_id and self.picker.model_ids() and self.catalog_source == "live" and entry is None:
            self.deployment_notice.show_message(
                "warn",
                self.tr(
                    "This id isn't in the list of models. Check the spelling, or pick one from the list."
                ),
            )
        if not self._alias_touched and not self.is_locked("alias"):
            suggestion = config.suggest_alias(model_id or DEFAULT_DEPLOYMENT)
            self._last_suggested = suggestion
            self.alias.setText(suggestion)
        self._check_alias()
        self.changed.emit()

    def _on_alias_edited(self, _text: str) -> None:
        self._alias_touched = True
        self._check_alias()

    def _check_alias(self) -> None:
        from app.core import config

        alias = self.alias_text()
        if not alias:
            self.alias_notice.show_message(
                "info", self.tr("Leave it empty to use %1.").replace("%1", self._last_suggested)
            )
            return
        notices = config.check_alias(alias)
        if notices:
            self.alias_notice.show_message("warn", "\n".join(texts.core_text(n.message) for n in notices))
        else:
            self.alias_notice.clear()

    def _on_base_url_typed(self, _text: str) -> None:
        self.update_host_notice()
        self.changed.emit()

    def _on_base_url_done(self) -> None:
        """Tidy a pasted URL (a full Azure URL gives us the deployment too) and reload the list."""
        from app.core import config

        raw = self.base_url_text()
        try:
            base, found_deployment, notices = config.normalise_base_url(raw)
        except config.InvalidInput as exc:
            self._base_url_error = texts.core_text(exc.problem.message)
            self.host_notice.show_message("fail", self._base_url_error)
            return
        self._base_url_error = ""
        if base != raw:
            self.base_url.setText(base)
        if found_deployment and not self.is_locked("deployment"):
            self.picker.set_current_id(found_deployment)
        self.update_host_notice(extra=[texts.core_text(n.message) for n in notices])
        if base != self._catalog_base:
            self._catalog_base = base
            self.base_url_changed.emit(base)

    def update_host_notice(self, extra: list[str] | None = None) -> None:
        """Say plainly where the key goes when it is not AI/ML API."""
        from app.core import config

        url = self.base_url_text() or DEFAULT_BASE_URL
        host = urlsplit(url if "://" in url else "https://" + url).hostname or url
        lines = list(extra or [])
        try:
            aiml = config.is_aimlapi_host(url)
            loopback = config.is_loopback_url(url)
        except Exception:  # half-typed URL; judged again when typing ends
            aiml, loopback = False, False
        kind = "info"
        if aiml:
            pass
        elif loopback:
            lines.insert(
                0, self.tr("Your key will be sent to %1, a test server on this computer.").replace("%1", host)
            )
        else:
            kind = "warn"
            lines.insert(
                0,
                self.tr(
                    "Your key will be sent to %1, which is not AI/ML API. "
                    "Continue only if your IT team gave you this address."
                ).replace("%1", host),
            )
        if lines:
            self.host_notice.show_message(kind, "\n".join(lines))
        else:
            self.host_notice.clear()
        if not aiml and not loopback and not self.advanced.is_open():
            self.advanced.set_open(True)  # never hide where the key goes

    def open_address(self) -> None:
        """The banner's "Check the address": Advanced open, the address field focused."""
        self.advanced.set_open(True)
        self.base_url.setFocus(Qt.FocusReason.OtherFocusReason)
        self.base_url.selectAll()
        self.ensureWidgetVisible(self.base_url)


def _locked_tip(org: str | None) -> str:
    if org:
        return QCoreApplication.translate(
            "ModelPage", "Your IT team (%1) set this. Ask them if it needs to change."
        ).replace("%1", org)
    return QCoreApplication.translate("ModelPage", "Your IT team set this. Ask them if it needs to change.")
