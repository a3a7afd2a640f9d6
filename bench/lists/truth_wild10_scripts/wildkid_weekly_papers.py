"""Wild10 truth for wildkid1024/weekly-papers readme.md: one person's weekly paper collection ('每周论文合集'), notes in
Chinese.

Shape: topic headings '## 信息检索、搜索', '## 推荐系统', ... over one '### ' heading per paper, written
'### Title[Venue'YY][Org]' with the tags glued to the title (one '[ECCV'22]' after a space, one with the venue tag
only), then zero to five '- ' note bullets in Chinese; a few bullets point to the author's longer notes
('额外文档，见[...](....md)') or a GitHub repository.  No paper links, no ids.

Entry: every '### ' heading (26, counted with grep '^### ').  Title = the heading text before the first '[', the
trailing space dropped; the bracketed abbreviation after two titles ('(DCN)', '(DIN)') is a nickname and is left
out.  An entry spans its heading and its note bullets, up to the last non-blank line before the next heading.
Not entries: the '#'/'##' topic headings, the note bullets (the GitHub link of FastFormers, the links to the
author's own note files).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "wildkid1024__weekly-papers__readme@8c22d7f.md"
PART = "wild10_development"
LINES = read_lines(NAME)


def main() -> None:
    heads = [i for i, t in enumerate(LINES, 1) if t.startswith("#")]
    papers = []
    for n, i in enumerate(heads):
        text = LINES[i - 1]
        if not text.startswith("### "):
            continue
        nxt = heads[n + 1] if n + 1 < len(heads) else len(LINES) + 1
        last = i
        for j in range(i + 1, nxt):
            if LINES[j - 1].strip():
                last = j
        m = re.fullmatch(r"### ([^\[]+?)\s*(?:\[[^\]]*\])+\s*", text)
        assert m, (i, text)
        title = re.sub(r"\((?:DCN|DIN)\)$", "", m.group(1))
        papers.append(entry(LINES, i, last, title))
    assert len(papers) == 26, len(papers)
    write_truth(NAME, PART, papers,
                "every '### Title[Venue'YY][Org]' heading is an entry spanning its Chinese note bullets, title = the"
                " heading text before the first '[' with a bracketed abbreviation (DCN, DIN) dropped; topic headings and"
                " note bullets are not entries",
                "all 26 '### ' headings (grep) read against the output, the spans up to the next heading, the heading"
                " with a spaced tag and the one with a venue tag only, the two dropped abbreviations")


if __name__ == "__main__":
    main()
