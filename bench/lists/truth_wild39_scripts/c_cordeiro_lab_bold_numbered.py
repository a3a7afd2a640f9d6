"""Wild39 truth for CordeiroLab/CordeiroLab.github.io content/publications.md: the publications page of a
structural-biology lab (T. N. Cordeiro, ITQB NOVA: intrinsically disordered proteins, SAXS, NMR), a
hand-written Hugo page.

Shape: a blockquote with a Google Scholar link (1-2), then ``## 2026`` ... ``## 2019`` headings over
records numbered ``**39.**`` down to ``**15.**``; a blockquote note "Before ITQB NOVA, Publications arising
from Post Doctoral, PhD, MSc & BSc work" (97-99) and ``## 2005-2018`` over a second sequence ``**14.**`` ..
``**1.**``.  Each record is one line ``**N.** Authors (YEAR) **Title.** *Journal*, vol, pages.
[link](https://doi.org/...)``; eight are followed directly (no blank line) by a centred ``<p align="center">
<a href=doi><img thumbnail></a></p>`` block (5 lines).  Special cases: the author list written in two
styles ("Gomes T, Ruiz L" / "Gomes,T., Ruiz,L."); a title without the closing period (5); a title whose last
words are italic inside the bold (``**... from *E. coli.***``, 63); stray old numbers after the bold number
(``**5.** 32. Renault``, 128; ``**1.** 36. García``, 136); a whitespace-only line (112); the journal-cover
thumbnail of record 7 (117-122) followed, after a blank line, by a ``>**On The Cover:** ...`` caption
blockquote (124); a Faculty Opinions icon ``<img>`` before the link (126); a space inside ``[link]( https``
(128); the eLife version DOI ``10.7554/eLife.110712.1`` (14).

Decisions:
- Every ``**N.**`` record is one entry (25 + 14 = 39), including two book chapters (103, 107) and the PED
  database papers (43, 65).  The Google Scholar line and the "Before ITQB NOVA" note are not entries.
- Span: the record line through the thumbnail block that follows it without a blank line; the "On The
  Cover" caption (124) describes record 7's cover art, so record 7 spans 117-124.
- Title: the bold run after ``(YEAR)``, markup removed, the final '.' dropped ('E. coli.' -> 'E. coli').
- Ids: the first DOI in the span (the ``[link]`` / thumbnail doi.org links), as written, eLife's ``.1``
  version suffix included; no arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "CordeiroLab__CordeiroLab.github.io__content__publications@e0844c0.md"
PART = "wild39_development"

NUM = re.compile(r"^\*\*(\d+)\.\*\* ")
TITLE = re.compile(r"\((?:19|20)\d\d\)\s*\*\*(.+?)\*\*(?!\*)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for i, ln in enumerate(lines, 1):
        m = NUM.match(ln)
        if not m:
            continue
        numbers.append(int(m.group(1)))
        last = i
        while last < len(lines) and lines[last].strip():
            last += 1
        if i == 117:  # the "On The Cover" caption of record 7's cover thumbnail, after a blank line
            assert lines[123].startswith(">**On The Cover:**") and not lines[122].strip(), lines[123]
            last = 124
        t = TITLE.search(ln)
        assert t, i
        papers.append(entry(lines, i, last, t.group(1)))
    assert numbers == [*range(39, 14, -1), *range(14, 0, -1)], numbers
    spans = {p["line"]: p["end"] for p in papers}
    assert spans[7] == 12 and spans[19] == 24 and spans[117] == 124 and spans[111] == 111 and spans[5] == 5, spans
    t = {p["line"]: p["title"] for p in papers}
    assert t[5] == "The perineurium integrates leptin with its sympathetic outflow to protect against obesity", t[5]
    assert t[63] == "Conjuring up a ghost: structural and functional characterization of FhuF, a ferric siderophore " \
        "reductase from E. coli", t[63]
    assert t[128] == "Protein oligomers studied by solid-state NMR--the case of the full-length nucleoid-associated " \
        "protein histone-like nucleoid structuring protein", t[128]
    assert t[115] == "Structure of p15(PAF)-PCNA complex and implications for clamp sliding during DNA replication and " \
        "repair", t[115]
    d = {p["line"]: p["doi"] for p in papers}
    assert d[14] == "10.7554/elife.110712.1" and d[128] == "10.1111/febs.12297" and d[126] == "10.1016/j.bpj.2013.12.046", d
    assert d[103] == "10.1007/978-3-319-28388-3_52" and d[5] == "10.1038/s42255-026-01555-3", d
    assert all(d.values()) and all(p["arxiv"] is None for p in papers)
    assert len(papers) == 39, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '**N.**' record (39..15 under 2026-2019, 14..1 under 2005-2018) is one entry, spanning its line and "
        "the thumbnail <p> block right after it (record 7 also its 'On The Cover' caption); title = the bold run "
        "after '(YEAR)', markup removed, final '.' dropped; ids = the first DOI in the span.",
        "All 138 lines read; the numbering 39..15 / 14..1 checked complete; every title compared with the -v "
        "output (the unpunctuated 5, the italic E. coli inside bold 63, the stray '32.' / '36.' numbers 128 and "
        "136, the chapters 103 and 107); spans of the eight thumbnail records, record 7 with its cover caption "
        "(117-124); every DOI (the spaced '[link]( https' 128, the icon before the link 126, eLife's .1).",
    )


if __name__ == "__main__":
    main()
