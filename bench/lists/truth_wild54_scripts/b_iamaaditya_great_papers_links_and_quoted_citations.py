"""Wild54 truth for iamaaditya/iamaaditya.github.io notes/papers/index.md: "Great Papers", a PhD student's (Aaditya
Prakash) personal notes page of papers worth reading, newest commit (b70f9cb, 2019-11-07, "add image processing").

Shape: 124 lines, 13 KB, Jekyll front matter (1-7), then ``##``/``###`` sections whose bullets change shape from section
to section:
- ``## Aggregators`` (9-14): ``Name - blurb <url>`` for websites (Short Science, arxiv-sanity, ...): not entries.
- ``### General`` (16-22): ``CS: What Papers everyone should read <stackexchange url>`` and the MathOverflow twin (17-18,
  Q&A threads, not entries), then four essays on reading and writing papers in ``Title - Author <url>`` / ``Title Author
  <url>`` form (19-22: Keshav, Lamport, Goldreich twice).
- ``### Big Data`` (24-43): ``[Title](url)`` bullets.
- ``### Computer Vision`` (45-85): ``[ Title](url)`` with a space after the bracket; many Google Scholar links keep HTML
  ``&amp;`` entities, one title too (74 ``Scale &amp; affine invariant interest point detectors``).
- ``### Machine Learning`` / ``### Supervised Learning`` / ``### Unsupervised Learning`` / ``### Semi-Supervised
  Learning`` (87-121): no links; ``Method:<TAB>Author, A. YEAR. “Title.” Journal vol:pages.`` citations copied from a
  Quora answer (source line 121), the title in curly quotes (straight quotes on 118), the label before the tab is a
  method name, not a title.
- ``### Other applications`` (123-124): ``Character Recognition (SOTA): [Title](arxiv pdf)``.

Special cases:
- Books are not entries: 93 (Panik, Regression Modeling ... with SAS), 94 (Breiman et al., Classification and Regression
  Trees), 109 (Silverman, Density Estimation for Statistics and Data Analysis); they have no quoted title.
- 19-22: the essays are written works on the craft of papers (Keshav's is a CCR paper, Lamport's an Amer. Math. Monthly
  article, Goldreich's two are PDF essays); all four are kept as entries; the author after `` - `` or a space is
  dropped (``How to read a paper``, ``How to write a proof``, ``How to write papers``, ``How not to write papers``).
- 28 ``Amazon's Dynamo`` (links a blog post hosting the paper) and 42 ``Top 10 algorithms on Data mining`` are kept as
  written; 43 ``Resilient Distributed Data - SPARK``: the `` - SPARK`` nickname is dropped.
- 74: the ``&amp;`` entity is read as ``&``.
- Quoted titles lose the closing period inside the quotes (``“Random Forests.”`` -> ``Random Forests``).

Decisions:
- Entry = each bullet naming one paper (84): General 19-22 (4), Big Data 25-43 (19), Computer Vision 46-85 (40),
  Breiman 89 (1), the quoted citations 95-120 less the books (19), 124 (1).
- Title = the link text (stripped, entities unescaped), else the quoted text, else (19-22) the text before the author.
"""
import html
import re

from _wild54 import entry, read_lines, write_truth

NAME = "iamaaditya__iamaaditya.github.io__notes__papers__index@b70f9cb.md"
PART = "wild54_development"

LINK = re.compile(r"^  \* (?:Character Recognition \(SOTA\): )?\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)$")
QUOTED = re.compile(r"^  \* [^“\"]+ \d{4}\. [“\"](?P<title>[^”\"]+)[”\"]")
ESSAYS = {
    19: "How to read a paper",
    20: "How to write a proof",
    21: "How to write papers",
    22: "How not to write papers",
}
BOOKS = {93, 94, 109}
NOT_PAPERS = {17, 18}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[1] == "title: Great Papers", lines[1]
    papers = []
    for n, ln in enumerate(lines, 1):
        if n in ESSAYS:
            assert ln.startswith("  * " + ESSAYS[n] + " ") and "<http" in ln, (n, ln)
            papers.append(entry(lines, n, n, ESSAYS[n]))
            continue
        if not ln.startswith("  * ") or n in NOT_PAPERS:
            continue
        if n in BOOKS:
            assert not QUOTED.match(ln), (n, ln)
            continue
        m = LINK.match(ln)
        if m:
            title = html.unescape(m.group("title").strip())
            if n == 43:
                assert title.endswith(" - SPARK"), title
                title = title.removesuffix(" - SPARK")
            papers.append(entry(lines, n, n, title))
            continue
        m = QUOTED.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title").strip().removesuffix(".")))
    t = {p["line"]: p for p in papers}
    assert t[19]["title"] == "How to read a paper", t[19]
    assert t[43]["title"] == "Resilient Distributed Data", t[43]
    assert (t[46]["title"], t[46]["arxiv"]) == (
        "Building High-level Features Using Large Scale Unsupervised Learning", "1112.6209"), t[46]
    assert t[52]["doi"] == "10.1162/jocn.1991.3.1.71", t[52]
    assert t[74]["title"] == "Scale & affine invariant interest point detectors", t[74]
    assert t[89]["title"] == (
        "Statistical Modeling: The Two Cultures (with Comments and a Rejoinder by the Author)"), t[89]
    assert t[95]["title"] == "Random Forests", t[95]
    assert t[118]["title"] == "Text Classification from Labeled and Unlabeled Documents using EM", t[118]
    assert (t[124]["title"], t[124]["arxiv"]) == (
        "Accurate, Data-Efficient, Unconstrained Text Recognition with Convolutional Neural Networks", "1812.11894")
    counts = [sum(1 for p in papers if lo <= p["line"] <= hi) for lo, hi in
              ((19, 22), (25, 43), (46, 85), (89, 89), (93, 121), (124, 124))]
    assert counts == [4, 19, 40, 1, 19, 1], counts
    assert len(papers) == 84, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bullet naming one paper is an entry (84): the four paper-craft essays 19-22 (title before the author),"
        " the [Title](url) bullets of Big Data 25-43 and Computer Vision 46-85 (leading space stripped, &amp; read as"
        " &, ' - SPARK' nickname dropped on 43), and the tab-separated 'Method: Author YEAR. “Title.” Journal' citations"
        " 89-120 (title = quoted text without its closing period) less the three books 93/94/109, plus 124; the"
        " Aggregators websites 10-14 and the StackExchange/MathOverflow threads 17-18 are not entries.",
        "Read all 124 lines; compared -v for every entry against the file: the essays' author suffixes dropped, 28"
        " Amazon's Dynamo and 42 Top 10 algorithms kept as written, 74 entity, quoted titles 89-120 (straight quotes"
        " 118, period inside quotes removed), the method labels before the tab not in titles, books 93/94/109 skipped;"
        " ids: arXiv 46 and 124, DOI 52 (MIT Press) and 40 (Liebert doi/pdfplus).",
    )


if __name__ == "__main__":
    main()
