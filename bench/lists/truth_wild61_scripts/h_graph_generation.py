"""Wild61 truth for yuanqidu/awesome-graph-generation README.md at e212075: the paper list kept alongside the
survey "A Survey on Deep Graph Generation: Methods and Applications" (LoG 2022, arXiv 2203.06714) and the
group's related surveys, grouped as Survey / Dataset / Algorithm / Metrics / Application / Resource.

Shape: 305 lines.  Title with badge and three ``-`` notes (1-4), a contents list of anchor links (6-12).  Then
``## Survey`` (14), ``## Dataset`` (28), ``## Algorithm`` (31), ``## Metrics`` (211), ``## Application`` (223)
with ``### Chemistry`` (225), ``### Biology`` (285), ``### Social Science`` (293), ``### Engineering`` (296), and
``## Resource`` / ``### Workshop`` (299-305).  No bullets and no table: each paper is its own paragraph, a
Markdown link whose text is the title followed by the venue and year in inline code, with one, or three,
backticks::

    [DiGress: Discrete Denoising diffusion for graph generation](https://arxiv.org/abs/2209.14734) ```ICLR 2023```

Special cases:
- Venue code spans use ``` `X` ``` or ```` ```X``` ```` at random; some are venue-only (294 ``ASE International
  Conference on Social Informatics``), year-only (137 ``2019``, 161 ``2017``) or a long name (193 ``Mediterranean
  Conference on Algorithms 2012``).  Several paragraphs under Biology/Social Science/Engineering follow the heading
  with no blank line (294, 297).
- The link often is not to the paper's own page: ``paperswithcode.com`` (39), ``semanticscholar.org`` (127), a
  ``researchgate.net`` profile (277), a Springer ``idp.springer.com/authorize`` redirect (175), a NeurIPS link to
  an unrelated paper (173), ``arxiv-export-lb.library.cornell.edu/abs/2105.09016`` (257); many ACM / IEEE links
  carry ``casa_token`` query strings.  Ids are taken from the links as written; the arXiv id of 257 (linked
  through the ``arxiv-export-lb`` mirror, which the helper does not read) is set by hand to 2105.09016.
- Titles keep the list's case and typos (``D-vae: ...`` 127, ``Graphnvp: ...`` 273, ``SPECTRE : ...`` 79,
  ``Collective dynamics of ‘smallworld’ networks`` 207).
- 29 ``GraphGT`` is a dataset paper (NeurIPS 2021) linked to its project site: an entry.  137 ``Explore Deep Graph
  Generation`` is a CS224W project report listed among the algorithms: an entry.
- 303 and 305 (both ``Deep Generative Models for Highly Structured Data``) under ``### Workshop`` are ICLR
  workshops, not papers: not entries.

Decisions:
- Entry = every line starting with a Markdown link ``[title](url)`` from ``## Survey`` up to ``## Resource``
  (135), one line each.
- Title = the link text, stripped.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "yuanqidu__awesome-graph-generation__README@e212075.md"
PART = "wild61_development"

LINK = re.compile(r"^\[([^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    for n, ln in enumerate(lines, 1):
        if ln.startswith("## "):
            section = ln[3:].strip()
            continue
        m = LINK.match(ln)
        if m and section not in (None, "Cotents", "Resource"):
            papers.append(entry(lines, n, n, m.group(1).strip()))
    by = {p["line"]: p for p in papers}
    # 257 links the arXiv mirror arxiv-export-lb.library.cornell.edu/abs/2105.09016, which the helper skips.
    assert by[257]["arxiv"] is None, by[257]
    by[257]["arxiv"] = "2105.09016"
    assert len(papers) == 135, len(papers)
    assert min(by) == 16 and max(by) == 297, (min(by), max(by))
    assert by[20]["title"] == "A Survey on Deep Graph Generation: Methods and Applications", by[20]
    assert by[20]["arxiv"] == "2203.06714", by[20]
    assert by[29]["title"] == "GraphGT: Machine Learning Datasets for Graph Generation and Transformation", by[29]
    assert by[35]["title"].startswith("Doob’s Lagrangian: A Sample-Efficient"), by[35]
    assert by[47]["arxiv"] == "2306.15030", by[47]
    assert by[79]["title"].startswith("SPECTRE : Spectral Conditioning"), by[79]
    assert by[137]["title"] == "Explore Deep Graph Generation", by[137]
    assert by[203]["title"] == "Recent developments in exponential random graph (p*) models for social networks"
    assert by[207]["title"] == "Collective dynamics of ‘smallworld’ networks", by[207]
    assert by[294]["title"] == "Synthetic generators for cloning social network data", by[294]
    for n in (7, 12, 303, 305):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every paragraph line that starts with a Markdown link [title](url) in the sections Survey, Dataset,"
        " Algorithm, Metrics and Application (135) is one entry, one line each; the venue/year follows in inline"
        " code with one or three backticks.  Title = the link text as written.  The contents anchor list and the"
        " two ICLR workshops under '## Resource / ### Workshop' are not entries.",
        checked="Read the whole file; compared the -v output with all 135 link lines: survey and dataset entries"
        " (16-29), odd links (39 paperswithcode, 127 semanticscholar, 257 arxiv-export mirror, 277 researchgate),"
        " paragraphs glued to headings (294, 297), typo/case titles (79, 127, 207, 273), and that 303/305 are"
        " absent; sampled arXiv ids (20, 47 with v2; 257 set by hand) and DOIs.",
    )


if __name__ == "__main__":
    main()
