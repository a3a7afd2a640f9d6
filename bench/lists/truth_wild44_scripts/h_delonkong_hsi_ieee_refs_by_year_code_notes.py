"""Wild44 truth for DelonKong/ULite_FDRNet models/README.md: the models folder README of a hyperspectral image
classification code repository, listing the papers whose models it reimplements as IEEE-style references grouped
by year, most followed by a ``Based on [[**Code**]](github) by [Author](IEEE author page) ...`` credit paragraph;
newest commit 0942974 (the file last changed in 0c6e009, 2026-04-18, "update Comparison models").

Shape: ``# References & Acknowledgement`` (1), an intro sentence (3), then headings ``## 2026:`` (5), ``## 2025:``
(15), ``## 2024:`` (35), ``## 2023:`` (59), ``## 2022:`` (75), ``## 2021:`` (89), ``## others:`` (103) and ``## Mamba
Models`` (115); under each, references numbered from ``[1]`` again, one paragraph (one line) each, separated by
blank lines: ``[n] A. Author, B. Author, and C. Author, “Title,” *Journal*, vol. 62, pp. 1–13, Jun. 2024, doi:
[10.1109/...](https://doi.org/10.1109/...).``  Variants: straight quotes ``"Title,"`` and ``in *Journal*, doi:
10.1109/...`` without volume (25, 29), a bare ``doi: https://doi.org/...`` URL (7, 11), a bare ``doi: 10.1109/...``
(25, 29, 81, 116-124), ``*et al.*`` (53, 91), a title with a spaced colon ``CSA-Kansformer : Cross-scale ...``
(11), the repository author's own paper with its code link on the same line (57 ``MHIAIFormer ... [[**Code**]](
https://github.com/DelonKong/MHIAIFormer)``).  Credit paragraphs follow 19 of the references after a blank line
(19, 23, 27, ...); three are wrapped in an extra bracket ``[Based on [**Code**]]( ...)`` (43, 47, 79), one has a
broken nested link (27 ``[Zhonghao Chen]([Zhonghao Chen - IEEE Xplore Author Profile](...))``).  The ``## Mamba
Models`` references (116-124) have no blank line after the heading and no credit paragraphs.  After them ``# Models``
(127) with a fenced directory tree (129-172) and a fenced list of compared methods (176-181): not references.

Decisions:
- An entry is every numbered reference (34): first line = the reference paragraph, last line = its credit
  paragraph when one follows (the credit names the code the repository took from that paper; it is part of the
  record), else the reference line.  Title = the quoted text between the curly or straight quotes, the comma the
  IEEE style puts before the closing quote dropped.  The repository's own MHIAIFormer paper (57) is an entry like
  the others.
- Ids: every reference writes its DOI (``doi:`` text or doi.org link); credit paragraphs hold only GitHub and IEEE
  author-profile links (no ids).  No arXiv ids.
- Not entries: headings, the intro, the directory tree and the fenced list of compared method nicknames.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "DelonKong__ULite_FDRNet__models__README@0942974.md"
PART = "wild44_development"

REF = re.compile(r"^\[(?P<n>\d+)\] (?P<authors>.+?), [“\"](?P<t>.+?),?[”\"],? ")
CREDIT = re.compile(r"^\[?Based on \[")
SECTIONS = {"## 2026:": 4, "## 2025:": 5, "## 2024:": 6, "## 2023:": 4, "## 2022:": 3, "## 2021:": 4,
            "## others:": 3, "## Mamba Models": 5}


def main() -> None:
    lines = read_lines(NAME)
    end = lines.index("# Models")
    assert end == 126
    papers = []
    counts: dict[str, int] = {}
    head = None
    n = 3
    while n < end:
        ln = lines[n]
        if ln.startswith("## "):
            head = ln
            counts[head] = 0
            n += 1
            continue
        m = REF.match(ln)
        if m:
            counts[head] += 1
            assert int(m.group("n")) == counts[head], (n + 1, ln[:40])
            last = n + 1
            if n + 2 < end and not lines[n + 1] and CREDIT.match(lines[n + 2]):
                last = n + 3
                assert not arxiv_of(lines[n + 2]) and not doi_of(lines[n + 2]), last
            papers.append(entry(lines, n + 1, last, m.group("t")))
            n = last
            continue
        assert not ln.strip() or n == 2, (n + 1, ln[:60])
        n += 1
    assert counts == SECTIONS, counts
    assert all(p["doi"] and not p["arxiv"] for p in papers)
    by = {p["line"]: p for p in papers}
    assert by[7]["doi"] == "10.1016/j.neunet.2025.108152" and by[25]["doi"] == "10.1109/tgrs.2025.3598290"
    assert by[11]["title"] == "CSA-Kansformer : Cross-scale aggregation and Kansformer network for hyperspectral" \
        " image classification"
    assert by[57]["end"] == 57 and by[41]["end"] == 43 and by[99]["end"] == 99
    assert sum(1 for p in papers if p["end"] > p["line"]) == 19
    assert len(papers) == 34, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered IEEE-style reference under the year headings (2026 ... 2021, others, Mamba Models; numbering"
        " restarts per heading) is an entry (34), spanning its credit paragraph ('Based on [[Code]] ... by ...') when"
        " one follows; title = the quoted title without the comma before the closing quote; DOIs from the"
        " reference; the intro, headings, the directory tree and the fenced list of compared methods are not"
        " entries.",
        "Whole 190-line file read; every line before '# Models' classified (heading, reference, credit paragraph or"
        " blank) and the per-heading counts and numbering asserted; -v output compared with all 34 entries (first 7,"
        " last 124, each heading's first and last), curly vs straight quotes (25, 29, 81, 116-124), bare doi.org URL"
        " DOIs with a final period (7, 11), the bracket-wrapped credits (43, 47, 79), the broken nested link 27, the"
        " own paper with the code link on its line (57), '*et al.*' (53, 91); credit paragraphs hold no ids.",
    )


if __name__ == "__main__":
    main()
