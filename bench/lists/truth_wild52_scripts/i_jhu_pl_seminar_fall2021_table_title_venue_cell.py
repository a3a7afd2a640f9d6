"""Wild52 truth for JHU-PL-Lab/www-pl-lab seminars/fall-2021.md: the Johns Hopkins PL lab's seminar page for "Fall
2021" (its rows are dated 2021-02-05 .. 2021-08-20), newest commit of the file (230a449, 2022-01-24, "Add seminars for
fall 2021").  Papers from POPL'21, OOPSLA/SPLASH 2020, PLDI 2021, JFP and HOPL IV.

Shape: 46 lines, 7.4 KB, no final newline.  Jekyll front matter (1-4), setext headings ``Meeting time`` /
``Classroom`` / ``Contact`` / ``Discussion Schedule`` with a line of text each (6-22), then one padded pipe table
(24-46): ``| Date | Paper | Presenter |``, an alignment row (25) and 21 data rows (26-46), newest first.  The Paper
cell is ``Title, VENUE YEAR ([web](conference page), [paper](pdf or ACM DOI pdf))``: the title is not linked, the
venue follows the last comma before the link group, and the links are in a parenthesised, comma-separated group
(``[paper]`` only, ``[web]`` only 44-45, or ``[paper]`` + ``[video]`` for the HOPL rows 26-28).  Every Presenter cell
is ``Scott Smith``.

Special cases:
- 26 starts with a copy of its date and a label: ``2021-08-20 topic: Thriving in a crowded and changing world: C++
  2006-2020, HOPL IV (...)``: the ``2021-08-20 topic: `` prefix is not title text.
- Titles with commas or question marks, split at the venue's comma only: ``Can Advanced Type Systems Be Usable? An
  Empirical Study of Ownership, Assets, and Typestate in Obsidian`` (46).
- Venue spellings vary: ``POPL 2021`` / ``POPL'21``, ``SPLASH 2020`` / ``OOPSLA 2020``, ``HOPL IV``, ``JFP 2011``.
- Title case as written: ``Formulog: Datalog for SMT-based static analysis`` (43, the paper's own title has capitals).
- ``egg: Fast and Extensible Equality Saturation`` (31) keeps its lower-case nickname prefix.

Decisions:
- Entry = every data row (21), one line each; title = the Paper cell with the link group, the trailing ``, VENUE``
  and (26) the ``date topic:`` prefix removed.
- Ids: DOIs from ``doi.org`` (26) and ``dl.acm.org/doi/pdf/10.1145/...`` links (31-40, 43); none
  from conference pages, researchr pages, Microsoft, MPI-SWS or personal pdfs; no arXiv ids.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "JHU-PL-Lab__www-pl-lab__seminars__fall-2021@230a449.md"
PART = "wild52_development"

HEAD = re.compile(r"^\| Date +\| Paper +\| Presenter +\|$")
ALIGN = re.compile(r"^\| -+ \| -+ \| -+ \|$")
ROW = re.compile(r"^\| (?P<date>\d{4}-\d{2}-\d{2}) \| (?P<paper>.+?) +\| (?P<who>[A-Z][a-z]+ [A-Z][a-z]+) +\|$")
LINKS = re.compile(r" \((?:\[(?:web|paper|video)\]\([^)]+\)(?:, )?)+\)$")
VENUE = re.compile(r", (?:HOPL IV|PLDI 2021|JFP 2011|POPL 2021|POPL'21|SPLASH 2020|OOPSLA 2020)$")
PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2} topic: ")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[:4] == ["---", 'title: "Seminar Fall 2021"', 'permalink: "/seminars/fall-2021/"', "---"]
    assert HEAD.match(lines[23]) and ALIGN.match(lines[24]), (lines[23], lines[24])
    papers = []
    for n, ln in enumerate(lines, 1):
        if n <= 25:
            assert not ln.startswith("| 20"), (n, ln)
            continue
        m = ROW.match(ln)
        assert m, (n, ln)
        cell = m.group("paper").rstrip()
        lk = LINKS.search(cell)
        assert lk, (n, cell)
        cell = cell[: lk.start()]
        v = VENUE.search(cell)
        assert v, (n, cell)
        title = PREFIX.sub("", cell[: v.start()])
        assert "](" not in title and "topic" not in title, (n, title)
        papers.append(entry(lines, n, n, title))
    t = {p["line"]: p for p in papers}
    assert (t[26]["title"], t[26]["doi"]) == (
        "Thriving in a crowded and changing world: C++ 2006-2020", "10.1145/3386320"), t[26]
    assert (t[27]["title"], t[27]["doi"]) == ("JavaScript: The First 20 Years", None), t[27]
    assert t[30]["title"] == "OutsideIn(X): Modular type inference with local assumptions", t[30]
    assert (t[31]["title"], t[31]["doi"]) == ("egg: Fast and Extensible Equality Saturation", "10.1145/3434304"), t[31]
    assert (t[41]["title"], t[41]["doi"]) == ("Transfinite Step-Indexing for Termination", None), t[41]
    assert t[46]["title"] == (
        "Can Advanced Type Systems Be Usable? An Empirical Study of Ownership, Assets, and Typestate in Obsidian")
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 21, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the seminar schedule table (26-46) is an entry (21), one line each; title = the Paper cell"
        " minus its '([web](...), [paper](...), [video](...))' link group and the trailing ', VENUE YEAR' (POPL 2021,"
        " POPL'21, SPLASH 2020, OOPSLA 2020, PLDI 2021, JFP 2011, HOPL IV), and in row 26 minus the '2021-08-20 topic:'"
        " prefix; titles keep their own commas and question marks; front matter, setext headings, header and"
        " alignment rows are not entries.",
        "Read all 46 lines; compared -v for all 21 rows: the date/topic prefix of 26, titles with inner punctuation"
        " (30 'OutsideIn(X):', 46 question mark and commas), lower-case 'egg:' 31, rows with only [web] links (44, 45);"
        " DOIs from doi.org (26) and dl.acm.org/doi/pdf links, none from researchr/conference pages or personal pdfs"
        " (27-30, 41, 42, 44, 45), no arXiv ids; no final newline after 46.",
    )


if __name__ == "__main__":
    main()
