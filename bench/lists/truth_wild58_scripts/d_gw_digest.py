"""Wild58 truth for iphysresearch/gw-arxiv-digest digest.md at bfa837c (2026-02-27): a daily, machine-written digest
of the gravitational-wave papers of the day's arXiv gr-qc / astro-ph listings (physics, general relativity,
cosmology).  The repository overwrites digest.md every day; the newest commit touching it is taken.

Shape: 189 lines, 26 KB.  Title ``# Complete Daily GW arXiv Digest - 2026-02-27`` (1), a summary in Chinese with
bold labels and two-space hard breaks (3-8: ``**总爬取文章**: 160 篇``, ``**引力波相关**: 15 篇`` = 15 GW-related
papers, ...), then 15 cards, each 11 lines and closed by a ``---`` rule:
``## N. Title`` (10, 22, ..., 178) / blank / ``**arXiv**: [2602.21261](https://arxiv.org/abs/2602.21261)`` /
``**Authors**: ...`` / ``**Date**: ...`` / ``**Categories**: ...`` / ``**Type**: new submission|replaced`` / blank /
``**Abstract**: ...`` (one long line that repeats title, authors and arXiv comments before the abstract) / blank /
``---``.
Special cases:
- The arXiv id is link text in bold-labelled lines; replaced papers carry old ids (2212.07559, 166-174).
- The abstract line starts by repeating the title, so the title occurs twice in each card.

Decisions:
- Entry = every ``## N. Title`` card, span = heading to its ``**Abstract**`` line (heading + 8): 15 entries.
- Title = the heading text after ``N. ``.  The Chinese summary lines are not entries.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "iphysresearch__gw-arxiv-digest__digest@bfa837c.md"
PART = "wild58_development"

HEAD = re.compile(r"^## (\d+)\. (.+?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = HEAD.match(ln)
        if not m:
            continue
        last = n
        while not lines[last - 1].startswith("**Abstract**"):
            last += 1
        assert last == n + 8, (n, last)
        papers.append(entry(lines, n, last, m.group(2)))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 15, len(papers)
    assert sorted(by) == list(range(10, 179, 12)), sorted(by)
    assert by[10]["title"] == "Using thermodynamics to learn gravitational wave physics", by[10]
    assert by[10]["arxiv"] == "2602.21261", by[10]
    assert by[58]["title"] == (
        "GW070605: An Undisclosed Binary Neutron Star Hardware Injection in LIGO's Fifth Science Run"
    ), by[58]
    assert by[166]["title"] == "Supercool subtleties of cosmological phase transitions", by[166]
    assert by[166]["arxiv"] == "2212.07559", by[166]
    assert by[178]["end"] == 186, by[178]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '## N. Title' card of the daily digest is one entry (15 cards, lines 10-186), span = the heading"
        " to its '**Abstract**:' line.  Title = the heading text after 'N. '.  The arXiv id is the link text of the"
        " '**arXiv**:' line.  The Chinese summary (3-8) is not an entry.",
        checked="Read the whole file; compared all 15 headings, spans and arXiv ids with the -v output.",
    )


if __name__ == "__main__":
    main()
