"""Wild29 truth for remihp/deep-learning-from-scratch references.md: 参考文献リスト, a Japanese list of the
papers cited in the book ゼロから作るDeep Learning that the author wanted to read.

Shape: Japanese `###` topic headings; each record is a "- Title(日本語/English nickname)  " bullet with a
Markdown hard-break (two trailing spaces), followed by an indented bare URL line (and at line 10 a second
bare URL to the author's own notes); records are separated by blank or whitespace-only lines.  The
nickname/annotation in parentheses is glued to the title without a space: "(Xavierの初期値)", "(Heの初期値)",
"(ベイズ最適化)", "(LeNet)", "(AlexNet)", "(VGG)", "(GoogLeNet)", "(ResNet)", "(R-CNN)", "(FCN)", "(DCGAN)".

Entries: every bullet except line 23 ("Batch Normilizationの解説ブログ(計算グラフ)", a blog post): 16.  The
intro line 4 (a link to the author's paper-reading repository) is not an entry.  Titles: the bullet text
without the glued trailing parenthesised annotation, spelled as written ("GradientBased Learning Applied to
Document Recognition").  Spans: the bullet line through its URL line(s).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild29 import entry, read_lines, write_truth

NAME = "remihp__deep-learning-from-scratch__references@8b549c9.md"
PART = "wild29_development"

BLOGS = {23}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    for i, line in enumerate(lines, 1):
        if not line.startswith("- ") or i in BLOGS:
            continue
        last = i
        while last < n and lines[last].startswith("  ") and lines[last].strip():
            last += 1
        text = line[2:].strip()
        title = re.sub(r"\([^()]*\)$", "", text).strip()
        papers.append(entry(lines, i, last, title))
    assert len(papers) == 16, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- ' bullet except the one blog bullet is an entry spanning its indented URL lines; title = the bullet"
        " text without the glued trailing parenthesised nickname/annotation.",
        "All 17 bullets of the file compared by eye with the output (titles, spans, arXiv ids).",
    )


if __name__ == "__main__":
    main()
