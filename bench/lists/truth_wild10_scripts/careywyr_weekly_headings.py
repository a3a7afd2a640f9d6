"""Wild10 truth for careywyr/AI-Weekly-Paper 2026/0518-0522.md: a Chinese weekly AI-paper digest, one paper
per heading.

Shape: no preamble; 34 blocks of six lines each,

    ## English Title                          (line 6k+1)
    (blank)
    [中文翻译标题](https://arxiv.org/abs/NNNN.NNNNN)   (line 6k+3)
    (blank)
    中文摘要 (one paragraph)                   (line 6k+5)
    (blank)

Entry: every '## ' heading block, lines heading .. abstract paragraph.  Title: the English heading as
written.  The link text under it is the Chinese translation of the title (sometimes prefixed with a
method name the heading lacks, e.g. 'MIGA：...', 'BetaPRM：...'), a translated title, so never the
title.  Ids: the arXiv link on the block's third line.  All 34 blocks are papers (a technical report
and a survey among them); the file has nothing else.

Count checks: 34 lines start with '## ' (grep -c), every one at a line number = 1 mod 6, every
'[' link line at 3 mod 6 (awk), 34 arXiv links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "careywyr__AI-Weekly-Paper__2026__0518-0522@ae9521b.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("## "):
            continue
        assert i % 6 == 1, i
        assert lines[i] == "" and re.match(r"\[.+\]\(https://arxiv\.org/abs/\d{4}\.\d{5}\)$", lines[i + 1]), i
        assert lines[i + 2] == "" and lines[i + 3].strip(), i
        papers.append(entry(lines, i, i + 4, text[3:].strip()))
    assert len(papers) == 34, len(papers)
    assert all(p["arxiv"] for p in papers)
    write_truth(NAME, "wild10_development", papers,
                "every '## ' heading block is an entry (heading, Chinese-title link, Chinese abstract), title = the"
                " English heading; the Chinese link text is a translated title and is not used",
                "all 34 headings and arXiv ids read against the file; the regular six-line layout asserted for"
                " every block")


if __name__ == "__main__":
    main()
