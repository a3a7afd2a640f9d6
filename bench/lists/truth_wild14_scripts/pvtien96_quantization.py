"""Wild14 truth for pvtien96/quantization README.md: a personal quantization reading list in three shapes.

Shape:
- '## :books: Surveys' and '## :clipboard: Research Papers': one HTML '<details>' card per item,
  '<summary><a href="url" target="_blank"><strong>Title</strong></a></summary>' (the research cards
  numbered inside the bold, '17. ' down to '1. '), then '- **TLDR:**', '- **Abstract:** ...',
  '- **What:**', '- **Methodology:**' ... note bullets (some with images, a code link or a GitHub
  stars badge) and '</details>'.  One survey summary lacks its closing '</a></summary>'.
- '## :computer: Repositories': bullets '[Name](url) [![GitHub Repo stars](badge)](repo)'.
- '## :herb: Category': per-method Markdown tables '| Paper | Venue | Year | Note |' whose rows are
  '| [Title](url) [![GitHub Repo stars](badge)](repo)| CVPR | 2023 | PoT |' (the first heading is
  written '- ### Data-free Quantization (DFQ)', a bullet holding a heading).

Entries:
- every '<details>' card (lines '<details>'..'</details>') except card '3. EfficientML.ai Lecture 5 -
  Quantization' (a YouTube lecture: not a scholarly work); title = the bold summary text, its
  '17. '-style number and trailing space dropped.  8 surveys + 16 research papers = 24.
- in Repositories, only the bullet 'Neural Network Quantization with AI Model Efficiency Toolkit
  (AIMET)', whose link text is the title of the arXiv white paper it links (arxiv 2201.08442); the
  other 16 bullets are code repositories, other awesome lists, courses, docs pages and a lab page
  (the 'Efficient Large Language Models: A Survey' bullet links the survey's GitHub repository, not
  the paper: a repository, not an entry).
- every row of the Category tables (64: DFQ 2, PTQ 24, QAT 22, tensor decomposition 10, LLM 6);
  title = the link text of the first cell, the stars badges after it dropped.  Papers repeated
  between cards and tables, or between tables (LQ-LoRA), are separate entries.
Terminology bullets are definitions, not entries.

Ids: from the entry's own lines (a card's first link is its summary link); IEEE Xplore, CVF, ECVA,
OpenReview, MDPI and ScienceDirect links give none; the Pattern Recognition row links doi.org and a
Springer article/chapter URL holds its DOI.

Count check: 25 '<summary>' lines (grep) minus the lecture = 24; 64 '| [' table rows (grep), and per
section counted with awk; 24 + 1 + 64 = 89.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "pvtien96__quantization__README@3279eb0.md"
PART = "wild14_development"
LINES = read_lines(NAME)
LECTURE = "EfficientML.ai Lecture 5 - Quantization"
AIMET = "Neural Network Quantization with AI Model Efficiency Toolkit (AIMET)"


def main() -> None:
    papers = []
    cards = 0
    i = 1
    n = len(LINES)
    while i <= n:
        text = LINES[i - 1]
        if text.strip() == "<details>":
            end = next(j for j in range(i + 1, n + 1) if LINES[j - 1].strip() == "</details>")
            summ = LINES[i]
            m = re.match(r'<summary><a href="[^"]+" target="_blank"><strong>(.+?)</strong>', summ)
            assert m, (i, summ)
            cards += 1
            title = re.sub(r"^\d+\.\s+", "", m.group(1)).strip()
            if title != LECTURE:
                papers.append(entry(LINES, i, end, title))
            i = end + 1
            continue
        i += 1
    assert cards == 25
    n_cards = len(papers)
    assert n_cards == 24

    # Repositories: the one bullet that names and links a paper.
    aimet = [k for k, t in enumerate(LINES, 1) if t.startswith("- [" + AIMET + "](https://arxiv.org/abs/2201.08442)")]
    assert len(aimet) == 1
    papers.append(entry(LINES, aimet[0], aimet[0], AIMET))

    section = None
    per: dict[str, int] = {}
    for k, t in enumerate(LINES, 1):
        h = re.match(r"^(?:- )?### (.+?)\s*$", t)
        if h:
            section = h.group(1)
            continue
        m = re.match(r"^\| \[(.+?)\]\((?:https?://[^)\s]+)\)", t)
        if m:
            per[section] = per.get(section, 0) + 1
            papers.append(entry(LINES, k, k, m.group(1)))
    assert per == {"Data-free Quantization (DFQ)": 2, "Post Training Quantization (PTQ)": 24,
                   "Quantization Aware Training (QAT)": 22, "Quantization & Tensor Decomposition": 10,
                   "LLM Quantization": 6}, per
    assert len(papers) == 89
    write_truth(NAME, PART, papers,
                "every <details> card (title = its bold summary text without the '17. ' number) except a YouTube"
                " lecture card, the one Repositories bullet that links an arXiv white paper by its title, and"
                " every row of the Category tables (title = the first cell's link text, stars badges dropped)",
                "all 25 cards' summaries (24 entries, the lecture card excluded), all 17 Repositories bullets"
                " decided one by one, the 64 table rows counted per section with awk; every card title and ~25"
                " table titles by eye, card ids against their summary links")


if __name__ == "__main__":
    main()
