"""The summary's logical structure (a tagged PDF): headings, paragraphs, lists, tables with
header cells, each with its language, and the page furniture marked as artifacts.

While a page is drawn, each block opens a structure element (:func:`element`, a context
manager: tables hold rows hold cells) and each run of its text is a marked-content
sequence (``/P <</MCID n /Lang (ar)>> BDC ... EMC``, :func:`begin`/:func:`end`) linked to
the element. The pages of a summary are written only when the page count is known
(:class:`desktop.reports.page.NumberedCanvas`), so each page's sequences are kept with its
index and turned into the structure tree, the parent tree and each page's
``/StructParents`` when the document is saved (:func:`write_tree`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase import pdfdoc


@dataclass
class Element:
    kind: str  # Document, H1, H2, H3, P, L, LI, Table, TR, TH, TD
    lang: str = ""
    kids: list[Element | tuple[int, int]] = field(default_factory=list)  # elements or (page, mcid)


@dataclass
class Tree:
    root: Element = field(default_factory=lambda: Element("Document"))
    stack: list[Element] = field(default_factory=list)
    mcids: dict[int, int] = field(default_factory=dict)  # page index -> next MCID


def tree(canv: Any) -> Tree:
    found = canv.__dict__.get("_sijill_tree")
    if found is None:
        found = canv.__dict__["_sijill_tree"] = Tree()
    return found  # type: ignore[no-any-return]


@lru_cache(maxsize=4096)
def language_of(text: str, default: str) -> str:
    """"ar" or "en" by the first strong letter (the document's language when there is none)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return "ar" if "\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" else "he"
        if kind == "L":
            return "en"
    return default


@contextmanager
def element(canv: Any, kind: str, lang: str = "") -> Iterator[Element]:
    """A structure element around what is drawn inside the ``with`` block."""
    state = tree(canv)
    new = Element(kind, lang)
    parent = state.stack[-1] if state.stack else state.root
    if kind == "LI":  # consecutive items make one list
        last = parent.kids[-1] if parent.kids else None
        if not (isinstance(last, Element) and last.kind == "L"):
            last = Element("L")
            parent.kids.append(last)
        parent = last
    parent.kids.append(new)
    state.stack.append(new)
    try:
        yield new
    finally:
        state.stack.pop()


def _page(canv: Any) -> int:
    return len(getattr(canv, "_pages", ()))


def begin(canv: Any, kind: str, lang: str = "") -> str:
    """The operator that opens a marked-content sequence of a new ``kind`` element (or of
    the open element when ``kind`` is "")."""
    state = tree(canv)
    page = _page(canv)
    mcid = state.mcids.get(page, 0)
    state.mcids[page] = mcid + 1
    parent = state.stack[-1] if state.stack else state.root
    if kind:
        target = Element(kind, lang)
        parent.kids.append(target)
    else:
        target = parent
    target.kids.append((page, mcid))
    tag = kind or (parent.kind if parent.kind not in ("Document", "TR", "Table", "L") else "Span")
    language = f" /Lang ({lang})" if lang else ""
    return f"/{tag} <</MCID {mcid}{language}>> BDC"


def leaf(canv: Any, kind: str, lang: str, page: int) -> str:
    """:func:`begin` for an element with nothing inside but its text (a table cell): the
    element and its one marked-content sequence at once (tables have thousands of cells)."""
    state = canv.__dict__["_sijill_tree"]
    mcid = state.mcids.get(page, 0)
    state.mcids[page] = mcid + 1
    state.stack[-1].kids.append(Element(kind, lang, [(page, mcid)]))
    return f"/{kind} <</MCID {mcid} /Lang ({lang})>> BDC"


def empty(canv: Any, kind: str) -> None:
    """An element with no content (an empty table cell)."""
    tree(canv).stack[-1].kids.append(Element(kind))


END = "EMC"
ARTIFACT = "/Artifact <</Type /Pagination>> BDC"


class _Raw(pdfdoc.PDFObject):  # type: ignore[misc]
    """A PDF object written from a template (a summary has thousands of structure elements:
    reportlab's generic dictionaries would format them ten times slower). ``{name}`` in the
    template is the indirect reference to the object registered under ``name``."""

    def __init__(self, template: str, names: list[str]) -> None:
        self.template = template
        self.names = names

    def format(self, document: Any) -> bytes:
        numbers = document.idToObjectNumberAndVersion
        refs = ["%s %s R" % numbers[name] for name in self.names]
        return (self.template % tuple(refs)).encode("latin-1")


def write_tree(doc: Any, canv: Any, pages: list[Any], lang: str) -> None:
    """The structure tree, parent tree, each page's /StructParents and /Tabs /S, and the
    catalog's /MarkInfo (call when every page is written; ``pages``: reportlab's pages)."""
    state = canv.__dict__.get("_sijill_tree")
    if state is None:
        return
    root_name = _register(doc)
    parents: dict[int, dict[int, str]] = {}
    document = _write(doc, state.root, root_name, len(pages), parents, lang)
    nums: list[str] = []
    names: list[str] = []
    for index in sorted(parents):
        refs = parents[index]
        nums.append(f"{index} [" + " ".join("%s" for _ in range(max(refs) + 1)) + "]")
        names += [refs[m] for m in range(max(refs) + 1)]
    root = _Raw("<< /Type /StructTreeRoot /K [%s] /ParentTree << /Nums [" + " ".join(nums)
                + f"] >> /ParentTreeNextKey {len(pages)} >>", [document, *names])
    doc.idToObject[root_name] = root
    root.__InternalName__ = root_name
    for index, page in enumerate(pages):
        page.__NoDefault__ = [*type(page).__NoDefault__, "StructParents", "Tabs"]
        page.StructParents = index
        page.Tabs = pdfdoc.PDFName("S")
    doc.Catalog.StructTreeRoot = pdfdoc.PDFObjectReference(root_name)
    doc.Catalog.MarkInfo = pdfdoc.PDFDictionary({"Marked": "true"})


def _register(doc: Any) -> str:
    """A name for an object written later (its number is given now, in document order);
    what reportlab's ``Reference`` does for a new object, without the object yet."""
    number = doc.objectcounter = doc.objectcounter + 1
    name = f"R{number}"
    doc.idToObjectNumberAndVersion[name] = (number, 0)
    doc.numberToId[number] = name
    return name


def _write(doc: Any, node: Element, parent: str, page_count: int, parents: dict[int, dict[int, str]],
           lang: str) -> str:
    name = _register(doc)
    names = [parent]
    language = lang if node.kind == "Document" else node.lang
    kids: list[str] = []
    first_page: int | None = None
    for kid in node.kids:
        if isinstance(kid, Element):
            kids.append("%s")
            names.append(_write(doc, kid, name, page_count, parents, lang))
            continue
        page, mcid = kid
        if page >= page_count:
            continue
        parents.setdefault(page, {})[mcid] = name
        if first_page is None:
            first_page = page
        if page == first_page:
            kids.append(str(mcid))  # on the element's own page (/Pg): the MCID alone
        else:
            kids.append(f"<< /Type /MCR /Pg %s /MCID {mcid} >>")
            names.append(f"Page{page + 1}")
    template = f"<< /Type /StructElem /S /{node.kind} /P %s"
    if first_page is not None:
        template += " /Pg %s"
        names.insert(1, f"Page{first_page + 1}")
    if language:
        template += f" /Lang ({language})"
    template += " /K [" + " ".join(kids) + "] >>"
    raw = _Raw(template, names)
    doc.idToObject[name] = raw
    raw.__InternalName__ = name
    return name
