"""Wild21 truth for gotutiyan/GEC-Info README: a grammatical-error-correction resource page made of
about fifty Markdown tables, one per (sub)section.

Shape: most tables are '|Keywords / Overview|Year|Paper|Note|' (or '|Name|Year|Paper|Note|'); the
first cell is a nickname, a dataset name, a one-phrase summary or empty, the Paper cell holds the
linked title '[Title](url)', the Note cell code/data/website links and remarks.  Variants:
  * 'Surveys' ('|Title|Year|Page|Note|'): the title sits quoted in the first cell, the Page cell is
    only '[[paper]](url)'.
  * 'Shared Tasks': the Paper cell is only '[[paper]](url)' and the first cell names the task
    ('HOO 2011', 'CoNLL-2014'): an entry (the task's overview paper) with a null title.
  * two papers in one Paper cell (GLEU, ERRANT: '[A](u)<br>[B](v)') are two entries on one line;
    their ids come from each paper's own link.  The EFCamDat row's second link ('The EF Cambridge
    Open Language Database (efcamdat) Information for Users', a PDF user guide of the corpus) is not
    a scholarly work and is not counted.
  * rows without a closing pipe (line 204), a stray ']' after the link (line 409), a header row
    without its leading pipe (Ukrainian, line 672) change nothing.
Not entries: the tables 'Projects' (a GitHub repository), 'Other Tools' (scripts), 'Other
materials' (a website, a COLING tutorial, another GitHub list), the overview bullets, a paper
named inside a Note cell ('[[kiyono+ 2019]]', line 346: a remark, not the row's paper).
Dataset, metric, library and application rows count: each names the paper in its Paper column.
Repeated papers (PIE, Seq2Edits ... in two sections) are separate entries.

Title: the Paper cell's link text (the quoted first cell in 'Surveys'); null for '[[paper]]'.
Counts: 359 table rows in the paper tables: a grep gives 459 lines starting with "|", minus 46 header and
47 separator rows and the 7 rows of the three excluded tables; two rows give two papers; total 361.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "gotutiyan__GEC-Info__README@b301eab.md"
SKIP_SECTIONS = {"# Projects", "# Other Tools", "# Other materials"}
LINK = re.compile(r"\[(\[?[^\]]*\]?)\]\(([^)\s]+)\)")
NOT_PAPER = "The EF Cambridge Open Language Database (efcamdat) Information for Users"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    paper_col = None
    rows = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("#"):
            section = text.strip()
            paper_col = None
            continue
        if "|" not in text or i < 67:
            continue
        row = text.strip()
        row = row.removeprefix("|")
        cells = [c.strip() for c in row.split("|")]
        if re.fullmatch(r"[:\- |]+", text.strip()):
            continue  # separator
        if cells and cells[0] in ("Title", "Name", "Keywords / Overview"):
            paper_col = next((k for k, c in enumerate(cells) if c in ("Paper", "Page")), None)
            continue
        if section in SKIP_SECTIONS or paper_col is None:
            continue
        cell = cells[paper_col]
        links = [(t, u) for t, u in LINK.findall(cell) if t != NOT_PAPER]
        assert links, (i, text)
        rows += 1
        if section == "# Surveys":
            m = re.match(r'"(.+)"$', cells[0])
            assert m and links[0][0] == "[paper]"
            papers.append(entry(lines, i, i, m.group(1)))
            continue
        for t, u in links:
            title = None if t == "[paper]" else t
            assert title is None or not title.startswith("["), (i, t)
            p = entry(lines, i, i, title)
            if len(links) > 1:
                p["arxiv"], p["doi"] = arxiv_of(u), doi_of(u)
            papers.append(p)
    assert rows == 359, rows
    assert len(papers) == 361, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 5  # the shared-task rows
    write_truth(
        NAME, "wild21_development", papers,
        "every row of the paper tables (all sections but Projects, Other Tools and Other materials) is an entry"
        " per paper linked in its Paper column (two on the GLEU and ERRANT rows; the EFCamDat user guide link"
        " dropped), title = that link's text, the quoted first cell in Surveys, null for a bare [[paper]] link"
        " (Shared Tasks)",
        "every section's first and last rows against the output, the two-paper rows and their ids, the five"
        " shared-task rows, the surveys, the rows without closing pipe or with a stray ']', the Ukrainian table"
        " without leading pipe, the three excluded tables read in full; row count against a grep of '|' lines"
        " minus header/separator lines",
    )


if __name__ == "__main__":
    main()
