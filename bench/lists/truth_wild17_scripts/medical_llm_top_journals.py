"""Wild17 truth for JXLiu-AI/Awesome-Medical-LLM-in-Top-Journals README.md: medical LLM / foundation-model
papers from top journals, generated bullets grouped in HTML '<details open>' blocks per journal.

Shape: Chinese prose, a stats table (journal | count: not entries), then three runs of bullets between
'<!-- PAPERS:BEGIN -->' and '<!-- PAPERS:END -->': '#### 本次更新 2026-08-20，新增 97 篇' (97 bullets),
'#### 最近收录' (15) and one '<details open>' / '<summary><b>Journal</b>（n）</summary>' block per journal
(18 blocks, 297 bullets; one block is '<details>' closed, 'Nature Communications · <sub>Tier 2</sub>').
Each bullet is '- [<img ... alt="new">&nbsp;]**[Title](https://doi.org/...)**[ [[code]](...)]<br/>Authors et al.
· *Journal* · date [specialty emoji]'.  Every bullet is an entry (the same paper repeated in the new / recent
runs and in its journal block makes separate entries).  Editorials, comments and news pieces of the
journals are journal articles and kept as entries, like research papers (the list does not tell them
apart).  Title = the bold link text; two bullets (lines 52 and 383, the same paper) wrap the title over
two lines with an '<i>' species name, so they run over two lines; a few titles carry runs of spaces
(collapsed by the helper).  The 'NEW' badge image before the title, the authors, journal, date, the
'[[code]]' link and the emoji are not part of the title.  Ids: the doi.org link (no arXiv).
Counts: 409 '- ' bullets = 97 + 15 + 297 (the stats table's total and the sum of the 18 '（n）' counts).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "JXLiu-AI__Awesome-Medical-LLM-in-Top-Journals__README@7176319.md"
PART = "wild17_development"
LINES = read_lines(NAME)

BULLET = re.compile(r'- (?:<img [^>]*alt="new"[^>]*>&nbsp;)?\*\*\[')
TITLE = re.compile(r"\*\*\[(.+?)\]\((https://doi\.org/\S+?)\)\*\*", re.DOTALL)


def main() -> None:
    papers = []
    per_section: dict[str, int] = {}
    section = None
    counts: dict[str, int] = {}
    for i, text in enumerate(LINES, 1):
        if text.startswith("#### "):
            section = text
        m = re.match(r"<summary><b>(.+?)</b>（(\d+)）", text)
        if m:
            section = m.group(1)
            counts[section] = int(m.group(2))
        if not text.startswith("- "):
            continue
        assert BULLET.match(text), i
        end = i
        while ")**" not in "\n".join(LINES[i - 1 : end]):
            end += 1
        own = "\n".join(LINES[i - 1 : end])
        t = TITLE.search(own)
        assert t, i
        papers.append(entry(LINES, i, end, t.group(1)))
        per_section[section] = per_section.get(section, 0) + 1
    assert len(papers) == 409, len(papers)
    assert per_section["#### 本次更新 2026-08-20，新增 97 篇"] == 97
    assert per_section["#### 最近收录"] == 15
    for name, n in counts.items():
        assert per_section[name] == n, (name, per_section[name], n)
    assert sum(counts.values()) == 297 and len(counts) == 18
    assert sum(1 for p in papers if p["end"] > p["line"]) == 2
    assert all(p["doi"] for p in papers)
    write_truth(NAME, PART, papers,
                "every '- ' bullet between PAPERS:BEGIN and PAPERS:END (new-this-update run, recent run, 18 per-journal"
                " <details> blocks) is an entry, repeats included; title = the bold doi.org link text (two titles wrap"
                " over two lines with an <i> species name)",
                "409 bullets = 97 + 15 + 297, each journal block's count against its '（n）' summary and the stats table"
                " total; the two two-line bullets; the one bullet with a [[code]] link after the title; every bullet has a"
                " doi.org link; 25 titles read against the file over all blocks (NEW badge before the title, no authors,"
                " runs of spaces in three Radiology: AI titles, curly quotes, en dashes)")


if __name__ == "__main__":
    main()
