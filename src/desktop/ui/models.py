"""Qt table models over the register's records (never SQL here)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from desktop.domain import records as r
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register
from desktop.ui import display, i18n

Index = QModelIndex | QPersistentModelIndex
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    header: str  # source text, translated in the "columns" context
    text: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None
    db_order: str | None = None  # for models sorted by the database


def _lang() -> str:
    return i18n.current()


class RecordTableModel(QAbstractTableModel):
    """Rows of records loaded in one go (organisations, people, agreements, milestones)."""

    def __init__(self, columns: Sequence[Column], loader: Callable[[str], list[Any]]) -> None:
        super().__init__()
        self.columns = list(columns)
        self.loader = loader
        self.records: list[Any] = []
        self.search = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- loading -------------------------------------------------------------------------
    def refresh(self, search: str | None = None) -> None:
        self.show(self.reader(search)())

    def reader(self, search: str | None = None, flt: Any = None, keep: str | None = None) -> Callable[[], Any]:
        """The read of the list with ``search`` (None: the current one), to run in any thread;
        :meth:`show` puts its answer in the model (in the GUI thread)."""
        text = self.search if search is None else search
        sort = self._sort

        def read() -> tuple[str, list[Any]]:
            records = self.loader(text)
            if sort is not None:
                self._sort_list(records, *sort)
            return text, records

        return read

    def show(self, data: tuple[str, list[Any]]) -> None:
        self.beginResetModel()
        self.search, self.records = data
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))
        if self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, len(self.columns) - 1))

    def record(self, row: int) -> Any:
        return self.records[row] if 0 <= row < len(self.records) else None

    def row_of(self, uuid: str | None) -> int:
        for row, rec in enumerate(self.records):
            if rec.uuid == uuid:
                return row
        return -1

    # -- Qt model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("columns", self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        rec = self.record(index.row())
        if rec is None or not index.isValid():
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display.isolate(column.text(rec))
        if role == UUID_ROLE:
            return rec.uuid
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_records(column, order)
        self.layoutChanged.emit()

    def _sort_records(self, column: int, order: Qt.SortOrder) -> None:
        self._sort_list(self.records, column, order)

    def _sort_list(self, records: list[Any], column: int, order: Qt.SortOrder) -> None:
        col = self.columns[column]
        key = col.sort_key or (lambda rec: col.text(rec).casefold())
        records.sort(key=lambda rec: _none_last(key(rec)), reverse=order == Qt.SortOrder.DescendingOrder)


def _none_last(value: Any) -> tuple[bool, Any]:
    return (value is None or value == "", value if value is not None else "")


@dataclass(frozen=True)
class _Read:
    """A read of the Activities list made in the background (see ActivitiesModel.reader)."""

    filter: ActivityFilter
    order_by: str
    descending: bool
    first: list[r.Activity]
    total: int
    keep: str | None
    position: int | None


class ActivitiesModel(QAbstractTableModel):
    """Activities as a window over the database: ``rowCount`` is the database's count, and
    rows are read a page at a time when the view asks for them (sorted and filtered by the
    database). Only the most recently used pages are kept, so scrolling through 100,000
    activities holds no more than :attr:`KEEP` pages in memory."""

    PAGE = 100
    KEEP = 30

    def __init__(self, register: Register, columns: Sequence[Column]) -> None:
        super().__init__()
        self.register = register
        self.columns = list(columns)
        self.pages: OrderedDict[int, list[r.Activity]] = OrderedDict()
        self.filter = ActivityFilter()
        self.total = 0
        self.order_by = "start"
        self.descending = False
        self._known: dict[str, int | None] = {}  # rows found by the last background read
        # how a new sort order is read: here (a bare model), or by the page in the background
        self.on_reload: Callable[[], None] = self.refresh

    @property
    def records(self) -> list[r.Activity]:
        """The rows held in memory now (a few pages, not the whole list)."""
        return [rec for number in sorted(self.pages) for rec in self.pages[number]]

    def refresh(self, search: str | None = None, flt: ActivityFilter | None = None) -> None:
        self.show(self.reader(search, flt)())

    def reader(self, search: str | None = None, flt: ActivityFilter | None = None,
               keep: str | None = None) -> Callable[[], _Read]:
        """The first page, the count and the row of ``keep`` for ``search``/``flt`` in the
        current order, read in any thread; :meth:`show` puts them in the model."""
        chosen = flt if flt is not None else self.filter
        if search is not None:
            chosen = ActivityFilter(agreement=chosen.agreement, search=search or None, status=chosen.status, kind=chosen.kind)
        order_by, descending, register = self.order_by, self.descending, self.register

        def read() -> _Read:
            first = register.activities(chosen, order_by=order_by, descending=descending, limit=self.PAGE)
            total = len(first) if len(first) < self.PAGE else register.count_activities(chosen)
            position = None
            if keep and not any(rec.uuid == keep for rec in first):
                position = register.activity_position(chosen, keep, order_by=order_by, descending=descending)
            return _Read(chosen, order_by, descending, first, total, keep, position)

        return read

    def show(self, data: _Read) -> None:
        self.beginResetModel()
        self.filter, self.order_by, self.descending = data.filter, data.order_by, data.descending
        self.pages.clear()
        self.pages[0] = data.first
        self.total = data.total
        self._known = {data.keep: data.position} if data.keep else {}
        self.endResetModel()

    def _page(self, number: int) -> list[r.Activity]:
        page = self.pages.get(number)
        if page is None:
            page = self.register.activities(
                self.filter, order_by=self.order_by, descending=self.descending,
                offset=number * self.PAGE, limit=self.PAGE,
            )
            self.pages[number] = page
            while len(self.pages) > self.KEEP:
                self.pages.popitem(last=False)
        else:
            self.pages.move_to_end(number)
        return page

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return False  # every row is already counted; pages are read as the view needs them

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        by = self.columns[column].db_order or "start"
        if by == "title":
            by = "title_ar" if i18n.is_rtl() else "title_en"
        self.order_by = by
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.on_reload()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))
        if self.total:
            self.dataChanged.emit(self.index(0, 0), self.index(self.total - 1, len(self.columns) - 1))

    def record(self, row: int) -> r.Activity | None:
        if not 0 <= row < self.total:
            return None
        page = self._page(row // self.PAGE)
        offset = row % self.PAGE
        return page[offset] if offset < len(page) else None

    def row_of(self, uuid: str | None) -> int:
        if not uuid:
            return -1
        for number, page in self.pages.items():
            for offset, rec in enumerate(page):
                if rec.uuid == uuid:
                    return number * self.PAGE + offset
        if uuid in self._known:
            position = self._known[uuid]
        else:
            position = self.register.activity_position(
                self.filter, uuid, order_by=self.order_by, descending=self.descending
            )
        return -1 if position is None or position >= self.total else position

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    headerData = RecordTableModel.headerData
    data = RecordTableModel.data
