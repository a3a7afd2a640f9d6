"""Wild37 truth for duowen1/PaperReading README.md: a two-student (Zhang Zhicong, Xu Shaowen) weekly paper
reading log on systems security (enclaves, hypervisors, kernels, WebAssembly, serverless), Chinese headers.

Shape: plain titles, no links, no authors, no venues, no ids, written three times over in three shapes:
- 1-15: a pipe table "| 周数 (week) | 张志聪 | 徐少文 |" with one row per paper slot: the week number in the
  first cell (blank on follow-up rows) and one title per student cell; row 12 has an empty Zhang cell.
- 19-82: "# Week N" headings with "## Xu" / "## Zhang" sub-headings and "- Title" bullets (sometimes with blank
  lines between bullets) that repeat the table's titles.
- 87-106: "# Waiting List": one bare title per paragraph, two with a Chinese note in 【】 brackets after the
  title ("【对比了gvisor和firecracker】" 'compares gVisor and Firecracker', "【Chiron的background】").
Then a "技术分享" (tech talk) table of talk topics (114-117), a "技术分享waiting list" of topic bullets (123-139:
ARM TrustZone, AMD SEV, Meltdown/Spectre intro, WASM, ...) and a "进展" (progress) note.

Decisions:
- Entries: every non-empty student cell of the reading table (two entries per row where both cells are
  filled, one on row 12): 25; every paper bullet of the Week sections: 25; every title paragraph of the
  Waiting List: 9.  Repeats (table and bullets name the same papers) are separate entries, as the format asks.
- Not entries: the table header and separator, week numbers, the headings, the tech-talk table (talk topics
  in Chinese), the tech-talk waiting list bullets (topics, not papers) and the progress note.
- Title: the cell, bullet or paragraph text, trimmed; the 【】 notes after two waiting-list titles are dropped.
  Titles are kept as written, typos included ("Full-statck"), the Russian-titled Wasm paper "Доверя́й, но
  проверя́й: SFI safety for native-compiled Wasm" included.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild37 import entry, read_lines, write_truth

NAME = "duowen1__PaperReading__README@5e62dbd.md"
PART = "wild37_development"

NOTE = re.compile(r"【[^】]*】\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    # 1-15: the reading table; row 1 is the header, row 2 the separator.
    for n in range(3, 16):
        cells = [c.strip() for c in lines[n - 1].strip().strip("|").split("|")]
        assert len(cells) == 3, (n, cells)
        for cell in cells[1:]:
            if cell:
                papers.append(entry(lines, n, n, cell))
    # 19-82: week sections, "- Title" bullets.
    for n in range(19, 83):
        ln = lines[n - 1]
        if ln.startswith("- "):
            papers.append(entry(lines, n, n, ln[2:].strip()))
    # 87-106: waiting list, one title per paragraph.
    for n in range(88, 107):
        ln = lines[n - 1].strip()
        if ln:
            papers.append(entry(lines, n, n, NOTE.sub("", ln).strip()))
    assert len(papers) == 59, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each filled student cell of the reading table (two per row, one on row 12), each paper bullet of the"
        " Week sections and each title paragraph of the Waiting List is an entry (repeats kept); the tech-talk"
        " table and topic bullets are not; title is the cell/bullet/paragraph text with a trailing 【】 Chinese"
        " note dropped.",
        "All 143 lines read by eye and classified; the 25 table cells compared cell by cell with the -v output"
        " (row 12's empty Zhang cell gives one entry), the 25 week bullets (blank-line-separated ones at 23-25 and"
        " 55-57 included) and the 9 waiting-list paragraphs (the two 【】 notes removed, the '?' of 106 kept); the"
        " talk table 114-117 and topic bullets 123-139 confirmed excluded.",
    )


if __name__ == "__main__":
    main()
