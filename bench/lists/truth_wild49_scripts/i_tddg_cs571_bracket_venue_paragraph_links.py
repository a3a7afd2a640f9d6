"""Wild49 truth for tddg/cs571-spring22 reading_list.md: the reading list of a university operating-systems course
(CS 571, spring 2022) published as a Jekyll page, newest commit (aad4528).

Shape: 70 lines, 3 KB.  A Jekyll front matter (1-5: ``layout``, ``title: "Reading List"``, ``permalink``), then six
``## `` topic headings (OS Scheduling 7, Memory Management and Caching 15, Concurrency and Synchronization 23,
Persistence 33, Virtual Machines and Containers 46, Distributed Systems 60).  Under each heading every reading is a
paragraph of its own, one line, separated by blank lines: ``[Title](url) [Venue Year]`` -- a Markdown link whose text
is the title, then a bracketed note that is not a link (venue and year ``[ACM SOSP 2021]``, or an author
``[Michael J. Franklin]``, or a source ``[The Linux Kernel documentation]``).  No bullets, no numbers.

Special cases:
- 9 ``Linux CFS Scheduler`` [The Linux Kernel documentation]: kernel documentation, not a research work -> not an
  entry.
- 29 ``Concurrency is not parallelism`` [The Go Programming Language Blog]: a talk on the Go blog -> not an entry.
- 27 ``Concurrency Control and Recovery`` [Michael J. Franklin]: Franklin's survey chapter (CRC handbook), linked
  on CiteSeerX -> an entry; its CiteSeerX link carries ``doi=10.1.1.38.1437`` (a CiteSeerX id, not a real DOI),
  which the id helper rightly does not take: no DOI.
- 68 ends with a trailing space; 39 has a curly apostrophe ``Amazon’s``.
- Venue notes are the list's own and partly wrong (56 gVisor paper is HotCloud, written ``[USENIX HotStorage 2019]``);
  they are not title text anyway.

Decisions:
- Entry = every ``[Title](url) [note]`` paragraph line except the two non-research ones (9, 29): 19 entries.
- Title = the link text as written; the bracketed note after the link is dropped.
- Ids from the line: ACM ``dl.acm.org/doi/10.1145/...`` links give DOIs; USENIX, Google and arXiv-less links none.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "tddg__cs571-spring22__reading_list@aad4528.md"
PART = "wild49_development"

ITEM = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>[^)\s]+)\) \[(?P<note>[^\]]+)\]\s*$")
NOT_PAPERS = {9: "Linux CFS Scheduler", 29: "Concurrency is not parallelism"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == 'title: "Reading List"'
    papers = []
    skipped = {}
    for n, ln in enumerate(lines, 1):
        if ln.startswith("[") or "](" in ln:
            m = ITEM.match(ln)
            assert m, (n, ln)
            if n in NOT_PAPERS:
                skipped[n] = m.group("title")
                continue
            papers.append(entry(lines, n, n, m.group("title")))
        else:
            assert ln == "" or ln.startswith(("## ", "---", "layout:", "title:", "permalink:")), (n, ln)
    assert skipped == NOT_PAPERS, skipped
    t = {p["line"]: p for p in papers}
    assert (t[11]["title"], t[11]["doi"]) == (
        "ghOSt: Fast & Flexible User-Space Delegation of Linux Scheduling", "10.1145/3477132.3483542"), t[11]
    assert (t[17]["title"], t[17]["doi"]) == ("ARC: A Self-Tuning, Low Overhead Replacement Cache", None), t[17]
    assert (t[27]["title"], t[27]["doi"]) == ("Concurrency Control and Recovery", None), t[27]
    assert t[39]["title"] == "Dynamo: Amazon’s Highly Available Key-value Store", t[39]
    assert t[52]["title"] == "My VM is Lighter (and Safer) than your Container", t[52]
    assert (t[68]["title"], t[68]["doi"]) == ("ZooKeeper: Wait-free coordination for Internet-scale systems", None)
    assert len(papers) == 19, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every one-line paragraph '[Title](url) [note]' under the six '## ' topic headings is a reading; the kernel"
        " documentation page (9) and the Go blog talk (29) are not research works, the other 19 are entries (the"
        " Franklin survey chapter 27 included); title = the link text, the bracketed venue/author note dropped.",
        "Read all 70 lines; compared -v for all 19 entries: link texts as written (curly apostrophe 39, 'Fast &"
        " Flexible' 11), no venue note in any title, trailing space on 68 harmless; DOIs from the nine ACM DL links"
        " (11, 19, 35, 37, 39, 43, 48, 52, 54); none from the CiteSeerX 'doi=10.1.1.38.1437' id on 27 (not a DOI),"
        " USENIX or Google links.",
    )


if __name__ == "__main__":
    main()
