"""Step 2: which model Cursor uses (deployment), its name in Cursor's picker (alias), and Advanced.

The model list loads in the background from the live catalog, falls back to the cached one, and
then to typing. A preset may lock fields or limit the list.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import AppError, Cancelled, InvalidInput
from app.core.model import DEFAULT_BASE_URL, DEFAULT_DEPLOYMENT, DEFAULT_TIMEOUT_S
from app.ui import texts
from app.ui.widgets import Collapsible, Notice, StatusIcon, StepHeader, muted_label
from app.ui.workers import Job, JobRunner, Progress, Task

if TYPE_CHECKING:
    from app.core.preset_service import Resolved
    from app.core.service import ModelInfo

# The models, where they came from ("live" or "cache"), and when the cached copy was saved.
CatalogAnswer = tuple[list["ModelInfo"], str, float | None]


class ModelSection(QWidget):
    changed = Signal()
    submitted = Signal()
    base_url_changed = Signal(str)

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.allowed: list[str] | None = None
        self.locked: frozenset[str] = frozenset()
        self.catalog_source = ""  # "live", "cache" or "none"
        self._catalog_job: Job | None = None
        self._catalog_run = 0
        self._alias_touched = False
        self._last_suggested = ""
        self._base_url_error = ""

        self.header = StepHeader(2, self.tr("Choose the model"), self)
        intro = muted_label(
            self.tr("Cursor sends every request to this model. The default works well for coding."), self
        )

        # Deployment: an editable, searchable list.
        self.deployment_label = QLabel(self.tr("&Deployment Name"), self)  # as Cursor names it
        self.deployment = QComboBox(self)
        self.deployment.setEditable(True)
        self.deployment.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.deployment.setAccessibleName(self.tr("Deployment name"))
        self.deployment_edit = self.deployment.lineEdit()
        assert self.deployment_edit is not None  # an editable combo box always has one
        self.deployment_edit.setAccessibleName(self.tr("Deployment name"))
        self.deployment_edit.setPlaceholderText(DEFAULT_DEPLOYMENT)
        self.deployment.setMaxVisibleItems(14)
        self.deployment.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.deployment.setMinimumContentsLength(28)
        self.deployment_label.setBuddy(self.deployment)
        self._items = QStandardItemModel(self)
        self.deployment.setModel(self._items)
        completer = QCompleter(self._items, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.deployment.setCompleter(completer)
        self.catalog_icon = StatusIcon("running", self)
        self.catalog_label = muted_label(self.tr("Loading the list of models…"), self)
        self.catalog_label.setAccessibleName(self.tr("Model list status"))
        self.reload_button = QPushButton(self.tr("Reload list"), self)
        self.reload_button.setAccessibleName(self.tr("Reload the list of models"))
        self.reload_button.clicked.connect(lambda: self.load_catalog(self.base_url_text()))
        self.deployment_notice = Notice(self)
        self.locked_note = muted_label("", self)
        self.locked_note.setAccessibleName(self.tr("Values set by your IT team"))
        self.locked_note.hide()

        # Alias: the name to add in Cursor's model picker.
        self.alias_label = QLabel(self.tr("Model &alias"), self)
        self.alias = QLineEdit(self)
        self.alias.setAccessibleName(self.tr("Model alias"))
        self.alias_label.setBuddy(self.alias)
        self.alias_help = muted_label(
            self.tr(
                "The name you will add in Cursor's list of models. Any name that isn't one of Cursor's own."
            ),
            self,
        )
        self.alias_notice = Notice(self)

        # Advanced: collapsed; most people never open it.
        self.advanced = Collapsible(self.tr("Advanc&ed"), self)
        self.advanced.button.setAccessibleName(self.tr("Advanced settings"))
        self.base_url_label = QLabel(self.tr("&Base URL"), self.advanced.body)
        self.base_url = QLineEdit(DEFAULT_BASE_URL, self.advanced.body)
        self.base_url.setAccessibleName(self.tr("Base URL"))
        self.base_url.setPlaceholderText(DEFAULT_BASE_URL)
        self.base_url_label.setBuddy(self.base_url)
        self.timeout_label = QLabel(self.tr("&Time limit"), self.advanced.body)
        self.timeout = QSpinBox(self.advanced.body)
        self.timeout.setRange(1, 300)
        self.timeout.setValue(int(DEFAULT_TIMEOUT_S))
        self.timeout.setSuffix(self.tr(" seconds"))
        self.timeout.setAccessibleName(self.tr("Time limit for each request, in seconds"))
        self.timeout_label.setBuddy(self.timeout)
        self.host_notice = Notice(self.advanced.body)
        self.host_notice.setAccessibleName(self.tr("Where the key is sent"))
        form = QFormLayout(self.advanced.body)
        form.setContentsMargins(18, 4, 0, 4)
        form.addRow(self.base_url_label, self.base_url)
        form.addRow(self.timeout_label, self.timeout)
        form.addRow(self.host_notice)

        dep_row = QHBoxLayout()
        dep_row.addWidget(self.deployment, 1)
        dep_row.addWidget(self.reload_button)
        status_row = QHBoxLayout()
        status_row.setSpacing(6)
        status_row.addWidget(self.catalog_icon)
        status_row.addWidget(self.catalog_label, 1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(self.header)
        lay.addWidget(intro)
        lay.addWidget(self.deployment_label)
        lay.addLayout(dep_row)
        lay.addLayout(status_row)
        lay.addWidget(self.deployment_notice)
        lay.addWidget(self.locked_note)
        lay.addSpacing(6)
        lay.addWidget(self.alias_label)
        lay.addWidget(self.alias)
        lay.addWidget(self.alias_help)
        lay.addWidget(self.alias_notice)
        lay.addSpacing(6)
        lay.addWidget(self.advanced)

        self.deployment.setCurrentText(DEFAULT_DEPLOYMENT)
        self.deployment.currentTextChanged.connect(self._on_deployment_changed)
        # Enter runs Verify, except the Enter that picks a name from the search list: that one
        # only chooses (the completer hands the key press to the field before it closes).
        self._enter_seen = False
        self.deployment_edit.returnPressed.connect(self._on_deployment_return)
        self.alias.textEdited.connect(self._on_alias_edited)
        self.alias.textChanged.connect(lambda _t: self.changed.emit())
        self.alias.returnPressed.connect(self.submitted.emit)
        self.base_url.editingFinished.connect(self._on_base_url_done)
        self.base_url.textChanged.connect(self._on_base_url_typed)
        self.base_url.returnPressed.connect(self.submitted.emit)
        self.timeout.valueChanged.connect(lambda _v: self.changed.emit())
        # Enter in the time limit runs Verify too, like every other field (the spin box has its
        # own line edit inside, which reports Enter).
        spin_edit = self.timeout.findChild(QLineEdit)
        if spin_edit is not None:
            spin_edit.returnPressed.connect(self._submit_once)
        self._on_deployment_changed(DEFAULT_DEPLOYMENT)
        self.update_host_notice()

    # ---- values
    def deployment_text(self) -> str:
        return self.deployment.currentText().strip()

    def alias_text(self) -> str:
        return self.alias.text().strip()

    def base_url_text(self) -> str:
        return self.base_url.text().strip()

    def timeout_s(self) -> float:
        return float(self.timeout.value())

    def set_values(self, values: dict[str, Any]) -> None:
        """Fill the fields (from saved settings or a preset); locked fields keep the preset's value."""
        if values.get("base_url"):
            self.base_url.setText(str(values["base_url"]))
            self.update_host_notice()
        if values.get("deployment"):
            self.deployment.setCurrentText(str(values["deployment"]))
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
            self._fill_items([(d, "") for d in self.allowed])
            self.deployment.setEditable(False)
            index = self.deployment.findText(v.deployment or self.allowed[0])
            self.deployment.setCurrentIndex(max(0, index))
            self.deployment.setToolTip(
                self.tr("Your IT team (%1) chose which models you can use.").replace("%1", org)
                if org
                else self.tr("Your IT team chose which models you can use.")
            )
        self.locked = frozenset(resolved.locked)
        widgets: dict[str, list[QWidget]] = {
            "base_url": [self.base_url],
            "deployment": [self.deployment, self.reload_button],
            "alias": [self.alias],
            "timeout": [self.timeout],
        }
        for name, preset in resolved.locked.items():
            tip = _locked_tip(preset.org_name)
            for widget in widgets.get(name, []):
                widget.setEnabled(False)
                widget.setToolTip(tip)
        names = {
            "base_url": self.tr("Base URL"),
            "deployment": self.tr("Deployment Name"),
            "alias": self.tr("Model alias"),
            "timeout": self.tr("Time limit"),
        }
        shown = [names[n] for n in FIELDS if n in self.locked]
        if shown:
            self.locked_note.setText(self.tr("Set by your IT team: %1.").replace("%1", ", ".join(shown)))
            self.locked_note.setToolTip(_locked_tip(org))
            self.locked_note.show()
        self.update_host_notice()

    def is_locked(self, name: str) -> bool:
        return name in self.locked

    # ---- deployment list
    def load_catalog(self, base_url: str) -> None:
        """Load the models in the background; the field stays usable (typing always works)."""
        if self._catalog_job is not None:
            self._catalog_job.cancel()
        self.catalog_icon.set_state("running")
        self.catalog_icon.show()
        self.catalog_label.setText(self.tr("Loading the list of models…"))
        self.reload_button.setEnabled(False)
        url = base_url or DEFAULT_BASE_URL
        self._catalog_base = url

        def work(_progress: Progress, cancel: threading.Event) -> CatalogAnswer:
            from app.core import catalog

            result = catalog.load_catalog(url, timeout_s=10, cancel=cancel)
            return result.models, result.source, result.saved_at

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

    def _on_catalog(self, run: int, value: CatalogAnswer) -> None:
        if run != self._catalog_run:
            return
        models, source, saved_at = value
        self.catalog_source = source
        self.reload_button.setEnabled(not self.is_locked("deployment"))
        entries = [(str(m.id), _describe(m)) for m in models]
        if self.allowed is not None:
            names = dict(entries)
            entries = [(d, names.get(d, "")) for d in self.allowed]
        self._fill_items(entries)
        count = len(entries)
        if self.allowed is not None:
            self.catalog_icon.set_state("pass")
            self.catalog_label.setText(
                self.tr("%1 models allowed by your IT team.").replace("%1", str(count))
            )
        elif source == "live":
            self.catalog_icon.set_state("pass")
            self.catalog_label.setText(
                self.tr("%1 models available. Type to search.").replace("%1", str(count))
            )
        else:
            self.catalog_icon.set_state("warn")
            when = ""
            if saved_at:
                stamp = QDateTime.fromSecsSinceEpoch(int(saved_at))
                when = QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
            text = self.tr("Offline: showing the list saved last time (%1 models). Type to search.")
            if when:
                text = self.tr("Offline: showing the list saved on %2 (%1 models). Type to search.")
            self.catalog_label.setText(text.replace("%1", str(count)).replace("%2", when))

    def _on_catalog_error(self, run: int, exc: BaseException) -> None:
        if run != self._catalog_run or isinstance(exc, Cancelled):
            return
        self.catalog_source = "none"
        self.reload_button.setEnabled(not self.is_locked("deployment"))
        self.catalog_icon.set_state("warn")
        self.catalog_label.setText(
            self.tr("Couldn't load the list of models. Type the model's name, for example %1.").replace(
                "%1", DEFAULT_DEPLOYMENT
            )
        )
        if isinstance(exc, AppError) and exc.problem.fix:
            self.catalog_label.setToolTip(texts.core_text(exc.problem.fix))

    def _fill_items(self, entries: list[tuple[str, str]]) -> None:
        current = self.deployment.currentText()
        self.deployment.blockSignals(True)
        self._items.clear()
        for model_id, description in entries:
            item = QStandardItem(model_id)
            if description:
                item.setToolTip(description)
            self._items.appendRow(item)
        if self.deployment.isEditable():
            self.deployment.setCurrentText(current)
        else:
            idx = self.deployment.findText(current)
            self.deployment.setCurrentIndex(max(0, idx))
        self.deployment.blockSignals(False)
        self._on_deployment_changed(self.deployment.currentText())

    def model_ids(self) -> list[str]:
        return [self._items.item(i).text() for i in range(self._items.rowCount())]

    # ---- reactions
    def _on_deployment_changed(self, text: str) -> None:
        from app.core import config

        text = text.strip()
        self.deployment_notice.clear()
        if text and self._items.rowCount() and self.catalog_source == "live" and text not in self.model_ids():
            self.deployment_notice.show_message(
                "warn",
                self.tr(
                    "This name isn't in the list of models. Check the spelling, or pick one from the list."
                ),
            )
        if not self._alias_touched and not self.is_locked("alias"):
            suggestion = config.suggest_alias(text or DEFAULT_DEPLOYMENT)
            self._last_suggested = suggestion
            self.alias.setText(suggestion)
        self._check_alias()
        self.changed.emit()

    def _on_deployment_return(self) -> None:
        completer = self.deployment.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and popup.isVisible():
            return  # this Enter picks from the list; the next one runs Verify
        self._submit_once()

    def _submit_once(self) -> None:
        # The combo box and the spin box hand an Enter their editor ignored back to the editor:
        # one key press reports Enter twice. One press, one run of the checks.
        if self._enter_seen:
            return
        self._enter_seen = True
        QTimer.singleShot(0, self._forget_enter)
        self.submitted.emit()

    def _forget_enter(self) -> None:
        self._enter_seen = False

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
            self.deployment.setCurrentText(found_deployment)
        self.update_host_notice(extra=[texts.core_text(n.message) for n in notices])
        if base != getattr(self, "_catalog_base", None):
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


def _describe(model: ModelInfo) -> str:
    parts = [model.name]
    if model.developer:
        parts.append(model.developer)
    if model.context_length:
        parts.append(f"{model.context_length:,} tokens")
    return " · ".join(p for p in parts if p)


def _locked_tip(org: str | None) -> str:
    if org:
        return QCoreApplication.translate(
            "ModelSection", "Your IT team (%1) set this. Ask them if it needs to change."
        ).replace("%1", org)
    return QCoreApplication.translate(
        "ModelSection", "Your IT team set this. Ask them if it needs to change."
    )
