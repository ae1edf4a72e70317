"""What a screen reader needs beyond Qt's defaults: headings with a level, a picker that is a combo
box named by its label, and announcements when results arrive.

- A heading: a ``Heading`` label; an accessibility factory gives it the Heading role, and its
  level through a separate QAccessibleAttributesInterface (AT-SPI shows it as the attribute
  "level").
- The model picker: Qt names a combo box by its current value on Linux; a widget class whose
  ``accessible_role`` is "combobox" gets the ComboBox role from the factory, with its accessible
  name (its label) as the name and its value as the value.
- The step list (app/ui/nav.py), a plain widget with a row widget per step: "list" makes it a
  list whose focused child and one selected child (the Selection interface a screen reader asks on
  arriving in a list) are the current row, and which selects a row by ``select_row(row)``;
  "listitem" makes each row an item with no children (its words are its name), selected when
  current, focused when the list has the focus, with the actions Press (``enter()``) and SetFocus
  (``take_focus()``). ``selection_moved`` and ``focus_moved`` say so when the current row moves.

All are told apart by their class, not by a property set after construction: Qt may ask the
factory while the widget is still being built (the moment it gets a parent), and keeps the answer.
- ``announce(widget, text)``: a QAccessibleAnnouncementEvent ("object:announcement" on AT-SPI), so
  the checks finishing is said even when the focus is elsewhere.

The factory only runs while an assistive technology is listening; installing it costs nothing else.
"""

from __future__ import annotations

from typing import Any, Protocol, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget


class _ListKeepingFocus(Protocol):
    """A list whose own widget keeps the keyboard focus, a row widget per item (app/ui/nav.py)."""

    def current_row_widget(self) -> QWidget: ...

    def select_row(self, row_widget: QWidget) -> bool: ...

    def hasFocus(self) -> bool: ...


class _PressableRow(Protocol):
    """A row of such a list: pressed (go into it) or focused (shown, the list focused)."""

    def enter(self) -> None: ...

    def take_focus(self) -> None: ...


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
    from PySide6.QtGui import (
        QAccessible,
        QAccessibleActionInterface,
        QAccessibleAttributesInterface,
        QAccessibleSelectionInterface,
    )
    from PySide6.QtWidgets import QAccessibleWidget
    from shiboken6 import VoidPtr

    def cast_answer(answer: Any) -> Any:
        # None (or a plain int) handed back to Qt as an interface_cast answer crashes it; "none"
        # must be VoidPtr(0).
        return VoidPtr(0) if answer is None else answer

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
            return cast_answer(super().interface_cast(kind))  # anything else: the base class's

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

    class OneSelected(QAccessibleSelectionInterface):
        """A list's selection: always one item, the current row; selecting another shows it."""

        def __init__(self, listing: QWidget) -> None:
            super().__init__()
            self.listing = cast(_ListKeepingFocus, listing)

        def _current(self) -> Any:
            return QAccessible.queryAccessibleInterface(self.listing.current_row_widget())

        def selectedItemCount(self) -> int:
            return 1

        def selectedItems(self) -> list[Any]:
            return [self._current()]

        def selectedItem(self, index: int) -> Any:
            return self._current() if index == 0 else None

        def isSelected(self, child: Any) -> bool:
            return child is not None and child.object() is self.listing.current_row_widget()

        def select(self, child: Any) -> bool:
            return child is not None and bool(self.listing.select_row(child.object()))

        # One step is always shown: there is no unselecting it, nor a second one to add.
        def unselect(self, _child: Any) -> bool:
            return False

        def selectAll(self) -> bool:
            return False

        def clear(self) -> bool:
            return False

    class ListInterface(QAccessibleWidget):
        """A list that keeps the keyboard focus itself: its focused child and its one selected
        child are the current row."""

        def __init__(self, widget: QWidget) -> None:
            super().__init__(widget, QAccessible.Role.List)
            self._selection = OneSelected(widget)

        def focusChild(self) -> Any:
            listing = cast(_ListKeepingFocus, self.widget())
            if listing.hasFocus():
                return QAccessible.queryAccessibleInterface(listing.current_row_widget())
            return super().focusChild()

        def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:
            if kind == QAccessible.InterfaceType.SelectionInterface:
                return self._selection
            return cast_answer(super().interface_cast(kind))

    class ListItemInterface(QAccessibleWidget):
        """A row of such a list: named by its accessible name, with no children of its own."""

        def __init__(self, widget: QWidget) -> None:
            super().__init__(widget, QAccessible.Role.ListItem)

        def childCount(self) -> int:
            return 0

        def child(self, _index: int) -> Any:
            return None

        def childAt(self, _x: int, _y: int) -> Any:
            return None

        def indexOfChild(self, _child: Any) -> int:
            return -1

        def actionNames(self) -> list[str]:
            return [QAccessibleActionInterface.pressAction(), QAccessibleActionInterface.setFocusAction()]

        def doAction(self, name: str) -> None:
            row = cast(_PressableRow, self.widget())
            if name == QAccessibleActionInterface.pressAction():
                row.enter()
            elif name == QAccessibleActionInterface.setFocusAction():
                row.take_focus()

        def state(self) -> QAccessible.State:
            state = super().state()
            widget = self.widget()
            current = bool(getattr(widget, "shown", False))
            listing = widget.parentWidget()
            state.selectable = True
            state.selected = current
            state.focusable = True
            state.focused = current and listing is not None and listing.hasFocus()
            return state

    _interfaces.update(
        heading=HeadingInterface,
        combobox=ComboBoxInterface,
        list=ListInterface,
        listitem=ListItemInterface,
    )
    return _interfaces


_BY_CLASS_ROLE = ("combobox", "list", "listitem")


def _factory(_class_name: str, obj: QObject) -> Any:
    role = getattr(type(obj), "accessible_role", "") if isinstance(obj, QWidget) else ""
    if isinstance(obj, Heading):
        interface = _interface_classes()["heading"](obj, obj.level)
    elif role in _BY_CLASS_ROLE:
        interface = _interface_classes()[role](obj)
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


def selection_moved(previous: QWidget, current: QWidget) -> None:
    """Tell screen readers that a list's selected item is now ``current`` instead of ``previous``
    (their states already say so): the selection events Qt's own lists send."""
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(current, QAccessible.Event.SelectionAdd))
        QAccessible.updateAccessibility(QAccessibleEvent(previous, QAccessible.Event.SelectionRemove))


def focus_moved(widget: QWidget) -> None:
    """Tell screen readers that the focus is now on ``widget``: a row of a list that keeps the
    keyboard focus itself (Qt says so only for the widget with the focus)."""
    from PySide6.QtGui import QAccessible, QAccessibleEvent

    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Focus))


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
