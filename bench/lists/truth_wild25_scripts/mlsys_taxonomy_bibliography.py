"""Wild25 truth for google-research/ml-for-systems-taxonomy bibliography.md: the formatted
bibliography of the IEEE Micro article "A Taxonomy of ML for Systems Problems".

Shape: '##' system areas and '###' problem headings; under them one top-level bullet per paper,
'* **Title**, Authors (BibTeX 'and'-joined), *Venue*', followed (after a blank line each) by two
indented sub-bullets '  * Taxonomy Category: ...' and '  * ML Strategies: ...'.  No links at all:
the two arXiv papers give their id only as the italic venue '*arXiv:2008.01040*' (line 38) and
'*arXiv:2004.10746*' (line 54); no DOIs.
Entry = each top-level '* **...**' bullet, lines bullet..its 'ML Strategies' sub-bullet (bullet + 4);
title = the bold span.  Not entries: the fenced '@article{maas2020_ml_taxonomy...}' block on lines
8-18 (the list's own boilerplate "to cite, please use" citation of the article it accompanies),
the headings and the sub-bullets.
Count check: 20 top-level bullets (grep -c '^\\* \\*\\*' = 20), each followed by exactly the two
sub-bullets (20 'Taxonomy Category' and 20 'ML Strategies' lines).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "google-research__ml-for-systems-taxonomy__bibliography@c031cbe.md"
PART = "wild25_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\* \*\*(.+?)\*\*, ", text)
        if not m:
            continue
        assert lines[i + 1].startswith("  * Taxonomy Category: "), i
        assert lines[i + 3].startswith("  * ML Strategies: "), i
        papers.append(entry(lines, i, i + 4, m.group(1)))
    assert sum(1 for t in lines if t.startswith("  * Taxonomy Category: ")) == 20
    assert len(papers) == 20, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 2
    write_truth(NAME, PART, papers,
                "each top-level bullet '* **Title**, Authors, *Venue*' with its two taxonomy sub-bullets is an entry;"
                " title = the bold span; the fenced BibTeX of the article itself (lines 8-18, 'to cite, please use')"
                " is the list's boilerplate and not an entry",
                "every one of the 20 entries read against its line (titles, the two '*arXiv:NNNN.NNNNN*' venues on"
                " lines 38 and 54); no links or DOIs in the file; the boilerplate BibTeX checked to be the list's own"
                " article")


if __name__ == "__main__":
    main()
