"""Wild47 truth for moonflo/Awesome-DynRF paper_list.md: the survey part of the bibliography behind a small
"awesome" list on radiance fields for dynamic scenes (NeRF / Gaussian splatting surveys), newest commit of the file
(b4af781, 2025-05-16).  The repository's README only says it moved to MiliLab/Awesome-DynRF; this side file is
the list itself, half converted from bullets to tables.

Shape: 39 lines, 4.6 KB, no final newline.  ``# Paper_list`` (1), an anchor link ``[Survey](#survey)`` (2),
``## Survey`` (5), ``### perprint`` (7, sic), then three blocks:
- a four-column table ``| **Paper** | **Conference/Journal** |**Code** |**Type** |`` (8) with alignment row (9) and
  two rows (10-11): ``|[Title](url)   |arXiv2020   |   |Survey   |`` (padded, trailing spaces after the last pipe);
- 19 ``+`` bullets (14-32) and one more after two blank lines (35) written ``+ Title[[Venue Year](url)]``: the title is
  plain text and the link's text is the venue (``arXiv2022``, ``IEEE Transactions on ... 2024``, ``Computer Graphics
  Forum. 2024``); two bullets (20, 24) lost the outer brackets: ``+ Title[Venue](url)``;
- a second table with the same header (37-38) and one row (39) whose Code and Type cells are empty.

Special cases:
- The title runs straight into the bracket (``...a comprehensive review[[arXiv2022](...)]``), no space.
- Links are arXiv abs (ids), ADS abstracts (``2023arXiv230603000S`` is an ADS bibcode, not an arXiv id), IEEE Xplore /
  ScienceDirect with ``casa_token`` queries, Springer (``10.1007/s41095-024-0436-y`` DOI in the URL), Wiley
  ``doi/abs/10.1111/...`` (DOIs), MDPI, a personal PDF.
- 39 ``Neural fields in visual computing and beyond`` is not repeated elsewhere in this version (an older version
  listed it twice).

Decisions:
- Entry = each table data row (10, 11, 39) with title = the link text of the Paper cell, and each ``+`` bullet (14-32,
  35) with title = the text before the first ``[`` (23 entries).
- Not entries: headings, the anchor link (2), header and alignment rows.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "moonflo__Awesome-DynRF__paper_list@b4af781.md"
PART = "wild47_development"

ROW = re.compile(r"^\|\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)\s*\|")
BULLET = re.compile(r"^\+ (?P<title>[^\[]+)\[\[?(?P<venue>[^\]]+)\]\((?P<url>[^)]+)\)\]?\s*$")
HEAD = re.compile(r"^\| \*\*Paper\*\*")
ALIGN = re.compile(r"^\|(?:-+\|)+$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Paper_list"
    papers = []
    kinds = {"row": 0, "bullet": 0}
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln) or ALIGN.match(ln):
            continue
        if ln.startswith("|"):
            m = ROW.match(ln)
            assert m, (n, ln)
            papers.append(entry(lines, n, n, m.group("title")))
            kinds["row"] += 1
        elif ln.startswith("+"):
            m = BULLET.match(ln)
            assert m, (n, ln)
            papers.append(entry(lines, n, n, m.group("title")))
            kinds["bullet"] += 1
    assert kinds == {"row": 3, "bullet": 20}, kinds
    t = {p["line"]: p for p in papers}
    assert (t[10]["title"], t[10]["arxiv"]) == ("Differentiable rendering: A survey", "2006.12057"), t[10]
    assert (t[14]["title"], t[14]["arxiv"]) == ("Nerf: Neural radiance field in 3d vision, a comprehensive review",
                                                "2210.00379"), t[14]
    assert (t[15]["arxiv"], t[15]["doi"]) == (None, None), t[15]
    assert t[19]["doi"] == "10.1007/s41095-024-0436-y", t[19]
    assert t[20]["title"] == "3d gaussian splatting: Survey, technologies, challenges, and opportunities", t[20]
    assert (t[24]["title"], t[24]["arxiv"]) == ("Neural Radiance Field in Autonomous Driving: A Survey",
                                                "2404.13816"), t[24]
    assert t[32]["doi"] == "10.1111/cgf.14774", t[32]
    assert t[35]["title"] == "A Brief Review on Differentiable Rendering: Recent Advances and Challenges", t[35]
    assert (t[39]["title"], t[39]["doi"]) == ("Neural fields in visual computing and beyond", "10.1111/cgf.14505")
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each data row of the two 'Paper | Conference/Journal | Code | Type' tables (10, 11, 39; title = the Paper"
        " cell's link text) and each '+ Title[[Venue](url)]' bullet (14-32, 35; title = the plain text before the"
        " venue link, also for the two bullets 20/24 written with single brackets) is an entry (23); headings, the"
        " anchor link on line 2, headers and alignment rows are not.",
        "Read all 39 lines; compared -v for all 23 entries: titles glued to the venue bracket, single-bracket bullets"
        " 20/24, the lone bullet 35 after the blank lines, the one-row table 39; ids: arXiv abs links (10, 11, 14, 16,"
        " 17, 23, 24, 27, 28), none from the ADS bibcode links (15, 21), Springer DOI 19, Wiley DOIs 31/32/39, none"
        " from IEEE/ScienceDirect/MDPI/PDF links.",
    )


if __name__ == "__main__":
    main()
