"""Wild14 truth for alvinyxz/CSS_Workshop README.md: a one-week computational-social-science workshop syllabus.

Shape: '# Syllabus' with logistics bullets, then '## Schedule' with one '### Day N - Topic' section per day
(lines 17-165): nested bullets '- **Morning**' / '  - **Presentation:** names' / '  - **Slides:** url' /
'  - **Readings:** url' and, under it, one APA reference per bullet:
'    - **[Tag]** Authors (2021). Title. *Journal, 32*(1), 14-26. https://doi.org/... [Presentation and
Discussion Lead: Name]'.  Some references carry a bold label instead of a tag ('**LIWC:**', '**Athec:**'),
some none (Day 0, the Day 7 lab, the topic-modelling sub-bullets); Day 7 groups its readings under bold
sub-heading bullets.  Lab bullets name tools and web pages (Perspective API, rvest, Reddit/YouTube/TikTok
APIs) in between.  '## Additional Resources' (lines 167-231) lists more APA references per day, plain
bullets.

Entry: every APA reference bullet (authors, '(year).', title) whose work is a scholarly article, preprint
or working paper; title = the text after '(year). ' up to the '. *Venue' (or '. https' when no venue
follows: the Ashokkumar et al. working paper on DocSend), a final '?' kept.  The '**[Tag]**' or
'**Label:**' before the authors and the '[Presentation ... Lead: ...]' note after the DOI are not part of
it.  Not entries: the 8 books of the Additional Resources (Bit by bit; Text as data; R for data science;
Python for data analysis; Data analysis for social science; The book of why; Measuring culture;
Statistical analysis of network data with R: 'Publisher.' and no DOI), the newsletter post 'Large
language models, explained with a minimum of math and jargon' (*Understanding AI*, dated 2023, July 27),
the placeholder 'A secret embargoed paper to be sent via email' (no work named), slide, lab and API links.
A journal article describing software (Stm in JSS, Athec in CCR) is an entry.

Ids: bare 'https://doi.org/10....' URLs; the DOI of line 65 is written '10.1177/0049124122112<<2528'
(garbled in the file), so its DOI is the part before '<'.

Count check: 98 lines hold an APA '(year). ' reference (grep); 88 of them a doi.org URL (grep -c
'doi.org' = 88, one per line); the 10 others are the 8 books, the newsletter and the DocSend paper: 89
entries (Schedule 53; Additional Resources 36 = Day 1: 1, Day 2-3: 6, Day 4: 13, Day 5: 5, Day 6: 6,
Day 7: 5, counted by eye).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "alvinyxz__CSS_Workshop__README@919f583.md"
PART = "wild14_development"
LINES = read_lines(NAME)

YEAR = re.compile(r"\((?:19|20)\d{2}[^)]*\)\. ")
NOT_PAPERS = {
    "Bit by bit: Social research in the digital age",
    "Text as data: A new framework for machine learning and the social sciences",
    "R for data science: Import, tidy, transform, visualize, and model data (2nd edition)",
    "Python for data analysis: Data wrangling with Pandas, NumPy, and IPython (Second edition)",
    "Data analysis for social science: A friendly and practical introduction",
    "The book of why: The new science of cause and effect",
    "Measuring culture",
    "Statistical analysis of network data with R",
    "Large language models, explained with a minimum of math and jargon",
}


def title_of(text: str) -> str:
    rest = text[YEAR.search(text).end():]
    m = re.match(r"(.+?[.?])\s+(?:\*|https?://)", rest)
    if not m:  # books: 'Title. Publisher.'
        return re.match(r"(.+?)\. [A-Z][^.]*\.$", rest).group(1)
    return m.group(1)


def main() -> None:
    papers = []
    skipped = []
    per_part = {"schedule": 0, "additional": 0}
    part = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("## Schedule"):
            part = "schedule"
        elif text.startswith("## Additional Resources"):
            part = "additional"
        if not re.match(r"^\s*- ", text) or not YEAR.search(text):
            continue
        title = title_of(text).removesuffix(".")
        if title in NOT_PAPERS:
            skipped.append(title)
            continue
        papers.append(entry(LINES, i, i, title))
        per_part[part] += 1
    assert len(skipped) == len(NOT_PAPERS), skipped
    assert per_part == {"schedule": 53, "additional": 36}, per_part
    assert sum(1 for p in papers if p["doi"]) == 88
    assert len(papers) == 89
    write_truth(NAME, PART, papers,
                "every APA reference bullet of the Schedule and Additional Resources sections whose work is an"
                " article, preprint or working paper is an entry, title = the text after '(year). ' up to the"
                " '. *Venue' or '. https' that follows it ('**[Tag]**'/'**Label:**' prefixes and '[Presentation"
                " ... Lead: ...]' notes dropped); 8 books, a newsletter post and an unnamed embargoed paper are not"
                " entries",
                "all 89 titles by eye against the file (-v), the 9 skipped records, the '?'-ending titles (Watts"
                " 2017, DellaPosta 2015), the DocSend working paper, the garbled DOI of line 65, the 88 doi.org ids")


if __name__ == "__main__":
    main()
