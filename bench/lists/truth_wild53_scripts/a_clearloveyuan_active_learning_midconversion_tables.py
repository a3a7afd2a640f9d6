"""Wild53 truth for Clearloveyuan/awesome-active-learning-New README.md: a small fork-and-rework of an "Awesome Active
Learning" list (baifanxxx/awesome-active-learning), caught in the middle of its move to per-venue files.  Taken at
0dda542 (2022-12-24), the last commit whose README still held the paper tables: from 2b00004 (2023-01-11) on, and at
the newest commit d622758, the README is only a venue x year index of links to ``Paper_Summary/*.md`` files, so the
list was deleted from it.

Shape: 225 lines, 22 KB.  Badge title (1), intro prose with two image-source captions citing ``[Settles,
Burr](...)`` (8, 14), a tag legend (29-32), a table of contents (41-54).  ``# Books`` (58): two ``*`` bullets, a
book chapter (60, ``[Chapter 22 Active Learning: A Survey. from Data Classification: Algorithms and Applications]
(pdf) Charu C. Aggarwa et al.(CRC Press, 2014)``) and Settles' book ``Active Learning`` (61).  ``# Surveys``
(63): a six-column table ``| Year | Paper | Author | Publication | Code | Notes |`` with the title as a link in the
Paper cell (67-70).  ``# Papers`` (74): a half-built venue index table (76-79, cells are years linking to
Paper_Summary files) and ``## 2022`` (82) holding only two ``ACL [2022](...)`` / ``CVPR [2022](...)`` link lines.
Then year tables ``| Title | Publication | Paper | Code | Tags | Notes |`` with the title as plain text in the first
cell and ``[paper](url)`` in the third: ``## 2021`` (93-116, 24 rows), a stray ``## NIPS`` two-column table
``| Title | Paper |`` of one row without the closing pipe (121), ``### 2020`` (a level-3 heading, 129-142, 14 rows; 129
stops after the Code cell), ``## 2019`` (149-161, 13), ``## 2018`` (168-176, 9), ``## 2017`` (182-190, 9) and
``## Before 2017`` (196-215, 20) whose table adds a leading Year cell.  ``# Turtorials`` (219-220: a blog post and a
talk) and ``# Tools`` (223-225: libraries) close it.

Special cases:
- Titles are taken as written, typos kept: ``Membership Query Synthesisfor`` (153), ``Hypotheses Usingthe`` (202),
  ``PAL : Pretext-based Active Learning`` (113), lower case ``Multiple instance active learning for object detection``
  (106); cell padding spaces dropped.
- 60 is a book chapter: an entry, title ``Active Learning: A Survey`` (the ``Chapter 22`` label and the ``from
  <book>`` tail dropped).  61 is a whole book (Settles' lecture), not an entry.
- The image-source captions 8/14 cite Settles' survey, which is also row 70; captions are not entries.
- The venue index (76-79) and the 2022 link lines (84, 86) point to other files; not entries.
- Tutorials (blog post, talk) and tools (BAAL, ALiPy, modAL) are not entries.

Decisions:
- Entry = the book chapter bullet 60, every survey row (4) and every data row of the year tables and the NIPS table
  (24 + 1 + 14 + 13 + 9 + 9 + 20), 95 in all, one line each.
- Title = the link text of the Paper cell (surveys), the first cell (year tables, NIPS table) or the second cell
  (Before 2017).
- Ids from the row: arXiv abs/pdf links, ACM ``/doi/abs/10.1145/...`` / ``/doi/pdf/...`` and Springer
  ``/chapter/10.1007/...`` / ``/content/pdf/10.1007/...`` DOIs; none from CVF, PMLR, NeurIPS, OpenReview, ACL
  Anthology, AAAI OJS, IJCAI or university pages.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "Clearloveyuan__awesome-active-learning-New__README@0dda542.md"
PART = "wild53_development"

ALIGN = re.compile(r"^\|(\s*:?-+:?\s*\|)+\s*$")
HEADS = {
    "| Year | Paper | Author | Publication | Code | Notes |": "survey",
    "| Title        | Publication |  Paper  |  Code  | Tags | Notes |": "year",
    "| Title        |  Paper    | ": "nips",
    "|Year| Title        | Publication |  Paper  |  Code  | Tags | Notes |": "old",
}
LINK = re.compile(r"^\s*\[(?P<t>[^\]]+)\]\(http[^)]+\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# Awesome Active Learning ")
    papers = []
    kind = None
    counts: list[int] = []
    m = re.match(r"^\* \[Chapter 22 (?P<t>Active Learning: A Survey)\. from Data Classification", lines[59])
    assert m, lines[59]
    papers.append(entry(lines, 60, 60, m.group("t")))
    for n, ln in enumerate(lines, 1):
        if ln in HEADS:
            kind = HEADS[ln]
            counts.append(0)
            continue
        if not ln.startswith("|"):
            kind = None
            continue
        if kind is None or ALIGN.match(ln):
            continue
        cells = ln.split("|")[1:]
        if kind == "survey":
            lk = LINK.match(cells[1])
            assert lk, (n, ln)
            title = lk.group("t")
        elif kind == "old":
            assert re.fullmatch(r"\d{4}", cells[0]), (n, ln)
            title = cells[1]
        else:
            title = cells[0]
        title = title.strip()
        assert title and not re.search(r"[\[\]()`*]", title), (n, title)
        papers.append(entry(lines, n, n, title))
        counts[-1] += 1
    assert counts == [4, 24, 1, 14, 13, 9, 9, 20], counts
    assert len(papers) == 95, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[60]["title"], t[60]["arxiv"]) == ("Active Learning: A Survey", None), t[60]
    assert (t[67]["title"], t[67]["arxiv"]) == ("A Survey on Active Deep Learning: From Model-driven to Data-driven",
                                                "2101.09933"), t[67]
    assert t[70]["title"] == "Active Learning Literature Survey", t[70]
    assert (t[113]["title"], t[113]["arxiv"]) == ("PAL : Pretext-based Active Learning", "2010.15947"), t[113]
    assert t[121]["title"] == "Neural Active Learning with Performance Guarantees", t[121]
    assert t[129]["title"] == "Active Learning for BERT: An Empirical Study", t[129]
    assert t[136]["doi"] == "10.1007/978-3-030-59710-8_4", t[136]
    assert t[153]["title"] == "Active Learning via Membership Query Synthesisfor Semi-supervised Sentence Classification"
    assert t[176]["title"] == "CEREALS - Cost-Effective REgion-based Active Learning for Semantic Segmentation"
    assert (t[201]["title"], t[201]["doi"]) == (
        "Active Semi-Supervised Learning Using Sampling Theory for Graph Signals", "10.1145/2623330.2623760"), t[201]
    assert t[215]["title"] == "Improving Generalization with Active Learning", t[215]
    write_truth(
        NAME,
        PART,
        papers,
        "Entries: the book-chapter bullet 60 (title 'Active Learning: A Survey', chapter label and book name dropped),"
        " the 4 survey-table rows (title = link text of the Paper cell), and every data row of the year tables"
        " (2021 24, stray NIPS table 1, 2020 14, 2019 13, 2018 9, 2017 9, Before 2017 20; title = the plain Title"
        " cell, second cell in the Before-2017 table): 95.  Not entries: Settles' book 61, the image-source captions"
        " 8/14, the venue index table 76-79 and the 2022 link lines 84/86, tutorials and tools.",
        "Read all 225 lines; compared -v for all 95 entries against the file: the header variants (surveys, year"
        " tables, NIPS two-column table with no closing pipe 121, Before-2017 Year column), row 129 ending after the"
        " Code cell, typos kept (153 'Synthesisfor', 202 'Usingthe', 113 'PAL :'), arXiv ids from abs/pdf links"
        " (versions dropped 139/140/149/156/198), DOIs from ACM (201/206/209/213/214) and Springer (136/141/215)"
        " links, none from CVF/PMLR/NeurIPS/OpenReview/ACL/AAAI/IJCAI links.",
    )


if __name__ == "__main__":
    main()
