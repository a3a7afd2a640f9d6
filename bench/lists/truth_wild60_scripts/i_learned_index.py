"""Wild60 truth for gravesprite/Learned-Index-Archive README.md at c1185d2: a small database-systems reading list of
learned index structures (learned Bloom filters, one- and multi-dimensional learned indexes, spatial indexes,
secondary indexes), each paper given as a loose "nickname, title, [Paper], venue" line.

Shape: 46 lines.  ``## Primary Index`` (5) / ``### One-Dimensional`` (7) / ``### Multi-Dimensional`` (25) /
``## Secondary Index`` (40) / ``### Multi-Dimensional`` (42).  Three entry shapes:
- Nickname lines ending in ``<br>`` (9-14, 27-32, 43-44):
  ``<Nickname>, <Title or [Title](notes.pptx)>, \\[[Paper](/Papers/<file>.pdf)\\], <Venue>. <br>``;
  the separator before ``\\[[Paper]`` is ``, `` or ``. ``; the nickname may hold escaped parentheses
  (``Hermit Structure \\(TRS-Tree\\)``, 43).
- Link lines (16, 21): ``[<Title>](<doi or arXiv url>).  <Venue>`` followed by a ``>`` blockquote abstract.
- ``####`` headings (34, 37): ``#### RSMI, Effectively Learning Spatial Indices  \\[[Paper](...)\\], VLDB20.`` and
  ``#### [The Case for Learned Spatial Indexes](https://arxiv.org/abs/2008.10349), preprint ...``, each followed by
  a ``>`` blockquote abstract.

Special cases:
- 10-11: one entry wrapped over two lines (``Adaptive Learned Bloom Filter (Ada-BF):`` / ``Efficient Utilization of
  the Classifier, \\[[Paper]...``); ``(Ada-BF)`` belongs to the paper's own title and is kept.
- Several titles are link labels written like file names with underscores
  (``[The_Case_for_Learned_Index_Structures](...)`` 9, ``The_ML-Index_A_Multidimensional_Learned_Index`` 27,
  ``Flood: Learning_Multi-dimensional_Indexes`` 28, ``Lifting_the_Curse_of_...`` 30): the title is kept exactly as
  written, underscores included.
- 12 writes ``A Model for Learned Bloom Filters, and Optimizing by Sandwiching`` (comma inside the title), 29
  ``SkewedWorkloads`` (missing space): kept as written.
- 13 ``Partitioned Learned Bloom Filters(PLBF), Partitioned Learned Bloom Filters.`` and 14
  ``RadixSpline(RS), RadixSpline: ...``: the nickname is the text before the first ``, ``.
- 18 ``> Pure for String Key`` is a note inside the 16 blockquote.
- Only 16 carries a DOI (dl.acm.org/doi/abs/10.1145/3409963.3410496) and only 21 and 37 an arXiv id.

Decisions:
- Entry = each nickname line (two lines for 10-11), each link line and each ``####`` heading: 17 papers.  The span
  of a link/heading entry includes its blockquote abstract (16-18, 21-22, 34-35, 37-38).
- Title = for nickname lines the text between the first ``, `` and the ``, \\[[Paper]`` / ``. \\[[Paper]``
  separator, with a ``[label](url)`` reduced to its label; for link lines and the 37 heading the link label; for
  the 34 heading the text between ``RSMI, `` and ``\\[[Paper]``.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "gravesprite__Learned-Index-Archive__README@c1185d2.md"
PART = "wild60_development"

PAPER_SEP = re.compile(r"[,.]?\s*\\\[\[Paper\]")
LINK = re.compile(r"^\[([^\]]+)\]\(")


def unlink(text: str) -> str:
    m = LINK.match(text)
    return m.group(1) if m else text


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = 1
    while n <= len(lines):
        ln = lines[n - 1]
        last = n
        while last < len(lines) and lines[last].startswith(">"):
            last += 1
        if ln.startswith(("[", "#### [")):
            title = LINK.match(ln.removeprefix("#### ")).group(1)
            papers.append(entry(lines, n, last, title))
        elif ln.startswith("#### "):
            head = ln.removeprefix("#### ")
            title = PAPER_SEP.split(head.split(", ", 1)[1])[0].strip()
            papers.append(entry(lines, n, last, title))
        elif "\\[[Paper]" in ln or (ln.endswith(":") and "\\[[Paper]" in lines[n]):
            text, first = ln, n
            if "\\[[Paper]" not in ln:
                n += 1
                text = ln + " " + lines[n - 1]
            title = unlink(PAPER_SEP.split(text.split(", ", 1)[1])[0].strip())
            papers.append(entry(lines, first, n, title))
        n = max(n, last) + 1
    by = {p["line"]: p for p in papers}
    assert len(papers) == 17, len(papers)
    assert sorted(by) == [9, 10, 12, 13, 14, 16, 21, 27, 28, 29, 30, 31, 32, 34, 37, 43, 44], sorted(by)
    assert by[9]["title"] == "The_Case_for_Learned_Index_Structures", by[9]
    assert by[10]["title"] == "Adaptive Learned Bloom Filter (Ada-BF): Efficient Utilization of the Classifier"
    assert by[10]["end"] == 11 and by[16]["end"] == 18 and by[37]["end"] == 38, (by[10], by[16], by[37])
    assert by[12]["title"] == "A Model for Learned Bloom Filters, and Optimizing by Sandwiching", by[12]
    assert by[13]["title"] == "Partitioned Learned Bloom Filters", by[13]
    assert by[14]["title"] == "RadixSpline: A Single-Pass Learned Index", by[14]
    assert by[16]["title"] == "SIndex A Scalable Learned Index for String Keys", by[16]
    assert by[16]["doi"] == "10.1145/3409963.3410496", by[16]
    assert by[21]["arxiv"] == "2101.00808", by[21]
    assert by[28]["title"] == "Flood: Learning_Multi-dimensional_Indexes", by[28]
    assert by[34]["title"] == "Effectively Learning Spatial Indices", by[34]
    assert by[37]["title"] == "The Case for Learned Spatial Indexes" and by[37]["arxiv"] == "2008.10349"
    assert by[43]["title"] == "Designing Succinct Secondary Indexing Mechanism by Exploiting Column Correlations"
    assert by[44]["title"] == "HERMIT in Action: Succinct Secondary Indexing Mechanism via Correlation Exploration"
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries are the 'Nickname, Title, \\[[Paper](pdf)\\], Venue. <br>' lines (10-11 wrapped over two"
        " lines), the '[Title](url). Venue' lines and the two '####' paper headings: 17 papers; the span of a"
        " link/heading entry includes its '>' abstract.  Title = the text after the nickname's first ', ' up to"
        " the [Paper] separator (a [label](url) reduced to its label), or the link label; underscore-joined"
        " labels (9, 27, 28, 30), 'SkewedWorkloads' and the comma in 12 are kept exactly as written.",
        checked="Read all 46 lines; compared the 17 titles of the -v output with the file: nickname stripping"
        " (13 'Partitioned Learned Bloom Filters(PLBF)', 43 escaped parentheses), the wrapped 10-11 entry, link"
        " labels, both heading shapes, and the DOI (16) and arXiv ids (21, 37).",
    )


if __name__ == "__main__":
    main()
