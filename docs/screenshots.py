"""Screenshots of the window in every state the README and a reviewer look at.

Run under a virtual screen (real fonts, no window manager):

    xvfb-run -a -s "-screen 0 2400x2000x24" .venv/bin/python docs/screenshots.py --all

``--all`` takes every set, each in its own process: at 1024x640 and at 200% (1280x800 pixels, a
640x400 window with ``QT_SCALE_FACTOR=2``), light and dark, in English, in German and in the
pseudo-locale (longer words, accents: what is clipped or left untranslated shows). One set:
``--scale 2``, ``--dark``, ``--lang de`` (or ``pseudo``; ``--pseudo`` is ``--lang pseudo``);
``--only 05-passed`` keeps just the named shots. PNGs go to docs/screenshots/ as
``NAME[-dark][-2x][-de|-pseudo].png``.

The states: the key empty, the key pasted, the model picker open, checking, passed, a rejected key,
no credits, Cursor not installed, Cursor running, differences found in Cursor, applied, Cursor's
traffic confirmed, an organisation's preset. The service is the built-in simulator; Cursor is a
stand-in (demo mode's, or a fake install with a real process named ``cursor`` for "running"),
never the Cursor of this computer; the keyring is never used and the settings go to a temporary
folder.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
SIZE = (1024, 640)  # the window at 100%; at 200% the same screen holds 640x400 logical pixels
SIZE_2X = (640, 400)
SETS = tuple(
    [*lang, *scale, *dark]
    for lang in ([], ["--lang", "de"], ["--lang", "pseudo"])
    for scale in ([], ["--scale", "2"])
    for dark in ([], ["--dark"])
)
SHOTS = (
    "01-key-empty",
    "02-key-pasted",
    "03-model-picker",
    "04-checking",
    "05-passed",
    "06-rejected-key",
    "07-no-credits",
    "08-cursor-not-installed",
    "09-cursor-running",
    "10-differences-found",
    "11-applied",
    "12-traffic-confirmed",
    "13-preset",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every set, each in its own process")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--lang", choices=("de", "pseudo"), help="the window's language (default English)")
    parser.add_argument("--pseudo", dest="lang", action="store_const", const="pseudo", help="--lang pseudo")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", nargs="*", default=[], help=f"save only these shots: {', '.join(SHOTS)}")
    args = parser.parse_args()
    if args.all:
        for extra in SETS:
            command = [sys.executable, __file__, "--out", str(args.out), *extra]
            if args.only:
                command += ["--only", *args.only]
            subprocess.run(command, check=True)
        return 0
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    # The language the shots are in, whatever this computer's: English unless asked.
    os.environ["CURSOR_AZURE_SETUP_LANG"] = args.lang or "en"
    with tempfile.TemporaryDirectory(prefix="cursor-azure-setup-shots-") as tmp:
        home = Path(tmp)
        # Never the real user's settings, keyring or Cursor while taking pictures.
        for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            os.environ[var] = str(home / var.split("_")[1].lower())
        os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        for var in ("CURSOR_AZURE_SETUP_CURSOR_APP", "CURSOR_AZURE_SETUP_CURSOR_DATA"):
            os.environ.pop(var, None)
        return Shots(args, home).run()


class Shots:
    def __init__(self, args: argparse.Namespace, home: Path) -> None:
        from PySide6.QtGui import QColor, QPalette

        from app.ui.main import _make_app

        self.args = args
        self.home = home
        self.qapp = _make_app()
        self.qapp.setStyle("Fusion")
        if args.dark:
            self.qapp.setPalette(_dark_palette(QPalette, QColor))
        args.out.mkdir(parents=True, exist_ok=True)
        self.suffix = (
            ("-dark" if args.dark else "")
            + (f"-{args.scale:g}x" if args.scale != 1.0 else "")
            + (f"-{args.lang}" if args.lang else "")
        )
        self.size = SIZE_2X if args.scale == 2 else SIZE

    # ---- helpers
    def pump(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.qapp.processEvents()
            time.sleep(0.01)

    def wait_for(self, cond: Callable[[], Any], what: str, timeout: float = 30.0) -> None:
        end = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > end:
                raise SystemExit(f"timed out waiting for {what}")
            self.qapp.processEvents()
            time.sleep(0.01)

    def shot(self, window: Any, name: str, screen: bool = False) -> None:
        """The window as drawn; ``screen``: what the screen shows over it (an open popup too)."""
        assert name in SHOTS, name
        if self.args.only and name not in self.args.only:
            return
        self.pump(0.4)
        path = self.args.out / f"{name}{self.suffix}.png"
        if screen:
            geo = window.frameGeometry()
            image = window.screen().grabWindow(0, geo.x(), geo.y(), geo.width(), geo.height())
        else:
            image = window.grab()
        image.save(str(path), "PNG", 0)  # lossless, compressed hardest
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path, flush=True)

    def window(self, **kwargs: Any) -> Any:
        from app.ui.main import create_window

        window = create_window(persist=False, **kwargs)
        window.move(0, 0)
        window.resize(*self.size)
        window.show()
        window.activateWindow()  # focus drawn as a person sees it (no window manager gives it)
        self.wait_for(lambda: window.stages is not None and window.stages.done(), "the start-up")
        self.wait_for(lambda: window.model_page.catalog_source != "", "the model list")
        self.pump(0.2)
        return window

    def check(self, window: Any) -> None:
        window.go_to_step(3)
        window.run_check()
        self.wait_for(lambda: not window.check_page.is_running(), "the checks")

    def at_cursor(self, window: Any) -> None:
        window.go_to_step(4)
        page = window.cursor_page
        self.wait_for(lambda: page.record is not None and not page.work.busy(), "Cursor read")

    # ---- the states
    def run(self) -> int:
        from PySide6.QtWidgets import QApplication

        from app.simulator import DEMO_KEY, Simulator

        with Simulator(api_key=DEMO_KEY, latency_ms=40) as sim:
            # The flow in demo mode, with demo mode's stand-in Cursor.
            window = self.window(demo_url=sim.url, demo_cursor=self.home / "demo-cursor")
            self.shot(window, "01-key-empty")
            # A key pasted with quotes and a line break: cleaned, with a notice.
            window.key_page.edit.setFocus()
            QApplication.clipboard().setText(f'  "{DEMO_KEY}"\n')
            window.key_page.edit.paste()
            self.shot(window, "02-key-pasted")

            window.go_to_step(2)
            window.model_page.picker.setFocus()
            window.model_page.picker.showPopup()
            self.shot(window, "03-model-picker", screen=True)
            window.model_page.picker.hidePopup()

            sim.set_fault("slow", delay_ms=2500)
            window.go_to_step(3)
            window.run_check()
            self.wait_for(lambda: window.check_page.is_running(), "the checks to start")
            self.pump(0.6)
            self.shot(window, "04-checking")
            self.wait_for(lambda: not window.check_page.is_running(), "the checks")
            sim.set_fault(None)
            self.check(window)
            self.shot(window, "05-passed")
            sim.set_fault("bad_key")
            self.check(window)
            self.shot(window, "06-rejected-key")
            sim.set_fault("no_credits")
            self.check(window)
            self.shot(window, "07-no-credits")
            sim.set_fault(None)
            self.check(window)

            self.at_cursor(window)
            self.shot(window, "10-differences-found")
            window.primary()  # Apply to Cursor
            page = window.cursor_page
            self.wait_for(lambda: page.last_apply is not None and not page.work.busy(), "Apply")
            self.shot(window, "11-applied")
            window.primary()  # Next: step 5
            confirm = window.confirm_page
            confirm.send_demo_request(window.build_settings()[0], True)
            self.wait_for(lambda: confirm.demo_button.isEnabled() and confirm.demo_note.text(), "the request")
            window.primary()  # Check
            self.wait_for(lambda: confirm.verdict is not None and not confirm.is_running(), "the check")
            self.shot(window, "12-traffic-confirmed")
            window.close()

            # No Cursor on this computer (as demo mode finds none without its stand-in).
            window = self.window(demo_url=sim.url, demo_key=DEMO_KEY)
            self.check(window)
            self.at_cursor(window)
            self.shot(window, "08-cursor-not-installed")
            window.close()

            self.cursor_running(sim.url, DEMO_KEY)
            self.preset(sim.url)
        return 0

    def cursor_running(self, url: str, key: str) -> None:
        """A fake Cursor install (real files) and a real process named ``cursor``."""
        from tests.cursor_fixtures import fake_cursor, running_program

        install = fake_cursor(self.home / "cursor", proc=Path("/proc"))
        os.environ["CURSOR_AZURE_SETUP_CURSOR_APP"] = str(install.app_dir)
        os.environ["CURSOR_AZURE_SETUP_CURSOR_DATA"] = str(install.data_dir)
        try:
            with running_program(self.home / "bin", "cursor"):
                window = self.window(demo_url=url, demo_key=key)
                self.check(window)
                self.at_cursor(window)
                self.wait_for(lambda: not window.footer.primary.isEnabled(), "Cursor seen running")
                self.shot(window, "09-cursor-running")
                window.close()
        finally:
            for var in ("CURSOR_AZURE_SETUP_CURSOR_APP", "CURSOR_AZURE_SETUP_CURSOR_DATA"):
                os.environ.pop(var, None)

    def preset(self, url: str) -> None:
        """An organisation's preset: its name and help link, locked fields greyed with who set them."""
        from app.core.preset_service import load_presets

        preset_file = self.home / "preset.toml"
        preset_file.write_text(
            '[organisation]\nname = "Acme IT"\nhelp_url = "https://intranet.example/cursor"\n'
            f'[cursor]\nbase_url = "{url}"\ndeployment = "google/gemini-2.5-pro"\n'
            'alias = "acme-gemini"\n'
            'allowed_deployments = ["google/gemini-2.5-pro", "anthropic/claude-3-5-haiku"]\n'
            '[lock]\nfields = ["base_url", "deployment"]\n',
            encoding="utf-8",
        )
        window = self.window(presets=load_presets(preset_file))
        window.go_to_step(2)
        window.model_page.advanced.set_open(True)
        self.shot(window, "13-preset")
        window.close()


def _dark_palette(QPalette, QColor):  # type: ignore[no-untyped-def]
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#2b2c2f",
        QPalette.ColorRole.AlternateBase: "#26272a",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#3b82f6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.Light: "#3c4043",
        QPalette.ColorRole.Midlight: "#35363a",
        QPalette.ColorRole.Mid: "#2a2b2e",
        QPalette.ColorRole.Dark: "#18191b",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, color in roles.items():
        pal.setColor(role, QColor(color))
    # Disabled controls (Cancel when nothing runs, locked fields) must look disabled in dark too.
    disabled = {
        QPalette.ColorRole.WindowText: "#80868b",
        QPalette.ColorRole.Text: "#80868b",
        QPalette.ColorRole.ButtonText: "#80868b",
        QPalette.ColorRole.Base: "#26272a",
        QPalette.ColorRole.Button: "#2a2b2e",
    }
    for role, color in disabled.items():
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return pal


if __name__ == "__main__":
    raise SystemExit(main())
