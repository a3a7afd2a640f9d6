"""Wild35 truth for biogeospatial/Biodiverse_publication_list archive-old-files/PublicationsList.md: the
(archived, still complete) list of ecology / biogeography publications that used the Biodiverse software.

Shape: one-line bullets ``  * Authors (year) Title.  [Journal, vol, pages](https://doi.org/...)`` under year
headings (``#### 2024 ####``), plus the primary citation of the tool itself at line 3.  The link text is the
venue, not the title; the title is the plain text between the year token and the link.  The year token varies:
``(2024)``, ``(2024).``, ``(2024),``, ``2024.``, ``(in press)``, ``(in press),``, ``(preprint)``.  Every bullet
is one entry (236), line 3 included (it is a real paper, not list boilerplate).

Special cases (the plain text runs past the title): book chapters whose editor text precedes the link
(61 ``. pp275–299 in León-Cortés ...``, 95 ``. In: Dhyani ...``, 337 ``. In R. Scherson ...``, 365
``.  In Ebach ...``, 502 ``. pp. 1652-1658 in Chan ...``, 510 ``. In``); two bullets without a link
(129 ``. PLoS ONE 18(7): e0287957. https://doi.org/...``, 318 a technical report ending
``.  South  African  National  Biodiversity  Institute,  Pretoria. https://hdl.handle.net/...``).  Titles keep
their internal periods (``_Solanum_ L. sec. _Petota_``, ``s.l. vs.``) and two-sentence titles (300, 416); a
final ``.`` or ``,`` is dropped.  Book chapters and the technical report are entries (scholarly works).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "biogeospatial__Biodiverse_publication_list__archive-old-files__PublicationsList@21e222b.md"
PART = "wild35_development"

YEAR = re.compile(r"(\((?:\d{4}[a-z]?|in press|preprint)\)[.,]?|\b(?:19|20)\d\d[a-z]?\.)\s+")
CUTS = {
    61: ". pp275",
    95: ". In:",
    129: ". PLoS ONE",
    318: ".  South  African  National",
    337: ". In R.",
    365: ".  In Ebach",
    502: ". pp. 1652",
    510: ". In",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, line in enumerate(lines, 1):
        if not line.lstrip().startswith("* "):
            continue
        m = YEAR.search(line)
        rest = line[m.end():]
        if i in CUTS:
            title = rest[: rest.index(CUTS[i])]
        else:
            title = rest[: rest.index("[")]
        title = title.strip().rstrip(".,").strip()
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 236, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bullet is an entry (incl. the tool's primary citation); the title is the plain text between the"
        " year token and the venue link, cut before chapter-editor text or, for unlinked bullets, before the"
        " journal/publisher; final '.'/',' dropped.",
        "All 236 titles listed and read against their lines; the 16 titles with an inner period checked one by"
        " one, all chapter/report/unlinked special cases, first and last bullet of every year section.",
    )


if __name__ == "__main__":
    main()
