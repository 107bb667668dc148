"""The signed-plan summary's story: the sections of the document as platypus flowables.

Arabic (right to left) by default, English on request. Every piece of user text is drawn by
:mod:`desktop.reports.flow` from lines the text pipeline shaped and ordered.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterator

from reportlab.graphics.shapes import Drawing, Line
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from desktop import palette
from desktop.domain import records as r
from desktop.domain.letterhead import Letterhead
from desktop.domain.kinds import ActivityKind, ActivityStatus, label
from desktop.reports import attachments, labels
from desktop.reports.chart import bar_chart
from desktop.reports.charts import progress_chart
from desktop.reports.data import PlanData
from desktop.reports.dates import format_date, format_span
from desktop.reports.fingerprint import Fingerprint
from desktop.reports.flow import Numbered, Style, Text, drawing, table
from desktop.reports.keep import Lead
from desktop.reports.letterhead import LetterheadBlock
from desktop.reports.fonts import BOLD, REGULAR
from desktop.reports.indicator_bars import indicators_table
from desktop.reports.qr import QrCode
from desktop.reports.rows import Columns, Row, TextTable

ACCENT = colors.HexColor("#1F4E79")
MUTED = colors.HexColor("#4A5560")
Progress = Callable[[int, int], None]


def pick(lang: str, ar: str, en: str) -> str:
    """The field in the document's language, else the other one."""
    return (ar or en) if lang == "ar" else (en or ar)


class SummaryStory:
    """Builds the flowables of one summary; :meth:`flowables` yields them lazily."""

    as_of: _dt.date | None = None  # the day the progress chart is drawn for (build_pdf: the generation day)
    letterhead: Letterhead | None = None  # the office's, at the head of the first page
    _activity_columns: Columns | None = None
    _header: Row
    _objective_numbers: dict[str, int]

    def __init__(self, data: PlanData, fingerprint: Fingerprint, *, lang: str, hijri: bool,
                 width: float, activities: Iterator[r.Activity], progress: Progress | None = None,
                 frame_height: float | None = None) -> None:
        self.data = data
        self.frame_height = frame_height  # a row taller than this is split over pages
        self.fp = fingerprint
        self.lang = lang
        self.hijri = hijri
        self.width = width
        self.activities = activities
        self.progress = progress
        rtl = lang == "ar"
        self.body = Style(font=REGULAR, size=10, leading=15.5, rtl=rtl, align="right" if rtl else "left")
        self.bold = self.body.but(font=BOLD)
        self.small = self.body.but(size=8.5, leading=12.5)
        self.muted = self.small.but(color=MUTED)
        self.h1 = self.body.but(font=BOLD, size=17, leading=27, color=ACCENT)
        self.h2 = self.body.but(font=BOLD, size=12.5, leading=20, color=ACCENT)
        self.h3 = self.body.but(font=BOLD, size=10.5, leading=16)

    # -- helpers -------------------------------------------------------------------------
    def t(self, key: str, **params: object) -> str:
        return labels.text(key, self.lang, **params)

    def date(self, value: object) -> str:
        return format_date(value, self.lang, with_hijri=self.hijri)  # type: ignore[arg-type]

    def heading(self, key: str) -> list[Flowable]:
        return [CondPageBreak(90), *self.heading_parts(key)]

    def heading_parts(self, key: str) -> list[Flowable]:
        return [Text(self.t(key), self.h2, space_before=12, space_after=4, outline=0, tag="H2"), self._rule()]

    def led(self, key: str, blocks: Iterator[Flowable]) -> Iterator[Flowable]:
        """A section heading drawn with the start of its first block (:class:`Lead`)."""
        first = next(blocks, None)
        if first is not None:
            yield Lead(self.heading_parts(key), first)
            yield from blocks

    def continued(self) -> list[Flowable]:
        """What a row split over pages shows under its repeated first cell."""
        return [Text(self.t("continued"), self.muted)]

    def table(self, rows: list[list[object]], widths: list[float], *, caption: str = "", origin: str = "",
              **options: object) -> Flowable:
        """A table whose rows split over pages, under an optional section heading kept with it."""
        parts = self.heading_parts(caption) if caption else []
        result = table(rows, widths, self.body, continued=self.continued, caption=parts,
                       frame_height=self.frame_height, origin=origin, **options)  # type: ignore[arg-type]
        if caption:
            result.spaceBefore = 12
        return result

    def _rule(self) -> Flowable:
        rule = drawing(self.width, 6)
        rule.add(Line(0, 4, self.width, 4, strokeColor=ACCENT, strokeWidth=0.8))
        return rule

    def _origin(self, field: str) -> str:
        """Names what a block prints, for an error that could still stop the layout."""
        return f"{self.data.agreement.reference}: {field}"

    # -- the document ------------------------------------------------------------------------
    def flowables(self) -> Iterator[Flowable]:
        sections = (("letterhead", self.letterhead_block), ("title", self.title_block), ("facts", self.facts), ("signatories", self.signatories),
                    ("purpose", self.purpose_and_objectives), ("progress", self.progress_section),
                    ("activities", self.activity_tables), ("history", self.history),
                    ("attachments", lambda: attachments.section(self)), ("statements", self.statements))
        for name, section in sections:
            for flowable in section():
                if not getattr(flowable, "origin", "") and not isinstance(flowable, Drawing):
                    flowable.origin = self._origin(name)  # named in the error if it cannot be laid out
                yield flowable

    def letterhead_block(self) -> Iterator[Flowable]:
        if self.letterhead is not None and not self.letterhead.is_empty:
            yield LetterheadBlock(self.letterhead, self.lang)

    def title_block(self) -> Iterator[Flowable]:
        a = self.data.agreement
        first, second = (a.title_ar, a.title_en) if self.lang == "ar" else (a.title_en, a.title_ar)
        cell: list[Flowable] = [Text(self.t("document"), self.muted)]
        cell.append(Text(first or a.reference, self.h1, outline=0, tag="H1"))
        if second:
            cell.append(Text(second, self.body.but(size=11.5, leading=17, color=MUTED), space_before=2))
        cell.append(Text(f"{self.t('reference')}: {a.reference}", self.bold, space_before=4))
        qr = self.qr(78)
        yield self.table([[cell, qr]], [self.width - 88, 88], header=False, grid=False, reference=False,
                         origin=self._origin("title_en" if self.lang == "en" else "title_ar"))
        yield Spacer(1, 8)

    def qr(self, size: float) -> QrCode:
        return QrCode(f"SIJILL REF={self.fp.reference} SHA256={self.fp.value}", size, level="M")

    def facts(self) -> Iterator[Flowable]:
        a, lang = self.data.agreement, self.lang
        parties = "\n".join(
            f"{o.display_name(lang)} ({o.acronym})" if o.acronym else o.display_name(lang) for o in self.data.parties
        )
        predecessor = ""
        if self.data.predecessor is not None:
            p = self.data.predecessor
            title = p.display_title(lang)
            if title == p.reference:
                predecessor = p.reference
            else:  # composed here, so laid out in the document's direction
                predecessor = f"{title} — {p.reference}" if lang == "ar" else f"{p.reference} — {title}"
        rows = [
            ("kind", label(a.kind, lang)),
            ("status", label(a.status, lang)),
            ("parties", parties),
            ("period", format_span(a.period_start, a.period_end, lang, with_hijri=self.hijri)),
            ("signed_on", self.date(a.signed_on)),
            ("signing_place", pick(lang, a.signing_place_ar, a.signing_place_en)),
            ("predecessor", predecessor),
        ]
        composed = self.body.but(direction="rtl" if self.body.rtl else "ltr")
        cells = [
            [Text(self.t(key), self.bold), Text(value or self.t("none"), composed if key == "predecessor" else self.body)]
            for key, value in rows
        ]
        yield self.table(cells, [110, self.width - 110], header=False, origin=self._origin("signing_place"))
        if self.hijri:
            yield Text(self.t("hijri_note"), self.muted, space_before=3)

    def signatories(self) -> Iterator[Flowable]:
        signatories = self.data.agreement.signatories
        if not signatories:
            return
        cells = [self._signatory_cell(s) for s in signatories]
        per_row = 2 if len(cells) > 1 else 1
        rows: list[list[object]] = [list(cells[i:i + per_row]) for i in range(0, len(cells), per_row)]
        if len(rows[-1]) < per_row:
            rows[-1].append([Spacer(1, 1)])
        yield self.table(rows, [self.width / per_row] * per_row, header=False, grid=False, caption="signatories",
                         reference=False,
                         origin=self._origin("signatories"))

    def _signatory_cell(self, s: r.Signatory) -> list[Flowable]:
        lang = self.lang
        person = s.person or self.data.people.get(s.person_uuid)
        cell: list[Flowable] = []
        if person is not None:
            name = person.display_name(lang)
            # an honorific only in the name's own language (never "Tariq ... معالي السفير")
            honorific = person.honorific_ar if (lang == "ar" and person.name_ar) or not person.name_en else person.honorific_en
            cell.append(Text(f"{honorific} {name}".strip(), self.bold))
            position = pick(lang, person.position_ar, person.position_en)
            if position:
                cell.append(Text(position, self.small))
        if s.party is not None:
            cell.append(Text(f"{self.t('for_party')}: {s.party.display_name(lang)}", self.small.but(color=MUTED)))
        room = self.width / 2 - 8
        line = drawing(room, 30)
        start, end = (room * 0.25, room) if self.body.rtl else (0, room * 0.75)
        line.add(Line(start, 4, end, 4, strokeColor=colors.black, strokeWidth=0.6, strokeDashArray=[2, 2]))
        cell.append(Spacer(1, 6))
        cell.append(line)
        cell.append(Text(self.t("signature"), self.muted))
        return cell

    def purpose_and_objectives(self) -> Iterator[Flowable]:
        a = self.data.agreement
        purpose = pick(self.lang, a.purpose_ar, a.purpose_en)
        if purpose:
            yield from self.led("purpose", iter([Text(purpose, self.body)]))
        if a.objectives:
            yield from self.led("objectives", self._objectives(a.objectives))

    def _objectives(self, objectives: list[r.Objective]) -> Iterator[Flowable]:
        last = len(objectives)
        for n, objective in enumerate(objectives, 1):
            item = Numbered(f"{n}.", pick(self.lang, objective.text_ar, objective.text_en), self.body)
            measured = [p for p in self.data.indicators if p.objective_uuid == objective.uuid]
            if measured:  # the objective stays with its indicators
                item.keepWithNext = True
                yield item
                yield indicators_table(measured, self.width, self.small, self.lang)
                yield Spacer(1, 6)
                continue
            item.keepWithNext = n == last - 1 and last > 2  # the last item never alone at a page's top
            yield item

    def progress_section(self) -> Iterator[Flowable]:
        d = self.data
        yield CondPageBreak(150)  # the heading, the total and the progress chart stay together
        yield from self.heading("progress")
        if not d.activity_count:  # in place of the charts, not a "— 0" bar and an empty section
            yield Text(self.t("no_activities"), self.body)
            return
        done = d.by_status.get(ActivityStatus.COMPLETED, 0)
        share = round(100 * done / d.activity_count) if d.activity_count else 0
        summary = (
            f"{self.t('total')}: {d.activity_count} — {label(ActivityStatus.COMPLETED, self.lang)}: {done} ({share}%)"
        )
        yield Text(summary, self.bold, space_after=4)
        yield progress_chart(d.agreement, d.activity_count, done, self.as_of or _dt.date.today(), self.width,
                             self.small, self.lang)  # the Dashboard's progress chart (reports/charts.py)
        yield Spacer(1, 8)
        status_items = [(label(s, self.lang), d.by_status.get(s, 0)) for s in ActivityStatus]
        kinds = [k for k in ActivityKind if d.by_kind.get(k, 0)]
        kind_items = [(label(k, self.lang), d.by_kind[k]) for k in kinds]
        half = self.width / 2 - 12
        chart_style = self.small
        left = [Text(self.t("by_status"), self.h3),
                bar_chart(status_items, half, chart_style, fills=[palette.STATUS[s] for s in ActivityStatus])]
        right = [Text(self.t("by_kind"), self.h3),
                 bar_chart(kind_items, half, chart_style, fills=[palette.KIND[k] for k in kinds])
                 if kinds else Spacer(1, 1)]
        yield KeepTogether([table([[left, right]], [self.width / 2, self.width / 2], self.body, header=False, grid=False)])

    # -- activities, streamed year by year ---------------------------------------------------
    COLUMNS = ("#", "title", "kind", "dates", "place", "objective", "status")

    def _column_widths(self) -> list[float]:
        shares = [0.05, 0.31, 0.14, 0.17, 0.15, 0.06, 0.12] if self.hijri else [0.05, 0.33, 0.14, 0.14, 0.16, 0.06, 0.12]
        return [self.width * s for s in shares]

    def _columns(self) -> Columns:
        if self._activity_columns is None:
            self._activity_columns = Columns(self._column_widths(), self.small.but(font=BOLD), self.small, self.body.rtl,
                                             continued=self.t("continued"))
            names = {"#": "#", "objective": self.t("objective_column")}
            self._header = self._activity_columns.row([names.get(c) or self.t(c) for c in self.COLUMNS], header=True)
        return self._activity_columns

    def _activity_row(self, number: int, act: r.Activity) -> Row:
        objective = self._objective_numbers.get(act.objective_uuid or "", None)
        title = pick(self.lang, act.title_ar, act.title_en)
        values = [
            str(number), title, label(act.kind, self.lang),
            format_span(act.start, act.end, self.lang, with_hijri=self.hijri, stacked=True),
            act.place, str(objective) if objective else "", label(act.status, self.lang),
        ]
        return self._columns().row(values)

    def activity_tables(self) -> Iterator[Flowable]:
        total = self.data.activity_count
        if not total:  # said under Progress
            return
        yield from self.led("activities", self._year_tables(total))

    def _year_tables(self, total: int) -> Iterator[Flowable]:
        year: int | None = -1
        rows: list[Row] = []
        self._objective_numbers = self.data.objective_numbers
        done = 0
        for act in self.activities:
            act_year = act.start.year if act.start else None
            if act_year != year and rows:
                yield from self._year_table(year, rows)
                rows = []
            year = act_year
            done += 1
            rows.append(self._activity_row(done, act))
            if self.progress:
                self.progress(done, total)
        if rows:
            yield from self._year_table(year, rows)

    def _year_table(self, year: int | None, rows: list[Row]) -> Iterator[Flowable]:
        title = self.t("year_n", n=year) if year is not None else self.t("no_date")
        columns = self._columns()
        # the year's heading rides on the table: never alone at a page's foot
        result = TextTable(columns, [self._header, *rows], caption=[Text(title, self.h3, outline=1, tag="H3")], frame_height=self.frame_height)
        result.spaceBefore = 6
        yield result

    # -- history and statements -------------------------------------------------------------
    def history(self) -> Iterator[Flowable]:
        milestones = self.data.milestones
        if not milestones:
            return
        rows: list[list[object]] = []
        for m in milestones:
            body: list[Flowable] = [Text(m.display_title(self.lang), self.bold)]
            description = pick(self.lang, m.description_ar, m.description_en)
            if description:
                body.append(Text(description, self.small))
            rows.append([Text(format_span(m.date, None, self.lang, with_hijri=self.hijri, stacked=True), self.body), body])
        yield self.table(rows, [110, self.width - 110], header=False, caption="history", origin=self._origin("history"))

    def statements(self) -> Iterator[Flowable]:
        statements = self.data.agreement.statements
        if not statements:
            return
        yield from self.led("statements", self._statements(statements))

    def _statements(self, statements: list[r.Statement]) -> Iterator[Flowable]:
        for st in statements:
            text = pick(self.lang, st.text_ar, st.text_en)
            person = self.data.people.get(st.person_uuid or "")
            who = person.display_name(self.lang) if person else st.speaker
            position = pick(self.lang, person.position_ar, person.position_en) if person else ""
            attribution = "، ".join(x for x in (who, position) if x) if self.lang == "ar" else ", ".join(
                x for x in (who, position) if x)
            if st.date:
                attribution += f" ({self.date(st.date)})"
            # plain flowables, not a table cell: a long statement may run over pages
            quoted = Text(f"«{text}»" if self.lang == "ar" else f"“{text}”", self.body, space_before=4)
            quoted.keepWithNext = bool(attribution)  # its attribution never alone at a page's top
            yield quoted
            if attribution:
                yield Text(f"— {attribution}", self.small.but(color=MUTED), space_before=2, space_after=6)
