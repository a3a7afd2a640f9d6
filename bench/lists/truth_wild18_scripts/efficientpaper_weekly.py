"""Wild18 truth for hustzxd/EfficientPaper docs/weekly_paper/2026-03-16.md: a generated weekly paper
digest, one card per paper under its own '##' heading.

Shape: '# 2026-03-16', then '# Table of Contents' with 21 '* [Title](#anchor)' lines (a table of
contents, not entries), then 21 cards separated by '---'.  Each card: '## Title' (the digest strips
colons from titles: 'MoEKD Mixture-of-Experts Knowledge Distillation ...', and keeps LaTeX:
'98$\\times$ Faster LLM Routing ...'), a line of shields.io keyword badges ('![](...badge/LLM-FF8C00)'),
a '> ' one-sentence Chinese summary, '**Authors:** ... | **Date:** ...', '**Link:** [arxiv url](arxiv
url)', and the abstract inside '<details><summary>Abstract</summary> ... </details>'.  Each card is an
entry from its heading line to its '</details>' line; title = the heading text as written (without
the colons the digest dropped; nothing is restored).

Counts checked a second way: 21 '## ' headings, 21 '**Link:**' lines (all arXiv abs URLs), 21
'</details>' lines, 21 table-of-contents bullets with the same titles.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild18 import entry, read_lines, write_truth

NAME = "hustzxd__EfficientPaper__docs__weekly_paper__2026-03-16@6a93006.md"
PART = "wild18_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    toc = [ln for ln in lines if ln.startswith("* [")]
    for i, text in enumerate(lines, 1):
        if not text.startswith("## "):
            continue
        end = i
        while lines[end - 1].strip() != "</details>":
            end += 1
        assert any(lines[k].startswith("**Link:** [http://arxiv.org/abs/") for k in range(i, end)), i
        papers.append(entry(lines, i, end, text[3:].strip()))
    assert len(papers) == 21 and len(toc) == 21
    toc_titles = [re.match(r"\* \[(.+)\]\(#", t).group(1) for t in toc]
    assert toc_titles == [text.removeprefix("## ").strip() for text in lines if text.startswith("## ")]
    write_truth(
        NAME, PART, papers,
        "every '## Title' card (heading, keyword badges, Chinese one-line summary, authors/date, arXiv link,"
        " <details> abstract) is an entry from its heading to its </details>, title = the heading text as"
        " written; the table-of-contents bullets repeating the titles are not entries",
        "all 21 cards' titles, line ranges and arXiv ids printed with -v against the file; 21 headings, 21"
        " Link lines, 21 </details>, 21 TOC bullets counted by grep")


if __name__ == "__main__":
    main()
