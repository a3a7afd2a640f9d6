"""Wild36 truth for FlindersFAME/fame.github.io _pages/publications.md: the publications page of a
microbiology / bioinformatics research group (Flinders Accelerator for Microbiome Exploration).

The file is taken from the tip of the `gh-pages` branch (3a6d00d, 2024-12-30), the branch the site is
built from; the fetched snapshot's HEAD is the old `main` branch (2021), which has no publications page.

Shape: Jekyll front matter (lines 1-6), one sentence of intro (line 8), year headings `## 2024` ...
`## 2020`, then one `### Title` heading per paper followed by a `<small>` line: "Authors (year),
[Venue](url){:target="_blank"}</small>" (kramdown attribute list after the link).  In four records
the `<small>` block wraps onto a second line (137-138, 219-220, 247-248, 275-276), so an entry runs from
its heading to the line closing `</small>`.  Many later records have no year; some venue links are not
URLs (177 is empty, 180 and 244 hold a page title, 81 a PDF file name, 93 is `[Authorea Preprints]
(10.22541/...)` with a space, so no link but a bare DOI in text; 269 links to `doi: 10.1093/...`).
Line 192's DOI is percent-encoded (`10.3390%2F...`), line 207's is an arXiv DOI (10.48550), which gives
the arXiv id too.

Every `###` heading is one entry (103), titles as the heading writes them (line 281's underscores are
Markdown emphasis and go; line 80's "What the protein!?" keeps its punctuation; line 107's curly
quotes stay).  Decisions: journal articles, preprints, conference papers, a meeting review (130), a
statement in support of a commentary (107) and an ICTV taxonomy proposal on the ICTV site (209) are all
records of one scholarly work each, so entries.  Repeated records are separate entries: the leopard
shark paper (124 and 155), the Porites paper (127 and 194), the prophage rates preprint (119 and 197) and
the whale shark paper written twice with different spellings (47 and 89).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "FlindersFAME__fame.github.io___pages__publications@3a6d00d.md"
PART = "wild36_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("### "):
            continue
        assert lines[i].startswith("<small>"), i
        j = i + 1
        while "</small>" not in lines[j - 1]:
            j += 1
        assert j - i <= 2, i
        title = ln[4:].strip()
        p = entry(lines, i, j, title)
        papers.append(p)
    # the four wrapped <small> blocks
    assert [p["line"] for p in papers if p["end"] - p["line"] == 2] == [136, 218, 246, 274]
    titles = {p["line"]: p["title"] for p in papers}
    assert titles[281] == "Adaptive evolution of sulfite tolerance in Brettanomyces bruxellensis"
    assert titles[80] == "What the protein!? Computational methods for predicting microbial protein functions"
    ids = {p["line"]: (p["arxiv"], p["doi"]) for p in papers}
    assert ids[92] == (None, "10.22541/au.167542930.03517639/v1"), ids[92]
    assert ids[191] == (None, "10.3390/microorganisms10081671"), ids[191]
    assert ids[206] == ("2207.06529", "10.48550/arxiv.2207.06529"), ids[206]
    assert ids[268] == (None, "10.1093/function/zqab019"), ids[268]
    for n in (27, 80, 176, 179, 209, 243):
        assert ids[n] == (None, None), (n, ids[n])
    # every heading's text sits on its own heading line
    for p in papers:
        heading = re.sub(r"_([^_]+)_", r"\1", lines[p["line"] - 1][4:])
        assert p["title"] == heading.strip(), p["line"]
    assert len(papers) == 103, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '### Title' heading with the <small> author/venue line(s) after it is one entry (journal articles, "
        "preprints, conference papers, a meeting review, a statement, an ICTV taxonomy proposal); the title is the "
        "heading text; repeated records stay separate entries.",
        "The first and last entry of every year section, the four records whose <small> block wraps (136, 218, 246, "
        "274), the records with no link or a non-URL link (27, 80, 92, 176, 179, 209, 243, 268), the percent-encoded "
        "and arXiv DOIs (191, 206), the emphasis in 281, the repeated records (47/89, 119/197, 124/155, 127/194) and "
        "about 25 others read by eye against the file.",
    )


if __name__ == "__main__":
    main()
