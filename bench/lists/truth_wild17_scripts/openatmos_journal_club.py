"""Wild17 truth for open-atmos-krk/open-atmos-krk.github.io journal_club.md: the journal club page of
a cloud-physics group (AGH Krakow), Jekyll Markdown with inline HTML (<h3> headings, <cite> tags
around names and some titles, Dimensions badge <span>s, <sub>/<sup> in chemical formulas).

Shape.  Three parts, all with the same reference form '[Author(s) Year (Journal vol)](doi link):
"_Title_"' followed by a '<span class="__dimensions_badge_embed__" data-doi=...>' line:
  * 'Planned presentations' and 'Past presentations': '* YYYY-MM-DD: Presenter' bullet, then the
    indented reference line, then the badge line (entry = those three lines);
  * 'Nature & Science papers on clouds to choose from': '* 1880s:' ... '* 2020s' decade bullets
    (not entries), under each '    - ' sub-bullets, some marked '✔' (already presented), each a
    reference line followed by its badge line (entry = those two lines).
Title = the quoted text after the link, italics/<cite> markup removed (helper), '<sub>2</sub>'
read as '2'.  The link text is author-year-journal, never the title.  Two candidate items are
quoted without italics as '"News: Natural and Artificial Clouds"' (Nature news columns of 1935
and 1937): the list's 'News:' label is dropped, title 'Natural and Artificial Clouds'.

Decisions.  Every presentation and every candidate is an entry, including Nature/Science news
and comment pieces (Perkel's 'Julia: come for the syntax...', Gramling 2015 'Science News',
Langenberg 1999 'Nature/news'): the list treats each as an article to present, each has its DOI.
A paper both presented and listed as a candidate is two entries (repeated records); the
candidate list itself repeats Coakley et al. 1987 (two entries).  Not an entry: the 1980s item
on Pruppacher & Klett's 'Microphysics of Clouds and Precipitation', which the list itself calls a
'book notice' (a notice of a book, next to a second linked notice of the book 'Atmospheric
Physics'); books are not entries.  ids: the DOI of the doi.org link (Science DOIs like
10.1126/science.154.3756.1555.b kept whole, lower-cased by the helper); no arXiv ids.

Count check: 15 presentation bullets ('^\\* 20'), 150 candidate sub-bullets ('^ *- ', 151 minus
the book notice); every entry's last line is its badge line with the same DOI as its link.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "open-atmos-krk__open-atmos-krk.github.io__journal_club@2ddf5b6.md"
PART = "wild17_development"

REF = re.compile(r"\]\((https?://(?:dx\.)?doi\.org/([^)\s]+))\):\s*(?:<cite>)?\"(.+?)\"")
BADGE = re.compile(r'data-doi="([^"]+)"')


def title_of(text: str) -> str:
    m = REF.search(text)
    assert m, text
    title = m.group(3)
    if title.startswith("_") and title.endswith("_"):
        title = title[1:-1]
    return title.removeprefix("News: ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n_pres = n_cand = 0
    for i, text in enumerate(lines, 1):
        if re.match(r"\* 20\d\d-", text):
            ref, badge = lines[i], lines[i + 1]          # lines i+1, i+2
            m, b = REF.search(ref), BADGE.search(badge)
            assert m and b and m.group(2) == b.group(1), i
            papers.append(entry(lines, i, i + 2, title_of(ref)))
            n_pres += 1
        elif re.match(r" +- ", text):
            if "(book notice" in text:
                continue
            m, b = REF.search(text), BADGE.search(lines[i])
            assert m and b and m.group(2) == b.group(1), i
            papers.append(entry(lines, i, i + 1, title_of(text)))
            n_cand += 1
    assert n_pres == 15, n_pres
    assert n_cand == 150, n_cand
    assert sum(1 for t in lines if re.match(r" +- ", t)) == 151
    write_truth(
        NAME, PART, papers,
        "every dated presentation bullet (bullet, reference and badge lines) and every candidate"
        " sub-bullet under the decade bullets (reference and badge lines) is an entry; title = the"
        " quoted text after the author-year link, a 'News: ' label dropped; the book notice of"
        " Pruppacher & Klett is not an entry",
        "all 15 presentations and every candidate title against the file by eye (italics, <cite>"
        " and <sub>/<sup> markup, the two 'News:' items, '(Mr. Aitken) On dew', the trailing ':' after"
        " Abbott & Cronin's title, the '✔' marks), DOI of each link equal to its badge's DOI"
        " (asserted); counts 15 + 150 asserted against grep counts")


if __name__ == "__main__":
    main()
