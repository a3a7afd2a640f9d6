"""Wild37 truth for AnthonySong98/awesome-graph-based-semi-supervised-learning README.md: the paper list
of a graph-based semi-supervised learning survey (Song, Yang, Xu & King 2021).

Shape: ``##``/``###`` section headings; each record is a Markdown numbered item of 3-5 lines,
``1. **Title,** in Venue, Year.`` / ``*Authors.*`` / ``[paper](url)`` / optional ``[code](url)``,
``[demo](url)`` or ``[link](url)`` lines, records separated by blank lines.  The entry spans the record's
lines; the title is the bold text without its closing separator (``,`` usually, ``.`` on line 560;
the ``?`` of line 200 is kept).  Decisions:
- The ``## Citation`` BibTeX block (8-20) is the list's own "cite our survey" boilerplate: not an
  entry; the same survey listed as a record under Survey (43) is an entry.
- The Content list (23-39) is a table of contents: not entries.
- Datasets section (745-773): the papers that introduced datasets are entries; ``SNAP Datasets:
  Stanford large network dataset collection`` (771, a ``webpage collection`` with a ``[link]`` to the
  data page) is a dataset without a paper: not an entry.
- Tutorials (777, an ACL tutorial, filed by the list as a tutorial) and Books (783-793, three books):
  not entries.
- Papers listed twice (e.g. ``Label propagation through linear neighborhoods`` ICML 2006 at 68 and 216,
  ``Large graph construction ...`` at 84 and 284) are separate entries; line 220 is the TKDE version of
  the same title, its own entry.
- Title separators: ``,`` dropped; line 560 closes with ``.`` (dropped); line 200 closes with ``?``
  inside the bold (kept).
- Ids: arXiv ids from arxiv.org links, DOIs from doi.org/dl.acm.org/doi/Springer/Wiley-style URLs as the
  helper reads them (dl.acm.org ``10.5555/...`` ids included, as written in the URL); CiteSeerX
  ``doi=10.1.1...`` query values (70, 154, 166, 230, 696) are CiteSeerX ids, not DOIs: doi null there.
165 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "AnthonySong98__awesome-graph-based-semi-supervised-learning__README@970eea4.md"
PART = "wild37_development"


def main() -> None:
    lines = read_lines(NAME)
    stop = next(i for i, ln in enumerate(lines, 1) if ln.startswith("## [Tutorials]"))
    papers = []
    for i, ln in enumerate(lines, 1):
        if i >= stop:
            break
        m = re.match(r"^\d+\. \*\*(.+?)\*\*", ln)
        if not m:
            assert not re.match(r"^\d+\. [^\[]", ln), (i, ln)
            continue
        e = i
        while e < len(lines) and lines[e].strip():
            e += 1
        if "SNAP Datasets" in ln:  # data web page, no paper
            continue
        title = m.group(1)
        title = re.sub(r"[,.]$", "", title)
        p = entry(lines, i, e, title)
        if p["doi"] and p["doi"].startswith("10.1.1."):
            p["doi"] = None
        papers.append(p)
    assert len(papers) == 165, len(papers)
    write_truth(NAME, PART, papers,
                "Each numbered '1. **Title,** in Venue, Year.' record with its authors and link lines is an entry (sections Survey to Datasets), title = bold text without the closing ',' or '.'; the survey's own BibTeX, the Content list, the SNAP data page, the Tutorials item and the Books are not entries.",
                "Read the head (1-47: badge, citation BibTeX, Content, Survey record), the first and last record of every section (50-773), ~25 random records, the Datasets/Tutorials/Books tail (745-792, SNAP page, tutorial and books excluded), the title endings on 200 and 560, the repeated titles 68/216/220 and 84/284, the 4- and 5-line records (e.g. 118-122, 399-402), and the DOI list (46 DOIs, the five CiteSeerX ids set to null) against the -v output.")


if __name__ == "__main__":
    main()
