"""Wild2 truth for tddg/cs675-spring20 reading_list.md: a distributed-systems course reading list (Jekyll page).

Under topic headings ('## Big Data Systems', ...) every paper is a paragraph of one line
'[Title](url) [Venue Year] (*optional*)'; the URL is a Liquid '{{ site.baseurl }}/public/papers/x.pdf'
path, a USENIX page or (once) an arXiv abstract.  Every such line is an entry (one line each); title =
the link text.  The one exception is '[The Datacenter as a Computer](...)' (line 76): it is Barroso and
Hölzle's Synthesis Lectures book, not a paper, so it is left out (the file itself does not say so; this
needs outside knowledge).  The technical report ('Cloud Programming Simplified: A Berkeley View on
Serverless Computing') and the venue-less papers (Paxos Made Live, MXNet) are entries.  The front
matter and headings are not.  Only 'In Search of a Fast and Efficient Serverless DAG Engine' (line 41) has an arXiv id
(1910.05896); no DOIs.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _wild2 import entry, read_lines, write_truth

NAME = "tddg__cs675-spring20__reading_list@4131d80.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)
#: line of a linked item that is a book, not a paper
BOOKS = {76: "The Datacenter as a Computer (Barroso & Hölzle, Synthesis Lectures book)"}


def main() -> None:
    papers = []
    for i, text in enumerate(LINES, 1):
        m = re.match(r"\[([^\]]+)\]\(([^)]+)\)", text)
        if not m:
            assert not text.startswith("["), i
            continue
        if i in BOOKS:
            continue
        papers.append(entry(LINES, i, i, m.group(1)))
    assert len(papers) == 26, len(papers)
    write_truth(
        NAME, PART, papers,
        "every one-line paragraph '[Title](url) [Venue]' under a topic heading is an entry, title = the link text;"
        " the Datacenter-as-a-Computer line (a Synthesis Lectures book) is left out",
        "all 27 link lines by eye (grep -c '^\\[' = 27): 26 entries + the book; first/last of each of the 6"
        " sections, the '{{ site.baseurl }}' URLs, the curly apostrophe in 'Dynamo: Amazon’s ...', the arXiv id"
        " of line 41; no DOIs in the file",
    )


if __name__ == "__main__":
    main()
