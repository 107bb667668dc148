"""The Dashboard's progress chart in the PDF summary: same numbers as the services, mirrored
in Arabic, as of the summary's generation day."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Rect, String

from desktop.domain import records as r
from desktop.domain.dates import PartialDate
from desktop.reports import export_summary
from desktop.reports.charts import TIME, progress_chart
from desktop.reports.flow import Style
from desktop.reports.fonts import REGULAR
from desktop.services import dashboard
from desktop.services.demo import DEMO_REFERENCE, load_demo
from desktop.services.register import Register
from desktop.text.presentation import unshape

TODAY = dt.date(2025, 11, 15)
PLAN = r.Agreement(period_start=PartialDate(2022), period_end=PartialDate(2025))


def _strings(drawing) -> list[String]:  # type: ignore[no-untyped-def]
    return [item for item in drawing.contents if isinstance(item, String)]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_numbers_and_direction(lang: str) -> None:
    style = Style(font=REGULAR, size=8.5, leading=12.5, rtl=lang == "ar")
    drawing = progress_chart(PLAN, 32, 21, TODAY, 480, style, lang)
    texts = [s.text for s in _strings(drawing)]
    assert "97%" in texts and "66%" in texts  # 1414 of 1461 days; 21 of 32 activities
    joined = " ".join(unshape(t) for t in texts)
    assert "1414" in joined and "1461" in joined and "21" in joined and "32" in joined
    time_bar = next(item for item in drawing.contents if isinstance(item, Rect) and item.fillColor == TIME)
    label = _strings(drawing)[0]  # "time elapsed", at the leading side
    if lang == "ar":
        assert label.x > time_bar.x + time_bar.width - 1  # label right of the bar, bar fills from the right
    else:
        assert label.x + 1 < time_bar.x


def test_same_numbers_as_the_dashboard(register: Register) -> None:
    load_demo(register)
    board = dashboard.dashboard(register, DEMO_REFERENCE, TODAY)
    p = dashboard.progress_of_counts(board.agreement, board.progress.total, board.progress.completed, TODAY)
    assert p == board.progress


def test_summary_pdf_shows_the_progress_chart(register: Register, tmp_path: Path) -> None:
    load_demo(register)
    target = export_summary(register, DEMO_REFERENCE, tmp_path / "plan.pdf", lang="en",
                            generated=dt.datetime(2025, 11, 15, 9, 0, tzinfo=dt.UTC))
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "1414 of 1461 days" in text and "21 of 32 activities" in text
    assert "As of 15 November 2025" in text


def test_status_and_kind_bars_have_the_screens_colours(tmp_path: Path) -> None:
    """The PDF's "by status" and "by kind" bars use the Dashboard's colours (desktop.palette),
    and so do the screen's charts."""
    from reportlab.lib import colors
    from reportlab.lib.rl_accel import fp_str
    from pypdf import PdfReader

    from desktop import palette
    from desktop.domain.kinds import ActivityKind, ActivityStatus
    from desktop.ui import charts

    for status, hex_ in palette.STATUS.items():
        assert charts.STATUS_COLORS[status].name().upper() == hex_.upper()
    for kind, hex_ in palette.KIND.items():
        assert charts.KIND_COLORS[kind].name().upper() == hex_.upper()
    register = Register.open(tmp_path / "demo.sqlite")
    try:
        load_demo(register)
        pdf = tmp_path / "plan.pdf"
        export_summary(register, DEMO_REFERENCE, pdf, lang="ar")
        kinds = {a.kind for a in register.activities() if a.agreement_reference == DEMO_REFERENCE}
    finally:
        register.close()
    content = b" ".join(page.get_contents().get_data() for page in PdfReader(str(pdf)).pages).decode("latin-1")

    def fill(hex_: str) -> str:
        c = colors.HexColor(hex_)
        return f"{fp_str(c.red, c.green, c.blue)} rg"

    for status in ActivityStatus:
        assert fill(palette.STATUS[status]) in content, status
    for kind in kinds:
        assert fill(palette.KIND[kind]) in content, kind
    assert ActivityKind  # every kind has a colour
    assert set(palette.KIND) == set(ActivityKind)
