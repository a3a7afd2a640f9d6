"""Wild34 truth for HIT-SCIR/LA-beginner README.md: a lab group's onboarding guide (LA组入门攻略) whose
Part2 is the list of papers recommended by the group's teachers and senior students.

Shape: Chinese prose parts around one list.  Part2 (lines 29-315) is a nested bullet list: `* LA组`
(the group's own papers, items at two-space indent) and `* 非LA组` with topic sub-bullets (Learning
Method, Network Structure, ...; items at four-space indent).  Each paper is a bullet `[Title](url)`
followed by three deeper sub-bullets: authors, venue + year, and the reason for recommending it (in
Chinese).  An entry is the paper bullet plus its sub-bullets.

Not entries: Part1's course links (CS224n pages, video, answers) and the book 《自然语言处理：基于预训练
模型的方法》 (line 26); the Part3/Part4 project links and the 其他 section; the topic bullets.

Special cases: two Ph.D. theses (Ruder 86, Danqi Chen 286) are scholarly works and are entries.  Line
218's author sub-bullet repeats the title instead of naming authors.  Some links point at the wrong
paper (162 "Deep contextualized word representations" links arXiv 1409.0473; 150 links Bengio's JMLR
2003 PDF); the truth keeps the id the entry's own lines write.  Line 90 links an aminer.cn copy whose
path holds 2002.05709 but is not an arXiv URL, so no id.  Line 295's title ends with a '.', dropped.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "HIT-SCIR__LA-beginner__README@76c551c.md"
PART = "wild34_development"
ITEM = re.compile(r"^( *)\* \[(.+?)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    lo = lines.index("## Part2: LA经典论文推荐") + 1
    hi = next(i for i, ln in enumerate(lines, 1) if ln.startswith("## Part3"))
    papers = []
    for i in range(lo + 1, hi):
        m = ITEM.match(lines[i - 1])
        if not m:
            continue
        ind = len(m.group(1))
        e = i
        while e + 1 < hi and lines[e].strip() and len(lines[e]) - len(lines[e].lstrip()) > ind:
            e += 1
        papers.append(entry(lines, i, e, m.group(2)))
    assert len(papers) == 67, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each linked paper bullet of Part2 (with its author / venue / reason sub-bullets) is one entry, title = link text; "
        "Part1 courses and book, Part3/4 project links are not entries.",
        "Read all 67 Part2 items by eye against the output (titles, spans, ids), plus the non-entry links in Part1, Part3, Part4.",
    )


if __name__ == "__main__":
    main()
