"""Wild43 truth for ratnania/ratnania.github.io publications.md: the publication page of an applied
mathematician's Jekyll (Lanyon) site (Ahmed Ratnani: isogeometric analysis, plasma/MHD simulation, model
reduction), hand-kept in Markdown.

Shape: 39 lines.  Front matter (1-5), then ``### Peer Reviewed Journals`` (7; 16 records, 10-25),
``### Peer-reviewed conference proceedings`` (27; 4 records, 28-31), ``### Reports`` (33; 4 records, 34-37)
and an empty ``### Unpublished work (work in progress)`` (39).  Records are one-line ordered-list items
numbered downwards (``15.`` ... ``1.``; Markdown renders them renumbered upwards from the first number): authors,
then the title as a link to the publisher page (ScienceDirect, Springer, AIP, IOP, AMS, PubMed, ESAIM, HAL, a
chemistry journal), then the venue and date in italics.  Special cases: the newest record (10) has no link, its
title sits between the authors' ``A. Ratnani,`` and ``,  *Engineering Analysis...*``; 11 and 12 are the same
paper written twice (numbers 15 and 14, byte-identical text after the number) and 10 also carries number 15;
several records have no comma between the authors and the link (14-16); 23 abbreviates the authors ("A. Bécoulet
et al."); in the reports, 35 has no link and writes its title in italics followed by ``*EFDA Fellowship Report*``,
and 34, 36, 37 end with the link (no venue).  DOIs appear only inside publisher URLs: Springer
(``10.1007%2Fs10957-021-01947-3`` percent-encoded at 13), AIP (``/doi/abs/10.1063/...?journalCode=php``) and IOP
(``iopscience.iop.org/article/10.1088/...``); ScienceDirect ``pii`` URLs, the AMS page and the PubMed id give no DOI.
Decisions:
- Entry = each numbered item of the three sections (16 + 4 + 4 = 24), each one line.  The repeated paper (11,
  12) is two entries, as repeated records are.  The reports (34-37) are technical reports/HAL documents (a
  fellowship report, a non-regression-testing note, two HAL reports describing the Tokamesh and Pigasus codes):
  entries, since each record is a written report, not the code itself.
- Title = the link text; for 10, the text between the last author and the italic venue; for 35, the first
  italic run.  Authors, venue and dates are not part of it.
- Ids: the DOI a publisher URL contains (helper, percent-decoded); no arXiv ids are written.
"""
import re

from _wild43 import entry, read_lines, write_truth

NAME = "ratnania__ratnania.github.io__publications@ae68963.md"
PART = "wild43_development"

ITEM = re.compile(r"^(\d+)\. ")
LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")
ITAL = re.compile(r"\*([^*]+)\*")
TITLES = {
    10: "RBF Approximation of three dimensional pdes using Tensor Krylov subspace methods",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    counts: dict[str, int] = {}
    for n, ln in enumerate(lines, 1):
        if ln.startswith("### "):
            section = ln[4:].strip()
            continue
        if not ITEM.match(ln):
            assert not re.match(r"^\s*([-*]|\d+\.)\s", ln), n
            continue
        links = LINK.findall(ln)
        if n in TITLES:
            assert not links and TITLES[n] in ln, n
            title = TITLES[n]
        elif links:
            title = links[0][0]
        else:
            assert n == 35, n
            title = ITAL.findall(ln)[0]
        papers.append(entry(lines, n, n, title))
        counts[section] = counts.get(section, 0) + 1
    assert counts == {"Peer Reviewed Journals": 16, "Peer-reviewed conference proceedings": 4, "Reports": 4}, counts
    t = {p["line"]: p["title"] for p in papers}
    d = {p["line"]: p["doi"] for p in papers}
    assert t[11] == t[12] and lines[10][3:] == lines[11][3:], (t[11], t[12])
    assert t[35] == "Achieve complex and realistic Tokamak geometries and simulations using IsoGeometric Analysis", t[35]
    assert t[37] == "Pigasus, Isogeometric Analysis simulations in Python", t[37]
    assert d[13] == "10.1007/s10957-021-01947-3", d[13]
    assert d[22] == "10.1063/1.4824820", d[22]
    assert d[23] == "10.1088/0029-5515/53/10/104023", d[23]
    assert d[11] is None and d[19] is None and d[21] is None, (d[11], d[19], d[21])
    assert not any(p["arxiv"] for p in papers)
    print("DOIs:", {k: v for k, v in d.items() if v})
    assert len(papers) == 24, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each downward-numbered item of 'Peer Reviewed Journals' (16), 'Peer-reviewed conference proceedings' (4) "
        "and 'Reports' (4) is an entry (24; the paper written twice at 11/12 counts twice); title = the link text, "
        "for the unlinked 10 the text between authors and italic venue, for 35 the first italic run; DOIs only "
        "from publisher URLs that contain one (Springer, AIP, IOP), none from ScienceDirect pii/AMS/PubMed links.",
        "Read all 39 lines against the -v output: every title and DOI, the duplicated record 11/12 and the two "
        "'15.' numbers, the link-less 10 and 35, the missing commas before links (14-16), 13's percent-encoded "
        "Springer DOI, 22's AIP URL with query, the IOP URLs, the ScienceDirect pii/AMS/PubMed/ESAIM/HAL/CET links "
        "(no DOI), the four reports, and the empty 'Unpublished work' heading.",
    )


if __name__ == "__main__":
    main()
