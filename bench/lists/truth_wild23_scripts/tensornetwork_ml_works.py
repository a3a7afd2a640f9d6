"""Wild23 truth for TensorNetwork/tensornetwork.org src/ml/index.md: the website page "Applications of
Tensor Networks to Machine Learning" (a Markdown page of the site's source repository).

Shape: under '### ' topic headings (lines 20-137), one '- ' bullet per work:
'- [Title](url), Authors, venue/arxiv:NNNN.NNNNN (year) \\cite{key} <br/>', optionally followed by one
indented italic description line ('  _..._').  Entry = the bullet line plus its description line;
title = the link text.  Special cases: line 120 links an empty URL ('[Tensorizing Neural Networks]()');
line 68 writes a DOI (iopscience URL) first and '[arxiv:1801.00315]' as plain text later; line 83 is a
description without '<br/>' on the line before; lines 54 and 56 end in '<br/>' with no description.
Repeats: 'Generative modeling via tensor train sketching' (lines 58 and 104) appears in two sections;
both are entries.  Every bullet is a scholarly work (arXiv preprints, journal and NeurIPS papers, a
NeurIPS 2021 workshop paper PDF on line 101); nothing else on the page is an entry (the intro prose,
the pull-request sentence linking the site repository on line 16).
Count check: 37 lines start with '- [' (grep), 37 entries, 18 of them with a description line.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "TensorNetwork__tensornetwork.org__src__ml__index@13638ca.md"
PART = "wild23_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    described = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- ["):
            continue
        m = re.match(r"- \[(.+?)\]\(([^)]*)\)", text)
        assert m, i
        end = i
        if i < len(lines) and lines[i].startswith("  _"):
            end = i + 1
            described += 1
        papers.append(entry(lines, i, end, m.group(1)))
    assert len(papers) == 37, len(papers)
    assert described == 18, described
    write_truth(NAME, PART, papers,
                "every '- [Title](url), authors, venue' bullet under the topic headings is an entry (with its"
                " indented italic description line when there is one); title = the link text; the repeated"
                " tensor-train-sketching paper (lines 58, 104) is two entries",
                "all 37 bullets read by eye against the output: titles, arXiv ids (link and 'arxiv:' text, the"
                " plain '[arxiv:1801.00315]' on line 68), DOIs from doi.org, APS and iopscience URLs, the empty"
                " link on line 120, the descriptions without '<br/>' (line 83) and '<br/>' without description"
                " (lines 54, 56)")


if __name__ == "__main__":
    main()
