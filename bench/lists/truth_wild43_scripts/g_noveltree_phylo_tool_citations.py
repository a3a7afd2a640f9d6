"""Wild43 truth for Arcadia-Science/noveltree CITATIONS.md: the citations file of a Nextflow phylogenomics pipeline
(ortholog inference, alignment, trimming, gene-tree and species-tree inference), listing the papers and software
behind each tool it runs.

Shape: ``# ...: Citations``; two ``## [nf-core](doi)`` / ``## [Nextflow](doi)`` headings each followed by a
blockquote citation (3-5, 7-9); ``## Pipeline tools - Software and Packages`` with bullets ``- [Tool](url)``
each followed (after a blank line, or directly on the next line from 97 on) by an indented blockquote
``  > Authors. (Year). Title. https://doi.org/...``; ``## Software packaging/containerization tools`` with the
same shape.  Tool names in the bullets differ from the paper titles (``[FASTTREE2]`` cites "FastTree 2 –
Approximately Maximum-Likelihood Trees for Large Alignments", ``[OrthoFinder2]`` cites "OrthoFinder: phylogenetic
orthology inference ...").  Some citations are of software, not papers: R packages with "R package version"
(cogeqc 41-43, cowplot 93-95, elbow 97-98), Anaconda (111-113) and R itself (125-127).  The pandas bullet (25-27)
links Zenodo but its blockquote cites the SciPy-proceedings paper with no authors or year.  Two
bullets have no blockquote at all: Docker (123) links an ACM DL DOI (``dl.acm.org/doi/10.5555/...``, Merkel's
Linux Journal article) and Singularity (129), the last line with text, links a PLOS ONE DOI.

Decisions:
- Entries: each heading or bullet whose citation is a paper (journal article, proceedings paper, JOSS/JSS
  articles), spanning the heading/bullet line through its blockquote line (28); the two blockquote-less bullets
  that link a paper's DOI (123 Docker, 129 Singularity) are entries with title None (the bullet names only the
  tool).  Not entries: the five software citations (R packages, Anaconda, R), headings without citation.
- Title: the blockquote text after ``(Year). `` (``(2017) `` without the period in 9) (after ``> `` for pandas) up to the closing ``.`` before the URL,
  as written (``UniProt: the universal protein knowledgebase in 2023``, ``InterPro in 2022``, ``Welcome to the
  Tidyverse``).
- Ids: the first DOI on the entry's lines (bullet link or citation URL; pandas: the citation's DOI since the
  bullet's Zenodo record URL holds none).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "Arcadia-Science__noveltree__CITATIONS@fbfae2a.md"
PART = "wild43_development"

HEAD = re.compile(r"^(## |- )\[(?P<tool>[^\]]+)\]\((?P<u>[^)]*)\)\s*$")
QUOTE = re.compile(r"^\s*>\s+(?:.*?\(\d{4}\)\.?\s+)?(?P<t>.+?)\.?\s+(?P<u>https?://\S+)\s*$")
SOFTWARE = {"cogeqc", "cowplot", "elbow", "Anaconda", "R"}
NO_CITATION = {"Docker", "Singularity"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    heads = 0
    for n, ln in enumerate(lines, 1):
        m = HEAD.match(ln)
        if not m:
            continue
        heads += 1
        tool = m.group("tool")
        quote = None
        for k in (n + 1, n + 2):
            if k <= len(lines) and lines[k - 1].lstrip().startswith(">"):
                quote = k
                break
        if tool in SOFTWARE:
            assert quote, (n, tool)
            continue
        if tool in NO_CITATION:
            assert quote is None and "doi" in m.group("u"), (n, tool)
            papers.append(entry(lines, n, n, None))
            continue
        assert quote, (n, tool)
        q = QUOTE.match(lines[quote - 1])
        assert q, (quote, lines[quote - 1])
        assert "R package version" not in q.group("t"), quote
        papers.append(entry(lines, n, quote, q.group("t")))
    assert heads == 33, heads
    assert len(papers) == 28, len(papers)
    assert all(p["doi"] for p in papers), [p for p in papers if not p["doi"]]
    write_truth(
        NAME,
        PART,
        papers,
        "Each '## [Tool](url)' heading or '- [Tool](url)' bullet whose blockquote cites a paper is an entry from the"
        " heading/bullet through the '> Authors. (Year). Title. https://doi...' line (28), title = the cited"
        " title; the blockquote-less Docker and Singularity bullets linking a paper DOI are entries with title"
        " None; R packages, Anaconda and R (software citations) are not entries.",
        "Whole file read (130 lines): all 33 headings/bullets classified (asserted), -v output compared for all 28"
        " entries: spans reach the blockquote whether a blank line separates it (3-5 ... 91) or not (97-107), the"
        " pandas citation without authors/year (25-27), titles that differ from the tool names (FASTTREE2 65-67,"
        " OrthoFinder2 33-35, CIALIGN 61-63), en dash and accents kept (67, 79, 83, 117); every entry has a DOI"
        " (asserted), the first one written on its lines; the software citations 41, 93, 97, 111, 125 left out.",
    )


if __name__ == "__main__":
    main()
