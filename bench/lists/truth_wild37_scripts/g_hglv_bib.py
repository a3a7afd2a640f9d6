"""Wild37 truth for lovettchris/hglv bib.md: the bibliography of a Markdown port of "The Hitchhiker's Guide to
Logical Verification" (interactive theorem proving with Lean), 34 numbered references copied from the book's
PDF.

Shape: ``# Bibliography``, then one ``### n`` heading per reference (n = 1..34) followed by the reference as
plain text in a LNCS-like style ``Initials Surname, ... . Title. Venue/editors, pages. Publisher, year. URL.``,
hard-wrapped over 1-7 lines as the PDF had it, some lines starting with a space (8, 12, 16, 144).  Special
cases: heading 47 carries the start of the reference itself (``### 10 K. Gopinathan and I. Sergey. Certifying
...``); URLs are broken across lines (56-57, 79-81, 87-90, 122-123, 161-162); the file ends without a newline in
the middle of the last URL (``...specification.pd``).

Decisions:
- An entry is a reference whose subject is one scholarly work: articles, conference papers, an MSc thesis (6),
  a survey chapter in an edited handbook (14, "History of interactive theorem proving").  Its span is the
  ``### n`` heading line through the reference's last text line.
- Not entries: books and textbooks (2 Programming in Lean, 5, 17 The TeXbook, 22, 26, 27, 28, 30), the two Lean
  software manuals (1 Theorem Proving in Lean: Release 3.20.0, 3 The Lean Reference Manual), and course notes
  (31 Logical Verification: Course Notes).
- Title: the title sentence as written, joined over its line break with one space; "(short paper)" in 4 is kept
  (it is printed inside the title); the final '.' dropped.  The titles are listed by reference number below
  (the author lists end in initials, so no regex separates authors from titles reliably); each is asserted to
  occur in its entry's text.
- Ids from the entry's lines (arXiv PDF and abs URLs, ``abs/1501.02155``, Springer ``content/pdf/10.1007/...``
  and ACM ``doi/pdf/10.1145/...`` URLs).  Reference 32's Springer URL is wrapped inside its DOI
  (``10.1023/A:`` / ``1008669628911.pdf``); the DOI is set to the rejoined ``10.1023/a:1008669628911``, the
  same reading as every other wrapped URL of the file (the wrap is a PDF line break, not a separator).
  Reference 23's URL ends ``..._23.pdf.`` (sentence dot after .pdf); its DOI is set without the ``.pdf`` tail.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "lovettchris__hglv__bib@339f0b1.md"
PART = "wild37_development"

TITLES = {
    4: "A Lean tactic for normalising ring expressions with exponents (short paper)",
    6: "The type theory of Lean",
    7: "A metaprogramming framework for formal verification",
    8: "Formal proof—the Four-Color Theorem",
    9: "A machine-checked proof of the Odd Order Theorem",
    10: "Certifying certainty and uncertainty in approximate membership query structures",
    11: "CertiKOS: An extensible architecture for building certified concurrent OS kernels",
    12: "A formal proof of the Kepler conjecture",
    13: "Formal verification at Intel",
    14: "History of interactive theorem proving",
    15: "The principal type-scheme of an object in combinatory logic",
    16: "seL4: Formal verification of an operating-system kernel",
    18: "CakeML: A verified implementation of ML",
    19: "A formally verified compiler back-end",
    20: "A formal proof of Hensel’s lemma over the p-adic integers",
    21: "A novice-friendly induction tactic for Lean",
    23: "Verifying a compiler for Java threads",
    24: "The Lean mathematical library",
    25: "A theory of type polymorphism in programming",
    29: "Epigrams on programming",
    32: "A mechanically checked proof of correctness of the AMD K5 floating point square root microcode",
    33: "Congruence closure in intensional type theory",
    34: "Mechanising and verifying the WebAssembly specification",
}
NOT_PAPERS = {1, 2, 3, 5, 17, 22, 26, 27, 28, 30, 31}  # books, Lean manuals, course notes
DOI_FIX = {
    23: "10.1007/978-3-642-11957-6_23",  # URL ends ".pdf." : the .pdf tail is not part of the DOI
    32: "10.1023/a:1008669628911",  # DOI wrapped over two lines inside the Springer URL
}
HEADING = re.compile(r"^### (\d+)\b")


def main() -> None:
    lines = read_lines(NAME)
    heads = [(n, int(m.group(1))) for n, ln in enumerate(lines, 1) if (m := HEADING.match(ln))]
    assert [k for _, k in heads] == list(range(1, 35))
    papers = []
    for i, (first, k) in enumerate(heads):
        stop = heads[i + 1][0] - 1 if i + 1 < len(heads) else len(lines)
        last = max(n for n in range(first, stop + 1) if lines[n - 1].strip())
        if k in NOT_PAPERS:
            continue
        text = " ".join(ln.strip() for ln in lines[first - 1 : last])
        assert TITLES[k] + "." in text, k
        p = entry(lines, first, last, TITLES[k])
        if k in DOI_FIX:
            p["doi"] = DOI_FIX[k]
        papers.append(p)
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '### n' reference whose subject is a paper, thesis or handbook survey chapter is an entry (heading"
        " line through its last text line); books, the two Lean manuals and course notes are not; title = the"
        " title sentence as written, rejoined over line breaks; ids from the entry's lines, reference 32's DOI"
        " rejoined across its line wrap.",
        "All 34 references read in full and classified (paper / book / manual / notes); every entry's span, title"
        " and ids compared with the -v output, including the heading that carries text (47), the wrapped URLs"
        " (56-57, 79-81, 87-90, 122-123, 161-162), the arXiv abs/pdf ids (12, 19, 20, 21, 24, 33), the Springer"
        " and ACM URL DOIs (23, 29, 32) and the truncated last line.",
    )


if __name__ == "__main__":
    main()
