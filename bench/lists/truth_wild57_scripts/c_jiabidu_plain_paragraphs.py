"""Wild57 truth for JiabiDu/jiabidu.github.io _pages/publications.md: the publications page of Jiabi Du's coastal
and estuarine modelling group (minimal-mistakes Jekyll site), newest commit (9ba50e0, 2025-12-21).

Shape: 50 lines, no final newline.  YAML front matter (1-6), a Google Scholar line (8), ``## Highlighted
publications`` (11) with 5 citations, then ``## Publications`` (22) and year headings ``## 2026`` (23), ``## 2025``
(26), ``## 2024`` (35), ``## Publications in 2023`` (47).  Every citation is a bare paragraph, no list marker, no
emphasis: ``A. Author, B. Author (YEAR). Title. Journal, vol, pages. [link](url)``, separated by blank lines.

Special cases:
- The five highlighted papers (12-20) are repeated: 12 = 24, 14 = 27; 16, 18 and 20 (2019/2018 papers) appear only
  in the highlighted block, since the full list stops at 2023.  Each listing is one entry.
- 14, 27: ``J. Hua, J. Du, K. Park. (2025).``: a period before the year.
- 33: no year at all and no link: ``J. Cisco, ..., J. Du, Z.Liu. Evaluating the weathering ... coasts.
  Environmental Research Letters (in press).``: the title is the sentence after the last author ``Z.Liu.``.
- 29, 31, 42, 44, 50: no link; 20, 36: no space before ``[link]``.
- 48: the title is a question, ``How does buoyancy behavior impact microplastic transport in an estuarine
  environment?``: the ``?`` is kept.
- Titles keep their characters: the non-ASCII hyphen in ``sea‐level`` (20), ``Machine learning‐based`` (42),
  ``High‐Resolution ... Millennial‐Scale`` (50), the en dash in ``Texas–Louisiana`` (36).
- 50: ``J Du et al.`` author list.
- DOIs only where a link holds one: springer article links (12, 24), agupubs doi/full (18, 20), pubs.acs.org
  doi/abs (36), frontiersin 10.3389 (38); sciencedirect pii links give none.

Decisions:
- Entry = every paragraph line under the two lists that holds ``(YEAR).`` or, for 33, the citation: 17 entries
  (lines 12-50).
- Title = the sentence after ``(YEAR).`` (after ``Z.Liu.`` on 33) up to the first ``.``/``?`` followed by a space
  or ``[``; trailing period dropped, question mark kept.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "JiabiDu__jiabidu.github.io___pages__publications@9ba50e0.md"
PART = "wild57_development"

YEAR = re.compile(r"\(\d{4}\)\.\s*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 11 or not ln.strip() or ln.startswith("#"):
            continue
        m = YEAR.search(ln)
        if m:
            rest = ln[m.end() :]
        else:
            assert n == 33, (n, ln)
            rest = ln.split("Z.Liu. ", 1)[1]
        t = re.match(r"(.+?[.?])(?=\s|\[|$)", rest)
        assert t, (n, rest)
        title = t.group(1).removesuffix(".")
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 17, len(papers)
    assert sorted(by) == [12, 14, 16, 18, 20, 24, 27, 29, 31, 33, 36, 38, 40, 42, 44, 48, 50], sorted(by)
    assert by[12]["title"] == by[24]["title"] == (
        "Quantifying the Flushing Time of Major Coastal Bays in the Northern Gulf of Mexico from 20-Year Simulations"
    ), by[12]
    assert by[14]["title"] == "Shelf-wide circulation impacts the flushing time of coastal bays", by[14]
    assert by[18]["title"] == (
        "Role of baroclinic processes on flushing characteristics in a highly stratified estuarine system, Mobile Bay,"
        " Alabama"
    ), by[18]
    assert by[33]["title"] == (
        "Evaluating the weathering and transport of plastic nurdles along the northern and southwestern Gulf of"
        " America coasts"
    ), by[33]
    assert by[48]["title"].endswith("in an estuarine environment?"), by[48]
    assert by[50]["title"].startswith("High‐Resolution Records"), by[50]
    assert by[18]["doi"] == "10.1029/2018jc013855", by[18]
    write_truth(
        NAME,
        PART,
        papers,
        method="Bare-paragraph citations (no list markers, no emphasis) under 'Highlighted publications' and the"
        " year headings, 'Authors (YEAR). Title. Journal, vol, pages. [link](url)': each paragraph is one entry"
        " (17; the 5 highlighted papers count again where they reappear in the year lists).  Title = the sentence"
        " after '(YEAR).' up to the first period or question mark followed by a space or '[' (question mark kept);"
        " for the in-press citation without a year (33) the sentence after the last author.",
        checked="Read all 17 -v lines against the file: the repeated highlighted papers, the author list ending"
        " 'K. Park. (2025).', the yearless in-press entry 33, the question title 48, the non-ASCII hyphens, the"
        " links glued to the text (20, 36) and the DOIs read from doi-bearing links.",
    )


if __name__ == "__main__":
    main()
