"""Wild4 truth for Charleo85/CS6501-NLP readings.md: the readings page of a graduate NLP course
(UVa CS 6501, ten topics).

Shape: '## N. Topic' headings, each with a '**Mandatory**' and an '**Optional**' label over a list,
one paper a line: 'Author et al., [Title](url), year' (authors as 'X et al.', 'X and Y' or one
surname).  Topic 1's mandatory list is numbered ('1. ', '2. '), every other list uses '- '.  No
prose, no other list items, no closing newline.

Entry: every list line (53).  All of them are papers (journal/conference articles, preprints, a
tech report: Bottou's 'Stochastic Gradient Descent Tricks' is a local PDF under readings/, still a
paper).  Title = the link text, kept as written (the typo'd author 'Bolukbasi1' is outside it; the
curly apostrophe in 'Don’t count, predict!' stays).  arXiv ids come from arxiv.org abs/pdf links;
the one DOI is in the Wiley link of Mitchell and Lapata 2010 (10.1111/j.1551-6709.2010.01106.x).
ACL Anthology, NIPS and OpenReview links give no id.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild4 import entry, read_lines, write_truth

NAME = "Charleo85__CS6501-NLP__readings@f9115e9.md"
PART = "wild4_development"

ITEM = re.compile(r"(?:- |\d+\. )[^\[]+, \[([^\]]+)\]\(([^)]+)\), (\d{4})")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if re.match(r"(- |\d+\. )", text):
            m = ITEM.fullmatch(text)
            assert m, (i, text)
            papers.append(entry(lines, i, i, m.group(1)))
        else:
            assert text == "" or text.startswith(("#", "**")), (i, text)
    assert len(papers) == 53
    write_truth(
        NAME, PART, papers,
        "every list line 'Author et al., [Title](url), year' under a topic's Mandatory/Optional label is an entry,"
        " title = the link text; arXiv id / DOI from the link",
        "all 53 list lines match one pattern (asserted; grep count of '- '/'N. ' lines = 53, every other line is a"
        " heading, a bold label or blank); first and last entry of all ten topics, the numbered pair of topic 1,"
        " the local-PDF entry (Bottou), the Wiley DOI entry and ~20 others compared with the file by eye",
    )


if __name__ == "__main__":
    main()
