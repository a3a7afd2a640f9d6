"""Wild23 truth for rythei/PersonalSiteWorking paper_log.md: one researcher's paper log with notes.

Shape: Jekyll post "# Paper log" with three '###' topic headings (Influence functions, line 8;
Classification theory, 42; NTK, 60); under them one '####' heading per paper, '#### [Title](pdf
url)', most with nothing under them (papers logged, not yet annotated), two with an author line and
notes in bullets with LaTeX ('**Overview**', '**Methodology + experiments**'): line 12 (Koh & Liang,
notes to line 38) and line 96 (notes to line 110; the author line and notes there are those of the
paper of line 94, Liu, Zhu & Belkin, pasted under the next heading - the record is still the one
headed on line 96).  Title = the link text (several end in a space inside the brackets, dropped).
An entry runs from its heading to its last non-blank line before the next heading.
Not entries: '#### NTK Review' (line 62) is the owner's own review notes, not a paper (no link);
its bullets cite "Du et. al." and "Liu et. al." in prose and link two YouTube lectures (83, 84);
the '[back](./)' link (line 4).
Ids: 14 arXiv pdf links; line 90 links a NeurIPS proceedings PDF (no id).  No DOI.
Count check: 16 '####' headings = 15 paper headings + 'NTK Review'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "rythei__PersonalSiteWorking__paper_log@aa31a1e.md"
PART = "wild23_development"
HEAD = re.compile(r"#### \[([^\]]+)\]\(([^)]+)\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("#")]
    papers = []
    h4 = 0
    for i in heads:
        text = lines[i - 1]
        if not text.startswith("#### "):
            continue
        h4 += 1
        m = HEAD.match(text)
        if not m:
            assert text == "#### NTK Review", i
            continue
        nxt = next((h for h in heads if h > i), len(lines) + 1)
        end = nxt - 1
        while not lines[end - 1].strip():
            end -= 1
        papers.append(entry(lines, i, end, m.group(1).strip()))
    assert h4 == 16, h4
    assert len(papers) == 15, len(papers)
    write_truth(NAME, PART, papers,
                "every '#### [Title](url)' heading is one paper (title = link text), running to the next"
                " heading with its author line and notes; the '#### NTK Review' notes heading is not a paper",
                "all 16 '####' headings read by eye (15 papers + the review notes heading); every title"
                " checked against its heading; 14 arXiv pdf ids and the NeurIPS link of line 90 checked; entry"
                " ends of lines 12 (to 38) and 96 (to 110) checked")


if __name__ == "__main__":
    main()
