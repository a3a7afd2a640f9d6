"""Wild36 truth for annastavniychuk/econometrics_library reading_list.md: a Russian-language personal
reading list on causal inference / applied econometrics ("Список черновой" -- a rough draft list),
one "# " heading per method (multiple testing, bad controls, stratification, clustering, matching,
heterogeneous effects, RDD, diff-in-diff, synthetic control, event studies, Bartik instruments,
general).

Shape: every record is one "* [link text](url)" bullet (lines 5-123).  The link text is either a
reference in the Russian GOST R 7.0.5 style ("Surname I. I., Surname I. Title //Journal. – 2021. –
Т. 15. – №. 5. – С. 1-46."; the working-paper form "Surname I. Title. – 2017."), an APA reference
(line 79: "Khvan, M., & Yakovlev, E. (2021). Title. Available at SSRN ..."), "Title (Author, year)"
(lines 58-62, 67, 97-98), or a bare name of a resource.  Most bullets are not papers: R packages and
their vignettes/manuals, GitHub repos, blog posts (Towards Data Science, r-bloggers, personal blogs,
lines 59, 61, 62 on andrewcbaker.netlify.app), online books and course sites, slides (58), a seminar
tutorial (41), a handout (104), a Wikipedia page (34), a Notion page (48), a reading-group site (63).
Decisions for the records that name a scholarly work:
- Entries: journal articles, working papers (NBER, MPRA, SSRN, IZA, personal PDFs), a law-review
  note (97), and R Journal articles (lines 7, 27, 114, 115: peer-reviewed articles that describe a
  package, linked to their journal.r-project.org page).
- Not entries: the books on lines 5 (Bretz et al., Chapman and Hall/CRC) and 40 (Cattaneo, Idrobo,
  Titiunik, "A practical introduction to regression discontinuity designs: Foundations", a Cambridge
  University Press Element, although its link is an arXiv PDF); the EGAP "Theory and Practice of Field
  Experiments" web book (6); line 26, Gary King's talk "Why Propensity Scores Should Not Be Used for
  Matching" whose link goes to a YouTube video (a talk; the paper is the entry on line 25); line 57, a
  consulting firm's competition memo (CRA); the Russian book on time series in R (118).
- Repeated records are separate entries: Lehner (46, 47), Ferman & Pinto (77, 81), Borusyak et al.
  (87, 88), Schmidheiny & Siegloch (86, 89).
Title: the GOST title is the text after the author block (surnames with initials, or "et al.") up to
" //" or ". – " (or " (No." on line 55, the NBER report number); a final "." is dropped, a "?" kept
(line 19 writes "clustering?." -> "clustering?").  "Title (Authors, year)" records keep the part before
the final parenthesis (line 67 names the author without a year; line 56's second author
"d'Haultfoeuille X." starts with a lower-case particle); the APA record keeps the part between
"(2021). " and ". Available".  Ids: arXiv from the arXiv PDF/abs URLs (31, 78, 87, 88, 110; the "arXiv:2201.01194" text on 78 agrees), DOI
10.1257/aer.20181047 from the AEA URL's "id=" query (102); the broken "https://doi. org/10." text on
line 55 is not a DOI; ScienceDirect pii (52) and SSRN abstract ids are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild36 import entry, read_lines, write_truth

NAME = "annastavniychuk__econometrics_library__reading_list@cfaa122.md"
PART = "wild36_development"

# bullets whose subject is a scholarly work, by line, and how the title is written
GOST = {11, 19, 23, 25, 31, 38, 39, 46, 47, 52, 55, 56, 77, 78, 80, 81, 85, 86, 87, 88, 89, 90, 91,
        102, 110, 111}
TITLE_PAREN = {60, 67, 97, 98}  # "Title (Authors, year)"
APA = {79}
PLAIN = {7, 27, 114, 115}  # R Journal articles: the link text is the title

AUTHORS = re.compile(
    r"^(?:(?:[a-z]['’])?[A-ZÀ-ÿ][\w’'\-]*(?: [A-Za-z][\w’'\-]+)?\s+(?:[A-Z]\.\s?)+,?\s*)+(?:et al\.\s*)?"
)


def gost_title(text: str) -> str:
    m = AUTHORS.match(text)
    assert m, text
    rest = text[m.end():]
    cut = min(i for i in (rest.find(" //"), rest.find(". –"), rest.find(" (No."), len(rest)) if i >= 0)
    return rest[:cut].strip().removesuffix(".")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, line in enumerate(lines, 1):
        m = re.match(r"^\* \[(.*?)\]\(", line)
        if not m:
            continue
        text = m.group(1)
        if n in GOST:
            title = gost_title(text)
        elif n in TITLE_PAREN:
            title = re.sub(r"\s*\([^()]*\)\s*$", "", text)
        elif n in APA:
            title = re.search(r"\(\d{4}\)\. (.*?)\. Available", text).group(1)
        elif n in PLAIN:
            title = text
        else:
            continue
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each link bullet whose subject is a scholarly article or working paper is an entry (GOST, APA, "
        "'Title (Author, year)' and R Journal records); packages, blogs, books, web books, slides, talks "
        "and a consulting memo are not; title = the reference's title part (after the GOST author block, "
        "before ' //' or '. –').",
        "All 124 lines read by eye against the -v output: every bullet classified by hand (35 entries, 53 "
        "non-papers), each GOST title cut checked (including 'clustering?.' on 19, the report number on 55, "
        "'et al.' on 19/31/78/110), the APA record (79), the four repeated papers, the YouTube-linked talk "
        "(26), the two books (5, 40), and the ids (5 arXiv, 1 AEA DOI, none from the broken doi text on 55).",
    )


if __name__ == "__main__":
    main()
