"""Wild54 truth for coderonion/awesome-snn README.md: "Awesome-SNN", a small awesome list of spiking-neural-network
projects (a niche machine-learning sub-field) kept by a Chinese developer, newest commit (7811080, 2024-10-01).  The
repository is the same list as codingonion/awesome-snn (the owner's other account name).

Shape: 277 lines, 34 KB, CRLF line ends.  Title, badge, nested Contents (6-19), ``## Review`` (21), ``## Datasets``
(40), ``## Frameworks`` (45), ``## Applications`` (147) with indented ``  - ### Topic`` pseudo-headings (149-217),
``## Blogs`` (225-277: WeChat account names with nested dated article links, all in Chinese).  The list is first of
all a list of code repositories: ``  - [owner/repo](github url) <img src="...stars badge..."/> : description.``; a
paper enters only as a quoted title inside the description, followed by a bold linked venue:
``"Liquid Time-constant Networks". (**[AAAI 2021](https://ojs.aaai.org/...)**)`` (55), sometimes after
``Offical implementation of "..."`` (151-155, 167-171, no period before the venue), sometimes with a bare venue
``(ISCAS 2022)`` (109, 125), or none (93: ``scripts for the preprint "Simulations of Working Memory ..."``).

Special cases:
- Two papers in one item: 91 (SNN_Calibration: ICML 2021 + arXiv 2022), 117 (Spiking-Inception: Neurocomputing 2021 +
  IJCNN 2020), 141 (multi-area-model, mislabelled ``[STSC-SNN]``: Brain Struct. Funct. 2018 + PLOS CB 2018): two
  entries on the same line; their ids are read from each paper's own quote-and-venue segment, not the whole line.
- 37 (Review): a bare item ``"Advances in spike vision". "脉冲视觉研究进展". (**[中国图象图形学报 2022](cnki)**)``: one
  paper written with an English and the original Chinese title; title = the first (English) quote.
- 42 (Datasets): the N-Caltech101 dataset item quotes its paper with a curly opening and straight closing quote
  (``“Converting Static Image Datasets ...".``): an entry.
- 57: the C. elegans WormBook item quotes ``A Transparent Window into Biology: A Primer on Caenorhabditis elegans``
  (Genetics 2015), a research article: an entry.
- The Attention and Transformer items 151/153/155 are repeated under Object Detection (167/169/171): separate entries.
- 202: besides the Nature paper, the item quotes a WeChat article ``"微信公众号「量子位」《[...](...)》"``: a blog, not an
  entry.  The Blogs section (WeChat articles) and the repos without a quoted paper (SpikingJelly 47, BindsNET 61, ...)
  are not entries; the star-badge ``<img src="...">`` attributes are not quotes of titles.

Decisions:
- Entry = each quoted paper title in a list item above ``## Blogs``; title = the quoted text.
- Span = the item's single line; for the three two-paper lines the ids come from each paper's own segment.
- 65: the Frontiers URL ends ``/10.3389/fninf.2022.883700/abstract14``; the shared id helper keeps ``/abstract14`` in
  the DOI, so the script sets the DOI to ``10.3389/fninf.2022.883700``.
"""
import re

from _wild54 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "coderonion__awesome-snn__README@7811080.md"
PART = "wild54_development"

BADGE = re.compile(r'<img src="[^"]*"/>')
QUOTE = re.compile(r'["“](?P<title>[^"”]+)["”]')
ITEM = re.compile(r"^ +- ")


def main() -> None:
    lines = read_lines(NAME)
    blogs = lines.index("## Blogs") + 1
    assert blogs == 225, blogs
    papers = []
    multi = {}
    for n, ln in enumerate(lines[:blogs], 1):
        if not ITEM.match(ln):
            continue
        text = BADGE.sub("", ln)
        found = [m for m in QUOTE.finditer(text) if not m.group("title").startswith("微信公众号")]
        if n == 37:
            found = found[:1]  # English title, then the original Chinese title of the same paper
        if len(found) > 1:
            multi[n] = len(found)
        for i, m in enumerate(found):
            p = entry(lines, n, n, m.group("title"))
            if len(found) > 1:
                end = found[i + 1].start() if i + 1 < len(found) else len(text)
                segment = text[m.start():end]
                p["arxiv"], p["doi"] = arxiv_of(segment), doi_of(segment)
            papers.append(p)
    assert multi == {91: 2, 117: 2, 141: 2}, multi
    for p in papers:
        if p["doi"] == "10.3389/fninf.2022.883700/abstract14":  # the URL's '/abstract14' tail is no part of the DOI
            p["doi"] = "10.3389/fninf.2022.883700"
    t: dict[int, list] = {}
    for p in papers:
        t.setdefault(p["line"], []).append(p)
    assert t[37][0]["title"] == "Advances in spike vision", t[37]
    assert (t[42][0]["title"], t[42][0]["doi"]) == (
        "Converting Static Image Datasets to Spiking Neuromorphic Datasets Using Saccades", "10.3389/fnins.2015.00437")
    assert (t[49][0]["arxiv"], t[55][0]["title"]) == ("2207.08533", "Liquid Time-constant Networks"), t[49]
    assert [(p["title"], p["arxiv"]) for p in t[91]] == [
        ("A free lunch from ANN: Towards efficient, accurate spiking neural networks calibration", None),
        ("Converting Artificial Neural Networks to Spiking Neural Networks via Parameter Calibration", "2205.10121")]
    assert [p["doi"] for p in t[141]] == ["10.1007/s00429-017-1554-4", "10.1371/journal.pcbi.1006359"], t[141]
    assert t[65][0]["doi"] == "10.3389/fninf.2022.883700", t[65]
    assert t[93][0]["title"] == "Simulations of Working Memory Spiking Networks driven by Short-Term Plasticity"
    assert t[109][0]["title"] == "SpikingSIM: A Bio-inspired Spiking Simulator", t[109]
    assert t[151][0]["title"] == t[167][0]["title"] == "Attention Spiking Neural Networks", t[151]
    assert len(t[202]) == 1 and t[202][0]["title"].startswith("A neural speech decoding framework"), t[202]
    assert len(papers) == 44, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "The list is of code repositories; a paper is an entry when an item above '## Blogs' quotes its title (44"
        " quotes: usually '\"Title\". (**[Venue](url)**)', also bare '(ISCAS 2022)' venues, 'Offical implementation"
        " of \"...\"' and a quoted preprint with no venue); two quoted papers on one item are two entries (91, 117,"
        " 141), with ids from each paper's own segment; 37 keeps the English of its English/Chinese title pair; the"
        " repeated Transformer items 151-155/167-171 are separate entries.  Repos without a quoted paper, the WeChat"
        " article quoted on 202 and the Blogs section are not entries.",
        "Printed every item line with its quotes (star-badge attributes removed) and compared -v for all 44 entries:"
        " the two-paper lines and their per-segment ids (91 arXiv only on the second, 141 Springer/PLOS DOIs), the"
        " mixed curly/straight quotes of 42, 37, the venue-less preprint 93, bare-venue 109/125, the duplicates,"
        " 202's WeChat quote left out; ids: arXiv links (49, 71, 91b, 95, 101, 119, 137, 162, 185), DOIs from"
        " Frontiers/Springer/PLOS URLs (65's '/abstract14' tail cut by hand); none from Nature, IEEE, CVF, NeurIPS, OpenReview, ScienceDirect or CNKI links.",
    )


if __name__ == "__main__":
    main()
