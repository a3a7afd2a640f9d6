"""Wild54 truth for dmar-bonn/aipp-survey README.md: the GitHub-Pages (Jekyll/kramdown) website of the survey
"Robotic Learning for (Adaptive) Informative Path Planning" (Popović, Ott, Rückin, Kochenderfer; arXiv 2404.06940),
a survey companion repository; newest commit (0db0925, "correct British to American English").

Shape: 94 lines, 16 KB.  Prose introduction (1-6, the survey named in running text, line 4 its arXiv PDF link with
a kramdown ``{:target="_blank" rel="noopener"}`` attribute list), ``## Abstract`` prose (8-20), a "feel free to cite
it" sentence (22) and a fenced ``commandline`` block (23-30) holding the survey's own BibTeX record
``@article{popovic2024robotic, title={{Robotic Learning for Adaptive Informative Path Planning}}, ...}`` (24-29),
``# Survey Overview`` / ``# Taxonomy of AIPP Applications`` with figures and prose (32-48), then
``## Open-Source Code`` (50) and the one pipe table (52-89): header ``| **Title** | **Authors** | **Venue, Year** |
**Code, Latest Commit** |`` (52), dash row (53) and 36 data rows (54-89) padded with spaces.  The Title cell is
plain text (no link, no markup); Authors is ``Cao et al.``; Venue, Year is ``CoRL, 2022``; the Code cell is
``[GitHub](https://github.com/...){:target="_blank" rel="noopener"}, Nov 09, 2022`` (one ``[Bitbucket]`` link, 83).
``## Funding`` closes the file (91-94).

Special cases:
- No row carries a paper link, so no ids come from the table (only code-repository links).
- The survey's own BibTeX record (24-29) is a reference of a research work and is counted as an entry; its title is
  the ``title={{...}}`` field without the protecting braces; the arXiv id comes from ``journal={arXiv preprint
  arXiv:2404.06940}``.  The survey's mention in the opening prose (1) and the arXiv "here" link (4) are running
  text, not list entries.
- Titles are kept as written (``semantic mapping`` lower case 59, ``Fast- and Compute-efficient`` 60, the
  question mark of 88).

Decisions:
- Entry = each data row of the table (36, one line each), title = the Title cell stripped of its padding; plus
  the BibTeX record (1).  Not entries: header/dash rows, figures, prose, the funding note.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "dmar-bonn__aipp-survey__README@0db0925.md"
PART = "wild54_development"

HEAD = re.compile(r"^\| \*\*Title\*\* +\| \*\*Authors\*\* +\| \*\*Venue, Year\*\* +\| \*\*Code, Latest Commit\*\* +\|$")
DASH = re.compile(r"^\|(?:-+\|)+$")
ROW = re.compile(r"^\| (?P<title>[^|]+?) +\| (?P<authors>[^|]+?) +\| (?P<venue>[^|]+?, \d{4}) +\| (?P<code>.+?) +\|$")
BIB_TITLE = re.compile(r"^\s+title=\{\{(?P<t>[^{}]+)\}\},$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith('This is the website for the survey paper "Robotic Learning'), lines[0]
    papers = []
    # the survey's own BibTeX record
    start = next(n for n, ln in enumerate(lines, 1) if ln.startswith("@article{popovic2024robotic,"))
    end = next(n for n in range(start, len(lines) + 1) if lines[n - 1] == "}")
    bt = [BIB_TITLE.match(lines[n - 1]) for n in range(start, end + 1)]
    bt = [m.group("t") for m in bt if m]
    assert len(bt) == 1, bt
    papers.append(entry(lines, start, end, bt[0]))
    inside = False
    rows = 0
    for n, ln in enumerate(lines, 1):
        if HEAD.match(ln):
            inside = True
            continue
        if not ln.startswith("|"):
            inside = False
            continue
        if DASH.match(ln):
            continue
        assert inside, (n, ln)
        m = ROW.match(ln)
        assert m, (n, ln)
        assert "{:target=" in m.group("code"), (n, ln)
        title = m.group("title").strip()
        assert not re.search(r"[\[\]<>*`]", title), (n, title)
        papers.append(entry(lines, n, n, title))
        rows += 1
    assert rows == 36, rows
    t = {p["line"]: p for p in papers}
    assert (start, end) == (24, 29), (start, end)
    assert (t[24]["title"], t[24]["arxiv"]) == ("Robotic Learning for Adaptive Informative Path Planning",
                                                "2404.06940"), t[24]
    assert t[54]["title"] == "CAtNIPP: Context-Aware Attention-based Network for Informative Path Planning", t[54]
    assert t[65]["title"] == ("Embedded Stochastic Field Exploration with Micro Diving Agents using Bayesian"
                              " Optimization guided tree-search and GMRFs"), t[65]
    assert t[83]["title"] == "Data-Driven Planning via Imitation Learning", t[83]
    assert t[88]["title"] == "How Many Views Are Needed to Reconstruct an Unknown Object Using NeRF?", t[88]
    assert t[89]["title"] == "An information gain formulation for active volumetric 3D reconstruction", t[89]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers if p["line"] >= 54)
    assert len(papers) == 37, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the 'Open-Source Code' pipe table (54-89, 36 rows) is an entry, title = the plain Title"
        " cell without its padding (authors, venue/year and the kramdown-attributed code link are other cells); plus"
        " the survey's own BibTeX record in the fenced block (24-29), title = the title field without its double"
        " braces, arXiv id from the journal field; the prose mention of the survey (1, 4) is running text, not an"
        " entry.",
        "Read all 94 lines; compared -v with every table row 54-89 (titles unchanged apart from padding: lower-case"
        " 'semantic mapping' 59, 'Fast- and' 60, '?' 88, Bitbucket code link 83) and the BibTeX record 24-29"
        " (arXiv 2404.06940); no ids from the table since it links only code repositories.",
    )


if __name__ == "__main__":
    main()
