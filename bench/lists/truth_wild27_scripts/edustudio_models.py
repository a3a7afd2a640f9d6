"""Wild27 truth for HFUT-LEC/EduStudio docs/source/user_guide/models.md: the models a student-modelling library implements, with their papers.

Shape: a Sphinx/Markdown docs page of two pipe tables, '## Cognitive Diagnosis' (rows on lines
11-27) and '## Knowledge Tracing' (rows on lines 33-61), columns '| Status | Name | Published |
Paper |': a check mark, the model's short name (not a title), venue and year ('-' for none), and
the paper as '[Title](url)'.  Entry = one table row; title = the link text of the Paper column.
Not entries: rows 11 (IRT, 'Item response theory', a Google Books link) and 12 (MIRT,
'Multidimensional item response theory models', an Amazon link): both are books (Embretson & Reise;
Reckase), so not papers.
Special cases: repeated papers are separate entries (rows 14/15 'Neural cognitive diagnosis for
intelligent education systems' for NCDM and NCDM+(CNCD-Q); rows 21/22 'Neuralcd: ...' for CNCD-F
and KaNCD); row 57's link text ends in a citation '.' ('... for Knowledge Tracing.'), dropped;
row 42 links a misspelt host 'dlacm.org/doi/abs/10.1145/3038912.3052580' whose path still writes
the DOI; row 27's SciEngine URL writes the DOI '10.1007/s11432-022-3852-0' followed by
';JSESSIONID=...', a session tail that is not part of it (the script sets that DOI, the helper
would keep the tail); rows 34, 36, 40, 49, 50, 57 link arXiv.  Hosts:
ACM DL (DOIs), SAGE (DOI), AAAI OJS, IJCAI, IEEE Xplore document pages, OpenReview, NeurIPS
proceedings, Semantic Scholar, lab and university PDFs.
Count check: 46 table rows (17 + 29, header and rule lines excluded) = 44 entries + 2 books;
6 entries give an arXiv id and 21 a DOI (19 ACM, 1 SAGE, 1 SciEngine).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "HFUT-LEC__EduStudio__docs__source__user_guide__models@f7b71b6.md"
PART = "wild27_development"
BOOKS = {11, 12}
ROW = re.compile(r"^\|[^|]*\|[^|]*\|[^|]*\|\s*\[([^\]]+)\]\(([^)]+)\)\s*\|\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("|") or text.startswith(("| Status", "| :")):
            continue
        rows += 1
        if i in BOOKS:
            continue
        m = ROW.match(text)
        assert m, i
        title = m.group(1).strip().rstrip(".").strip()
        p = entry(lines, i, i, title)
        if i == 27:  # the helper keeps SciEngine's ';JSESSIONID=...' session tail; it is not part of the DOI
            assert p["doi"].startswith("10.1007/s11432-022-3852-0;jsessionid="), p["doi"]
            p["doi"] = "10.1007/s11432-022-3852-0"
        papers.append(p)
    assert rows == 46, rows
    assert len(papers) == 44, len(papers)
    n_arxiv = sum(1 for p in papers if p["arxiv"])
    n_doi = sum(1 for p in papers if p["doi"])
    assert (n_arxiv, n_doi) == (6, 21), (n_arxiv, n_doi)
    write_truth(NAME, PART, papers,
                "every row of the two model tables is an entry except the two book rows (IRT, MIRT); title = the"
                " link text of the Paper column, a final '.' dropped",
                "all 44 rows read against the file: titles, the repeated papers (rows 14/15, 21/22), DOIs of every"
                " ACM/SAGE/SciEngine link (row 27's ;JSESSIONID tail, row 42's misspelt host), arXiv ids, and the"
                " two excluded book rows")


if __name__ == "__main__":
    main()
