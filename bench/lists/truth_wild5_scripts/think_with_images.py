"""Wild5 truth for zhaochen0110/Awesome_Think_With_Images README: a survey's companion repository
("Thinking with Images for Multimodal Reasoning"), papers grouped by the survey's three stages.

Shape: a centred HTML header (the survey's own title and badge links), Introduction with figures,
News bullets ('-   **[2025-07]** ...', not entries), a Table of contents, then '## Stage N' sections
with '### ➤ Prompt-/SFT-/RL-Based Approaches' subsections (an italic one-line description each) and
'## 📊 Evaluation & Benchmarks', then the survey's own citation BibTeX (boilerplate: not an entry).
Each paper is one bullet '- [Title](arXiv url) ![](https://img.shields.io/badge/abs-YYYY.MM-red)'
(the date badge).  The markup is irregular: badges glued to the link without a space, badge
written as '![https://img.shields.io/...]' (no parentheses), one title bracket separated from its
URL by a space ('[DWIM: ...] (https://arxiv.org/pdf/2503.19263)', not a Markdown link), one URL
doubled ('httpshttps://arxiv.org/abs/2505.19702'), one 'www.arxiv.org' link.  Every bullet opening
'- [' in the paper sections is a paper: 119 entries, one line each; a paper listed twice (e.g.
VTool-R1, UniVG-R1) counts per bullet.  Title = the bracket text; arXiv id from the bullet's URL.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "zhaochen0110__Awesome_Think_With_Images__README@7694545.md"
PART = "wild5_development"
BULLET = re.compile(r"- \[([^\]]+)\] ?\((\S+)\) *!\[.*")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## 🛠️ Stage 1: Tool-Driven Visual Exploration") + 1
    stop = lines.index("## 🙏 Contributing & Citation") + 1
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("- ["):
            continue
        assert start < i < stop, i
        m = BULLET.fullmatch(text.rstrip())
        assert m, (i, text)
        assert "arxiv.org/" in m.group(2), i
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 119, len(papers)
    assert all(p["arxiv"] for p in papers)
    write_truth(NAME, PART, papers,
                "every '- [Title](arXiv url) <date badge>' bullet of the stage and benchmark sections is an entry (one"
                " line), title = the bracket text (also for the one bracket split from its URL by a space); news"
                " bullets, header links and the survey's own BibTeX are not entries",
                "all 119 bullets (grep '^- \\[' = 119, 119 arXiv URLs), the irregular badge forms, the split"
                " '] (' bullet, the doubled 'httpshttps' URL, the repeated papers, first and last title per subsection")


if __name__ == "__main__":
    main()
