"""Wild42 truth for CharonWangg/Awesome-Causal-Discovery README.md: a student's awesome list on causal discovery and
causal representation learning (constraint/score/functional-model based discovery, nonlinear ICA, latent-variable
causal discovery); newest commit (1eae6b4, 2023-11-12, "first publish").

Shape: an intro, a Table of Contents of anchor links (8-11), ``## [Books]()`` (13) with four book links (14-17),
then ``## [Papers]()`` (19).  ``### Review:`` (21-28) has plain ``- [Title](url)`` bullets.  Under ``### Causal
Discovery`` the ``####`` sub-sections use bullets with an algorithm tag in parentheses before the link, ``- (GES)
[Title](url)`` (33-42, 57-58, 115); 35 has two zero-width spaces between the tag and the link, and no-break
spaces sit inside the link text before ``]`` (34, 60), after 48's link and after group labels (59, 62, 68, 83 ...).  Some bullets are
group labels with the papers nested under them as indented bullets: ``- LiNGAM`` / ``- Non-linear`` (46-53), ``-
(Auxiliary Info)`` / ``(Temporal Info)`` / ``(Sparsity Constraint)`` (59-71), and in ``### Causal Discovery Dealing
with Latent Variables`` every group label ``- (Tetrad Condition)`` etc. is followed by a blank line and then the
nested bullets (77-120).  A prose line points to Aapo Hyvärinen's website (73).  The time-series, causal ML and
effect-estimation sections (123-141) are empty headings.  Links: arXiv abs/pdf, JMLR, PMLR, NeurIPS proceedings,
pubmed (41), OUP (27), frontiersin.org and springeropen.com article URLs holding DOIs (25, 26), ACM DL ``/doi/``
and ``/doi/abs/`` URLs (86, 97; 97's is ACM's ``10.5555`` pseudo-DOI, written literally), ScienceDirect ``pii`` (95),
ResearchGate (33, 79).

Decisions:
- An entry is every bullet of the Papers section (19-121) whose text holds a ``[Title](url)`` link -- top-level or
  nested -- title = the link text (tag in parentheses dropped; the no-break space + space before ``]`` on 34/60 and the final ``.`` of 48
  dropped).
- Not entries: the four Books (14-17); 33, ``(SGS/PC/FCI) [Causation, Prediction and Search (chapter 5, chapter
  6)]``, chapters of the same book (Spirtes, Glymour & Scheines); 79, ``[FCI]``, a nickname link to that same
  book's ResearchGate page; group-label bullets without a link (46, 51, 59, 62, 68, 77, 83, ...); the TOC, the
  prose link 73 and the empty headings.
- Ids come from the bullet's own line; ACM's 10.5555 pseudo-DOI 97 is kept as written (the helper reads it as a DOI).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "CharonWangg__Awesome-Causal-Discovery__README@1eae6b4.md"
PART = "wild42_development"

BULLET = re.compile(r"^(?P<ind> *)- (?:\((?P<tag>[^)]+)\) )?\u200b*\[(?P<t>[^\]]+)\]\((?P<u>https?://[^)\s]+)\)\s*$")
BOOK_URL = "https://www.researchgate.net/publication/242448131_Causation_Prediction_and_Search"
PAPERS = (19, 121)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    nested = 0
    skipped = []
    for n in range(PAPERS[0], PAPERS[1] + 1):
        ln = lines[n - 1]
        if not ln.lstrip().startswith("- "):
            continue
        m = BULLET.match(ln)
        if m is None:
            assert "](" not in ln, (n, ln)  # a group label
            continue
        if m.group("u") == BOOK_URL:
            skipped.append(n)
            continue
        nested += bool(m.group("ind"))
        papers.append(entry(lines, n, n, m.group("t")))
    assert skipped == [33, 79], skipped
    assert nested == 33, nested
    assert len(papers) == 49, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every top-level or nested bullet of the Papers section holding a '[Title](url)' link is an entry, title ="
        " the link text without the '(Algorithm)' tag before it; the Books, the book-chapter bullet 33 and the"
        " 'FCI' nickname link 79 to the same book, group-label bullets, the TOC and the prose link 73 are not.",
        "Whole 142-line file read; all 49 -v lines compared with the bullets: first/last of each section (22/28,"
        " 34/36, 40/42, 47/53, 57/71, 80/120), the zero-width spaces on 35, no-break spaces 34/48/60 and final dot 48"
        " gone from titles, nested bullets under blank-line-separated group labels (77-120), 115's tag with a link;"
        " ids: arXiv abs/pdf links, DOIs from frontiersin 25 (/full dropped), springeropen 26, ACM DL 86 and the"
        " 10.5555 ACM id 97, none for pubmed 41, OUP 27, ScienceDirect pii 95, JMLR/PMLR/NeurIPS; the Books 14-17,"
        " 33, 79 and the group labels left out.",
    )


if __name__ == "__main__":
    main()
