"""The colours of Sijill's charts, as hex strings (no Qt, no reportlab here): the screen
(``ui/charts.py``) and the PDF summary (``reports/``) draw a status or a kind in the same colour."""

from __future__ import annotations

from desktop.domain.kinds import ActivityKind, ActivityStatus

STATUS = {
    ActivityStatus.PLANNED: "#5B8DB8",
    ActivityStatus.ONGOING: "#E0A030",
    ActivityStatus.COMPLETED: "#3C8D5A",
    ActivityStatus.POSTPONED: "#8E6BB0",
    ActivityStatus.CANCELLED: "#A8A8A8",
}
#: series without a colour of their own (kinds, parties, countries), in this order
SERIES = ("#1F5F8B", "#3C8D5A", "#D08C1F", "#8E5BA8", "#B5473A", "#5E7C8C", "#9A9A2E")
KIND = {kind: SERIES[i % len(SERIES)] for i, kind in enumerate(ActivityKind)}
TIME = "#1F5F8B"  # time elapsed in the progress chart
DONE = STATUS[ActivityStatus.COMPLETED]  # activities completed in the progress chart
TRACK = "#E8ECF0"
