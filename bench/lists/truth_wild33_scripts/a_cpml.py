"""Wild33 truth for corail-research/CPML-paper-list README.md: the living list of publications combining Constraint
Programming and Machine Learning that accompanies the JAIR 2025 survey (ML for CP, then CP for ML).

Shape: one bullet per work, ``- [Venue'Year] [Title](url)``, grouped under ###/#### section headings; many URLs are
publisher pages that carry a DOI (Springer chapters/articles, dl.acm.org/doi/..., Dagstuhl 10.4230/LIPIcs..., IOS Press,
World Scientific, INFORMS, Wiley, a few with tracking queries).  Each bullet is one entry on its own line, titled by the
link text; the ``[Venue'Year]`` tag is dropped.
Not entries: the "Citing" BibTeX (28-36) - the list's own survey; the format template in the code fence (19); and three
books: line 128 "[NIPS'2007] Predicting Structured Data" (MIT Press edited volume, mitpress.mit.edu/9780262528047),
line 261 "[Wiley'2013] Ant Colony Optimization and Constraint Programming" (Wiley book, doi/book/...), line 336
"[Springer-Book'2015] Data mining: the textbook".
Special cases: line 258 writes the URL itself as the link text (``[https://link.springer.com/...](same)``) - an entry
with title None; line 131's URL lacks a scheme (``dl.acm.org/doi/10.1007/...``) - the DOI is still written; line 96 has
the venue tag "ICTAI'202" (kept as written, tag dropped anyway); repeated works in two sections (e.g. SeaPearl 207/318,
value-selection heuristic 208/319, "Learning constraints through partial queries" 50/84) are separate entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "corail-research__CPML-paper-list__README@0cffcbc.md"
PART = "wild33_development"

BULLET = re.compile(r"^- \[([^\]]*)\] \[(.*)\]\((.*)\)\s*$")
BOOKS = {128: "Predicting Structured Data", 261: "Ant Colony Optimization and Constraint Programming",
         336: "Data mining: the textbook"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, ln in enumerate(lines, 1):
        if not ln.startswith("- ["):
            continue
        m = BULLET.match(ln)
        assert m, (i, ln)
        bullets += 1
        if i in BOOKS:
            assert m.group(2) == BOOKS[i], (i, m.group(2))
            continue
        title = m.group(2)
        if title.startswith("http"):
            assert i == 258
            title = None
        papers.append(entry(lines, i, i, title))
    assert bullets == 239, bullets
    assert len(papers) == 236, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each \"- [Venue'Year] [Title](url)\" bullet is an entry titled by its link text (venue tag dropped), except three"
        " books (128, 261, 336); the URL-as-text bullet 258 has title None; the list's own citing BibTeX is not an entry.",
        "First and last bullet of every section, the three books, line 258, the scheme-less URL (131), the query-tailed"
        " DOIs (117, 337) and a random sample of 30 bullets read by eye against the file.",
    )


if __name__ == "__main__":
    main()
