"""Open truth (batch 3) for theanalyst/awesome-distributed-systems README (at c60f864).

An awesome list of '- [Name](url) comment' bullets: Bootcamp, Books, Papers (with subsections),
Videos, Courses, Blogs and other reading links, Research venues and Meta lists.  Entries are the
bullets whose link is a paper (article, conference paper, technical report, thesis); the title is
the link text.  Decisions particular to the file:

- Bootcamp: only the FLP bullet links a paper (the JACM PDF); its title is the link text without
  the '(paper)' label.  It is the same paper as 'Impossibility of Distributed Consensus with One
  Faulty Process' under Papers; both are kept (repeated records are separate entries).
- Books: every bullet is a book or lecture notes except Joe Armstrong's PhD thesis (line 20),
  which is an entry; 'Impossibility Results for Distributed Computing' is a Synthesis Lectures book.
- The Dynamo bullet continues on line 40 (a lazy continuation line): the entry spans 39-40.
- Line 44 links a second paper in its comment ('for the architecture itself read [RADOS](pdf)'):
  a second entry on that line, with title None since the file names it only by its nickname;
  likewise the Dapper bullet (line 64) names its paper only as 'Dapper': title None.
- Not entries: 'The Log' (a LinkedIn engineering blog post), the Raft website (line 58), the Azos
  code link (line 60), the course page 'Programming Models for Distributed Computing' (line 69),
  the testing list and Jepsen (tool), videos, courses, blogs, web pages, venues and meta lists.
- Verdi (line 76) is a framework bullet whose text is the paper's title and which links the
  paper: an entry, title as written 'Verdi A Framework for ...' (the link name and the text after it).
- In 'Blogs and other reading links', three bullets are published articles: 'There is No Now' (ACM
  Queue), Lamport's Turing lecture (CACM) and 'On Designing and Deploying Internet-Scale Services'
  (a LISA '07 paper): entries.  The other bullets there are blog posts and web pages.
"""
import re

from _open import Open

NAME = "theanalyst__awesome-distributed-systems__README@c60f864.md"

#: Lines whose first link is a paper; the end line if the bullet continues.
PAPERS = {12, 20, 35, 36, 39, 41, 42, 43, 44, 48, 51, 52, 53, 54, 55, 56, 57, 59, 67, 68, 70, 100, 101, 107}
ENDS = {39: 40}
NICKNAMES = {64: "Dapper"}


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        if i in PAPERS:
            m = re.match(r"- \[([^\]]+)\]\(", text)
            assert m, i
            title = m.group(1).removesuffix(" (paper)")
            t.add(i, ENDS.get(i, i), title)
            if i == 44:
                m2 = re.search(r"\[RADOS\]\(([^)]+)\)", text)
                t.add(i, i, None, own=m2.group(0))
        elif i in NICKNAMES:
            assert text.startswith(f"- [{NICKNAMES[i]}]("), i
            t.add(i, i, None)
        elif i == 76:
            assert text.startswith("- [Verdi](")
            t.add(i, i, "Verdi A Framework for Implementing and Formally Verifying Distributed Systems")
    t.write("the bullets whose link is a paper (Papers section, the FLP paper in Bootcamp, Armstrong's thesis"
            " among the Books, three published articles among the blog links, the Verdi paper) are entries, plus"
            " RADOS named in the CRUSH bullet; title = the link text (None for the RADOS and Dapper nicknames)",
            "every line of the file: 27 entries, and every bullet left out (books, blog posts, web pages, tools,"
            " videos, courses, venues, meta lists) looked at one by one")


if __name__ == "__main__":
    main()
