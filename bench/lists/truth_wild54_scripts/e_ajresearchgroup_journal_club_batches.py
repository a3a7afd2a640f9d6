"""Wild54 truth for AJResearchGroup/journal_club README.md: the weekly journal-club schedule of a Uppsala genetics
research group (Åsa Johansson's group, kept by Richel Bilderbeek), newest commit touching the file (7df7257,
2022-06-02; the repo's last commit 50de654 does not touch README.md).

Shape: 193 lines, 8 KB.  ``# journal_club`` (1), an image, when/where bullets, ``## Future meetings`` /
``### Batch 4`` (10-12) with a pipe table without outer pipes (``Date      |Person [1]       |Paper``, 14-29) whose
Paper cells are only ``Yes``, ``.``, ``Due to holiday`` or ``?Daniel`` (no paper named), a stray ``?Weronica (4/4)``
line (30), a footnote, ``## Timetable`` table (39-44), a long FAQ (46-134), then ``## Past meetings`` (136) with
three batch tables: Batch 1 (138-156), Batch 2 (158-175), Batch 3 (177-192).  The Paper cell holds a Markdown link
whose text is the title (``[LDpred2: better, faster, stronger](https://academic.oup.com/...)``), or a whole citation
as link text (141 ``[Day, Felix R., et al. "A robust example of collider bias ..." The American Journal of Human
Genetics 98.2 (2016): 392-393](...pmc...)``, 192 ``[Peng, Roger D., and Stephanie C. Hicks. "Reproducible research:
A retrospective." Annual review ...](...)``), or ``Yes`` (presented, paper not named), or a reason for no meeting.

Special cases:
- 145: the paper link is followed by `` and [presentation](https://github.com/...)``: the slides repo is not an entry.
- 149 ``[Nobel price for medicine, 2021](...press-medicineprize2021.pdf)``: a press release, not a research work:
  not an entry.
- 150 ``[No paper, due to SBW2021]`` (bracketed text, no link): not an entry.
- 168 ``[here](https://www.biorxiv.org/content/10.1101/2020.09.30.320994v2)``: a preprint named only by a bare link:
  an entry with title None (its DOI is in the bioRxiv URL).
- 192: the citation link is followed by ``[Evaluation](evaluation_20220602.odt)`` (the group's own form): not an
  entry.
- ``Yes`` rows (156, 162, 167, ...), holiday rows and all of Batch 4 name no paper: not entries.

Decisions:
- Entry = a Past-meetings table row whose Paper cell links a research paper (14).
- Title = the first link's text; when that text is a whole citation (141, 192) the title is the quoted part, its
  closing citation period dropped; None for the bare ``here`` link.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "AJResearchGroup__journal_club__README@7df7257.md"
PART = "wild54_development"

ROW = re.compile(r"^(?P<date>20\d\d-\d\d-\d\d)\|(?P<who>[^|]*)\|(?P<paper>.*)$")
LINK = re.compile(r"^\[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)")
QUOTED = re.compile(r'"(?P<title>[^"]+?)\.?"')
NOT_PAPERS = {"Nobel price for medicine, 2021"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# journal_club"
    past = lines.index("## Past meetings") + 1
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m or n <= past:
            continue
        cell = m.group("paper").strip()
        lk = LINK.match(cell)
        if not lk:
            skipped.append(n)
            continue
        text = lk.group("text").strip()
        if text in NOT_PAPERS:
            skipped.append(n)
            continue
        q = QUOTED.search(text)
        if q:
            title = q.group("title")
        elif text == "here":
            title = None
        else:
            title = text
        papers.append(entry(lines, n, n, title))
    t = {p["line"]: p for p in papers}
    assert sorted(t) == [140, 141, 142, 143, 144, 145, 146, 147, 148, 151, 154, 155, 168, 192], sorted(t)
    assert t[140]["title"] == "LDpred2: better, faster, stronger", t[140]
    assert t[141]["title"] == "A robust example of collider bias in a genetic association study", t[141]
    assert t[142]["doi"] == "10.1016/j.cell.2021.01.015", t[142]
    assert t[145]["title"] == "Has GWAS lost its status as a paragon of open science?", t[145]
    assert (t[168]["title"], t[168]["doi"]) == (None, "10.1101/2020.09.30.320994"), t[168]
    assert t[192]["title"] == "Reproducible research: A retrospective", t[192]
    assert t[192]["doi"] == "10.1146/annurev-publhealth-012420-105110", t[192]
    assert 149 in skipped and 150 in skipped and 156 in skipped, skipped
    assert len(papers) == 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Rows of the three 'Past meetings' batch tables (138-192, pipe tables without outer pipes) whose Paper cell is"
        " a Markdown link to a research paper are entries (14); title = the link text, or the quoted title inside a"
        " citation used as link text (141, 192; closing citation period dropped), None for the bare '[here]' bioRxiv"
        " link (168). Not entries: 'Yes'/holiday/cancelled rows (paper unnamed), the Nobel press release (149),"
        " '[No paper, due to SBW2021]' (150), the trailing '[presentation]' (145) and '[Evaluation]' (192) links, and"
        " the Future-meetings Batch 4 table (no paper named).",
        "Read all 193 lines; compared -v with every Past-meetings row (140-156, 162-175, 181-192): 14 paper rows, the"
        " two citation-as-link-text rows, the bare bioRxiv link with its DOI, DOIs from doi.org links (142, 144, 146-148),"
        " the PLOS 'article?id=10.1371/...' link (145) and the annualreviews /doi/abs/ link (192); none from the"
        " Nature/OUP/PMC/PubMed links (140, 141, 143, 151, 154, 155).",
    )


if __name__ == "__main__":
    main()
