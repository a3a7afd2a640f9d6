"""Wild7 truth for JusperLee/Speech-Separation-Paper-Tutorial README.md: a speech-separation paper
list rewritten in 2025 as an overview page.

Shape: after overview prose, statistics, top-5 ranking tables (model names and scores only) and
category notes ('- **Model** (year): remark' bullets naming models, not papers), the section
'## 📅 Papers by Year' holds one table per year (2025 down to 2016):
'| Model | Paper | SI-SNRi | Params | Code | Paper |' where the second cell is the paper's title in
plain text (often shortened by the list, e.g. 'Dual-path RNN'), the first cell the model's nickname
and the last cell a '[📄](url)' paper link.  Every row of those ten tables is an entry; title = the
second cell as written (the model name is not part of it).  One row lacks its closing pipe (line
188); a master's thesis row (Conv-TasNet GAN, line 189, no paper link) is an entry too.  Then
'## 🎬 Multi-Modal Speech Separation' has bullets '- **Title** | [Paper](url) | [Code](url)': each
an entry, title = the bold text.  Not entries: ranking tables, category bullets, the timeline
figures, metric definitions, dataset descriptions, video tutorials, the list's own BibTeX.
The year headings' model counts disagree with the rows in two places (2023 says 10, has 12; 2021
says 13, has 11): the rows are counted.
Counts (rows counted by hand): 2025 1, 2024 10, 2023 12, 2022 8, 2021 11, 2020 8, 2019 4, 2018 7,
2017 3, 2016 2 = 66 table rows; multi-modal bullets 5; total 71.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "JusperLee__Speech-Separation-Paper-Tutorial__README@7aa6749.md"
PART = "wild7_development"
PER_YEAR = {"2025": 1, "2024": 10, "2023": 12, "2022": 8, "2021": 11, "2020": 8, "2019": 4, "2018": 7,
            "2017": 3, "2016": 2}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    part = None
    year = None
    per: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            part = "year" if "Papers by Year" in text else "mm" if "Multi-Modal" in text else None
            continue
        if part == "year":
            m = re.match(r"### \S+ (\d{4}) \(", text)
            if m:
                year = m.group(1)
                continue
            if text.startswith("|") and not text.startswith("| Model |") and not text.startswith("|---"):
                cells = [c.strip() for c in text.strip().strip("|").split("|")]
                papers.append(entry(lines, i, i, cells[1]))
                per[year] = per.get(year, 0) + 1
        elif part == "mm":
            m = re.match(r"- \*\*(.+?)\*\* \|", text)
            if m:
                papers.append(entry(lines, i, i, m.group(1)))
                per["mm"] = per.get("mm", 0) + 1
    assert per == {**PER_YEAR, "mm": 5}, per
    assert len(papers) == 71
    write_truth(
        NAME, PART, papers,
        "every row of the ten per-year tables under 'Papers by Year' (title = the plain-text second cell,"
        " as the list shortens it; the model-name cell is not part of it) and every bold-title bullet of the"
        " multi-modal section is an entry; ranking tables and category bullets name models, not papers",
        "rows of each year table counted by hand against the script (66, the headings' counts differ for 2023"
        " and 2021); all 71 titles read against the file; the row without closing pipe, the thesis row, the"
        " two DPCL rows; arXiv ids only where the paper link is arXiv",
    )


if __name__ == "__main__":
    main()
