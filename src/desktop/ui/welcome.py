"""First run on an empty register: start empty or load the example plan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class Welcome(QWidget):
    start_empty = Signal()
    load_example = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.title = QLabel(self)
        self.title.setObjectName("welcome_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setObjectName("welcome_text")
        self.text.setWordWrap(True)
        self.text.setFixedWidth(560)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.example = QPushButton(self)
        self.example.setObjectName("welcome_load_example")
        self.example.setDefault(True)
        self.example.setMinimumHeight(40)
        self.example.setMinimumWidth(300)
        self.empty = QPushButton(self)
        self.empty.setObjectName("welcome_start_empty")
        self.empty.setMinimumHeight(40)
        self.empty.setMinimumWidth(300)
        self.example.clicked.connect(self.load_example)
        self.empty.clicked.connect(self.start_empty)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (self.title, self.text):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
            layout.addSpacing(12)
        for w in (self.example, self.empty):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("Welcome", "Welcome to Sijill"))
        self.text.setText(
            QCoreApplication.translate(
                "Welcome",
                "This register is empty. Sijill keeps partnership agreements, their parties and "
                "signatories, objectives, activities and the history of the partnership. You can "
                "start with an empty register or look around in the example: the joint action plan "
                "2022–2025 of UNHCR and the Organisation of Islamic Cooperation.",
            )
        )
        self.text.setMinimumHeight(self.text.heightForWidth(self.text.width()) + 8)
        self.example.setText(QCoreApplication.translate("Welcome", "Load the example plan"))
        self.empty.setText(QCoreApplication.translate("Welcome", "Start with an empty register"))

    def set_busy(self, busy: bool) -> None:
        self.example.setEnabled(not busy)
        self.empty.setEnabled(not busy)
