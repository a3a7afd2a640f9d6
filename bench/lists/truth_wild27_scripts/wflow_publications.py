"""Wild27 truth for Deltares/Wflow.jl docs/src/intro/publications.md: publications using a hydrological model (earth science).

The file is taken at commit 6da42c0 (2024-10-08), its last version as Markdown: the next commit
(d24797f) moved it to docs/home/publications.qmd (Quarto) and HEAD has no .md version.
Shape: '# Publications'; '## Citing wflow' with two reference paragraphs (the model paper, lines
8-11, and a software-snapshot citation, lines 18-22); '## Publications using wflow' with three '###'
parts (peer-reviewed papers, theses & internship reports, reports).  One plain-text reference per
paragraph, hard-wrapped over 2-5 lines, blank lines between: 'Authors, YEAR. Title. Journal, vol,
pages. <https://doi.org/...>' (an autolink; four are broken as '<https://doi:10.xxxx/...>' (lines 37, 82, 163, 194); line
152 writes a bare 'doi:10.1088/...' before a IOP pdf link; some paragraphs have no link).
Title = the text after the year ('YEAR.' or 'YEAR\\.' as on line 156, 'Weerts,2023.' on line
134) up to the first '. ' (or final '.'); where the title ends at a comma before the venue or the
thesis type, its end is given in COMMA_END by hand (Hassaballah 84: '...(Ethiopia–Sudan)';
Jeuken 103: '...in Colombia' before ', in: Filho ... (Eds.)'; theses '..., MSc Thesis'; WMO
'...report 2022' before ', WMO-No.').  Line 124 (Ratri) has no year: its title starts after the
last author ('M. H. Hariadi, ').  Line 239 writes the university right after the title without a
separator ('...River Basin Modelling Utrecht University'): the title stops before 'Utrecht'.
'wflow\\_sbm' in the title of line 262 is written 'wflow_sbm' (escape removed).
Entries: every reference paragraph whose subject is one scholarly work: the model paper under
'Citing wflow' (8), journal papers, a book chapter (103), PhD/MSc/BSc theses, internship reports and
the World Bank / WMO reports.  Not an entry: the software-snapshot citation 18-22 (code) and the
prose/badge lines.  No arXiv ids.
Count check: 33 journal-paper paragraphs (lines 28-194), 23 theses/internship reports (198-282) and 3
reports (286-294), asserted per section, + the model paper (8-11) = 60 entries; 61 paragraphs with
the software citation.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "Deltares__Wflow.jl__docs__src__intro__publications@6da42c0.md"
PART = "wild27_development"
NOT_ENTRIES = {18}
COMMA_END = {
    45: "time-dynamic model parameters",
    71: "West African sediment budget",
    84: "Blue Nile (Ethiopia–Sudan)",
    103: "Magdalena River Basin in Colombia",
    124: "West Java, Indonesia",
    129: "the Upper Citarum basin",
    134: "Bandung groundwater Basin, Indonesia",
    139: "groundwater basin, West Java, Indonesia",
    155: "Weighting of CORDEX Projections",
    173: "skill for the Rhine River",
    198: "Low Flows in the Rhine River",
    202: "calibration and global applicability",
    206: "models for the Meuse River basin",
    209: "distributed hydrological models",
    212: "Ethiopian catchment with WFLOW",
    215: "simulations of the Rhine catchment",
    219: "in (semi-)arid areas",
    223: "climate change in the Rhine",
    235: "using the wflow_sbm model",
    239: "for River Basin Modelling",
    243: "Bolivian Mamoré basin",
    251: "DISTRIBUTED HYDROLOGICAL MODEL",
    258: "Karasu catchment, Turkey",
    267: "in the Chao Phraya Basin",
    270: "forecasting of the Rhine",
    273: "models in the European Alps",
    277: "of European catchments",
    290: "Water Resources report 2022",
    293: "Water Resources report 2023",
}
YEAR = re.compile(r"[ ,](?:19|20)\d\d\\?\.\s")
SECTIONS = {"### Peer reviewed journal papers": 33, "### PhD, MSc, BSc Theses & Internship reports": 23,
            "### Reports": 3}


def paragraphs(lines: list[str], first: int, last: int) -> list[tuple[int, int]]:
    """(start, end) line numbers of the blank-line separated paragraphs between first and last."""
    out, start = [], None
    for i in range(first, last + 1):
        text = lines[i - 1].strip() if i <= len(lines) else ""
        if text and start is None:
            start = i
        if not text and start is not None:
            out.append((start, i - 1))
            start = None
    if start is not None:
        out.append((start, last))
    return out


def title_of(lines: list[str], start: int, end: int) -> str:
    text = " ".join(ln.strip() for ln in lines[start - 1:end]).replace("\\_", "_")
    if start == 124:
        begin = text.index("M. H. Hariadi, ") + len("M. H. Hariadi, ")
    else:
        m = YEAR.search(text)
        assert m, start
        begin = m.end()
    if start in COMMA_END:
        stop = text.index(COMMA_END[start], begin) + len(COMMA_END[start])
    else:
        m = re.compile(r"\.(\s|$)").search(text, begin)
        assert m, start
        stop = m.start()
    return text[begin:stop]


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("#")]
    papers = [entry(lines, 8, 11, title_of(lines, 8, 11))]
    for head, want in SECTIONS.items():
        h = lines.index(head) + 1
        nxt = min([x for x in heads if x > h] + [len(lines)])
        last = nxt - 1 if nxt != len(lines) else len(lines)
        paras = paragraphs(lines, h + 1, last)
        assert len(paras) == want, (head, len(paras))
        for start, end in paras:
            papers.append(entry(lines, start, end, title_of(lines, start, end)))
    assert lines[17].startswith("van Verseveld, Willem") and 18 in NOT_ENTRIES
    assert len(papers) == 60, len(papers)
    write_truth(NAME, PART, papers,
                "every reference paragraph whose subject is one scholarly work is an entry (the model paper under"
                " Citing wflow, journal papers, a book chapter, theses, internship reports, reports); title = the"
                " text after 'YEAR.' up to the first '. ', or up to a hand-given end where the title runs into"
                " ', Venue' or ', MSc Thesis'; the software-snapshot citation is not an entry",
                "all 61 reference paragraphs read by eye (60 entries, 1 software citation); every title compared"
                " with its paragraph, in particular the comma-ended ones, line 124 (no year), 156 ('2021\\.'),"
                " 134 ('Weerts,2023.'), 239 (no separator) and 262 ('wflow\\_sbm'); DOIs checked against the"
                " autolinks, the broken '<https://doi:...>' ones and the bare doi: of line 152")


if __name__ == "__main__":
    main()
