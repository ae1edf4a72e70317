"""The menu bar: the rarer things (a page for the team, curl, the report for IT, About, help)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from app.ui.widgets import open_url

if TYPE_CHECKING:
    from app.ui.window import MainWindow

# Where keys are made (the same page as core's KEYS_PAGE_URL; see app/ui/pages/key.py).
from app.ui.pages.key import KEYS_PAGE_URL


def build(window: MainWindow) -> tuple[QAction, QAction, QAction, QAction]:
    """-> the actions the window keeps: the team page, curl, the report for IT, help from IT."""
    file_menu = window.file_menu
    export_action = QAction(QCoreApplication.translate("MainWindow", "&Save a page for your team…"), window)
    export_action.setShortcut(QKeySequence.StandardKey.Save)
    export_action.triggered.connect(lambda: window.export_markdown())
    file_menu.addAction(export_action)
    curl_action = QAction(QCoreApplication.translate("MainWindow", "Copy as &curl"), window)
    curl_action.triggered.connect(window.copy_curl)
    file_menu.addAction(curl_action)
    report_action = QAction(QCoreApplication.translate("MainWindow", "Save a &report for IT…"), window)
    report_action.triggered.connect(lambda: window.save_diagnostic_report())
    file_menu.addAction(report_action)
    file_menu.addSeparator()
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    help_menu = window.help_menu
    key_action = QAction(QCoreApplication.translate("MainWindow", "&Where do I get a key?"), window)
    key_action.triggered.connect(lambda: open_url(KEYS_PAGE_URL))
    help_menu.addAction(key_action)
    org_help_action = QAction(QCoreApplication.translate("MainWindow", "Help from your &IT team"), window)
    org_help_action.setVisible(False)
    help_menu.addAction(org_help_action)
    help_menu.addAction(report_action)
    help_menu.addSeparator()
    about = QAction(QCoreApplication.translate("MainWindow", "&About Cursor Azure Setup"), window)
    about.triggered.connect(window.show_about)
    help_menu.addAction(about)
    return export_action, curl_action, report_action, org_help_action
