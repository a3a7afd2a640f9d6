"""Wild55 truth for jflournoy/old.jflournoy.github.io publications.md: John C. Flournoy's (developmental
cognitive neuroscience / psychology) personal publication page for a Tufte-style Jekyll theme, commit e419423 (2021-06-21), the newest commit where the
file exists: the newest commit touching the path (d3ab021, 2021-09-10, a built-site push) deletes it.

Shape: 164 lines.  Front matter (1-4), Liquid ``{% newthought %}`` / ``{% marginnote %}`` tags and a numbered
table of contents whose items are HTML anchors (6-12), then three ``#`` sections: ``# Pre-publication`` (14),
``# Journal articles`` (28) and ``# Miscellaneous contributions`` (134).  Every citation is an APA reference
written as a Markdown blockquote paragraph that starts with ``>`` and wraps lazily over up to six lines without
further ``>`` (e.g. 115-120), separated by blank lines: ``>Authors (Year). Title. *Journal*, vol(issue), pages.
[doi](https://doi.org/...)``, the page owner in bold (``**Flournoy, J. C.**``, once split over two lines 18-19).

Special cases:
- Liquid side notes ``{% sidenote "id" "..." %}`` (with Markdown links inside) are glued to the end of the title,
  before its period (20, 54, 59, 83, 90, 95, 105 with a space before, 109 inside the author list).
- Titles containing a question mark mid-title (42 ``Feeling left out or just surprised? Neural ...``, 46, 52-54,
  109-112) or ending the first clause (``... socioeconomic status? Assessing the evidence``).
- Some entries carry two DOI links: the paper's DOI and an ``([OSF](https://doi.org/10.17605/OSF.IO/...))`` link
  (55, 61, 66); the paper DOI comes first.  One DOI link ends with a stray period (48).
- Pre-prints are on PsyArXiv (16-26, DOIs 10.31234/osf.io/...).
- ``# Miscellaneous contributions`` (134-161) lists two talks/tutorials (140, 142), a figshare data set (146-147) and
  two conference posters (151-161): not papers.

Decisions:
- Entry = each ``>`` blockquote citation of the Pre-publication and Journal articles sections (16-132): 3 + 25 = 28;
  span = the ``>`` line through the last non-blank line of the paragraph.  The miscellaneous section has none.
- Title = the paragraph's text (lines joined by a space, side-note tags removed) after the first ``(YYYY). `` up to
  the first period followed by a space; ``?`` inside the title is kept.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "jflournoy__old.jflournoy.github.io__publications@e419423.md"
PART = "wild55_development"

SIDENOTE = re.compile(r"\s*\{%\s*sidenote\s+\"[^\"]*\"\s+\".*?\"\s*%\}")
TITLE = re.compile(r"\(\d{4}\)\.\s+(?P<title>.+?)\.\s")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[133] == "# Miscellaneous contributions", lines[133]
    papers = []
    for n, ln in enumerate(lines[:133], 1):
        if not ln.startswith(">"):
            continue
        last = n
        while last < len(lines) and lines[last].strip():
            last += 1
        text = " ".join(x.strip() for x in lines[n - 1:last]).lstrip(">")
        text = SIDENOTE.sub("", text)
        m = TITLE.search(text)
        assert m, (n, text)
        papers.append(entry(lines, n, last, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 28, len(papers)
    assert by[16]["title"].startswith("Concurrent and Prospective Associations Between Fitbit"), by[16]
    assert by[16]["doi"] == "10.31234/osf.io/wvpt2", by[16]
    assert by[18]["title"] == "Multi-method confirmatory factor analyses of puberty in early adolescent girls", by[18]
    assert by[23]["title"] == "Pubertal hormones and brain structure: Exploring the value of hair assays", by[23]
    assert by[42]["title"] == ("Feeling left out or just surprised? Neural correlates of social exclusion and"
                               " overinclusion in adolescence"), by[42]
    assert by[52]["title"] == ("Inequality in personality and temporal discounting across socioeconomic status?"
                               " Assessing the evidence"), by[52]
    assert by[52]["doi"] == "10.1016/j.jrp.2019.05.003", by[52]
    assert by[103]["title"] == ("Presentation and Validation of the DuckEES Child and Adolescent Dynamic Facial"
                                " Expressions Stimulus Set"), by[103]
    assert by[109]["title"] == ("How much motion is too much motion? Determining motion thresholds by sample size"
                                " for reproducibility in developmental resting-state MRI"), by[109]
    assert (by[128]["end"], by[128]["title"]) == (
        132, "5-HTTLPR Short Allele, Resilience, and Successful Aging in Older Adults"), by[128]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '>' blockquote APA citation of the 'Pre-publication' and 'Journal articles' sections (16-132) is"
        " an entry, spanning its lazily wrapped paragraph; the talks, tutorial, data set and posters under"
        " 'Miscellaneous contributions' are not.  Title = the paragraph text (lines joined, Liquid {% sidenote %}"
        " tags removed) after the first '(YYYY). ' up to the first period followed by a space.",
        checked="Read all 28 paragraphs against -v: the multi-line titles (18-20, 23-25, 52-54, 57-60, 109-112,"
        " 115-119, 122-125, 128-131), side notes glued to titles (20, 54, 59, 83, 90, 95, 105), the mid-title"
        " question marks (42, 46, 52, 109), the section boundary at 134, and the DOIs (paper DOI before the OSF"
        " DOI at 55, 61, 66; PsyArXiv DOIs for the pre-prints).",
    )


if __name__ == "__main__":
    main()
