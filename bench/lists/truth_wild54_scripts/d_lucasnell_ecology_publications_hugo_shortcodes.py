"""Wild54 truth for lucasnell/nell_website content/publications.md: an ecologist's (Lucas A. Nell) publication page
in a Hugo site, newest commit touching it (38419c4, 2025-09-18).

Shape: 102 lines, 5 KB.  TOML front matter between ``+++`` (1-6); an HTML ``<div class="row auto">`` legend (10-23)
explaining the link icons (closed access, open access, PDF) and ``* = mentored undergrad author``; then the list
between the Hugo shortcodes ``{{% publication_section %}}`` (26) and ``{{% /publication_section %}}`` (98): 13 ``* ``
bullets in reverse date order (2025 ... 2012), each a hand-wrapped citation of 3-8 lines, continuation lines indented
two spaces: ``Authors (the owner as __Nell LA__, students as Sinclair C\\*). YEAR.`` / title / ``*Journal* vol(issue):
pages.`` then zero to two shortcode link lines ``{{% img_link link="https://doi.org/..." type="open" %}}``.  Where the
line breaks fall varies: the year alone on its line (53, 60), the title on its own line(s) (29, 33-34, 54-55,
61-63), or author list, year, title and journal run together (80-82, 85-87, 89-91, 94-96).

Special cases:
- 61 and 68: the title starts with a package name in ``<span class="monospace">phyr</span>`` /
  ``<span class="monospace">jackalope</span>``; the span is markup, the name stays (``phyr: an R package ...``).
- 94-96: ``2012\\.`` (escaped period after the year) and an italic species name inside the title (``... rodent
  malaria *Plasmodium chabaudi*. *PLOS Biology* 10(7)...``): the italics are dropped, the name kept.
- 51-56: the title uses U+2010 hyphens (``top‐down``, ``bottom‐up``); kept as written.
- 27-30: no link line at all (no id); 36-40: the only link is a science.org author-token URL (no DOI);
  59-66: DOI link plus a bioRxiv PDF link (the DOI, first in the entry, is taken).
- The legend's ``* = mentored undergrad author`` (22) is not a bullet of the list.

Decisions:
- Entry = each ``* `` bullet inside the publication_section shortcode, from its first line to its last link line.
- Title = the text between ``YEAR.`` and the journal in italics followed by its volume (``*Journal* 34(15)``),
  markup removed, closing period dropped.
- Ids from the entry's lines: DOIs from the doi.org links (lower-cased by the helper); no arXiv ids.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "lucasnell__nell_website__content__publications@38419c4.md"
PART = "wild54_development"

OPEN, CLOSE = "{{% publication_section %}}", "{{% /publication_section %}}"
CITE = re.compile(r"(?:19|20)\d\d\\?\.\s+(?P<title>.+?)\.?\s+\*(?P<journal>[^*]+)\*\s*\d")
SHORTCODE = re.compile(r"^\s*\{\{% img_link link=\"[^\"]+\" type=\"(?:open|closed|pdf)\" %\}\}$")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index(OPEN) + 1
    stop = lines.index(CLOSE) + 1
    assert (start, stop) == (26, 98), (start, stop)
    heads = [n for n in range(start + 1, stop) if lines[n - 1].startswith("* ")]
    papers = []
    for i, n in enumerate(heads):
        end = (heads[i + 1] if i + 1 < len(heads) else stop) - 1
        assert all(lines[k - 1].startswith("  ") for k in range(n + 1, end + 1)), (n, end)
        text_lines = [ln for ln in lines[n - 1 : end] if not SHORTCODE.match(ln)]
        text = re.sub(r"\s+", " ", " ".join(text_lines))
        m = CITE.search(text)
        assert m, (n, text)
        title = m.group("title")
        papers.append(entry(lines, n, end, title))
    t = {p["line"]: p for p in papers}
    assert t[27] == {"line": 27, "end": 30, "title": "Transcriptional responses to priority effects in nectar yeast",
                     "arxiv": None, "doi": None}, t[27]
    assert t[31]["title"] == "Shared features underlying compact genomes and extreme habitat use in chironomid midges"
    assert (t[36]["end"], t[36]["doi"]) == (40, None), t[36]
    assert t[51]["title"] == "Transient top‐down and bottom‐up effects of resources pulsed to multiple trophic levels"
    assert t[59]["title"] == ("phyr: an R package for phylogenetic species-distribution modelling in ecological"
                              " communities"), t[59]
    assert t[59]["doi"] == "10.1111/2041-210x.13471", t[59]
    assert t[67]["title"] == "jackalope: a swift, versatile phylogenomic and high-throughput sequencing simulator"
    assert t[80]["title"] == ("Pilot study: use of contrast-enhanced ultrasonography in feline renal transplant"
                              " recipients"), t[80]
    assert (t[94]["title"], t[94]["end"], t[94]["doi"]) == (
        "The evolutionary consequences of blood-stage vaccination on the rodent malaria Plasmodium chabaudi", 97,
        "10.1371/journal.pbio.1001368"), t[94]
    assert all(p["arxiv"] is None for p in papers)
    assert len(papers) == 13, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* ' bullet between the {{% publication_section %}} shortcodes (26-98) is an entry (13), spanning its"
        " wrapped citation lines and its {{% img_link %}} shortcode lines; title = the text between 'YEAR.' (also"
        " 'YEAR\\.') and the italic journal followed by its volume, markup (<span class=monospace>, italics, __bold__)"
        " removed, closing period dropped; the HTML legend (10-23) is not an entry.",
        "Read all 102 lines; compared -v for all 13 entries: titles on their own lines (29, 33-34, 54-55 with U+2010"
        " hyphens, 61-63 with the phyr span) and run-in ones (80-82, 85-87, 89-91, 94-96 with 2012\\. and the"
        " italic Plasmodium chabaudi); DOIs from doi.org shortcode links, none for 27 (no link) and 36 (science.org"
        " token link), the DOI before the bioRxiv link in 59-66.",
    )


if __name__ == "__main__":
    main()
