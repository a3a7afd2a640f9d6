"""Wild23 truth for arnabiswas/paper-compilation syllabus/foundation-of-cognition-goodman-2015.md: the
reading list of a cognitive-science graduate course (Foundations of Cognition, Stanford, 2015), copied
into a personal paper-collection repository.

Shape: a 'Course Information' block (lines 1-10: title, instructor, year, source URL), '# Reference
List', then nine '##' topic headings, each followed by plain-text APA-like references, one per line,
mostly with a blank line between (lines 39-40 are two references in one paragraph; the references under
'Heuristics and biases' and 'Bayesian models' follow their heading with no blank line).  No links,
DOIs or arXiv ids.  Forms: 'Author, A. (Year).  Title.  Journal, vol(n), pages.' (double spaces
often), 'Author (Year). Title. Journal.' with no volume, chapters 'Title. In Editor (Ed), Book.
Publisher.', an 'Optional:' prefix (line 27), a reference with no year (line 72).
Title = the text after '(Year). ' up to the sentence's closing '.' ('?' kept: line 70), written out in
TITLES per line because a '. ' inside a title cannot be told from the separator by rule ('A Review of
B. F. Skinner's Verbal Behavior', line 25).  Dropped from titles: the chapter number 'Chapter 1: ' (line
23, numbering) and the page range '(pp. 3-44)' (line 37).
Entries: journal articles, book chapters (lines 23 Marr's chapter 1 of Vision, 37, 39, 40, 78), and the
Stanford Encyclopedia of Philosophy article 'Consciousness' (line 72).  Not entries: line 27, the book
'Syntactic structures' (marked Optional), and line 80, Aaronson's 'Why I Am Not An Integrated
Information Theorist (or, The Unconscious Expander)', a post on his blog Shtetl-Optimized (the file
gives no venue; decided from the work itself); the course-information lines and headings.
Count check: 26 reference lines (every non-blank line after line 12 not starting '#') = 24 entries +
1 book + 1 blog post.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "arnabiswas__paper-compilation__syllabus__foundation-of-cognition-goodman-2015@360022c.md"
PART = "wild23_development"
NOT_ENTRIES = {27: "book", 80: "blog post"}
TITLES = {
    16: "Computer simulation of human thinking",
    18: "The magical number seven, plus or minus two: some limits on our capacity for processing information",
    23: "The philosophy & the approach",
    25: "A Review of B. F. Skinner's Verbal Behavior",
    31: "Decision processes in perception",
    33: "A theory of memory retrieval",
    37: "The appeal of parallel distributed processing",
    39: "Toward an Interactive Model of Reading",
    40: "Interactive processing through spreading activation",
    44: "Family resemblances: Studies in the internal structure of categories",
    46: "Context theory of classification learning",
    49: "Judgment under uncertainty: Heuristics and biases",
    51: "The framing of decisions and the psychology of choice",
    53: "The role of causality in judgment under uncertainty",
    56: "How to grow a mind: structure, statistics, and abstraction",
    58: "Predicting pragmatic reasoning in language games",
    60: "Simulation as an engine of physical scene understanding",
    64: "Integrating probabilistic models of perception and interactive neural networks: a historical and"
        " tutorial review",
    66: "Rational use of cognitive resources: Levels of analysis between the computational and the algorithmic",
    70: "What is it like to be a bat?",
    72: "Consciousness",
    74: "Computational correlates of consciousness",
    76: "Empirical support for higher-order theories of conscious awareness",
    78: "Comparing the Major Theories of Consciousness",
}


def main() -> None:
    lines = read_lines(NAME)
    refs = [i for i, t in enumerate(lines, 1) if i > 12 and t.strip() and not t.startswith("#")]
    assert len(refs) == 26, refs
    assert set(refs) == set(TITLES) | set(NOT_ENTRIES), sorted(set(refs) ^ (set(TITLES) | set(NOT_ENTRIES)))
    papers = []
    for i in refs:
        if i in NOT_ENTRIES:
            continue
        title = TITLES[i]
        assert title in " ".join(lines[i - 1].split()), i
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 24, len(papers)
    write_truth(NAME, PART, papers,
                "each plain-text reference line under the topic headings is an entry (articles, book chapters,"
                " an encyclopedia article) with the title after '(Year). ' up to its closing '.', chapter number"
                " and page range dropped; a book and a blog post are not entries",
                "every one of the 26 reference lines read by eye and its title written out and checked against"
                " the line (whitespace collapsed); the two-reference paragraph (lines 39-40), the yearless"
                " reference (72), the initials inside the title on line 25 and the '?' title on line 70")


if __name__ == "__main__":
    main()
