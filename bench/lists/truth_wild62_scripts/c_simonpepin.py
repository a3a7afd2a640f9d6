"""Wild62 truth for simon-pepin/simon-pepin.github.io research.md at 6d0cf7d (2023-02-27): the "Research" page of a
mathematician's (arithmetic geometry, motives) Jekyll site, listing his papers and preprints by hand.

Shape: 45 lines.  Front matter (1-5), a ``<meta name="robots">`` tag (7), ``#### Papers:`` (9) with nine ``* ``
bullets (11-28) and ``#### Preprints:`` (31) with four (33-40), blank lines between bullets, trailing blank lines
(41-45).  A bullet is ``* [(with <coauthors>) ][**<title>**](<url>)[, <journal, volume, year, pages>]``: the
coauthors come first in parentheses, the bold title is the link text, the venue follows (papers only).

Special cases:
- Two bullets wrap onto a second line in the middle of the coauthor list: 27-28 (``(with V. Hoskins and L.`` /
  ``Fu) [**Motives ...``) and 33-34 (``(with M. Levine and`` / ``V. Srinivas) [**Euler ...``); each is one entry
  spanning both lines.
- 40 has ``(with M. Gallauer, preliminary version)``; 36 and 38 start with two spaces after ``*``.
- Bullets 11, 15, 17 have no coauthor prefix (single-author papers).
- 28 (last of Papers) is an arXiv link with ``Accepted for publiation in the Journal of the London Mathematical
  Society`` (typo kept in the file).  Links: arXiv abs (28, 34, 36, 38, 40), doi.org (19), publisher URLs that
  embed a DOI (23 springer ``10.1007/s00029-020-00610-5``, 25 aimspress ``doi/10.3934/era.2022004``) and plain
  publisher pages (11, 13, 15, 17, 21).

Decisions:
- Entry = each ``* `` bullet (13 entries), including its wrapped continuation line.
- Title = the bold link text, without asterisks.  arXiv ids and DOIs are those the entry's own link carries.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "simon-pepin__simon-pepin.github.io__research@6d0cf7d.md"
PART = "wild62_held_out"

BULLET = re.compile(r"^\* ")
BOLD = re.compile(r"\[\*\*(.+?)\*\*\]", re.DOTALL)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not BULLET.match(ln):
            continue
        last = n
        while last < len(lines) and lines[last].strip() and not BULLET.match(lines[last]):
            last += 1
        title = BOLD.search("\n".join(lines[n - 1:last])).group(1)
        papers.append(entry(lines, n, last, title))
    assert len(papers) == 13, len(papers)
    on = {p["line"]: p for p in papers}
    assert sorted(on) == [11, 13, 15, 17, 19, 21, 23, 25, 27, 33, 36, 38, 40], sorted(on)
    assert on[27]["end"] == 28 and on[33]["end"] == 34 and on[25]["end"] == 25, (on[27], on[33])
    assert on[11]["title"] == "Subgroups of maximal rank of reductive groups", on[11]
    assert on[19]["doi"] == "10.1093/qmathj/haaa023", on[19]
    assert on[27]["title"] == "Motives of moduli spaces of bundles on curves via variation of stability and flips"
    assert on[27]["arxiv"] == "2011.14872", on[27]
    assert on[33]["title"] == "Euler characteristics of homogeneous and weighted-homogeneous hypersurfaces", on[33]
    assert on[33]["arxiv"] == "2101.00482", on[33]
    assert on[40]["title"] == "Exponentiation of coefficient systems and Exponential motives", on[40]
    assert on[40]["arxiv"] == "2211.17247", on[40]
    assert sum(1 for p in papers if p["arxiv"]) == 5
    write_truth(
        NAME,
        PART,
        papers,
        method="Each '* ' bullet under '#### Papers:' and '#### Preprints:' is one entry (13), spanning its wrapped"
        " continuation line where the coauthor parenthesis breaks across lines (27-28, 33-34).  Title = the bold"
        " link text '[**title**](url)' after the optional '(with coauthors)' prefix.  ids come from each entry's own"
        " link (arXiv abs, doi.org, or publisher URLs embedding a DOI).",
        checked="Read the whole file; compared the -v output with all 13 bullets: the two wrapped bullets and their"
        " spans, single-author bullets without prefix, the '(with ..., preliminary version)' prefix, and arXiv/DOI"
        " ids per link.",
    )


if __name__ == "__main__":
    main()
