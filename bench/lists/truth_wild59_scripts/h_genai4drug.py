"""Wild59 truth for gersteinlab/GenAI4Drug README.md at b48c692 (2024-11-30): the companion repository of the survey
"A Survey of Generative AI for de novo Drug Discovery: New Frontiers in Molecule and Protein Design" (Tang et al.,
Briefings in Bioinformatics 2024).  The README lists the survey's references by the survey's taxonomy: a top
heading per domain (Molecule, Protein, Antibody, Peptide), a ``##`` heading per task and ``### Datasets`` /
``### Metrics`` / ``### Models`` sub-headings, each with a bullet list of papers.

Shape: 725 lines.  Title, authors in ``<p align="center">`` blocks (1-17); a pipe table of contents whose cells are
anchor links (22-34); "Cite us" with a bibtex block for the survey itself (39-50); overview figure (53-61); an HTML
comment (66-74) holding the template of an entry (``* **Paper Title** (Model name)`` / ``Author1, Author2, ...`` /
``Conference (Year)``).  Then the paper lists (76-722).  Each entry is three lines:
- ``* **Title** (ShortName)`` followed by trailing spaces (Markdown line break);
- the authors on their own line;
- a venue link ``[Nature 2021](https://...)`` or ``[arXiv:2302.04313 (2023)](https://arxiv.org/abs/2302.04313)``;
and a blank line between entries.

Special cases:
- A few bullets have no ``(ShortName)`` (197 "A 3D Generative Model for Structure-Based Drug Design", 434, 661).
- The short name is sometimes a dataset or metric rather than a model ("(QM9)", "(TM-score)",
  "(Coverage, Matching)", "(UniRef/UniParc)"): still not part of the title.
- 442 starts with a space (`` * **ProRefiner ...``); the venue link of 707 / 712 / 722 is indented by a tab.
- 174 has no trailing spaces after its bullet, 375 / 478 / 482 none after the author line (no Markdown line
  break); 372 ends its venue link with ``))``; 663 repeats the URL after the link: still one entry each.
- The same paper appears in several sections (e.g. "The Protein Data Bank" at 279, 340, 395, 469; "Quantifying the
  chemical beauty of drugs" at 93 and 174; "Learning Neural Generative Dynamics for Molecular Conformation
  Generation" at 226 as a metric and 241 as a model): every bullet is its own entry.
- Titles keep their case and punctuation as written ("Prottrans: Toward ...", "Robust deep learning--based ...",
  "ZINC20—A Free ...", "(CASP)—Round XIV").

Decisions:
- Entry = every bullet line ``* **...**`` after the HTML comment (82-720): 129 entries.  Its span is the bullet
  line through the last non-blank line before the next blank line (the venue line), normally three lines.
- Title = the bold text; the trailing ``(ShortName)`` is the list's label for the model / dataset / metric, not part
  of the title.
- Dataset and metric bullets cite a paper (the dataset's or metric's paper) with title, authors and venue: entries.
- The template bullet inside the HTML comment (72) is not an entry (it is commented out and names no paper); the
  survey's own bibtex (41-49) and the table of contents are not entries.
- arXiv ids come from arxiv.org links; no DOI is written except inside URLs such as
  ``pubs.acs.org/doi/full/10.1021/...``, ``science.org/doi/10.1126/...`` and bioRxiv ``content/10.1101/...v1``
  addresses (taken by the helper).  For 715 the helper keeps the URL tail ("...565642v1.supplementary-material");
  its DOI is set by hand to ``10.1101/2023.11.04.565642``.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "gersteinlab__GenAI4Drug__README@b48c692.md"
PART = "wild59_development"

BULLET = re.compile(r"^\s*\* \*\*(?P<title>.+?)\*\*(?:\s*\((?P<short>[^)]*)\))?\s*$")


def main() -> None:
    lines = read_lines(NAME)
    comment_start = next(n for n, ln in enumerate(lines, 1) if ln.startswith("<!---"))
    comment_end = next(n for n, ln in enumerate(lines, 1) if n >= comment_start and ln.strip().endswith("-->"))
    papers = []
    for n, ln in enumerate(lines, 1):
        if n <= comment_end:
            continue
        m = BULLET.match(ln)
        if not m:
            continue
        last = n
        while last < len(lines) and lines[last].strip():
            last += 1
        papers.append(entry(lines, n, last, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    # The bioRxiv link of 715 ends in "v1.supplementary-material", which the helper keeps in the DOI.
    assert by[715]["doi"] == "10.1101/2023.11.04.565642v1.supplementary-material", by[715]
    by[715]["doi"] = "10.1101/2023.11.04.565642"
    assert (comment_start, comment_end) == (66, 74), (comment_start, comment_end)
    assert len(papers) == 129, len(papers)
    assert min(by) == 82 and max(by) == 720, (min(by), max(by))
    assert by[82]["title"] == "Quantum chemistry structures and properties of 134 kilo molecules", by[82]
    assert by[197]["title"] == "A 3D Generative Model for Structure-Based Drug Design", by[197]
    assert by[128]["title"] == "Geometry-Complete Diffusion for 3D Molecule Generation and Optimization"
    assert by[128]["arxiv"] == "2302.04313", by[128]
    assert by[442]["title"] == (
        "ProRefiner: an entropy-based refining strategy for inverse protein folding with global graph attention"
    ), by[442]
    assert by[159]["title"] == "ZINC20—A Free Ultralarge-Scale Chemical Database for Ligand Discovery", by[159]
    assert by[226]["title"] == by[241]["title"] == (
        "Learning Neural Generative Dynamics for Molecular Conformation Generation"
    )
    assert by[306]["title"] == "MSA Transformer", by[306]
    assert by[720]["title"] == (
        "AdaNovo: Adaptive De Novo Peptide Sequencing with Conditional Mutual Information"
    ), by[720]
    assert by[720]["arxiv"] == "2403.07013", by[720]
    assert all(p["end"] - p["line"] == 2 for p in papers), [p for p in papers if p["end"] - p["line"] != 2]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet '* **Title** (ShortName)' after the HTML comment template (lines 82-720) is one entry"
        " spanning the bullet, the authors line and the venue-link line (three lines, up to the next blank line);"
        " a paper listed in several sections is an entry each time.  Title = the bold text, without the trailing"
        " '(ShortName)' label of the model/dataset/metric.  The commented-out template bullet (72), the table of"
        " contents and the survey's own bibtex are not entries.",
        checked="Read the whole file; compared the -v output with every bullet (129), spot-checked bullets without a"
        " short name (197, 434, 661), the space-indented bullet 442, dataset/metric bullets (82, 93, 226, 355),"
        " repeated papers (PDB at 279/340/395/469), dashes in titles (159, 344) and arXiv ids from arxiv.org links.",
    )


if __name__ == "__main__":
    main()
