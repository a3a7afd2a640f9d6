"""Wild54 truth for PoonehSN/CMPS232-Spring19 readings.md: the reading schedule of a graduate distributed-systems
seminar (UCSC CMPS/CSE 232, Peter Alvaro), a Jekyll page kept as one pipe table, newest commit (575c7a9, 2022-04-03;
the repository name says Spring19 but the history is the 2022 run of the course).  A sibling repository holding the
2018 run (Gawaa/CMPS232-Spring18) is in an earlier set; this file's rows, dates and cases differ.

Shape: 31 lines, 3.5 KB, nothing but the table.  Header ``|Date|Subject|<a href="Link">Reading</a>|Presented by|`` (1),
dash row (2), then one row per class meeting (3-31): ``|4/1|Seminal Theory|<a href="url">Title</a>||``.  The reading
cell holds one raw HTML anchor, never a Markdown link; the presenter cell is mostly empty (``Jayjeet Chakraborty`` 5,
``zhou`` 6, ``j`` 17).

Special cases:
- Rows that are not readings: ``possible sub`` placeholders with no anchor (13, 14), ``Lightning Talks!`` /
  `` Lightning Talks`` rows with the reading cell missing (18, 19), a ``Guest / sub / no class`` anchor with an empty
  ``href=""`` (16), and a last row ``6/3||<a href=""></a>||`` with no leading pipe and an empty anchor (31).
- Papers named only by a system nickname: ``Sinfonia`` (5 and again 22: two entries), ``MapReduce`` (23), ``Noria``
  (25), ``Amazon Aurora`` (26), ``Bloom^L`` (30).  The title is what the list writes, so these nicknames are the titles.
- ``Paxos made simple `` (7) has a trailing space inside the anchor (dropped by clean-up).
- Links: CiteSeerX ``viewdoc/summary?doi=10.1.1.41.7628`` (3; CiteSeerX's own id in a ``doi=`` query, not a DOI and
  not read as one), ACM ``citation.cfm?id=3183713.3196937`` (26, no DOI), IACR ePrint (29, not arXiv), the rest author
  or conference PDFs and pages: no arXiv ids.

Decisions:
- Entry = every table row whose reading cell holds an anchor with a non-empty href (23 rows: 3-12, 15, 17, 20-30);
  title = the anchor text as written.
- Not entries: header and dash rows, the placeholder / lightning-talk rows, the empty-href anchors 16 and 31.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "PoonehSN__CMPS232-Spring19__readings@575c7a9.md"
PART = "wild54_development"

ANCHOR = re.compile(r'<a href="(?P<url>[^"]*)">(?P<title>[^<]*)</a>')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == '|Date|Subject|<a href="Link">Reading</a>|Presented by|'
    assert lines[1].startswith("|---")
    papers = []
    skipped = []
    for n, ln in enumerate(lines[2:], 3):
        if not ln.strip():
            continue
        anchors = ANCHOR.findall(ln)
        assert len(anchors) <= 1, (n, ln)
        if not anchors or not anchors[0][0]:
            skipped.append(n)
            continue
        cells = ln.split("|")
        assert cells[0] == "" and re.fullmatch(r"\d+/\d+", cells[1]), (n, ln)
        papers.append(entry(lines, n, n, anchors[0][1]))
    assert skipped == [13, 14, 16, 18, 19, 31], skipped
    assert len(papers) == 23, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[3]["title"], t[3]["doi"]) == ("A Note on Distributed Computing", None), t[3]
    assert t[5]["title"] == t[22]["title"] == "Sinfonia"
    assert t[7]["title"] == "Paxos made simple", t[7]
    assert (t[26]["title"], t[26]["doi"]) == ("Amazon Aurora", None), t[26]
    assert (t[29]["title"], t[29]["arxiv"]) == ("The Honey Badger of BFT Protocols", None), t[29]
    assert t[30]["title"] == "Bloom^L", t[30]
    write_truth(
        NAME,
        PART,
        papers,
        "Every row of the single schedule table whose Reading cell holds an HTML anchor with a non-empty href is an"
        " entry (23); title = the anchor text as written, including bare system nicknames (Sinfonia twice, MapReduce,"
        " Noria, Amazon Aurora, Bloom^L); 'possible sub' and lightning-talk rows, the empty-href anchors 'Guest / sub /"
        " no class' (16) and the pipe-less last row 31, the header and dash rows are not entries.",
        "Read all 31 lines; compared -v with every row 3-31: the six skipped rows (13, 14, 16, 18, 19, 31), the repeat"
        " of Sinfonia (5, 22) as two entries, the trailing space of 'Paxos made simple ' dropped, nickname titles kept;"
        " ids: none at all; the CiteSeerX 'doi=10.1.1.41.7628' query of row 3 is not a DOI and gives none, no DOI from the ACM citation.cfm link (26), no arXiv anywhere (IACR ePrint 29 is not arXiv).",
    )


if __name__ == "__main__":
    main()
