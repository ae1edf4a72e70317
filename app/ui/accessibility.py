"""What a screen reader needs beyond Qt's defaults: headings with a level, a picker that is a combo
box named by its label, and announcements when results arrive.

- A heading: a ``Heading`` label; an accessibility factory gives it the Heading role, and its
  level through a separate QAccessibleAttributesInterface (AT-SPI shows it as the attribute
  "level").
- The model picker: Qt names a combo box by its current value on Linux; a widget class whose
  ``accessible_role`` is "combobox" gets the ComboBox role from the factory, with its accessible
  name (its label) as the name and its value as the value.

Both are told apart by their class, not by a property set after construction: Qt may ask the
factory while the widget is still being built (the moment it gets a parent), and keeps the answer.
- ``announce(widget, text)``: a QAccessibleAnnouncementEvent ("object:announcement" on AT-SPI), so
  the checks finishing is said even when the focus is elsewhere.

The factory only runs while an assistive technology is listening; installing it costs nothing else.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget


class Heading(QLabel):
    """A page's title: a heading of ``level`` for screen readers."""

    level = 2


_alive: list[Any] = []  # Qt keeps a pointer to each interface: keep the Python side alive
_interfaces: dict[str, type] = {}  # the interface classes, made when first asked for


def _interface_classes() -> dict[str, type]:
    """The accessible interfaces, defined on first use: Qt's accessibility classes load only when
    an assistive technology asks."""
    if _interfaces:
        return _interfaces
    from PySide6.QtGui import QAccessible, QAccessibleAttributesInterface
    from PySide6.QtWidgets import QAccessibleWidget
    from shiboken6 import VoidPtr

    class Level(QAccessibleAttributesInterface):
        def __init__(self, level: int) -> None:
            super().__init__()
            self.level = level

        def attributeKeys(self) -> list[QAccessible.Attribute]:
            return [QAccessible.Attribute.Level]

        def attributeValue(self, key: QAccessible.Attribute) -> Any:
            return self.level if key == QAccessible.Attribute.Level else None

    class HeadingInterface(QAccessibleWidget):
        def __init__(self, label: QLabel, level: int) -> None:
            super().__init__(label, QAccessible.Role.Heading)
            self._attributes = Level(level)

        def text(self, kind: QAccessible.Text) -> str:
            widget = self.widget()
            if kind == QAccessible.Text.Name and isinstance(widget, QLabel):
                return widget.accessibleName() or widget.text()
            return str(super().text(kind))

        def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
            if kind == QAccessible.InterfaceType.AttributesInterface:
                return self._attributes
            # Anything else: the base class's answer. None (or a plain int) handed back to Qt
            # crashes it; "none" must be VoidPtr(0).
            answer = super().interface_cast(kind)
            return VoidPtr(0) if answer is None else answer

    class ComboBoxInterface(QAccessibleWidget):
        """A combo box named by its label, its value said as the value."""

        def __init__(self, widget: QWidget) -> None:
            super().__init__(widget, QAccessible.Role.ComboBox)

        def text(self, kind: QAccessible.Text) -> str:
            widget = self.widget()
            if kind == QAccessible.Text.Name:
                return widget.accessibleName()
            if kind == QAccessible.Text.Value:
                current = getattr(widget, "currentText", None)
                return str(current()) if callable(current) else ""
            if kind == QAccessible.Text.Description:
                return widget.accessibleDescription()
            return str(super().text(kind))

    _interfaces.update(heading=HeadingInterface, combobox=ComboBoxInterface)
    return _interfaces


def _factory(_class_name: str, obj: QObject) -> Any:
    if isinstance(obj, Heading):
        interface = _interface_classes()["heading"](obj, obj.level)
    elif isinstance(obj, QWidget) and getattr(type(obj), "accessible_role", "") == "combobox":
        interface = _interface_classes()["combobox"](obj)
    else:
        return None
    _alive.append(interface)
    obj.destroyed.connect(lambda *_: _forget(interface))
    return interface


def _forget(interface: Any) -> None:
    if interface in _alive:
        _alive.remove(interface)


_installed: list[bool] = []


def install() -> None:
    """Install the factory once per process."""
    if not _installed:
        from PySide6.QtGui import QAccessible

        QAccessible.installFactory(_factory)
        _installed.append(True)


def announce(widget: QWidget, text: str, assertive: bool = True) -> None:
    """Have screen readers say ``text`` now (results arriving, an error), wherever the focus is."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
