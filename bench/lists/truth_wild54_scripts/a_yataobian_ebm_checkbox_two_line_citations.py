"""Wild54 truth for yataobian/awesome-ebm README.md: "Awesome Energy Based Models/Learning", a small awesome list of
energy-based-model papers (a niche machine-learning sub-field), newest commit (3fca0dd, 2026-02-04).

Shape: 606 lines, 36 KB.  Title, badge, TOC (5-24), ``## Representative Applications`` (26-39, checkbox bullets naming
application areas, no links), ``## Open Source Libraries`` (41-50), ``## Tutorials & Talks & Blogs`` (53-71),
``## Workshops & Symposiums`` (74-76), ``## Papers (Reverse Chronological Order)`` (79) with year headings ``### 2026``
(81) ... ``### Early papers (Before 2007)`` (563) and ``@todo``-style placeholders (122).  Every item is a task-list
checkbox ``- [ ] [`` (one at 83 indented by a space) whose whole citation is the link text, written over two lines joined
by a Markdown hard break: line 1 holds the authors and year (``Ou, Zijing, ... (2025). \\``, ``2021: Song, Y., &
Kingma, D. P.  \\``, ``Javier R Movellan Jan 2008.\\``), line 2 holds ``Title. Venue.`` and closes with ``](url)``,
sometimes followed by ``*[[code]](...)*`` or ``*[[blog]](...)*``.

Special cases:
- The title ends at the first period of line 2; some have no space after it (``Generalized energy based
  models.arXiv e-prints`` 349, ``Proper local scoring rules.Annals`` 507, ``statistical mechanics.Physical review``
  602), one ends with a stray quote (``...score-based generative models." arXiv`` 355), some have no venue at all
  (``Conjugate Energy-Based Models.](...)`` 285), one only ``AAAI 2022`` (218) or ``(2019)`` (425).
- 604-605 ``Information theory and statistical mechanics. ii. Physical review``: the paper's real title has the
  ``. II`` part, so the title keeps ``. ii``.
- 546-547 Movellan's unpublished draft has an empty link ``]()``: still an entry.
- Non-paper sections: 49-50 (Nieme, a JMLR paper cited with venue and PDF link, although filed under libraries) and
  55-56 (LeCun et al.'s ``A tutorial on energy-based learning``, a chapter of ``Predicting structured data``) are
  entries; the GitHub libraries 43, 44, 46-47, the research page 58-59, the talks/videos 61-68, the UvA notebook 70-71,
  the workshop 76 and the application bullets are not.
- Link text is the whole citation, so the ids come from the URL: arXiv abs/pdf links, DOIs from Springer (chapter),
  Frontiers, bioRxiv, APS and ACM links; the ``citeseerx ... doi=10.1.1.86.5757`` parameter (579) is a CiteSeerX id, not
  a DOI, and gives none.

Decisions:
- Entry = each two-line checkbox citation of a research work (papers section 83-605 all, plus 49-50 and 55-56).
- Title = line 2 of the link text up to its first period (``. ii`` kept for 605), whitespace trimmed.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "yataobian__awesome-ebm__README@3fca0dd.md"
PART = "wild54_development"

ITEM = re.compile(r"^ ?- \[ \] \[(?P<authors>.*)\\$")
TAIL = re.compile(r"^(?P<text>.*)\]\((?P<url>[^)]*)\)(?P<rest>.*)$")
FIRST = re.compile(r"^(?P<title>.+?)\.(?:\s|[A-Za-z\"]|$)")
EXTRA = {49, 55}  # cited papers outside the papers section
NOT_WORKS = {46, 58, 61, 64, 67, 70}  # a GitHub library, a research page, talks and videos, a notebook


def main() -> None:
    lines = read_lines(NAME)
    assert lines[78] == "## Papers (Reverse Chronological Order)", lines[78]
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        if n < 79 and n not in EXTRA:
            skipped.append(n)
            continue
        t = TAIL.match(lines[n])
        assert t, (n, lines[n])
        text = t.group("text").strip()
        if n == 604:
            title = text.split(". Physical review")[0]
        else:
            f = FIRST.match(text)
            title = f.group("title") if f else text
        papers.append(entry(lines, n, n + 1, title))
    assert skipped == sorted(NOT_WORKS), skipped
    by = {p["line"]: p for p in papers}
    assert by[49]["title"] == "Nieme: Large-scale energy-based models", by[49]
    assert by[55]["title"] == "A  tutorial  on energy-based learning".replace("  ", " "), by[55]
    assert (by[83]["title"], by[83]["arxiv"]) == (
        "Unsupervised Ensemble Learning Through Deep Energy-based Models", "2601.20556"), by[83]
    assert by[284]["title"] == "Conjugate Energy-Based Models", by[284]
    assert by[290]["doi"] == "10.1101/2021.06.06.447297", by[290]
    assert by[348]["title"] == "Generalized energy based models", by[348]
    assert by[354]["title"] == "Improved techniques for training score-based generative models", by[354]
    assert by[546]["title"] == "A minimum velocity approach to learning", by[546]
    assert by[601]["title"] == "Information theory and statistical mechanics", by[601]
    assert by[604]["title"] == "Information theory and statistical mechanics. ii", by[604]
    assert by[604]["doi"] == "10.1103/physrev.108.171", by[604]
    assert len(papers) == 148, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every two-line task-list citation '- [ ] [Authors (year). \\ / Title. Venue.](url)' of the papers section"
        " (83-605) is an entry, plus the two cited papers outside it (Nieme 49-50 under libraries, LeCun et al.'s"
        " tutorial chapter 55-56); the GitHub libraries, research page, videos, notebook, workshop and application"
        " bullets are not.  Title = the second line of the link text up to its first period ('. ii' kept for the"
        " 1957b Jaynes paper at 604-605); entry span = both lines.",
        "Printed every checkbox item with both lines and compared -v against it for all entries: the first-period cut"
        " (no-space periods 348/506/601, stray quote 354, no venue 284/287/290, 'AAAI 2022' 217, '(2019)' 424), the"
        " empty link 546, the leading-space item 83, '. ii' 604, and ids (arXiv links, bioRxiv/Springer/Frontiers/APS"
        " DOIs; no DOI from 578's CiteSeerX doi= parameter).",
    )


if __name__ == "__main__":
    main()
