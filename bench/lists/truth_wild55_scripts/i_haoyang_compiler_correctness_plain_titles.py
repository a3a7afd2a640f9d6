"""Wild55 truth for haoyang9804/Papers4CompilerCorrectness README-OLD.md: "An Ever-growing Paper List for Compiler
Correctness" (compiler fuzzing, translation validation, verified compilers), the older and richer layout that the
repository keeps next to its README.md; newest commit touching the file (e653f2a).

Shape: 262 lines.  Intro (1-14) with a three-item ``+ [Section](#anchor)`` table of contents (5-7, not entries) and a
prose link to a survey (``[this paper](https://dl.acm.org/doi/abs/10.1145/3363562)`` 9, not an entry).  Headings
down to five levels (``## Compiler Fuzzing`` 16, ``### Program Construction for Fuzzing`` 23, ``#### Generation-based``
25, ``##### Generation Optimization`` 40, ...), a ``---`` rule (153), then ``## Target Compiler of`` (154) with one
``###`` per language, and ``## Bug Survey`` (255).  Every entry is a ``+ `` bullet holding a plain-text title (no
links at all) followed by the venue and two-digit year in brackets: ``+ Swarm Testing [ISSTA '12]``,
``[Software—Practice & Experience '07]``, ``[Master’s thesis, Karlsruhe Institute of Technology '18]``.

Special cases:
- 56-57: one entry wrapped over two lines (``...Mutation of CPS`` / ``  Models for Finding Compiler Bugs in Simulink
  [ICSE '20]``); the title joins both parts with a space.
- The second half (``Target Compiler of`` and ``Bug Survey``) files the same papers again by target language, so most
  papers appear two or three times; each occurrence is an entry (same title, other line).
- Titles keep their own capitalisation, parentheses and punctuation (``Fuzzing the Rust Typechecker Using CLP (T)``,
  ``Will you still compile me tomorrow? static cross-version compiler validation``, ``JEST: N+1-Version ...``).
- Titles are kept as written even where a repeat differs: ``Theory of SoundOptimisations`` (165, no space) vs
  ``Theory of Sound Optimisations`` (31, 96).
- No ids: the file has no links in entries, so arXiv and DOI are null throughout.

Decisions: entry = every ``+ `` bullet after the intro (line > 14); title = the bullet text without the final
`` [Venue 'YY]`` bracket; span = the bullet line (plus its continuation line at 57).
"""
import re

from _wild55 import entry, read_lines, write_truth

NAME = "haoyang9804__Papers4CompilerCorrectness__README-OLD@e653f2a.md"
PART = "wild55_development"

ITEM = re.compile(r"^\+ (?P<title>.+?) \[(?P<venue>[^\[\]]*'\d\d)\]\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n <= 14 or not ln.startswith("+ "):
            continue
        text, last = ln, n
        if not ITEM.match(text):  # wrapped bullet: join its indented continuation
            assert lines[n].startswith("  "), (n, ln, lines[n])
            text, last = ln + " " + lines[n].strip(), n + 1
        m = ITEM.match(text)
        assert m, (n, text)
        papers.append(entry(lines, n, last, m.group("title")))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 170, len(papers)
    assert by[20]["title"] == "Compiler Fuzzing: How Much Does It Matter?", by[20]
    assert (by[56]["title"], by[56]["end"]) == (
        "SLEMI: Equivalence Modulo Input (EMI) Based Mutation of CPS Models for Finding Compiler Bugs in Simulink",
        57), by[56]
    assert by[158]["title"] == "Practical Testing of a C99 Compiler Using Output Comparison", by[158]
    assert by[253]["title"] == by[95]["title"] == "Will you still compile me tomorrow? static cross-version compiler validation"
    assert by[165]["title"].endswith("Theory of SoundOptimisations in the C11/C++11 Memory Model"), by[165]
    assert by[257]["title"] == "Toward understanding compiler bugs in GCC and LLVM", by[257]
    titles = [p["title"] for p in papers]
    assert "Fuzzing the Rust Typechecker Using CLP (T)" in titles
    assert len(set(titles)) < len(titles)  # repeats across the 'Target Compiler of' part
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '+ Title [Venue 'YY]' bullet after the intro is an entry (the intro's '+ [Section](#anchor)' table of"
        " contents and the prose survey link are not); papers filed again under 'Target Compiler of' and 'Bug"
        " Survey' count once per occurrence.  Title = the bullet text without the final venue bracket; the wrapped"
        " bullet 56-57 is joined.",
        "Checked that every bullet after line 14 matches 'title [venue 'YY]' (only 56 wraps), read the -v output"
        " against the file section by section (headings to five levels, the Target-Compiler repeats, Bug Survey at"
        " the end), and titles with parentheses, question marks and plus signs; no ids in the file.",
    )


if __name__ == "__main__":
    main()
