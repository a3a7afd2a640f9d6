"""Wild55 truth for lucaswadedavis/reading-list papers/README.md: a software engineer's personal log of papers read
and papers to read, from a repository that also tracks books and articles (the papers part only), newest commit
touching the file (b2671c7, 2017-06-23).

Shape: 34 lines, 5 KB.  Two H1 sections, ``# Papers I Have Read`` (1, items 2-17) and ``# Papers I Should Read``
(19, items 20-34); every item is one bullet ``- [Title](url)``, nothing else (no authors, venues, notes).  Topics are
mixed: machine learning, condensed-matter and quantum physics, cosmology, biology, sociology, labour economics.

Special cases:
- Old-style arXiv ids in the URLs: ``gr-qc/0603033`` (13), ``cond-mat/0411384`` (20), ``quant-ph/0607096`` (21),
  ``quant-ph/0008036`` (24); new-style ``abs``/``pdf`` links elsewhere (2, 3, 6, 11, 12, 16, 17, 22, 23, 27, 28, 30,
  31, 34).
- 7 links to ``archive.org/details/arxiv-cond-mat0012370``, the Internet Archive's copy of arXiv cond-mat/0012370;
  the URL is an archive.org item name, not an arXiv link, so no arXiv id is set (the helper finds none).
- DOIs only inside URLs: APS ``10.1103/PhysRevLett.58.666`` (26), PLOS ``?id=10.1371/journal.pone.0086501`` (32);
  the PNAS volume/page URL (25), the Cell PII ``S0092-8674(17)30246-5`` (33, parentheses inside the URL) and the
  PMC/IEEE/DTIC links carry no DOI.
- Titles keep curly apostrophes and en dashes (22-24) and the question mark of 2 and 7.
- Every item is a research paper, report or review (the DTIC report 29 and the INET working paper 15 included).

Decisions:
- Entry = every bullet of both sections (read and to-read alike): 31 entries.
- Title = the link text.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "lucaswadedavis__reading-list__papers__README@b2671c7.md"
PART = "wild55_development"

ITEM = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>.+)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Papers I Have Read" and lines[18] == "# Papers I Should Read", lines[:1]
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("title")))
    by = {p["line"]: p for p in papers}
    assert (by[2]["title"], by[2]["arxiv"]) == ("Walking on exoplanets: Is Star Wars right?", "1604.07725"), by[2]
    assert by[7]["title"] == "Fractional Electrons in Liquid Helium?", by[7]
    assert by[13]["arxiv"] == "gr-qc/0603033", by[13]
    assert by[15]["title"] == (
        "How and Why Government, Universities, and Industry Create Domestic Labor Shortages of Scientists and"
        " High-Tech Workers"), by[15]
    assert by[20]["arxiv"] == "cond-mat/0411384", by[20]
    assert by[22]["title"] == "Schwinger’s Magnetic Model of Matter – Can It Help Us With Grand Unification?", by[22]
    assert by[26]["doi"] == "10.1103/physrevlett.58.666", by[26]
    assert by[32]["doi"] == "10.1371/journal.pone.0086501", by[32]
    assert by[33]["doi"] is None, by[33]
    assert by[34]["title"] == "How and Why Deep Learning Works", by[34]
    assert len(papers) == 31, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- [Title](url)' bullet under '# Papers I Have Read' (2-17) and '# Papers I Should Read' (20-34) is an"
        " entry, read and to-read alike (31).  Title = the link text; ids only from the URLs (old- and new-style arXiv"
        " links, APS and PLOS DOIs in the URL); the archive.org copy of an arXiv paper (7) gives no arXiv id.",
        "Compared -v with all 31 bullets: titles with question marks, curly apostrophes and en dashes, the arXiv ids"
        " (old-style gr-qc/cond-mat/quant-ph included), the two DOIs (26, 32), none from the PNAS, Cell (PII in"
        " parentheses), PMC, IEEE, DTIC or archive.org links.",
    )


if __name__ == "__main__":
    main()
