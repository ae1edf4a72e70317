"""A tiny Qt window showing, for the accessibility harness's own test, how PySide6 exposes what a
screen reader needs and the window does not do yet: a label as a heading with a level, and an
announcement when something finishes.

    python tests/atspi_sample_app.py

- Heading: QAccessible.installFactory gives the label a QAccessibleWidget whose role is Heading;
  its level comes from a separate QAccessibleAttributesInterface object that interface_cast
  returns (AT-SPI shows it as the attribute "level"). Inheriting both in one Python class crashes,
  and so does returning None or an int from interface_cast: see _HeadingAccessible.
- Announcement: QAccessibleAnnouncementEvent reaches AT-SPI as "object:announcement" with the
  message as its text (detail1: 1 polite, 2 assertive).
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleAttributesInterface
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from shiboken6 import VoidPtr

HEADING_LEVEL = "headingLevel"  # a QLabel property: its heading level


class _Level(QAccessibleAttributesInterface):
    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def attributeKeys(self) -> list[QAccessible.Attribute]:
        return [QAccessible.Attribute.Level]

    def attributeValue(self, key: QAccessible.Attribute) -> Any:
        return self.level if key == QAccessible.Attribute.Level else None


class _HeadingAccessible(QAccessibleWidget):
    def __init__(self, label: QLabel, level: int) -> None:
        super().__init__(label, QAccessible.Role.Heading)
        self._attributes = _Level(level)

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.widget().text()
        return super().text(kind)

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
        if kind == QAccessible.InterfaceType.AttributesInterface:
            return self._attributes
        # Another kind: the base class's answer, a VoidPtr or None. None (and a plain int) handed
        # back to Qt crashes it; "none" must be VoidPtr(0).
        answer = super().interface_cast(kind)
        return VoidPtr(0) if answer is None else answer


_alive: list[QAccessibleWidget] = []  # Qt keeps a pointer to each interface: keep the Python side alive


def _factory(_class_name: str, obj: Any) -> QAccessibleWidget | None:
    if isinstance(obj, QLabel) and obj.property(HEADING_LEVEL):
        interface = _HeadingAccessible(obj, int(obj.property(HEADING_LEVEL)))
        _alive.append(interface)
        return interface
    return None


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("atspi-sample")
    QAccessible.installFactory(_factory)
    window = QWidget()
    window.setWindowTitle("Sample")
    heading = QLabel("Check that it works", window)
    heading.setProperty(HEADING_LEVEL, 2)
    button = QPushButton("Verify", window)
    result = QLabel("", window)

    def finish() -> None:
        result.setText("Everything works.")
        event = QAccessibleAnnouncementEvent(result, "Everything works.")
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)

    button.clicked.connect(finish)
    layout = QVBoxLayout(window)
    for widget in (heading, button, result):
        layout.addWidget(widget)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
