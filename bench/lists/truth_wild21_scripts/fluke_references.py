"""Wild21 truth for makgyver/fluke REFERENCES.md: the federated-learning library's references,
one block per implemented algorithm.

Shape: a `# References` heading, then 30 blocks separated by blank lines; each block is an anchor
line `<a id="N">[Nickname Year]</a>` followed by one reference line `Authors. Title. Venue Year.
URL: link` (block 2 has two reference lines, FedBN and SiloBN, under one anchor).

Entry: each reference line is one paper (31 papers: 30 blocks, block 2 naming two).  An entry's
lines run from its block's anchor line to its reference line; the second reference of block 2 is
its own line only (so its arXiv id is not the first paper's).  Title: the sentence between the
authors and the venue, i.e. the second-to-last '. '-separated segment of the reference once the
`URL:` tail is cut (author initials hold '. ' too, so segments are counted from the end).  The
anchor's bracketed nickname ([FedAvg, FedSGD 2016]) is a tag, not a title.  FedHP (block 25) has
no URL and no id.

Count check: `grep -c '<a id' ` = 30 anchors; 31 non-empty lines that are neither the heading nor
an anchor.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "makgyver__fluke__REFERENCES@a0bd26a.md"
LINES = read_lines(NAME)


def title_of(text: str) -> str:
    body = re.sub(r"\s*URL:.*$", "", text).strip().rstrip(".")
    parts = body.split(". ")
    return parts[-2]


def main() -> None:
    papers = []
    anchor = None
    anchors = 0
    for i, text in enumerate(LINES, 1):
        if text.startswith("<a id="):
            anchor, anchors = i, anchors + 1
            continue
        if not text.strip() or text.startswith("#"):
            continue
        first = anchor if anchor is not None else i
        papers.append(entry(LINES, first, i, title_of(text)))
        anchor = None
    assert anchors == 30, anchors
    assert len(papers) == 31, len(papers)
    write_truth(NAME, "wild21_development", papers,
                "each reference line under an `<a id>[Nickname Year]</a>` anchor is a paper (block 2 holds two);"
                " lines from the anchor to the reference (the second reference of block 2 alone); title = the"
                " sentence between the authors and the venue; the bracketed nickname is a tag",
                "all 31 entries against the file: titles (FedAvg's lower-case title, FedProx's workshop venue,"
                " FedSAM's 'Caldarola, D.,' authors, FedHP without URL), arXiv ids incl. 2109.07628v3 and"
                " pdf/2212.01197v4, the ACM DOI of FedRS, OpenReview/PMLR links without ids")


if __name__ == "__main__":
    main()
