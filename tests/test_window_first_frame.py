"""The window's first frame: the real first step (step list, key page, footer) without PySide6's
``Qt`` namespace, whose ~95 enum classes are made all at once the first time anything touches it,
and without QStyle's (11 more, the first time Python asks for the style) or QIcon's.

Behaviour, not time (speed is measured in bench/bench_startup.py): a new process opens the window
the way ``cursor-azure-setup`` does and reports, once every widget of the first frame has painted,
what was on screen and whether the namespace was made.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.cli_process import ROOT, cli_env

_CHILD = r"""
import enum, json, os, sys

made = set()
_create = enum.EnumType._create_


def _record(cls, name, *args, **kwargs):
    made_enum = _create(cls, name, *args, **kwargs)
    made.add(made_enum.__qualname__)
    return made_enum


enum.EnumType._create_ = _record

from app.ui import main as ui_main

_create_window = ui_main.create_window


def create_window(**kwargs):
    window = _create_window(**kwargs)
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstFrame(QObject):
        seen = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                # Runs once the whole frame (the window and every child) has painted.
                QTimer.singleShot(0, report)
            return False

    def report():
        print(json.dumps({
            "qt_namespace": "GlobalColor" in made,
            "qstyle": "PixelMetric" in made,
            "qicon": "ThemeIcon" in made,
            "step_list": window.steps.isVisible() and window.steps.count(),
            "key_page": window.key_page.isVisible() and window.key_page.edit.isVisible(),
            "footer": window.footer.isVisible() and window.footer.primary.text(),
        }), flush=True)
        os._exit(0)

    window._first_frame = FirstFrame(window)
    window.installEventFilter(window._first_frame)
    return window


ui_main.create_window = create_window
from app.cli import main

main([])
"""


def test_qt_values_match_qt() -> None:
    from PySide6.QtCore import Qt

    from app.ui import qtvalues

    align = Qt.AlignmentFlag
    assert qtvalues.ALIGN_LEFT == align.AlignLeft.value
    assert qtvalues.ALIGN_VCENTER == align.AlignVCenter.value
    assert qtvalues.ALIGN_CENTER == align.AlignCenter.value
    assert qtvalues.SCROLL_BAR_ALWAYS_OFF == Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value
    assert qtvalues.NO_FOCUS == Qt.FocusPolicy.NoFocus.value
    assert qtvalues.STRONG_FOCUS == Qt.FocusPolicy.StrongFocus.value
    assert qtvalues.RICH_TEXT == Qt.TextFormat.RichText.value
    assert qtvalues.TEXT_BROWSER_INTERACTION == Qt.TextInteractionFlag.TextBrowserInteraction.value


def test_enum_properties_set_as_ints_take_effect(qtbot) -> None:
    from PySide6.QtCore import Qt

    from app.ui.nav import StepList
    from app.ui.pages.key import KeyPage
    from app.ui.widgets import Notice

    steps, page, notice = StepList(), KeyPage(lambda: None), Notice()  # type: ignore[arg-type, return-value]
    for widget in (steps, page, notice):
        qtbot.addWidget(widget)
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert steps.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert page.horizontalScrollBarPolicy() == off
    assert page.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert notice.label.textFormat() == Qt.TextFormat.RichText
    assert notice.label.textInteractionFlags() == Qt.TextInteractionFlag.TextBrowserInteraction


def test_first_frame_shows_the_first_step_without_the_qt_namespace() -> None:
    proxy = "http://127.0.0.1:9"  # the model list, should it start, goes nowhere
    env = cli_env(
        QT_QPA_PLATFORM="offscreen",
        CURSOR_AZURE_SETUP_LANG="en",
        HTTPS_PROXY=proxy,
        HTTP_PROXY=proxy,
        ALL_PROXY=proxy,
        NO_PROXY="",
        no_proxy="",
    )
    ran = subprocess.run(
        [sys.executable, "-c", _CHILD], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert ran.returncode == 0, ran.stderr
    frame = json.loads(ran.stdout.strip().splitlines()[-1])
    assert frame["step_list"] == 5
    assert frame["key_page"] is True
    assert frame["footer"] == "&Next"
    assert frame["qt_namespace"] is False, "something in the first frame touched PySide6's Qt namespace"
    assert frame["qstyle"] is False, "something in the first frame asked QStyle from Python (its enums)"
    # A button made with its words in the constructor (QPushButton("Back", parent)) makes QIcon's
    # enums while PySide6 matches the overload with an icon: widgets.push_button avoids it.
    assert frame["qicon"] is False, "a button in the first frame was made with its words in the constructor"
