"""Wild21 truth for BaolanChen/Awesome-Remote-Sensing-Cross-Modal-Image-Text-Retrieval README: a small
remote-sensing awesome list (Chinese closing sections) made of Markdown tables whose title cell is
plain bold text and whose paper link sits in another cell, labelled with a nickname.

Paper tables (title always the second column, '**Title**'):
  * Survey ('|Paper|Title|Publication|Affiliation|Note', header without closing pipe): first cell
    '[Paper](url)'; 8 rows, one Chinese title (line 47);
  * Retrieval Models and 'for More Tasks' ('|Paper|Title|Publication|Affiliation|Code|Note'): first
    cell the nickname as link text '[ACF](url)' (or '[-](url)'); 38 + 2 rows;
  * Large & Foundation Models ('|Abbreviation|Title|Publication|Paper|Code & Weights|'): a bold
    nickname first, the link '[VHM](url)' in the fourth cell; 13 rows.
Each row is an entry; title = the bold Title cell (nickname cells are not part of it).
Image-Text Datasets table ('| Dataset Name | Image size | ...'): a row whose name links an arXiv
paper (ChatEarthNet, GEOBench-VLM, VRSBench, lines 61-63) is an entry naming only the dataset, title
null; the seven rows linking a GitHub repository are datasets without a paper, not entries.
Not entries: the update bullets, the contents, the Chinese feedback/acknowledgement/citation text.
DOIs come from publisher URLs that hold them (ACM, Taylor & Francis, the Wuhan University and UCAS
journal pages); IEEE Xplore document numbers are not DOIs.
Counts: 8 + 38 + 2 + 13 = 61 paper rows, plus 3 dataset rows = 64.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild21 import entry, read_lines, write_truth

NAME = "BaolanChen__Awesome-Remote-Sensing-Cross-Modal-Image-Text-Retrieval__README@b356a27.md"
EXPECTED = {"Survey": 8, "Retrieval Models": 38, "More Tasks": 2, "Foundation Models": 13, "Datasets": 3}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = next((k for k in EXPECTED if k in text), "") if "Datasets" not in text else "Datasets"
            continue
        if not text.startswith("|") or re.match(r"^\|\s*:?-", text):
            continue
        cells = [c.strip() for c in text[1:].split("|")]
        if cells[0] in ("Paper", "Abbreviation", "Dataset Name"):
            continue
        if section == "Datasets":
            if "arxiv.org" not in cells[0]:
                continue  # a dataset linking its GitHub repository
            papers.append(entry(lines, i, i, None))
        else:
            assert section, (i, text)
            m = re.fullmatch(r"\*\*(.+)\*\*", cells[1])
            assert m, (i, cells)
            papers.append(entry(lines, i, i, m.group(1)))
        counts[section] = counts.get(section, 0) + 1
    assert counts == EXPECTED, counts
    assert len(papers) == 64
    write_truth(
        NAME, "wild21_development", papers,
        "every row of the four paper tables is an entry, title = the bold second (Title) cell, the link in the"
        " first or fourth cell labelled with a nickname; the three dataset rows that link an arXiv paper are"
        " entries with a null title, the GitHub-linked dataset rows are not",
        "all 64 rows listed against the file; per-table counts 8/38/2/13 against the rows between headers; the"
        " dataset table read in full (3 arXiv-linked of 10); the Chinese survey title; DOIs of the ACM, T&F and"
        " Chinese journal URLs; nothing after line 132 is a paper",
    )


if __name__ == "__main__":
    main()
