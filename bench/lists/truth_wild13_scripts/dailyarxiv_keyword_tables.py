"""Wild13 truth for Hdksg10/DailyArxiv README.md: a generated daily arXiv digest (MTS_Daily_ArXiv style).

After a short prose header ('Last update: 2026-08-21'), one '## <keyword>' section per search keyword
('reinforcement learning', 'compiler', 'performance'), each a table
'| **Title** | **Date** | **Abstract** | **Comment** |' whose rows are
'| **[Title](https://arxiv.org/abs/IDvN)** | date | <details><summary>Show</summary><p>abstract</p></details> | comment |'
(the comment cell is empty, plain, or another '<details>' block with the arXiv comment).  The papers are
theory of distributed computing, PL, systems and security, whatever the keyword says.

Every row is an entry, one line each: 20 rows per table, 60 in all (counted with grep).  The generator
wrote the same 20 papers in all three tables; a repeated record is a separate entry, so 60 entries (20
distinct).  Title = the bold link text of the first cell (TeX like '$(Δ+1)$' kept as written); arXiv id
from that link, version dropped.  One row's comment cell gives a Zenodo DOI of its data and code
('https://doi.org/10.5281/zenodo.…'); it is the only DOI written in that row's line, so the row's doi is
that DOI, as the format's rule (the DOI the entry's own lines give) says.  The header rows and
'| --- |' rules are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "Hdksg10__DailyArxiv__README@cb736b1.md"
LINES = read_lines(NAME)
ROW = re.compile(r"\| \*\*\[(.+?)\]\((https://arxiv\.org/abs/(\d{4}\.\d{4,5})v\d+)\)\*\* \| \d{4}-\d\d-\d\d \| .* \|")


def main() -> None:
    papers = []
    per_section: dict[str, int] = {}
    section = None
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:]
            per_section[section] = 0
            continue
        if not text.startswith("| **["):
            continue
        m = ROW.match(text)
        assert m, i
        e = entry(LINES, i, i, m.group(1))
        assert e["arxiv"] == m.group(3), i
        papers.append(e)
        per_section[section] += 1
    assert per_section == {"reinforcement learning": 20, "compiler": 20, "performance": 20}, per_section
    assert len({p["arxiv"] for p in papers}) == 20
    assert [p["title"] for p in papers[:20]] == [p["title"] for p in papers[20:40]] == [p["title"] for p in papers[40:]]
    write_truth(
        NAME,
        "wild13_development",
        papers,
        "every table row '| **[Title](arxiv abs url)** | date | abstract | comment |' is an entry (one line), title ="
        " the bold link text, arXiv id from that link; the three keyword tables repeat the same 20 papers and each"
        " repeat is its own entry",
        "all 60 rows (20 per table by grep, 20 distinct ids), every title against its link text by eye, the TeX in"
        " titles, the one Zenodo DOI (comment cell of the 'Topology-Aware Differential Privacy' rows)",
    )


if __name__ == "__main__":
    main()
