"""Wild7 truth for JackonYang/paper-reading 01-zettelkasten/tbd-articles/old-readme.md: a personal notes index (Chinese/English).

Shape: an engineer's old README of a Zettelkasten vault, '#'/'##' topic headings in Chinese and
English, italic sub-topics ('_Basic Models_'), bare lines ('papers', 'alias: ...', a bare
<url>), and 49 '- ' bullets of many kinds: links to the author's own note pages ('[Question100
...](...)', '[Paper Reading - Object Detection](...)', '[2022-05-05 ISA and CPU Pipeline](...)'),
books ('深入理解计算机系统', 'A Tour of C++', 'CUDA_by_Example', 'Speech and Language
Processing'), a book chapter ('introduction to Hidden Markov Model [pdf](...) Chap.8'), NVIDIA
product briefs and whitepaper, a C++ talk/series/conference, a Chinese cgroups article, and the
papers: plain-text titles '- Title | [pdf](pdf/local.pdf)' with an optional '| [notes](notes/x.md)'.

Entries: the 22 '- Title | [pdf](...)' bullets under NLP (3 of 4: the first, 'Speech and Language
Processing', is a textbook), Undirected Graphical Model (the CRF paper), Near-duplicate
Detection (4), 图理论 (2), 数据库系统 (4) and 分布式系统 (8).  Title = the plain text before
' | [pdf]'.  Kept as scholarly works: Bitcask (Basho's technical paper), 'BASE: An Acid
Alternative' and 'Eventually consistent' (ACM Queue/CACM articles).  Not entries: every other
bullet (notes, books, the book chapter, vendor documents, talks, the cgroups article).  The pdf
links are local files: no ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "JackonYang__paper-reading__01-zettelkasten__tbd-articles__old-readme@d4b81fc.md"
PART = "wild7_development"
LINES = read_lines(NAME)

#: '- Title | [pdf](...)' bullets that are not papers
NOT_PAPERS = {75: "Speech and Language Processing (textbook)"}


def main() -> None:
    bullets = [i for i, t in enumerate(LINES, 1) if t.startswith("- ")]
    assert len(bullets) == 49, len(bullets)
    papers = []
    for i in bullets:
        m = re.match(r"- (.+?) \| \[pdf\]\(pdf/[^)]+\)( \| \[notes\]\(notes/[^)]+\))?$", LINES[i - 1])
        if not m:
            continue
        if i in NOT_PAPERS:
            assert LINES[i - 1].startswith("- Speech and Language Processing"), i
            continue
        papers.append(entry(LINES, i, i, m.group(1)))
    assert len(papers) == 22, len(papers)
    write_truth(NAME, PART, papers,
                "every '- Title | [pdf](local pdf)' bullet naming a paper is an entry (the textbook 'Speech and Language"
                " Processing' is not), title = the plain text before ' | [pdf]'; links to the author's notes, books, a"
                " book chapter, vendor documents, talks and an article are not entries",
                "all 49 bullets one by one (22 papers, 27 notes/books/docs/talks), the titles against the file, no ids"
                " (all pdf links are local)")


if __name__ == "__main__":
    main()
