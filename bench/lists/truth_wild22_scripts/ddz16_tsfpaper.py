"""Wild22 truth for ddz16/TSFpaper README.md: a reading list of time-series forecasting papers in collapsible tables.

Shape: a title, badges, a paragraph, four bullets with badge images and LaTeX formula images, a
'News.' section, then 20 collapsible sections '<details><summary><h2 style="display: inline;">
Transformer.</h2></summary>' ... '</details>' (lines 39-916), each holding one Markdown table.
Two table shapes: 'Date|Method|Conference|Paper Title and Paper Interpretation (In Chinese)|Code'
(title in the 4th cell) and 'Date|Method|Type|Conference|Paper Title ...|Code' (a 'Type' cell of
shields.io badges; title in the 5th cell).  Header and separator rows have no outer pipes; data
rows sometimes have them ('| 24-05-12 | ...|') and sometimes not ('15-11-23|[Multi-step](...)|...').
A row: 'yy-mm-dd | [MethodNickname](paper url)[🌟][🔥] | [badge] | Venue | Title | [code](url) or
None'.  The paper link sits on the method nickname, not on the title: the title cell is plain
text, except in 55 rows where the title is linked to a Chinese interpretation (zhihu, weixin,
csdn), a blog, slides or a video ('[Title](https://zhuanlan.zhihu.com/p/...)').
Entry: every data row (all are papers: models, surveys, benchmark and dataset papers, 'Forecasting
at Scale' (Prophet's PeerJ paper, line 521)).  Title = the title cell, its interpretation link
removed (the link text kept).  Not the title: the method nickname and its '🌟'/'🔥' markers.  Ids
come from the method link first (arXiv incl. browse.arxiv.org, OpenReview, ACM DL / doi.org DOIs,
AAAI, NeurIPS, IJCAI, IEEE, ScienceDirect, Nature, TechRxiv, PeerJ, a project page).  One paper
appears twice ('Retrieval Augmented Time Series Forecasting'): two entries.
Not entries: news bullets (they link other repositories, toolkits and a talk), the <summary>
section names, header/separator rows, the star-history image.
Count check: 20 '<details>' sections = 20 header rows; 707 rows starting with a 'yy-mm-dd' date
= 707 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "ddz16__TSFpaper__README@40e54f3.md"
PART = "wild22_development"


def cells(text: str) -> list[str]:
    s = text.strip()
    s = s.removeprefix("|")
    s = s.removesuffix("|")
    return [c.strip() for c in s.split("|")]


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    col = None
    headers = sections = linked = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("<details><summary><h2"):
            sections += 1
        if re.match(r"\|?\s*Date\s*\|", text):
            head = cells(text)
            col = next(k for k, c in enumerate(head) if c.startswith("Paper Title"))
            ncol = len(head)
            headers += 1
            continue
        if not re.match(r"\|?\s*\d\d-\d\d-\d\d\s*\|", text):
            continue
        row = cells(text)
        assert len(row) == ncol, i
        assert re.fullmatch(r"\[[^\]]+\]\([^)]+\)\s*[🌟🔥]*", row[1]), (i, row[1])
        title = row[col]
        m = re.fullmatch(r"\[([^\]]+)\]\([^)]+\)", title)
        if m:
            title = m.group(1)
            linked += 1
        assert not re.search(r"[\[\]()*]", title) or "(" in title, (i, title)
        papers.append(entry(lines, i, i, title))
    assert sections == headers == 20, (sections, headers)
    assert linked == 55, linked
    assert len(papers) == 707, len(papers)
    write_truth(NAME, PART, papers,
                "every dated row of the 20 tables inside <details> sections is an entry; title = the plain"
                " 'Paper Title' cell (link text kept where the title links a Chinese interpretation or blog);"
                " the method nickname that carries the paper link and its 🌟/🔥 marks are not the title",
                "both table shapes (5 and 6 cells), rows with and without outer pipes, all 55 linked title cells,"
                " every row whose method link is not arXiv (about 90), the first and last row of each of the 20"
                " tables and a sample of ~25 rows compared with the -v output")


if __name__ == "__main__":
    main()
