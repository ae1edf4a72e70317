"""Screenshots of the window in demo mode, for the README and for looking at the layout.

Run under a virtual screen (real fonts and a real window manager-less X server):

    xvfb-run -a -s "-screen 0 1600x1200x24" .venv/bin/python docs/screenshots.py

Walks the flow (key, model, Verify, copy, chat, a failure, a preset) and writes PNGs to
docs/screenshots/. ``--scale 2`` renders at 200% scaling; ``--dark`` with a dark palette;
``--only 04-verified`` keeps just the named shots. The README's set:

    xvfb-run -a -s "-screen 0 1600x1200x24" .venv/bin/python docs/screenshots.py
    xvfb-run -a -s "-screen 0 2400x2000x24" .venv/bin/python docs/screenshots.py --dark --only 04-verified
    xvfb-run -a -s "-screen 0 2400x2000x24" .venv/bin/python docs/screenshots.py --scale 2 --only 01-start
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", nargs="*", default=[], help="save only these shots, e.g. 04-verified")
    args = parser.parse_args()
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    # Never touch the real user's settings or keyring while taking pictures.
    tmp_home = Path(os.environ.get("TMPDIR", "/tmp")) / "cursor-azure-setup-shots"
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        os.environ[var] = str(tmp_home / sub)
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    from app.simulator import DEMO_KEY, Simulator
    from app.ui.main import _make_app, create_window

    qapp = _make_app()
    qapp.setStyle("Fusion")
    if args.dark:
        qapp.setPalette(_dark_palette(QPalette, QColor))
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = ("-dark" if args.dark else "") + (f"-{args.scale:g}x" if args.scale != 1.0 else "")

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            qapp.processEvents()
            time.sleep(0.01)

    def wait_for(cond, timeout: float = 20.0) -> None:  # type: ignore[no-untyped-def]
        end = time.monotonic() + timeout
        while not cond() and time.monotonic() < end:
            qapp.processEvents()
            time.sleep(0.01)

    def shot(window, name: str) -> None:  # type: ignore[no-untyped-def]
        if args.only and name not in args.only:
            return
        pump(0.3)
        path = args.out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)

    with Simulator(api_key=DEMO_KEY, latency_ms=40) as sim:
        window = create_window(demo_url=sim.url, demo_key=DEMO_KEY)
        window.show()
        wait_for(lambda: window.model_section.catalog_source != "")
        shot(window, "01-start")

        # A key pasted with quotes and a line break: cleaned, with a notice.
        window.key_section.set_key("")
        window.key_section.edit.setFocus()
        QApplication.clipboard().setText(f'  "{DEMO_KEY}"\n')
        window.key_section.edit.paste()
        pump(0.2)
        shot(window, "02-key-pasted")

        sim.set_fault("slow", delay_ms=1500)
        window.verify()
        wait_for(lambda: any(r.status() == "running" for r in window.verify_section.rows.values()), 5)
        pump(0.4)
        window.go_to_step(3)
        shot(window, "03-checking")
        wait_for(lambda: not window.verify_section.is_running(), 30)
        sim.set_fault(None)
        window.verify()
        wait_for(lambda: not window.verify_section.is_running(), 30)
        window.go_to_step(3)
        shot(window, "04-verified")

        window.copy_section.copy("base_url")
        window.go_to_step(4)
        shot(window, "05-copy-into-cursor")

        window.start_chat()
        wait_for(lambda: not window.chat_section.is_running(), 30)
        window.go_to_step(5)
        shot(window, "06-chat")

        sim.set_fault("bad_key")
        window.verify()
        wait_for(lambda: not window.verify_section.is_running(), 30)
        window.go_to_step(3)
        shot(window, "07-bad-key")
        sim.set_fault(None)
        window.close()

        # An organisation preset: name and help link shown, locked fields greyed with a tooltip.
        from app.core.preset_service import load_presets

        preset_file = tmp_home / "preset.toml"
        preset_file.parent.mkdir(parents=True, exist_ok=True)
        preset_file.write_text(
            '[organisation]\nname = "Acme IT"\nhelp_url = "https://intranet.example/cursor"\n'
            f'[cursor]\nbase_url = "{sim.url}"\ndeployment = "google/gemini-2.5-pro"\n'
            'alias = "acme-gemini"\n'
            'allowed_deployments = ["google/gemini-2.5-pro", "anthropic/claude-3-5-haiku"]\n'
            '[lock]\nfields = ["base_url", "deployment"]\n',
            encoding="utf-8",
        )
        org = create_window(presets=load_presets(preset_file), persist=False)
        org.show()
        wait_for(lambda: org.model_section.catalog_source != "")
        org.model_section.advanced.set_open(True)
        shot(org, "08-organisation-preset")
        org.close()
    return 0


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
