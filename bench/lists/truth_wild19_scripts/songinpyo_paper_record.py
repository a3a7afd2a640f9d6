"""Wild19 truth for Songinpyo/Paper-Record README.md: a Korean personal reading record
('읽은 논문을 정리하고, 읽을 논문을 기록해두는 Repo입니다' - papers read and papers to read).

Shape: '# Paper I read 🎓' with topic headings ('### ○ 2D Human Pose Estimation', '### ○ Vision', …),
each a two-column table '|제목|핵심 내용|' (title | key content): the title cell is either a link to
the author's GitHub issue with the notes ('[Title](…/issues/N) [CVPR2019]') or plain text with the
venue tag ('Title [CVPR2020]'), the second cell a Korean summary.  Then '# Paper I'll read ✏️' with
tables '|제목|기한|' (title | due date): one empty, one with two rows ('Title [Alibaba]', 'DeiT: …').

Entry: every table data row (23: 21 read, 2 to read; the header and separator rows are not).
Title = the link text of the first cell, else the cell text before its bracketed tag ('[CVPR2020]',
'[ICCV2021]', '[Alibaba]', '[2022]'); nicknames written into the title ('HMR : …', 'SPIN : …',
'DeiT: …') are kept.  The links go to the author's issues, not to papers: no ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "Songinpyo__Paper-Record__README@41c1077.md"
PART = "wild19_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("|") or text.startswith(("|제목|", "|---")):
            continue
        cell = text.split("|")[1]
        m = re.match(r"\s*\[([^\]]+)\]\(", cell)
        if m:
            title = m.group(1)
        else:
            title = re.sub(r"\s*\[[^\]]*\]\s*$", "", cell).strip()
        papers.append(entry(lines, i, i, title))
    # second count: grep -c '^|' = 37 table lines; 7 tables x (header + separator) = 14; 37 - 14 = 23
    assert len(papers) == 23, len(papers)
    write_truth(NAME, PART, papers,
                "every data row of the '|제목|핵심 내용|' (read) and '|제목|기한|' (to read) tables is an entry, title = the"
                " link text of the first cell or its plain text without the bracketed venue tag",
                "all 23 rows read one by one (titles against cells, venue tags dropped, the '(url)[2022]' row without a"
                " space, the two to-read rows); grep -c '^|' = 37 minus 7 tables' header and separator rows = 23")


if __name__ == "__main__":
    main()
