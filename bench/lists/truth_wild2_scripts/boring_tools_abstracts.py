"""Wild2 truth for therontau0054/boring_tools arxiv_crawler/papers_abstract/abstracts_240619.md: a generated arXiv digest.

A crawler's daily output ('# Abstracts of Papers'): one '## Topic' heading per search topic
(Physics, Diffusion, Quantitative Finance), then one card per paper: '### Title' heading, then
'**Authors**:', '**Published Date**:', '**Updated Date**:', '**PDF Url**: [IDvN](http://arxiv.org/pdf/IDvN)'
and '**Abstract**:' paragraphs (hard-wrapped, LaTeX kept).  Every '### ' card is an entry (20);
its lines run from the heading to the last non-blank line before the next heading (or the end of
the file); title = the heading text as written (LaTeX such as '$g$' or '$\\sqrt{s}$' kept);
arXiv id from the PDF Url link, version dropped.  No DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild2 import entry, read_lines, write_truth

NAME = "therontau0054__boring_tools__arxiv_crawler__papers_abstract__abstracts_240619@c64c0ab.md"
PART = "wild2_held_out"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    heads = [i for i, t in enumerate(LINES, 1) if t.startswith("#")]
    for k, i in enumerate(heads):
        text = LINES[i - 1]
        if not text.startswith("### "):
            assert re.fullmatch(r"#{1,2} [A-Z][\w ]+", text), (i, text)
            continue
        stop = heads[k + 1] - 1 if k + 1 < len(heads) else len(LINES)
        end = stop
        while not LINES[end - 1].strip():
            end -= 1
        block = "\n".join(LINES[i - 1 : end])
        assert "**PDF Url**:" in block and "**Abstract**:" in block, i
        papers.append(entry(LINES, i, end, text[4:]))
    write_truth(NAME, PART, papers,
                "every '### Title' card is an entry from its heading to the last non-blank line of its abstract;"
                " title = the heading text (LaTeX kept); arXiv id from the '**PDF Url**' link, version dropped",
                "all 20 cards (grep -c '^### ' = 20; 20 'PDF Url' lines), every title against its heading, the"
                " three '## ' topic headings and the '# ' file heading left out, first and last card of each topic"
                " and the end line of each card (last abstract line), ids; no DOI in the file")


if __name__ == "__main__":
    main()
