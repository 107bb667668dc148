"""The Dashboard and Timeline pages: drawn offscreen, not blank, mirrored in Arabic, with
the numbers of services/dashboard.py, one click from an overdue activity, exportable."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.domain.kinds import ActivityStatus
from desktop.services.demo import DEMO_REFERENCE, demo_uuid, load_demo
from desktop.services.register import Register

TODAY = dt.date(2025, 11, 15)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Register]:
    reg = Register.open(Path(tmp_path_factory.mktemp("overview")) / "demo.sqlite")
    load_demo(reg)
    yield reg
    reg.close()


@pytest.fixture(params=["ar", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from desktop.app import prepare_application
    from desktop.ui import i18n

    prepare_application(qapp)
    i18n.install(request.param)
    yield request.param
    i18n.install("ar")


def _same(color: QColor, expected: QColor, tolerance: int = 8) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(color.getRgb()[:3], expected.getRgb()[:3]))


def _not_blank(image: QImage) -> None:
    assert not image.isNull() and image.width() > 300 and image.height() > 200
    colors = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colors) > 20  # text, bars, grid: far from a blank page


def _show(qtbot: Any, page: Any, size: tuple[int, int]) -> None:
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    QApplication.processEvents()


# -- dashboard ------------------------------------------------------------------------------------
def test_dashboard_numbers_come_from_the_services(qtbot: Any, demo: Register, lang: str) -> None:
    from desktop.ui.dashboard import DashboardPage

    page = DashboardPage(demo, today=TODAY)
    _show(qtbot, page, (1000, 900))
    assert page.data is not None and page.data.agreement.reference == DEMO_REFERENCE
    assert [b.value for b in page.status.bars] == [4, 2, 21, 2, 3]  # planned .. cancelled
    assert [b.value for b in page.kind.bars] == [6, 5, 5, 5, 4, 5, 2]
    assert [sum(c.by_status.values()) for c in page.quarters.columns] == [0, 2, 1, 3, 2, 3, 2, 3, 2, 1, 2, 2, 3, 2, 0, 3, 1]
    assert [(b.label, b.value) for b in page.party.bars] == [("UNHCR", 15), ("OIC", 17)]
    assert [b.value for b in page.country.bars] == [7, 4, 2, 2, 2, 2, 2, 2, 9]  # 8 shown, 9 others summed
    time, done = page.progress.meters
    assert time.fraction == pytest.approx(1414 / 1461) and done.fraction == pytest.approx(21 / 32)
    assert page.overdue.count() == 1
    assert page.status.accessibleName() == page.status.title and ": 21" in page.status.accessibleDescription()
    image = page.grab().toImage()
    _not_blank(image)


def test_dashboard_is_mirrored_in_arabic(qtbot: Any, demo: Register, lang: str) -> None:
    from desktop.ui.charts import STATUS_COLORS, TRACK
    from desktop.ui.dashboard import DashboardPage

    page = DashboardPage(demo, today=TODAY)
    _show(qtbot, page, (1000, 900))
    chart = page.quarters
    image = chart.to_image(scale=1.0)
    body = QRectF(chart.rect()).adjusted(8, 4 + chart.title_height(), -8, -4)
    first = chart.column_rect(1, body)  # 2022-Q2: 2 completed
    last = chart.column_rect(len(chart.columns) - 1, body)
    rtl = lang == "ar"
    assert (first.center().x() > last.center().x()) == rtl  # time runs right to left in Arabic
    assert (first.center().x() > chart.width() / 2) == rtl
    # pixel: the completed colour just above the axis of 2022-Q2 (about 30 px above the labels)
    found = [image.pixelColor(int(first.center().x()), y) for y in range(chart.height() - 80, chart.height() - 30)]
    assert any(_same(c, STATUS_COLORS[ActivityStatus.COMPLETED]) for c in found)
    # the progress bar fills from the leading side: right in Arabic, left in English
    meter = page.progress.to_image(scale=1.0)
    y = [yy for yy in range(meter.height()) if _same(meter.pixelColor(meter.width() // 2, yy), STATUS_COLORS[ActivityStatus.COMPLETED])]
    assert y, "the done meter is drawn"
    row = y[len(y) // 2]
    xs = [x for x in range(meter.width()) if _same(meter.pixelColor(x, row), STATUS_COLORS[ActivityStatus.COMPLETED])]
    track = [x for x in range(meter.width()) if _same(meter.pixelColor(x, row), TRACK)]
    assert xs and track
    middle = sorted(track)[len(track) // 2]  # (a few text pixels may share the track's grey)
    assert (sorted(xs)[len(xs) // 2] > middle) == rtl  # the unfilled part is on the trailing side


def test_overdue_item_opens_the_activity_in_one_click(qtbot: Any, demo: Register, qapp: QApplication) -> None:
    from desktop.ui.dashboard import DashboardPage

    page = DashboardPage(demo, today=TODAY)
    _show(qtbot, page, (1000, 900))
    page.overdue.scrollToItem(page.overdue.item(0))
    page.scroll.ensureWidgetVisible(page.overdue)
    rect = page.overdue.visualItemRect(page.overdue.item(0))
    with qtbot.waitSignal(page.open_activity, timeout=2000) as signal:
        QTest.mouseClick(page.overdue.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert signal.args == [demo_uuid("activity/29")]


def test_arabic_indic_digits_follow_the_setting(qtbot: Any, demo: Register, qapp: QApplication) -> None:
    from desktop.ui import settings
    from desktop.ui.charts import number, percent
    from desktop.ui.dashboard import DashboardPage

    settings.put(settings.ARABIC_DIGITS, True)
    assert number(2022) == "٢٠٢٢" and percent(0.5) == "٥٠٪"
    page = DashboardPage(demo, today=TODAY)
    _show(qtbot, page, (1000, 900))
    assert "٢٠٢٥" in page.as_of.text()
    settings.put(settings.ARABIC_DIGITS, False)
    assert number(2022) == "2022" and percent(0.5) == "50%"


def test_charts_export_png_and_svg(qtbot: Any, demo: Register, tmp_path: Path, qapp: QApplication) -> None:
    from desktop.ui.dashboard import DashboardPage

    page = DashboardPage(demo, today=TODAY)
    _show(qtbot, page, (1000, 900))
    for chart in page.charts():
        png = chart.export(tmp_path / f"{chart.objectName()}.png")
        svg = chart.export(tmp_path / f"{chart.objectName()}.svg")
        assert QImage(str(png)).width() == chart.width() * 2
        text = svg.read_text(encoding="utf-8")
        assert text.lstrip().startswith("<?xml") and "<svg" in text and len(text) > 1000


# -- timeline -------------------------------------------------------------------------------------
def test_timeline_is_mirrored_in_arabic(qtbot: Any, demo: Register, lang: str) -> None:
    from desktop.ui.timeline import AGREEMENT_COLOR, MILESTONE_COLOR, TimelinePage

    page = TimelinePage(demo, today=TODAY)
    _show(qtbot, page, (1000, 600))
    page.fit()
    QApplication.processEvents()
    canvas = page.canvas
    rtl = lang == "ar"
    x1988, x2025 = canvas.x_for_date(dt.date(1988, 1, 1)), canvas.x_for_date(dt.date(2025, 1, 1))
    assert (x1988 > x2025) == rtl  # the earliest year on the right in Arabic, on the left in English
    image = page.grab().toImage()
    _not_blank(image)
    canvas_image = canvas.grab().toImage()
    hits = {h.uuid: h for h in canvas.hits}
    m1988 = hits[demo_uuid("milestone/1988")].rect.center()
    plan = hits[demo_uuid("agreement/2022-2025")].rect.center()
    assert _same(canvas_image.pixelColor(int(m1988.x()), int(m1988.y())), MILESTONE_COLOR)
    assert _same(canvas_image.pixelColor(int(plan.x()), int(plan.y())), AGREEMENT_COLOR)
    assert (m1988.x() > canvas.width() / 2) == rtl and (plan.x() < canvas.width() / 2) == rtl
    # a year-only milestone is a span of the whole year, not a point on 1 January
    width_1988 = hits[demo_uuid("milestone/1988")].rect.width() - 6
    assert width_1988 == pytest.approx(365 * canvas.day_px, abs=1.5)
    assert sum(1 for h in canvas.hits if h.kind == "activity") == 32


def test_timeline_zoom_buttons_and_ctrl_wheel(qtbot: Any, demo: Register, qapp: QApplication) -> None:
    from desktop.ui.timeline import TimelinePage

    page = TimelinePage(demo, today=TODAY)
    _show(qtbot, page, (900, 600))
    page.fit()
    fitted = page.canvas.day_px
    assert page.canvas.width() <= page.scroll.viewport().width() + 2
    page.buttons["timeline_zoom_in"].click()
    assert page.canvas.day_px == pytest.approx(fitted * 1.5)
    assert page.scroll.horizontalScrollBar().maximum() > 0  # now it scrolls
    viewport = page.scroll.viewport()
    anchor = QPointF(300, 200)
    before = page.canvas.date_at(anchor.x() - page.canvas.x())
    event = QWheelEvent(anchor, viewport.mapToGlobal(anchor), QPoint(0, 0), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)
    assert page.canvas.day_px == pytest.approx(fitted * 1.5 * 1.25)
    after = page.canvas.date_at(anchor.x() - page.canvas.x())
    assert abs((after - before).days) <= 3 / page.canvas.day_px + 1  # the date under the pointer stays put
    page.buttons["timeline_zoom_out"].click()
    page.buttons["timeline_fit"].click()
    assert page.canvas.day_px == pytest.approx(fitted)
    page.buttons["timeline_zoom_plan"].click()
    assert page.canvas.day_px > fitted * 5


def test_timeline_double_click_opens_activity(qtbot: Any, demo: Register, qapp: QApplication) -> None:
    from desktop.ui.timeline import TimelinePage

    page = TimelinePage(demo, today=TODAY)
    _show(qtbot, page, (900, 600))
    page.canvas.grab()  # lays out the hit areas
    hit = next(h for h in page.canvas.hits if h.kind == "activity")
    with qtbot.waitSignal(page.open_activity, timeout=2000) as signal:
        QTest.mouseDClick(page.canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          hit.rect.center().toPoint())
    assert signal.args == [hit.uuid]


# -- in the main window ---------------------------------------------------------------------------
def test_main_window_opens_on_the_dashboard(open_window: Any, demo: Register, tmp_path: Path, qtbot: Any) -> None:
    from PySide6.QtGui import QAction

    from desktop.app import prepare_application

    prepare_application(QApplication.instance())  # type: ignore[arg-type]
    path = Path(demo.database.path)  # type: ignore[arg-type]
    window = open_window(path)
    overview = window.overview
    assert window.stack.currentWidget() is overview.dashboard
    qtbot.waitUntil(lambda: not overview.dashboard.loading, timeout=20000)  # read in the background
    assert overview.dashboard.data is not None and overview.dashboard.data.agreement.reference == DEMO_REFERENCE
    show_dashboard = window.findChild(QAction, "action_show_dashboard")
    show_timeline = window.findChild(QAction, "action_show_timeline")
    assert show_dashboard.isChecked() and show_dashboard.text() and show_timeline.text()
    window.action_map["action_language_en"].trigger()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not overview.dashboard.loading, timeout=20000)
    assert (show_dashboard.text(), show_timeline.text()) == ("Dashboard", "Timeline")
    assert overview.dashboard.heading.text() == "UNHCR–OIC Joint Action Plan 2022–2025"
    window.action_map["action_language_ar"].trigger()
    QApplication.processEvents()
    qtbot.waitUntil(lambda: not overview.dashboard.loading, timeout=20000)
    assert (show_dashboard.text(), show_timeline.text()) == ("لوحة المتابعة", "الخط الزمني")
    assert overview.dashboard.heading.text().startswith("خطة العمل المشتركة")
    assert not window.action_map["action_new"].isEnabled()  # record actions are off on the dashboard
    show_timeline.trigger()
    assert window.stack.currentWidget() is overview.timeline
    qtbot.waitUntil(lambda: not overview.timeline.loading, timeout=20000)
    assert overview.timeline.canvas.data is not None and len(overview.timeline.canvas.data.activities) == 32
    window.action_map["action_show_agreements"].trigger()
    assert window.stack.currentWidget() is window.pages["agreements"] and window.action_map["action_new"].isEnabled()
    show_dashboard.trigger()
    overview.dashboard.today = TODAY  # never the wall clock
    with qtbot.waitSignal(overview.dashboard.loaded, timeout=20000):
        overview.dashboard.refresh()
    first = overview.dashboard.overdue.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == demo_uuid("activity/29")
    overview.dashboard.overdue.itemClicked.emit(first)  # the click itself is tested above
    assert window.stack.currentWidget() is window.pages["activities"]
    assert window.pages["activities"].editor.record.uuid == first.data(Qt.ItemDataRole.UserRole)


def test_an_agreement_with_no_period_and_no_activities(qtbot: Any, register: Register, qapp: QApplication) -> None:
    from desktop.domain import records as r
    from desktop.ui.dashboard import DashboardPage
    from desktop.ui.timeline import TimelinePage

    register.save_agreement(r.Agreement(reference="DRAFT-1", title_en="A draft"))
    page = DashboardPage(register, today=TODAY)
    _show(qtbot, page, (900, 700))
    assert page.data is not None and page.data.progress.time_fraction is None
    assert page.status.bars and all(b.value == 0 for b in page.status.bars) and page.kind.bars == []
    assert page.quarters.columns == [] and page.overdue.count() == 1  # "nothing is overdue"
    page.grab()
    timeline = TimelinePage(register, today=TODAY)
    _show(qtbot, timeline, (900, 500))
    assert timeline.canvas.data is not None and timeline.canvas.data.agreements == []  # nothing places it in time
    timeline.grab()


def test_empty_register(qtbot: Any, register: Register, qapp: QApplication) -> None:
    from desktop.ui.dashboard import DashboardPage
    from desktop.ui.timeline import TimelinePage

    page = DashboardPage(register, today=TODAY)
    _show(qtbot, page, (900, 700))
    assert page.data is None and not page.empty.isHidden()
    timeline = TimelinePage(register, today=TODAY)
    _show(qtbot, timeline, (900, 500))
    timeline.buttons["timeline_zoom_in"].click()
    timeline.buttons["timeline_zoom_plan"].click()
    timeline.grab()


def test_export_through_the_save_dialog(qtbot: Any, demo: Register, tmp_path: Path, answers: Any) -> None:
    from desktop.ui.timeline import TimelinePage

    page = TimelinePage(demo, today=TODAY)
    _show(qtbot, page, (900, 500))
    answers.files.append(str(tmp_path / "story"))  # no suffix typed: the chosen kind's is added
    written = page.canvas.export_dialog("svg")
    assert written == tmp_path / "story.svg" and "<svg" in written.read_text(encoding="utf-8")


def test_a_timeline_zoomed_to_days_exports_a_bounded_image(qtbot: Any, demo: Register, tmp_path: Path) -> None:
    from desktop.ui.timeline import TimelinePage

    page = TimelinePage(demo, today=TODAY)
    _show(qtbot, page, (900, 500))
    page.canvas.set_day_px(12)
    assert page.canvas.width() > 100000
    image = page.canvas.to_image()
    assert 0 < image.width() <= 16000
