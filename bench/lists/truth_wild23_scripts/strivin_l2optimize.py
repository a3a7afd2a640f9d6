"""Wild23 truth for Strivin0311/ai-learning tasks/l2/l2optimize.md: a 'Learning to Optimize' page of a
personal AI resource collection (one page per niche topic).

Shape: after the '# Learning to Optimize' title and an italic one-line intro, one '#### Title' heading
per paper, then 'paper link: [here](url)', then 'citation: ' and a fenced ```bibtex block holding the
same paper's BibTeX entry (title, author, journal/booktitle, year), then blank or whitespace-only
lines.  Entry = the heading line through the closing fence of its BibTeX block (the BibTeX is under
the entry for the same paper, so it is part of it, not a second entry); title = the heading text.
Special cases: the heading on line 61 reads 'Direct Optimization through for Discrete Variational
Auto-Encoder' (the argmax was lost; its BibTeX title on line 68 writes
'$$\\backslash$arg$\\backslash$max $'): the heading is taken as written.  Line 5's heading writes
"d'horizon" with a straight apostrophe, its BibTeX a curly one.  arXiv ids come from the paper links
(arxiv.org/pdf) and BibTeX 'arXiv preprint arXiv:' journal fields, which agree; no DOIs.  Paper links
to NeurIPS, PMLR and a university repository give no id.
Count check: 17 '#### ' headings, 17 '```bibtex' fences, 17 'paper link:' lines; 17 entries.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "Strivin0311__ai-learning__tasks__l2__l2optimize@2e1e1d7.md"
PART = "wild23_development"


def main() -> None:
    lines = read_lines(NAME)
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("#### ")]
    assert sum(t.startswith("```bibtex") for t in lines) == 17
    assert sum(t.startswith("paper link: [here](") for t in lines) == 17
    papers = []
    for k, h in enumerate(heads):
        nxt = heads[k + 1] if k + 1 < len(heads) else len(lines) + 1
        block = [j for j in range(h, nxt) if lines[j - 1].startswith("```")]
        assert len(block) == 2 and lines[block[0] - 1] == "```bibtex", (h, block)
        assert lines[h + 1].startswith("paper link: "), h
        papers.append(entry(lines, h, block[1], lines[h - 1][5:]))
    assert len(papers) == 17, len(papers)
    write_truth(NAME, PART, papers,
                "each '#### Title' heading with its 'paper link' line and the fenced BibTeX block under it is one"
                " entry; title = the heading text as written (line 61's heading lacks the argmax its BibTeX has)",
                "all 17 entries read by eye: heading titles, the span to the closing fence, arXiv ids in links"
                " and BibTeX journal fields, the argmax-less heading on line 61 and the apostrophe on line 5")


if __name__ == "__main__":
    main()
