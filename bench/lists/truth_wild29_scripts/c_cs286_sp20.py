"""Wild29 truth for jhellerstein/CS286-Sp20 index.md: Berkeley CS286 "Graduate Database Systems"
(Spring 2020) course page; a Jekyll syllabus whose lectures are "## Topic" blocks separated by
"{% include syllabus_entry %}", inside an HTML <table>.

Shape: each lecture may carry a <div class="reading"> block with a <div class="required_reading"
markdown="1"> and an optional <div class="optional_reading" markdown="1"> part; readings are
Markdown bullets "* [Title](url)" (some indented " * ", some followed by a description sentence).
The link text is the title as the file writes it.  Lecture notes / slides / video bullets sit
outside the reading blocks and are not entries.

Entries: every linked bullet inside a reading block, plus line 226 (the optional GiST paper
written as a bare link without a bullet).  Decisions: 116 "Database System Geneaology Map" (a
web chart) and 118 Roscoe's "writing reviews for systems conferences" (an advice note) are not
entries; 117 "How to read a paper" (Keshav's published CCR article) is an entry.  "TBA" bullets
(481-483) are not entries.  386 writes only the system name "LeanStore" as title; 265 keeps the
file's odd quoting 'How the" rules" have changed'; 356's final '.' is dropped as a separator.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "jhellerstein__CS286-Sp20__index@4d571b4.md"
PART = "wild29_development"

NOT_ENTRIES = {116, 118}
LINK = re.compile(r"\[([^\]]+)\]\(([^)]*)\)")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    depth = 0  # nesting inside <div class="reading">
    for i, ln in enumerate(lines, 1):
        s = ln.strip()
        if s.startswith('<div class="reading"'):
            depth = 1
            continue
        if s.startswith("{% include syllabus_entry"):
            depth = 0  # 459-469 leaves its required_reading div unclosed
            continue
        if depth:
            if s.startswith("<div"):
                depth += 1
                continue
            if s.startswith("</div>"):
                depth -= 1
                continue
            if s.startswith("<!--") or not s:
                continue
            m = LINK.search(s)
            if s in ("* TBA",):
                continue
            assert m, (i, ln)
            if i in NOT_ENTRIES:
                continue
            assert s.startswith("* ") or i == 226, (i, ln)
            papers.append(entry(lines, i, i, m.group(1)))
    for p in papers:
        assert p["title"] and p["title"].rstrip(".") in lines[p["line"] - 1], p
    assert len(papers) == 65, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every linked reading inside a lecture's required/optional reading <div> is an entry, titled by its "
        "link text; lecture notes/slides, a genealogy chart, a review-writing guide and TBA placeholders "
        "are not.",
        "All 65 entries and all bullets of the file (notes, slides, TBA, the two excluded guides) checked by "
        "eye; line 226 (bare link) and indented bullets 206/251/252/285-287/359-361 confirmed; ids compared.",
    )


if __name__ == "__main__":
    main()
