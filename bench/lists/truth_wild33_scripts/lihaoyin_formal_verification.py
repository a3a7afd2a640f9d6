"""Wild33 truth for LihaoYin/Formal-Verification-Reference README.md: a hand-kept formal-verification reference list.

Shape: numbered items in many forms, not one template: ``N. Title, Venue Year, [paper](url)``;
``N. Author, Title, Year, [paper](url)`` (lines 89, 90, 94, 109: the title follows the author);
``N. **Nickname**, Authors, Title, Year, [paper](url)`` with fullwidth commas (line 83) or wrapped over
three lines (lines 84-86); ``N. [Title](url)`` (lines 35, 102); roman-numeral sub-items closed by
``<br />`` (lines 61-78, 171); trailing parenthetical notes after the link (lines 96-98, 119) are not part
of the title.  Entries with no title (a link named by a nickname or a label): "[Princeton Report]"
(line 62, a technical report), "[survey paper]" (64), "[FuzzGPT]" (65) -> title None.
Not entries: the table of contents; the Handbook of Model Checking (line 34, a book); lecture notes and
slides (36, 37, 61, 93, 101); paper collections, courses, workshops, research groups, conferences and
competitions (sections 1.1, 1.2, 4.1 items 168-170, 5-7); scenario headings without a paper (59, 60, 63,
66, 68, 69, 73); and section 3 "Tools": tool records (lines 123-141) and the two tool tables (147-164),
whose subject is a tool even where a "[paper]" link points at the tool's paper.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "LihaoYin__Formal-Verification-Reference__README@8735d44.md"
PART = "wild33_development"

# (first line, last line, title as written or None)
RECORDS = [
    (35, 35, "Formal verification in hardware design: a survey"),
    (38, 38, "A Survey of Practical Formal Methods for Security"),
    (62, 62, None),
    (64, 64, None),
    (65, 65, None),
    (67, 67, "QFuzz: Quantitative Fuzzing for Side Channels"),
    (70, 70, "A State-of-the-Art Survey on Formal Verification of the Internet of Things Applications"),
    (71, 71, "Towards formal verification of IoT protocols: A Review"),
    (72, 72, "A Survey on Formal Verification and Validation Techniques for Internet of Things"),
    (74, 74, "DocTer: Documentation-Guided Fuzzing for Testing Deep Learning API Functions"),
    (75, 75, "Fuzzing Deep-Learning Libraries via Automated Relational API Inference"),
    (76, 76, "Incremental Bounded Model Checking of Artificial Neural Networks in CUDA"),
    (77, 77, "Free Lunch for Testing: Fuzzing Deep-Learning Libraries from Open Source"),
    (78, 78, "Muffin: Testing Deep Learning Libraries via Neural Architecture Fuzzing"),
    (83, 83, "Bounded Model Checking"),
    (84, 86, "Checking Safety Properties Using Induction and a SAT-Solver"),
    (89, 89, "Interpolation and SAT-based model checking"),
    (90, 90, "Interpolants and Symbolic Model Checking"),
    (94, 94, "SAT-Based Model Checking without Unrolling"),
    (95, 95, "Efficient Implementation of Property Directed Reachability"),
    (96, 96, "Infinite-state Invariant Checking with IC3 and Predicate Abstraction"),
    (97, 97, "Model Checking of Verilog RTL Using IC3 with Syntaxguided Abstraction"),
    (98, 98, "Syntax-Guided Synthesis for Lemma Generation in Hardware Model Checking"),
    (102, 102, "Fuzzing: a survey"),
    (103, 103, "Survey of Software Fuzzing Techniques"),
    (104, 104, "BMC+Fuzz: Efficient and Effective Test Generation"),
    (105, 105, "A Review of Fuzzing Tools and Methods"),
    (108, 108, "Efficient Abstraction and Refinement for Word-level Model Checking"),
    (109, 109, "Enhancing PDR/IC3 with Localization Abstraction"),
    (112, 112, "MachSMT: A Machine Learning-based Algorithm Selector for SMT Solvers"),
    (113, 113, "Code2Inv: A Deep Learning Framework for Program Verification"),
    (114, 114, "A Data-Driven CHC Solver"),
    (115, 115, "ICE: A Robust Framework for Learning Invariants"),
    (118, 118, "Counterexample Guided Abstraction Refinement Via Program Execution"),
    (119, 119, "Counterexample-guided prophecy for model checking modulo the theory of arrays"),
    (171, 171, "A review of formal methods applied to machine learning"),
    (174, 174, "Large Language Models are Zero-Shot Fuzzers: Fuzzing Deep-Learning Libraries via Large Language Models"),
    (175, 175, "Large Language Models are Few-shot Testers: Exploring LLM-based General Bug Reproduction"),
]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last, title in RECORDS:
        text = " ".join(ln.strip() for ln in lines[first - 1 : last])
        assert "http" in text, first  # every entry carries its own link
        if title is not None:
            assert title in text, (first, title)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 38, len(papers)
    write_truth(NAME, PART, papers,
                "Hand-listed spans of the numbered/roman items whose subject is one paper, survey, report or thesis; "
                "title as written (after the author where the author comes first, without trailing notes), None for "
                "links named only by a label or nickname; tools, tool tables, book, slides, courses and collections excluded.",
                "Every line of the file read by eye; all 38 entries and every excluded record (book, slides, tools, tables, "
                "collections, conferences) checked against the file.")


if __name__ == "__main__":
    main()
