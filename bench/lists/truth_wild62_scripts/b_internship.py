"""Wild62 truth for rlagywns0213/2021_Summer_Internship README.md at 5f21e2f (2022-03-28): a student's log of his 2021
summer internship at KAIST's DSAIL lab, whose centre is the table of papers he read and presented in the weekly
seminar (recommender systems and graph neural networks), linked to his own re-implementations.

Shape: 62 lines.  Lab link (5), a research-ideas block with a code fence (10-15), ``## Seminar`` (17) with
``### Basic recommender system and Graph Neural Network`` (18) and a table ``| Year | Paper | About |`` (19-20 header,
rows 21-35): ``| MM/DD| [<title>](<url>)|<short name or [name](code link)>``; then ``## Others`` (38) with a table of
notebooks (40-43) and experiment notes with "Go to code" links (47-62).

Special cases:
- The header says ``Year`` but the column holds MM/DD dates.  Rows are ragged: some lack the closing pipe (21-27, 31),
  some have a space or none after the pipes (22, 24, 28, 32-35).
- Paper links go to arXiv abstracts (21-24, 30, 32, 33), an arXiv FTP PDF path (28
  ``arxiv.org/ftp/arxiv/papers/1205/1205.2618.pdf``), the ACM DL (31, DOI in the URL), NeurIPS proceedings PDFs or
  pages (26, 34, 35) and personal/other PDFs (25, 27, 29; 25's URL contains ``[Netflix]``).
- Titles are as the student wrote them: ``Graph Attention Network`` (22, singular), ``Node2vec : Scalable ...`` and
  ``LINE : ...``, ``metapath2vec : ...`` with a space before the colon.
- The ``About`` column (GCN, GAT, node2vec, ...) names the model or links the student's code: not a title.  The
  ``## Others`` table lists notebooks and the "Go to code" links are code: not entries.

Decisions:
- Entry = each row of the Seminar table (15); title = the link text in the Paper column, as written.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "rlagywns0213__2021_Summer_Internship__README@5f21e2f.md"
PART = "wild62_held_out"

ROW = re.compile(r"^\| ?\d\d/\d\d ?\| ?\[([^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    others = lines.index("## Others") + 1
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m or n > others:
            continue
        p = entry(lines, n, n, m.group(1))
        if n == 28 and p["arxiv"] is None:
            p["arxiv"] = "1205.2618"
        papers.append(p)
    assert len(papers) == 15, len(papers)
    on = {p["line"]: p for p in papers}
    assert sorted(on) == list(range(21, 36)), sorted(on)
    assert on[21]["title"] == "Semi-Supervised Classification with Graph Convolutional Networks", on[21]
    assert on[21]["arxiv"] == "1609.02907", on[21]
    assert on[22]["title"] == "Graph Attention Network" and on[22]["arxiv"] == "1710.10903", on[22]
    assert on[24]["title"] == "Node2vec : Scalable Feature Learning for Networks", on[24]
    assert on[25]["title"] == "Matrix Factorization Techniques for Recommender Systems", on[25]
    assert on[28]["title"] == "BPR: Bayesian Personalized Ranking from Implicit Feedback", on[28]
    assert on[28]["arxiv"] == "1205.2618", on[28]
    assert on[31]["doi"] == "10.1145/3097983.3098036", on[31]
    assert on[35]["title"] == "Translating Embeddings for Modeling Multi-relational Data", on[35]
    for n in (15, 42, 43, 52, 54, 62):
        assert n not in on, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Internship log whose Seminar table '| MM/DD | [title](url) | model or code link |' lists the papers"
        " the student read and presented (15 rows, ragged pipes).  Entry = each row of that table; title = the link"
        " text in the Paper column as written (singular 'Graph Attention Network', ' : ' spacing kept).  The arXiv"
        " id of the BPR row, linked as an arXiv FTP PDF path, is 1205.2618 (set by hand if the helper misses it)."
        "  The About column, the notebooks table and the 'Go to code' links are not entries.",
        checked="Read the whole file; compared the -v output with the 15 table rows: titles, arXiv ids of the"
        " arXiv-linked rows (21-24, 28, 30, 32, 33), the DOI in the ACM URL (31), and that the Others table and code"
        " links give no entries.",
    )


if __name__ == "__main__":
    main()
