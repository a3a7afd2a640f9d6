"""Wild43 truth for facundoq/facundoq.github.io guides/sign_language_datasets/slr.md: a researcher's personal-site
guide to sign language recognition datasets -- a comparison table, then a nested list of the datasets with the
papers that introduce or use each one; newest commit c7542d5 (2025-08-26; the page itself last changed
2022-07-20, "fixed lsa64 link").  No trailing newline at the end of the file.

Shape: ``### Comparison`` (3) pipe table (5-28, 22 dataset rows: id, name, country, classes, ..., availability
with dataset-site links; no papers; a kramdown ``{: .tablelines}`` line 29).  ``### Dataset information and
related papers`` (34): a numbered list of the 22 datasets (``1. DGS Kinect 40 - German Sign Language (no
website)``, ``2. [RWTH-PHOENIX v1 ...](site) [RWTH-PHOENIX v2](site)``, ...) and, indented under each, numbered or
``*`` sub-items ``[Paper title](url) YEAR, Author et al.`` (sometimes with a comma before the year, sometimes
without year/author, 55 ends ``2014 - Dilsizian - 84% accuracy``).  Special cases: 41-42 link texts ``Dataset
paper`` / ``Dataset extensions paper`` (no title); 44 ``4.[May the force ...`` lacks the space after ``4.``;
57, 61, 79 have spaces inside the link text; 69 is all capitals; 66 and 68 are UNLP repository (SEDICI) items (68 a
2017 thesis); the same paper appears under several datasets (Cooper 37/50, Ong 38/51 and 39/52, Koller 43/48,
Oszust 57/61, Kapuscinski 59/62); 80 is an HTML comment ``<!--9. [CUNY](...lrec.pdf)-->`` (not rendered).  Some
dataset items link to a publication instead of a website: 84 ``18. [SignsWorld Atlas; a benchmark Arabic Sign
Language database](sciencedirect pii)`` (the paper's own title), 87 ``20. [LSFB-CONT: Belgian Sign Language
dataset.](ieeexplore 9534336)`` and 90 ``21. [LSFB-ISOL: isolated signs extracted from the LSFB-CONT
dataset.](same IEEE document)``.  Non-paper sub-items: ``Visualization notebook`` (86, Colab), ``Homepage`` and
``Python package`` (88-89, 91-92).

Decisions:
- An entry is every paper sub-item (32, single lines): title = the link text (spaces trimmed); 41-42 (``Dataset
  paper``, ``Dataset extensions paper``) name no title -> null.  Repeated papers are separate entries.  44 (no
  space after ``4.``) is still its own record line and an entry.
- A dataset item whose link is a publication cites that paper and is an entry (3): 84 titled by its link text
  (the paper's title); 87 and 90 name only the dataset (``LSFB-CONT: Belgian Sign Language dataset.``), not the
  paper's title -> null (the same IEEE paper twice).
- Not entries: the comparison table (datasets, no papers), dataset items linking to dataset sites (or with no
  link), the Colab/homepage/PyPI sub-items, the commented-out CUNY line 80 (not rendered), headings.
- Ids from the line: arXiv links (46, 94, 95); Springer chapter/article links give DOIs after percent-decoding
  (58 ``10.1007%2F978-3-319-08491-6_7``, 64 with ``#page-2`` dropped, 67, 70, 73); SEDICI handles
  (``10915/...``), IEEE ``arnumber``/``document`` ids, ScienceDirect pii and Semantic Scholar PDF paths are not
  DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "facundoq__facundoq.github.io__guides__sign_language_datasets__slr@c7542d5.md"
PART = "wild43_development"

SUB = re.compile(r"^ {4}(?:\d+\.\s*|\* )\[(?P<t>[^\]]+)\]\((?P<u>[^)]+)\)")
TOP = re.compile(r"^\d+\.\s")
NOT_PAPERS = {"Visualization notebook", "Homepage", "Python package"}
UNTITLED = {41: "Dataset paper", 42: "Dataset extensions paper"}
#: dataset items whose link is the dataset's paper: line -> title (None: the text names only the dataset)
DATASET_PAPERS = {84: "SignsWorld Atlas; a benchmark Arabic Sign Language database", 87: None, 90: None}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[33] == "### Dataset information and related papers" and len(lines) == 95
    assert lines[79] == "<!--9. [CUNY](http://eniac.cs.qc.cuny.edu/matt/pubs/lu-huenerfauth-2012-lrec.pdf)-->"
    papers = []
    tops = 0
    for n in range(35, 96):
        ln = lines[n - 1]
        m = SUB.match(ln)
        if m:
            t = m.group("t").strip()
            if t in NOT_PAPERS:
                continue
            if n in UNTITLED:
                assert t == UNTITLED[n]
                t = None
            papers.append(entry(lines, n, n, t))
        elif TOP.match(ln):
            tops += 1
            if n in DATASET_PAPERS:
                m = re.match(r"^\d+\. \[(?P<t>[^\]]+)\]\((?P<u>[^)]+)\)\s*$", ln)
                assert m and ("sciencedirect" in m.group("u") or "ieeexplore" in m.group("u")), n
                papers.append(entry(lines, n, n, DATASET_PAPERS[n]))
        else:
            assert n == 80 or not ln.strip(), (n, ln)
    assert tops == 22, tops
    by = {p["line"]: p for p in papers}
    assert by[44]["title"].startswith("May the force be with you")
    assert by[64]["doi"] == "10.1007/978-3-642-33185-5_35" and by[58]["doi"] == "10.1007/978-3-319-08491-6_7"
    assert [n for n, p in by.items() if p["arxiv"]] == [46, 94, 95]
    assert sum(1 for p in papers if p["title"] is None) == 4
    assert len(papers) == 35, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper sub-item under the 22 numbered datasets is an entry (32; title = link text, 'Dataset paper' /"
        " 'Dataset extensions paper' null), plus the three dataset items whose link is the dataset's paper"
        " (SignsWorld Atlas titled by its link text; LSFB-CONT and LSFB-ISOL, named only by a dataset"
        " description, null); the comparison table, dataset-site items, Colab/homepage/PyPI sub-items and the"
        " commented-out CUNY line are not entries; repeated papers are separate entries.",
        "Whole 95-line file read line by line; every line 35-95 classified by the script (sub-item, dataset item,"
        " blank, or the comment 80) and the 22 dataset items counted; -v output compared with all 35 entries"
        " (first 37, last 95, repeats 37/50, 38/51, 39/52, 43/48, 57/61, 59/62, untitled 41-42, 44 without the"
        " list space, 55 '- Dilsizian - 84% accuracy' tail excluded, 69 capitals, 79 padded link text, dataset"
        " items 84/87/90), Springer DOIs percent-decoded (58, 64, 67, 70, 73), arXiv 46/94/95; table rows"
        " 7-28 checked to hold no paper.",
    )


if __name__ == "__main__":
    main()
