"""Wild18 truth for nlp-masters/study-materials README: a Korean NLP study group's seminar schedule
('## 발표 스케줄 : 매주 토요일 9시', presentation schedule, Saturdays at 9), Korean notices and rules
around one table.

Shape: one table '| 날짜 | 발 표 자 | 논문 제목 | 설명 |' (date, presenter, paper title, description):
the title column is plain text (no link, sometimes padded with spaces, one in capitals, one with
'ELECTRA_' standing for a colon), the last column links the paper under a nickname
('[NPLM](jmlr pdf)', '[GPT-2](cloudfront pdf)', '[gMLP](arxiv abs)').  Two papers are presented
twice by two members on the same date (NPLM, BERT): repeated records are separate entries.

Entries: all 31 body rows (dates 2020/12/12 to 2021/08/21).  Row 'A survey of Loss functions'
links a PDF stored in the repository ('survey_of_loss_function_for_regression.pdf'); it is kept as
an entry, the list names it as a paper title like the others.  Title = the 논문 제목 cell as written
(not the nickname in the link).  Not entries: the notices (공지) and method (방법) lists.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "nlp-masters__study-materials__README@461e9be.md"
PART = "wild18_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"\|\s*(\d{4}/\d\d/\d\d)\s*\|([^|]*)\|([^|]*)\|", text)
        if not m:
            continue
        papers.append(entry(lines, i, i, m.group(3).strip()))
    assert len(papers) == 31, len(papers)
    assert sum(1 for t in lines if t.startswith("|")) == 33  # header + separator + 31 rows
    write_truth(NAME, PART, papers,
                "every body row of the seminar table is an entry; title = the plain 논문 제목 (paper title) cell,"
                " not the nickname that links the paper in the last column",
                "all 31 rows by eye (33 table lines = header + separator + 31 rows; dates 2020/12/12-2021/08/21),"
                " the two papers presented twice, the capitalised GCN title, 'ELECTRA_', the padded cells and the"
                " repository-hosted loss-function survey; the notices and method lists hold no papers")


if __name__ == "__main__":
    main()
