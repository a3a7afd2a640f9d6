"""Wild51 truth for srg-ics-uplb/cmsc291modistsys readings.md: the reading list of a UP Los Baños graduate course,
"CMSC 291 (Special Topics): Modern Distributed Systems", newest commit (5089760).

Shape: 91 lines, 9.6 KB, plain ``*`` bullets under headings.  ``# CMSC 291 ...`` (1), ``## Foundational`` (3) with
eleven ``####`` topic headings (Time/Clocks 4, Consensus 11, Replication 20, Causality/Transactions 27, Concurrency
34, Fault Tolerance 41, P2P/DHT 48, Blockchain 55, Programming/Computation Models 59, Impossibility Results 64),
``## Production Systems in Industry`` (68), ``## Miscellaneous`` (81) and ``## Other Lists`` (84).  Every bullet is
``* [Title](url). Authors. Venue Year.``; the period after the link is sometimes glued to the authors
(``.B. Oki`` 22-24, 56-57, 60, 65, 74, 76) and missing once (``...pdf)A. Laskshman`` 53); some bullets have no
authors (``The Part-Time Parliament`` 13, ``Pastry`` 50).

Special cases:
- 45 ``Concurrency Control and Recovery in Database Systems``: a chapter (Ch. 7 PDF) of the Bernstein et al. book;
  a book chapter, so an entry.
- 57 ``Foundations of Distributed Consensus and Blockchains`` (E. Shi, 2020) is a textbook (book draft): not an
  entry under the truth rules.
- 62 link text ends with the nickname ``(Spark)``; it is dropped as a nickname tag.
- Typos kept: ``Concensus`` (16).
- ``## Other Lists`` (85-91) links to other reading lists / blogs / a GitHub repo: not entries.

Decisions:
- Entry = every bullet from line 5 to line 82 whose link is a paper (51); title = the link text, ``(Spark)`` dropped.
- Ids from the bullet's own line: ACM DOIs on 35-37; no arXiv links.
"""
import re

from _wild51 import entry, read_lines, write_truth

NAME = "srg-ics-uplb__cmsc291modistsys__readings@5089760.md"
PART = "wild51_development"

BULLET = re.compile(r"^\* \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)")
BOOKS = {57}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# CMSC 291(Special Topics): Modern Distributed Systems Reading List"
    papers = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## Other Lists"):
            break
        if not ln.startswith("*"):
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        if n in BOOKS:
            continue
        title = m.group("title").strip()
        title = re.sub(r"\s*\(Spark\)$", "", title)
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 51, len(papers)
    t = {p["line"]: p for p in papers}
    assert t[5]["title"] == "Time, Clocks, and the Ordering of Events in a Distributed System", t[5]
    assert t[16]["title"] == "In Search of an Understandable Concensus Algorithm", t[16]
    assert t[35]["doi"] == "10.1145/365559.365617", t[35]
    assert t[53]["title"] == "Cassandra: A Decentralized Structured Storage System", t[53]
    assert t[62]["title"] == (
        "Resilient Distributed Datasets: A Fault-Tolerant Abstraction for In-Memory Cluster Computing"), t[62]
    assert t[82]["title"] == "Hints for Computer System Design", t[82]
    assert 57 not in t and max(t) == 82
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* [Title](url)' bullet of lines 5-82 is an entry (51), title = the link text with the trailing"
        " nickname '(Spark)' dropped (62); the textbook bullet 57 (E. Shi, Foundations of Distributed Consensus and"
        " Blockchains) is not an entry; the book chapter 45 is; the '## Other Lists' bullets (85-91, links to other"
        " reading lists, blogs, a repo) and headings are not entries.",
        "Read all 91 lines; compared -v with every bullet 5-82: link text as title, typo 'Concensus' 16 kept,"
        " glued '.B.' / missing period after the link (22-24, 53, 56, 60, 65, 74, 76) not affecting titles,"
        " '(Spark)' dropped 62, DOIs only from the ACM links 35-37, no arXiv ids.",
    )


if __name__ == "__main__":
    main()
