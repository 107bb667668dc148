"""The agreement summary as PDF: export (off the GUI thread), preview and print."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def connect(window: MainWindow) -> None:
    """Wired once the report builder exists (desktop.reports.export_summary)."""
