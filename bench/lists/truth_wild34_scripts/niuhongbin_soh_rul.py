"""Wild34 truth for niuhongbin1/soh-rul 论文阅读.md: a Chinese graduate student's reading notes on
lithium-battery papers (故障诊断, SOC/SOH 估计, RUL 预测, 梯次回收), mostly Chinese-language journal papers.

Shape: `## <topic>` headings (Chinese); each paper is a `#### ` heading `**<title>.<author>.<journal>.<year>**`
(GB-like dot-separated citation, usually bold, lines 143, 147, 151, 169, 173, 177, 182, 186, 190 not bold)
followed by Chinese notes (paragraphs, images, numbered notes) up to the next heading.  An entry runs
from its `####` line to its last non-blank line before the next heading.  39 entries.
Special cases: titles end at the first '.' for Chinese titles (line 107 has '. ' before the author; lines
15 and 38 give no author/venue or only an author); English titles end at the first '.' glued to the next
word (line 195 keeps its internal '. Part A: ...'); a citation-count suffix `.citationN` (lines 71, 77, 87,
91) is not part of the title; the heading on line 177 is broken over two lines (177-178) and so is the one
on line 190 (190-191, a dataset paper with no author), both titles read across the break; line 151 gives a
title only; the same paper appears twice (lines 44 and 161), kept as two entries.  Not entries: the
`# 想法` notes (line 199 on), which mention papers inline inside ideas, the `# 写论文技巧` link and the
`# 公开数据集汇总` dataset list.  The only URLs are a GitHub data link (line 184) and a Zhihu post.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild34 import entry, read_lines, write_truth

NAME = "niuhongbin1__soh-rul__论文阅读@aef6d3e.md"
PART = "wild34_development"


def title_of(text: str) -> str:
    text = text.replace("**", "").strip()
    text = re.sub(r"\.citation\d+$", "", text)
    if re.match(r"[\u4e00-\u9fff]", text):
        return text.split(".")[0]
    return re.split(r"\.(?=\S)", text)[0]


def main() -> None:
    lines = read_lines(NAME)
    stop = next(i for i, ln in enumerate(lines) if ln.startswith("# 想法"))  # 0-based index of line 199
    heads = [i for i, ln in enumerate(lines) if re.match(r"#{1,4} ", ln)]
    papers = []
    for i in heads:
        if i >= stop or not lines[i].startswith("#### "):
            continue
        nxt = min(h for h in heads if h > i)
        e = nxt  # 1-based line before next heading
        while not lines[e - 1].strip():
            e -= 1
        head = lines[i][5:].strip()
        if i in (176, 189):  # 0-based 176 = line 177, 189 = line 190: heading broken over two lines
            head = head.rstrip() + " " + lines[i + 1].strip()
        papers.append(entry(lines, i + 1, e, title_of(head)))
    assert len(papers) == 39, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each '####' paper heading with its notes up to the next heading is one entry, up to the 想法 section; "
        "the title is the citation text before the author (first '.' for Chinese titles, first '.' glued to the "
        "next word for English ones), read across the two broken headings.",
        "All 39 records read by eye against the file: titles (Chinese and English), .citationN suffixes removed, "
        "the two headings broken over two lines, the duplicate survey (44/161), and the idea/dataset sections left out.",
    )


if __name__ == "__main__":
    main()
