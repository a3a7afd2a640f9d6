"""Wild51 truth for Geeks-Z/Class-Incremental-Learning README.md ("Awesome-CIL"): a Chinese student's class-incremental
learning repository whose README mixes a small paper list in pipe tables with many non-paper tables (datasets,
reproduced results, pre-trained models, parameters); newest commit (ad284d1), 236 lines, 17 KB.

Shape: ``## Awesome-CIL`` with centred logo/badge ``<div>``s (1-5), a Chinese introduction (7-13), then
- ``## 🚀 Survey`` (15): table ``| Title | Venue | Year | Code |`` (17-21), three rows ``| [Title](arXiv) | TPAMI | 2024 |
  [Official](github) |`` (19-21; 21 ``PyCIL: A Python Toolbox ...`` has empty Venue/Year cells).
- ``## 🌟 Papers`` (23): a blockquote (25) naming the CIL survey in a prose note, three image ``<div>``s, then table
  ``| Title | Venue | Year | Type | Code |`` (33-43) with 9 rows; 42 ``[DER: ...](2021)`` has a bogus link target.
- ``## 📚 Datasets`` (45-55, dataset table), ``## 📊 Reproduced Results`` (57-193) with per-dataset accuracy tables whose
  first cell is a method nickname (``|MOS |``, ``|DER-CNN |``), bullets, dependencies.
- ``## 👨‍🏫 TODO`` (195): a 5-column paper table (197-202) with two rows (199-200) and two empty rows (201-202).
- ``### Different PTMs`` and ``### Parameters`` tables (204-231), ``## 🤗 Acknowledgments`` code repositories (233-236).

Decisions:
- Entry = every table row whose first cell is a ``[Title](url)`` link in the three Title tables (3 + 9 + 2 = 14);
  title = the link text.  PyCIL (an arXiv toolbox paper) counts as a paper.
- Not entries: the survey named inside the blockquote note (25, prose, not a list row), the empty TODO rows, the
  dataset/results/PTM/parameter tables (method nicknames, numbers), the acknowledgement links (code repositories).
- Ids: arXiv abs/pdf links; none from the IEEE Xplore link (200) or the bogus ``(2021)`` target (42).
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "Geeks-Z__Class-Incremental-Learning__README@ad284d1.md"
PART = "wild51_development"

ROW = re.compile(r"^\| \[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)\s*\|")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## Awesome-CIL"
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip()))
    assert [p["line"] for p in papers] == [19, 20, 21, *range(35, 44), 199, 200], [p["line"] for p in papers]
    t = {p["line"]: p for p in papers}
    assert (t[19]["title"], t[19]["arxiv"]) == ("Class-Incremental Learning: A Survey", "2302.03648"), t[19]
    assert t[21]["title"] == "PyCIL: A Python Toolbox for Class-Incremental Learning", t[21]
    assert (t[42]["title"], t[42]["arxiv"]) == (
        "DER: Dynamically Expandable Representation for Class Incremental Learning", None), t[42]
    assert t[37]["arxiv"] == "2303.07338", t[37]
    assert t[200]["arxiv"] is None, t[200]
    assert len(papers) == 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every row of the three Title tables (Survey 19-21, Papers 35-43, TODO 199-200) whose first cell is a"
        " '[Title](url)' link is an entry (14), title = the link text; the prose survey mention in the blockquote"
        " (25), empty TODO rows, dataset/results/PTM/parameter tables and acknowledgement repo links are not entries.",
        "Read all 236 lines; compared -v for all 14 rows: titles, arXiv ids from abs and pdf links, none for the"
        " bogus '(2021)' link (42) and the IEEE Xplore link (200); confirmed no method-nickname row of the results"
        " tables is taken.",
    )


if __name__ == "__main__":
    main()
