"""Wild27 truth for hunterace832100/Trajectory-Intention-Prediction papers/trajectory_papers.md: trajectory prediction papers as HTML cards.

Shape: an HTML page (nav links, a Chinese introduction, '<h3>Papers</h3>') of one '<details close>'
card per paper, each after an '<a name=Key/>' anchor line.  The card's summary line is
'<summary><strong><em>Author et al., "Title", Venue, Year.</em></strong> <a href=url>paper</a>
<a href=url>code</a></summary>'; inside the card, '<em>Datasets</em>' and '<em>Metrics</em>' lists
of links to the repository's own pages, then a nested '<details close>' with
'<summary><em>Bibtex</em></summary>' and a '<pre>' BibTeX entry of the same paper.  The nested
BibTeX is part of its card (same paper), not a second entry.
Entry = one card, from its '<details close>' line to the '</details>' that closes it; title = the
double-quoted text of the card's summary (not the BibTeX title, which sometimes differs: line 746
'forPedestrian'); the arXiv id comes from the summary's paper link (no card gives a DOI).
Special cases (line numbers of summary lines): the last card (1407, card from 1406) is never
closed (94 '<details' against 93 '</details>'), so it ends at its BibTeX's '</details>' (1428),
the last non-blank line; line 939 (PIE) links only code, no paper (an entry without id); line 579
has a stray '>' after its link; line 87's title has doubled spaces ('Exploring  Dynamic  Context'),
collapsed; lines 640 and 1143 have a space after '<em>'; line 700 has no space after the title's
closing quote ('",IROS'); line 1262's title is kept as written ('Agent-CentricSpatio-Temporal').
Count check: 47 paper summaries ('<summary><strong>') = 47 cards = 47 Bibtex summaries; 41 give an
arXiv id, the other 6 link three IEEE Xplore document pages (lines 670, 1056, 1112), two CVF PDFs
(lines 458, 879) or no paper (939); every title is quoted.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "hunterace832100__Trajectory-Intention-Prediction__papers__trajectory_papers@ade3683.md"
PART = "wild27_development"


def main() -> None:
    lines = read_lines(NAME)
    last_text = max(i for i, t in enumerate(lines, 1) if t.strip())
    papers = []
    bibtex = sum(1 for t in lines if t.startswith("<summary><em>Bibtex</em></summary>"))
    for i, text in enumerate(lines, 1):
        if not text.startswith("<summary><strong>"):
            continue
        assert lines[i - 2] == "<details close>", i
        first = i - 1
        depth, end = 0, None
        for j in range(first, len(lines) + 1):
            t = lines[j - 1]
            depth += t.count("<details") - t.count("</details>")
            if depth == 0:
                end = j
                break
        if end is None:  # the last card is never closed
            assert i == 1407, i
            end = last_text
        m = re.match(r'<summary><strong><em>\s*[^"]+?,\s*"([^"]+)"', text)
        assert m, i
        papers.append(entry(lines, first, end, m.group(1)))
    assert bibtex == 47, bibtex
    assert len(papers) == 47, len(papers)
    n_arxiv = sum(1 for p in papers if p["arxiv"])
    assert n_arxiv == 41, n_arxiv
    write_truth(NAME, PART, papers,
                "every '<details>' card with a '<summary><strong><em>Author, \"Title\", Venue, Year.</em></strong>'"
                " line is one entry (lines from its '<details close>' to its closing '</details>', the nested"
                " BibTeX inside it); title = the quoted text of the summary",
                "all 47 summaries read against the file: titles, ids from the summary paper links, the card spans"
                " (first and last card, the unclosed last card at 1406-1428), the code-only card (line 939) and"
                " the cards without arXiv links")


if __name__ == "__main__":
    main()
