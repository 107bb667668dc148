"""The checks a PDF/A-3 validator (veraPDF) and a screen reader's navigation make, as tests
(veraPDF itself is not installable here: no Debian or PyPI package)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.reports import export_summary
from desktop.reports.archival import srgb_profile
from desktop.reports.embedded import ATTACHMENT


@pytest.fixture
def summaries(register, plan: str, tmp_path: Path) -> dict[str, PdfReader]:  # type: ignore[no-untyped-def]
    return {lang: PdfReader(str(export_summary(register, plan, tmp_path / f"{lang}.pdf", lang=lang)))
            for lang in ("ar", "en")}


def _xmp_value(xmp: str, tag: str) -> str:
    found = re.search(rf"<{tag}>(?:<rdf:\w+>(?:<rdf:li[^>]*>)?)?([^<]*)<", xmp)
    assert found, tag
    return found.group(1)


def test_pdfa3_metadata_matches_the_document_information(summaries: dict[str, PdfReader]) -> None:
    from xml.sax.saxutils import unescape

    for reader in summaries.values():
        root = reader.trailer["/Root"]
        metadata = root["/Metadata"].get_object()
        assert metadata["/Subtype"] == "/XML" and "/Filter" not in metadata
        xmp = metadata.get_data().decode("utf-8")
        assert _xmp_value(xmp, "pdfaid:part") == "3" and _xmp_value(xmp, "pdfaid:conformance") == "B"
        info = reader.metadata
        assert info is not None
        assert unescape(_xmp_value(xmp, "dc:title")) == info["/Title"]
        assert unescape(_xmp_value(xmp, "dc:creator")) == info["/Author"]
        assert unescape(_xmp_value(xmp, "pdf:Producer")) == info["/Producer"]
        assert unescape(_xmp_value(xmp, "xmp:CreatorTool")) == info["/Creator"]
        created = info["/CreationDate"][2:16]  # D:YYYYMMDDHHmmSS
        assert re.sub(r"\D", "", _xmp_value(xmp, "xmp:CreateDate"))[:14] == created
        assert "/ID" in reader.trailer and not reader.is_encrypted


def test_output_intent_is_srgb(summaries: dict[str, PdfReader]) -> None:
    for reader in summaries.values():
        (intent,) = [i.get_object() for i in reader.trailer["/Root"]["/OutputIntents"]]
        assert intent["/S"] == "/GTS_PDFA1" and intent["/OutputConditionIdentifier"]
        profile = intent["/DestOutputProfile"].get_object()
        assert profile["/N"] == 3 and profile.get_data() == srgb_profile()
        assert profile.get_data()[36:40] == b"acsp" and profile.get_data()[16:20] == b"RGB "


def test_record_digests_are_an_associated_file(summaries: dict[str, PdfReader]) -> None:
    from desktop.reports.pagecheck import PAGES_ATTACHMENT

    for reader in summaries.values():
        specs = {s.get_object()["/F"]: s.get_object() for s in reader.trailer["/Root"]["/AF"]}
        assert sorted(specs) == sorted([ATTACHMENT, PAGES_ATTACHMENT])  # the digests and the page record
        for name, spec in specs.items():
            assert spec["/UF"] == name and spec["/AFRelationship"] == "/Data"
            stream = spec["/EF"]["/F"].get_object()
            assert stream["/Subtype"] == "/application#2Fjson" and "/ModDate" in stream["/Params"]
            assert reader.attachments[name]


def test_right_to_left_viewer_preference_only_for_arabic(summaries: dict[str, PdfReader]) -> None:
    assert summaries["ar"].trailer["/Root"]["/ViewerPreferences"]["/Direction"] == "/R2L"
    assert "/Direction" not in summaries["en"].trailer["/Root"]["/ViewerPreferences"]
    assert summaries["ar"].trailer["/Root"]["/Lang"] == "ar"
    assert summaries["en"].trailer["/Root"]["/Lang"] == "en"


def test_bookmarks_per_section_and_year_on_their_pages(summaries: dict[str, PdfReader]) -> None:
    reader = summaries["en"]
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    top = [entry for entry in reader.outline if not isinstance(entry, list)]
    titles = [entry.title for entry in top]
    assert {"Signatories", "Objectives", "Progress", "Activities", "History of the partnership"} <= set(titles)
    years = next(entry for entry in reader.outline if isinstance(entry, list))
    assert [y.title for y in years] == ["Year 2022", "Year 2023", "Year 2024"]
    for entry in [*top, *years]:  # each on the page where its heading is printed
        page = reader.pages[reader.get_destination_page_number(entry)]
        assert entry.title.split()[0] in " ".join(page.extract_text().split())
