"""Wild27 truth for plchagnon/Journal-clubs README.md: a French-language ecology/soil-science journal club schedule.

Shape: French intro (lines 1-10), then one Markdown table (header line 14, rows 16-43):
'| Date | Thématique | Article ou autre document à consulter |'.  The third cell holds the
reading as an APA reference, 'Authors (Year). Title. [Journal, vol(issue), pages.](doi url)': the
link text is the journal citation, not the title; title = the text between '(Year). ' and the
link, without the separator '.' after it ('Are there general laws in ecology?.' -> '...?').
Rows with 'NA', 'No reading for now...', 'Link to come...' have no paper (lines 20-22, 26, 27,
32, 33, 38).
Special cases: line 18 has Lawton's reference plus 'et considérer aussi [Hansson 2003 Oikos](doi)
et [Simberloff et al. 2004 Am nat](doi)' - two more papers named only by a nickname link (title
null); line 24 'Pretend you're asked to produce a paper review for [this paper](springer url)'
(title null); line 25 '[Rond & Miller 2005](sagepub url)' (title null); lines 28, 39, 43 hold
two APA references each ('<br><br>' or ' & ' between them).  Line 28's links are Outlook
safelinks wrapping a percent-encoded doi.org URL (Amrhein) and a JSTOR URL (Carver, no DOI).
Line 31's title ends at the link; line 35 has '<sup>13</sup>C' only in the topic cell; line 42
has an italic genus name '*Nothofagus*' (markup removed) and no closing '|'.
Two papers on one line share the line number; each one's ids are taken from its own part of the
line (from its reference to the end of its link), not from the whole line.
Count check: 21 APA references (one each on lines 16, 17, 18, 19, 23, 29, 30, 31, 34, 35, 36, 37,
40, 41, 42; two each on lines 28, 39, 43) + 4 nickname/'this paper' links = 25 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "plchagnon__Journal-clubs__README@a6a2567.md"
PART = "wild27_development"
LINK = re.compile(r"\[([^\]]*)\]\((\S+?)\)")
APA = re.compile(r"\((\d{4})\)\. (?P<t>.+?)\s*\[")
NULL_LINKS = {18: ["Hansson 2003 Oikos", "Simberloff et al. 2004 Am nat"], 24: ["this paper"],
              25: ["Rond & Miller 2005"]}
NO_PAPER = {20, 21, 22, 26, 27, 32, 33, 38}


def one(lines: list[str], i: int, title: str | None, segment: str) -> dict:
    e = entry(lines, i, i, title)
    e["arxiv"], e["doi"] = arxiv_of(segment), doi_of(segment)
    return e


def main() -> None:
    lines = read_lines(NAME)
    assert lines[13].startswith("| Date | Thématique |")
    papers = []
    apa = 0
    for i in range(16, 44):
        cell = lines[i - 1].split("|")[3]
        if i in NO_PAPER:
            assert not LINK.search(cell) and not APA.search(cell), i
            continue
        for m in APA.finditer(cell):
            link = LINK.search(cell, m.end() - 1)
            assert link and link.start() == m.end() - 1, i
            start = cell.rfind("|", 0, m.start()) + 1
            prev = [x for x in LINK.finditer(cell, 0, m.start())]
            if prev:
                start = prev[-1].end()
            title = m.group("t").removesuffix(".")
            papers.append(one(lines, i, title, cell[start:link.end()]))
            apa += 1
        for text in NULL_LINKS.get(i, []):
            link = next(x for x in LINK.finditer(cell) if x.group(1) == text)
            papers.append(one(lines, i, None, link.group(0)))
    assert apa == 21, apa
    assert len(papers) == 25, len(papers)
    write_truth(NAME, PART, papers,
                "every reading in the schedule table's third cell is an entry: APA references (title = the text"
                " between '(Year). ' and the journal link, final '.' dropped) and four links that name a paper only"
                " by a nickname or 'this paper' (title null); two references in one cell are two entries on the same"
                " line, each with the ids of its own part of the line",
                "all 28 table rows read by eye against the output: the 21 APA titles, the 4 null-title links (lines"
                " 18, 24, 25), the two-reference cells (28, 39, 43), the safelinks-wrapped doi.org URL on line 28"
                " (decoded to 10.1038/d41586-019-00857-9) and JSTOR link without DOI, the nature.com id (line 19, no"
                " DOI), the pnas/springer/sagepub/science.org DOIs (23, 24, 25, 41) and the Copernicus preprint"
                " (29, no DOI); the 8 rows with no reading")


if __name__ == "__main__":
    main()
