"""Wild48 truth for mwhittaker/papers conferences/tapp.md: Michael Whittaker's (then a Berkeley PhD student) skim log
of the USENIX TaPP (Theory and Practice of Provenance) workshop programmes 2013-2017, newest commit touching the file
(7a27058, 2017-06-29).  The repository is his personal "compendium of notes on papers I've read"; this file records
which workshop papers he read for a provenance project and what he thought of them.

Shape: 149 lines, 14 KB.  ``# [USENIX Workshop on the Theory and Practice of Provenance (TaPP)](url)`` (1), then one
``## [TaPP 20xx](url)`` heading per year (3 2017, 34 2016, 62 2015, 105 2014, 134 2013).  Under each, session bullets
``- **Algorithms and Methods**`` (not papers) and, indented four spaces, one bullet per paper: papers he skipped are
struck through ``~~[Title](pdf)~~``; papers he read are bold ``[**Title**](pdf)`` followed by 1-7 continuation lines of
his notes indented six spaces (``Argues that ...``, ``TODO(mwhittaker): Read this paper after ...``, ``Not relevant,
but seems cool.``).  TaPP 2013 (136-149) lists bold titles without notes.

Special cases:
- 79 ``~~[**Provenance Tipping Point**](...)~~`` is both bold and struck through.
- 132 ends with a single ``~`` (the closing strike-through is cut: ``...pdf)~``).
- Notes cite other works by name or citation key (``Cites "Putting Lipstick on Pig: ..."`` 112, ``Cites PASS, Hi-Fi,
  SPADE, OPUS, LPM`` 10, ``citations [LAB+06, WHF+13, FKCS14]`` 70, ``Pegasus [1], Swift/T [2]`` 91): inside a paper's
  notes, not list items of their own -> not entries.
- Titles keep the ``ﬁ`` ligature of 138 and 146 (``Scientiﬁc``, ``Workﬂow``) and the typo-free programme wording.

Decisions:
- Entry = every four-space-indented paper bullet (62), struck or not; lines = the bullet and its six-space note lines.
- Title = the link text without ``**`` and ``~~``.  No arXiv/DOI: all links are USENIX PDFs.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "mwhittaker__papers__conferences__tapp@7a27058.md"
PART = "wild48_development"

ITEM = re.compile(r"^    - (?P<strike>~~)?\[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)(?P<close>~{0,2})$")
NOTE = re.compile(r"^      \S")
YEAR = re.compile(r"^## \[TaPP (?P<year>20\d\d)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# [USENIX Workshop on the Theory and Practice of Provenance (TaPP)]")
    papers = []
    years: dict[str, int] = {}
    year = ""
    struck = 0
    for n, ln in enumerate(lines, 1):
        y = YEAR.match(ln)
        if y:
            year = y.group("year")
            years[year] = 0
            continue
        if not ln.startswith("    - "):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        end = n
        while end < len(lines) and NOTE.match(lines[end]):
            end += 1
        if m.group("strike"):
            struck += 1
            assert m.group("close") == "~~" or n == 132, (n, ln)
        papers.append(entry(lines, n, end, m.group("text")))
        years[year] += 1
    assert years == {"2017": 11, "2016": 11, "2015": 14, "2014": 14, "2013": 12}, years
    assert struck == 31, struck
    t = {p["line"]: p for p in papers}
    assert (t[7]["title"], t[7]["end"]) == ("Expressiveness Benchmarking for System-Level Provenance", 10), t[7]
    assert t[6]["title"] == "Integrating Approximate Summarization with Provenance Capture" and t[6]["end"] == 6
    assert (t[64]["end"], t[79]["title"]) == (71, "Provenance Tipping Point"), (t[64], t[79])
    assert t[132]["title"].startswith("Report From the CoalFace"), t[132]
    assert t[138]["title"] == "Supporting Undo and Redo in Scientiﬁc Data Analysis", t[138]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 62, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entry = every four-space-indented paper bullet under the TaPP year headings (2017 11, 2016 11, 2015 14, 2014"
        " 14, 2013 12 = 62), struck-through (skipped, 31) or bold (read); lines = the bullet plus its six-space note"
        " lines; title = the link text without ** and ~~; session bullets and works cited inside the notes are not"
        " entries.",
        "Read all 149 lines; compared -v for all 62 entries: struck vs bold items, the bold-and-struck 79, the cut"
        " strike-through 132, note spans (7-10, 12-15, 64-71, 83-87, 111-114 ...), the ligatures of 138/146, no entry"
        " made for the session bullets or for names cited in notes (10, 70, 91, 112); no arXiv/DOI (USENIX PDF links).",
    )


if __name__ == "__main__":
    main()
