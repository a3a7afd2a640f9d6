"""Wild50 truth for SynchronVM/SynchronVM papers/README.md: the related-work reading list of a small research VM for
functional reactive programming on microcontrollers (garbage collection, regions, real-time GC, reference counting),
newest commit (c518889, 2022-01-02).

Shape: 61 lines, Markdown bullets of ``[Title](url)`` links under ``### RELATED WORK`` (1) and ``### RELATED WORK 2``
(47), with ``####`` sub-headings (Memory Management(Static) 8, Real-Time GC 20, Stack vs Heap for closures 39, Real Time
and Functional Languages 42).  Bullets start at column 0 (``- [``), one space (`` - `` 33, 36), two spaces
(``  - [`` 15-17, under a category bullet) or three (``   - [`` 34-35, under the other category bullet).
Several papers carry a prose note as an indented sub-bullet and continuation lines (27-32 under 26; 50-53 under
49; 56-58 under 55), the note of 26 with an indented blank line (31) and a paragraph (32).

Special cases:
- Category bullets that name no paper: ``- Static Analysis`` (14) and `` - IBM's Metronome Collector`` (33); not
  entries.  Under the latter, ``[The canonical paper](...)`` (34) and ``[Popular presentation](...) - The broad
  idea ...`` (35) are two papers whose link text is a label, not a title: entries with title None.
- Link texts that are labels with a gloss: ``Pypy - Generating VM for dynamic languages`` (3) and ``Pycket - A JIT
  compiled VM for Racket written using Pypy`` (4) are how the list names those papers: kept whole.
  ``ZINC - The ML abstract machine by Xavier Leroy`` (5): the author is dropped -> ``ZINC - The ML abstract machine``.
  ``Actor Systems for Realtime computations - Henry Baker's 1978 PhD Thesis`` (44): a thesis (an entry), the trailing
  description dropped.  ``Counting Immutable Bean. RC for purely functional languages`` (60): the gloss after the
  period is dropped -> ``Counting Immutable Bean``.
- ``RTMLTon`` (23): the link names the paper only by its system name (the start of its real title); kept as written.
- Typos and odd spacing kept: ``Stack vs. Heap Costfor Languages`` (40), ``Dynamic storage allocation : A survey``
  (54), ``real‐time`` with U+2010 (43).
- ``Practical Principle of Least Privilege for Secure Embedded Systems`` (61) is off-topic but a paper: an entry.

Decisions:
- Entry = every bullet whose first thing is a Markdown link (29); it spans its own line plus its indented note lines
  (26-32, 49-53, 55-58).  Title = the link text, trimmed as above.
- Not entries: headings, the two category bullets, note sub-bullets.
"""
import re

from _wild50 import entry, read_lines, write_truth

NAME = "SynchronVM__SynchronVM__papers__README@c518889.md"
PART = "wild50_development"

LINK = re.compile(r"^ {0,3}- \[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)(?P<rest>.*)$")
CATEGORY = {14: "- Static Analysis", 33: " - IBM's Metronome Collector"}
NOTES = {26: 32, 49: 53, 55: 58}
LABELS = {34: "The canonical paper", 35: "Popular presentation"}
TRIM = {
    5: ("ZINC - The ML abstract machine by Xavier Leroy", "ZINC - The ML abstract machine"),
    44: (
        "Actor Systems for Realtime computations - Henry Baker's 1978 PhD Thesis",
        "Actor Systems for Realtime computations",
    ),
    60: ("Counting Immutable Bean. RC for purely functional languages", "Counting Immutable Bean"),
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "### RELATED WORK"
    for n, text in CATEGORY.items():
        assert lines[n - 1] == text, (n, lines[n - 1])
    papers = []
    for n, ln in enumerate(lines, 1):
        m = LINK.match(ln)
        if not m:
            continue
        text = m.group("text")
        last = NOTES.get(n, n)
        if n in LABELS:
            assert text == LABELS[n], (n, text)
            title = None
        elif n in TRIM:
            assert text == TRIM[n][0], (n, text)
            title = TRIM[n][1]
        else:
            title = text
        papers.append(entry(lines, n, last, title))
    # every indented line inside a note span is prose, not a link bullet
    for first, last in NOTES.items():
        for k in range(first + 1, last + 1):
            assert not LINK.match(lines[k - 1]), (k, lines[k - 1])
    t = {p["line"]: p for p in papers}
    assert [p["line"] for p in papers] == [3, 4, 5, 6, 10, 11, 12, 13, 15, 16, 17, 21, 22, 23, 24, 25, 26, 34, 35,
                                           36, 40, 43, 44, 49, 54, 55, 59, 60, 61], [p["line"] for p in papers]
    assert (t[26]["end"], t[49]["end"], t[55]["end"]) == (32, 53, 58)
    assert t[5]["title"] == "ZINC - The ML abstract machine", t[5]
    assert t[23]["title"] == "RTMLTon", t[23]
    assert (t[34]["title"], t[35]["title"]) == (None, None), (t[34], t[35])
    assert t[40]["title"] == "An Empirical and Analytic Study of Stack vs. Heap Costfor Languages with Closures", t[40]
    assert t[60]["arxiv"] == "1908.05647", t[60]
    assert t[10]["doi"] == "10.1145/301589.286882", t[10]
    assert len(papers) == 29, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bullet (at any indent of 0-3 spaces) that starts with a Markdown link is an entry (29), spanning its"
        " indented note lines (26-32, 49-53, 55-58); title = the link text, with the author 'by Xavier Leroy' (5), the"
        " thesis gloss (44) and the '. RC for ...' gloss (60) dropped; the two label links 'The canonical paper' (34)"
        " and 'Popular presentation' (35) under the 'IBM's Metronome Collector' category have title None; the"
        " category bullets 'Static Analysis' (14) and 'IBM's Metronome Collector' (33) and headings are not entries.",
        "Read all 61 lines; compared -v for all 29 entries: the four indents (0-3 spaces), the note spans, the"
        " nickname-only RTMLTon (23) kept, the labels 34/35 as None, typos kept ('Costfor' 40, ' : ' 54, U+2010 43);"
        " ids: arXiv 1908.05647 (60), DOIs from dl.acm.org /doi/ and /doi/abs/ links, Springer /content/pdf/ and"
        " /chapter/ links (15, 23, 54) and the Wiley /doi/full/ link (43) as the helper reads them.",
    )


if __name__ == "__main__":
    main()
