"""Wild60 truth for melfm/coolpapers papers/phd_comp_exam/README.md at 60fc4f7 (2020-12-14): a PhD student's own
reading notes for a comprehensive exam, "Representation Learning for RL", one heading per paper read followed by
free-form bullet notes.

Shape: 210 lines.  ``# Representation Learning for RL`` (1), ``## Overview`` (3-4), then one
``## [<paper title>](<url>)`` heading per paper (6, 54, 77, 93, 101, 115, 118, 141, 186, 196, 198, 200, 202, 205,
208, 210), each followed by bullet notes (long for the first papers, none for the last ones) and often a
``- Cross references:`` list of author-year mentions (``Watkins [1989] used the CMAC algorithm``, ``Kaelbling
[1995]``, ``[Böhmer et al., 2015] survey approaches ...``) that name no title.

Special cases:
- 77 ``Reinforcement Learning with Selective Perception and Hidden State (Chapter 4)`` is a chapter of McCallum's
  thesis; ``(Chapter 4)`` is the reader's pointer, not title text (dropped).
- 115 ``[MAXQ-Q learning](...nips.cc...)`` is the author's short name for the NIPS 1999 paper; taken as written.
  The next line 116 ``- See physical notes. Also related [Hierarchical Reinforcement Learning with the MAXQ Value
  Function Decomposition](https://arxiv.org/pdf/cs/9905014.pdf)`` names a second paper with its full title and
  arXiv link: its own entry (line 116, arXiv cs/9905014).
- 186 keeps the file's hyphenation typo ``per-spective``.
- 205 has an empty link ``()``; still an entry (no id).
- The first papers' bodies mention techniques and other works only by author and year: not entries.

Decisions:
- Entry = every ``## [title](url)`` heading (one line, the heading line only, so ids in the notes are not taken),
  plus the "Also related" paper at 116.  Title = the link text, without ``(Chapter 4)``.
- Cross-reference bullets and in-text author-year mentions are not entries (no title).
- arXiv ids come from the arxiv.org links by the helper (1802.04181, 1901.11530, 2002.05518, 1606.05312,
  1708.00102, cs/9905014); no DOI is written.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "melfm__coolpapers__papers__phd_comp_exam__README@60fc4f7.md"
PART = "wild60_development"

HEADING = re.compile(r"^## \[(?P<title>[^\]]+)\]\((?P<url>[^)]*)\)\s*$")
ALSO = re.compile(r"Also related \[(?P<title>[^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = HEADING.match(ln)
        if m:
            title = re.sub(r"\s+\(Chapter 4\)$", "", m.group("title").strip())
            papers.append(entry(lines, n, n, title))
            continue
        m = ALSO.search(ln)
        if m:
            papers.append(entry(lines, n, n, m.group("title").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 17, len(papers)
    assert sorted(by) == [6, 54, 77, 93, 101, 115, 116, 118, 141, 186, 196, 198, 200, 202, 205, 208, 210], sorted(by)
    assert by[6]["title"] == "Input Generalization in Delayed Reinforcement Learning", by[6]
    assert by[77]["title"] == "Reinforcement Learning with Selective Perception and Hidden State", by[77]
    assert by[93]["title"] == "Chattering in SARSA(lambda)", by[93]
    assert by[115]["title"] == "MAXQ-Q learning" and by[115]["arxiv"] is None, by[115]
    assert by[116]["title"] == "Hierarchical Reinforcement Learning with the MAXQ Value Function Decomposition"
    assert by[116]["arxiv"] == "cs/9905014", by[116]
    assert by[141]["arxiv"] == "1802.04181", by[141]
    assert by[186]["title"] == "A geometric per-spective on optimal representations for reinforcement learning"
    assert by[205]["title"] == ("A neurally plausible model learns successor representations in partially"
                                " observable environments"), by[205]
    assert by[210]["arxiv"] == "1708.00102", by[210]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '## [title](url)' heading is one entry (its heading line only); title = the link text,"
        " without the reader's '(Chapter 4)' pointer (77); 'MAXQ-Q learning' (115) is taken as written.  The"
        " 'Also related [Hierarchical Reinforcement Learning with the MAXQ Value Function Decomposition](arXiv)'"
        " line 116 is its own entry.  Author-year cross references in the notes name no title and are not"
        " entries.",
        checked="Read the whole file; compared the -v output with the 16 paper headings and line 116, checked the"
        " empty link at 205, the typo at 186, the (Chapter 4) label, and that every cross-reference bullet and"
        " author-year mention lacks a title; arXiv ids from the arxiv.org links.",
    )


if __name__ == "__main__":
    main()
