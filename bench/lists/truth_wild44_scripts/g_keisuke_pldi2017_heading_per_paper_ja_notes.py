"""Wild44 truth for keisuke-umezawa/pldi2017 README.md: one attendee's notes from PLDI 2017 (programming
languages, compilers, program analysis), one heading per talk/paper of the conference programme, grouped by
session.

Shape: ``# pldi2017`` and a bullet with the conference URL (1-2); then ``## Session`` headings (Learning and
Probabilistic, Compiler Optimizations, ..., Systems and Performance) each followed by ``### Paper Title``
headings (48).  Under most paper headings are one to three ``[short slide](.../image/IMG_nnnn.JPG)`` lines
(photos of the slides in the repository), sometimes a blank line and ``-`` bullets with Japanese notes or
``- TODO`` (18-19, 25, 30, 35, 59, 154, 175-176, 181-182); several headings have nothing under them (5, 7, 9,
160, 189, 192-198).  There are no paper links, authors, venues or ids: the title in the heading is the only
thing naming the paper.  Special cases: award markers appended to five titles in parentheses, written
differently each time (``( ＊＊ Distigwish ＊＊ )`` 38, ``( **Best Artifact** )`` 55, ``(＊＊ Distigwish ＊＊)``
79/157, ``(＊＊Distigwish＊＊)`` 171, full-width asterisks); a heading missing its first letters (178
``ming Undefined Behavior in LLVM``, i.e. "Taming ..."); a subtitle written in parentheses instead of after a
colon (189 ``Flatten and Conquer (A Framework for Efficient Analysis of String Constraints)``); the title at 150
is lower-cased by the author (``... rely-guarantee and refinement type``).

Decisions:
- Entries: every ``### `` heading (48), each one PLDI 2017 research paper; the entry spans the heading through
  the last non-blank line before the next heading (its slide links and note bullets), or the heading alone.
  ``#``/``##`` headings (title, sessions) and the conference-URL bullet are not entries.
- Title: the heading text with the parenthesised award marker removed (the marker is a badge, not part of the
  title); everything else as written, including the truncated ``ming Undefined Behavior in LLVM`` (the
  title must be the file's text) and the parenthesised subtitle at 189 (it is the paper's subtitle, kept).
- Ids: none is written (the only URLs are the conference site and slide photos); asserted.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "keisuke-umezawa__pldi2017__README@58fb204.md"
PART = "wild44_development"

PAPER = re.compile(r"^### (?P<t>.+?)\s*$")
AWARD = re.compile(r"\s*\(\s*(?:＊＊\s*Distigwish\s*＊＊|\*\*Best Artifact\*\*)\s*\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    heads = [n for n, ln in enumerate(lines, 1) if ln.startswith("#")]
    papers = []
    awards = 0
    for i, n in enumerate(heads):
        m = PAPER.match(lines[n - 1])
        if not m:
            assert re.match(r"^#{1,2} ", lines[n - 1]), (n, lines[n - 1])
            continue
        nxt = heads[i + 1] if i + 1 < len(heads) else len(lines) + 1
        last = n
        for k in range(n + 1, nxt):
            if lines[k - 1].strip():
                last = k
        title = m.group("t")
        t2 = AWARD.sub("", title)
        if t2 != title:
            awards += 1
        assert "＊" not in t2 and "*" not in t2, (n, t2)
        papers.append(entry(lines, n, last, t2))
    assert awards == 5, awards
    assert len(papers) == 48, len(papers)
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '### Title' heading under the session headings is one PLDI 2017 paper (48), spanning the heading"
        " through its '[short slide]' photo links and Japanese note bullets; title = the heading text without the"
        " parenthesised award marker ('( ＊＊ Distigwish ＊＊ )', '( **Best Artifact** )'), otherwise as written"
        " (truncated 'ming Undefined Behavior in LLVM' and the parenthesised subtitle kept); no ids in the file.",
        "Whole file read (198 lines): all 48 '###' headings against the -v output; first/last paper of every"
        " session (5/11, 15/32, 38/48, 52/65, 71/82, 87/99, 104/115, 120/132, 138/150, 157/166, 171/178,"
        " 185/189, 192/198); spans reaching the slide lines and note bullets after a blank line (15-19, 21-25,"
        " 27-30, 32-35, 55-59, 150-154, 171-176, 178-182) and headings with nothing under them (5, 7, 9, 160,"
        " 189, 192-198); the five award markers stripped (38, 55, 79, 157, 171, asserted); 178 and 189 kept as"
        " written; no arXiv/DOI (asserted); count 48 asserted.",
    )


if __name__ == "__main__":
    main()
