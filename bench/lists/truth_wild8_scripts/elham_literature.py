"""Wild8 truth for elham24471/Literature- README.md: a PhD student's log of papers read, with notes.

Shape: after an index of in-page links, 'Papers read in 2022' / '2021' sections hold one record per paper:
a heading '##### [d-m-yy] [paper#N]', then bullets '- **Title** [[pdf]](url) [[Summary]](url) ...',
'- *Authors*', '- [[Tag]](#tag) ...' and zero or more notes in code spans '- ```...```'.  Topic sections
(System Identification, Reinforcement Learning, Deep Learning, Data-Driven Control, Fluid Resuscitation,
Data Augmentation) repeat the same records.

Entries: every '##### [date] [paper#N]' record, from its heading to its last bullet (35: 14 in the dated
log, 21 repeats under the topics, kept as separate entries).  Title = the bold text of the first bullet
(a closing '.' dropped as a citation separator; the '?' of 'how do we get it right?' kept).  The index
and 'All papers' link bullets are not entries.  Count check: 35 '##### [' headings by grep, 35 bold
first bullets; per section 10 + 4 + 6 + 3 + 7 + 2 + 2 + 1.
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "elham24471__Literature-__README@59dfa5e.md"
PART = "wild8_development"
LINES = read_lines(NAME)


def main() -> None:
    heads = [i for i, t in enumerate(LINES, 1) if re.match(r"##### \[\d+-\d+-\d+\] \[paper#\d+\]$", t)]
    assert len(heads) == sum(1 for t in LINES if t.startswith("#####")) == 35
    papers = []
    for h in heads:
        last = h
        while last < len(LINES) and LINES[last].startswith("- "):
            last += 1
        m = re.match(r"- \*\*(.+?)\*\* \[\[pdf\]\]", LINES[h])
        assert m, h
        papers.append(entry(LINES, h, last, m.group(1)))
    sections = [i for i, t in enumerate(LINES, 1) if re.match(r"#{3,4} \[", t)]
    per = [sum(1 for p in papers if a < p["line"] < b) for a, b in zip(sections, sections[1:] + [10**6])]
    assert [n for n in per if n] == [10, 4, 6, 3, 7, 2, 2, 1], per
    write_truth(NAME, PART, papers, (
        "every '##### [date] [paper#N]' record (heading to last bullet) is an entry, repeats under the topic"
        " sections kept; title = the bold text of its first bullet"), (
        "all 35 records' lines and titles read against the file; headings counted by grep (35) and per"
        " section (10, 4, 6, 3, 7, 2, 2, 1); ids of the arXiv and IEEE/ScienceDirect links looked at"))


if __name__ == "__main__":
    main()
