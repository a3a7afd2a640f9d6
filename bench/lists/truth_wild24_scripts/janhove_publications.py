"""Wild24 truth for janhove/janhove.github.io publications.md: an applied linguist's publication page (Jekyll, HTML).

Commit: 27d1bf4 (2023-08-27), the last commit holding publications.md; the next commit (0d24a02,
"delete superfluous files") removed it when the site moved to Quarto, so HEAD has no such page.

Shape: YAML front matter and a Liquid include, then '<div id = "pub">' with one '<h3>YEAR</h3>' per
year (2021 back to 2013) and one HTML paragraph per record: '<p>Authors. Year.' then, mostly on the
next line, '<a href="...">Title</a>.' then '<i>Journal</i> vol(issue). pages.' and often '<br />'
plus a line 'Data and R code available from ... <a>figshare</a>' or 'Preprint'/'Postprint' links.
A record runs from its '<p>' line to the last line before the blank line (lines 72-74 have no
closing '</p>').  Titles in Dutch (line 185), French (172), German (100) and English.
Entries: every record whose subject is one scholarly work: journal articles, book chapters in
edited volumes, preprints (PsyArXiv, line 95 with no year), a technical report (line 29), an
institute report (line 59), a Ph.D. thesis (line 175) and a book review published in a journal
(line 72, its title written in brackets as the file writes it).  Not entries (2 records): the
introductory textbooks / lecture notes 'Quantitative methodology. An introduction.' (line 45) and
'Statistische Grundlagen: eine Einführung ...' (line 152).
Title = the text of the record's first link, except where the title is plain text: the four 2017
chapters (lines 109, 111, 113, 115: the text after 'YEAR. ' up to ' In ', with the 'Chapter N: '
numbering dropped; their one link is the book's title) and the chapters on lines 129 (title on
line 130) and 144 (title on line 145).  Line 184's title link goes to a PDF and its venue link to
the DOI.  Line 155's and 161's titles wrap over two lines.
DOI: the first one the record writes, except that a record whose only DOI is its data set's
(figshare 10.6084/..., lines 99, 144, 175) gets null: that DOI is not the paper's.  Zenodo DOIs
on lines 13 and 21 are the chapters' own.  Count check: 32 '<p>' records = 30 entries + 2 textbooks.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "janhove__janhove.github.io__publications@27d1bf4.md"
PART = "wild24_development"
TEXTBOOKS = {45, 152}
DATA_DOI_ONLY = {99, 144, 175}
CHAPTER_2017 = {109, 111, 113, 115}
PLAIN_TITLE_LINE = {129: 130, 144: 145}
LINK = re.compile(r"<a\s+href\s*=\s*\"[^\"]*\">(.*?)</a>", re.DOTALL)


def records(lines: list[str]) -> list[tuple[int, int]]:
    out = []
    i = 0
    while i < len(lines):
        if lines[i].startswith("<p>") and "paperfeed" not in lines[i]:
            start = i + 1
            j = i
            while j + 1 < len(lines) and lines[j + 1].strip() and not lines[j].rstrip().endswith("</p>"):
                j += 1
            out.append((start, j + 1))
            i = j + 1
        else:
            i += 1
    return out


def main() -> None:
    lines = read_lines(NAME)
    recs = records(lines)
    assert len(recs) == 32, len(recs)
    papers = []
    for first, last in recs:
        if first in TEXTBOOKS:
            continue
        text = "\n".join(lines[first - 1:last])
        if first in CHAPTER_2017:
            m = re.search(r"\d{4}\. Chapter \d+: (.+?)\. In ", text)
            assert m, first
            title = m.group(1)
        elif first in PLAIN_TITLE_LINE:
            title = lines[PLAIN_TITLE_LINE[first] - 1]
        else:
            m = LINK.search(text)
            assert m, first
            title = m.group(1)
        p = entry(lines, first, last, title)
        if first in DATA_DOI_ONLY:
            assert p["doi"] and p["doi"].startswith("10.6084/"), (first, p["doi"])
            p["doi"] = None
        else:
            assert not (p["doi"] or "").startswith("10.6084/"), (first, p["doi"])
        papers.append(p)
    assert len(papers) == 30, len(papers)
    write_truth(NAME, PART, papers,
                "every '<p>' record under the year headings whose subject is one scholarly work (articles, chapters,"
                " preprints, reports, a thesis, a journal book review) is an entry, two textbooks/lecture notes are"
                " not; title = the first link's text, or the plain title text for six chapters ('Chapter N:'"
                " dropped); a figshare data DOI standing alone is not taken as the paper's DOI",
                "all 32 records read by eye against the -v output (every title, line span and DOI); the wrapped"
                " titles (lines 155-157, 161-163), the bracketed review title (line 73), the non-English titles and"
                " the three data-DOI-only records checked one by one")


if __name__ == "__main__":
    main()
