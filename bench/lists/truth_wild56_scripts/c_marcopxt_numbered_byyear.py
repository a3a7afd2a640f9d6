"""Wild56 truth for marcopxt/marcopxt.github.io _pages/publications.md: the publications page of Marco Antonio
Peixoto's personal academic site (plant breeding / quantitative genetics; academicpages Jekyll template), newest
commit e778de8 (2025-12-08).

Shape: 118 lines.  Front matter (1-6), a Liquid ``{% include base_path %}`` (8) left from the template, then year
headings ``## 2025`` (10) ... ``## 2018`` (106) and ``## 2017 and previous`` (112); under each, a numbered list
restarting at 1, one paper per line, separated by blank or whitespace-only lines:
``1. Graciano, R., **Peixoto, Marco Antonio**, Leach, K., ... Resende, M. Title. *Journal.* [pdf](url) [codes](url)``.
Authors are "Surname, Initials." (sometimes "Surname Initial." or "Amadeu, R" without a period), the site owner in
bold, then the title as a plain sentence, then the italic journal with volume/pages/year, then ``[pdf]``, ``[codes]``,
``[package]`` or ``[Script available here.]`` links.  47 items.

Special cases:
- 19: the journal is not italic (``... Using Genomic Selection. The Plant Genome. [pdf](...)``).
- 29: the title has an italic genus, ``Applications of linear mixed models in *Cynodon* spp. breeding. *CBAB*.``;
  55: a bold phrase in the title, ``**Genomic Selection** As a Tool for Maize Cultivars Development``.  The markup is
  not part of the title; the journal is the last italic span.
- 94 ends the author list with a comma (``Romano, P., Biogeographic tools ...``); 67 and 94 separate the owner with
  ``;``.
- 89's title ends with the abbreviation ``Corymbia spp.`` whose period also ends the sentence: the trailing period is
  dropped like every other title's (``... in Corymbia spp``).
- 61 writes ``‘Tahiti’acid lime`` (no space): kept as written.
- DOIs only where a link goes through a DOI URL (doi.org, springer, tandfonline, wiley, oup, frontiersin, plos,
  karger paths); no arXiv ids.  27's Karger PDF link ``.../article-pdf/doi/10.1159/000537875/4180253/000537875.pdf``
  makes the helper return ``10.1159/000537875/4180253/000537875``; it is set by hand to ``10.1159/000537875``.

Decisions:
- Entry = each numbered list line under a year heading (one line each): 47 entries.
- Title = the text between the end of the author list (the last "Initial." / "Initial.," / "Initial.;" token before
  the journal) and the journal (the last single-asterisk italic span, or for 19 the last sentence before the links),
  with ``*``/``**`` markup removed and the trailing period dropped.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "marcopxt__marcopxt.github.io___pages__publications@e778de8.md"
PART = "wild56_development"

ITEM = re.compile(r"^\d+\. (?P<rest>.*)$")
ITALIC = re.compile(r" \*(?!\*)[^*]+\*(?!\*)")
INITIAL = re.compile(r"\b[A-Z]\.[,;]? ")


def title_of(rest: str) -> str:
    journals = list(ITALIC.finditer(rest))
    if journals:
        pre = rest[: journals[-1].start()]
    else:  # 19: 'Title. The Plant Genome. [pdf](...)'
        pre = rest[: rest.index(" [")].rstrip(". ")
        pre = pre[: pre.rfind(". ") + 1]
    last = list(INITIAL.finditer(pre))[-1]
    return pre[last.end() :].strip().rstrip(".").replace("**", "").replace("*", "")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if m:
            p = entry(lines, n, n, title_of(m.group("rest")))
            if n == 27:  # Karger PDF path: the helper runs on past the DOI's suffix
                p["doi"] = "10.1159/000537875"
            papers.append(p)
    by = {p["line"]: p for p in papers}
    assert len(papers) == 47, len(papers)
    assert by[11]["title"] == (
        "Integrating Phenomic Selection Using Single-Kernel Near-Infrared Spectroscopy and Genomic Selection for Corn"
        " Breeding Improvement"
    ), by[11]
    assert by[19]["title"] == (
        "SimpleMating: R-package for Prediction and Optimization of Breeding Crosses Using Genomic Selection"
    ), by[19]
    assert by[19]["doi"] == "10.1002/tpg2.20533", by[19]
    assert by[29]["title"] == "Applications of linear mixed models in Cynodon spp. breeding", by[29]
    assert by[55]["title"] == "Genomic Selection As a Tool for Maize Cultivars Development", by[55]
    assert by[89]["title"] == "GGE biplot-based genetic selection to guide interspecific crossing in Corymbia spp"
    assert by[94]["title"].startswith("Biogeographic tools help to assess"), by[94]
    assert by[118]["title"].startswith("The karyotypes of five species of the Scinax perpusillus group"), by[118]
    assert by[27]["doi"] == "10.1159/000537875", by[27]
    assert by[21]["doi"] == "10.1093/g3journal/jkae128", by[21]
    assert all(p["arxiv"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Each numbered line under a '## <year>' heading is one paper (one-line span).  Title = the text after"
        " the author list (after its last 'X.' / 'X.,' / 'X.;' initial) and before the journal, which is the last"
        " single-asterisk italic span (for line 19, with no italics, the last sentence before the links); '*' and"
        " '**' markup removed, trailing period dropped.",
        checked="Read the whole file and compared all 47 titles in the -v output: the non-italic journal at 19, the"
        " italic genus at 29 and bold phrase at 55 inside titles, the comma-ended author list at 94, 'spp.' at 89,"
        " and the DOIs picked from doi.org/wiley/oup/tandfonline/frontiers/karger links.",
    )


if __name__ == "__main__":
    main()
