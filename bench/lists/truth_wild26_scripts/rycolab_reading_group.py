"""Wild26 truth for rycolab/website content/readinggroup/_index.md at 9090d08: a lab reading-group page.

Why this commit: at HEAD the page lists talk titles of lab members (no papers); 9090d08 (Jul 2022,
the rename index.md -> _index.md) is the last version whose reading list is the live HTML table
of papers (the next commit, 2b46c7b, put it inside an HTML comment).

Shape: Hugo front matter (TOML between '+++'), then one raw HTML '<table>' inside the Markdown:
a '<thead>' row, then 19 '<tr>' rows (lines 35-200), each spanning 7-9 lines: '<th scope="row">'
date, '<td>' presenter, '<td>' topic, '<td><a href=...>Title</a></td>', '<td>' authors (empty in
the older rows), '<td>' a Hugo 'Cite' button whose data-filename names a .bib file (the .bib names
of lines 74 and 83 are swapped: Gal's row cites frankle-2019-lottery.bib and vice versa; ignored).
Entry = one linked title in the Title cell whose subject is a scholarly work; title = the link
text.  Two rows name two papers each, split by '</br>' (lines 154/155 and 163/164): two entries on
the row's lines, the ids of each taken from its own link line only.
Not entries (5 links): a blog post (line 66, vene.ro/blog), a Coursera course (line 146), two
chapters of a lecture-notes draft (lines 180 and 196, porbanz_BNP_draft.pdf) and course lecture
slides (line 197, Stat 362).  The topic cell (a short name such as 'SpanBERT') is not the title.
Count check: 19 rows (16 with one title link, 3 with two) = 22 title links = 17 entries + 5
non-papers; 8 entries with an arXiv id, no DOI written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "rycolab__website__content__readinggroup___index@9090d08.md"
PART = "wild26_development"
NOT_PAPERS = {66, 146, 180, 196, 197}
LINK = re.compile(r'<a href="([^"]+)">(.+?)</a>')


def main() -> None:
    lines = read_lines(NAME)
    rows = []
    start = None
    for i, text in enumerate(lines, 1):
        if text.strip() == "<tr>" and i > 34:
            start = i
        elif text.strip() == "</tr>" and start is not None:
            rows.append((start, i))
            start = None
    assert len(rows) == 19, len(rows)
    papers = []
    links = 0
    for first, last in rows:
        for i in range(first, last + 1):
            for m in LINK.finditer(lines[i - 1]):
                if "js-cite-modal" in lines[i - 1]:
                    continue
                links += 1
                if i in NOT_PAPERS:
                    continue
                e = entry(lines, first, last, m.group(2))
                own = lines[i - 1]
                e["arxiv"], e["doi"] = arxiv_of(own), doi_of(own)
                papers.append(e)
    assert links == 22, links
    assert len(papers) == 17, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 8
    write_truth(NAME, PART, papers,
                "every linked title in the Title cell of the HTML table's 19 rows whose subject is a paper is an"
                " entry (two rows name two papers each: two entries on the row's lines, ids from each link's own"
                " line); title = the link text; a blog post, a Coursera course, lecture notes and lecture slides"
                " are not entries",
                "all 19 rows and 22 title links read by eye (small file); every title checked against its link"
                " text; arXiv ids of the 8 arxiv.org links checked; no DOI is written (jstor sici links,"
                " ACL Anthology and OpenReview URLs)")


if __name__ == "__main__":
    main()
