"""The list view used on every page."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


class RecordTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(28)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setDefaultSectionSize(150)
        # Columns sized to their contents look at the first 100 rows, not 1000: a resize then
        # costs the same on any list and reads at most one page of a windowed model.
        header.setResizeContentsPrecision(100)
        from desktop.ui.widgets.bidi import BidiDelegate

        self.setItemDelegate(BidiDelegate(self))

    def selectRow(self, row: int) -> None:  # noqa: N802 - Qt's name
        """Select a row and make it current (QTableView.selectRow may pick no column in
        right-to-left layouts when the header does not fill the view)."""
        model = self.model()
        if model is None or not 0 <= row < model.rowCount():
            return
        from PySide6.QtCore import QItemSelectionModel

        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(model.index(row, 0), flags)
