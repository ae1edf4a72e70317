"""The window's small dialogs: where to save a file, a preset that could not be used, About.

Their words keep the main window's translation context, where translators already find them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

import app
from app.ui import resources, texts


def ask_where_to_save(parent: QWidget, title: str, file_name: str, file_filter: str) -> Path | None:
    """The save dialog, starting in the Documents folder; None when the user cancels."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(
        parent, title, str(Path(docs or Path.home()) / file_name), file_filter
    )
    return Path(chosen) if chosen else None


def preset_problem(parent: QWidget, message: str) -> QMessageBox:
    """A preset could not be used: said without blocking (the window works behind it)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("MainWindow", "The organisation settings could not be read"),
        message
        + "\n\n"
        + QCoreApplication.translate("MainWindow", "The window opens without them. Tell your IT team."),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("presetErrorDialog")
    box.open()
    return box


def about(parent: QWidget) -> QMessageBox:
    """The About box (window-modal, not blocking the event loop)."""
    from PySide6 import __version__ as qt_version

    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setIconPixmap(resources.app_icon().pixmap(64, 64))
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About Cursor Azure Setup"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setText(
        QCoreApplication.translate(
            "MainWindow",
            "<h3>Cursor Azure Setup %1</h3>"
            "<p>Connects Cursor's Azure OpenAI settings to AI/ML API, checks them, and explains "
            "any problem in plain words.</p><p>Your key is kept only in %3.</p>"
            "<p><small>Qt for Python %2</small></p>",
        )
        .replace("%1", app.__version__)
        .replace("%2", qt_version)
        .replace("%3", texts.key_store())
        + _licences_link()
    )
    box.open()
    return box


def _licences_link() -> str:
    """A link to the licences of the bundled software (an installed build ships them beside its
    files; a source checkout has none to show)."""
    notices = Path(getattr(sys, "_MEIPASS", "")) / "THIRD-PARTY-NOTICES.txt"
    if not getattr(sys, "frozen", False) or not notices.is_file():
        return ""
    url = QUrl.fromLocalFile(str(notices)).toString()
    return f'<p><a href="{url}">{QCoreApplication.translate("MainWindow", "Third-party licences")}</a></p>'
