"""Wild40 truth for NVlabs/flip misc/papersUsingFLIP.md: "List of papers/code that are using/citing FLIP", the
cited-by list kept in the repository of the FLIP image-difference evaluator (NVIDIA graphics research): papers
in rendering, real-time graphics, image quality, NeRF/neural rendering and a few medical-imaging and
vision papers that used or cited the metric.

Shape: a heading, a bold note that the list stopped being updated (3) and a Google Scholar link (4), then
three bold-labelled ordered lists, every item numbered ``1.``: "**Using FLIP:**" (8-335), "**Citing FLIP (but
not using):**" (343-412), "**Code/frameworks/tools that use FLIP:**" (416-420).  Paper items are
``1. Authors, ["Title"](url), *Venue*, date.`` separated by blank lines (some by none, e.g. 74/76).  Quirks:
items wrapped after the authors with the link on an indented next line (76-77, 79-80, 152-153, 237-238) or
with the title itself wrapped inside the quotes (256-257, 291-292, 355-356); 298 lacks the closing quote
(``["Neural Volumetric Level of Detail for Path Tracing](...)``); 345 quotes the title without a link; 412
writes ``["Title"]`` with no URL; 181 gives a truncated Japanese title followed by a bare URL; 400 keeps
``machine learning. `` inside the quotes; 254 links the "Supplementary Material:" PDF of the paper listed
at 252; tabs before some arXiv ids; typos kept ("Linearl", "arXiv:2305:19906", "arXiv:2212.1459").

Decisions:
- Entries: every item whose subject is a paper, preprint, thesis, degree/project report or a chapter
  (Ray Tracing Gems 2 chapters 40-44, the chapter in "Smart Algorithms for Multimedia and Imaging" 345),
  in both the "Using" and the "Citing" lists; the supplementary-material item 254 is kept as its own
  record.  Not entries: the blog post (349), Szeliski's book (353), Intel's developer web article on XeSS
  (394) and the three code/tool items (416-420).  193 entries; repeated papers (e.g. ChromaCorrect 140/325,
  Neural Partitioning Pyramids 175/386) are separate entries.
- Span: the item line through its continuation lines (up to the next blank line or item).
- Title: the text inside the straight double quotes (joined across a line break), a final '.' dropped; 298
  takes the link text without the stray opening quote; "Supplementary Material:" at 254 is kept as written.
- Ids: the helpers' arXiv ids and DOIs from the item's URLs/text, except that Eurographics Digital Library
  URLs (``diglib.eg.org/handle/10.2312/cgvc20211319``, ``.../bitstream/handle/10.1111/cgf15014/...``) carry
  Handle System ids, not DOIs (the DOIs are 10.2312/cgvc.20211319, 10.1111/cgf.15014), so those items get
  ``doi: None``.  The Springer URL of the Ray Tracing Gems 2 chapters holds the book's DOI
  (10.1007/978-1-4842-7185-8), written literally, and is kept.  Item 16 writes ``*arXiv*:2103.03231``,
  which renders as "arXiv:2103.03231": its arXiv id is taken from the text without the emphasis.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import arxiv_of, entry, read_lines, write_truth

NAME = "NVlabs__flip__misc__papersUsingFLIP@1eb247c.md"
PART = "wild40_development"

ITEM = re.compile(r"^1\.\s")
NOT_PAPERS = {349: "blog", 353: "book", 394: "web article", 416: "code", 418: "code", 420: "code"}
TITLES = {298: "Neural Volumetric Level of Detail for Path Tracing"}


def items(lines: list[str]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for n, ln in enumerate(lines, 1):
        if ITEM.match(ln):
            out.append((n, n, ln))
        elif ln.strip() and out and out[-1][1] == n - 1 and not ln.startswith("**"):
            first, _, text = out[-1]
            out[-1] = (first, n, text + "\n" + ln)
    return out


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last, text in items(lines):
        if first in NOT_PAPERS:
            continue
        if first in TITLES:
            title = TITLES[first]
            assert title in text, first
        else:
            m = re.search(r'"([^"]+)"', text)
            assert m, first
            title = m.group(1)
        p = entry(lines, first, last, title)
        if "diglib.eg.org/" in text:
            p["doi"] = None
        if p["arxiv"] is None and "*arXiv*:" in text:  # renders as "arXiv:2103.03231"
            p["arxiv"] = arxiv_of(text.replace("*arXiv*:", "arXiv:"))
        papers.append(p)
    assert len(papers) == 193, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '1.' item of the Using/Citing lists whose subject is a paper, preprint, thesis, report or chapter"
        " is an entry (item line plus continuation lines); title = the text in straight double quotes; the"
        " blog post, the book, the Intel web article and the code/tool items are not entries.",
        "All 199 items listed with their extracted titles and compared with the file: first/last items of each"
        " list (8, 335, 343, 412, 416-420); wrapped items (76-77, 79-80, 152-153, 237-238, 256-257, 291-292,"
        " 355-356); the missing-quote title (298), unlinked titles (345, 412), the Japanese title (181), the"
        " '. ' inside quotes (400), the supplementary-material item (254), the excluded blog/book/web"
        " article/code items; ~25 further items read in full; DOIs checked, EG Digital Library handle URLs set to None;"
        " arXiv ids from URLs or text.",
    )


if __name__ == "__main__":
    main()
