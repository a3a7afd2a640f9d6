"""Wild52 truth for aazaff/teachPaleobiology AdditionalReading/AdditionalReading.md: the "additional readings" page
of a 2016 University of Wisconsin paleobiology course (paleontology, evolution, ecology); newest commit 3788b18
(2016-04-24).

Shape: 44 lines, 6 KB.  ``# A List of Additional Readings`` (1), a note on downloading the PDFs (3), then
- ``## Additional readings for conceptual topics covered in class.`` (5): a pipe table without outer pipes,
  ``Topics | Description`` (7), ``--------- | ----------`` (8) and 10 rows (9-18);
- ``## Additional readings related to specific geologic events.`` (20): the same table shape, 9 rows (24-32);
- ``## Topics not covered in lecture.`` (34): 9 ``+`` bullets (36-44), a bare link each.
Every reading is one PDF, mostly a review article ("A classic review of ...", "Not exactly a true "review" paper"),
linked as ``[Topic](http://teststrata.geology.wisc.edu/teachPaleobiology/AdditionalReading/<Topic>.pdf)``.

Special cases:
- The link text is the course topic the reading covers (``Species Concepts``, ``End Permian``, ``Diversity
  Partitioning`` -> ``AlphaBetaGamma.pdf``, ``Foraminifera Revolution`` -> ``Planktic Foram Revolution.pdf``), not
  the article's title: no entry names its title.
- 10: ``Mophometrics`` (typo) links to ``.../Morphometrics`` without ``.pdf``; 38: the Evo-Devo link lacks the
  ``AdditionalReading/`` folder.
- 17: the Large-Scale Taphonomy description links the Small-Scale Taphonomy review again ("There is some noticable
  overlap with the [Small-Scale Taphonomy](...) review"): a cross-reference inside another entry's description, not
  a list item of its own -> not a second entry.
- No ids (no DOI, arXiv or PubMed link).

Decisions:
- Entry = every table data row and every ``+`` bullet (28), one line each.
- Title = None throughout (the link text is a topic label).
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "aazaff__teachPaleobiology__AdditionalReading__AdditionalReading@3788b18.md"
PART = "wild52_development"

LINK = r"\[(?P<topic>[^\]]+)\]\(http://teststrata\.geology\.wisc\.edu/teachPaleobiology/[^)]+\)"
ROW = re.compile(rf"^{LINK} \| \S")
BULLET = re.compile(rf"^\+ {LINK}$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# A List of Additional Readings"
    papers = []
    topics = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln) or BULLET.match(ln)
        if not m:
            assert "teststrata" not in ln, (n, ln)
            continue
        topics.append(m.group("topic"))
        papers.append(entry(lines, n, n, None))
    assert [p["line"] for p in papers] == [*range(9, 19), *range(24, 33), *range(36, 45)], papers
    assert topics[1] == "Mophometrics" and topics[9] == "Diversity Partitioning" and topics[-1] == "Zooplankton Revolution"
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 28, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every data row of the two outer-pipe-less tables (9-18, 24-32) and every '+' bullet (36-44) is an entry (28);"
        " each links one review PDF by the course topic it covers, so no entry names a title (title None); the"
        " Small-Scale Taphonomy link repeated inside the Large-Scale Taphonomy description (17) is a cross-reference,"
        " not an entry.",
        "Read all 44 lines; compared -v with every row and bullet: 28 entries, no ids, the typo 'Mophometrics' (10),"
        " the label/file mismatches (18 AlphaBetaGamma.pdf, 30 Planktic Foram Revolution.pdf), the cross-reference in"
        " 17 not counted.",
    )


if __name__ == "__main__":
    main()
