"""Wild49 truth for loco-3d/crocoddyl PUBLICATIONS.md: the publication list of Crocoddyl, an optimal-control
library for legged robots (multi-contact DDP), newest commit (c2a825e).

Shape: 67 lines, 5 KB, author-first references, one paragraph each, separated by blank lines.
``# 📚 Publications`` (1), an intro sentence (3), ``## 🧩 References`` (5) with five numbered references (6-14), each
one line opened by an HTML anchor and a bracketed number: ``<a id="1">[1]</a> Authors. [Title](url), Venue, Year``.
``&nbsp;`` spacer paragraphs (16, 21, 35, 49, 55, 63), ``## 🔍 Other references`` (18) with an intro sentence (19),
then five ``#### i. Optimal control:`` .. ``#### v. Biomechanics*`` subheadings (23, 37, 51, 57, 65) with twelve
unnumbered references ``Authors. [Title](url), Venue, Year``.

Special cases:
- 43-44 and 46-47: the authors stand on a line of their own and the ``[Title](url), Venue, Year`` on the next line
  (no blank line between): one entry over two lines.
- 32: the author list ends with a comma instead of a full stop (``L. Righetti, [On the Derivation ...``).
- 39 (``Agile Maneuvers in Legged Robots``) names only a year, no venue.
- Author-name typo kept out of titles anyway (``C.Mastall`` 12); the titles are only the link texts.

Decisions:
- Entry = every paragraph (run of non-blank, non-heading lines; 6 follows heading 5 with no blank line) holding a ``[Title](url)`` link: 5 numbered + 12 other = 17.
- Title = the link text as written; authors, venue, year, the anchor and ``[n]`` dropped.
- Ids from the paragraph's lines: arXiv ``/pdf/`` links give arXiv ids; HAL, ResearchGate and the author's site give
  none; no DOIs are written.
- Not entries: headings, intro sentences, ``&nbsp;`` spacers.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "loco-3d__crocoddyl__PUBLICATIONS@c2a825e.md"
PART = "wild49_development"

LINK = re.compile(r"\[(?P<title>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)")
ANCHOR = re.compile(r'^<a id="(?P<n>\d+)">\[(?P=n)\]</a> ')


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# 📚 Publications"
    papers = []
    numbered = []
    n = 1
    while n <= len(lines):
        if not lines[n - 1].strip() or lines[n - 1].startswith("#"):
            n += 1
            continue
        first = n
        while n <= len(lines) and lines[n - 1].strip() and not lines[n - 1].startswith("#"):
            n += 1
        last = n - 1
        block = lines[first - 1 : last]
        text = "\n".join(block)
        links = LINK.findall(text)
        if not links:
            assert block[0].startswith(("Below,", "Here,", "&nbsp;")), (first, block)
            continue
        assert len(links) == 1, (first, links)
        a = ANCHOR.match(block[0])
        if a:
            numbered.append(int(a.group("n")))
        papers.append(entry(lines, first, last, links[0][0]))
    assert numbered == [1, 2, 3, 4, 5], numbered
    t = {p["line"]: p for p in papers}
    assert (t[6]["title"], t[6]["arxiv"]) == (
        "Crocoddyl: An Efficient and Versatile Framework for Multi-Contact Optimal Control", None), t[6]
    assert (t[8]["title"], t[8]["arxiv"]) == ("A Feasibility-Driven Approach to Control-Limited DDP", "2010.00411")
    assert t[12]["arxiv"] == "2503.03897", t[12]
    assert (t[43]["end"], t[43]["title"]) == (
        44, "Comparison of predictive controllers for locomotion and balance recovery of quadruped robots"), t[43]
    assert (t[46]["end"], t[46]["title"]) == (47, "High-Frequency Nonlinear Model Predictive Control of a Manipulator")
    assert t[32]["title"] == (
        "On the Derivation of the Contact Dynamics in Arbitrary Frames: Application to Polishing with Talos"), t[32]
    assert t[67]["title"] == ("Anthropomorphic Gait Generation using Differential Dynamic Programming with a Reduced"
                              " Number of Cost Criteria"), t[67]
    assert len(papers) == 17, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every blank-line-separated paragraph holding a '[Title](url)' link is one reference (5 numbered"
        " '<a id=\"n\">[n]</a>' references 6-14 and 12 unnumbered 'Other references' 26-67, two of which put the"
        " authors on a line of their own above the link line: 43-44, 46-47): 17 entries; title = the link text;"
        " headings, intros and '&nbsp;' spacers are not entries.",
        "Read all 67 lines; compared -v for all 17 entries: link-text titles, the two-line paragraphs 43-44 and 46-47"
        " spanning both lines, 32 (authors end with a comma), 39 (no venue); arXiv ids from the arxiv.org/pdf links"
        " (8, 10, 12, 14, 28, 39, 59), none from HAL/ResearchGate/cmastalli.github.io links; no DOIs in the file.",
    )


if __name__ == "__main__":
    main()
