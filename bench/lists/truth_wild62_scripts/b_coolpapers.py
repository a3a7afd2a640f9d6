"""Wild62 truth for mihail911/CoolPapers README.md at e401343 (2015-05-02): an NLP student's "List of cool academic
papers I've read with summaries" -- one heading per paper, most followed by his bullet-point notes.

Shape: 107 lines.  ``# CoolPapers`` and a one-line description (1-2); then paper headings written as a broken link
``# [<title>] (<url>)`` -- a space between ``]`` and ``(`` so Markdown renders no link -- (4-12 with no notes, 14, 25),
later without the space after the hash ``#[<title>] (<url>)`` (35, 40, 59, 67, 77, 89, 99), one heading indented two
spaces inside the previous notes (49 ``  #[ An Extended Model of Natural Logic] (...)``), each followed by bullet
notes (``* *Summary*``, ``* *Future Work*`` ...).

Special cases:
- The URL part is empty for three papers: ``( )`` (14) and ``()`` (25, 35).
- Two titles start with a space inside the bracket (40, 49): stripped.
- 49 is indented, so it is not a heading in CommonMark, but it is the same kind of paper line: an entry.
- 10 keeps the author's typo ``From Frequence to Meaning`` (the paper is "From Frequency to Meaning").
- 59's URL is a long Springer download link with a token; 89's URL holds the DOI ``10.1146/annurev-linguist-...``;
  40 links arXiv ``1406.1827v3``.
- The notes mention no other papers by title.

Decisions:
- Entry = each line starting (after optional spaces) with ``#`` and a ``[...]`` title: 15 entries; span = that line
  through the last non-blank line before the next entry (the notes).
- Title = the text between the brackets, stripped, as written.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "mihail911__CoolPapers__README@e401343.md"
PART = "wild62_held_out"

HEAD = re.compile(r"^ *# ?\[([^\]]+)\]")


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, ln in enumerate(lines, 1) if HEAD.match(ln)]
    papers = []
    for i, first in enumerate(heads):
        last = heads[i + 1] - 1 if i + 1 < len(heads) else len(lines)
        while not lines[last - 1].strip():
            last -= 1
        title = HEAD.match(lines[first - 1]).group(1).strip()
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 15, len(papers)
    on = {p["line"]: p for p in papers}
    assert sorted(on) == [4, 6, 8, 10, 12, 14, 25, 35, 40, 49, 59, 67, 77, 89, 99], sorted(on)
    assert on[4]["title"] == "A Few Useful Things to Know About Machine Learning", on[4]
    assert on[10]["title"] == "From Frequence to Meaning: Vector Space Models of Semantics", on[10]
    assert on[14]["end"] == 23 and on[4]["end"] == 4, (on[14], on[4])
    assert on[40]["title"] == "Recursive Neural Networks Can Learn Logical Semantics", on[40]
    assert on[40]["arxiv"] == "1406.1827", on[40]
    assert on[49]["title"] == "An Extended Model of Natural Logic", on[49]
    assert on[59]["title"] == "The PASCAL Recognising Textual Entailment Challenge", on[59]
    assert on[89]["doi"] == "10.1146/annurev-linguist-030514-125312", on[89]
    assert on[99]["title"] == "Semantic Parsing on Freebase from Question-Answer Pairs", on[99]
    assert 1 not in on
    write_truth(
        NAME,
        PART,
        papers,
        method="Personal list of papers read: each paper is a heading written as a broken link '# [title] (url)' or"
        " '#[title] (url)' (one indented two spaces, 49; three with empty URLs), followed by bullet notes.  Entry ="
        " each such line, spanning its notes up to the next one (15 entries); title = the bracketed text, stripped,"
        " typos kept ('From Frequence to Meaning').",
        checked="Read the whole file; compared the -v output with all 15 paper lines: the '# [' and '#[' variants,"
        " the indented line 49, the empty-URL headings 14/25/35, the stripped leading spaces on 40/49, the arXiv id on"
        " 40 and the DOI in the Annual Reviews URL on 89.",
    )


if __name__ == "__main__":
    main()
