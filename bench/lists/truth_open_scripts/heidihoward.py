"""Open truth (batch 3) for heidihoward/distributed-consensus-reading-list README: a long field reading list.

Under section headings (Theoretical results ... Misc), one bullet per paper,
'* [⭐️|💎] Title, Venue Year [[acmdl](..),[pdf](..),[arxiv](..)...]', often followed by note
sub-bullets (summaries, 'Featured in the morning paper', blog and talk links).  The title is the
text before the bracketed link list, without the star/gem mark and without the last ', Venue Year'
part ('Unpublished', 'Thesis', 'Preprint 2022', or only '2021'); titles keep their own commas
('Time, Clocks, and the Ordering of Events...'); two bullets have no venue (lines 140, 311) and
one ends its title with '. Preprint 2022' (line 529).  The entry is the bullet's own line: its
note sub-bullets are commentary (blog posts, talks, a tech-report link without a title on line
383), not part of it.  Decisions:
- note sub-bullets that cite a further paper with its title and links are entries of their own:
  the two Derecho companions (lines 162, 163), 'Also see: Design and Analysis of a Logless Dynamic
  Reconfiguration Protocol' (462) and 'P4xos is also evaluated in The Case For In-Network
  Computing On Demand [[acmdl],[pdf],[code]]' (160, title = the cited paper's);
- not entries: the IEEE 1588 standard (413), the books (425 TLA+ book, 613-615 in Misc), the blog
  posts of Misc (619-623), 'Also see: [Mechanically Checked Safety Proof ...]' (521, a web page
  of a TLA+ proof), papers linked inline in prose or notes (178, 183, 510, 575, 383), and the whole
  'Future reading list' (blogs, reading lists, venues);
- entries although not classic papers: technical reports, theses, preprints, white papers (CCF
  169, DiemBFT 581, and the FaunaDB and DConE white papers 617-618 of Misc, whose title is the
  link text), the PODC 2000 keynote paper (345), the IEEE Computer magazine article (616);
- the same paper listed twice ('State Machine Replication Scalability Made Simple', 325 and 593)
  counts twice.
Links labelled 'arxiv' that point to IACR ePrint (584) give no arXiv id.
"""
import re

from _open import Open

NAME = "heidihoward__distributed-consensus-reading-list__README@fb29a22.md"

NOT_PAPERS = {
    413: "IEEE standard 1588-2008",
    425: "book: Specifying Systems (TLA+)",
    613: "book: Readings in Database Systems",
    614: "book: Introduction to Reliable and Secure Distributed Programming",
    615: "book: Designing Data-Intensive Applications",
    619: "blog post", 620: "blog post", 621: "blog post", 622: "blog post", 623: "blog post (Medium)",
}
SUB_PAPERS = {160, 162, 163, 462}


def title_of(head: str) -> str:
    head = re.sub(r"^(⭐️|💎)\s*", "", head.strip())
    m = re.match(r"\[(.+?)\]\(", head)
    if m:  # Misc: '[Title](url)'
        return m.group(1)
    if head.endswith(". Preprint 2022"):
        return head.removesuffix(". Preprint 2022")
    return head.rsplit(", ", 1)[0] if ", " in head else head


def main() -> None:
    t = Open(NAME)
    first = t.lines.index("### Theoretical results") + 1
    last = t.lines.index("## Future reading list") + 1
    for i in range(first, last):
        text = t.line(i)
        m = re.match(r"( *)\* +(.*)$", text)
        if not m or i in NOT_PAPERS:
            continue
        sub = len(m.group(1)) >= 2
        if sub and i not in SUB_PAPERS:
            continue
        body = m.group(2)
        head = body.split(" [[", 1)[0]
        if i == 160:
            head = head.removeprefix("P4xos is also evaluated in ") + ", x"
        elif i == 462:
            head = head.removeprefix("Also see: ")
        elif head == body and not body.startswith("["):
            raise AssertionError(i)
        t.add(i, i, title_of(head))
    t.write("every paper bullet from 'Theoretical results' to 'Misc' is an entry (its own line), plus four note"
            " sub-bullets citing a further paper; title = the text before the link list without the star/gem"
            " and the last ', Venue Year' part; the standard, books, blog posts and the future reading list are"
            " not entries",
            "every line of the file read, 365 entries; the venue parts cut from all titles listed and checked (titles with"
            " their own commas kept whole, the two without venue, the '. Preprint 2022' one); the 10 excluded"
            " bullets, the 4 sub-bullet papers, the arXiv ids (IACR link labelled arxiv gives none)")


if __name__ == "__main__":
    main()
