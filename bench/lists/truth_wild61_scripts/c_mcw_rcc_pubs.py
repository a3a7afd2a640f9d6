"""Wild61 truth for mcw-rcc/mcw-rcc.github.io docs/pubs.md at 3967161 (2026-01-02): the "Publications supported
by Research Computing" page of the Medical College of Wisconsin's Research Computing Center documentation site
(MkDocs), grouped by year.  The newest commit touching the file (3ad9238, 2026-02-25) replaced the hand-written
list by a Jinja template fed from a YAML file, so the last hand-written version is taken.

Shape: 434 lines.  Intro and an ``!!! example "Acknowledgement"`` admonition (1-9), then ``## 2025`` (11),
``## 2024`` (86), ``## 2023`` (116), ``## 2022`` (170), ``## 2021`` (260), ``## 2020`` (306), ``## 2019`` (368),
``## 2018`` (390), ``## 2017`` (420), ``## 2016`` (430).  Each paper is a three-line block followed by a blank
line::

    **[Title](https://doi.org/...){:target="_blank"}**  
    Author A, Author B, ... Author Z, *et al.*
    {:.author}

Special cases:
- 13-14: the bold link (title) wraps over two lines, so that block has four lines.
- The attribute-list line is written ``{:.author}`` (2025), ``{: .author}`` and ``{: .author }`` (older years).
- 122 has no ``{:target="_blank"}`` after the link.
- Markup inside titles: 13 ``Inhibits *In Vitro* Growth`` (italics) and 34 ``TRPM~PZQ~`` (pymdownx subscript);
  the title drops the markup: ``... Inhibits In Vitro Growth of Adult Ovarian Granulosa Tumor Cells`` and
  ``... at Cestode TRPMPZQ``.
- 324's DOI link is URL-encoded (``https://doi.org/10.1016%2Fj.nicl.2020.102217``).
- Every link is a doi.org link (one bioRxiv DOI, 370); there are no arXiv ids.

Decisions:
- Entry = every ``**[...](...)...**`` block (101 entries), spanning from its first line to its ``{: .author}``
  line.
- Title = the link text, lines joined with one space, ``*`` and ``~`` markup removed.  DOIs come from the helper.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "mcw-rcc__mcw-rcc.github.io__docs__pubs@3967161.md"
PART = "wild61_development"

ATTR = re.compile(r"^\{:\s*\.author\s*\}\s*$")
LINK = re.compile(r"^\*\*\[(.+?)\]\(", re.DOTALL)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        if not ln.startswith("**["):
            n += 1
            continue
        last = n
        while not ATTR.match(lines[last - 1]):
            last += 1
        text = " ".join(x.strip() for x in lines[n - 1 : last - 2])
        m = LINK.match(text)
        title = re.sub(r"[*~]", "", m.group(1)).strip()
        papers.append(entry(lines, n, last, title))
        n = last + 1
    by = {p["line"]: p for p in papers}
    assert len(papers) == 101, len(papers)
    assert min(by) == 13 and max(by) == 432, (min(by), max(by))
    t13 = "Combination Hormonal Drug Therapy Inhibits In Vitro Growth of Adult Ovarian Granulosa Tumor Cells"
    assert by[13]["title"] == t13 and by[13]["end"] == 16, by[13]
    assert by[13]["doi"] == "10.1080/07357907.2025.2599380", by[13]
    assert by[34]["title"] == "Target-Based Design of Praziquantel Analogs at Cestode TRPMPZQ", by[34]
    assert by[122]["title"] == "Tensor-valued diffusion MRI of human acute stroke", by[122]
    assert by[196]["title"] == "Multi-Omic Integration by Machine Learning (MIMaL)", by[196]
    assert by[212]["title"].startswith("Conformational selection guides b-arrestin"), by[212]
    assert by[370]["doi"] == "10.1101/794131", by[370]
    assert by[324]["doi"] == "10.1016/j.nicl.2020.102217", by[324]
    assert by[432]["title"].startswith("Mechanism of Sirt1 NAD+-dependent Protein Deacetylase"), by[432]
    assert all(p["title"] and "*" not in p["title"] and "](" not in p["title"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bold-link block '**[Title](https://doi.org/...){:target=\"_blank\"}**' + author line +"
        " '{: .author}' line is one entry (101), spanning to the attribute line (one title wraps over two"
        " lines).  Title = the link text, joined, with '*' italics and '~' subscript markup removed.  Year"
        " headings and the acknowledgement admonition are not entries.",
        checked="Read the whole file; compared the -v output with all 101 blocks: the wrapped title (13-14),"
        " the italic and subscript markup (13, 34), the link without target attribute (122), the three"
        " spellings of the attribute line, and DOIs incl. the URL-encoded one (324).",
    )


if __name__ == "__main__":
    main()
