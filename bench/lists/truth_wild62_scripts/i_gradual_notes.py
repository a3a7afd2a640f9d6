"""Wild62 truth for Javran/adding-gradual-types notes/INIT.md at b597b7b (the newest commit touching it; the commit
moved the file into notes/): a student's plain-text reading notes for a survey on gradual typing (programming
languages): papers written as ``- First author, Title`` without links, venues or years, mixed with notes, plans and
topics.

Shape: 81 lines.  ``# list of Papers`` (1): ``- Jeremy G. Siek, Gradual Typing for Functional Languages`` bullets
separated by blank lines (3-17), a remark ``(not sure about the following few)`` (19), more bullets (21-27; 23 is an
indented note belonging to 21).  ``# related?`` (29): 31 and 35 with indented notes (33, 37); 35 has no comma after
the author (``- Brianna M.Ren The Ruby Type Checker``).  ``# Bibliography`` (39): a link to the gradual-typing-bib
repository (41, not a paper) and title-only bullets (43-59) with a nested sub-bullet (53) and a plan (61).
``# Other type systems`` (63): topics (65-73).  ``# Misc`` (75): 77-81.

Special cases:
- Parenthetical remarks after titles are notes, not title: ``(TS*)`` (7, the system's name), ``("code in typed
  modules can’t go wrong")`` (11), ``(in JP)`` (55), ``(original work)`` (57), ``. (?)`` (59).
- 9 is written ``The design and implementation of Typed Scheme: From Scripts to Programs`` (the subtitle belongs to
  another paper); the title is kept as written.
- Papers recur: Gradual Typing for Functional Languages (3, 57), Gradual Typing for Objects (25, 59), The Ruby Type
  Checker (35, 49): each is an entry.
- Not entries: 41 (link to a bibliography repository), 53 ``Liquid Haskell (Logically Qualified Data Types)`` (a
  tool note under 51), 61 (plan), 65-73 (type-system topics and an idea), 77 ``Gradual typing is morally incorrect
  slides`` (slides), 81 (a question).  79 ``Sound Gradual Typing is Nominally Alive and Well`` is a paper: entry.

Decisions: entry = each paper bullet; its span includes its indented note or sub-bullet (21-23, 31-33, 35-37,
51-53).  Title = the text after ``Author, `` (35: after ``Brianna M.Ren ``), or the whole bullet under
``# Bibliography`` and ``# Misc``, without the parenthetical remarks; written by hand per line and checked against
the line.  No ids in the file.
"""
from _wild62 import entry, read_lines, write_truth

NAME = "Javran__adding-gradual-types__notes__INIT@b597b7b.md"
PART = "wild62_held_out"

# first line, last line, title
ENTRIES = [
    (3, 3, "Gradual Typing for Functional Languages"),
    (5, 5, "Safe & Efficient Gradual Typing for TypeScript"),
    (7, 7, "Gradual Typing Embedded Securely in JavaScript"),
    (9, 9, "The design and implementation of Typed Scheme: From Scripts to Programs"),
    (11, 11, "Interlanguage Migration: From Scripts to Programs"),
    (13, 13, "Design and evaluation of gradual typing for Python"),
    (15, 15, "Adding dynamic types to C#"),
    (17, 17, "Gradual Typing for smalltalk"),
    (21, 23, "Integrating Typed and Untyped Code in a Scripting Language"),
    (25, 25, "Gradual Typing for Objects"),
    (26, 26, "Gradual Typestate"),
    (27, 27, "Gradual Typing for First-Class Classes"),
    (31, 33, "Space-Efficient Gradual Typing"),
    (35, 37, "The Ruby Type Checker"),
    (43, 43, "Advanced Macrology and the Implementation of Typed Scheme"),
    (45, 45, "Combining Static and Dynamic Typing in Ruby"),
    (47, 47, "Towards Gradual Typing in Jython"),
    (49, 49, "The Ruby Type Checker"),
    (51, 53, "Gradual Liquid Type Inference"),
    (55, 55, "Gradual typing for Featherweight Java"),
    (57, 57, "Gradual typing for functional languages"),
    (59, 59, "Gradual typing for objects"),
    (79, 79, "Sound Gradual Typing is Nominally Alive and Well"),
]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last, title in ENTRIES:
        assert lines[first - 1].startswith("- "), first
        assert title in lines[first - 1], (first, title)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 23, len(papers)
    bullets = {n for n, ln in enumerate(lines, 1) if ln.lstrip().startswith("- ")}
    assert bullets - {p["line"] for p in papers} == {53, 61, 65, 66, 67, 68, 70, 72, 77, 81}
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Entry = each bullet naming a paper: '- Author, Title' under '# list of Papers' and '# related?', title"
        " only under '# Bibliography' and '# Misc'; span includes the item's indented note or sub-bullet.  Title ="
        " the paper title as written, without the author and without parenthetical remarks ((TS*), (in JP),"
        " (original work), '. (?)', the quoted slogan on 11).  Not entries: the link to a bibliography repo, the"
        " 'Liquid Haskell' sub-note, the plan, type-system topics, the 'slides' item and the closing question.  Titles"
        " are listed by hand per line (the file is free text) and each is asserted to occur on its line.",
        checked="Read all 81 lines; compared the -v output with every bullet: author/title split (including 35"
        " without a comma), removed parentheticals, repeated papers (3/57, 25/59, 35/49), and the ten non-paper"
        " bullets.",
    )


if __name__ == "__main__":
    main()
