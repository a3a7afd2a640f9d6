"""Wild57 truth for danidiaz/variegated-reading-lists FP-reading-lists/induction-coinduction-logic-reading-list.md:
one page of a programmer's personal, years-long bookmark/reading log on induction, coinduction and logic, newest
commit touching it (77afc7f, 2024-04-14).

Shape: 137 lines, 11 KB.  Four ``#`` sections, each a run of blank-line-separated paragraphs that start with a bare
Markdown link (no bullets), often followed by side links (``[tweet](...)``, ``[reddit](...)``, ``[HN](...)``) or a
one-line comment, and sometimes by ``>`` quotes:
``# slides`` (1-7: two slide decks and a paragraph of tweet URLs), ``# papers`` (9-66), ``# posts`` (68-126: blog
posts, Q&A threads and tweets, a few papers among them), ``# Videos`` (128-136).

Special cases:
- ``# papers`` also holds theses (``Abstraction and Computation``, 19; ``Quotient types in type theory``, 23;
  ``THE ESSENCE OF CODATA AND ITS IMPLEMENTATION``, 35), a Monad.Reader article (21) and lecture notes (31, 33, 58):
  entries (research documents the author files as papers).  ``Teach Yourself Logic 2017: A Study Guide`` (29) is a
  book-length study guide, not an article: not an entry.  54 is a lone ``[tweet](...)`` paragraph belonging to the
  paper on 50 (after its ``>`` quote, 52): not an entry.
- 41-42 hold two papers in one paragraph, and the second link text wraps: ``[Setoids in type theory](...).
  [Relationships between Constructive,`` / ``Predicative and Classical Systems of Analysis](...)``: two entries,
  41-41 and 41-42, the wrapped title joined with one space.  The trailing ``[BISH]`` and ``[nlab]`` links are not
  papers.
- 48: the title link points at a tweet and the paper follows as ``[paper](...pdf)``: one entry, title from the first
  link.  17: the ``[linear thoughts]`` blog link after the paper is not an entry; 33: the StackExchange/StackOverflow
  question links after the paper are not entries.
- 31 and 58 list the same notes (Gordon, ``Corecursion and coinduction: ...``) twice: two entries.
- Papers in ``# posts``: 108 ``Automatic Refunctionalization to a Language with Copattern Matching`` (first link)
  and 114 ``let's see how things unfold`` (McBride's JUnfold paper, second link after a tweet, title as written):
  entries.  94's ``[more](...)`` links (a thesis and two arXiv papers) name no title and hang off a Hacker News
  thread: not entries.  Blog posts, tweets, Q&A threads, slides (3, 5) and videos (130-136, one of a paper talk)
  are not entries.
- Ids: arXiv from arxiv.org links (39, 44, 56, 60, 62 ``2103.06913v1`` -> ``2103.06913``) and the old-style
  ``math/9404236`` (15); DOI ``10.1007/978-3-030-17184-1_5`` from the Springer link (46).  11 links CiteSeerX with
  ``doi=10.1.1.37.1418``, a CiteSeerX document id, not a registered DOI: the entry's doi is set to None if the
  helper picks it up.

Decisions:
- Entry = the first link of every paragraph in ``# papers`` (11-66) except 29 and 54, the second link of 41-42, the first
  link of 108 and the second link of 114: 28 entries.
- Title = that link's text, as written (wrapped text joined with one space).
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "danidiaz__variegated-reading-lists__FP-reading-lists__induction-coinduction-logic-reading-list@77afc7f.md"
PART = "wild57_development"

LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
NOT_PAPER = {29, 54}  # 29: Teach Yourself Logic 2017: A Study Guide; 54: a lone [tweet] link under 50
EXTRA = {108: 0, 114: 1}  # papers filed under '# posts': line -> index of the paper's link on the line


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# papers") + 1
    stop = lines.index("# posts") + 1
    papers = []
    for n in range(start + 1, stop):
        ln = lines[n - 1]
        if not ln.startswith("[") or n in NOT_PAPER:
            continue
        papers.append(entry(lines, n, n, LINK.match(ln).group(1)))
        if n == 41:  # second paper, its link text wrapped onto 42
            both = lines[40] + "\n" + lines[41]
            second = LINK.findall(both)[1][0]
            papers.append(entry(lines, 41, 42, re.sub(r"\s+", " ", second)))
    for n, k in EXTRA.items():
        papers.append(entry(lines, n, n, LINK.findall(lines[n - 1])[k][0]))
    for p in papers:
        if p["doi"] == "10.1.1.37.1418":  # CiteSeerX id (line 11), not a DOI
            p["doi"] = None
        if p["line"] == 15 and p["arxiv"] is None:
            p["arxiv"] = "math/9404236"
    by = {(p["line"], p["title"]): p for p in papers}
    titles = [p["title"] for p in papers]
    assert len(papers) == 28, len(papers)
    assert "Teach Yourself Logic 2017: A Study Guide" not in titles
    assert titles[0] == "A Tutorial on (Co)Algebras and (Co)Induction" and papers[0]["doi"] is None, papers[0]
    assert by[(15, "On proof and progress in Mathematics")]["arxiv"] == "math/9404236"
    rel = "Relationships between Constructive, Predicative and Classical Systems of Analysis"
    assert (41, "Setoids in type theory") in by and (41, rel) in by, titles
    assert by[(46, "codata in action")]["doi"] == "10.1007/978-3-030-17184-1_5", by[(46, "codata in action")]
    assert by[(48, "The Power of Interoperability: Why Objects Are Inevitable")]
    assert by[(62, "Classical (Co)Recursion: Programming")]["arxiv"] == "2103.06913"
    assert by[(108, "Automatic Refunctionalization to a Language with Copattern Matching")]
    assert by[(114, "let's see how things unfold")]
    assert titles.count("Corecursion and coinduction: what they are and how they relate to recursion and induction") == 2
    write_truth(
        NAME,
        PART,
        papers,
        method="A personal bookmark log of bare links in blank-line paragraphs under '# slides', '# papers', '# posts'"
        " and '# Videos'.  Entries: the first link of every '# papers' paragraph (11-66; theses, an article and"
        " lecture notes included, the study guide on 29 and the lone tweet link on 54 excluded), the second paper of 41-42 (link text wrapped),"
        " and the two papers filed under '# posts' (108, second link of 114).  Side links (tweet, reddit, HN, nlab,"
        " blog, Q&A), unnamed '[more]' links, slides, posts and videos are not entries.  Title = the link text as"
        " written.",
        checked="Read all 137 lines against the -v output: every '# papers' paragraph (26 entries, 29 and 54 left out), the"
        " wrapped second link on 41-42, the tweet-first paper on 48, the repeated Gordon notes (31, 58), each '#"
        " posts' link judged paper or not (108 and 114 kept, 94 '[more]' links left out), the old-style arXiv id"
        " math/9404236 (15), the Springer DOI (46) and the CiteSeerX pseudo-DOI on 11 cleared.",
    )


if __name__ == "__main__":
    main()
