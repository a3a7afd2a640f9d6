"""Wild49 truth for AstrobioMike/AstrobioMike.github.io ``research/index.md``: the research page of Michael D. Lee, a
microbial ecologist / bioinformatician (NASA Ames, BMSIS, NBACC), with his publications grouped by theme; newest commit
(a32aadf, 2024-12-02).

Shape: 411 lines, 32 KB, Jekyll front matter (1-5), an Altmetric ``<script>`` (6), a photo ``<img>``, a bio (10-40:
affiliations, positions, education bullets 31-33, research summary), a ``*Publication groupings*:`` bullet list of
in-page anchors (44-51), a ``## Software`` section (63-69: ``### [GToTree](...)`` and ``### [Bioinformatics Tools
(bit)](...)`` headings with one descriptive bullet each -- software, not entries), then ``### Publications`` (78) with
seven ``#### **Group**`` headings (Space Biology 80, Astrobiology 111, Marine Microbes 157, Software, platforms,
workflows, and education 308, CoVID-19 369, Aquaponics 385, Genome Announcements 395), each after a hidden ``<hr>``.
Every publication is a five-to-seven-line card:
``<a name="Key"></a>`` / ``<div ... class='altmetric-embed' ... data-doi="..."></div>`` / blank /
``Authors (Year). [Title](url){:target="_blank"}. *Journal*.`` (two trailing spaces) /
``[PDF download](...){:target="_blank"}`` / for the two software papers also
``[Software](...){:target="_blank"} | [Documentation](...){:target="_blank"}`` (322, 350).
Kramdown ``{:target="_blank"}`` attribute lists follow every link; the page author is bold ``**Lee, M.D.**``.

Special cases:
- The Altmetric badge's ``data-doi`` is badge markup and not always this card's DOI: written as ``doi.org/10...``,
  ``doi.org/doi.org/10.3390/jof7030210`` (202) or ``doi: 10.1128/AEM.02137-17`` (265), and wrong twice -- the
  ``Lee_et_al_2017_AEM`` card (251) repeats the 2019 Synechococcus DOI ``10.1111/1462-2920.14552`` while its link is
  ``10.1128/AEM.02026-17``; the GToTree card (346) gives the bioRxiv preprint ``10.1101/512491`` while its link is
  the Bioinformatics DOI.  So the anchor and badge lines are not taken into an entry's span.
- Titles hold italics (``*Trichodesmium*``, ``*Synechococcus*``, ``*Burkholderia*``, ``*Lactuca sativa*``) and curly
  quotes (274 ``Comment on “The complex effects of ... *Trichodesmium*”``, a Science technical comment, an entry).
- 137 O'Rourke et al. 2020 is a book chapter (``Book chapter in *Astrobiology: ...*``): an entry.
- 400 ``Becket, E. et al.`` and 407 (genome announcements) link to mra.asm.org, not doi.org; 232 (Kling 2019) and
  341 (anvi'o) link to nature.com: these give no DOI (the badge above would, but is not in the span).
- Papers appear once each (no repeats across groups).

Decisions:
- Entry = every citation line (44) with the PDF / Software lines right below it (span: citation line to the last
  non-blank line of the card); the anchor and badge lines above are markup.
- Title = the text of the first link on the citation line (markup removed).
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "AstrobioMike__AstrobioMike.github.io__research__index@a32aadf.md"
PART = "wild49_development"

CITE = re.compile(r"^(?P<authors>.+?) ?\((?P<year>\d{4})\)\. \[(?P<title>.+?)\]\((?P<url>https?://[^)\s]+)\)\{:target=\"_blank\"\}\. ")
BADGE = re.compile(r"""^<div style="float: right; padding-left: 15px" class='altmetric-embed' .* data-doi="[^"]+"></div>$""")
AFTER = re.compile(r"^\[(?:PDF download|Software)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[77] == "### Publications", lines[77]
    papers = []
    for n, ln in enumerate(lines, 1):
        m = CITE.match(ln)
        if not m:
            assert not re.search(r"\(\d{4}\)\. \[", ln), (n, ln)
            continue
        assert n > 78 and BADGE.match(lines[n - 3]) and lines[n - 4].startswith("<a name="), (n, lines[n - 4 : n - 1])
        last = n
        while last < len(lines) and AFTER.match(lines[last]):
            last += 1
        assert last > n, (n, "no PDF line")
        papers.append(entry(lines, n, last, m.group("title")))
    t = {p["line"]: p for p in papers}
    assert (t[85]["title"], t[85]["doi"]) == ("Spaceflight alters host-gut microbiota interactions", "10.1038/s41522-024-00545-1")
    assert t[137]["title"] == "Following the Astrobiology roadmap: origins, habitability, and future exploration", t[137]
    assert t[253]["doi"] == "10.1128/aem.02026-17", t[253]
    assert t[274]["title"] == ("Comment on \u201cThe complex effects of ocean acidification on the prominent N2-fixing"
                               " cyanobacterium Trichodesmium\u201d"), t[274]
    assert (t[320]["title"], t[320]["end"]) == ("bit: a multipurpose collection of bioinformatics tools", 322), t[320]
    assert (t[348]["doi"], t[348]["end"]) == ("10.1093/bioinformatics/btz188", 350), t[348]
    assert t[232]["doi"] is None and t[400]["doi"] is None and t[407]["doi"] is None
    assert t[390]["title"].startswith("Lettuce (Lactuca sativa) productivity"), t[390]
    assert len(papers) == 44, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every citation line 'Authors (Year). [Title](url){:target=\"_blank\"}. *Journal*.' under '### Publications'"
        " (44, in seven themed groups) is an entry spanning that line and the '[PDF download]' / '[Software] |"
        " [Documentation]' lines below it; the '<a name>' anchor and Altmetric badge div above each card are markup"
        " (their data-doi is sometimes malformed or another paper's); title = the first link's text, markup removed."
        " The Software section's tool headings are not entries; the book chapter (137) and the Science comment (274)"
        " are.",
        "Read all 411 lines; compared -v with all 44 cards: titles (italic genus names cleaned, curly quotes in 274),"
        " spans (two-line cards, three-line 320-322 and 348-350), DOIs from the doi.org links incl. 253 (where the"
        " badge carries a wrong DOI) and 348 (badge gives the preprint); no DOI for the nature.com / mra.asm.org links"
        " (232, 341, 400, 407) -- checked that 44 anchors, 44 badges and 44 citation lines match one-to-one.",
    )


if __name__ == "__main__":
    main()
