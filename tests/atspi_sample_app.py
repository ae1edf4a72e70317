"""A tiny Qt window for the accessibility harness's own test: a heading with a level and a button
whose result is announced, made with the app's own accessibility module (app/ui/accessibility.py)
and nothing else of the app, so a failure here is the harness's or that module's, not the window's.

    python tests/atspi_sample_app.py
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from app.ui import accessibility


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("atspi-sample")
    accessibility.install()
    window = QWidget()
    window.setWindowTitle("Sample")
    heading = accessibility.Heading("Check that it works", window)
    button = QPushButton("Verify", window)
    result = QLabel("", window)

    def finish() -> None:
        result.setText("Everything works.")
        accessibility.announce(result, "Everything works.")

    button.clicked.connect(finish)
    layout = QVBoxLayout(window)
    for widget in (heading, button, result):
        layout.addWidget(widget)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
