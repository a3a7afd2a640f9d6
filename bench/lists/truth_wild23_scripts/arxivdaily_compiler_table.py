"""Wild23 truth for ADNRs/arXivDaily README.md: a bot-generated daily arXiv table (compilers / LLVM).

Shape: a GitHub Action rewrites the README every day ('Update papers automatically.' commits) with
the latest arXiv papers matching the owner's keywords, at most 100 per keyword: eight lines of
prose ('Last update: 2026-08-21'), one keyword section '## Default', and a four-column table
'| **Title** | **Date** | **Abstract** | **Comment** |' (lines 13-14), one row per paper on one
line: '| **[Title](http://arxiv.org/abs/NNNN.NNNNNvK)** | YYYY-MM-DD | <details><summary>Show
</summary><p>abstract</p></details> | comment |' (the comment cell empty, plain text such as '9
pages, 2 figures', or another <details> block).
Entry: every table row (lines 15-111).  Title = the bold link text as the bot wrote it, arXiv's
title; one title has '__' between two words (line 59, 'Noise Injection for__Performance Bottleneck
Analysis'), kept as written: intraword underscores are not emphasis in Markdown.
arXiv id = the title link's id (version dropped); comments that cite other arXiv ids ('arXiv admin
note: text overlap with arXiv:...') come after it and do not count.  No DOIs.
Not entries: the prose, the header and separator rows.
Count check: 97 rows of 6 '|'-fields between line 15 and the end (the keyword keeps at most 100).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "ADNRs__arXivDaily__README@dd8fa28.md"
PART = "wild23_development"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[12] == "| **Title** | **Date** | **Abstract** | **Comment** |", lines[12]
    papers = []
    for i, text in enumerate(lines, 1):
        if i <= 14 or not text.strip():
            continue
        m = re.match(r"\| \*\*\[(.+?)\]\(https?://arxiv\.org/abs/(\d{4}\.\d{4,5})v\d+\)\*\* \| \d{4}-\d\d-\d\d \| ", text)
        assert m, i
        assert text.count("|") == 5, i
        e = entry(lines, i, i, m.group(1))
        assert e["arxiv"] == m.group(2), (i, e["arxiv"])
        papers.append(e)
    assert len(papers) == 97, len(papers)
    write_truth(NAME, PART, papers,
                "every row of the bot's '## Default' arXiv table is an entry; title = the bold link text as written"
                " (the '__' of line 59 kept); arXiv id = the title link's",
                "the table's first and last ten rows, every title with punctuation or markup characters (line 59's"
                " '__', '&' in 'cppyy & Cling', 'Schrödinger-style') and a sample of 20 rows read by eye; the script"
                " checks that every row has one title link and that its arXiv id is the helper's")


if __name__ == "__main__":
    main()
