"""Wild55 truth for qinliuliuqin/Causal-Inference-Tutorial Papers.md: a personal causal-inference literature list
(causal discovery, causal representation learning, papers citing CausalVAE) kept next to a tutorial, newest commit
(21bb9cf, 2022-03-21).

Shape: 45 lines, 3 KB.  ``# Literature Review`` (1) followed by six link lines joined by Markdown backslash hard breaks
(2-7, each but the last ending `` \\``); topic headings ``# Causal Discovery`` (9), ``# Causal Reduction`` (12), three
empty headings (15, 17, 19), ``## Generative Modeling`` (21), ``### Papers citing CausalVAE`` (24); then one paper per
paragraph separated by blank lines (25-41).  Every entry is a single Markdown link whose text is the paper, written in
four different ways:
- bare title: ``[Amortized Causal Discovery: Learning to Infer Causal Graphs from Time-Series Data](url)`` (10);
- title plus year in parentheses: ``[Causal diagrams for empirical research (1995)](url)`` (3);
- a whole Chicago-style citation with the title in double quotes: ``[Pearl, Judea. "Causal inference." Causality:
  Objectives and Assessment (2010): 39-58.](url)`` (4-6);
- title plus a venue tag after a comma: ``[LEARNING TEMPORALLY CAUSAL LATENT PROCESSES FROM GENERAL TEMPORAL DATA,
  ICLR21](url)`` (33), ``, NIPS21`` (37), ``, CLEAR21`` (39).
Some links are followed by a comment after a colon (25, 27, 31).

Special cases:
- 33 keeps its all-caps title as written.
- 25's title has a curly apostrophe ``D’ya like DAGs?``.
- 5 links a Springer PDF whose URL holds the DOI ``10.1007/BF02595718``; 29 links through a sci-hub mirror whose URL contains the DOI ``10.1145/3287560.3287564``.
- 41 is a master's thesis (Aalto, ``master_Rissanen_Severi_2021.pdf``): a research work, kept as an entry.
- The quoted title's closing period sits inside the quotes (``"Causal inference."``): dropped.

Decisions:
- Entry = each link line (2-7, 10, 13, 22, 25-41 odd): 18 entries, each one line.
- Title = the link text, minus a trailing ``(year)`` or ``, VENUEyy`` tag; for whole citations, the double-quoted
  title without its period.
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "qinliuliuqin__Causal-Inference-Tutorial__Papers@21bb9cf.md"
PART = "wild55_development"

LINK = re.compile(r"^\[(?P<text>.+?)\]\((?P<url>[^)]*)\)")
QUOTED = re.compile(r"\"(?P<title>[^\"]+?)\.?\"")
YEAR = re.compile(r" \((?:19|20)\d\d\)$")
VENUE = re.compile(r", [A-Z]+\d\d$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = LINK.match(ln)
        if not m:
            continue
        text = m.group("text")
        q = QUOTED.search(text)
        if q:
            title = q.group("title")
        else:
            title = VENUE.sub("", YEAR.sub("", text))
        papers.append(entry(lines, n, n, title.strip()))
    by = {p["line"]: p for p in papers}
    assert sorted(by) == [2, 3, 4, 5, 6, 7, 10, 13, 22, 25, 27, 29, 31, 33, 35, 37, 39, 41], sorted(by)
    assert by[2]["title"] == (
        "Causal Inference in Natural Language Processing: Estimation, Prediction, Interpretation and Beyond"), by[2]
    assert by[3]["title"] == "Causal diagrams for empirical research", by[3]
    assert by[4]["title"] == "Causal inference", by[4]
    assert by[5]["title"] == "Statistics and causal inference: A review", by[5]
    assert by[6]["title"] == (
        "Text and causal inference: A review of using text to remove confounding from causal estimates"), by[6]
    assert by[6]["arxiv"] == "2005.00649", by[6]
    assert by[25]["title"] == "D’ya like DAGs? A Survey on Structure Learning and Causal Discovery", by[25]
    assert by[29]["doi"] == "10.1145/3287560.3287564", by[29]
    assert by[33]["title"] == "LEARNING TEMPORALLY CAUSAL LATENT PROCESSES FROM GENERAL TEMPORAL DATA", by[33]
    assert by[37]["title"] == "Learning Causal Semantic Representation for Out-of-Distribution Prediction", by[37]
    assert by[39]["title"] == "Diffusion Causal Models for Counterfactual Estimation", by[39]
    assert len(papers) == 18, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every line that starts with a Markdown link is one entry (the backslash-joined block 2-7 and the"
        " paragraph-per-paper lines 10-41).  Title = the link text; a trailing '(year)' (2, 3, 7) or ', ICLR21'-style"
        " venue tag (33, 37, 39) is dropped; when the link text is a whole Chicago-style citation (4-6) the title is"
        " the double-quoted part without its closing period.  Comments after ': ' are not part of the title.  The"
        " master's thesis at 41 counts as an entry.",
        checked="Read all 45 lines and compared -v for all 18 entries: the four link-text styles, the all-caps title"
        " (33), the curly apostrophe (25), the DOIs taken from the Springer (5) and sci-hub (29) URLs, arXiv ids from arxiv.org/pdf links"
        " and none from the openreview/aaai/neurips/aalto links.",
    )


if __name__ == "__main__":
    main()
