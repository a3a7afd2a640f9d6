r"""Wild59 truth for constant5/Lifelong-Learning-Papers README.md at 194c969 (2020-10-30): "Continual Lifelong
Learning Papers", a one-person reading list on continual/lifelong learning, unfinished (empty sections and
placeholders).

Shape: 205 lines.  Title and contributor (1-3); ``## [Content](#content)`` with an HTML ``<table>`` of
``<a href>`` links as table of contents (7-39, one ``<tr>`` missing its opening tag at 13).  Then
``## [Survey papers](#content)`` (41-56), ``## [Models](#content)`` (58-190) with ``###`` sections whose
headings are links (``### [Regularization Approach](#content)``), ``####`` sub-labels (``#### **Functional**``)
and italic explanation paragraphs, ``## [Datasets](#content)`` (192-202) and an empty
``## [Applications](#content)`` (205).
Every paper is an ordered-list item written ``1.`` (Markdown renumbers) with the title in bold, then the venue
and year as plain text; the rest varies:
- 42-44 style: ``1. **Title.** arXiv 2018.`` / a line holding only ``\`` (hard break) / ``*Authors* [paper](url)``;
- 63-65: one line ``1. **Title** PMLR 2013. [paper](url)``; 66 is a stray ``)`` after 65;
- 76-78: the title line itself ends with `` \`` then a ``\`` line, then authors;
- 118-121 and 129-134: a free-text comment between the title line and the authors line, after ``\`` breaks;
- 141-174: ``1. **Title** Venue Year. *Authors*\`` then a comment paragraph, no paper link mostly;
- 188-190: two items on consecutive lines without a blank line between them, the first spilling onto 189.

Special cases:
- Bold titles broken over two source lines: 149-150 (``AdaNet: Adaptive structural`` / ``learning of ...``),
  153-154, 160-161, 165-166, 168-169, 172-173; the title is joined with one space.
- Model-label prefixes inside the bold: ``**LwF Model - Learning without Forgetting**`` (88), ``LF Model -``
  (92), ``EWC Model -`` (101), ``SI Model -`` (105): the ``X Model - `` label names the method, not the paper,
  and is dropped.
- Trailing periods inside the bold (``**... A Review.**``, 42) are dropped; 50 keeps its missing space
  (``environments:A survey``).
- Empty links ``[paper]()`` (56, 189, 190) and items without any link (141-157, 165-173): still entries.
- 169's venue is italic with a stray asterisk (``*ICDL-EPIROB’17. *Part, ...``); 188 is a Master's thesis
  (``Master’s thesis, University of Toronto 2009``), listed under Analysis as a paper: kept as an entry.
- Dataset items (194-202) are ``1. **[MNIST](#content)** [dataset](url)``: bold anchor links naming datasets.

Decisions:
- Entry = every ``1. **`` item whose bold text is not a link (42-190): 27 entries.  Span = from the ``1.`` line
  to the last non-empty line before an empty line or the next ``1.`` item (so the author/link lines and
  comments belong to the entry).  Title = the bold text, joined across lines, without the ``X Model - ``
  prefix and without a trailing period.
- Dataset items (194-202), the HTML table of contents and the italic section explanations are not entries.
- arXiv ids and DOIs come from the links inside the span (helper).
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "constant5__Lifelong-Learning-Papers__README@194c969.md"
PART = "wild59_development"

ITEM = re.compile(r"^1\.\s+\*\*(?!\[)")
PREFIX = re.compile(r"^[A-Za-z]+ Model - ")


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n, ln in enumerate(lines, 1) if ITEM.match(ln)]
    papers = []
    for first in starts:
        last = first
        while last < len(lines) and lines[last].strip() and not lines[last].startswith("1."):
            last += 1
        text = " ".join(ln.strip() for ln in lines[first - 1 : last])
        title = re.match(r"^1\.\s+\*\*(.+?)\*\*", text).group(1).strip()
        title = PREFIX.sub("", title).rstrip(".").strip()
        papers.append(entry(lines, first, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 27, len(papers)
    assert min(by) == 42 and max(by) == 190, (min(by), max(by))
    assert by[42]["title"] == "Continual Lifelong Learning with Neural Networks: A Review", by[42]
    assert by[42]["end"] == 44 and by[129]["end"] == 134 and by[188]["end"] == 189, (by[42], by[129], by[188])
    assert by[42]["arxiv"] == "1802.07569", by[42]
    assert by[50]["title"] == "Learning in nonstationary environments:A survey", by[50]
    assert by[88]["title"] == "Learning without Forgetting", by[88]
    assert by[101]["title"] == "Overcoming catastrophic forgetting in neural networks", by[101]
    assert by[149]["title"] == "AdaNet: Adaptive structural learning of artificial neural networks", by[149]
    assert by[165]["title"] == (
        "Incremental on-line learning of object classes using a combination of self-organizing incremental"
        " neural networks and deep convolutional neural networks"
    ), by[165]
    assert by[160]["arxiv"] == "1708.01547", by[160]
    assert by[188]["title"] == "Learning multiple layers of features from tiny images", by[188]
    assert by[190]["title"] == "Measuring catastrophic forgetting in neural networks", by[190]
    assert not any(n >= 192 for n in by)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every ordered-list item '1. **Title** Venue Year ...' whose bold text is not a link (42-190) is one"
        " entry; its span runs from the '1.' line to the last non-empty line before an empty line or the next"
        " item (hard-break '\\' lines, author lines, links and comments included).  Title = the bold text joined"
        " across source lines, without an 'X Model - ' label prefix and without a trailing period.  Dataset"
        " items (194-202, bold anchor links) and the HTML table of contents are not entries.",
        checked="Read the whole file; compared the -v output with all 27 items and their spans, the titles"
        " broken over two lines (149, 153, 160, 165, 168, 172), the 'Model -' prefixes (88, 92, 101, 105), the"
        " back-to-back items 188/190, empty [paper]() links, the arXiv ids, and that dataset items are left out.",
    )


if __name__ == "__main__":
    main()
