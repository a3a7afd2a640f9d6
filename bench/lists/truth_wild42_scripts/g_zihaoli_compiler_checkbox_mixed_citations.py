"""Wild42 truth for zihaoli-cn/compiler-paper-reading selected_paper.md: the paper list of a student compiler /
programming-languages reading group (Chinese university, list written in English), grouped by topic, with who
presents which paper.

Shape: ``###`` topic headings ("Compiler Core", "Compiler Specialization" followed directly by "Overview", "Data
Flow Analysis and Optimizations", ..., "Programming Languages"), ``-----``/``----`` rules between the three parts,
and under each heading GitHub task-list items ``- [ ] citation`` / ``- [x] citation`` (checked = presented), one
line each, some with indented sub-bullets ("  - presented by `Name`", "  - will be presented by `Name`", a
"[PPT Directory Link](...)", "[slides](...)", "[Slides](...)", "[paper](...pdf)" link to the PDF in the repo, or a
note pointing to the Dragon book / "Engineering a Compiler", 21 and 25).  No blank line between an item's
sub-bullets and the next heading at 63-64 and 118-119.  The citations are copied from several sources, in four
styles:
- quoted (ACM/course-syllabus style): ``Authors. "Title," Venue, ...`` with the comma inside the closing quote
  (3, 6-7, 9, 13-15, 20, 23-24, 29, 32, 34, 39, 43, 45, 51, 57-58, 65-66), or the comma outside it
  (8, 16, 59, 84-86; 16 has a space after the opening quote, 20 no space after the closing one); 14 separates
  authors and title with "," instead of "."; 38 never closes its quote ("A Loop Transformation Theory and an
  Algorithm to Maximize Parallelism, IEEE Transactions ...").
- APA from Google Scholar: ``Surname, I., & Surname, I. (Year[, Month]). Title. Venue ...`` (46, 52, 60, 69, 74-75,
  80-81, 121, 124-128).
- plain ``Authors. Title. VENUE Year.`` (89, 92, 95-96, 103), with the venue after a comma (99 "..., OOPSLA 1989."),
  or run into the title with no separator (106 "Formal Verification of a Realistic Compiler CACM in 2009."),
  or a bare year (116 "... Fast Implementation of DGEMM on Fermi GPU. 2011").
- venue first: ``PLDI '13. Halide: a language and compiler ... pipelines.`` (109); Vancouver ``Chen T, ...,
  Guestrin C. TVM: ... deep learning. In13th {USENIX} ...`` (113).
No arXiv ids or DOIs; the only links are to slides/PDFs inside the repository and to a course page (54).

Decisions:
- Entries: every task-list item (52), each a scholarly work (conference/journal papers, the Superblock chapter of
  the edited volume "Instruction-Level Parallelism" 66).  Span: the item's line through its indented sub-bullets
  (presenter, slide/paper links, notes).  The Dragon book and "Engineering a Compiler" mentioned in the notes of
  20 and 24 are books in a note, not entries.
- Title: the quoted text (a final comma inside the quotes dropped; for 38 the text up to the comma before the
  venue); for APA the sentence after "(Year...)."; for the plain and venue-first styles the sentence after the
  authors/venue (written out per line below, each asserted to occur in its line).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "zihaoli-cn__compiler-paper-reading__selected_paper@633220a.md"
PART = "wild42_development"

ITEM = re.compile(r"^- \[[ x]\] (.+)$")
QUOTED = re.compile(r'"\s*([^"]+?),?\s*"')
APA = re.compile(r"\(\d{4}(?:, [A-Z][a-z]+)?\)\. (.+?)\. ")
PLAIN = {
    38: "A Loop Transformation Theory and an Algorithm to Maximize Parallelism",
    89: "A Type and Effect System for Deterministic Parallel Java",
    92: "Superoptimizer: A Look at the Smallest Program",
    95: "A Unified Theory of Garbage Collection",
    96: "Fast Conservative Garbage Collection",
    99: "An Efficient Implementation of SELF, a Dynamically-Typed Object-Oriented Language Based on Prototypes",
    103: "Chlorophyll: Synthesis-Aided Compiler for Low-Power Spatial Architectures",
    106: "Formal Verification of a Realistic Compiler",
    109: "Halide: a language and compiler for optimizing parallelism, locality, and recomputation in image"
         " processing pipelines",
    113: "TVM: An automated end-to-end optimizing compiler for deep learning",
    116: "Fast Implementation of DGEMM on Fermi GPU",
}


def main() -> None:
    lines = read_lines(NAME)
    papers, styles = [], {"quoted": 0, "apa": 0, "plain": 0}
    n = 1
    while n <= len(lines):
        m = ITEM.match(lines[n - 1])
        if not m:
            assert not lines[n - 1].startswith("- "), (n, lines[n - 1])
            n += 1
            continue
        text = m.group(1)
        last = n
        while last < len(lines) and lines[last].startswith("  - "):
            last += 1
        if n in PLAIN:
            title = PLAIN[n]
            assert title in text, (n, title)
            styles["plain"] += 1
        elif (q := QUOTED.search(text)) is not None:
            title = q.group(1)
            styles["quoted"] += 1
        else:
            a = APA.search(text)
            assert a, (n, text)
            title = a.group(1)
            styles["apa"] += 1
        papers.append(entry(lines, n, last, title))
        n = last + 1
    assert styles == {"quoted": 27, "apa": 14, "plain": 11}, styles
    assert len(papers) == 52, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- [ ]'/'- [x]' task-list item (52) is an entry spanning its line and its indented presenter/slide/"
        "paper-link sub-bullets; title = the quoted title (final comma dropped), the APA title after '(Year).', or"
        " for plain/venue-first/Vancouver citations the title sentence written per line; books named in notes are"
        " not entries; no ids in the file.",
        "Whole file (128 lines) read and every item compared with the -v output: spans through sub-bullets"
        " (3-5, 16-17, 20-22, 24-26, 29-31, 52-54, 60-63, 69-71, 75-77, 116-118, 121-123), items directly followed"
        " by a heading (60-63/64, 116-118/119); quoted titles with the comma inside (3) and outside (8, 16 with"
        " leading space, 59, 84-86) the quotes, the unclosed quote of 38, the ','-separated authors of 14; the 14"
        " APA titles incl. '(2007, June)' dates (46, 52, 74, 75, 128) and 'λ-calculus' (127); plain/venue-first"
        " lines 89-116 one by one; the Dragon book / Engineering a Compiler notes (21, 25) not counted.",
    )


if __name__ == "__main__":
    main()
