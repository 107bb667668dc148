"""The Attachments section of an editor (agreements, activities, organisations, milestones):
the record's files in ``attachments_table``; add by button (``action_add_attachment``) or by
dropping files on the section; a preview of the selected PDF or image in place; open with the
system application from a private temporary copy (``action_open_attachment``); save as
(``action_save_attachment``); remove to the trash (``action_remove_attachment``).

Installed by :func:`install`, one call in the editor base; adding and saving files run off the
GUI thread (the window's runner when there is one)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QT_TRANSLATE_NOOP, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QMenu, QSplitter, QTableWidget, QToolButton, QVBoxLayout, QWidget,
)

from desktop.domain.attachments import may_run
from desktop.domain.kinds import AttachmentKind
from desktop.ui import display, errors, i18n, prompts, settings
from desktop.ui.runner import Runner
from desktop.ui.widgets.attachment_preview import PREVIEW_BYTES_MAX, AttachmentPreview, private_copy
from desktop.ui.widgets.history import fill_table, make_table

CONTEXT = "Attachments"
OWNER_ENTITIES = ("agreement", "activity", "organization", "milestone")
HEADERS = (
    QT_TRANSLATE_NOOP("Attachments", "Title"), QT_TRANSLATE_NOOP("Attachments", "Kind"),
    QT_TRANSLATE_NOOP("Attachments", "Size"), QT_TRANSLATE_NOOP("Attachments", "File"),
)
ACTIONS = {
    "action_add_attachment": QT_TRANSLATE_NOOP("Attachments", "Add files…"),
    "action_open_attachment": QT_TRANSLATE_NOOP("Attachments", "Open"),
    "action_save_attachment": QT_TRANSLATE_NOOP("Attachments", "Save as…"),
    "action_remove_attachment": QT_TRANSLATE_NOOP("Attachments", "Remove"),
}


def install(editor: Any) -> AttachmentsSection | None:
    """Add the section under an editor's fields (None for records that hold no files)."""
    if editor.entity not in OWNER_ENTITIES:
        return None
    section = AttachmentsSection(editor.register, editor)
    editor.outer.addWidget(section)
    return section


def size_text(size: int) -> str:
    if size < 1000:
        return display.number(size) + " " + QCoreApplication.translate("Attachments", "B")
    if size < 1_000_000:
        return display.digits(f"{size / 1000:.1f}") + " " + QCoreApplication.translate("Attachments", "KB")
    return display.digits(f"{size / 1_000_000:.1f}") + " " + QCoreApplication.translate("Attachments", "MB")


class AttachmentsSection(QWidget):
    def __init__(self, register: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.owner: str | None = None
        self.items: list[Any] = []
        self._own_runner: Runner | None = None
        self.setObjectName("attachments_section")
        self.setAcceptDrops(True)
        self.title = QLabel(self)
        self.title.setObjectName("attachments_title")
        self.title.setStyleSheet("font-weight: bold;")
        self.note = QLabel(self)
        self.note.setObjectName("attachments_note")
        self.note.setWordWrap(True)
        self.actions_by_name: dict[str, QAction] = {}
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.title)
        buttons.addStretch(1)
        for name, slot in (("action_add_attachment", self.add_dialog), ("action_open_attachment", self.open_selected),
                           ("action_save_attachment", self.save_selected_as), ("action_remove_attachment", self.remove_selected)):
            action = QAction(self)
            action.setObjectName(name)
            action.triggered.connect(slot)
            self.actions_by_name[name] = action
            button = QToolButton(self)
            button.setObjectName(name.replace("action_", "button_"))
            button.setDefaultAction(action)
            buttons.addWidget(button)
        self.table: QTableWidget = make_table(self, "attachments_table", [""] * len(HEADERS))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.preview = AttachmentPreview(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(1, 1)
        self.table.setMinimumHeight(96)
        self.table.setWordWrap(False)  # one line a file: the rows fit the table
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.note)
        layout.addWidget(split)
        self.retranslate()
        self.show_record(None)

    # -- the record ----------------------------------------------------------------------
    def show_record(self, uuid: str | None) -> None:
        """The editor loaded a record (None: a new one, not saved yet)."""
        self.owner = uuid or None
        self.reload()

    def reload(self) -> None:
        self.items = self.register.attachments_of(self.owner) if self.owner else []
        rows = [(display.isolate(a.display_title(i18n.current())), i18n.label(a.kind), size_text(a.size), display.isolate(a.name))
                for a in self.items]
        fill_table(self.table, rows)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self.items))
        self.preview.setVisible(False)
        self._update()

    def _update(self) -> None:
        writable = bool(self.owner) and not self.register.read_only
        chosen = self.selected() is not None
        self.actions_by_name["action_add_attachment"].setEnabled(writable)
        self.actions_by_name["action_remove_attachment"].setEnabled(writable and chosen)
        self.actions_by_name["action_open_attachment"].setEnabled(chosen)
        self.actions_by_name["action_save_attachment"].setEnabled(chosen)
        if not self.owner:
            note = QCoreApplication.translate("Attachments", "Save the record first; then files can be attached to it.")
        elif not self.items:
            note = QCoreApplication.translate("Attachments", "No files yet: add the signed document, minutes, reports or photos (or drop files here).")
        else:
            note = ""
        self.note.setText(note)
        self.note.setVisible(bool(note))

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.items[rows[0].row()] if rows and rows[0].row() < len(self.items) else None

    def _selected(self) -> None:
        self._update()
        rec = self.selected()
        if rec is None:
            self.preview.setVisible(False)
            return
        self.preview.setVisible(True)
        if rec.size > PREVIEW_BYTES_MAX:
            self.preview.show_note(QCoreApplication.translate("Attachments", "This file is too large to preview; open it with its application."))
            return
        if not (rec.media_type.startswith("image/") or rec.media_type == "application/pdf"):
            self.preview.show_file(Path(rec.name), rec.media_type)  # a note: no preview for this kind
            return
        try:
            self.preview.show_file(private_copy(self.register, rec), rec.media_type)
        except Exception as exc:  # noqa: BLE001 - a damaged file or a storage error: said in the preview
            self.preview.show_note(str(exc))

    # -- actions -------------------------------------------------------------------------
    def runner(self) -> Runner:
        found = getattr(self.window(), "runner", None)
        if isinstance(found, Runner):
            return found
        if self._own_runner is None:
            self._own_runner = Runner(self)
        return self._own_runner

    def add_dialog(self) -> None:
        folder = str(settings.get(settings.LAST_FOLDER) or Path.home())
        paths, _ = QFileDialog.getOpenFileNames(self, QCoreApplication.translate("Attachments", "Attach files"), folder)
        if paths:
            self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """Attach files to the record, off the GUI thread; the list refreshes when done."""
        owner, register = self.owner, self.register
        if not owner or register.read_only or not paths:
            return

        def work(_progress: Any) -> list[Any]:
            kinds = []
            for path in paths:
                rec = register.add_attachment(owner, path)
                if rec.media_type.startswith("image/"):
                    rec.kind = AttachmentKind.PHOTO
                    rec = register.save_attachment(rec).record
                kinds.append(rec)
            return kinds

        self.runner().run(work, on_done=lambda _r: self.reload(), on_error=self._failed, changes=("attachments",))

    def _failed(self, exc: BaseException) -> None:
        self.reload()
        errors.show(exc, self)

    def open_selected(self) -> None:
        rec = self.selected()
        if rec is None:
            return
        if may_run(rec.name, rec.media_type):
            prompts.error(self, QCoreApplication.translate("Attachments", "Attachments"),
                          QCoreApplication.translate("Attachments", "This file could be a program: Sijill does not open it. Save it and have it checked first."))
            return
        try:
            path = private_copy(self.register, rec)
        except Exception as exc:  # noqa: BLE001
            errors.show(exc, self)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def save_selected_as(self) -> None:
        rec = self.selected()
        if rec is None:
            return
        folder = Path(str(settings.get(settings.LAST_FOLDER) or Path.home()))
        target = prompts.save_file(self, QCoreApplication.translate("Attachments", "Save the attachment as"), str(folder / rec.name), "")
        if target:
            register, uuid = self.register, rec.uuid
            self.runner().run(lambda _p: register.extract_attachment(uuid, target), on_error=self._failed)

    def remove_selected(self) -> None:
        rec = self.selected()
        if rec is None or self.register.read_only:
            return
        register, uuid = self.register, rec.uuid
        self.runner().run(lambda _p: register.delete_attachment(uuid), on_done=lambda _r: self.reload(),
                          on_error=self._failed, changes=("attachments", "history"))

    def _menu(self, position: Any) -> None:
        rec = self.selected()
        if rec is None or self.register.read_only:
            return
        menu = QMenu(self)
        for field, text in (("title_ar", QCoreApplication.translate("Attachments", "Title (Arabic)…")),
                            ("title_en", QCoreApplication.translate("Attachments", "Title (English)…"))):
            menu.addAction(text).triggered.connect(lambda _on=False, f=field: self.ask_title(f))
        kinds = menu.addMenu(QCoreApplication.translate("Attachments", "Kind"))
        for kind in AttachmentKind:
            action = kinds.addAction(i18n.label(kind))
            action.setCheckable(True)
            action.setChecked(kind == rec.kind)
            action.triggered.connect(lambda _on=False, k=kind: self.set_kind(k))
        menu.exec(self.table.viewport().mapToGlobal(position))

    def ask_title(self, field: str) -> None:
        rec = self.selected()
        if rec is None:
            return
        label = QCoreApplication.translate("Attachments", "Title (Arabic)") if field == "title_ar" else \
            QCoreApplication.translate("Attachments", "Title (English)")
        text, ok = QInputDialog.getText(self, QCoreApplication.translate("Attachments", "Attachment"), label,
                                        text=getattr(rec, field))
        if ok:
            self.describe(**{field: text.strip()})

    def set_kind(self, kind: AttachmentKind) -> None:
        self.describe(kind=kind)

    def describe(self, **values: Any) -> None:
        """Change the selected attachment's titles or kind (recorded in its history)."""
        rec = self.selected()
        if rec is None or self.register.read_only:
            return
        for name, value in values.items():
            setattr(rec, name, value)
        try:
            self.register.save_attachment(rec)
        except Exception as exc:  # noqa: BLE001
            errors.show(exc, self)
        self.reload()

    # -- dropping files ------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        urls = event.mimeData().urls()
        if self.owner and not self.register.read_only and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    # -- language ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Attachments", "Attachments"))
        self.table.setAccessibleName(self.title.text())
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Attachments", h) for h in HEADERS])
        for name, text in ACTIONS.items():
            self.actions_by_name[name].setText(QCoreApplication.translate("Attachments", text))
        if self.owner:
            self.reload()
        else:
            self._update()

    def changeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
