"""Wild42 truth for miqianmimi/paper-notes Readme.md: a student's reading log of networking papers (congestion
control, datacenter transport/RDMA, video streaming QoE, traffic classification, some systems and ML-for-networking
papers), newest first, with a summary of each and a link to the longer blog note.

Shape: an HTML ``<h1>`` title (1) and a line of shields.io badges (3), then one card per item: a ``### `` heading
(the item's name, often followed by a "☀" mark, once "☀ kai ☀" 375, once "🦄" 715), a bullet block ("- " in the
first two cards, "* " afterwards) of ``Author: ...`` (names, some as links to home pages, with affiliations in
parentheses), ``Index: ...`` (venue and year: "NSDI 2015", "Sigcomm 2016", "IEEE Access", "`Journal` | IEEE
Transactions on Computers 2017", "arXiv:1812.03337", "Best Paper at USENIX ATC 2018"), ``Reading date: ...``,
``Keywords: ...`` (once ``Score:``), then summary paragraphs (some with numbered or bulleted points, quotes, an
indented code block 724-725), and a ``[:heart_decoration: Read More](url)`` bullet (to the author's blog, to a PDF
7-16, or empty ``()`` 54, 67); cards are separated by ``---`` / ``------`` rules.  Line 41 is an empty ``### ``
heading.  The same survey is carded twice (141 and 172, the second with a curly apostrophe and no summary).

Cards that are not about a scholarly work: "TCP Congestion Control" (20, Author "Unknown", Index "introduce", an
introduction read on a blog, notfalse.net), "PCC-244 X 3 : ..." (297, three Stanford CS244 student reproduction
blog posts, Index a link to reproducingnetworkresearch.wordpress.com), "QUIC：Quick UDP Internet Connections"
(317, the protocol as described by Google, no Index), "Congestion Control Something to say" (775, "Blog
Conclusion") and "Exising TCP CC Algorithm" (786, "Summary of Congestion Control").

Decisions:
- Entries (43): every card about a paper, span = its heading line through its last non-blank line before the rule
  (the Read More bullet).  Included with care: "Xavier: ..." (285, a written CS211 course-project paper, "In this
  paper, i present Xavier"); "Indigo : in the paper of panetheon" (338, the record of the Pantheon ATC 2018 paper
  seen through its Indigo scheme; title None, the heading names a nickname, not the paper); "Research Statement"
  (353, Index "Thesis": Junchen Jiang's thesis work, the Read More note is ".../Thesis/"; title None, the heading
  is a genre label); both cards of the duplicated survey (141, 172).  Not entries: the five cards above, the empty
  heading 41, the title and badges.
- Title: the heading text with the "☀" / "☀ kai ☀" / "🦄" marks and spacing removed, nicknames written into it kept
  ("PIAS:Practical ...", "Remy: Tcp ex Machina: ...", "MLinSDN: Machine Learning in ...", "DCQCN -- ...") and the
  list's own wording kept (715 "Learning Network by Reproducing Network Result").
- Ids: the arXiv id written in the Index of 87; no DOIs in the file.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "miqianmimi__paper-notes__Readme@edcff5b.md"
PART = "wild42_development"

NOT_PAPERS = {20, 41, 297, 317, 775, 786}
NO_TITLE = {338, 353}
RULE = re.compile(r"^-{3,}\s*$")


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("### ")]
    assert len(heads) == 49, len(heads)
    papers = []
    for i, n in enumerate(heads):
        if n in NOT_PAPERS:
            continue
        stop = heads[i + 1] if i + 1 < len(heads) else len(lines) + 1
        last = n
        for k in range(n + 1, stop):
            if RULE.match(lines[k - 1]):
                break
            if lines[k - 1].strip():
                last = k
        assert "Read More" in lines[last - 1], (n, last, lines[last - 1])
        assert re.search(r"^[*-] (Author|Index)", "\n".join(lines[n : n + 3]), re.MULTILINE), n
        title = None
        if n not in NO_TITLE:
            title = re.sub(r"(\s*(☀|kai|🦄))+\s*$", "", lines[n - 1][4:]).strip()
        papers.append(entry(lines, n, last, title))
    assert len(papers) == 43, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '### ' card about a paper (43) is an entry spanning its heading through its Read More bullet; title ="
        " the heading without the ☀/kai/🦄 marks (None for the Indigo/Pantheon card 338 and the 'Research"
        " Statement' thesis card 353); the blog/introduction/summary cards (20, 775, 786), the CS244 blog"
        " reproductions (297), the QUIC protocol card (317) and the empty heading (41) are not entries.",
        "All 49 headings classified by reading each card's Author/Index bullets and summary; -v output compared for"
        " all 43 entries: spans end on the Read More bullet (asserted) incl. cards whose rule is '------' (7-16,"
        " 20-37) and cards with no summary (172-180); titles stripped of '☀' (7, 127, 141, 158-606 ...), '☀ kai ☀' (375) and"
        " '🦄' (715), nickname prefixes kept (105, 446, 589, 761); both copies of the duplicated survey (141, 172);"
        " arXiv id of 87 from 'Index: arXiv:1812.03337'; no DOI anywhere; the Xavier course-project paper (285)"
        " kept, the None titles 338/353 checked against their cards.",
    )


if __name__ == "__main__":
    main()
