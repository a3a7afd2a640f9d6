"""Wild41 truth for arfmatos/quantum-papers-reviews README.md: a personal reading list of quantum computing and
quantum machine learning books and papers (a fork of Christophe-pere/quantum-papers-reviews).

Shape: a ``# Content`` TOC of anchor links (5-12), then ``##`` sections, each one pipe table:
- "Quantum books" (18-30): ``| Authors | Title | Year | Link | Review | GitHub | Appreciation |``, 11 books
  (textbooks, the online Qiskit Textbook) linked to Amazon/Springer/Apress/Cambridge or a PDF ("ePrint").
- "Quantum papers" (36-94): ``| Authors | Title | Year | Link | Annotation | Review | GitHub | Appreciation |``,
  57 rows sorted by year descending; authors as ``Surname I. *et al.*`` or ``A & B & C``; the Title cell is
  plain text (no link); the Link cell is ``[Arxiv](...)``, ``[ArXiv](...)`` or ``[ePrint](...)`` - the label
  does not always match the target (79 "Arxiv" -> ResearchGate, 93 "Arxiv" -> byu.edu); many rows stop after
  the Link cell, two without a closing pipe (59, 63); some link an annotated PDF in the Annotation cell and
  carry star ratings.  Titles keep the list's typos ("Udergraduate" 38, "Quantums" 42, "Llyod" is an author).
  Row 38 links ``arxiv.org/pdf/2108.0131.pdf``, a truncated id (4 digits after the dot).
- "Quantum Thesis" (100-102): one PhD thesis row, same columns.
- "Further resources" (106-110): three GitHub awesome lists; "Courses" (113-115): one lecture-notes PDF.
- "Methodology" (118-122): ``| Authors | Title | Year | Link | Annotation | Appreciation |``, three papers
  (an arXiv paper on ML ROI, Wohlin's snowballing guidelines, Keshav's "How to read a Paper") with empty
  links ``[Github]()``.
- "Citation": a fenced ``@misc`` BibTeX of the list itself (boilerplate), then "Licence".

Decisions:
- Entries: every row of the Quantum papers, Quantum Thesis and Methodology tables (57 + 1 + 3 = 61), one line
  each.  Books, the GitHub lists, the course notes and the list's own @misc are not entries.
- Title: the Title cell as written.  Ids: arXiv ids from the Link cell (``v1``/``v2`` dropped; the truncated
  ``2108.0131`` of 38 is kept as written, since it has the form of an id); DOIs only where the URL holds one
  literally (the IOP and APS PDF links 67, 74, 76); nature.com article ids are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "arfmatos__quantum-papers-reviews__README@ef12eb8.md"
PART = "wild41_development"

PAPER_SECTIONS = {"Quantum papers", "Quantum Thesis", "Methodology"}


def cells(line: str) -> list[str]:
    """The cells of one pipe-table row (a missing closing pipe allowed)."""
    return [c.strip() for c in line.strip().strip("|").split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers, section, header, counts = [], None, None, {}
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section, header = ln[3:].strip(), None
            continue
        if not ln.startswith("|"):
            continue
        if header is None:
            header = cells(ln)
            continue
        if re.match(r"^\|\s*:?-", ln):
            continue
        counts[section] = counts.get(section, 0) + 1
        if section not in PAPER_SECTIONS:
            continue
        assert header[:2] == ["Authors", "Title"], (n, header)
        row = cells(ln)
        assert re.match(r"^\d{4}$", row[2]), n
        papers.append(entry(lines, n, n, row[1]))
    assert counts == {"Quantum books": 11, "Quantum papers": 57, "Quantum Thesis": 1, "Further resources": 3,
                      "Courses": 1, "Methodology": 3}, counts
    assert len(papers) == 61, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the Quantum papers, Quantum Thesis and Methodology tables is an entry on its line; title ="
        " the plain Title cell; the books table, the GitHub-list and course tables and the list's own @misc"
        " BibTeX are not entries.",
        "All tables read against the -v output: the 11 book rows and the 4 further-resource/course rows"
        " excluded; first/last rows of each paper table (38, 94, 102, 120, 122); rows without a closing pipe"
        " (59, 63); ~20 titles compared with their cells incl. typos 38/42 and the colon titles; arXiv ids with"
        " v-suffixes (41, 46, 71, 83, 91) and the old-style quant-ph/0107012 (94); the truncated 2108.0131 (38)"
        " kept as written; DOIs of the IOP/APS PDF links (67, 74, 76); the 'Arxiv'-labelled non-arXiv links 79/93;"
        " the empty Methodology links.",
    )


if __name__ == "__main__":
    main()
