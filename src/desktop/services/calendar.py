"""Planned activities as iCalendar events (RFC 5545, with the `icalendar` library).

Each event's UID is the activity's uuid and its SEQUENCE the activity's version, so a file
exported again and imported into Outlook or Thunderbird updates the events it made before
instead of adding copies. Only planned activities whose start is known to the day are
events (all-day, from start to end inclusive); the others have no day to put in a calendar.
"""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

from desktop.domain import records as r
from desktop.domain.kinds import ActivityStatus, label
from desktop.files import atomic_write
from desktop.services.activities import ActivityFilter
from desktop.services.register import Register

PRODID = "-//Sijill//Partnership register//EN"


def calendar_bytes(activities: list[r.Activity], lang: str, stamp: _dt.datetime) -> tuple[bytes, int]:
    """The .ics text of the activities that have a full start date, and how many they are."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "سجل" if lang == "ar" else "Sijill")
    count = 0
    for activity in activities:
        start = activity.start.as_date() if activity.start else None
        if start is None or activity.uuid is None:
            continue
        end = activity.end.as_date() if activity.end else None
        event = Event()
        event.add("uid", activity.uuid)
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", (end if end and end >= start else start) + _dt.timedelta(days=1))
        event.add("summary", activity.display_title(lang))
        if activity.place or activity.country:
            event.add("location", " — ".join(p for p in (activity.place, activity.country) if p))
        description = f"{label(activity.kind, lang)} · {activity.agreement_reference}"
        event.add("description", description + (f"\n{activity.notes}" if activity.notes else ""))
        event.add("categories", [label(activity.kind, lang)])
        event.add("sequence", activity.version)
        if activity.updated_at is not None:
            event.add("last-modified", activity.updated_at)
        cal.add_component(event)
        count += 1
    return cal.to_ical(), count


def export_calendar(register: Register, path: str | os.PathLike[str], *, agreement: str | None = None, lang: str = "ar") -> int:
    """Write the planned activities (of one plan, or all) to ``path`` atomically; returns how
    many events were written."""
    if agreement:
        register.agreement(agreement)  # a clear error for an unknown reference
    data, count = calendar_bytes(list(register.all_activities(ActivityFilter(agreement=agreement, status=ActivityStatus.PLANNED))), lang, _dt.datetime.now(_dt.UTC))
    with atomic_write(Path(path), "wb") as handle:
        handle.write(data)
    return count
