"""What the window writes or copies for others: a page for the team (Markdown), the equivalent curl
command, and the diagnostic report for IT. Never the key: each takes only the public values."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.ui import dialogs

if TYPE_CHECKING:
    from app.core.model import Report
    from app.ui.window import MainWindow

log = logging.getLogger(__name__)


def public_values(window: MainWindow) -> dict[str, str]:
    """The values Cursor needs, without the key: normalised when valid, as typed otherwise."""
    settings, _message, _field = window.build_settings()
    if settings is not None:
        return settings.public()
    m = window.model_page
    return {"base_url": m.base_url_text(), "deployment": m.deployment_text(), "alias": m.alias_text()}


def current_report(window: MainWindow) -> Report | None:
    """The checks' report while it speaks for the values given now."""
    if 3 not in window.pages or window.flow is None:
        return None
    report = window.check_page.report
    check = window.flow.check
    if report is None or check is None or check.values != window.flow.values:
        return None
    return report


def export_markdown(window: MainWindow, path: str | Path | None = None) -> Path | None:
    from app.core import export

    if path is None:
        path = dialogs.ask_where_to_save(
            window,
            QCoreApplication.translate("MainWindow", "Save a page for your team"),
            "cursor-aimlapi-setup.md",
            QCoreApplication.translate("MainWindow", "Markdown page (*.md)"),
        )
        if path is None:
            return None
    text = export.team_markdown(public_values(window), current_report(window), datetime.now().astimezone())
    try:
        target = export.write_team_page(Path(path), text)
    except OSError as exc:
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Not saved"),
            QCoreApplication.translate(
                "MainWindow", "The page could not be saved there (%1). Choose another folder."
            ).replace("%1", exc.strerror or type(exc).__name__),
        )
        return None
    window.say(QCoreApplication.translate("MainWindow", "Saved %1").replace("%1", target.name))
    return target


def copy_curl(window: MainWindow) -> None:
    from app.core import export

    window.clipboard.copy_text(export.curl_command(public_values(window)))
    window.say(
        QCoreApplication.translate(
            "MainWindow", "Copied a curl command. It uses $AIMLAPI_API_KEY instead of your key."
        )
    )


def save_diagnostic_report(window: MainWindow, path: str | Path | None = None) -> Path | None:
    """A file for IT: versions, system, proxy settings, the checks. Never the key."""
    from app.core import diagnostics

    if path is None:
        path = dialogs.ask_where_to_save(
            window,
            QCoreApplication.translate("MainWindow", "Save a report for IT"),
            "cursor-azure-setup-report.txt",
            QCoreApplication.translate("MainWindow", "Report (*.txt *.json);;All files (*)"),
        )
        if path is None:
            return None
    report = window.check_page.report if 3 in window.pages else None
    try:
        target = diagnostics.write_diagnostic_report(
            Path(path), report=report, settings_public=public_values(window)
        )
    except Exception as exc:
        log.warning("diagnostic report failed: %s", type(exc).__name__)
        QMessageBox.warning(
            window,
            QCoreApplication.translate("MainWindow", "Not saved"),
            QCoreApplication.translate("MainWindow", "The report could not be saved there."),
        )
        return None
    window.say(QCoreApplication.translate("MainWindow", "Report saved: %1").replace("%1", str(target)))
    return target
