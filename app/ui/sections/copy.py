"""Step 4: the values to paste into Cursor, each with a copy button, and the steps in Cursor.

The key row shows a masked key; its button copies the real key, which the clipboard guard clears
after a while if nothing else was copied since.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui import texts, theme
from app.ui.clipboard import ClipboardGuard
from app.ui.widgets import Collapsible, CopyButton, Notice, StepHeader, escape, muted_label


def mask_key(key: str) -> str:
    """Dots and the last four characters, so people can tell two keys apart."""
    if not key:
        return ""
    tail = key[-4:] if len(key) >= 12 else ""
    return "•" * 12 + tail


class CopySection(QWidget):
    copied = Signal(str)  # which row: "base_url", "deployment", "api_key", "alias", "all"
    export_requested = Signal()
    curl_requested = Signal()

    def __init__(self, clipboard: ClipboardGuard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clipboard = clipboard
        self._values = {"base_url": "", "deployment": "", "api_key": "", "alias": ""}

        self.header = StepHeader(4, self.tr("Copy the values into Cursor"), self)
        self.state_notice = Notice(self)
        self.state_notice.setAccessibleName(self.tr("Whether these values were checked"))

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        self.fields: dict[str, QLineEdit] = {}
        self.buttons: dict[str, CopyButton] = {}
        rows = [
            ("base_url", self.tr("Base URL"), self.tr("Copy Base URL")),
            ("deployment", self.tr("Deployment Name"), self.tr("Copy Deployment Name")),
            ("api_key", self.tr("API Key"), self.tr("Copy API Key")),
            ("alias", self.tr("Model alias"), self.tr("Copy Model alias")),
        ]
        for i, (name, title, button_name) in enumerate(rows):
            label = QLabel(title, self)
            theme.set_point_size(label, 1.0, bold=True)
            field = QLineEdit(self)
            field.setReadOnly(True)
            field.setAccessibleName(self.tr("%1 for Cursor").replace("%1", title))
            field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            button = CopyButton(button_name, self)
            button.clicked.connect(lambda _c=False, n=name: self.copy(n))
            grid.addWidget(label, i, 0)
            grid.addWidget(field, i, 1)
            grid.addWidget(button, i, 2)
            self.fields[name] = field
            self.buttons[name] = button
        self.key_hint = muted_label(
            self.tr(
                "The key is hidden here. Its Copy button copies the real key; it leaves the "
                "clipboard once you paste it, or after 2 minutes."
            ),
            self,
        )
        self.copy_all_button = QPushButton(self.tr("Copy all but the key"), self)
        self.copy_all_button.setAccessibleName(self.tr("Copy all but the key"))
        self.copy_all_button.clicked.connect(lambda: self.copy("all"))
        self.export_button = QPushButton(self.tr("&Save a page for your team…"), self)
        self.export_button.setAccessibleName(self.tr("Save a page for your team"))
        self.export_button.setToolTip(
            self.tr("A page with these values and the steps, for your team's wiki (Markdown). Never the key.")
        )
        self.export_button.clicked.connect(self.export_requested.emit)
        self.curl_button = QPushButton(self.tr("Copy as curl"), self)
        self.curl_button.setAccessibleName(self.tr("Copy as curl"))
        self.curl_button.setToolTip(
            self.tr("A command for IT that sends the same test (the key stays a placeholder).")
        )
        self.curl_button.clicked.connect(self.curl_requested.emit)
        self.feedback = muted_label("", self)

        steps_title = QLabel(self.tr("Then, in Cursor:"), self)
        theme.set_point_size(steps_title, 1.0, bold=True)
        self.steps = QLabel(self)
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setAccessibleName(self.tr("Steps in Cursor"))
        self.trouble = Collapsible(self.tr("If Cursor still says no"), self)
        self.trouble.button.setAccessibleName(self.tr("Troubleshooting"))
        self.trouble_text = QLabel(self.trouble.body)
        self.trouble_text.setWordWrap(True)
        self.trouble_text.setTextFormat(Qt.TextFormat.RichText)
        tlay = QVBoxLayout(self.trouble.body)
        tlay.setContentsMargins(18, 0, 0, 0)
        tlay.addWidget(self.trouble_text)
        self._fill_steps()

        actions = QHBoxLayout()
        actions.addWidget(self.copy_all_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.curl_button)
        actions.addWidget(self.feedback, 1)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        lay.addWidget(self.header)
        lay.addWidget(self.state_notice)
        lay.addLayout(grid)
        lay.addWidget(self.key_hint)
        lay.addLayout(actions)
        lay.addSpacing(4)
        lay.addWidget(steps_title)
        lay.addWidget(self.steps)
        lay.addWidget(self.trouble)
        self.set_verified(None)

    def _fill_steps(self) -> None:
        from app.core import export

        steps = [texts.core_text(s) for s in export.cursor_steps()]
        self.steps.setText(
            "<ol style='margin-left:-14px'>" + "".join(f"<li>{escape(s)}</li>" for s in steps) + "</ol>"
        )
        trouble_fn = getattr(export, "troubleshooting_steps", None)
        trouble = [texts.core_text(s) for s in trouble_fn()] if trouble_fn else []
        self.trouble_text.setText(
            "<ul style='margin-left:-14px'>" + "".join(f"<li>{escape(s)}</li>" for s in trouble) + "</ul>"
        )

    def set_values(self, base_url: str, deployment: str, api_key: str, alias: str) -> None:
        self._values = {"base_url": base_url, "deployment": deployment, "api_key": api_key, "alias": alias}
        self.fields["base_url"].setText(base_url)
        self.fields["deployment"].setText(deployment)
        self.fields["api_key"].setText(mask_key(api_key))
        self.fields["api_key"].setPlaceholderText(self.tr("Paste your key in step 1"))
        self.fields["alias"].setText(alias)
        for name, button in self.buttons.items():
            button.setEnabled(bool(self._values[name]))
        self.copy_all_button.setEnabled(bool(base_url and deployment))

    def value(self, name: str) -> str:
        return self._values.get(name, "")

    def set_verified(self, verified: bool | None) -> None:
        """True: checked and working; False: the checks failed; None: not checked (or changed since)."""
        if verified:
            self.state_notice.show_message(
                "pass", self.tr("Checked: these values work. Copy each one into Cursor.")
            )
        elif verified is False:
            self.state_notice.show_message(
                "warn", self.tr("Not working yet: fix what step 3 says first. You can still copy the values.")
            )
        else:
            self.state_notice.show_message(
                "info",
                self.tr("Not checked yet: press Verify in step 3 first. You can still copy the values."),
            )

    def set_checking(self) -> None:
        self.state_notice.show_message(
            "info", self.tr("Checking these values in step 3… You can already copy them.")
        )

    def all_but_key_text(self) -> str:
        v = self._values
        return "\n".join(
            [
                f"Base URL: {v['base_url']}",
                f"Deployment Name: {v['deployment']}",
                f"Model alias: {v['alias']}",
            ]
        )

    def copy(self, name: str) -> None:
        if name == "all":
            self.clipboard.copy_text(self.all_but_key_text())
            self.feedback.setText(self.tr("Copied Base URL, Deployment Name and Model alias."))
        elif name == "api_key":
            if not self._values["api_key"]:
                return
            self.clipboard.copy_secret(self._values["api_key"])
            seconds = round(self.clipboard.clear_after_s)
            self.feedback.setText(
                self.tr(
                    "Key copied. The clipboard will be emptied in %1 seconds, or once you paste it."
                ).replace("%1", str(seconds))
            )
            self.buttons[name].flash_copied()
        else:
            self.clipboard.copy_text(self._values[name])
            self.buttons[name].flash_copied()
            self.feedback.setText("")
        self.copied.emit(name)
