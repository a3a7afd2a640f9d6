"""Wild42 truth for sdiehl/typechecker-zoo docs/src/appendices/bibliography.md: the "External References"
appendix of a book-like project that implements type checkers (Algorithm W, System F, dependent types, row
polymorphism, effects, call-by-push-value, pattern matching, refinement types), a software project's bibliography of
programming-language papers and books.

Shape: "# External References" (1), then ten "## " sections (Books 3, Algorithm W 10, System F and System Fω 15,
Dependent Types 26, Row Polymorphism 31, Algebraic Effects and Handlers 36, Call-by-Push-Value 42, Pattern Matching
47, Refinement Types 52), each a "- " list of one-line references without links or markup, in two citation styles:
- APA, "Odersky, M., Sulzmann, M., & Wehr, M. (1999). Type inference with constrained types. Theory and ...";
  one with a month in the year ("Müller, M. (1998, August). Notes on HM (X).", 18);
- author-first plain, "Jana Dunfield and Neelakantan R. Krishnaswami. Complete and Easy Bidirectional
  Typechecking for Higher-rank Polymorphism. ICFP 2013." (names with initials: "Mark P. Jones.",
  "Bruno C. d. S. Oliveira", "Patrick M. Rondon"); venue abbreviations and year at the end.
One reference gives a URL as text (28).  Titles keep the source's capitalisation (sentence case in the APA ones).

Decisions:
- Entries: the 22 references to papers, book chapters and notes.  Kept: journal and conference papers, workshop
  papers (17, 34, 50), Pottier and Rémy's "The Essence of ML Type Inference" (13) and Rémy's "Type Inference for
  Records in a Natural Extension of ML" (33), chapters of edited collections (scholarly works of their own, not
  the books), and Müller's technical note "Notes on HM (X)" (18).  Not entries: the four textbooks under "## Books"
  (5-8: Pierce's TAPL and ATTAPL, Harper's PFPL, the GC handbook), Levy's monograph "Call-By-Push-Value: A
  Functional/Imperative Synthesis" (45, a Springer book), and Chris Bailey's "Type Checking in Lean 4" (28), an
  online guide (web book), not a paper.
- Span: the reference's single line.
- Title: for APA references the text after "(Year[, Month]). " up to the next ". "; for the others the text after
  the author list (which ends at the first ". " not closing a one-letter initial) up to the next ". ".
- Ids: none (no DOI, arXiv id or link in any kept reference).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "sdiehl__typechecker-zoo__docs__src__appendices__bibliography@e5b929f.md"
PART = "wild42_development"

APA = re.compile(r"^- [^()]+ \(\d{4}(?:, [A-Z][a-z]+)?\)\. (.+?)\.(?: |$)")
NOT_PAPERS = {5: "Types and programming", 6: "Advanced topics", 7: "Practical foundations", 8: "garbage collection",
              28: "Type Checking in Lean 4", 45: "Functional/Imperative Synthesis"}
SECTIONS = {3, 10, 15, 26, 31, 36, 42, 47, 52}


def plain_title(text: str) -> str:
    """The title of an author-first reference: after the author list, up to the next '. '."""
    pos = 0
    while True:
        dot = text.index(". ", pos)
        prev = text[:dot].split(" ")[-1]
        if len(prev) == 1:  # an initial ("Mark P. Jones", "Bruno C. d. S. Oliveira")
            pos = dot + 2
            continue
        rest = text[dot + 2:]
        return re.match(r"(.+?)\.(?: |$)", rest).group(1)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = set()
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("- "):
            assert n == 1 or not ln.strip() or (n in SECTIONS and ln.startswith("## ")), (n, ln)
            continue
        if n in NOT_PAPERS:
            assert NOT_PAPERS[n] in ln, (n, ln)
            skipped.add(n)
            continue
        m = APA.match(ln)
        title = m.group(1) if m else plain_title(ln[2:])
        papers.append(entry(lines, n, n, title))
    assert skipped == set(NOT_PAPERS), skipped
    assert len(papers) == 22, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each one-line '- ' reference to a paper, book chapter or note is one entry (22); the textbooks under"
        " '## Books' (5-8), Levy's monograph (45) and an online guide (28) are not; title = the text after"
        " '(Year). ' in APA references, else the text after the author list, up to the next '. '; no ids.",
        "Script asserts every non-blank line is the title, one of the nine section headings or a '- ' reference and"
        " that the six left-out lines are the ones named; all 28 references read and classified by hand; -v output"
        " compared by eye with the file for all 22 titles (the APA ones 18-20 incl. the month-year 18, the"
        " initial-bearing author lists 17, 21, 23, 29, 55, 56, the chapter references 13 and 33, the first and last"
        " reference of every section).",
    )


if __name__ == "__main__":
    main()
