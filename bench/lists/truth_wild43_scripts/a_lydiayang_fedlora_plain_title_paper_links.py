"""Wild43 truth for Lydia-yang/Awesome-Federated-LoRA README.md: a small survey-companion list of papers on federated
low-rank adaptation (LoRA fine-tuning of foundation models in federated learning); newest commit (a2bf90e,
2025-05-23).

Shape: ``# Awesome-Federated-LoRA``; ``## Updates`` (3) with line 4, a sentence announcing the authors' own survey
with an inline arXiv link; a nested Table of Contents of anchor links (8-19).  Three ``## Part`` sections with
``###`` sub-sections (23, 35, 42, 47, 56, 62, 70, 75); every record is a ``*`` bullet whose plain (unlinked) text is
the title followed by a ``.`` and a ``[[Paper]](url)`` link: ``* Title. [[Paper]](url)`` (24 has a trailing space).
37 writes ``FeDeRA:Efficient`` without a space.  LoRA-FAIR is listed twice (31 and 38, the same arXiv link).
``## Citation`` (79) closes with the list's own survey BibTeX in a ```` ```bib ```` fence (82-89).  Links: arXiv
abs (``www.arxiv.org`` 26, ``arxiv.org/html/2411.06581v1`` 64), ACM DL ``/doi/abs/`` and ``/doi/`` (25, 59), a
Springer chapter (33), SIAM ``epubs.siam.org/doi/`` (54), ACL Anthology (58), IEEE Xplore (67).

Decisions:
- Every bullet of the Part sections is an entry (one line each); title = the bullet text before `` [[Paper]]``,
  its final ``.`` dropped as the separator; 37's missing space kept as written.
- 31 and 38 (LoRA-FAIR twice) are two entries (repeated records).
- Not entries: line 4 (the list's own survey announced in the Updates sentence) and the own-survey BibTeX 82-89
  (the list's "cite us" boilerplate), the Table of Contents.
- Ids from the bullet's link: arXiv abs/html (64's ``v1`` dropped), DOIs from ACM, Springer and SIAM URLs; none
  for ACL Anthology and IEEE Xplore pages.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "Lydia-yang__Awesome-Federated-LoRA__README@a2bf90e.md"
PART = "wild43_development"

BULLET = re.compile(r"^\* (?P<t>[^\[\]]+?)\.? \[\[Paper\]\]\((?P<u>https?://[^)\s]+)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group("t")))
    assert "Federated Low-Rank Adaptation for Foundation Models: A Survey" in lines[3]
    assert len(papers) == 10 + 4 + 3 + 7 + 3 + 6 + 3 + 2, len(papers)
    assert len(papers) == 38
    write_truth(
        NAME,
        PART,
        papers,
        "Every '* Title. [[Paper]](url)' bullet of the Part sections is an entry, title = the plain text before"
        " '[[Paper]]' without its final '.'; the own-survey sentence on line 4, its BibTeX 82-89 and the Table of"
        " Contents are not entries; LoRA-FAIR (31, 38) counted twice.",
        "Whole 89-line file read; all 38 -v lines compared with the bullets: first/last of every sub-section (24/33,"
        " 36/39, 43/45, 48/54, 57/59, 63/68, 71/73, 76/77), 37 'FeDeRA:Efficient' as written, final dots dropped,"
        " 31/38 repeat kept; ids: arXiv abs links incl. www.arxiv.org 26 and arxiv.org/html/...v1 64, DOIs from ACM"
        " 25/59, Springer 33, SIAM 54, none for ACL Anthology 58 and IEEE Xplore 67; line 4 and 82-89 left out.",
    )


if __name__ == "__main__":
    main()
