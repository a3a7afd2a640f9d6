"""Wild20 truth for nuaa-lsy-group/nuaa-lsy-group.github.io '2024-autumn.md': a lab's (NUAA) weekly
group-meeting log for one semester, kept by the students in Chinese.

Shape: '## 2024.12.17' date headings over bullets '- 姓名：Title[[paper](url)][[slides](url)]' (presenter
name, fullwidth colon, sometimes a space, the title with no separator before '[['), sometimes
followed by a '>' block-quote summary of the talk.  One bullet (line 28) wraps its links onto the
next line.  Three bullets name two papers joined by ' & ' with '[[paper1]]' '[[paper2]]' links
(lines 8, 15, 33): each names two entries on the same lines.  Paper links go to local PDFs,
arXiv abs pages, a dl.acm.org DOI URL or CVF open access.
Entry = the bullet's own lines (the '>' summaries are separate blocks after the list item, one of
them covering both papers of line 8, so they are not counted in).  Title = the text between the
presenter prefix and the first '[[', split on ' & ' where two papers are named; titles are kept as
the students typed them (missing colons as in 'CLIPCleaner Cleaning Noisy Labels with CLIP',
'Continual test-time domain Adaption').
Count: 20 bullets (grep -c '^- '), three of them with two papers: 20 + 3 = 23 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "nuaa-lsy-group__nuaa-lsy-group.github.io__2024-autumn@7372566.md"
PART = "wild20_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        m = re.match(r"- (\S+?)：\s*(.+)$", text)
        assert m, i
        last = i
        while "[[" not in lines[last - 1]:
            last += 1
        head = " ".join(lines[i - 1:last])
        title_part = re.match(r"- \S+?：\s*(.*?)\s*\[\[", head).group(1)
        titles = title_part.split(" & ") if "[[paper2]" in head else [title_part]
        assert len(titles) == (2 if "[[paper2]" in head else 1), i
        for t in titles:
            papers.append(entry(lines, i, last, t))
        bullets += 1
    assert bullets == 20 and len(papers) == 23, (bullets, len(papers))
    write_truth(NAME, PART, papers,
                "every '- 姓名：Title[[paper](url)]…' bullet under the date headings is an entry (its own lines, the"
                " wrapped link line included, the '>' summary blocks not); title = text between the presenter prefix"
                " and the first '[['; the three bullets with '[[paper1]]'/'[[paper2]]' name two papers split on ' & '",
                "all 20 bullets one by one (presenter prefixes with and without a space after '：', the wrapped"
                " line 28-29, the three ' & ' bullets giving two entries each, titles as typed), arXiv ids from the"
                " arxiv.org/abs links, the dl.acm.org DOI")


if __name__ == "__main__":
    main()
