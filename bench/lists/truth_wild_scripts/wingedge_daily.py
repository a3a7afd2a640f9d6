"""Wild truth for WingEdge777/daily-papers papers/2026-06/2026-06-01.md: a day's selected arXiv papers (Chinese page).

Under topic headings ('## Large Language Models', ...), one card per paper:
'### N. **[Title](https://arxiv.org/abs/IDvN)**', then bullets for score and date, authors, tags,
a Chinese AI summary ('AI摘要', a one-sentence description, not a translated title), a
'<details>' block with the original abstract and a last '评分理由' (scoring rationale) bullet.
Every card is an entry (25); its lines run from the heading to the '评分理由' bullet; title = the
heading's link text (bold unwrapped); arXiv id from its link, without the version.  No DOIs.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "WingEdge777__daily-papers__papers__2026-06__2026-06-01@c6debd1.md"
PART = "wild_development"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


def main() -> None:
    for i, text in enumerate(LINES, 1):
        m = re.fullmatch(r"### \d+\. \*\*\[(.+)\]\((https://arxiv\.org/abs/[\d.]+v\d+)\)\*\*", text)
        if not m:
            assert not text.startswith("### "), i
            continue
        end = i
        while not LINES[end - 1].startswith("- **评分理由**"):
            end += 1
            assert not LINES[end - 1].startswith("#"), i
        add(i, end, m.group(1))
    write("every '### N. **[Title](arXiv abs url)**' card is an entry from its heading to its '评分理由' bullet, title ="
          " the heading's link text, arXiv id from that link (version dropped)",
          "all 25 cards (count of '### ' and '评分理由' lines), every title against its heading, line ranges,"
          " ids; the Chinese summaries are descriptions, not titles; no DOI in the file")


if __name__ == "__main__":
    main()
