"""Wild62 truth for chalgx/minimal-mistakes _posts/2021-08-01-AwesomeVisualOdometrySlam.md at 52634b9: a Jekyll
blog post 'Awesome Visual Odometry Slam' (robotics / visual SLAM): a short survey list, one big Markdown table of
papers with reference-style links, then projects and datasets.

Shape: 363 lines.  Front matter (1-10).  ``## Books`` (12-15, two textbooks, plain bullets).  ``## Paper`` (17):
``### Survey, Review`` (19-27) bullets whose whole link text is ``Title, Authors, Venue Year``
(``- [Event-based Vision: A Survey, Gallego et al., arXiv 2019](https://arxiv.org/abs/1904.08405)``);
``### Journal, Conference`` (31): table ``|Year|Title|Name|Doc|Code|Website|`` (33-34 header, 35-119 rows) where
Doc/Code/Website are reference-style links ``[Pdf][PaperDSO]``; empty headings (123-129); reference definitions
(134-298).  ``## Project`` (300-303), ``## Dataset`` table of names (305-326) and its definitions (329-363).

Special cases:
- Survey titles contain commas (22 ``Visual Odometry : Part II: Matching, Robustness, Optimization, and
  Applications``, 24, 27), so the title ends where the author part begins (``, Scaramuzza and Fraundorfer``,
  ``, Yousif et al.``); 21 keeps ``[Tutorial]`` as written: ``Visual Odometry [Tutorial]``.
- 24 links a workshop website (``The Future of Real-Time SLAM: ..., Davison, ICCV 2015 Workshop``) and a slides PDF
  (``15 Years of Visual SLAM``): a workshop and a talk, not papers: no entry.
- Table: the title is the Title column as written (``Dynamicfusion: ...``, ``CodeSLAM - Learning ...``); some
  papers recur (84 and 87 same title, 91 and 102 same title): every row is an entry.  Rows are not in year order.
- The table's links are reference-style; their targets (some arXiv URLs, e.g. ``[PaperLF_Net]`` at 140) are in the
  definitions block, not on the row: following the set's rule that an entry's ids come from its own lines, rows have
  no ids.  The label ``[Paper20183]`` is defined twice (264, 267).
- Books (14-15), projects (302-303: a tutorial repo and a project page) and datasets are not entries.

Decisions: entry = each survey bullet except 24 (one line) and each table row 35-119 (one line).  Title = survey
link text up to the author part (by hand, checked against the line) / the table's Title cell.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "chalgx__minimal-mistakes___posts__2021-08-01-AwesomeVisualOdometrySlam@52634b9.md"
PART = "wild62_held_out"

SURVEY = {
    21: "Visual Odometry [Tutorial]",
    22: "Visual Odometry : Part II: Matching, Robustness, Optimization, and Applications",
    23: "An Overview to Visual Odometry and Visual SLAM: Applications to Mobile Robotics",
    25: "Past, present, and future of simultaneous localization and mapping: Toward the robust-perception age",
    26: "Event-based Vision: A Survey",
    27: "A Survey on Deep Learning for Localization and Mapping: Towards the Age of Spatial Machine Intelligence",
}
ROW = re.compile(r"^\|(\d{4})\|([^|]+)\|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, title in SURVEY.items():
        assert lines[n - 1].startswith("- [" + title + ", "), n
        papers.append(entry(lines, n, n, title))
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group(2).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 6 + 85, len(papers)
    assert min(p["line"] for p in papers if p["line"] > 30) == 35 and max(by) == 119
    assert by[26]["arxiv"] == "1904.08405" and by[27]["arxiv"] == "2006.12567", (by[26], by[27])
    assert by[35]["title"] == "Real-time simultaneous localisation and mapping with a single camera", by[35]
    assert by[36]["title"] == "Visual Odometry", by[36]
    assert by[88]["title"].startswith("CodeSLAM - Learning a Compact"), by[88]
    assert by[84]["title"] == by[87]["title"], (by[84], by[87])
    assert by[119]["title"].startswith("Combining Events and Frames using Recurrent"), by[119]
    assert by[80]["arxiv"] is None, by[80]
    for n in (14, 15, 24, 302, 303, 309):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries: the '### Survey, Review' bullets (link text 'Title, Authors, Venue Year'; title = the text"
        " before the author part, written by hand because titles contain commas) except 24, which links a workshop"
        " website and a talk's slides; and every row of the '|Year|Title|Name|Doc|Code|Website|' table (title = the"
        " Title cell as written).  Reference-style link targets are not resolved (ids only from the entry's own"
        " line), so table rows have no ids.  Books, projects and datasets are not entries; repeated titles (84/87,"
        " 91/102) are entries each time.",
        checked="Read the whole file; compared the -v output with the six survey bullets and all 85 table rows"
        " (first 35, last 119), checked the comma-containing survey titles, the excluded line 24, the duplicate"
        " rows, and that books/projects/dataset rows are out.",
    )


if __name__ == "__main__":
    main()
