"""Wild46 truth for Mazeqi/PaperNote Paper/detection/defect-detection/surface-defect/README.md: Chinese
reading notes on surface-defect detection papers kept in a personal notes repository.

Shape: '# surface-defect-detection' and a Chinese introduction, then one '## 2019.MM' heading per
month; under each, numbered records '[n]' (numbering restarts every month).  A record is a Chinese
headline ('[1]CNN做分类') or directly the title ('[1]论文题目：...', '[3] 论文题目：...'), then
'论文题目：Title' (once '题目：Title'), the English abstract ('摘要：' / '论文摘要：' or unlabelled,
sometimes wrapped over many lines) and often '个人总结：' (a Chinese personal summary, sometimes only a
CSDN blog link).  No paper links.

Entries (25): every '[n]' record (2019.01: 4, .02: 3, .03: 3, .04: 3, .05: 3, .06: 4, .10: 3,
.11: 2); each names exactly one paper by its '论文题目/题目' line.  Lines: the '[n]' line to the last
non-blank line before the next record or month heading.  The CSDN links in two summaries are blog
posts about the paper, not entries.

Title: the text after '论文题目：' / '题目：' (full-width colon), trailing spaces dropped; the one title
wrapped onto the next line ('... on theCatenary Support Device Using Deep' + 'Convolutional Neural
Network', 146-147) is joined.  Titles are kept as written, including the run-together 'theCatenary'
and the truncated 'A semi-supervised convolutional neural network-based method for steel' (247).
The Chinese headlines are descriptions, not titles.  No arXiv ids or DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "Mazeqi__PaperNote__Paper__detection__defect-detection__surface-defect__README@53eb5d6.md"
PART = "wild46_development"
LINES = read_lines(NAME)
RECORD = re.compile(r"^\[\d+\]")
TITLE = re.compile(r"^(?:\[\d+\] ?)?(?:论文)?题目：(.+)$")
PER_MONTH = {"2019.01": 4, "2019.02": 3, "2019.03": 3, "2019.04": 3, "2019.05": 3, "2019.06": 4,
             "2019.10": 3, "2019.11": 2}


def main() -> None:
    starts = [i for i, x in enumerate(LINES, 1) if RECORD.match(x)]
    heads = [i for i, x in enumerate(LINES, 1) if x.startswith("## ")]
    papers = []
    counts: dict[str, int] = {}
    for k, s in enumerate(starts):
        stop = min([b for b in starts[k + 1:] + heads + [len(LINES) + 1] if b > s])
        last = max(j for j in range(s, stop) if LINES[j - 1].strip())
        titles = [j for j in range(s, stop) if TITLE.match(LINES[j - 1])]
        assert len(titles) == 1, (s, titles)
        t = titles[0]
        title = TITLE.match(LINES[t - 1]).group(1).strip()
        nxt = LINES[t].strip() if t < len(LINES) else ""
        if nxt and not re.match(r"^(论文)?摘要|个人总结", nxt):
            assert t == 146, t
            title = title + " " + nxt
        papers.append(entry(LINES, s, last, title))
        month = max(h for h in heads if h < s)
        key = LINES[month - 1][3:].strip()
        counts[key] = counts.get(key, 0) + 1
    assert counts == PER_MONTH, counts
    assert len(papers) == 25, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered '[n]' record under the month headings is one paper, from its '[n]' line to the "
        "record's last non-blank line; title is the text after '论文题目：'/'题目：' (one wrapped title joined).",
        "Read the whole file (285 lines) against the -v output: the first and last record of every month, "
        "all 25 title lines (inline '[n]论文题目：' and '[3] 论文题目：' forms, the lone '题目：' at 281), the "
        "wrapped title at 146-147, records without a summary or without an abstract label (2019.10/11), "
        "the truncated title at 247, and the record ends before each month heading.",
    )


if __name__ == "__main__":
    main()
