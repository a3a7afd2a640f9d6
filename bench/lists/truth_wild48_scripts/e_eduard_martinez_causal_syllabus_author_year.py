"""Wild48 truth for eduard-martinez/eduard-martinez.github.io ``_teachings/causal-inference.md``: the Jekyll course
page of a graduate syllabus, "Causal Inference for Public Policy" (Universidad ICESI, 2026-01), newest commit
touching the file (4eb1a52, 2026-06-26).

Shape: 157 lines, 13 KB, YAML front matter (1-19), two HTML button links to the course repo (25-30), prose sections,
then ``## Schedule`` (47-107): per module a ``###`` heading and per week a bold ``**Week N — Topic.**`` line, a
topic paragraph, then italic-labelled lines ``*Readings:* ...``, ``*Anchor paper:* ...``, ``*R activity:* ...`` and
slide/replication links.  Almost no paper is linked and most are cited only as author-year:
- ``*Anchor paper:* Duflo, Hanna & Ryan (2012, AER) — *Incentives Work: Getting Teachers to Come to School*.``
  (60, 66, 72, 78, 92): the only works with a written title (italic after the em dash); 92 adds ``(NJ–PA)``.
- ``*Readings:*`` lines (53, 86, 98, 106) mix textbook chapters (``Cunningham (2021), ch. 1 & 4``, ``Angrist &
  Pischke (2009), ch. 5``) with papers (``Borusyak, Jaravel & Spiess (2024)``, ``Imbens & Wooldridge (2009)``).
- In-text citations inside the week paragraphs: ``(Imbens & Angrist, 1994)`` 65, ``(Hahn, Todd & Van der Klaauw,
  2001)`` and ``(Calonico, Cattaneo & Titiunik, 2014)`` 71, ``(introduction to Goodman-Bacon, 2021)`` 91, a
  four-paper ``(Goodman-Bacon, 2021; de Chaisemartin & D'Haultfœuille, 2020; Sun & Abraham, 2021; Callaway &
  Sant'Anna, 2021)`` 97, ``(Rosenbaum & Rubin, 1983)`` 105.
- ``## Reading library`` (137-145): five bullets, one per method folder, each ``— N papers (A & B 1991; C et al.
  2019; …)`` naming a few of the folder's papers by author-year; 142 names one study only as ``PROGRESA`` and 143
  adds nicknames (``Angrist 1990 draft lottery``, ``Kling, Liebman & Katz 2007 MTO``).
- ``## Core bibliography`` (147-153): five textbooks (books, not entries).

Decisions:
- Entry = every author-year (or nickname) mention of a research paper: anchor papers (5), the paper items of the
  Readings lines (3), the in-text citations of the week paragraphs (9, Goodman-Bacon 2021 twice: 91 and 97), the
  names inside the five Reading-library parentheses (25, PROGRESA included as a nickname mention).  Total 42.
- Title = the italic title of an anchor paper (``(NJ–PA)`` after it dropped); None for every other entry (the file
  writes only authors and year; nicknames such as ``MTO`` / ``draft lottery`` / ``PROGRESA`` are not titles).
- Not entries: the textbooks (Readings chapters, core bibliography), the course's own slides/code/problem-set links,
  the bandwidth-selector acronyms ``CCT, IK`` 71, the ``…`` placeholders, R packages.
- An entry's lines are its own line (one line per week item or library bullet); several entries share a line.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "eduard-martinez__eduard-martinez.github.io___teachings__causal-inference@4eb1a52.md"
PART = "wild48_development"

ANCHOR = re.compile(r"^\*Anchor paper:\* (?P<who>[^()]+) \((?P<year>\d{4}), [A-Za-z]+\) — \*(?P<title>[^*]+)\*(?: \(.*\))?\.$")
READINGS = re.compile(r"^\*Readings:\* (?P<items>.+)\.$")
BOOK = re.compile(r"^(?:Cunningham \(2021\)|Angrist & Pischke \(2009\)), ch\. ")
PAPER_AY = re.compile(r"^[A-Z][^()]+ \(\d{4}\)$")
INTEXT = re.compile(r"\((?:introduction to )?(?P<cites>[^()]*?\b(?:19|20)\d{2})\)")
CITE = re.compile(r"^[A-Za-z][\w'œ -]*(?:(?:, | & )[A-Za-z][\w'œ -]*)*, (?:19|20)\d{2}$")
LIBRARY = re.compile(r"^- \[\*\*(?P<method>[^*]+)\*\*\]\([^)]+\) — (?P<n>\d+) papers \((?P<items>.+); …\)\.$")
LIB_ITEM = re.compile(r"^(?:[A-Z][\w'é-]+(?: et al\.|(?:, [A-Z][\w'é-]+)*(?: & [A-Z][\w'é-]+)?)? \d{4}(?: [\w ]+)?|PROGRESA)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == "title: Causal Inference for Public Policy"
    papers = []
    counts = {"anchor": 0, "readings": 0, "intext": 0, "library": 0}
    section = ""
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:]
            continue
        if section == "Schedule":
            m = ANCHOR.match(ln)
            if m:
                papers.append(entry(lines, n, n, m.group("title")))
                counts["anchor"] += 1
                continue
            m = READINGS.match(ln)
            if m:
                for item in m.group("items").split("; "):
                    if BOOK.match(item):
                        continue
                    assert PAPER_AY.match(item), (n, item)
                    papers.append(entry(lines, n, n, None))
                    counts["readings"] += 1
                continue
            for m in INTEXT.finditer(ln):
                for cite in m.group("cites").split("; "):
                    assert CITE.match(cite), (n, cite)
                    papers.append(entry(lines, n, n, None))
                    counts["intext"] += 1
        elif section == "Reading library" and ln.startswith("- "):
            m = LIBRARY.match(ln)
            assert m, (n, ln)
            for item in m.group("items").split("; "):
                assert LIB_ITEM.match(item), (n, item)
                papers.append(entry(lines, n, n, None))
                counts["library"] += 1
    assert counts == {"anchor": 5, "readings": 3, "intext": 9, "library": 25}, counts
    assert len(papers) == 42, len(papers)
    by_line: dict[int, list] = {}
    for p in papers:
        by_line.setdefault(p["line"], []).append(p)
    assert [p["title"] for p in by_line[60]] == ["Incentives Work: Getting Teachers to Come to School"]
    assert [p["title"] for p in by_line[92]] == ["Minimum Wages and Employment"]
    assert [p["title"] for p in by_line[72]] == [
        "Randomized Experiments from Non-random Selection in U.S. House Elections"]
    assert len(by_line[97]) == 4 and len(by_line[71]) == 2 and len(by_line[98]) == 2, by_line
    assert [len(by_line[k]) for k in range(141, 146)] == [6, 6, 4, 4, 5]
    assert 53 not in by_line and 86 not in by_line and len(by_line[106]) == 1
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries = every mention of a research paper in the syllabus: the five '*Anchor paper:*' lines (title = the"
        " italic title after the em dash, '(NJ–PA)' dropped), the paper items of the '*Readings:*' lines (textbook"
        " chapters of Cunningham 2021 / Angrist & Pischke 2009 skipped; 98 x2, 106 x1), the author-year in-text"
        " citations in the week paragraphs (65, 71 x2, 91, 97 x4, 105; Goodman-Bacon 2021 counted at 91 and 97), and"
        " the author-year names inside the five Reading-library bullets (141-145: 6+6+4+4+5, 'PROGRESA' counted as a"
        " nickname mention); 42 entries, title None for all but the anchors.  Textbooks (core bibliography),"
        " course links, acronyms 'CCT, IK' and the '…' placeholders are not entries.",
        "Read all 157 lines; compared -v with every schedule line (51-107) and library bullet (141-145): the 5 anchor"
        " titles, books skipped on 53/86/106, in-text citation counts per line, library item counts equal to the"
        " names written (not the folder sizes 12/9/8/6/7); no arXiv/DOI ids anywhere (only repo/slide links).",
    )


if __name__ == "__main__":
    main()
