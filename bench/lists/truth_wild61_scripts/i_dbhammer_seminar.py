"""Wild61 truth for DBHammer/PaperDiscussion README.md at 3f78e6f (2026-03-23): the paper-discussion seminar log of the
DBHammer database lab (ECNU DaSE), written in Chinese: one wide table row per seminar talk with date, paper title,
venue, year, links to the slides/PDF and the presenter's name.

Shape: 143 lines.  Badges (1-7), a Chinese blockquote and a ``[!NOTE]`` (9-13), then one table with the Chinese
header ``| 时间 | 题目 | 会议 | 年份 | 链接 | 宣讲人 |`` (date | title | venue | year | links | presenter, 16),
alignment row (17) and 107 body rows (18-124), newest first (2026.03.23 .. 2021.07.27).  Cells are padded with many
spaces.  After the table: ``------`` (126), ``## 致谢`` (132) and a star-history ``<picture>`` block.

Special cases:
- Four rows are not papers and are not entries: 68 ``传统直方图基数预估总结`` (a Chinese talk topic, "summary of
  traditional histogram cardinality estimation", only a PPT link), 69 and 71 (empty title, venue and link cells,
  only a presenter), 102 ``2phase-locking introduction`` (a tutorial talk, only a PPT link).
- 72-81 and 84 (2022.12 - 2023.05) leave venue, year and link cells empty; they still name a paper and are entries.
- 106 appends the talk's focus to the title: ``Amazon Aurora: On Avoiding Distributed Consensus for I/Os, Commits,
  and Membership Changes crash recovery in aurora``.  The trailing ``crash recovery in aurora`` is a description,
  not part of the paper title, and is left out.
- Titles are kept as written otherwise: fullwidth colon in 73 (``Endure：A Robust Tuning Paradigm ...``), missing
  spaces in 79 (``ADOC:AutomaticallyHarmonizing Dataflow ...``), missing colon in 101 (``ScaleCheck A
  Single-Machine ...``), quotes that belong to the title in 111 (``"What makes my queries slow?": Subgroup
  Discovery for SQL Workload Analysis``), 77 without the question mark that 54 has.
- Some papers were presented twice and appear twice (Polyjuice 60 and 124, ADOC 40 and 79, Are We Ready For Learned
  Cardinality Estimation 54 and 77); every row is its own entry.  Venue typos (``SGIMOD`` 119, ``Sigmod`` 106) do not
  matter for the titles.
- Links are only the lab's own PDF/PPT copies (``./PDF/2023.09.13.pdf`` or github.com/DBHammer/... blob links), so
  no entry has an arXiv id or DOI.

Decisions:
- Entry = every body row whose title cell (the second cell) is non-empty and names a paper (103), one line each.
- Title = the title cell, stripped (the helper also collapses inner runs of spaces); 106 cut before ``crash
  recovery in aurora``.
"""
from _wild61 import entry, read_lines, write_truth

NAME = "DBHammer__PaperDiscussion__README@3f78e6f.md"
PART = "wild61_development"

NOT_PAPERS = {68, 102}
AURORA_NOTE = " crash recovery in aurora"


def cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 18 or not ln.startswith("|"):
            continue
        title = cells(ln)[1]
        if not title or n in NOT_PAPERS:
            continue
        if title.endswith(AURORA_NOTE):
            title = title[: -len(AURORA_NOTE)].strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 103, len(papers)
    assert min(by) == 18 and max(by) == 124, (min(by), max(by))
    for n in (16, 17, 68, 69, 71, 102):
        assert n not in by, n
    assert by[18]["title"].startswith("SQLBarber: A System Leveraging Large Language Models"), by[18]
    assert by[35]["title"] == "Many faces of ad hoc transactions", by[35]
    assert by[54]["title"] == "Are We Ready For Learned Cardinality Estimation?", by[54]
    assert by[77]["title"] == "Are We Ready For Learned Cardinality Estimation", by[77]
    assert by[73]["title"] == "Endure：A Robust Tuning Paradigm for LSM Tree Under Workload Uncertainty", by[73]
    assert by[79]["title"].startswith("ADOC:AutomaticallyHarmonizing Dataflow"), by[79]
    assert by[101]["title"].startswith("ScaleCheck A Single-Machine Approach"), by[101]
    assert by[106]["title"] == (
        "Amazon Aurora: On Avoiding Distributed Consensus for I/Os, Commits, and Membership Changes"
    ), by[106]
    assert by[111]["title"] == '"What makes my queries slow?": Subgroup Discovery for SQL Workload Analysis'
    assert by[122]["title"] == "Testing SQL Server’s Query Optimizer: Challenges, Techniques and Experiences"
    assert by[60]["title"] == by[124]["title"], (by[60], by[124])
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row (18-124) of the seminar table '| 时间 | 题目 | 会议 | 年份 | 链接 | 宣讲人 |' whose"
        " title cell names a paper is one entry (103), one line each; rows with an empty title (69, 71) and the two"
        " non-paper talk topics (68, a Chinese topic; 102 '2phase-locking introduction') are not.  Title = the"
        " second cell as written, except that 106's appended talk focus 'crash recovery in aurora' is cut off."
        "  Repeated papers are separate entries; no ids (links are the lab's own PDF/PPT copies).",
        checked="Read the whole table; compared the -v output with all 107 rows: the four non-entries, rows"
        " without venue or links (72-81, 84), the title with an appended note (106), odd titles (73, 79, 101, 111,"
        " 122), duplicates (40/79, 54/77, 60/124) and that no id is taken from the local links.",
    )


if __name__ == "__main__":
    main()
