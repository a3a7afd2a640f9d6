"""Wild50 truth for BenMMarshall/bmmWebsite content/publications.md: the publication page of an ecologist's
(Benjamin M. Marshall: reptile movement ecology, wildlife trade) blogdown/Hugo personal site, newest commit
(73b3fd4, 2026-05-11, "rebuilt rmds").  The .md is the ``keep_md`` output that R Markdown renders from
``publications.Rmd`` + ``publicationList.bib`` (RefManageR style), so every reference is a small HTML block.

Shape: 253 lines, 12 KB.  YAML front matter (1-8), ``## Preprints`` (10) with 8 references, ``## Publications`` (57)
with year headings written as italic ``### *2025*`` (61, 98, 111, 136, 179, 210, 223) over 30 references, and
``## Alternative Lists of Publications`` (247) with three ORCID / ResearchGate / Scholar profile links (not entries).
Each reference is one ``<p><cite>Authors\\n(Year).\\n"Title".\\nIn: <em>Venue</em> ...\\nDOI: <a ...>doi</a>.</cite></p>``
block of 4-5 lines, blank-line separated; the title sits alone on the block's third line, either as
``&ldquo;Title&rdquo;.`` (an article: quoted) or as ``<em>Title</em>.`` (three preprints with no venue, 14/25/30, where
the BibTeX style italicises the title as if it were a book).

Special cases:
- 17-21: the DOI link doubles its prefix, ``https://doi.org/https://doi.org/10.32942/X2T66D``; still that DOI.
- 224-227: the Herpetological Bulletin note has no DOI line (4-line block).
- Entities inside titles/authors (``&ndash;`` in pages, a curly ``’`` in ``D’souza`` 143) are left to the helpers.
- 51-55 ``abmAnimalMovement: ...`` is a software paper in F1000Research and 62-66 a Data in Brief data paper: both
  are published research articles on a publication page, so entries.
- No repeats: the Current Biology wildlife-imports article (92-96) was a preprint on the older page, but here the
  preprint is gone.

Decisions:
- Entry = every ``<p><cite>`` .. ``</cite></p>`` block (38: 8 preprints + 30 publications); title = the text between
  ``&ldquo;`` and ``&rdquo;`` or inside ``<em>`` on the block's third line.
- Not entries: front matter, headings, the three profile links at the end.
- Ids from the block: DOIs from the doi.org links (EcoEvoRxiv 10.32942, bioRxiv 10.1101, journals); no arXiv.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "BenMMarshall__bmmWebsite__content__publications@73b3fd4.md"
PART = "wild50_development"

OPEN = re.compile(r"^<p><cite>\S")
CLOSE = re.compile(r"</cite></p>$")
YEAR = re.compile(r"^\(\d{4}\)\.$")
QUOTED = re.compile(r"^&ldquo;(?P<t>.+)&rdquo;\.$")
ITALIC = re.compile(r"^<em>(?P<t>.+)</em>\.$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[1] == 'title: "Publications"'
    papers = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if not OPEN.match(ln):
            assert "<cite>" not in ln and "</cite>" not in ln, (n, ln)
            n += 1
            continue
        last = n
        while not CLOSE.search(lines[last - 1]):
            last += 1
        assert 4 <= last - n + 1 <= 5, (n, last)
        assert YEAR.match(lines[n]), (n, lines[n])
        m = QUOTED.match(lines[n + 1]) or ITALIC.match(lines[n + 1])
        assert m, (n, lines[n + 1])
        papers.append(entry(lines, n, last, m.group("t")))
        n = last + 1
    assert len(papers) == 38, len(papers)
    assert sum(1 for p in papers if p["line"] < 57) == 8
    t = {p["line"]: p for p in papers}
    assert t[12]["title"].startswith("Data- and code-archiving in the British Ecological Society journals"), t[12]
    assert t[17]["doi"] == "10.32942/x2t66d", t[17]
    assert t[23]["title"] == "Roe Deer show an affinity for woodland and reluctance to cross roads", t[23]
    assert t[39]["doi"] == "10.1101/2024.06.19.599733", t[39]
    assert t[143]["title"] == (
        "Space use and activity of Boiga cyanea – A major songbird nest predator in a seasonal tropical forest in"
        " Thailand"), t[143]
    assert (t[224]["doi"], t[224]["end"]) == (None, 227), t[224]
    assert t[241]["title"] == (
        "Spatial ecology of a small arboreal ambush predator, Trimeresurus macrops Kramer, 1977, in Northeast Thailand")
    assert sum(1 for p in papers if p["doi"]) == 37
    write_truth(
        NAME,
        PART,
        papers,
        "Every <p><cite> ... </cite></p> reference block (4-5 lines: authors / (year). / title / venue / DOI link) is an"
        " entry (38: 8 under Preprints 12-55, 30 under the italic year headings of Publications 62-245); title = the"
        " block's third line, inside &ldquo;...&rdquo; (articles) or <em>...</em> (three venue-less preprints 12, 23,"
        " 28); the three profile links under 'Alternative Lists of Publications' are not entries.",
        "Read all 253 lines; compared -v for all 38 blocks: block spans (the DOI-less 4-line block 224-227), the three"
        " <em> titles, the doubled doi.org prefix 17-21 (DOI 10.32942/x2t66d), entity/curly-quote text (143 en dash),"
        " software and data papers (51, 62) kept, 37 DOIs and no arXiv ids.",
    )


if __name__ == "__main__":
    main()
