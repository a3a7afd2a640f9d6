"""Wild58 truth for Harbour-N/CMMB_Journal_club README.md at 5c05818 (2025-03-17): the README of the CMMB / cancer
modelling journal club (reading group) at the University of Nottingham, listing the papers the group has read, the
next paper and paper suggestions.  The newest README (08f1c28, 2025-03-21) replaced the list by a link to the GitHub
wiki, so the newest commit where the Markdown list exists, 5c05818, is taken.

Shape: 34 lines, 3 KB.  Title (1), one-line description (2), then three sections, each written in a different way:
- "## Papers we have looked at" (4): five sessions, each ``DD/MM/YY [Title](url)`` (6, 9, 12, 14, 17), four of them
  followed on the next line by ``Link to repo folder: [Wang2024](...)`` (7, 10, 15, 18); 12 has no folder line.
- "## Upcoming" (20): one session written over four lines: ``20/03/25 <title>`` in plain text (22), the authors (23),
  ``July 16, 2020 *PNAS* 117 (31) 18869-18879`` (24) and a bracketed DOI link (25).
- "## Paper suggestions" (28): three full citations, one paragraph (line) each (30, 32, 34):
  ``Authors. Title. *Journal* vol, pages (year). [https://doi.org/...](https://doi.org/...)``; 34 has no year.

Special cases:
- Dates are written DD/MM/YY and look inconsistent (21/11/25 ... 16/01/25): kept as written, not part of titles.
- 6, 14, 17 end with a trailing space after the link: titles are the link text only.
- 34's authors are written without periods (``P Jonnalagedda, B Weinberg, ...``); the title starts after the first
  ``. `` that ends the author list.
- The repo-folder names (``Wang2024``, ``Lan2017``, ...) are folder links, not papers.

Decisions:
- Entry = each of the nine papers: the five read sessions (span = the title line plus its folder line when there is
  one), the upcoming session (22-25) and the three suggestions (one line each).  Nine entries.
- Title = the link text (6-17), the text after the date on 22, and the sentence after the author list on 30, 32, 34
  (without the trailing period).
- DOIs come from the doi.org links (14, 25, 30, 32, 34) and from publisher URLs that carry a DOI (9 biomedcentral,
  12 springer); 6 (nature.com/articles/s41746-...) and 17 (aacrjournals.org) carry none.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "Harbour-N__CMMB_Journal_club__README@5c05818.md"
PART = "wild58_development"

READ = re.compile(r"^\d\d/\d\d/\d\d \[([^\]]+)\]\(")
UPCOMING = re.compile(r"^\d\d/\d\d/\d\d ([^\[].*?)\s*$")
SUGGESTION = re.compile(r"^(?P<authors>.+? et al\.|[A-Z] [A-Z][^.]*?B Bhanu\.) (?P<title>[^*]+?)\. \*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:].strip()
            continue
        if section == "Papers we have looked at":
            m = READ.match(ln)
            if m:
                last = n + 1 if n < len(lines) and lines[n].startswith("Link to repo folder") else n
                papers.append(entry(lines, n, last, m.group(1).strip()))
        elif section == "Upcoming":
            m = UPCOMING.match(ln)
            if m:
                papers.append(entry(lines, n, n + 3, m.group(1)))
        elif section == "Paper suggestions":
            m = SUGGESTION.match(ln)
            if m:
                papers.append(entry(lines, n, n, m.group("title")))
            else:
                assert not ln.strip(), (n, ln)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 9, len(papers)
    assert sorted(by) == [6, 9, 12, 14, 17, 22, 30, 32, 34], sorted(by)
    assert by[6]["title"] == (
        "Biologically informed deep neural networks provide quantitative assessment of intratumoral heterogeneity"
        " in post treatment glioblastoma"
    ), by[6]
    assert by[12]["title"] == "Modelling microtube driven invasion of glioma", by[12]
    assert by[14]["doi"] == "10.1038/nature23666", by[14]
    assert by[22]["title"] == (
        "A mechanism-aware and multiomic machine-learning pipeline characterizes yeast cell growth"
    ), by[22]
    assert by[22]["doi"] == "10.1073/pnas.2002959117", by[22]
    assert by[30]["title"] == (
        "Recasting the Cancer Stem Cell Hypothesis: Unification Using a Continuum Model of Microenvironmental"
        " Forces"
    ), by[30]
    assert by[34]["title"] == (
        "Computational modeling of tumor invasion from limited and diverse data in Glioblastoma"
    ), by[34]
    assert by[34]["doi"] == "10.1016/j.compmedimag.2024.102436", by[34]
    write_truth(
        NAME,
        PART,
        papers,
        method="Nine papers in three sections.  'Papers we have looked at': each 'DD/MM/YY [Title](url)' line is one"
        " entry (span includes the following 'Link to repo folder' line when present); title = the link text."
        "  'Upcoming': the session written over lines 22-25 is one entry; title = the plain text after the date on"
        " 22.  'Paper suggestions': each full citation line (30, 32, 34) is one entry; title = the sentence after"
        " the author list, without the trailing period.  Repo-folder links are not entries.",
        checked="Read the whole file (34 lines); compared the -v output with all nine papers title by title, the"
        " spans of the folder lines (7, 10, 15, 18) and of the four-line upcoming entry, and the DOIs taken from"
        " doi.org links and from the biomedcentral and springer URLs.",
    )


if __name__ == "__main__":
    main()
