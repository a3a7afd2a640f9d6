"""Wild23 truth for hepplerj/notebook source/_posts/2016-02-02-reading-list-digital-history.md: a
history PhD comprehensive-exam reading list (digital history / digital humanities), Jekyll post.

Shape: YAML front matter (lines 1-8), a quoted note, then '#' and '###' topic headings (Overview ...
Spatial History, lines 14-286) with one Chicago-style record per paragraph, blank lines between:
books as 'Author, *Book Title* (Publisher, year).' and articles, essays and chapters as 'Author,
"[Title](url)," *Journal* vol (date): pages.' or with the title quoted but unlinked ('"Title,"').  The
closing quote comes after the comma ('...Computing](url),"'), or after the link with no comma.  Then
'# Projects' (tools, digital projects and archives, line 288 on) and '# Questions' (prompts).
Title = the text of the quoted span, markup and the separator ',' removed; '--' kept as written
('Medici, 1400--1434').

Entries: every record in lines 14-286 whose title is in double quotes: journal articles, book chapters
and essays in collections (Companion to Digital Humanities, Writing History in the Digital Age,
Pastplay, line 138's chapter of Murray's own book), magazine essays (Bush in The Atlantic, Lanier in
Edge, Pannapacker in the Chronicle, Seefeldt/Thomas in Perspectives), reports and working papers
(CLIR, AHA guidelines, Spatial History Project), web essays (Liu, Thomas on digitalhistory.unl.edu;
Guldi on the Scholars' Lab spatial site), and the untitled-author JAH 'Interchange' roundtable (line 28).
Line 282 (Guldi) names two essays: two entries on the same line.
Not entries:
- books and edited volumes, title in italics only (line 16's linked book, line 60's edited volume,
  line 86 '*"Raw Data" Is an Oxymoron*' whose quotes are inside the italics, line 46 with its unnamed
  reviews);
- blog posts, by venue or URL: lines 58 (roopikarisam.com/uncategorized), 204 (Historyonics,
  blogspot), 212 and 284 (Sapping Attention, blogspot), 214 (cameronblevins.org/posts, 'historying'),
  264 (kieranhealy.org/blog);
- line 32, Heppler's 'What is Digital Humanities?', a website (whatisdigitalhumanities.com) of
  rotating definitions, not an essay;
- tools, projects, archives and map resources (lines 288-383) and the questions (385-395).
Count check: 125 record paragraphs in lines 16-286 (grep: 125 non-heading, non-blank lines) = 64
quoted-title records (65 lines holding '"', less line 86's book) + 61 italic-title books; of the 64, 7 are
blog posts or the website, leaving 57 records = 58 entries (line 282 has two titles).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "hepplerj__notebook__source___posts__2016-02-02-reading-list-digital-history@7e865ac.md"
PART = "wild23_development"
BLOGS_AND_SITES = {32, 58, 204, 212, 214, 264, 284}
QUOTED = re.compile(r'(?:^|, |and )"(.+?)"')


def main() -> None:
    lines = read_lines(NAME)
    stop = lines.index("# Projects")
    papers = []
    records = quoted = books = 0
    for i, text in enumerate(lines[:stop], 1):
        if i < 16 or not text.strip() or text.startswith("#"):
            continue
        records += 1
        titles = QUOTED.findall(text)
        if not titles:
            assert re.search(r"\*[^*]+\*", text), i  # a book: italic title only
            books += 1
            continue
        quoted += 1
        if i in BLOGS_AND_SITES:
            continue
        assert len(titles) == (2 if i == 282 else 1), (i, titles)
        for t in titles:
            t = re.sub(r"\[(.*?)\]\([^)]*\)", r"\1", t).rstrip(",").strip()
            papers.append(entry(lines, i, i, t))
    assert (records, quoted, books) == (125, 64, 61), (records, quoted, books)
    assert len(papers) == 58, len(papers)
    write_truth(NAME, PART, papers,
                "each Chicago-style record (one paragraph) in the topic sections whose title is in double quotes"
                " (articles, chapters, essays, reports, magazine essays) is an entry, title = the quoted text;"
                " italic-title books, blog posts, a website and the projects/tools/questions sections are not",
                "all 125 records of lines 16-286 read by eye and sorted into 58 entries (line 282 holds two), 61"
                " books and 7 blog posts/website; every title checked against its line; the one DOI (PMLA link,"
                " line 56) checked; the Projects/Resources/Questions sections read and left out")


if __name__ == "__main__":
    main()
