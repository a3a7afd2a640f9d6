"""Wild10 truth for SM-at-THU/QuantumGravity RefsAndSyllabus/ref_for_QG.md (a physics study group's references).

Shape: a quantum-gravity reading list (file opens with a UTF-8 BOM) of '## topic' sections; each record
is a top-level bullet '- Title' (plain text, no link, no authors) followed by tab-indented
sub-bullets holding a bare arXiv id written 'arxiv:hep-th/9905111' / 'arXiv:1409.1231v4' and/or
a note ('written by Hawking', 'masterpiece ...').

Entry: every top-level bullet except the first, 'Gauge Gravity Duality Foundations and
Applications', which its sub-bullets call a book ('you can download it at genlib', 'a detailed and
systematic book').  Lecture notes count as papers (those with an arXiv id are preprints; Kaplan's
'Lectures on AdS/CFT from the Bottom Up' has none but is a written set of notes listed beside them).
Title: the bullet text as written (lower-case typos such as 'holograhpic' kept).  Ids: the
sub-bullets' bare ids; 'arxiv:512.04993' (a digit missing) is not a well-formed id, so that entry
has none.  Two papers appear in two sections each ('holograhpic duality from random tensor
network', 'Holographic quantum error-correcting codes: ...'); each occurrence is an entry.

Count checks: grep -c '^- ' = 33 bullets, minus the book = 32; per section (bullets) 6, 6, 4, 3, 4,
3, 3, 2, 2 counted by eye; 30 entries with an id (32 minus Kaplan's notes and the malformed id).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "SM-at-THU__QuantumGravity__RefsAndSyllabus__ref_for_QG@b97ef3d.md"
BOOK = "Gauge Gravity Duality Foundations and Applications"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section: list[int] = []
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            per_section.append(0)
            continue
        m = re.match(r"- (.+?)\s*$", text)
        if not m:
            continue
        per_section[-1] += 1
        end = i
        while end < len(lines) and lines[end].startswith("\t- "):
            end += 1
        if m.group(1) == BOOK:
            continue
        papers.append(entry(lines, i, end, m.group(1)))
    assert per_section == [6, 6, 4, 3, 4, 3, 3, 2, 2], per_section
    assert len(papers) == 32
    assert sum(1 for p in papers if p["arxiv"]) == 30
    write_truth(NAME, "wild10_development", papers,
                "every top-level '- Title' bullet with its tab-indented id/note sub-bullets is an entry, title ="
                " the bullet text; the one bullet its notes call a book is not; bare 'arxiv:' ids give the arXiv id",
                "every entry (32) read against the file with its id, the book bullet 7-9 left out, the malformed"
                " 'arxiv:512.04993' (no id), old-style ids hep-th/gr-qc, the 'v4' suffix, the two repeated papers,"
                " section counts 6/6/4/3/4/3/3/2/2")


if __name__ == "__main__":
    main()
