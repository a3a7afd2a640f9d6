"""Wild27 truth for ArXCompass/ArXCompass.github.io papers/embodied_ai/2025_12/papers_1.md: a generated
monthly arXiv digest (embodied AI) written as HTML cards inside Markdown.

Shape: 9 lines of Markdown (title, '## Navigation' breadcrumb, '- Part 1', '## Papers'), then 60
cards, each exactly
    <div class="paper-card">
        <div class="paper-title"><a href="ARXIV URL">Title</a></div>
        <div class="paper-meta"> 📅 date [| 💬 arXiv comment] </div>
        <details class="paper-abstract"> abstract </details>
    </div>
with no blank lines.  Entry = one card (from its '<div class="paper-card">' line to its closing
'</div>' at column 0); title = the link text of the paper-title div.  Every card links an https arXiv abs
page with a version suffix (the pattern also allows pdf/http, which other pages of the site use).  Not entries: the page title, the breadcrumb links and
the 'Part 1' item.
Special cases: the generator repeats papers (the same id under another version or scheme, or a
second listing on a later date); repeated cards are separate entries, as the README says.  Titles
keep the file's LaTeX as written ('\\textit{ViRectify}: ...' on lines 431 and 546, while the v3 card on
line 374 writes plain 'ViRectify: ...'; 'S$^2$-MLLM' on line 556): it is neither Markdown nor HTML markup.  Card comments name project pages (not ids).
Count check: 60 '<div class="paper-card">' lines = 60 paper-title lines = 60 '</details>' lines =
60 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "ArXCompass__ArXCompass.github.io__papers__embodied_ai__2025_12__papers_1@79654e9.md"
PART = "wild27_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    start = None
    title = None
    for i, text in enumerate(lines, 1):
        if text == '<div class="paper-card">':
            assert start is None, i
            start, title = i, None
        elif start is not None and 'class="paper-title"' in text:
            m = re.fullmatch(r'\s*<div class="paper-title"><a href="https?://arxiv\.org/(?:abs|pdf)/\d{4}\.\d{4,5}v\d+">'
                             r'(.+?)</a></div>', text)
            assert m, i
            title = m.group(1)
        elif start is not None and text == "</div>":
            assert title, i
            papers.append(entry(lines, start, i, title))
            start = None
    assert start is None
    assert sum(1 for t in lines if 'class="paper-card"' in t) == 60
    assert len(papers) == 60, len(papers)
    assert all(p["arxiv"] for p in papers)
    write_truth(NAME, PART, papers,
                "every '<div class=\"paper-card\">' block (card open to its closing '</div>') is one entry; title ="
                " the link text of its paper-title div, LaTeX kept as written; repeated cards of the same paper are"
                " separate entries",
                "the whole page read: first and last cards, the 3 titles with LaTeX (lines 431, 546, 556) and the plain v3 ViRectify title (line 374), a sample"
                " of 20 cards against the -v output, every arXiv id checked to be the card's own link id")


if __name__ == "__main__":
    main()
