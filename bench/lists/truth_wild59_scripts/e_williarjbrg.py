"""Wild59 truth for williarj/williarj.github.io BRG.markdown at 72d7844 (2020-12-04, the newest commit touching
it): the schedule page of the Rose-Hulman Bioinformatics Reading Group, a Jekyll page (file is ``.markdown``).

Shape: 77 lines.  Front matter (1-4); three ``[comment]:`` link-reference "comments" (6, 8, 10) and the mailing
list sentence (12-13); an HTML comment ``<!-- Blank schedule ... -->`` (15-24) holding an empty template table
with ``[TBD]()`` rows; then one block per quarter, newest first, each an ``<h4>`` heading, sometimes a "Theme - ..."
line, and a pipe table ``|Date |Time|Location| |Paper|`` whose rows have no closing pipe:
- Winter 2020-21 (27-34; preceded by a stray "Blank schedule" line 26), Fall 2020-21 "Machine Learning" (37-45),
  Spring 2019-20 "Coronaviruses" (47-55), Winter 2019-20 "The Baldwin Effect" (58-66), Fall 2019-20 (69-76).
The Paper cell is one Markdown link.  Its text is written three ways:
- bare title (31-33): ``[Improved protein structure prediction using potentials from deep learning](doi)``;
- title with a final period (42-45): ``[Deep Learning for Biology.](http://doi.org/... )``;
- title. Authors. Year. Venue. (52-55, 63-64, 73-76): ``[SANTA-SIM: simulating viral sequence evolution dynamics
  under selection and recombination. Jariani et al. 2019. Virus Evolution.](doi)``.

Special cases:
- Placeholders are not papers: ``[TBD]()`` (34 and the commented template 20-23), the group's own sessions
  "Building our own Baldwin model." (65, a GitHub link) and "Extending our model." (66, empty link).
- 52 has a leading space inside the URL ``( https://doi.org/...)`` and 42 a trailing space; 52's title contains a
  U+2010 hyphen ("2019‐new coronavirus"), kept as written.
- 64 has a space before the link (``| | [Organic Selection ...``).
- 75's title has an emphasised species name ``*Chthamalus anisopoma*``: the asterisks are markup and dropped.
- 63 "How Learning can Guide Evolution. Hinton & Nowlan. 1987. Complex Systems." and 64 "Organic Selection and
  Social Heredity: The Original Baldwin Effect Revisited. Le. 2019. ..." (a one-word author "Le").
- The titles themselves contain no ". " followed by more text except the author part, so the title is the link
  text up to the first ". " (or without its final period when it has none); checked row by row below.

Decisions:
- Entry = every table row outside the HTML comment whose Paper link is a paper (17 entries, one line each):
  31-33, 42-45, 52-55, 63-64, 73-76.  Title = the link text cut at the first ". " and stripped of a final
  period and of ``*`` emphasis.  DOIs come from the doi.org links and from the mitpressjournals ``/doi/pdf/``
  URL of 64 (lower-cased by the helper); 63 and 74-76 link to PDFs / article pages without a DOI.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "williarj__williarj.github.io__BRG@72d7844.md"
PART = "wild59_development"

ROW = re.compile(r"^\|[^|]*\|[^|]*\|[^|]*\| *\| *\[(?P<text>[^\]]*)\]\((?P<url>[^)]*)\)")
NOT_PAPERS = {"TBD", "Building our own Baldwin model.", "Extending our model."}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_comment = False
    for n, ln in enumerate(lines, 1):
        if ln.startswith("<!--"):
            in_comment = True
        if in_comment:
            if "-->" in ln:
                in_comment = False
            continue
        m = ROW.match(ln)
        if not m or m.group("text") in NOT_PAPERS:
            continue
        title = m.group("text").split(". ")[0].rstrip(".").replace("*", "").strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [31, 32, 33, 42, 43, 44, 45, 52, 53, 54, 55, 63, 64, 73, 74, 75, 76], sorted(by)
    assert by[31]["title"] == "Improved protein structure prediction using potentials from deep learning"
    assert by[31]["doi"] == "10.1038/s41586-019-1923-7", by[31]
    assert by[42]["title"] == "Deep Learning for Biology", by[42]
    assert by[42]["doi"] == "10.1038/d41586-018-02174-z", by[42]
    assert by[44]["title"] == "Supervised Machine Learning for Population Genetics: A New Paradigm", by[44]
    assert by[52]["title"] == "The 2019\u2010new coronavirus epidemic: Evidence for virus evolution", by[52]
    assert by[52]["doi"] == "10.1002/jmv.25688", by[52]
    assert by[55]["title"] == (
        "High reproduction number of Middle East respiratory syndrome coronavirus in nosocomial outbreaks:"
        " mathematical modelling in Saudi Arabia and South Korea"
    ), by[55]
    assert by[63]["title"] == "How Learning can Guide Evolution", by[63]
    assert by[64]["title"] == "Organic Selection and Social Heredity: The Original Baldwin Effect Revisited"
    assert by[74]["title"] == (
        "A large multi-ethnic genome-wide association study identifies novel genetic loci for intraocular pressure"
    ), by[74]
    assert by[75]["title"] == (
        "Using evolutionary computation methods to support analytical models for the evolution and maintenance of"
        " conditional strategies in Chthamalus anisopoma"
    ), by[75]
    assert by[76]["title"] == "Mathematical modeling and computational prediction of cancer drug resistance"
    write_truth(
        NAME,
        PART,
        papers,
        method="Entry = every row of the quarterly |Date |Time|Location| |Paper| tables outside the HTML comment"
        " whose Paper link names a paper (17 rows, one line each: 31-33, 42-45, 52-55, 63-64, 73-76); [TBD]()"
        " rows and the group's own 'Building our own Baldwin model.' / 'Extending our model.' sessions are not"
        " entries.  Title = the link text up to the first '. ' (the rest is authors, year and venue), without a"
        " final period and without the * emphasis of a species name.",
        checked="Read the whole file; compared the -v output with every table row of the five quarters and the"
        " commented template, the three ways the link text is written, the DOIs from doi.org links (including the"
        " spaces inside the URLs of 42 and 52), and the U+2010 hyphen in 52.",
    )


if __name__ == "__main__":
    main()
