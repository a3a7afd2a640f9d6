"""Wild40 truth for SVAIGBA/paper_list knowledge_graph_embedding/README.md: one topic page of a lab's NLP
paper-list repository ("Knowledge Graph Embedding Paper List", 2020), a small leaderboard table followed by one
blockquoted card per paper, most cards holding their own results table; newest commit (2022-12-27; the file last
changed 2020-07-25).

Shape: ``# Knowledge Graph Embedding Paper List`` (1); a pipe table ``| Datasets | MRR | Hit@10 | Method |``
(3-6) whose two rows give the best score on FB15k-237 and WN18RR and name the method as a link to a PDF kept in
the repository (``[ParamE](./paper/5665-Article-Text-...pdf)``, ``[OTE](./paper/2020.acl-main.241.pdf)``);
``## 2020`` (8); then 20 cards, each opened by a blockquoted level-4 heading ``>#### ACL 2020: [Title](./paper/
<file>.pdf)`` (the venue and year before the colon; often two trailing spaces), followed by nested-quote lines
``>> Author: ...``, ``>> Dataset: ...`` and, in 14 cards, a nested-quote results table (``>> | Dataset | FB15k |
...``, MRR / Hit@10 / H@10 / Accuracy rows).  The first cards (10-131) write ``>####`` and ``>>``; the AAAI cards
(133-191) write ``> ####`` and ``> >``.  Cards are separated by a bare ``>`` line or by blank lines; card 21 has a
blank line (24) between its Dataset line and its table; card 95 (Scalable Neural Methods) has only an author
line.  All links are relative paths to PDFs in ``./paper/`` (ACL Anthology file names, arXiv-number file names
such as ``2005.00856.pdf``, OpenReview-slug names, AAAI ``Article-Text`` names); none is a URL.  The
Knowledge Hypergraphs card (105) links ``...relations-Original Pdf.pdf`` with a space in the path, so the link
does not render as one; its bracketed text is still the title.

Decisions:
- An entry is every card (20): lines from its ``####`` heading to the last line of its own text (bare ``>``
  separator lines and blank lines after it are left out), title = the heading's link text (the ``ACL 2020:``
  venue prefix dropped).  No card gives an id: the PDFs are local files, and a file named after an arXiv number
  is not an arXiv link, so arxiv and doi stay null.
- The two rows of the top table (5, 6) are entries too: leaderboard records each citing one paper by a link to
  its PDF, whose text is the method's nickname (ParamE, OTE), so title = null.  They repeat papers that have
  cards below (ParamE 182, the Orthogonal Relation Transforms card 31); repeated records are separate entries.
- Not entries: the file heading, ``## 2020``, the table header and delimiter, the Author/Dataset lines and the
  per-card results tables (parts of their card).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "SVAIGBA__paper_list__knowledge_graph_embedding__README@e3242cc.md"
PART = "wild40_development"

CARD = re.compile(r"^> ?#### ([A-Za-z]+ 2020): \[([^\]]+)\]\(\./paper/[^)]+\.pdf\) *$")
ROW = re.compile(r"^\| +[\w-]+ +\| [\d.]+ \| [\d.]+ +\| +\[(\w+)\]\(\./paper/[^)]+\.pdf\) +\|$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n in (5, 6):
        assert ROW.match(lines[n - 1]), n
        papers.append(entry(lines, n, n, None))
    heads = [n for n, ln in enumerate(lines, 1) if CARD.match(ln)]
    assert sum(1 for ln in lines if "####" in ln) == len(heads)
    for i, n in enumerate(heads):
        stop = heads[i + 1] if i + 1 < len(heads) else len(lines) + 1
        last = n
        for k in range(n + 1, stop):
            body = lines[k - 1].strip()
            if body and body.strip("> ") != "":
                assert body.startswith(">"), k
                last = k
        title = CARD.match(lines[n - 1]).group(2)
        papers.append(entry(lines, n, last, title))
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each blockquoted '#### Venue 2020: [Title](./paper/x.pdf)' card is an entry from its heading to its last"
        " Author/Dataset/results-table line, title = the heading's link text (venue prefix dropped), no ids (all"
        " links are local PDFs); the two rows of the top leaderboard table citing ParamE and OTE by nickname links"
        " are entries with title null.",
        "Whole 192-line file read; all 20 cards compared with the -v output (first/last lines, both quote styles"
        " '>####'/'>>' 10-131 and '> ####'/'> >' 133-191, the blank line inside card 21-28, the author-only card"
        " 95-97, the six cards without a table 83-87/89-93/95-97/99-103/116-120/133-137), titles against the link texts (incl."
        " 'You CAN Teach An Old Dog New Tricks! ...', 'Parametersas' typo kept, the unrendered space-path link of 105), the two leaderboard rows 5/6"
        " null-titled, and all ids checked null (local PDF paths only, e.g. ./paper/2005.00856.pdf).",
    )


if __name__ == "__main__":
    main()
