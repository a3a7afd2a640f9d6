"""Wild50 truth for XGraph-Team/Spectral-Graph-Survey README.md: "Awesome Spectral Graph Neural Networks", the
companion list of a survey on spatial vs. spectral GNNs, newest commit touching the file (cca81ff, 2024-01-02).

Shape: 156 lines, 21 KB, five different shapes in one file.
- ``# Surveys`` (17-38): ``- [**Title.**](url)`` bullets, each with two nested ``  - `` lines (authors, venue);
  7 papers.
- ``# Milestone Papers in Building Spectral Graph Convolution`` (43-52): the same three-line bullets, title link
  without bold (``- [Title](url)``); 3 papers.
- ``# GNNs in Spatial and Spectral Views`` (57-69): a pipe table ``| Year | Spatial Domain | Spectral Domain |``,
  nine year rows (61-69, ``Before 2015`` .. ``2023``), each cell a comma-separated run of links whose text is a
  method nickname (``[DeepWalk](...)``, ``[GIN](...)``, ``[E(n)GNN](...)``, ``[C\\&S](...)``, ``[Deep
  Insights](...)``); 84 links.
- ``# Twin Papers`` (73-81): a two-column table pairing a spatial paper with its spectral twin; cells hold one or two
  title links (78, 79 hold three links each); 81 pairs a paper with itself; 80 holds nicknames (``SpatialFormer``
  with an ``_CV paper_`` note, ``Specformer``); 12 links.
- ``# Applications with Spectral Graph`` (85-127): bullets with the title in quotes and bold,
  ``- "**Title.**"`` (once ``- "**Title**."`` 89, once ``- **"Title**."`` 122, i.e. bold opened before the quote), no link, and two nested lines
  (authors, venue); 14 papers; 122 repeats 89.
- ``# Citation Info`` (136-156): a fenced BibTeX ``@article{10.1145/3627816, ...}`` of the survey itself.

Decisions:
- Entry = every paper bullet of Surveys / Milestone / Applications, spanning the bullet and its two nested lines;
  title = the link text or quoted text, bold, quotes and the closing full stop removed (24).
- Entry = every link in a cell of the year table (84): the link text is a method nickname / short label, not the
  paper's title, so title = None; a method listed twice (SIGN 66 and 68) is two entries.
- Entry = every link of the Twin Papers table (12), title = the link text (the leading space of 77 dropped), except
  the bare nicknames ``SpatialFormer`` / ``Specformer`` on 80, title None; 81's two identical links are two entries.
- Entry = the BibTeX block of the survey (138-155), title = its ``title`` field (1).  121 entries in all.
- Several entries share a table line, so the ids of a table-cell entry are taken from its own link (``arxiv_of`` /
  ``doi_of`` of the ``[text](url)``), not from the whole line; bullets and the BibTeX block use their lines.
- Not entries: TOC, badges, anchors, headings, table headers/rules, the ``See `code` folder`` note.
- Ids: arXiv abs/pdf links, ``arXiv:NNNN.NNNNN`` in venue lines (23, 35, 38), ACM ``dl.acm.org/doi/(abs/)`` and
  SIAM ``epubs.siam.org/doi/abs/`` and Springer ``/article/10.1007/`` (62) links (DOIs), the BibTeX ``doi``/``url``; none from NeurIPS, PMLR, OpenReview,
  IEEE Xplore, AAAI, CVF, JMLR, HAL or ScienceDirect ``pii`` URLs.
"""
import re

from _wild50 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "XGraph-Team__Spectral-Graph-Survey__README@cca81ff.md"
PART = "wild50_development"

LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]*)\)")
LINK_BULLET = re.compile(r"^- \[(?P<title>[^\]]+)\]\([^)\s]+\)\s*$")
QUOTE_BULLET = re.compile(r'^- (?:"\*\*(?P<a>[^*"]+)\*\*[".]*|\*\*"(?P<b>[^*"]+)\*\*[".]*)\s*$')
SUB = re.compile(r"^  - +\S")
YEAR_ROW = re.compile(r"^\| (?:Before 2015|20\d\d) +\|")
NICKNAMES = {"SpatialFormer", "Specformer"}


def link_entry(lines: list[str], n: int, markup: str, title: str | None) -> dict:
    p = entry(lines, n, n, title)
    p["arxiv"], p["doi"] = arxiv_of(markup), doi_of(markup)
    return p


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Awesome Spectral Graph Neural Networks"
    papers = []
    section = ""
    counts: dict[str, int] = {}
    n = 0
    while n < len(lines):
        n += 1
        ln = lines[n - 1]
        if ln.startswith("# "):
            section = ln[2:].strip()
            continue
        if section in ("Surveys", "Milestone Papers in Building Spectral Graph Convolution",
                       "Applications with Spectral Graph") and ln.startswith("- "):
            m = LINK_BULLET.match(ln) or QUOTE_BULLET.match(ln)
            assert m, (n, ln)
            title = next(g for g in m.groups() if g)
            assert SUB.match(lines[n]) and SUB.match(lines[n + 1]), (n, lines[n : n + 2])
            papers.append(entry(lines, n, n + 2, title))
            counts[section] = counts.get(section, 0) + 1
            n += 2
        elif section == "GNNs in Spatial and Spectral Views" and YEAR_ROW.match(ln):
            for m in LINK.finditer(ln):
                papers.append(link_entry(lines, n, m.group(0), None))
                counts[section] = counts.get(section, 0) + 1
        elif section == "Twin Papers" and ln.startswith("|") and "](" in ln:
            for m in LINK.finditer(ln):
                text = m.group("text").strip()
                papers.append(link_entry(lines, n, m.group(0), None if text in NICKNAMES else text))
                counts[section] = counts.get(section, 0) + 1
        elif section == "Citation Info" and ln.startswith("@article{"):
            k = n
            while lines[k - 1] != "}":
                k += 1
            title = next(re.match(r"^\s+title = \{(.+)\},$", x).group(1) for x in lines[n - 1 : k]
                         if x.strip().startswith("title ="))
            papers.append(entry(lines, n, k, title))
            counts[section] = 1
            n = k
    assert counts == {
        "Surveys": 7, "Milestone Papers in Building Spectral Graph Convolution": 3,
        "GNNs in Spatial and Spectral Views": 84, "Twin Papers": 12, "Applications with Spectral Graph": 14,
        "Citation Info": 1,
    }, counts
    by = {}
    for p in papers:
        by.setdefault(p["line"], []).append(p)
    assert by[18][0]["title"] == ("Bridging the Gap between Spatial and Spectral Domains: A Unified Framework for Graph"
                                  " Neural Networks") and by[18][0]["doi"] == "10.1145/3627816", by[18]
    assert (by[21][0]["arxiv"], by[21][0]["end"]) == ("2302.05631", 23), by[21]
    assert by[33][0]["arxiv"] == "2003.11702", by[33]
    assert by[44][0]["title"] == "Wavelets on graphs via spectral graph theory", by[44]
    assert [p["arxiv"] for p in by[61]] == [None, None, "1503.03578", "1312.6203", "1506.05163", None], by[61]
    assert by[61][1]["doi"] == "10.1145/2623330.2623732" and all(p["title"] is None for p in by[61]), by[61]
    assert "10.1137/1.9781611977172.12" in [p["doi"] for p in by[68]], by[68]
    assert by[77][0]["title"] == "Simplifying Graph Convolutional Networks", by[77]
    assert [p["title"] for p in by[80]] == [None, None] and by[80][1]["arxiv"] == "2303.01028", by[80]
    assert [p["arxiv"] for p in by[81]] == ["2202.07902", "2202.07902"], by[81]
    assert by[89][0]["title"] == "Spectral graph convolutions for population-based disease prediction", by[89]
    assert by[122][0]["title"] == by[89][0]["title"], by[122]
    assert by[98][0]["title"] == "Spectral graph theory of brain oscillations—-Revisited and improved", by[98]
    assert (by[138][0]["end"], by[138][0]["doi"]) == (155, "10.1145/3627816"), by[138]
    assert len(papers) == 121, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Surveys / Milestone / Applications: every paper bullet is an entry spanning its two nested author and venue"
        " lines, title = link text or quoted bold text without quotes, bold and closing stop (24); year table 61-69:"
        " every link in a cell is an entry (84) with title None, the link text being a method nickname; Twin Papers"
        " table 77-81: every link is an entry (12), title = link text, None for the bare nicknames SpatialFormer /"
        " Specformer (80); the survey's own BibTeX block 138-155 is an entry (title field). Table-cell entries"
        " share lines, so their ids come from their own link; 121 entries.",
        "Read all 156 lines; compared -v for every bullet (18-36, 44-50, 86-125) including the two odd quote/bold"
        " orders (89, 122) and the repeated paper 122, the em-dash title 98, arXiv ids from venue text (23, 35, 38);"
        " counted the links of each year-table row (6, 5, 4, 9, 9, 14, 12, 16, 9) and checked per-link ids on 61,"
        " 64, 66, 68, 69 (arXiv and ACM/SIAM DOIs, none for NeurIPS/PMLR/AAAI/CVF); checked every Twin Papers link"
        " (77-81) and the BibTeX block.",
    )


if __name__ == "__main__":
    main()
