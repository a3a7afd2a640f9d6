"""Wild48 truth for faosorios/SpatialPack README.md: the README of an R package (spatial association between two
processes) whose reference parts form its bibliography: the methods' source papers, the authors' own references and
a "Papers using SpatialPack" list; newest commit (ef94a59, 2025-03-20).

Shape: 112 lines, 9 KB.  Title and CRAN badges (1-4), an intro (6), then a nested bullet list of methods (8-16):
``* Tjostheim's Coefficient.`` (a method name, not a paper) with an indented sub-bullet reference under it
``  - Tjostheim, D., 1978. A measure of association ... variables. [Biometrika](https://doi.org/...) 65, 109-114.``:
authors, ``YEAR.``, the plain-text title, then the JOURNAL NAME as the link text over the DOI link, volume and
pages.  A book paragraph (20), manual, resources, installation, features (22-59), ``## Citation`` with a fenced
``r`` block holding the package's book citation and BibTeX (61-83), ``## References`` (85) with five ``- `` bullets
(86-90) in a second style ``Authors (YEAR). Title. [Journal](doi) vol, pages.``, ``## Papers using SpatialPack`` (92)
with six more in that style (93-98), a Google Scholar "see more" line (100), feedback and authors (102-112).

Special cases:
- The link text is the venue, never the title: the title is the plain text before the link.
- 13 ``Matheron, G., 1965. [Les Variables Regionalisees et leur Estimation](http://www.numdam.org/...). Masson,
  Paris.``: a book (the link text is the book title); not an entry.  20 and the Citation block 65-83 are the
  package's own book (Springer 2020, ISBN): not entries.
- 87 (Acosta & Vallejos 2018, Electronic Journal of Statistics) links the DOI of 88 (10.1111/stan.12060, Statistica
  Neerlandica): a wrong DOI, kept as written, so two entries carry the same DOI.
- 93 has two spaces after ``(2025).``; 96's title contains ``(PCI)``.
- Method bullets (8, 10, 12, 15), features, resources and the Scholar line are not entries.

Decisions:
- Entry = every reference sub-bullet of a paper (9, 11, 14, 16) and every ``- `` bullet under References (86-90) and
  Papers using SpatialPack (93-98): 15 entries, one line each.
- Title = the plain text after ``YEAR.`` / ``(YEAR).`` up to the venue link, final period dropped.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "faosorios__SpatialPack__README@ef94a59.md"
PART = "wild48_development"

REF = re.compile(
    r"^(?:  )?- (?P<authors>.+?)(?:, \d{4}\.| \(\d{4}\)\.)\s+(?P<title>[^\[]+?) \[[^\]]+\]\(https://doi\.org/"
)
BOOK = 13


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# SpatialPack: ")
    papers = []
    for n, ln in enumerate(lines, 1):
        if not (8 <= n <= 16 or 85 <= n <= 98) or not re.match(r"^(?:  )?- ", ln):
            continue
        if n == BOOK:
            assert "Masson, Paris" in ln
            continue
        m = REF.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    assert len(papers) == 15, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[9]["title"], t[9]["doi"]) == ("A measure of association for spatial variables", "10.1093/biomet/65.1.109")
    assert t[16]["title"] == ("Modified F test for assessing the multiple correlation between one spatial process and"
                              " several others"), t[16]
    assert t[87]["doi"] == t[88]["doi"] == "10.1111/stan.12060"
    assert t[93]["title"] == ("Global diversity patterns are explained by diversification rates and dispersal at"
                              " ancient, not shallow, timescales"), t[93]
    assert t[96]["title"].endswith("(PCI) with global warming context"), t[96]
    assert all(p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every reference bullet of a paper is an entry (15): the indented '  - ' sub-bullets under the method bullets"
        " (9, 11, 14, 16; style 'Authors, YEAR. Title. [Journal](doi) vol, pages.') and the '- ' bullets under '##"
        " References' (86-90) and '## Papers using SpatialPack' (93-98; style 'Authors (YEAR). Title. [Journal](doi)"
        " ...'); title = the plain text between the year and the venue link (the link text is the journal, not the"
        " title), final period dropped; Matheron's 1965 book (13) and the package's own book (20, Citation block"
        " 65-83) are not entries; method-name bullets, features and resources are not entries.",
        "Read all 112 lines; compared -v for all 15 entries: titles cut before the venue link in both styles, the"
        " double space on 93, '(PCI)' inside 96's title, Matheron book 13 skipped; DOIs from every doi.org link,"
        " including the wrong DOI of 87 repeating 88's (10.1111/stan.12060) kept as written.",
    )


if __name__ == "__main__":
    main()
