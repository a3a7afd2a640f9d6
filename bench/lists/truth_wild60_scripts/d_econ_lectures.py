"""Wild60 truth for jiamingmao/principles-of-economics Lectures.md at f8a33de (2021-11-13, on the repository's
gh-pages branch, the site's source): the lecture page of an introductory economics course, where each numbered
lecture lists slides, videos, songs, classroom games, news articles and a few journal / working papers.

Shape: 56 lines.  Jekyll front matter (1-5), a spacer ``<p>`` (6), then a numbered list of 7 lectures
(8, 15, 24, 29, 38, 47, 55: ``N. <Topic> ([slides](...))``), each with 4-space-indented ``-`` sub-items and a few
8-space-indented sub-sub-items (22, 36).  Sub-item kinds:
- slides: ``- Price Control ([slides]({{ site.baseurl }}/assets/...pdf))``;
- media / news / games: ``- What is Economics? [[video](youtube)]``, ``[[music](...)]``, ``[[link](economist.com,
  nytimes, imf.org, bea.gov, chicagofed, frbsf ...)]``, ``- `Game:` Competitive Markets [[link](moblab)]``;
- papers, written as a citation: ``- Authors, "Title," _Venue_. [[link](url)]`` optionally followed by
  ``([slides](...))``: 13, 19, 20, 21, 26, 27, 34, 35, 44, 45, 49, 51, 52, 56.

Special cases:
- Quotes vary: straight ``"...,"`` (most) and curly ``“...,”`` (20); the closing comma sits inside the quotes and is
  not part of the title.  27 has a leading space inside the quotes (``" Using Big Data ...,"``), dropped.
- Venues are abbreviated and italic (``_JEP_``, ``_AER_``, ``_AEJ: Economic Policy_``, ``_FRBSF Proceedings_``) or
  plain ("Working Paper." 19, 27).
- 22 "The Indiana Jones of Economics" (a magazine profile, sub-sub-item), 36 "Why women should pay less tax" (FT
  column), 48 BEA "A Primer on GDP ...", 50 "The Trouble with GDP" (Economist), 53 "How Do We Measure Inflation?"
  (Chicago Fed Letter) and 54 "Why Do Measures of Inflation Disagree?" (FRBSF Economic Letter) are non-paper
  readings written as a bare label with ``[[link](...)]`` and no author: not entries.
- 40 / 41 "The Tragedy of the Commons" appear as a video and a song: not entries.
- Lecture 7's heading 55 follows 54 with no blank line; its only sub-item 56 is a paper.

Decisions:
- Entry = a sub-item that cites a work as ``Authors, "Title," Venue`` (a quoted title after an author list): one
  line each, title = the quoted text without the trailing comma and surrounding spaces.
- All other sub-items (slides, videos, music, games, news, primers, Fed letters) are not entries.
- No arXiv ids; DOIs only where the url writes one (aeaweb ``articles?id=10.1257/...`` and
  ``doi/pdfplus/10.1257/...`` links), taken by the helper.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "jiamingmao__principles-of-economics__Lectures@f8a33de.md"
PART = "wild60_development"

CITED = re.compile(r'^\s+- [^"“]+?,\s*["“](?P<title>[^"”]+)["”]')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = CITED.match(ln)
        if m:
            title = m.group("title").strip().rstrip(",").strip()
            papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [13, 19, 20, 21, 26, 27, 34, 35, 44, 45, 49, 51, 52, 56], sorted(by)
    assert by[13]["title"] == "Retrospectives: On the Definition of Economics", by[13]
    assert by[19]["title"] == "The Effects of Uber’s Surge Pricing: A Case Study", by[19]
    assert by[20]["title"] == "The Economic Implications of Housing Supply", by[20]
    assert by[27]["title"] == "Using Big Data to Estimate Consumer Surplus: The Case of Uber", by[27]
    assert by[45]["title"] == "Carbon Markets 15 Years after Kyoto: Lessons Learned, New Challenges", by[45]
    assert by[52]["title"] == "Beyond GDP? Welfare across Countries and Time", by[52]
    assert by[56]["title"] == "Global Imbalances and the Financial Crisis: Products of Common Causes", by[56]
    for n in (22, 36, 48, 50, 53, 54):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Each lecture sub-item that cites a work as 'Authors, \"Title,\" _Venue_. [[link](...)]' (straight or"
        " curly quotes) is one entry on its line; title = the quoted text without the trailing comma and the"
        " leading space of 27.  Slides, videos, music, classroom games, news / magazine pieces, the BEA primer and"
        " the Chicago Fed / FRBSF letters (bare labels with a [[link]] and no author) are not entries.",
        checked="Read the whole file; compared the -v output with every sub-item of the 7 lectures: 14 cited papers"
        " (JEP, AER, AEJ, working papers, FRBSF proceedings), the curly-quoted 20, the leading-space 27, and the"
        " non-paper readings 22, 36, 48, 50, 53, 54 left out; DOIs from the aeaweb urls.",
    )


if __name__ == "__main__":
    main()
