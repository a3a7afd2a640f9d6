"""Wild47 truth for schmitt-muc/schmitt-muc.github.io ``_pages/publications_list.md``: the hand-curated publication
list of a remote-sensing researcher (Michael Schmitt, SAR / optical data fusion, TUM and DLR), an academicpages Jekyll
site, newest commit holding the file (1b7d08a, 2021-04-09).  The file has no front matter: it is the body the site's
``_pages/publications.md`` pulls in with ``{% include_relative publications_list.md %}``.

Shape: 118 lines, 23 KB, no links at all.  An intro of two sentences (1, 3) then four ``##`` sections by publication
type: ``Peer-reviewed Journal Papers`` (5; 6-53), ``Conference Papers with Double-Blind Full Paper Review and >4
pages`` (55; 56-65), ``Other Peer-Reviewed Conference Papers`` (67; 68-79), ``Other Conference Papers (with
Abstract-based review)`` (81; 82-118).  Every paper is one ``- `` bullet in a German-geodesy citation style without
quotes or markup: ``Authors (YEAR) Title. Journal volume (issue): pages`` (or ``In: Proceedings of ...: pages``,
``...: in press``, ``...: on CD``).

Special cases:
- 14 ``Hughes LH, Marcos D, Lobry S, Tuia D (2020) A deep learning framework ...`` has no ``- `` bullet; in Markdown it
  is a lazy continuation of the bullet 13, but it is a paper of its own: one entry.
- ``(YEAR):`` with a colon after the year (39, 95).
- 104 has no dot between title and venue: ``... InSAR data In: Proceedings of IEEE ...``; the title stops before
  ``In:``.
- Double spaces after the title (60, 70); en dashes and hyphens inside titles (27, 41, 56, 59, 93) are title text.
- German titles (17, 43, 112) are kept as written; ``uran`` (85) typo kept.
- Near-repeats are different papers (journal 36 vs conference 97, journal 33 vs conference 86).

Decisions:
- Entry = every citation line under the four sections (107): the 106 bullets and the bullet-less line 14.
- Title = the text after ``(YEAR)``/``(YEAR):`` up to the first ``. `` (or `` In: `` when the dot is missing);
  authors and venue dropped.  No ids: the file holds no URL, DOI or arXiv number.
- Not entries: the intro sentences and the headings.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "schmitt-muc__schmitt-muc.github.io___pages__publications_list@1b7d08a.md"
PART = "wild47_development"

CITE = re.compile(r"^(?P<dash>- )?(?P<authors>[^()]+?) \((?P<year>\d{4})\):? (?P<rest>.+)$")
END = re.compile(r"\.\s+|\s+In: ")
SECTIONS = [
    "## Peer-reviewed Journal Papers ",
    "## Conference Papers with Double-Blind Full Paper Review and >4 pages ",
    "## Other Peer-Reviewed Conference Papers ",
    "## Other Conference Papers (with Abstract-based review)",
]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("I try to keep my publication list") and lines[-1] == ""
    papers = []
    counts: list[int] = []
    bulletless = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            assert ln == SECTIONS[len(counts)], (n, ln)
            counts.append(0)
            continue
        if not counts or not ln.strip():
            continue
        m = CITE.match(ln)
        assert m, (n, ln)
        if not m.group("dash"):
            bulletless.append(n)
        rest = m.group("rest")
        end = END.search(rest)
        assert end, (n, ln)
        papers.append(entry(lines, n, n, rest[: end.start()]))
        counts[-1] += 1
    assert counts == [48, 10, 12, 37], counts
    assert bulletless == [14], bulletless
    t = {p["line"]: p for p in papers}
    assert t[6]["title"] == ("Global land cover mapping with weak supervision: Outcome of the 2020 IEEE GRSS Data"
                             " Fusion Contest"), t[6]
    assert t[14]["title"] == "A deep learning framework for sparse matching of SAR and optical imagery", t[14]
    assert t[39]["title"] == "Simulation-based interpretation and alignment of high-resolution optical and SAR images"
    assert t[43]["title"] == ("Möglichkeiten der Erzeugung städtischer Oberflächenmodelle mit interferometrischer"
                              " SAR-Fernerkundung"), t[43]
    assert t[60]["title"] == "Aggregating cloud-free Sentinel-2 images with Google Earth Engine", t[60]
    assert t[65]["title"] == "Towards airborne single pass decimeter resolution SAR interferometry over urban areas"
    assert t[104]["title"] == "Generating point clouds of urban trees from airborne millimeterwave InSAR data", t[104]
    assert t[118]["title"] == ("A concept for reconstruction of urban surface models from airborne multi-aspect"
                               " InSAR data"), t[118]
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 107, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every citation line of the four publication-type sections is an entry (journal 6-53: 48, double-blind"
        " conference 56-65: 10, other peer-reviewed conference 68-79: 12, abstract-reviewed conference 82-118: 37;"
        " 107), including the bullet-less line 14; title = the text after '(YEAR)' or '(YEAR):' up to the first '. '"
        " (or ' In: ' where the dot is missing, 104); authors and venue dropped; no ids (the file has no links);"
        " intro sentences and headings are not entries.",
        "Read all 118 lines; compared -v for every entry against the file: the missing bullet 14, '(2017):' 39/95,"
        " the dotless 'data In: Proceedings' 104, double spaces 60/70, dash-bearing titles 27/41/56/59/93, German"
        " titles 17/43/112, typo 'uran' 85; section counts 48/10/12/37.",
    )


if __name__ == "__main__":
    main()
