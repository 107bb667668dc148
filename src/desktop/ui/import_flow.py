"""The import of activities as the main window runs it: check off the GUI thread with
progress and Cancel, show the preview, import on OK (off the GUI thread, cancellable)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.ui import display
from desktop.ui.import_dialog import ImportPreview, ImportProgress, remember_mapping, saved_mappings

if TYPE_CHECKING:
    from desktop.ui.host import Host as MainWindow  # the main window as its feature modules see it


def _run(window: MainWindow, title: str, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
         on_done: Callable[[Any], None], changes: tuple[str, ...] = ()) -> ImportProgress:
    """``work(progress, cancelled)`` in the runner, with a progress dialog whose Cancel the
    work sees through ``cancelled()``."""
    progress = ImportProgress(title, window)
    window.last_import_progress = progress  # type: ignore[attr-defined]
    window.runner.progress.connect(progress.show_progress)

    def finish() -> None:
        try:
            window.runner.progress.disconnect(progress.show_progress)
        except (RuntimeError, TypeError):
            pass
        progress.close()
        progress.deleteLater()

    def done(result: Any) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        from desktop.services.spreadsheet import ImportCancelled

        finish()
        if isinstance(exc, ImportCancelled):
            window.statusBar().showMessage(QCoreApplication.translate("ImportPreview", "Import cancelled; nothing was changed."), 8000)
        else:
            window.runner.failed.emit(exc)

    progress.show()
    window.runner.run(lambda report: work(report, progress.cancelled.is_set), on_done=done, on_error=failed, changes=changes)
    return progress


def preview_import(window: MainWindow, path: str, agreement: str | None, mapping: dict[str, str] | None = None) -> None:
    """Check the file without keeping anything, show what would change, import on OK."""
    from desktop.services import spreadsheet

    register = window.register
    kept = saved_mappings()

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        return spreadsheet.import_activities(register, path, agreement=agreement, dry_run=True, mapping=mapping,
                                             mappings=kept, progress=progress, cancel=cancelled)

    def show(report: Any) -> None:
        dialog = ImportPreview(report, path, window)
        window.last_import_preview = dialog  # type: ignore[attr-defined]

        def again(chosen: dict[str, str]) -> None:
            remember_mapping(report.header_signature, {**(mapping or kept.get(report.header_signature) or {}), **chosen})
            dialog.reject()
            preview_import(window, path, agreement, {**(mapping or {}), **chosen})

        dialog.recheck.connect(again)
        dialog.accepted.connect(lambda: apply_import(window, path, agreement, mapping, kept, force=dialog.force.isChecked()))
        dialog.open()

    _run(window, QCoreApplication.translate("ImportPreview", "Checking rows…"), work, show)


def apply_import(window: MainWindow, path: str, agreement: str | None, mapping: dict[str, str] | None = None,
                 kept: dict[str, dict[str, str]] | None = None, *, force: bool = False) -> None:
    from desktop.services import spreadsheet

    register = window.register

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Any:
        return spreadsheet.import_activities(register, path, agreement=agreement, force=force, mapping=mapping,
                                             mappings=kept, progress=progress, cancel=cancelled)

    def done(report: Any) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("fileops", "Imported: {added} added, {updated} updated.").format(
                added=display.number(report.added), updated=display.number(report.updated)),
            8000,
        )

    _run(window, QCoreApplication.translate("ImportPreview", "Importing rows…"), work, done, changes=("activities",))
