"""Wild43 truth for MATF-Software-Verification/...github.io literature.md: the "Literatura" page (in Serbian) of
the Software Verification course at the Faculty of Mathematics, Belgrade: course materials, a few textbooks and
papers, and, per lecture topic, the master's theses ("Master rad") and student seminar papers ("Seminarski rad")
written on that topic (testing, debugging/profiling, static analysis, symbolic execution, semantics, model
checking, abstract interpretation).

Shape: Jekyll front matter (1-4); ``## Literatura za predavanja`` with bullets for a video playlist (7), the
course script (8), slides (9); a sentence (11) and bullets for materials (12), two Springer textbooks (13, 14), two
papers written out as citations without links (15 Vancouver-style ``Biere A, ... Bounded model checking.
Advances in computers. 2003 ...``; 16 ``Cristian Cadar, ... . KLEE: ..., In OSDI, 2008.``), a textbook with a
linked title (17) and Software Foundations (18).  ``### Dodatni materijali za predavanja`` then has one bullet per
topic (``* Dinamička verifikacija softvera. Tehnike testiranja.``) with indented sub-bullets
``* Master rad, Author: [Title](url)`` / ``* Seminarski rad, Author[, Author...]: [Title](url)`` (two theses use
a comma instead of the colon, 52 and 72); URLs are Liquid templates (``{{site.materials}}/...pdf``, some with
spaces and parentheses); titles are Serbian (one in Cyrillic, 82), sometimes end with ``.`` inside the link text, and some
bullets end with ``.`` after the link.  Under "Simboličko izvršavanje" two English papers have linked titles:
78 (ACM ``citation.cfm?id=``) continued on 79 by an indented ``[Besplatno dostupna verzija rada](arXiv PDF)``
line, and 80 (ScienceDirect, authors and venue after the link).  Other sub-bullets are a combined PDF of
seminar papers (22), an invited talk's slides (23, "Stručno predavanje"), and zip bundles (91, 109); 115-119
link further materials and the GitHub organisation.

Decisions:
- Entries (77): the 19 master's theses and 54 seminar papers (written, authored student papers and theses, each
  its own PDF), the two unlinked paper citations 15 and 16, and the two linked papers 78-79 (with its free-version
  line) and 80.  Not entries: the video, script, slides and materials bullets, the three textbooks (13, 14, 17),
  Software Foundations (18), the combined seminar-paper PDF (22), the invited talk (23), the zip bundles and the
  further-materials and GitHub bullets.
- Title: the link text (a final ``.`` dropped, ``?`` kept: 54); for 15 and 16 the text between the authors' period
  and the venue (``Bounded model checking``; ``KLEE: ... Programs``).
- Ids: the arXiv PDF of 79 gives 78-79 its id; no DOI is written (``citation.cfm?id=`` and ScienceDirect ``pii``
  are not DOIs).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild43 import entry, read_lines, write_truth

NAME = "MATF-Software-Verification__MATF-Software-Verification-MATF-Software-Verification.github.io__literature@873c817.md"
PART = "wild43_development"

STUDENT = re.compile(r"^    \* (Master rad|Seminarski rad), [^\[]+?[:,] \[(?P<t>[^\]]+)\]\(.*\)\.?\s*$")
LINKED = re.compile(r"^    \* \[(?P<t>[^\]]+)\]\(")
PLAIN = {
    15: "Bounded model checking",
    16: "KLEE: Unassisted and Automatic Generation of High-Coverage Tests for Complex Systems Programs",
}
LINKED_PAPERS = {78: 79, 80: 80}
NOT_PAPERS = {7, 8, 9, 12, 13, 14, 17, 18, 22, 23, 91, 109, 115, 118, 119}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    seen = set()
    for n, title in PLAIN.items():
        assert title in lines[n - 1], n
        papers.append(entry(lines, n, n, title))
        seen.add(n)
    for n, last in LINKED_PAPERS.items():
        m = LINKED.match(lines[n - 1])
        assert m, n
        papers.append(entry(lines, n, last, m.group("t")))
        seen.update(range(n, last + 1))
    kinds = {"Master rad": 0, "Seminarski rad": 0}
    for n, ln in enumerate(lines, 1):
        if "Master rad" in ln or "Seminarski rad" in ln:
            m = STUDENT.match(ln)
            assert m, (n, ln)
            kinds[m.group(1)] += 1
            title = re.sub(r"\s*\.$", "", m.group("t").strip())
            papers.append(entry(lines, n, n, title))
            seen.add(n)
        elif ln.lstrip().startswith(("- ", "* ")) and n not in seen:
            assert n in NOT_PAPERS or re.match(r"^\* [^\[]+\.$", ln), (n, ln)
    assert kinds == {"Master rad": 19, "Seminarski rad": 54}, kinds
    assert len(papers) == 77, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries: the 19 'Master rad, Author: [Title](url)' theses and 54 'Seminarski rad, Authors: [Title](url)'"
        " seminar papers (title = link text, final '.' dropped), the unlinked citations 15 and 16 (title between"
        " the authors and the venue) and the linked papers 78-79 (with its free arXiv version line) and 80;"
        " videos, script, slides, textbooks, a talk, a combined PDF and zip bundles are not entries.",
        "Whole file read (119 lines): every bullet classified (asserted: only the listed non-entries and the"
        " topic bullets are left); -v output compared for all 77 entries, with attention to the comma-after-author"
        " theses 52 and 72, titles with a final '.' inside the link (24, 25, 27-29, 32, 52, 72, 73, 81, 82, 105),"
        " the period after the link (83-93, 96-101, 112-113), the '?' title 54, the Cyrillic title 82, long"
        " multi-author seminar bullets (59-66, 74, 90), URLs with spaces and parentheses (85, 86); the arXiv id of 78-79 from its"
        " second line; no DOI present; books 13, 14, 17 excluded.",
    )


if __name__ == "__main__":
    main()
