"""Wild3 truth for seananderson/seananderson.ca cv/cv-pandoc.md: a fisheries ecologist's academic CV (Pandoc Markdown).

Every record of the CV is a Pandoc definition-list item: a term line (a year such as '2024' or a
range such as '2020--21') and a definition ':    text' wrapped over the following lines.  The
paper records are those of four sections: '# Preprints', '# Publications', '# Peer-reviewed
government reports' and '# Technical Reports'; each is an entry, lines = its year line to the
definition's last non-blank line.  The citations are author-first ('Authors. Title. Journal.
Vol(issue): pages. <https://doi.org/...>', the CV owner in bold, some with '([PDF](...))', a
news story or a package link after the DOI).  Government reports (DFO research documents and
science responses) and technical reports (an ICES workshop report, chapters of the State of the
Ocean report, a TESA workshop proceedings) are technical reports and kept.

Title: the sentence after the author list, i.e. after the first '. ' that does not follow an
initial ('S.C', 'A.-M', 'J'), up to the next '.' or '?' that follows a lower-case letter, digit,
')' or '*' (Markdown italics of species names removed; 'E. pacifica' does not end a title).
Titled by hand where the author list has no final period or ends in initials (Hughes 2024, Cahill
2020, Litzow 2020, Anderson and Ward 2019, the three 'A review of groundfish surveys' chapters) or
where the title holds '?' mid-way (Maureaud 2020: question and subtitle).  Not entries: the
education records (a thesis is named inside a degree record), awards, the Software section
(packages; its 'Published: Anderson et al. (2020; ...)' lines are inline mentions), invited
presentations (talks), teaching, working groups and reviewing, and the reference-link definitions
at the end.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild3 import entry, read_lines, write_truth

NAME = "seananderson__seananderson.ca__cv__cv-pandoc@dec25ba.md"
PART = "wild3_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []

SECTIONS = ("# Preprints", "# Publications", "# Peer-reviewed government reports", "# Technical Reports")
BY_HAND = {
    135: "Top-predator recovery abates geomorphic decline of a coastal ecosystem",
    312: "Are we ready to track climate-driven shifts in marine species across international boundaries?"
         " A global survey of scientific bottom trawl data",
    320: "A spatial-temporal approach to modeling somatic growth across recreational fisheries landscapes",
    328: "Evaluating ecosystem change as Gulf of Alaska temperature exceeds the limits of preindustrial variability",
    399: "Black swans in space: modelling spatiotemporal processes with extremes",
    624: "A review of groundfish surveys in 2019",
    632: "A review of groundfish surveys in 2019",
    641: "A review of groundfish surveys in 2018 and an introduction to the groundfish data synopsis report",
}
INITIAL = re.compile(r"(?:\b[A-Z]|\b[A-Z]\.-?[A-Z]|\b[A-Z]\.[A-Z]\.[A-Z])$")
END = re.compile(r"(?<=[a-z0-9)*’'])[.?](?= )")


def title_of(block: str) -> str:
    for m in re.finditer(r"(?:\*\*)?\. ", block):
        if INITIAL.search(block[: m.start()].rstrip("*")):
            continue
        rest = block[m.end():]
        return rest[: END.search(rest).end()]
    raise AssertionError(block)


def main() -> None:
    section = None
    per_section: dict[str, int] = {}
    for i, text in enumerate(LINES, 1):
        if text.startswith("# "):
            section = text if text in SECTIONS else None
            continue
        if section is None or not text.startswith(":"):
            continue
        assert re.fullmatch(r"\d{4}(--\d{2})?", LINES[i - 2]), i
        last = i
        while last < len(LINES) and LINES[last].strip():
            last += 1
        block = re.sub(r"\s+", " ", " ".join(LINES[i - 1 : last]))[1:].strip()
        title = BY_HAND.get(i) or title_of(block)
        PAPERS.append(entry(LINES, i - 1, last, title))
        per_section[section] = per_section.get(section, 0) + 1
    assert per_section == {"# Preprints": 4, "# Publications": 79, "# Peer-reviewed government reports": 8,
                           "# Technical Reports": 5}, per_section
    write_truth(NAME, PART, PAPERS,
                "every definition-list record (year line + ':' citation) of the Preprints, Publications,"
                " Peer-reviewed government reports and Technical Reports sections is an entry, title = the"
                " sentence after the author list (8 titled by hand); education, software, talks, teaching and"
                " working-group records are not entries",
                "every one of the 96 titles against its record (first and last of each section, all records of the"
                " two report sections), the 8 hand titles, italic species names in titles, the 10.48550 arXiv DOI"
                " (tinyVAST), records with two DOIs (Anderson 2020 PLOS/medRxiv: first kept), the ':' count per"
                " section by grep (4, 79, 8, 5)")


if __name__ == "__main__":
    main()
