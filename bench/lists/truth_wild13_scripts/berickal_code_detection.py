"""Wild13 truth for Berickal/generated_code_detection_papers README: a numbered list of bold titles
with shields.io tag badges and a collapsed <details> abstract, then two small HTML tables.

Shape.  Under '### 🎯 The List' every paper is a Markdown '1. ' item (all numbered '1.'):
'1. **Title** (Venue Year) ![](https://img.shields.io/badge/Analysis-green) ... <br />', then an
indented '*Authors*' line, a '[[paper](url)]' line and a '<details><summary><b>Abstract</b></summary>'
block closed by '</details>'.  Each item is an entry on its lines from the '1. **' line to its
'</details>' line; title = the bold text (the venue in parentheses, which is sometimes empty '()',
and the badges are not part of it).  The tag legend table above the list (badges only) is not an
entry.

Decision: the two HTML tables of '## 🧰 Resources' ('<th>Paper</th> <th>Dataset</th>' and
'<th>Paper</th> <th>Tools</th>') have one row per paper: the first cell is the paper's title in
plain text, the second links the dataset or the tool the paper released.  The record names its
paper by full title in a column headed 'Paper', so each row is an entry (a repeat of a list item,
kept as a separate entry); its lines are the '<tr>' .. '</tr>' lines and its title is the first
'<td>' cell.  Those rows link only GitHub / Hugging Face / Google Sites, so they give no id.

Counts: 28 '1. **' items (grep), 28 '<details>' and 28 '</details>'; 5 + 5 table rows.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "Berickal__generated_code_detection_papers__README@46e8c01.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    n = len(LINES)
    items = tables = 0
    i = 1
    while i <= n:
        text = LINES[i - 1]
        m = re.match(r"1\. \*\*(.+?)\*\* \(", text)
        if m:
            j = i
            while LINES[j - 1].strip() != "</details>":
                j += 1
            assert j - i <= 6, i
            papers.append(entry(LINES, i, j, m.group(1)))
            items += 1
            i = j + 1
            continue
        if text.strip() == "<tr>":
            j = i
            while LINES[j - 1].strip() != "</tr>":
                j += 1
            body = " ".join(LINES[k - 1] for k in range(i, j + 1))
            cells = re.findall(r"<td[^>]*>(.*?)</td>", body)
            assert len(cells) == 2, i
            title = re.sub(r"\s+", " ", cells[0]).strip()
            assert "<a" not in title, i
            papers.append(entry(LINES, i, j, title))
            tables += 1
            i = j + 1
            continue
        i += 1
    assert items == 28, items
    assert tables == 10, tables
    write_truth(NAME, "wild13_development", papers,
                "every '1. **Title** (Venue) badges' item with its authors, paper link and <details> abstract is an"
                " entry, title = the bold text; every row of the two Resources HTML tables (Paper | Dataset, Paper |"
                " Tools) is an entry too, title = its Paper cell",
                "28 list items counted by grep ('1. **', <details>, </details>), every item's title against the file,"
                " the empty venue '()' item, the '—...—' title, the 10 table rows and their Paper cells; ACM DL DOIs,"
                " arXiv abs links (http and https), the ScienceDirect pii not taken as a DOI")


if __name__ == "__main__":
    main()
