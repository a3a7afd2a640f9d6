"""Wild47 truth for SoftWiser-group/NeuralPA README.md: a research group's "Neural Program Analysis" framework
repository whose README keeps its paper lists in pipe tables (automatic program repair, type inference, AI in compiler
optimization), newest commit (cc1073e, 2023-10-24).

Shape: 132 lines, 18 KB, only headings and pipe tables.  ``# Neural Program Analysis`` (1), a one-line blurb (3), a
three-bullet table of contents (6-8, anchors, not entries), then:
- ``# Automatic Program Repair`` (10): ``| Year | Venue | Paper | Code |`` table (11-12 header/alignment), 13 data rows
  (13-25) whose Paper cell is a bare title (no link anywhere) and whose Code cell is empty.
- ``## Datasets`` (27): a nine-column table of 53 bug datasets (``| ID | Name | Language | #Bugs | ... | Links |``,
  30-82), with Github/Zenodo/Drive links: datasets, not entries.
- ``# Type Inference`` (86): ``| Year | Venue | Paper | Data Format | Code |`` table, 10 rows (89-98), not in year
  order; several rows end in trailing spaces after the last pipe.
- ``## Dataset`` (101): a prose paragraph linking Typilus/Type4Py code and a one-row table for the ManyTypes4Py
  dataset (107): not entries.
- ``# Artificial-Intelligence-in-Compiler-Optimization`` (111): ``| Year | Venue | Paper | Code |`` table, 18 rows
  (115-132), three with an empty Venue cell (116, 126, 128), four with a ``[code](github)`` link.

Special cases:
- 117 and 118 are the same paper (``Learning Compiler Pass Orders using Coreset and Normalized Value Prediction``,
  ``ICML 2023`` / ``ICML2023``), the second with a code link: two entries.
- 121 ends its title with a full stop (``... programming framework.``): the separator dot is not title text.
- 124 ``Work-in-Progress: MLGOPerf: An ML Guided Inliner to Optimize Performance`` is kept as written.
- Title case is as written (``LAMBDANET: ...`` 90, ``Compilergym: ...`` 123, ``DeepDelta: learning ...`` 24).
- No arXiv or DOI anywhere in the paper rows (the only links are code repositories).

Decisions:
- Entry = every data row of the three paper tables (their header has a ``Paper`` column); title = the Paper cell.
- Not entries: the dataset tables (``ID | Name | ...`` and ``Name | Language | Argument Type ...``), the table of
  contents, the prose paragraph.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "SoftWiser-group__NeuralPA__README@cc1073e.md"
PART = "wild47_development"

PAPER_HEAD = re.compile(r"^\| Year \| Venue +\| Paper +\|(?: Data Format +\|)? Code +\|$")
OTHER_HEAD = re.compile(r"^\| +(?:ID|Name) ")
ALIGN = re.compile(r"^\|(?: *-+ *\|)+\s*$")
ROW = re.compile(r"^\| (?P<year>\d{4}) \| (?P<venue>[^|]*?) *\| (?P<title>[^|]+?) *\|(?P<rest>.*)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Neural Program Analysis"
    papers = []
    tables: list[int] = []
    inside = None
    for n, ln in enumerate(lines, 1):
        if PAPER_HEAD.match(ln):
            inside = True
            tables.append(0)
            continue
        if OTHER_HEAD.match(ln):
            inside = False
            continue
        if not ln.startswith("|"):
            inside = None
            continue
        if ALIGN.match(ln):
            continue
        assert inside is not None, (n, ln)
        if not inside:
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        title = m.group("title")
        assert not re.search(r"[\[\]<>*`]", title), (n, title)
        papers.append(entry(lines, n, n, title))
        tables[-1] += 1
    assert tables == [13, 10, 18], tables
    t = {p["line"]: p for p in papers}
    assert t[13]["title"] == (
        "Copiloting the Copilots: Fusing Large Language Models with Completion Engines for Automated Program Repair")
    assert t[24]["title"] == "DeepDelta: learning to repair compilation errors", t[24]
    assert t[90]["title"] == "LAMBDANET: Probabilistic Type Inference Using Graph Neural Networks", t[90]
    assert t[117]["title"] == t[118]["title"] == (
        "Learning Compiler Pass Orders using Coreset and Normalized Value Prediction")
    assert t[121]["title"] == (
        "Optimizing LLVM pass sequences with Shackleton: A linear genetic programming framework"), t[121]
    assert t[124]["title"] == "Work-in-Progress: MLGOPerf: An ML Guided Inliner to Optimize Performance", t[124]
    assert t[132]["title"] == "Neurovectorizer: end-to-end vectorization with deep reinforcement learning", t[132]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 41, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the three paper tables (header with a 'Paper' column: program repair 13-25, type inference"
        " 89-98, compiler optimization 115-132) is an entry (41), title = the Paper cell as written (a final"
        " separator dot dropped); the duplicate row 117/118 gives two entries; the bug-dataset table (30-82), the"
        " ManyTypes4Py table (107), the table of contents and prose are not entries.",
        "Read all 132 lines; compared -v against every paper row (13-25, 89-98, 115-132): empty Venue cells (116,"
        " 126, 128), trailing spaces after the last pipe (90-96), code-link rows (118, 123, 126, 131), the duplicate"
        " 117/118, the dot after 121, 'Work-in-Progress: MLGOPerf:' 124 kept; checked the 53-row dataset table and"
        " the ManyTypes4Py row are skipped; no arXiv/DOI ids in the file's paper rows.",
    )


if __name__ == "__main__":
    main()
