"""Building the pages after the first one, each wired to the window that shows it."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from app.ui.pages.base import Page

if TYPE_CHECKING:
    from app.ui.window import MainWindow


def build(window: MainWindow, step: int) -> Page:
    if step == 2:
        from app.ui.pages.model import ModelPage

        model = ModelPage(window.runner)
        model.changed.connect(window.inputs_changed)
        model.base_url_changed.connect(model.load_catalog)
        model.curl_requested.connect(window.copy_curl)
        model.report_requested.connect(lambda: window.save_diagnostic_report())
        return model
    if step == 3:
        from app.ui.pages.check import CheckPage

        check = CheckPage(window.runner, window.fix)
        check.finished.connect(window.on_check_finished)
        check.running_changed.connect(lambda _running: window.refresh())
        check.report_requested.connect(lambda: window.save_diagnostic_report())
        return check
    if step == 4:
        from app.ui.cursor_work import ENV_DATA
        from app.ui.pages.cursor import CursorPage

        # Demo mode works on a stand-in Cursor (or one named with CURSOR_AZURE_SETUP_CURSOR_DATA):
        # the test server's address goes only there, never into the teammate's own Cursor (core
        # refuses it there too).
        named = bool(os.environ.get(ENV_DATA, "").strip())
        stand_in = window.demo_cursor if window.demo and not named else None
        cursor = CursorPage(
            window.runner,
            lambda: window.clipboard,
            window.key_page.key,
            allow_loopback=window.demo and (named or stand_in is not None),
            demo_folder=stand_in,
        )
        cursor.record_changed.connect(window.on_cursor_record)
        cursor.busy_changed.connect(window.on_cursor_busy)
        return cursor
    from app.ui.pages.confirm import ConfirmPage

    confirm = ConfirmPage(
        window.runner, window.fix, cursor=lambda: window.cursor_page.work.install, demo=window.demo
    )

    def demo_request(ok: bool) -> None:
        settings, message, _field = window.build_settings()
        if settings is None:
            confirm.demo_note.setText(message)
        else:
            confirm.send_demo_request(settings, ok)

    confirm.demo_requested.connect(demo_request)
    confirm.finished.connect(window.on_confirmed)
    confirm.running_changed.connect(lambda _running: window.refresh())
    confirm.chat.needs_settings.connect(window.start_chat)
    confirm.chat.prompt.setProperty("ownsEnter", True)
    return confirm
