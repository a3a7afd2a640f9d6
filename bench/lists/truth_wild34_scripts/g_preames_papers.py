"""Wild34 truth for preames/technical-links PAPERS.md: a compiler/VM engineer's personal list of papers
(JIT compilers, garbage collection, concurrency, PL design).

Shape: ``## Topic`` sections (a dashed ``---`` underline under the last heading, line 125) of ``* ``
bullets, one reference per bullet, mostly in ACM's "Authors. Year. Title. In Proceedings of ... DOI=..."
reference format; later bullets switch to ResearchGate's "Surname, First & Surname, First. (Year). Title.
Venue." format (lines 80, 84, 90, 106, 116, 127), a few are truncated ACM references without venue
details (lines 78, 82, 86, 88, 92, 94, 98), one is a technical report with a parenthetical remark
(line 120), and one author list lost its first letter ("utler W. Lampson", line 98).  Many bullets carry
an indented comment paragraph one blank line below them (lines 34, 38, 42, 46, 66, 72, 76, 96, 100, 104,
108, 114, 118, 122); the comment belongs to the entry (span = bullet line .. last comment line).  Line 2
(intro) and line 16 / 24 (section prose) are not entries.

Entries: all 41 bullets, each one scholarly work (the Alzheimer's paper under "Non Computer Science",
line 127, is still a journal article).  Titles are given by hand per bullet line, as written, without
the separator dot; line 40 writes "Design.." (title + stray dot) and line 106 "quality?." (the "?"
is kept); line 127 lost the beta of "Amyloid-beta" in the source ("Amyloid- peptide"), kept as written.

Ids: DOIs as written (``DOI: http://dx.doi.org/...``, ``DOI=http://...``, bare ``10.1145/...`` in the
ResearchGate bullets, ``10.1016/0020-0190(87)90175-X`` with parentheses, line 70).  Line 12 gives only a
``dl.acm.org/citation.cfm?id=`` URL (no DOI).  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "preames__technical-links__PAPERS@be1e8b2.md"
PART = "wild34_development"

TITLES = {
    6: "Speculation without regret: reducing deoptimization meta-data in the Graal compiler",
    8: "One VM to rule them all",
    10: "An intermediate representation for speculative optimizations in a dynamic compiler",
    12: "An optimization-driven incremental inline substitution algorithm for just-in-time compilers",
    18: "Free-Me: a static analysis for automatic individual object reclamation",
    20: "Compile-time deallocation of individual objects",
    26: "The pauseless GC algorithm",
    28: "C4: the continuously concurrent compacting collector",
    32: "The Collie: a wait-free compacting collector",
    36: "Hardware atomicity for reliable software speculation",
    40: "Hints on Programming Language Design",
    44: "Hazard Pointers: Safe Memory Reclamation for Lock-Free Objects",
    48: "High-level views on low-level representations",
    50: "Beyond Stack Smashing: Recent Advances in Exploiting Buffer Overruns",
    52: "What would other programmers do: suggesting solutions to error messages",
    54: "The design and implementation of a log-structured file system",
    56: "KLEE: unassisted and automatic generation of high-coverage tests for complex systems programs",
    58: "Socio-PLT: principles for programming language adoption",
    60: "Embedded contract languages",
    62: "An effective GPU implementation of breadth-first search",
    64: "SharC: checking data sharing strategies for multithreaded c",
    68: "A decade of software model checking with SLAM",
    70: "Garbage collection can be faster than stack allocation",
    74: "Asserting and checking determinism for multithreaded programs",
    78: 'Melange: creating a "functional" internet',
    80: "Precise Garbage Collection for C",
    82: "Language and compiler support for auto-tuning variable-accuracy algorithms",
    84: "Tracing Garbage Collection on Highly Parallel Platforms",
    86: "Equality saturation: a new approach to optimization",
    88: "EigenCFA: accelerating flow analysis with GPUs",
    90: "Evaluating the Design of the R Language",
    92: "Dependent types for low-level programming",
    94: "Why cryptosystems fail",
    98: "Experience with processes and monitors in Mesa",
    102: "NDSeq: runtime checking for nondeterministic sequential specifications of parallel correctness",
    106: "Does distributed development affect software quality?",
    110: "Decoupling algorithms from schedules for easy optimization of image processing pipelines",
    112: "Memory safety without runtime checks or garbage collection",
    116: "Towards Better Inlining Decisions Using Inlining Trials",
    120: "The Moxie JVM Experience",
    127: "Amyloid- peptide protects against microbial infection in mouse and worm models of Alzheimers disease",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = [i + 1 for i, ln in enumerate(lines) if ln.startswith("* ")]
    assert bullets == sorted(TITLES), bullets
    for k, first in enumerate(bullets):
        stop = bullets[k + 1] if k + 1 < len(bullets) else len(lines) + 1
        last = first
        for j in range(first + 1, stop):
            ln = lines[j - 1]
            if ln.startswith(("#", "---")):
                break
            if ln.strip():
                assert ln.startswith("  "), (j, ln)  # an indented comment paragraph
                last = j
        title = TITLES[first]
        assert title in re.sub(r"\s+", " ", lines[first - 1]), (first, title)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 41, len(papers)
    write_truth(NAME, PART, papers,
                "Each '* ' bullet (one reference, ACM or ResearchGate style, with its indented comment paragraph) "
                "is one entry; its title is the reference's title field as written, given by hand per line.",
                "Every bullet and comment span read by eye against the file; all 41 titles and all DOIs "
                "(including the parenthesised Elsevier DOI on line 70 and the bare ones on lines 106/116) checked.")


if __name__ == "__main__":
    main()
