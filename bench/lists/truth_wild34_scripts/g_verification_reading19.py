"""Wild34 truth for nguyenthanhvuh/class-verification docs/previous/reading19.md: the Spring 2019 reading
list of a graduate Software Verification course (model checking, static analysis, symbolic execution,
invariant generation, repair/synthesis, debugging).

Shape: ``## Topic N`` sections of ``1. `` items, almost all struck through (``~~...~~``, readings
already done), in "Authors, [Title](url). Venue Year." or link-less "Authors, Title. Venue Year" form;
some items carry ``**OPTIONAL**`` (lines 20, 41) or ``**Note**: Just read the slides.`` (39, 40) or a
chapter range (``*Chapter 1*``, "Chapters 3 and 4"); topic 9 is not struck through and ends with an
``Optional:`` paragraph whose two items (77-78) are still a list.  Each item is one line.

Entries (20): items naming a scholarly work, including the same survey listed once per chapter range
(Jhala & Majumdar "Software Model Checking" on lines 17, 18, 24, 25; Gulwani et al. "Program Synthesis" on
50, 51 - repeated records are separate entries) and the two items whose link goes to slides of the paper
(39 Daikon, 40 SymInfer).  Not entries: Griswold's "How to Read an Engineering Research Paper" web page
(8), blog posts (9, 27, 53), Wikipedia articles and a lecture (60-63), the Hoare-logic note (12), slides and
tutorial notes (45, 65), tool lines, and the "Additional Resources" lecture notes (86-89).

Titles: the link text when the title is linked, else the title field of the citation, written here by
hand per line; line 77 "Why?." keeps the "?".  No DOI or arXiv id in the file.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "nguyenthanhvuh__class-verification__docs__previous__reading19@7861c96.md"
PART = "wild34_development"

TITLES = {
    10: "Axiomatic Basis for Computer Programming",
    17: "Software Model Checking",
    18: "Software Model Checking",
    20: "Model Checking Programs",
    24: "Software Model Checking",
    25: "Software Model Checking",
    26: "Automatic predicate abstraction of C programs",
    32: "A Survey of Symbolic Execution Techniques",
    39: "Daikon: Dynamically Discovering Likely Program Invariants",
    40: "SymInfer: Inferring Program Invariants using Symbolic States",
    41: "Learning invariants using decision trees and implication counterexamples",
    48: "Automatically finding patches using genetic programming",
    49: "Connecting Program Synthesis and Reachability: Automatic Program Repair using Test-Input Generation",
    50: "Program Synthesis",
    51: "Program Synthesis",
    69: "Type Systems",
    73: "Visualization of test information to assist fault localization",
    74: "A Few Billion Lines of Code Later: Using Static Analysis to Find Bugs in the Real World",
    77: "Yesterday, My Program Worked. Today, It Does Not. Why?",
    78: "Compiler Validation via Equivalence Modulo Inputs",
}
NOT_ENTRIES = {8, 9, 27, 60, 61, 62, 63, 86, 87, 88, 89}  # list items that are not scholarly works


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    items = [i + 1 for i, ln in enumerate(lines) if re.match(r"(1\.|-) ", ln)]
    assert sorted(set(TITLES) | NOT_ENTRIES) == items, items
    for n in sorted(TITLES):
        title = TITLES[n]
        plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", lines[n - 1])
        assert title in plain, (n, title)
        papers.append(entry(lines, n, n, title))
    assert len(papers) == 20, len(papers)
    write_truth(NAME, PART, papers,
                "Each numbered item (struck through or not, optional or not) naming a paper or survey is one "
                "entry, one per chapter-range repeat; web essays, blogs, Wikipedia, slides and lecture notes are "
                "skipped; the title is the link text or the citation's title field.",
                "All 31 list items and the loose lines read by eye; every entry decision and all 20 titles checked.")


if __name__ == "__main__":
    main()
