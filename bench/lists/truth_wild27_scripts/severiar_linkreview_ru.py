"""Wild27 truth for Severiar/llm-hallucinations-detection-diploma linkreview.md: a Russian literature-review table.

Shape: one Markdown table (MIPT "My first paper" course format) with Russian headers
'| Название | Год | Автор | Ссылка | Краткое содержание |' (title, year, authors, link, summary) on
line 1, the separator on line 2, then one row per work on lines 3-18.  The title is the plain
text of the first cell (no link on it); the link sits in the fourth cell as '[link](url)'; the
summary cell is Russian prose.  Row 3 has no spaces around its cells ('|Title| 22 Jul 2024 |').
Entries: every row; all 16 are scholarly works (arXiv preprints and papers, the GPT-4 technical
report on line 17 counted as a report, the LSTM journal article on line 16).
Special case: line 16 ('Long Short-term Memory') writes its link target as a bare DOI,
'[link](10.1162/neco.1997.9.8.1735)'; that literal DOI is the entry's DOI.  Line 12's arXiv id
(2202.03629) is what the file writes.
Not entries: the header and separator rows.  Count check: 16 rows between line 3 and line 18, 15
with an arXiv abs link and 1 with a DOI.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "Severiar__llm-hallucinations-detection-diploma__linkreview@80d20b2.md"
PART = "wild27_development"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("| Название | Год | Автор | Ссылка |"), lines[0]
    assert lines[1].startswith("| ----"), lines[1]
    papers = []
    for i, text in enumerate(lines, 1):
        if i < 3 or not text.strip():
            continue
        cells = text.split("|")
        assert len(cells) >= 6, i
        title = cells[1].strip()
        assert re.search(r"\[link\]\([^)]+\)", cells[4]), i
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 16, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 15
    assert [p["doi"] for p in papers if p["doi"]] == ["10.1162/neco.1997.9.8.1735"]
    write_truth(NAME, PART, papers,
                "every table row under the Russian header is an entry (16 works); title = the plain text of the"
                " first cell; ids from the '[link](...)' cell (15 arXiv abs links, one bare DOI as link target)",
                "all 16 rows read by eye against the file: titles, arXiv ids and the bare-DOI link on line 16;"
                " header and separator rows excluded")


if __name__ == "__main__":
    main()
