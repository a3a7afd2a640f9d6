"""Wild24 truth for erikgrinaker/readings databases.md: a personal reading checklist on databases.

Shape: under '##' topic headings and '###' vendor sub-headings (lines 3-128), one task-list bullet
per item: '- [x] ' (read) or '- [ ] ' (to read), then an emoji that names the kind of item,
then '[Title](url)' (the link text bold for the author's favourites), then '(Authors year)' and
sometimes a nickname in italics ('_"The Calvin paper"_').  Kinds: 📄 paper, 📖 book, 🎥 video
or course, 💬 blog post, 🔗 web page.
Entries: every 📄 bullet (56) except line 9, 'Readings in Database Systems' (the Red Book, an
edited book of readings on redbook.io, not one scholarly work although the file marks it 📄).
Kept as papers, as the file marks them: the FaunaDB whitepaper (line 100), Brewer's Google
white paper 'Spanner, TrueTime & The CAP Theorem' (line 119), the ;login: article on
Bε-trees (line 66).  Not entries: 📖 books (9 bullets, among them 'Building Query Compilers',
line 44, a book draft PDF), 🎥 talks and courses, 💬 blog posts, 🔗 pages, headings.
Title = the link text, bold removed; no nickname, authors or year.  Line 112 (F1) has no authors.
Line 27's delivery.acm.org URL ('10.1145/2820000/2815404/p263-zhang.pdf') is a download path,
not a DOI: its doi is set to null.  DOIs from dl.acm.org/doi/pdf links (lines 24, 86, 118).
One arXiv id each on lines 29, 31, 123.
Count check: 130 lines (a final newline), 91 bullets = 56 📄 + 14 💬 + 9 🎥 + 9 📖 + 3 🔗;
56 - 1 = 55 entries.
"""
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "erikgrinaker__readings__databases@36fd828.md"
PART = "wild24_development"
BOOKS_MARKED_PAPER = {9}
NOT_DOI = {27}

BULLET = re.compile(r"- \[[ x]\] (\S+) \[(.+?)\]\((\S+?)\)(.*)$")


def main() -> None:
    lines = read_lines(NAME)
    assert len(lines) == 131 and not lines[-1], len(lines)
    kinds = Counter()
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        m = BULLET.match(text)
        assert m, i
        kind, title = m.group(1), m.group(2)
        kinds[kind] += 1
        if kind != "📄" or i in BOOKS_MARKED_PAPER:
            continue
        e = entry(lines, i, i, title.replace("**", ""))
        if i in NOT_DOI:
            e["doi"] = None
        papers.append(e)
    assert kinds == {"📄": 56, "💬": 14, "🎥": 9, "📖": 9, "🔗": 3}, kinds
    assert len(papers) == 55, len(papers)
    write_truth(NAME, PART, papers,
                "every task-list bullet marked 📄 (paper) is an entry, except the Red Book (line 9, an edited book);"
                " 📖 books, 🎥 talks, 💬 blog posts and 🔗 pages are not; title = the link text with bold removed",
                "all 91 bullets read by eye and sorted by their kind emoji; every entry's title checked against its"
                " line; the three arXiv ids and the dl.acm.org DOIs checked; line 27's delivery.acm.org path"
                " not taken as a DOI")


if __name__ == "__main__":
    main()
