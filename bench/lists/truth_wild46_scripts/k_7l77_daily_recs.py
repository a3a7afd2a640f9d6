"""Wild46 truth for 7L77/PAPERNOTE DailyPapers/2026-01-01_to_2026-03-15-论文推荐.md: a paper-recommendation
digest (论文推荐) that a daily-papers skill wrote into a student's Obsidian vault on neural
architecture search.

Shape: YAML front matter, '# 2026-01-01 到 2026-03-15 论文推荐', a Chinese summary line ('共筛到 84
篇，来源分布：hf-daily=36, arxiv=48。...'), then one card per paper: '### N. Title' followed by
field bullets with Chinese or English labels: '- 作者:' (authors), '- 机构:' (affiliations; for
Hugging-Face items a scrape of the paper's first page, repeating the title, authors and a stray
'<div class="' fragment), '- 来源:' (source), '- Venue:', '- Score:', '- 链接: [arXiv](abs) |
[PDF](pdf)', an optional '- Comments:' (arXiv comments) and '- 核心:' (an excerpt of the paper's
related-work text with bracketed citation numbers).

Entries (84, the count the summary line gives): every '### N.' card; lines = the heading to the
card's last field line.  Nothing inside a card is a separate entry (the excerpts cite papers only
by number or author-year).  Title: the heading text after 'N. ', as written; the one LaTeX title
'$\textbf{Re}^{2}$: Unlocking LLM Reasoning via Reinforcement Learning with Re-solving' (50) is kept
verbatim, since LaTeX is not Markdown markup.  Ids: every card's '链接' bullet links arXiv (abs and
pdf, some 'http://arxiv.org/abs/NNNN.NNNNNv1'), so each entry has the arXiv id without version.
No card gives its own DOI; card 32's '核心' excerpt cites another work by its DOI as a citation key
('[ Li_2025_CVPRW , 10.5555/3666122.3666201 ]', line 330), which is not this paper's id: its doi is
set to null.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild46 import entry, read_lines, write_truth

NAME = "7L77__PAPERNOTE__DailyPapers__2026-01-01_to_2026-03-15-论文推荐@3e87630.md"
PART = "wild46_development"
LINES = read_lines(NAME)
CARD = re.compile(r"^### (\d+)\. (.+)$")


def main() -> None:
    assert "共筛到 84 篇" in LINES[11]
    starts = [i for i, x in enumerate(LINES, 1) if x.startswith("### ")]
    papers = []
    for k, s in enumerate(starts):
        m = CARD.match(LINES[s - 1])
        assert m and int(m.group(1)) == k + 1, (s, LINES[s - 1])
        stop = starts[k + 1] if k + 1 < len(starts) else len(LINES) + 1
        last = max(j for j in range(s, stop) if LINES[j - 1].strip())
        body = LINES[s:last]
        assert all(x.startswith("- ") for x in body), s
        assert sum(1 for x in body if x.startswith("- 链接: [arXiv](")) == 1, s
        p = entry(LINES, s, last, m.group(2).strip())
        if p["doi"]:
            assert s == 323 and p["doi"] == "10.5555/3666122.3666201", (s, p["doi"])
            p["doi"] = None  # a cited work's DOI inside the excerpt
        papers.append(p)
    assert len(papers) == 84, len(papers)
    assert all(p["arxiv"] for p in papers) and not any(p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '### N. Title' card with its field bullets is one paper (84, as the summary line says); "
        "title is the heading after the number; the arXiv id comes from the card's '链接' link.",
        "Checked the header and summary line, cards 1-5, 20-25, 48-52 (the LaTeX title at 50), 80-84 and "
        "the end of the file by eye against the -v output; every card is numbered 1..84 in order, has "
        "only field bullets and exactly one arXiv '链接' line; the '机构' scrapes that repeat a title and "
        "the '核心' excerpts with bracketed citations are inside cards, not entries; the one DOI in the file "
        "(a citation key in card 32's excerpt, line 330) is not the card's id.",
    )


if __name__ == "__main__":
    main()
