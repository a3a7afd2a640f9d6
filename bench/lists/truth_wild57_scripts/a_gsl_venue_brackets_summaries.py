"""Wild57 truth for UnHans/Awesome-Graph-Structure-Learning-Papers README.md: "Awesome Graph Structure Learning
Papers", a short curated list of graph structure learning (GSL) papers 2023-2025 with one-paragraph summaries,
newest commit touching the file (de58f32, 2025-02-22).

Shape: 49 lines, 8.7 KB.  An ``<img>`` title heading, a badge, two ``>`` quote lines promoting OpenGSL, then
``## 2025`` / ``## 2024`` / ``## 2023`` headings, each with ``-`` bullets, one paper a line:
``- **[VENUE YEAR (TAG)]** [Title](url) summary sentence(s).[[Code](github url)]``; a ``## Contributors`` HTML
table (29-49) closes the file.

Special cases:
- The bold venue bracket is sometimes followed by a space, sometimes not (``**[WWW 2024]**[DSLR: ...]``, 17,
  21-25, 27, 28); 11-12 add a tag in the bracket (``[Arxiv 2024 LLM4GSL]``).
- 17 and 26 have no summary and no code link: the bullet ends with the title link.
- 23: the title links the GitHub repository, not the paper (``[Curriculum Learning for Graph Neural Networks: Which
  Edges Should We Learn First](https://github.com/...)``); still a paper entry.  The title has no ``?``: kept as
  written.
- 13 keeps the apostrophe in ``You Can't Ignore Either``; 28's summary has LaTeX ``$O(N^2)$``.
- ``[[Code](...)]`` trails some summaries with no space (15, 16, 19, ...): not part of the title.
- The OpenGSL link in the quote (5) and the contributor table name no papers.
- arXiv ids come from arxiv.org/abs links (8, 11-15); DOIs from dl.acm.org/doi links (16, 17, 27, 28; 27 and 28
  are ``/doi/abs/``).

Decisions:
- Entry = every ``- **[...]**`` bullet: 18 entries, each one line (8-28).
- Title = the text of the first link after the bold venue bracket.
"""
import re

from _wild57 import entry, read_lines, write_truth

NAME = "UnHans__Awesome-Graph-Structure-Learning-Papers__README@de58f32.md"
PART = "wild57_development"

ITEM = re.compile(r"^- \*\*\[[^\]]+\]\*\* ?\[([^\]]+)\]\(")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert not ln.startswith("- "), (n, ln)
            continue
        papers.append(entry(lines, n, n, m.group(1)))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 18, len(papers)
    assert min(by) == 8 and max(by) == 28, (min(by), max(by))
    assert by[8]["title"] == "Uncertainty-aware Graph Structure Learning" and by[8]["arxiv"] == "2502.12618", by[8]
    assert by[13]["title"] == (
        "You Can't Ignore Either: Unifying Structure and Feature Denoising for Robust Graph Learning"
    ), by[13]
    assert by[16]["doi"] == "10.1145/3589334.3645522", by[16]
    assert by[17]["title"] == (
        "DSLR: Diversity Enhancement and Structure Learning for Rehearsal-based Graph Continual Learning"
    ), by[17]
    assert by[23]["title"] == (
        "Curriculum Learning for Graph Neural Networks: Which Edges Should We Learn First"
    ), by[23]
    assert by[27]["doi"] == "10.1145/3580305.3599476", by[27]
    assert by[28]["title"].startswith("GraphGLOW: "), by[28]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet '- **[VENUE YEAR]** [Title](url) summary [[Code](...)]' is one entry, one paper a line"
        " (8-28).  Title = the text of the first link after the bold venue bracket (with or without a space before"
        " it).  The OpenGSL promotion, headings and the contributor table are not entries.",
        checked="Read all 18 bullets against the -v output: titles, the bullets with no summary (17, 26), the"
        " GitHub-linked title (23), the arXiv ids (8, 11-15) and the dl.acm.org DOIs (16, 17, 27, 28).",
    )


if __name__ == "__main__":
    main()
