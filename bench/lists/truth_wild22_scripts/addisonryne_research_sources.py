"""Wild22 truth for AddisonRyne/AddisonRyne.github.io research/sources.md: a student's "References & Image
Sources" page for two marine-ecology projects (abalone, Microcystis).

Shape (63 lines): Jekyll front matter, then four '###' sections, two of project literature and two of
"Images and Media".  Records are hand-typed references in several styles mixed within one list:
  * line 11: USGS style 'Authors, 2019, Title: U.S. Geological Survey Data Series 1118, 12 p., [Link](doi.org)';
  * lines 13-34: a numbered list '1.'-'22.' in Mar Ecol Prog Ser style
    'Surname AB, ... (Year) Title. Journal vol:pages.<br />' (line 31 puts a period after the year,
    line 24 is APA 'Surname, A. B., & ... (2022). Title. Journal, ...');
  * lines 37-43, 48-52, 55-59: '-' bullets in APA style 'Authors (Year). Title. *Journal* vol, pages.
    [Link](https://doi: 10.x/...)' (the DOI links are malformed 'https://doi: 10...' URLs; the DOI is
    still written in them) or with a bare URL.
Title = the text after the '(Year)' or '(Year).' group up to the first '. ' that ends it (line 11:
between '2019, ' and ': U.S. Geological Survey').  Titles keep italics' text ('*Enhydra lutris
nereis*') and the invisible soft hyphen the file has in line 18 ('landscape \xadtemperature').
Entries (28): journal articles, the USGS data-series report (line 11), the NMFS status review report
(line 27), the Ocean Sciences Meeting abstract (line 52); line 43 repeats line 24's article (Strobel
2022) under "Images and Media" and is a second entry.
Not entries: R software (line 12), books (line 34 Schiel & Foster, line 51 Glibert et al.), news
stories, Facebook posts, a stock-photo page, agency web pages, a blog post, a tutorial and the
lab-photo credit (lines 37-42, 55, 56, 58, 59), headings, rules and the Liquid footer.
Count check: 2 + 22 numbered + 7 + 5 + 5 = 41 reference records; 41 - 13 not entries = 28.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "AddisonRyne__AddisonRyne.github.io__research__sources@43f42cc.md"
PART = "wild22_development"
NOT_ENTRIES = {12, 34, 37, 38, 39, 40, 41, 42, 51, 55, 56, 58, 59}
YEAR_TITLE = re.compile(r"\((?:19|20)\d\d\)\.?\s+(.+?)\.\s+(?=[*A-Z])")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    records = 0
    for i, text in enumerate(lines, 1):
        if not re.match(r"(?:- |\d+\. )", text):
            continue
        records += 1
        if i in NOT_ENTRIES:
            continue
        if i == 11:
            m = re.search(r"2019, (.+?): U\.S\. Geological Survey", text)
        else:
            m = YEAR_TITLE.search(text)
        assert m, i
        title = m.group(1)
        papers.append(entry(lines, i, i, title))
    assert records == 41, records
    assert len(papers) == 28, len(papers)
    write_truth(NAME, PART, papers,
                "every reference record (bullet or numbered item) in the four sections whose subject is a"
                " scholarly work is an entry (articles, two reports, a conference abstract); title = the text"
                " after '(Year)' up to the sentence's closing period (line 11: USGS style, between the year and"
                " the series); software, books, news, social-media posts, web pages and photo credits are not"
                " entries",
                "all 41 records read by eye and sorted into 28 entries and 13 non-papers; every title checked"
                " against its line (soft hyphen in line 18 kept); the malformed 'https://doi: 10...' links on"
                " lines 48-50 and the doi.org links on lines 11 and 57 checked")


if __name__ == "__main__":
    main()
