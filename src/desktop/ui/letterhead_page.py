"""File > Letterhead: the office's letterhead printed on summaries, with a live preview.

Organisation name (Arabic, English), a logo (PNG or SVG, checked as the register checks it)
and a footer line per language. The preview redraws as you type, in the interface's
language, the way the summary's first page shows it. Reading and saving run off the GUI
thread (:class:`~desktop.ui.runner.Runner`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import SijillError
from desktop.domain.letterhead import PNG, SVG, Letterhead, logo_type
from desktop.services.letterhead import letterhead, set_letterhead
from desktop.ui import i18n, prompts
from desktop.ui.runner import Runner

if TYPE_CHECKING:
    from desktop.services.register import Register
    from desktop.ui.main_window import MainWindow

ACCENT = QColor("#1F4E79")
MUTED = QColor("#4A5560")
_FIELDS = ("name_ar", "name_en", "footer_ar", "footer_en")


class LetterheadPreview(QWidget):
    """The head of a summary's first page and its footer line, drawn from a Letterhead."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("letterhead_preview")
        self.value = Letterhead()
        self.lang = "ar"
        self.setMinimumSize(QSize(420, 150))

    def show_letterhead(self, value: Letterhead, lang: str) -> None:
        self.value, self.lang = value, lang
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        painter.fillRect(page, QColor("white"))
        painter.setPen(QPen(QColor("#B8C2CC"), 1))
        painter.drawRect(page)
        rtl = self.lang == "ar"
        inner = page.adjusted(14, 12, -14, -10)
        logo = self._draw_logo(painter, inner, rtl)
        text_box = inner.adjusted(0 if rtl else logo, 0, -logo if rtl else 0, 0)
        align = ((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignTop
                 | Qt.AlignmentFlag.AlignAbsolute)  # the summary's side, whatever the widget's direction
        name_font = QFont(self.font())
        name_font.setBold(True)
        name_font.setPointSizeF(self.font().pointSizeF() * 1.4)
        painter.setFont(name_font)
        painter.setPen(ACCENT)
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        painter.drawText(text_box, int(align), self.value.name(self.lang) or QCoreApplication.translate("LetterheadDialog", "Organisation name"))
        painter.setFont(self.font())
        painter.setPen(MUTED)
        painter.drawText(text_box.adjusted(0, name_font.pointSizeF() * 2, 0, 0), int(align), self.value.other_name(self.lang))
        rule_y = inner.top() + 56
        painter.setPen(QPen(ACCENT, 1.5))
        painter.drawLine(inner.left(), rule_y, inner.right(), rule_y)
        painter.setPen(MUTED)
        footer = QRectF(inner.left(), inner.bottom() - 18, inner.width(), 18)
        painter.drawText(footer, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), self.value.footer(self.lang))
        painter.end()

    def _draw_logo(self, painter: QPainter, box: QRectF, rtl: bool) -> float:
        """Draw the logo 46 points high at the start side; returns the room it takes."""
        height = 46.0
        value = self.value
        if not value.logo:
            return 0.0
        if value.logo_type == PNG:
            pixmap = QPixmap()
            if not pixmap.loadFromData(value.logo):
                return 0.0
            width = height * pixmap.width() / max(pixmap.height(), 1)
            target = QRectF(box.right() - width if rtl else box.left(), box.top(), width, height)
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
            return width + 10
        if value.logo_type == SVG:
            renderer = QSvgRenderer(QByteArray(value.logo))
            if not renderer.isValid():
                return 0.0
            size = renderer.defaultSize()
            width = height * size.width() / max(size.height(), 1)
            renderer.render(painter, QRectF(box.right() - width if rtl else box.left(), box.top(), width, height))
            return width + 10
        return 0.0


class LetterheadDialog(QDialog):
    """Edit the register's letterhead; OK saves it (off the GUI thread)."""

    def __init__(self, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LetterheadDialog")
        self.register = register
        self.runner = Runner(self)
        self.logo = b""
        self.logo_type = ""
        self._build()
        self.retranslate()
        self.runner.run(lambda _p: letterhead(register), on_done=self._fill, on_error=self._failed)

    def _build(self) -> None:
        form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        self.edits: dict[str, QLineEdit] = {}
        for field in _FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"edit_{field}")
            edit.setLayoutDirection(Qt.LayoutDirection.RightToLeft if field.endswith("_ar") else Qt.LayoutDirection.LeftToRight)
            edit.textChanged.connect(self._changed)
            self.edits[field] = edit
            self.labels[field] = QLabel(self)
            form.addRow(self.labels[field], edit)
        self.button_logo = QPushButton(self)
        self.button_logo.setObjectName("button_logo")
        self.button_logo.clicked.connect(self._choose_logo)
        self.button_remove_logo = QPushButton(self)
        self.button_remove_logo.setObjectName("button_remove_logo")
        self.button_remove_logo.clicked.connect(self._remove_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.button_logo)
        logo_row.addWidget(self.button_remove_logo)
        logo_row.addStretch(1)
        self.label_logo = QLabel(self)
        form.addRow(self.label_logo, logo_row)
        self.preview = LetterheadPreview(self)
        self.label_error = QLabel(self)
        self.label_error.setObjectName("label_error")
        self.label_error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.label_error)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("LetterheadDialog", "Letterhead"))
        names = {"name_ar": QCoreApplication.translate("LetterheadDialog", "Organisation name (Arabic)"), "name_en": QCoreApplication.translate("LetterheadDialog", "Organisation name (English)"),
                 "footer_ar": QCoreApplication.translate("LetterheadDialog", "Footer line (Arabic)"), "footer_en": QCoreApplication.translate("LetterheadDialog", "Footer line (English)")}
        for field, text in names.items():
            self.labels[field].setText(text)
        self.label_logo.setText(QCoreApplication.translate("LetterheadDialog", "Logo"))
        self.button_logo.setText(QCoreApplication.translate("LetterheadDialog", "Choose PNG or SVG…"))
        self.button_remove_logo.setText(QCoreApplication.translate("LetterheadDialog", "Remove logo"))

    def value(self) -> Letterhead:
        texts = {field: " ".join(edit.text().split()) for field, edit in self.edits.items()}
        return Letterhead(logo=self.logo, logo_type=self.logo_type, **texts)

    def _fill(self, value: object) -> None:
        assert isinstance(value, Letterhead)
        for field in _FIELDS:
            self.edits[field].setText(getattr(value, field))
        self.logo, self.logo_type = value.logo, value.logo_type
        self._changed()

    def _changed(self, *_args: Any) -> None:
        self.button_remove_logo.setEnabled(bool(self.logo))
        self.preview.show_letterhead(self.value(), i18n.current())

    def _choose_logo(self) -> None:
        path = prompts.open_file(self, QCoreApplication.translate("LetterheadDialog", "Logo"), "", QCoreApplication.translate("LetterheadDialog", "Images (*.png *.svg)"))
        if not path:
            return
        try:
            with open(path, "rb") as handle:
                data = handle.read(LOGO_READ_LIMIT)
            kind = logo_type(data)
        except SijillError as exc:
            self.label_error.setText(i18n.tr_message(exc.message))
            return
        except OSError as exc:
            self.label_error.setText(exc.strerror or str(exc))
            return
        self.label_error.clear()
        self.logo, self.logo_type = data, kind
        self._changed()

    def _remove_logo(self) -> None:
        self.logo, self.logo_type = b"", ""
        self._changed()

    def accept(self) -> None:
        value = self.value()
        texts = {field: getattr(value, field) for field in _FIELDS}
        self.buttons.setEnabled(False)
        self.runner.run(lambda _p: set_letterhead(self.register, logo=value.logo, **texts),
                        on_done=lambda _result: QDialog.accept(self), on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        message = getattr(exc, "message", None)
        self.label_error.setText(i18n.tr_message(message) if message is not None else str(exc))


LOGO_READ_LIMIT = 512 * 1024 + 1  # one byte more than the cap, so an oversized file is refused, not cut


def open_dialog(window: MainWindow) -> LetterheadDialog:
    dialog = LetterheadDialog(window.register, window)
    window.letterhead_dialog = dialog  # type: ignore[attr-defined]  # tests reach it here
    dialog.open()
    return dialog
