"""Wild29 truth for ishdhand/ishdhand.github.com _posts/2019-01-06-August-to-December-2018-in-quantum-optics.md:
a physicist's blog post listing the quantum-optics papers he read in the second half of 2018.

Shape: a Jekyll post (front matter lines 1-5, intro prose 7-11).  Under "Preprints on the arXiv:" (line 11)
and "Review articles:" (line 75) every paper is one "- " list item on one line, APA-like:
``Authors (year-less) ([arXiv:ID](url)). _Title_.`` -- the id or venue sits in parentheses between the
authors and the italic title, and the title is the last ``_..._`` span of the line.  Each item is one entry.

Special cases: line 21 writes a stray ")" inside the link text (``[arXiv:1808.09298)]``); line 67 ends
with a dangling "and"; line 69 has a space after "(" before the link; line 77 (Optica) and line 85
(IOP, URL holding the DOI with a ``/meta`` tail) name a journal instead of arXiv; line 79 links a
doi.wiley.com URL holding the DOI; line 81 gives both an arXiv id and a DOI link (arXiv first).
Not entries: the "Earlier reading lists" links to the blog's own monthly posts (lines 91-99).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "ishdhand__ishdhand.github.com___posts__2019-01-06-August-to-December-2018-in-quantum-optics@f5defd7.md"
PART = "wild29_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        if i > 86:  # the "Earlier reading lists" block links the blog's own posts
            break
        if not ln.startswith("- "):
            continue
        m = re.search(r"\)\)\.\s*_(.+)_\.", ln)
        assert m, (i, ln)
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 36, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- ' item under 'Preprints on the arXiv:' and 'Review articles:' is one entry (one line); its"
        " title is the italic _..._ span after the parenthesised id/venue; the 'Earlier reading lists' links"
        " to the blog's own posts are not entries.",
        "All 36 items checked by eye against the file (titles, arXiv ids, the DOIs of lines 79, 81, 85).",
    )


if __name__ == "__main__":
    main()
