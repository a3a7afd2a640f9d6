r"""Wild59 truth for JosieHong/awesome-mass-spectrometry-ml README.md at 6e47725 (2025-03-02): "Awesome Machine
Learning in Small Molecules Mass Spectrometry", an awesome list of databases and papers on molecular
representation learning and MS/MS, retention time and collision cross section prediction.

Shape: 214 lines.  Title, badge, logo, a quoted Wikipedia definition and intro (1-11); table of contents
(15-38).  ``## Databases`` (42-71): four bold labels (``**MS/MS**: <a id=...></a>``) each over bullets
``- [QM9](url): description`` that name a dataset or database (some links point at the data paper, e.g. QM9 at
nature.com/articles/sdata201422).  ``## Papers`` (73-194) with ``###`` sections, bold sub-labels carrying
``<a id>`` anchors and italic sub-sub-labels (``*Self-Supervised Learning:*``, 106); ``## Machine learning in
small molecules chromatography`` (196-203, a blockquote then four papers); ``## Related awesome lists``
(207-214, links to other GitHub lists).
One bullet a paper: ``- [Venue Year] [Model]? Surname, Given, et al. [Title](url) [\[code\]](url)``.  The
venue and the optional model name are bracketed text without a link; the title is the first Markdown link.
Code links are written ``[\[code\]](...)``, ``[\[code1\]]``/``[\[code2\]]`` (187), ``[\[preprint\]]`` (129),
``[\[website\]]`` (192-194).

Special cases:
- Model tags contain spaces and symbols (``[GNS+Noisy Nodes]`` 122, ``[CCSP 2.0]`` 172, ``[SIRIUS 4]`` 188);
  venue tags too (``[ICLR 2023 (spotlight)]`` 111).
- 170's author is ``de Cripan,  et al.`` (no given name, two spaces).
- 194 ends with an italic description ``*CFM-ID is designed for three tasks: ...*``: still one entry.
- 78, 85, 154, 180, 187, 203 have trailing spaces.
- Titles keep their odd case from Google Scholar (``Uni-mol``, ``se (3)-invariant``) and the en dash in
  ``electron–ionization`` (158).

Decisions:
- Entry = every ``- [`` bullet under ``## Papers`` and the chromatography section (77-203): 73 entries, one line
  each.  Title = the text of the first Markdown link on the line.
- Database bullets (46-71) name datasets/databases, not papers: not entries, even when the link is the data
  paper.  Related-awesome-list bullets (209-214) are GitHub repositories: not entries.
- DOIs come from the helper (pubs.acs.org/doi, annualreviews, biorxiv links); arXiv ids from arxiv.org links.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "JosieHong__awesome-mass-spectrometry-ml__README@6e47725.md"
PART = "wild59_development"

BULLET = re.compile(r"^- \[[^\]]+\] ")
LINK = re.compile(r"\[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\)")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Papers") + 1
    stop = lines.index("## Related awesome lists") + 1
    papers = []
    for n in range(start, stop):
        ln = lines[n - 1]
        if BULLET.match(ln):
            m = LINK.search(ln)
            papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert start == 73 and stop == 207, (start, stop)
    assert len(papers) == 73, len(papers)
    assert min(by) == 77 and max(by) == 203, (min(by), max(by))
    assert by[77]["title"] == "Machine Learning in Small-Molecule Mass Spectrometry", by[77]
    assert by[77]["doi"] == "10.1146/annurev-anchem-071224-082157", by[77]
    assert by[111]["title"] == "Pre-training via denoising for molecular property prediction", by[111]
    assert by[111]["arxiv"] == "2206.00133", by[111]
    assert by[122]["title"] == "Simple GNN regularisation for 3D molecular property prediction & beyond", by[122]
    assert by[158]["title"] == (
        "Rapid prediction of electron–ionization mass spectrometry using neural networks"
    ), by[158]
    assert by[170]["title"] == (
        "Predicting the Predicted: A Comparison of Machine Learning-Based Collision Cross-Section Prediction"
        " Models for Small Molecules"
    ), by[170]
    assert by[194]["title"] == (
        "CFM-ID: a web server for annotation, spectrum prediction and metabolite identification from tandem"
        " mass spectra"
    ), by[194]
    assert not any(n < 73 or n > 205 for n in by)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '- [Venue Year] [Model]? Authors, et al. [Title](url) [\\[code\\]](url)' bullet under"
        " '## Papers' and the chromatography section (lines 77-203) is one entry, one line each; title = the text"
        " of the first Markdown link on the line (venue and model tags are bracketed text without a link)."
        "  Database bullets (46-71) and related awesome lists (209-214) are not entries.",
        checked="Read the whole file; compared the -v output with every paper bullet (73), bullets with and"
        " without a model tag, tags with spaces (111, 122, 172, 188), the odd author at 170, the trailing"
        " description at 194, the en dash at 158, DOIs/arXiv ids from the links, and that no database or"
        " awesome-list bullet is listed.",
    )


if __name__ == "__main__":
    main()
