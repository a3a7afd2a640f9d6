"""Wild52 truth for 3DBAG/3dbag.github.io content/en/publications/index.md: the English "Publications" page of the Hugo
(Ananke theme) site of 3DBAG, the TU Delft 3D geoinformation group's open 3D building model of the Netherlands;
newest commit holding the file (6246369, 2025-06-18).  The same list earlier lived at ``content/publications.md``
(deleted in 8f134ca when the site went bilingual; ``content/nl/publications/index.md`` is the Dutch twin).

Shape: 70 lines, 5.9 KB.  Front matter (1-10), then four parts:
- an untitled bullet list of 11 publications (13-33, blank or single-space lines 22 and 34 between), written TITLE
  FIRST in plain text, no links: ``- Title. Authors. Venue Vol(Issue), Year, pp. x–y.``; titles mostly lower-cased
  as exported from a research portal (``Automated 3d reconstruction of lod2 and lod1 models ... the netherlands``),
  two in Dutch (15 ``3D bag - geactualiseerd op basis van ahn4``, 17, 33), authors full names or initials
  (``R. Y. Peters``, ``RY Peters``, ``JNH van Liempt``); 21/23 end with ``19th 3D GeoInfo Conference 2024 ;
  Conference date: 01-07-2024 Through 03-07-2024.``; 31 is a book chapter (``In Thomas H. Kolbe, ... (eds.), ...
  Springer``); 19 a report (``TU Delft/3DGI, 2023``).
- ``## Interviews`` (35): a podcast and two interviews, links only.
- ``## MSc theses`` (44): four ``- Student Name: [Thesis title](repository.tudelft.nl record)`` items (46-52).
- ``## Presentaties`` (55, Dutch heading on the English page): six slide decks ``- [Talk title](Google Slides
  export) - Speakers *(Event, date, place)*`` (57-67), some with ``Recording available [here](youtube)``.

Decisions:
- Entries = the 11 publications and the 4 MSc theses (research works): 15.
- Publication title = the text before the first ``. `` (titles here hold no ``. ``; the Dutch ones included);
  thesis title = the link text after ``Name: ``.
- Not entries: interviews/podcast (media), presentations (talks; slide links), headings.
- No ids: no DOIs or arXiv links anywhere (repository.tudelft.nl uuid records only).
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "3DBAG__3dbag.github.io__content__en__publications__index@6246369.md"
PART = "wild52_development"

PUB = re.compile(r"^- (?P<title>[^\[].+?)\. (?P<authors>[A-Z][^.]*?(?:[A-Z]\. ?)*[^.]*)\. (?P<rest>.+\d{4}.*)$")
THESIS = re.compile(r"^- (?P<who>[^:\[]+): \[(?P<title>[^\]]+)\]\(https://repository\.tudelft\.nl/record/[^)]+\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:].strip()
            continue
        if not ln.startswith("- "):
            continue
        if section is None:
            title = ln[2:].split(". ", 1)[0]
            assert PUB.match(ln), (n, ln)
            papers.append(entry(lines, n, n, title))
        elif section == "MSc theses":
            m = THESIS.match(ln.rstrip())
            assert m, (n, ln)
            papers.append(entry(lines, n, n, m.group("title")))
        else:
            assert section in ("Interviews", "Presentaties"), (n, section)
    assert len(papers) == 15, len(papers)
    t = {p["line"]: p["title"] for p in papers}
    assert sorted(t) == list(range(13, 34, 2)) + [46, 48, 50, 52], sorted(t)
    assert t[13] == ("Automated 3d reconstruction of lod2 and lod1 models for all 10 million buildings of the"
                     " netherlands"), t[13]
    assert t[15] == "3D bag - geactualiseerd op basis van ahn4", t[15]
    assert t[21] == "Building-pcc: building point cloud completion benchmarks", t[21]
    assert t[33] == "Bepalen luchtverontreinging door verkeer met behulp van 3D-geo-informatie", t[33]
    assert t[52] == ("Exploring the 3D BAG: How to define it and to what extent can it automatically be created using"
                     " open data"), t[52]
    assert not any(p["doi"] or p["arxiv"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries = the 11 title-first plain-text publication bullets before the first heading (13-33) and the 4"
        " '## MSc theses' bullets (46-52), 15; publication title = text before the first '. ' (authors follow);"
        " thesis title = the link text after 'Name: '; '## Interviews' (media) and '## Presentaties' (slide decks of"
        " talks) are not entries; no ids in the file.",
        "Read all 70 lines; compared -v for all 15 entries: lower-case portal titles kept as written, the Dutch titles"
        " 15/17/33, the report 19 and book chapter 31 counted, the conference-date tails of 21/23 left out of titles,"
        " thesis link texts 46-52; confirmed the 3 interview and 6 presentation bullets were skipped.",
    )


if __name__ == "__main__":
    main()
