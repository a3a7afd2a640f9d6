"""Wild truth for shiyibihua/arxiv-daily docs/cs-RO/2025-11-18/index.md: a generated daily digest of
arXiv cs.RO papers with Chinese summaries ('共 19 篇论文', 19 papers), as HTML tables in a Jekyll page.

Three tables, one per interest area ('支柱一/二/三'), one '<tr>' row per paper with cells: number,
'<a href="./papers/<id>-<slug>.html">Title</a>' (the site's note page), a one-sentence Chinese
summary (一句话要点), tags, a code mark and a favourite button whose attributes carry
'data-arxiv-id="2511.14625v1"' and the title again.  Each row is an entry, from '<tr>' to
'</tr>'; title = the link text of the title cell (the Chinese summary is not a translation of the
title and is left out).  arXiv id: the row's 'data-arxiv-id' attribute without its version (it
names the id literally, labelled as an arXiv id; the note-page slug's '251114625v1' is not read).
Not entries: the front matter, counts, the interest-area navigation, headings and the back links.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _heldout import arxiv_of, clean, doi_of, tidy
from _wild import read_lines, save

NAME = "shiyibihua__arxiv-daily__docs__cs-RO__2025-11-18__index@210e83d.md"
PART = "wild_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if text != "<tr>":
            continue
        end = i
        while lines[end - 1] != "</tr>":
            end += 1
        row = "\n".join(lines[i - 1 : end])
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
        assert len(cells) == 6 and cells[0].isdigit(), i
        title = re.fullmatch(r'<a href="\./papers/[^"]+">(.+)</a>', cells[1]).group(1)
        arxiv = arxiv_of(row)
        if arxiv is None:
            m = re.search(r'data-arxiv-id="(\d{4}\.\d{4,5})(?:v\d+)?"', row)
            arxiv = m.group(1) if m else None
        papers.append({"line": i, "end": end, "title": tidy(clean(title)), "arxiv": arxiv, "doi": doi_of(row)})
    nums = [int(re.search(r"<td>(\d+)</td>", lines[p["line"]])[1]) for p in papers]
    assert len(papers) == 19 and nums == list(range(1, 20)), nums
    out = {
        "file": NAME,
        "part": PART,
        "method": "every '<tr>' paper row of the three tables is an entry (from '<tr>' to '</tr>'), title = the"
                  " title cell's link text, arXiv id from the row's data-arxiv-id attribute without version",
        "checked": "all 19 rows one by one (numbers 1-19 running over the three tables of 10, 5 and 4 rows as the headings count,"
                   " each title against its cell and the button's copy, each id), and the page's other lines"
                   " (front matter, navigation, back links: no entries)",
        "papers": papers,
    }
    save(out)


if __name__ == "__main__":
    main()
