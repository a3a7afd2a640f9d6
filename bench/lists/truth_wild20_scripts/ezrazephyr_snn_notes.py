"""Wild20 truth for EzraZephyr/SNN-Paper-Annotations readme.md: a Chinese index of the author's notes
on spiking-neural-network papers ('SNN论文笔记', 'SNN paper notes'), grouped by year under
'### 论文清单' (paper list) with '#### 2023', '#### 2022', '#### 2021' headings.

Shape: one bullet per paper, '- **Title** [笔记](year/Title.md)': the title in bold, then a link
labelled '笔记' (notes) to the author's Chinese note file in the repository.  Entries: every such
bullet (15 under 2023, 17 under 2022, 7 under 2021 = 39).  Title = the bold text as written (one
bullet, 'MSS-DepthNet: ...', links to the note of another paper; the bold title is still the
entry's title).  The note links are local files, not papers: no arXiv ids or DOIs.  Not entries:
the Chinese introduction, the link to the Awesome-Spiking-Neural-Networks repository (a list, not
a paper) and the headings.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "EzraZephyr__SNN-Paper-Annotations__readme@1bbe8a8.md"


def main() -> None:
    lines = read_lines(NAME)
    papers, per_year, year = [], {}, None
    for i, text in enumerate(lines, 1):
        h = re.match(r"#### (\d{4})$", text)
        if h:
            year = h.group(1)
            continue
        m = re.match(r"- \*\*(.+?)\*\* \[笔记\]\(", text)
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
            per_year[year] = per_year.get(year, 0) + 1
    assert per_year == {"2023": 15, "2022": 17, "2021": 7}, per_year
    assert len(papers) == 39
    assert sum(1 for t in lines if t.startswith("- ")) == 39
    write_truth(NAME, "wild20_development", papers,
                "every '- **Title** [笔记](note)' bullet under the year headings is an entry, title = the bold text",
                "all 39 bullets by eye against the file (15/17/7 per year, counted with grep '^- **'); the"
                " intro paragraph and the link to the Awesome-SNN list are not entries; the MSS-DepthNet bullet"
                " whose note link names another paper keeps its bold title")


if __name__ == "__main__":
    main()
