"""Wild40 truth for mosser/sec-labs Corpus.md: "Bibliography Corpus for SEC 2018", the paper pool of a
software-engineering / programming-languages seminar (Université Côte d'Azur), papers picked from PLDI,
OOPSLA, SAS, CGO, ICSE, MODELS, ASE, SLE and GPCE proceedings.

Shape: a presentation-instructions section (a bullet list of what to present, lines 9-13, not papers), then
"### Chosen Papers:" (lines 19-29): ``- *Title* (Student)`` bullets; then ``## Venue`` / ``### Year Edition``
sections whose bullets are DBLP-style ``- Authors: _Title_. pages.``.  Quirks: author lists wrapped over
several lines, sometimes unindented (47-48, 49-50, 57-58) or with the italic title itself wrapped (37-40,
59-60, 65-66); line 66 writes ``_ The Tensor Algebra Compiler_`` (a space after the opening underscore, so
it renders literally); line 110 has a tab after the dash; line 151 wraps the whole item in ``*...*``; the
CGO 2018 item (83-84) gives the bare title first and the authors with affiliations on an unindented next
line; "### 2017" of CGO holds only ``TODO`` (90); the SLE 2016 item at 197 runs on (lazy continuation,
198-199) into a second paper written without italics: ``Ahmad Salim Al-Sibahi, ...:`` /
``Symbolic execution of high-level transformations. 207-220``.  Several chosen papers recur in the venue
sections (e.g. Taming Undefined Behavior in LLVM, 29 and 50).

Decisions:
- Every bullet of "Chosen Papers" and of the venue sections is an entry; span = the bullet line through its
  last continuation line (non-blank lines up to the next bullet, heading or blank line).  The instruction
  bullets (9-13) and TODO are not entries.  Repeated papers are separate entries.
- The 197-199 item names two papers: two entries on the same lines, titles "Side effects take the blame" and
  "Symbolic execution of high-level transformations".
- Title: the italic text (``*...*`` in Chosen Papers, ``_..._`` elsewhere, joined across line breaks), a final
  '.' dropped (common tidy step); line 66: "The Tensor Algebra Compiler" without the stray underscores;
  line 83: the bare title line; typos and odd spacing kept ("Find?A Study", 19).
- No links or ids anywhere in the file.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "mosser__sec-labs__Corpus@86698de.md"
PART = "wild40_development"

ITEM = re.compile(r"^\s*-[ \t]+(\S.*)$")


def items(lines: list[str]) -> list[tuple[int, int, str]]:
    """(first, last, joined text) of every bullet from "### Chosen Papers:" on (1-based lines)."""
    out = []
    start = next(i for i, ln in enumerate(lines) if ln.startswith("### Chosen Papers")) + 1
    k = start
    while k < len(lines):
        m = ITEM.match(lines[k])
        if not m:
            k += 1
            continue
        first = last = k + 1
        text = [m.group(1)]
        j = k + 1
        while j < len(lines) and lines[j].strip() and not ITEM.match(lines[j]) and not lines[j].startswith("#"):
            text.append(lines[j].strip())
            last = j + 1
            j += 1
        out.append((first, last, " ".join(text)))
        k = j
    return out


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last, text in items(lines):
        if first == 83:  # CGO 2018: bare title line, authors on the next line
            assert last == 84
            papers.append(entry(lines, first, last, text.split(" Sebastian Buchwald")[0]))
            continue
        if first == 197:  # two papers in one item
            assert last == 199 and text.endswith("Symbolic execution of high-level transformations. 207-220")
            papers.append(entry(lines, first, last, "Side effects take the blame"))
            papers.append(entry(lines, first, last, "Symbolic execution of high-level transformations"))
            continue
        if first < 33:  # Chosen Papers: *Title* (Student)
            m = re.fullmatch(r"\*(.+?)\* \([^)]+\)", text)
            assert m, first
            papers.append(entry(lines, first, last, m.group(1)))
            continue
        if first == 65:
            assert "_ The Tensor Algebra Compiler_" in text
            papers.append(entry(lines, first, last, "The Tensor Algebra Compiler"))
            continue
        spans = re.findall(r"(?<![\w])_(\S.*?\S)_(?![\w])", text)
        assert len(spans) == 1, (first, spans)
        papers.append(entry(lines, first, last, spans[0]))
    assert len(papers) == 101, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each bullet of 'Chosen Papers' (*Title* (Student)) and of the venue/year sections (Authors: _Title_."
        " pages., wrapped lines joined) is an entry spanning its bullet and continuation lines; title = the"
        " italic text; the CGO item's bare title line, the stray-underscore Tensor Algebra Compiler title, and"
        " the 197-199 item holding two papers (two entries) handled by line.",
        "Whole file read (215 lines) against the -v output: all 11 chosen papers and all 90 venue entries,"
        " including the wrapped author/title items (37-40, 47-50, 57-60, 65-66), the tab bullet (110), the"
        " all-italic ASE item (151), the CGO bare-title item (83-84), the TODO section (90, none), the"
        " two-paper SLE item (197-199), the '?'-final titles (112, 160, 188) and the dot-inside-italics title"
        " (168); the instruction bullets 9-13 are not entries; no ids in the file.",
    )


if __name__ == "__main__":
    main()
