"""Wild15 truth for iofu728/PaperRead notes/NLP/NER/README.md: one student's paper-reading notes
on named entity recognition ("Some Paper Read By @gunjianpan"), one page of a notes index.

Shape: six '## ' sections (Nested NER, Zero-shot, Few-shot, Cross-Lingual, Medical, Common NER),
each a numbered list restarting at 1.  A paper is a top-level numbered item
'N. [**Title**](.../paper/NLP/NER/X.pdf) [Venue Year] _Authors_.' (the venue '[-]' when unknown;
the Medical item's link text is not bold) followed by indented note bullets, some of them
nested numbered lists ('    1. Recursively => ...', '     1. In medical domain ...') which are
notes, not papers.  Links go to PDFs stored in the repository: no arXiv ids or DOIs.

Entry: every top-level (unindented) numbered item, from its line to its last indented note line.
Title: the link text as written, bold markup removed; the author's typos and ligatures are kept
('... Discontiguous Entitie', 'Query-Based Named Entity Recognition conference', 'Classiﬁcation',
'ner and pos when nothing is capitalized').

Count check: grep -cE '^[0-9]+\\. ' = 31; per section 19 / 2 / 1 / 1 / 1 / 7 (the numbering).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "iofu728__PaperRead__notes__NLP__NER__README@ca7693f.md"
PART = "wild15_development"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    per_section: dict[str, int] = {}
    section = None
    for i, text in enumerate(LINES):
        if text.startswith("## "):
            section = text[3:].strip()
        m = re.match(r"(\d+)\. \[(?:\*\*)?(.+?)(?:\*\*)?\]\(https://github\.com/iofu728/PaperRead/blob/master/paper/[^)]+\) \[[^\]]*\] _", text)
        if not m:
            assert not re.match(r"\d+\. ", text), (i + 1, text)
            continue
        per_section[section] = per_section.get(section, 0) + 1
        assert int(m.group(1)) == per_section[section], (i + 1, m.group(1))
        end = i
        while end + 1 < len(LINES) and LINES[end + 1].startswith(" "):
            end += 1
        papers.append(entry(LINES, i + 1, end + 1, m.group(2)))
    assert per_section == {"Nested NER": 19, "Zero-shot": 2, "Few-shot": 1, "Cross-Lingual": 1, "Medical": 1,
                           "Common NER": 7}, per_section
    assert len(papers) == 31
    write_truth(NAME, PART, papers,
                "every unindented numbered item 'N. [**Title**](pdf) [Venue] _Authors_.' is an entry running to its last"
                " indented note line (nested numbered notes are not entries); title = the link text as written",
                "every entry (31) against the file: title (typos 'Entitie' and 'conference' and the 'ﬁ' ligatures kept),"
                " first/last line (notes with nested numbered sub-lists at items 13 and Medical 1), the non-bold Medical"
                " link; grep count of unindented numbered lines 31, numbering per section 19/2/1/1/1/7")


if __name__ == "__main__":
    main()
