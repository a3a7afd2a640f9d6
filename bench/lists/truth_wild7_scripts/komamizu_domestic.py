"""Wild7 truth for Taka-Coma/Taka-Coma.github.io content/domestic.md: a Japanese researcher's list of
domestic (Japanese) publications on a Hugo site.  Sections '## 講演' (talks), '## 論文誌' (journal papers),
'## 査読あり会議' (refereed meetings), '## 査読なし会議' (non-refereed meetings, with '### YYYY' year
headings), '## 査読なし会議（学生発表）' (student presentations), '## 寄稿' (contributed articles),
'## 編集' (editing), '## プレスリリース' (press release), '## 技術紀要' (technical reports), separated by
'----' lines.

Shape: every item is one line '1. Authors, "Title", Venue, Vol., No., pp., Year ([link](url)) -- {{< awards
... >}}'.  Authors are in kanji, katakana or Latin script, the owner linked as '[駒水 孝裕](/)'; most titles
are Japanese, some English; venues are Japanese society meetings and technical reports.

Entries: every item of 論文誌 (3), 査読あり会議 (2), 査読なし会議 (104: lines 25-142), 学生発表 (5) and 技術紀要
(2: technical-report papers), and one item of 寄稿, line 158 ('A Study on Faceted Search for
Semi-structured Data', 学位論文紹介, the introduction of the owner's doctoral thesis: its subject is the
thesis).  Line 49, an invited talk at MIRU2025 presenting an ACMMM 2024 paper, names that paper as its
subject and is an entry.
Not entries: the 5 talks (講演), the other 6 寄稿 items (two programme columns, four conference
participation reports), the 7 editing items (newsletter issues edited), the press release.

Title: the first double-quoted string of the item; the venue tag '(ACMMM2024)' inside the quotes of line
49 is dropped.  The owner's odd quote in line 147 ("調理の`上手さ'評価実験") is kept as written.

Counts: 136 items '1. ' = 117 entries + 19 non-entries (5 + 6 + 7 + 1); grep of lines 25-142 gives 104.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "Taka-Coma__Taka-Coma.github.io__content__domestic@cfb2191.md"
PART = "wild7_development"
PAPER_SECTIONS = ("## 論文誌", "## 査読あり会議", "## 査読なし会議", "## 査読なし会議（学生発表）", "## 技術紀要")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    items = 0
    per: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text.strip()
            continue
        if not text.startswith("1. "):
            continue
        items += 1
        thesis = section == "## 寄稿" and "学位論文紹介" in text
        if section not in PAPER_SECTIONS and not thesis:
            continue
        title = re.search(r'"(.+?)"', text).group(1)
        title = re.sub(r"\s*\(ACMMM2024\)$", "", title)
        papers.append(entry(lines, i, i, title))
        per[section] = per.get(section, 0) + 1
    assert items == 136, items
    assert per == {"## 論文誌": 3, "## 査読あり会議": 2, "## 査読なし会議": 104, "## 査読なし会議（学生発表）": 5,
                   "## 寄稿": 1, "## 技術紀要": 2}, per
    assert len(papers) == 117
    write_truth(NAME, PART, papers,
                "every numbered item of the journal, refereed, non-refereed, student-presentation and"
                " technical-report sections plus the thesis-introduction item of 寄稿 is an entry; title = the"
                " first double-quoted string (venue tag '(ACMMM2024)' dropped); talks, other contributed"
                " articles (columns, conference reports), edited newsletter issues and the press release are"
                " not entries",
                "every section's items counted (136 = 117 + 19) and the section boundaries checked by eye; titles"
                " of the first and last items of each year block, all English titles, the invited-talk item"
                " (line 49), the thesis item (158), both technical reports (173-174), the backtick title"
                " (147) and the DOI items (15-17, 75) checked against the file")


if __name__ == "__main__":
    main()
