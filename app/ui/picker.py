"""The model picker: a combo box showing the model's friendly name, opening a searchable list with
a short "Recommended for coding" group (app/data/recommended_models.txt) above all models, each
with its developer, context length and what the catalog says it can do; raw ids in small print.

For screen readers it is a combo box named by its label (not by its value, as Qt names one on
Linux). A name the list does not hold can be typed in the search field and used as it is, unless
an organisation limits the choice.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.ui import theme

if TYPE_CHECKING:
    from app.core.catalog_format import ModelInfo

ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "header", "model", "typed"
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class ModelEntry:
    id: str
    name: str = ""
    developer: str = ""
    context_length: int | None = None
    streams: bool | None = None  # None: the catalog does not say
    tools: bool | None = None

    @property
    def title(self) -> str:
        return self.name or self.id


@cache
def recommended_ids() -> tuple[str, ...]:
    """The ids of app/data/recommended_models.txt, in order (none when the file is missing)."""
    try:
        text = (resources.files("app") / "data" / "recommended_models.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ()
    ids = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    return tuple(i for i in ids if i)


def context_words(tokens: int | None) -> str:
    if not tokens:
        return ""
    if tokens >= 1_000_000:
        amount = f"{tokens / 1_000_000:.1f}".rstrip("0").rstrip(".") + "M"
    elif tokens >= 1000:
        amount = f"{round(tokens / 1000)}K"
    else:
        amount = str(tokens)
    return QCoreApplication.translate("ModelPicker", "%1 tokens of context").replace("%1", amount)


def details(entry: ModelEntry) -> str:
    """The small print under a model: developer, context, what it can do, its id."""
    parts = [entry.developer, context_words(entry.context_length)]
    if entry.streams:
        parts.append(QCoreApplication.translate("ModelPicker", "streams"))
    if entry.tools:
        parts.append(QCoreApplication.translate("ModelPicker", "uses tools"))
    parts.append(entry.id)
    return " · ".join(p for p in parts if p)


class _Delegate(QStyledItemDelegate):
    """A model in two lines (its name, then the small print); a group title in small capitals."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        fm = QFontMetrics(option.font)
        lines = 1.5 if index.data(KIND_ROLE) == "header" else 2.5
        return QSize(fm.horizontalAdvance("M") * 20, round(fm.height() * lines))

    def paint(
        self, p: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        p.save()
        pal = option.palette
        r = QRect(option.rect)
        kind = index.data(KIND_ROLE)
        fm = QFontMetrics(option.font)
        pad = fm.horizontalAdvance("M") // 2 + 4
        if kind == "header":
            font = QFont(option.font)
            font.setBold(True)
            p.setFont(font)
            # A title is not pickable (a disabled item): its colour is the active one all the same.
            active = QPalette(pal)
            active.setCurrentColorGroup(QPalette.ColorGroup.Active)
            p.setPen(theme.muted_text(active))
            p.drawText(
                r.adjusted(pad, 0, -pad, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                str(index.data(Qt.ItemDataRole.DisplayRole)),
            )
            p.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            p.fillRect(r, pal.color(QPalette.ColorRole.Highlight))
        text_colour = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        font = QFont(option.font)
        font.setBold(True)
        p.setFont(font)
        p.setPen(text_colour)
        top = QRect(r.left() + pad, r.top() + 2, r.width() - 2 * pad, fm.height() + 2)
        p.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(index.data()))
        small = QFont(option.font)
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        p.setFont(small)
        p.setPen(text_colour if selected else theme.muted_text(pal))
        below = QRect(r.left() + pad, top.bottom(), r.width() - 2 * pad, fm.height() + 2)
        detail = QFontMetrics(small).elidedText(
            str(index.data(DETAIL_ROLE) or ""), Qt.TextElideMode.ElideRight, below.width()
        )
        p.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, detail)
        p.restore()


class _Popup(QFrame):
    """The search field and the list, under the picker."""

    chosen = Signal(str)

    def __init__(self, picker: ModelPicker) -> None:
        super().__init__(picker, Qt.WindowType.Popup)
        self.picker = picker
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            QCoreApplication.translate("ModelPicker", "Search by name, developer or id")
        )
        self.search.setAccessibleName(QCoreApplication.translate("ModelPicker", "Search models"))
        self.search.setClearButtonEnabled(True)
        self.list = QListView(self)
        self.list.setAccessibleName(QCoreApplication.translate("ModelPicker", "Models"))
        self.list.setItemDelegate(_Delegate(self.list))
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setUniformItemSizes(False)
        self.model = QStandardItemModel(self)
        self.list.setModel(self.model)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(4)
        lay.addWidget(self.search)
        lay.addWidget(self.list, 1)
        self.search.textChanged.connect(self.refill)
        self.search.installEventFilter(self)
        self.list.clicked.connect(self._pick_index)
        self.list.activated.connect(self._pick_index)

    def refill(self, query: str = "") -> None:
        entries = self.picker.entries()
        words = query.strip().lower().split()
        self.model.clear()

        def matches(entry: ModelEntry) -> bool:
            hay = f"{entry.id} {entry.name} {entry.developer}".lower()
            return all(w in hay for w in words)

        shown = [e for e in entries if matches(e)]
        recommended = [e for i in recommended_ids() for e in shown if e.id == i] if not words else []
        if recommended:
            self._header(QCoreApplication.translate("ModelPicker", "Recommended for coding"))
            for entry in recommended:
                self._entry(entry)
            self._header(QCoreApplication.translate("ModelPicker", "All models"))
        for entry in sorted(shown, key=lambda e: (e.title.lower(), e.id)):
            self._entry(entry)
        typed = query.strip()
        if typed and self.picker.typing_allowed() and typed not in {e.id for e in entries}:
            item = QStandardItem(QCoreApplication.translate("ModelPicker", "Use “%1”").replace("%1", typed))
            item.setData("typed", KIND_ROLE)
            item.setData(typed, ID_ROLE)
            item.setData(QCoreApplication.translate("ModelPicker", "a model id typed by hand"), DETAIL_ROLE)
            self.model.appendRow(item)
        if not self.model.rowCount():
            self._header(QCoreApplication.translate("ModelPicker", "No model matches. Try fewer letters."))
        self._select(self._first_pickable(0, 1))

    def _header(self, text: str) -> None:
        item = QStandardItem(text)
        item.setData("header", KIND_ROLE)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.model.appendRow(item)

    def _entry(self, entry: ModelEntry) -> None:
        item = QStandardItem(entry.title)
        item.setData("model", KIND_ROLE)
        item.setData(entry.id, ID_ROLE)
        item.setData(details(entry), DETAIL_ROLE)
        item.setData(f"{entry.title}, {details(entry)}", Qt.ItemDataRole.AccessibleTextRole)
        item.setToolTip(entry.id)
        self.model.appendRow(item)

    def _first_pickable(self, start: int, step: int) -> int:
        row = start
        while 0 <= row < self.model.rowCount():
            if self.model.item(row).data(KIND_ROLE) != "header":
                return row
            row += step
        return -1

    def _select(self, row: int) -> None:
        if row >= 0:
            index = self.model.index(row, 0)
            self.list.setCurrentIndex(index)
            if row == self._first_pickable(0, 1):
                self.list.scrollToTop()  # the group's title above the first model stays in view
            else:
                self.list.scrollTo(index)

    def _move(self, step: int) -> None:
        current = self.list.currentIndex().row()
        row = self._first_pickable(current + step if current >= 0 else 0, step)
        self._select(row if row >= 0 else current)

    def _pick_index(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(KIND_ROLE) in ("model", "typed"):
            self.chosen.emit(str(index.data(ID_ROLE)))
            self.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}
            if key in moves:
                self._move(moves[key])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._pick_index(self.list.currentIndex())
                return True  # this Enter picks; it never reaches the page
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._pick_index(self.list.currentIndex())
            return
        super().keyPressEvent(event)

    def open_below(self) -> None:
        picker = self.picker
        fm = picker.fontMetrics()
        width = max(picker.width(), fm.horizontalAdvance("M") * 30)
        screen = picker.screen().availableGeometry() if picker.screen() is not None else None
        height = round(fm.height() * 24)
        where = picker.mapToGlobal(QPoint(0, picker.height()))
        if screen is not None:
            width = min(width, screen.width() - 8)
            room_below = screen.bottom() - where.y()
            room_above = picker.mapToGlobal(QPoint(0, 0)).y() - screen.top()
            if room_below < height and room_above > room_below:
                height = min(height, room_above - 4)
                where = picker.mapToGlobal(QPoint(0, 0)) - QPoint(0, height)
            else:
                height = min(height, max(room_below - 4, fm.height() * 8))
            where.setX(max(screen.left(), min(where.x(), screen.right() - width)))
        self.setGeometry(QRect(where, QSize(width, height)))
        self.search.clear()
        self.refill("")
        current = picker.current_id()
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(ID_ROLE) == current:
                self._select(row)
                break
        self.show()
        self.search.setFocus(Qt.FocusReason.PopupFocusReason)


class ModelPicker(QComboBox):
    """A model, shown by its friendly name. ``picked(id)`` when the teammate chooses one."""

    picked = Signal(str)
    accessible_role = "combobox"  # named by its label, not by its value (app/ui/accessibility.py)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ModelEntry] = []
        self._typing = True
        self._popup: _Popup | None = None
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.activated.connect(self._on_activated)

    # ---- content
    def set_entries(self, entries: list[ModelEntry], allow_typing: bool = True) -> None:
        current = self.current_id()
        self._entries = list(entries)
        self._typing = allow_typing
        self._fill(current)

    def entries(self) -> list[ModelEntry]:
        return list(self._entries)

    def entry(self, model_id: str) -> ModelEntry | None:
        return next((e for e in self._entries if e.id == model_id), None)

    def model_ids(self) -> list[str]:
        return [e.id for e in self._entries]

    def typing_allowed(self) -> bool:
        return self._typing

    def _fill(self, current: str) -> None:
        self.blockSignals(True)
        self.clear()
        for entry in self._entries:
            self.addItem(entry.title, entry.id)
        self.blockSignals(False)
        self.set_current_id(current, announce=False)

    def current_id(self) -> str:
        data = self.currentData()
        return str(data) if data else ""

    def set_current_id(self, model_id: str, announce: bool = True) -> None:
        """Show ``model_id`` (added as its own item when the list does not hold it)."""
        model_id = model_id.strip()
        if not model_id:
            return
        index = self.findData(model_id)
        if index < 0:
            self.blockSignals(True)
            self.addItem(model_id, model_id)
            self.blockSignals(False)
            index = self.count() - 1
        changed = index != self.currentIndex()
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.blockSignals(False)
        if changed and announce:
            self.picked.emit(model_id)

    def _on_activated(self, index: int) -> None:
        model_id = self.itemData(index)
        if model_id:
            self.picked.emit(str(model_id))

    # ---- the list
    def showPopup(self) -> None:
        if self._popup is None:
            self._popup = _Popup(self)
            self._popup.chosen.connect(self._chosen)
        self._popup.open_below()

    def hidePopup(self) -> None:
        if self._popup is not None:
            self._popup.close()

    def popup_visible(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    def popup(self) -> _Popup | None:
        return self._popup

    def _chosen(self, model_id: str) -> None:
        self.set_current_id(model_id, announce=False)
        self.picked.emit(model_id)
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter is the page's (Next); the list opens with Space, Alt+Down or F4.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()
            return
        super().keyPressEvent(event)


def entries_from_catalog(models: list[ModelInfo]) -> list[ModelEntry]:
    """Core's catalog entries -> the picker's (whether a model streams and uses tools only when the
    catalog says so)."""
    return [ModelEntry(m.id, m.name, m.developer, m.context_length, m.streaming, m.tools) for m in models]
