"""Wild32 truth for andrewssobral/lrslibrary README.md: the README of a MATLAB research library
(low-rank and sparse decomposition), whose main content is the list of the 100+ algorithms it
implements, each tied to the paper it comes from.

Shape: section bullets ``* RPCA: Robust PCA (44)`` (lines 87-306) group second-level bullets
``* * ABB: Algorithm name [(Authors, year)](url) [website](url)``, one per algorithm, separated by
blank lines.  An entry is a second-level bullet that cites the work the algorithm comes from: the
citation ``(Authors, year)`` is usually a link to the paper (arXiv, DOI, IEEE, a PDF), sometimes to the
authors' code (``flip-SPCP-*`` lines 145-151, ``CP2`` line 300) and twice written without a link
(``bcuNTD``/``bcuNCP`` lines 273-275); all of these cite a paper and are entries.  Several algorithms
cite the same paper (Lin et al. 2009 for EALM, IALM, APG, DUAL, ...): each bullet is its own entry.

Not entries: bullets that name an algorithm with no citation (NMF-MU, NMF-PG, NMF-ALS, NMF-ALS-OBS,
PNMF, Semi-NMF, HoSVD, Tucker-ALS, CP-ALS: lines 242-250, 262, 284, 294, 296); ``betaNTF`` (line 271),
whose citation ``(Antoine Liutkus, 2012)`` is a MathWorks File Exchange code submission, not a paper;
the "Some remarks" bullets (308-311); the library's own citation block (the ``lrslibrary2015`` chapter
and the ``bouwmans2015`` companion review under "Citation"/"Additional reference", lines 27-50: the
library's cite-us boilerplate BibTeX); the "See also" repositories; the release notes, which mention
algorithms and citations in running prose.

Title: the bullet's own name for the work, ``ABB: Algorithm name`` as the file writes it (the
abbreviation is kept, as a nickname written before a title is), without the citation and links.
Sometimes that name is the paper's title (``FPC: Fixed point and Bregman iterative methods for matrix
rank minimization``), often only the algorithm's name; the file does not tell them apart, so the rule
is the same for every bullet.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "andrewssobral__lrslibrary__README@07cb09d.md"
PART = "wild32_development"
NOT_PAPERS = {"betaNTF"}  # a File Exchange code submission


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = next(i for i, ln in enumerate(lines, 1) if ln.startswith("List of the algorithms"))
    end = next(i for i, ln in enumerate(lines, 1) if ln.startswith("* **Some remarks**"))
    for n in range(start, end):
        ln = lines[n - 1]
        if not ln.startswith("* * "):
            continue
        body = ln[4:]
        m = re.search(r"\s*\[?\(([^()]*?\d{4}[ab]?)\)", body)
        if not m:
            continue  # no citation: not an entry
        abb = body.split(":", 1)[0]
        if abb in NOT_PAPERS:
            continue
        title = body[: m.start()].strip()
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 96, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each second-level algorithm bullet that cites a paper (Authors, year) is an entry, its title the"
        " bullet's 'ABB: Algorithm name' before the citation; uncited bullets, the File Exchange betaNTF"
        " bullet, the library's own cite-us BibTeX blocks and the release notes are not entries.",
        "Every bullet of the algorithm list read against the output (all 96 entries and the 10 bullets"
        " left out), the BibTeX blocks and release notes checked as not entries.",
    )


if __name__ == "__main__":
    main()
