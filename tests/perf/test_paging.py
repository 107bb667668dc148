"""Lists never load all rows: the Activities page reads a page at a time, counts come from the
database, and a row's position is found by the database, not by loading everything before it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.activities import ActivityFilter
from desktop.services.generator import generate
from desktop.services.register import Register

pytestmark = pytest.mark.gui
ROWS = 5000


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("paging") / "paging.sqlite"
    register = Register.open(path)
    generate(register, ROWS)
    register.close()
    return path


def _activities_page(register: Register):  # type: ignore[no-untyped-def]
    """The Activities page as the main window builds it (without the other pages)."""
    from desktop.ui.pages import build_page

    return build_page(register, "activities")


@pytest.fixture
def big(big_file: Path) -> Iterator[Register]:
    register = Register.open(big_file)
    yield register
    register.close()


def test_activities_page_reads_one_page_on_open_and_at_the_end(qtbot, big: Register) -> None:  # type: ignore[no-untyped-def]
    page = _activities_page(big)
    qtbot.addWidget(page)
    page.refresh()
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    model = page.model
    assert model.rowCount() == big.count_activities() == ROWS  # counted by the database
    assert 0 < len(model.records) <= model.PAGE  # but only the first page was read
    page.table.scrollToBottom()
    qtbot.wait(10)
    assert model.record(ROWS - 1) is not None
    assert len(model.records) <= 2 * model.PAGE
    for row in range(0, ROWS, 97):  # a user dragging through the whole list
        model.record(row)
    assert len(model.pages) <= model.KEEP


def test_search_and_sort_are_done_by_the_database(qtbot, big: Register) -> None:  # type: ignore[no-untyped-def]
    page = _activities_page(big)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.list_ready, timeout=20000):  # typing pauses, then the read in the pool
        page.search_box.setText("حمايه")
    model = page.model
    assert model.rowCount() == big.count_activities(ActivityFilter(search="حماية")) > model.PAGE
    assert len(model.records) <= model.PAGE
    title = next(i for i, c in enumerate(model.columns) if c.db_order == "start")
    with qtbot.waitSignal(page.list_ready, timeout=20000):
        model.sort(title, page.table.horizontalHeader().sortIndicatorOrder().DescendingOrder)
    first = model.record(0)
    assert first is not None and model.descending
    assert first.uuid == big.activities(ActivityFilter(search="حمايه"), descending=True, limit=1)[0].uuid


@pytest.mark.parametrize("order_by", ["start", "end", "title_en", "participants", "agreement", "status"])
@pytest.mark.parametrize("descending", [False, True])
def test_position_of_a_row_is_counted_by_the_database(big: Register, order_by: str, descending: bool) -> None:
    flt = ActivityFilter(search="اللاجئين")
    rows = big.activities(flt, order_by=order_by, descending=descending)
    assert len(rows) > 200
    for index in (0, 1, len(rows) // 3, len(rows) // 2, len(rows) - 2, len(rows) - 1):
        assert big.activity_position(flt, rows[index].uuid, order_by=order_by, descending=descending) == index
    other = big.activities(ActivityFilter(search="سبل العيش"), limit=1)[0]
    assert big.activity_position(flt, other.uuid, order_by=order_by, descending=descending) is None


def test_model_finds_a_row_outside_the_pages_it_holds(qtbot, big: Register) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.models import ActivitiesModel
    from desktop.ui.pages_columns import activity_columns

    model = ActivitiesModel(big, activity_columns())
    model.refresh()
    far = big.activities(offset=ROWS - 3, limit=1)[0]
    assert model.row_of(far.uuid) == ROWS - 3
    assert len(model.records) <= model.PAGE
