"""Wild21 truth for ThomasBourany/thomasbourany.github.io _pages/resources.md: an economist's list of the
papers he presented in reading groups, seminars and courses.

Shape: Jekyll front matter, then two sections ('Presentations in Economics', 'Presentations in
Mathematics and Computational Economics') of one-line bullets, a blank line between them:
'- Authors (Year), <a href='slides.pdf' style="color:maroon">Title</a>, Group or course, Year.'
The link goes to the presenter's slides, not to the paper; no bullet gives an arXiv id or a DOI.
A Liquid loop closes the file.

Entry: a bullet whose subject is one paper (authors and year before the anchor), title = the anchor
text as written ('Price vs. Quantity', 'Firming up inequality', 'Wage Price Spirals' kept as the file
writes them).  Not entries: the three bullets whose subject is the presenter's own literature review,
with a topic instead of authors before the anchor ('Production Networks in Macroeconomics, Review of
the Literature', 'Computational Macroeconomics, Review of the Literature on Heterogeneous Agents ...',
'Mean Field Games for Economics, Review of the Literature on Mean Field Games ...').

Counts: 23 bullets (grep -c '^- '), 19 in the first section (lines 10-46) and 4 in the second
(lines 51-57); minus the 3 reviews (2 + 1) = 17 + 3 = 20 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "ThomasBourany__thomasbourany.github.io___pages__resources@0d54114.md"
PART = "wild21_development"
LINES = read_lines(NAME)

BULLET = re.compile(r"^- (?P<lead>[^<]*?),\s*<a href='[^']*'[^>]*>(?P<title>[^<]+)</a>")
# a paper bullet starts with authors and a year in parentheses: 'Greaney (2022)', 'Schaab (JMP, 2020)'
AUTHORS_YEAR = re.compile(r"\((?:JMP, )?\d{4}\)$")


def main() -> None:
    papers = []
    bullets = reviews = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("- "):
            continue
        bullets += 1
        m = BULLET.match(text)
        assert m, (i, text)
        if not AUTHORS_YEAR.search(m.group("lead").strip()):
            assert "Review of the Literature" in m.group("title"), (i, text)
            reviews += 1
            continue
        papers.append(entry(LINES, i, i, m.group("title")))
    assert bullets == 23, bullets
    assert reviews == 3, reviews
    assert len(papers) == 20, len(papers)
    first = [p for p in papers if p["line"] < 49]
    assert len(first) == 17 and len(papers) - len(first) == 3
    write_truth(
        NAME, PART, papers,
        "every one-line bullet 'Authors (Year), <a ...>Title</a>, Group, Year.' whose subject is a paper is an"
        " entry, title = the anchor text; the three bullets presenting the author's own literature reviews (a"
        " topic, not authors, before the anchor) are not entries; links go to slides, so no ids",
        "all 23 bullets read one by one against the file (grep -c '^- ' = 23): 20 paper bullets (17 + 3 per"
        " section), the 3 review bullets left out, every title equal to its anchor text",
    )


if __name__ == "__main__":
    main()
