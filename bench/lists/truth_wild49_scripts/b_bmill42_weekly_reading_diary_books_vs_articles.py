"""Wild49 truth for bmill42/bmill42.github.io reading/index.md: a music/media scholar's public weekly reading diary
("What I've Been Reading"), Nov 2020 - Mar 2021, newest commit (8ecf3ec, 2021-08-25, a bio update; the list itself
last changed in ecfa3fd, 2021-03-21).

Shape: 53 lines, 2.8 KB.  Jekyll front matter (1-4), ``### What I've Been Reading`` (6), an indented (code-block)
apology line (7), then ten ``#### Week of M/D`` headings (9 ... 49, newest first, the last ``11/2/20``), some
followed by a blank line, each with 1-4 ``- `` bullets written as humanities citations: ``Author, “Article Title,”
_Journal_ vol (year)`` for articles and chapters, ``Author, _Book Title_`` (italics) for books.

Special cases:
- Books are most of the bullets and are not entries: 13 (_Animal Musicalities_), 17 (excerpts from _Current of
  Music_), 20 (_Philology_), 38, 39, 43, 47, 51.
- Blog posts are not entries: 36 Galloway's “Digital Univocity” (a post on his own blog) and 53 Rehding's “Can the
  History of Theory be Decentered?” (a post on a wordpress group blog; its opening quote mark is missing).
- 25 ``Short pieces by Peter Szendy, Wendy Hui Kyong Chun, N. Katherine Hayles, in [_Critical Inquiry_ 47/S2, "Posts
  from the Pandemic" (2021)](toc link)``: three essays named only by their authors: three entries, title None.
- 52 names two Drott articles on one line (“Why the Next Song Matters: Streaming, Recommendation, Scarcity”, and
  "Music as a Technology of Surveillance"): two entries.  Quote marks vary: curly “...” and straight "...".
- Chapters in edited books are entries (14 Born in _Sound Objects_, 32 Tomlinson in the _Oxford Handbook_).
- Titles keep the punctuation inside the quotes except a closing comma/period (``Sound as Relation.”`` 14,
  ``Spatial Reality,”`` 10); titles inside link text (24, 29, 31) lose only the link.
- Only id: the DOI link of 10 (10.1111/1467-9655.13479).

Decisions:
- Entry = each article, essay or book chapter named in a bullet (quoted title, or the three unnamed essays of 25);
  title = the quoted text.  Not entries: books (italic titles), the two blog posts, headings, front matter, the
  apology line.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "bmill42__bmill42.github.io__reading__index@8ecf3ec.md"
PART = "wild49_development"

WEEK = re.compile(r"^#### Week of \d{1,2}/\d{1,2}(?:/20)?$")
BULLET = re.compile(r"^- (?P<body>.+)$")
QUOTED = re.compile(r"[“\"](?P<title>[^”\"]+)[”\"]")
BOOKS = {13, 17, 20, 38, 39, 43, 47, 51}
BLOGS = {36, 53}
UNNAMED = {25: 3}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[5] == "### What I've Been Reading"
    papers = []
    weeks = 0
    bullets = 0
    for n, ln in enumerate(lines, 1):
        if WEEK.match(ln):
            weeks += 1
            continue
        m = BULLET.match(ln)
        if not m:
            continue
        bullets += 1
        body = m.group("body")
        if n in BOOKS:
            assert "_" in body and not QUOTED.search(body), (n, body)
            continue
        if n in BLOGS:
            continue
        if n in UNNAMED:
            for _ in range(UNNAMED[n]):
                papers.append(entry(lines, n, n, None))
            continue
        titles = [q.group("title").strip().rstrip(",.") for q in QUOTED.finditer(body)]
        assert titles, (n, body)
        for title in titles:
            papers.append(entry(lines, n, n, title))
    assert (weeks, bullets) == (10, 21), (weeks, bullets)
    t = {}
    for p in papers:
        t.setdefault(p["line"], []).append(p)
    assert t[10][0]["title"] == "Everything Lies in a Space: Cultural Data and Spatial Reality", t[10]
    assert t[10][0]["doi"] == "10.1111/1467-9655.13479", t[10]
    assert t[14][0]["title"] == "On Nonhuman Sound—Sound as Relation", t[14]
    assert [p["title"] for p in t[25]] == [None, None, None], t[25]
    assert t[29][0]["title"] == "Fly Me To The Moon (from the ground)", t[29]
    assert t[32][0]["title"] == "Posthumanism", t[32]
    assert [p["title"] for p in t[52]] == [
        "Why the Next Song Matters: Streaming, Recommendation, Scarcity", "Music as a Technology of Surveillance"]
    assert sum(1 for p in papers if p["doi"]) == 1
    assert len(papers) == 14, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each article, essay or book chapter named in a '- ' bullet under the ten 'Week of' headings is an entry"
        " (14): title = the quoted text (curly or straight quotes), a closing comma/period inside the quotes"
        " dropped; 52 names two articles (two entries); 25's 'Short pieces by' three authors in a Critical Inquiry"
        " issue = three entries with title None. Books (italic titles: 13, 17, 20, 38, 39, 43, 47, 51) and the two"
        " blog posts (36 Galloway's own blog, 53 Rehding's wordpress post) are not entries.",
        "Read all 53 lines; compared -v for every bullet (21): the 8 book bullets and 2 blog bullets skipped, the"
        " two chapters 14/32 kept, titles inside link text 24/29/31, straight quotes 37/52, the 25 triple with"
        " None titles, the 52 pair; the only id is 10's DOI link.",
    )


if __name__ == "__main__":
    main()
