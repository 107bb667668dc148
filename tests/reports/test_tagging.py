"""The summary is a tagged PDF: a structure tree of headings, paragraphs, lists and tables
with header cells, languages per element, marked content linked through the parent tree,
page furniture as artifacts."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from desktop.reports import export_summary


def _walk(element: Any, found: list[tuple[str, str]]) -> None:
    element = element.get_object()
    found.append((str(element.get("/S")), str(element.get("/Lang", ""))))
    for kid in element.get("/K", []):
        kid = kid.get_object()
        if isinstance(kid, dict) and kid.get("/Type") == "/StructElem":
            _walk(kid, found)


def test_structure_tree_and_parent_tree(register, plan: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    reader = PdfReader(str(export_summary(register, plan, tmp_path / "ar.pdf", lang="ar")))
    root = reader.trailer["/Root"]
    assert bool(root["/MarkInfo"]["/Marked"])
    tree = root["/StructTreeRoot"]
    found: list[tuple[str, str]] = []
    _walk(tree["/K"][0], found)
    kinds = [kind for kind, _ in found]
    assert kinds[0] == "/Document" and found[0][1] == "ar"
    for kind in ("/H1", "/H2", "/H3", "/P", "/L", "/LI", "/LBody", "/Lbl", "/Table", "/TR", "/TH", "/TD"):
        assert kind in kinds, kind
    assert ("/P", "en") in found and ("/P", "ar") in found  # /Lang per element
    nums = tree["/ParentTree"]["/Nums"]
    for index, page in enumerate(reader.pages):
        assert page["/StructParents"] == index and page["/Tabs"] == "/S"
        content = page.get_contents().get_data().decode("latin-1")
        mcids = [int(m) for m in re.findall(r"/MCID (\d+)", content)]
        assert mcids == list(range(len(mcids)))  # numbered in order on each page
        refs = nums[nums.index(index) + 1]
        assert len(refs) == len(mcids)
        assert content.count(" BDC") == content.count("EMC")
        assert "/Artifact" in content  # the running header and footer
