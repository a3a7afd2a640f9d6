"""Wild6 truth for nahisaho/YAGOKORO outputs/genai-timeline.md: a generated Japanese timeline of
generative-AI papers ('生成AI進化タイムライン', '> 収集論文: 193件') from a knowledge-graph project.

Shape: '## 2017年' year headings, '### Topic' sub-headings (Alignment, Foundation, RAG, ...), and one
bullet per paper: '- **Title** (arXiv:1706.03762)' or, for 14 papers, a bare DOI in parentheses
'- **Title** (10.18653/v1/2020.acl-main.703)' — no links anywhere, the identifier is bare text.

Entry: every '- **…** (…)' bullet (193, all papers; the NumPy and AlphaFold Nature articles included).
Ten titles appear twice under different topics or years; each bullet is its own entry (repeated
records).  Title = the bold text.  Count check: 193 bullets = the header's '193件' = 179 '(arXiv:'
+ 14 '(10.' bullets.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "nahisaho__YAGOKORO__outputs__genai-timeline@83f1bb4.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, x in enumerate(lines, 1):
        m = re.match(r"^- \*\*(.+)\*\* \((arXiv:[0-9.]+|10\.\S+)\)$", x)
        if m:
            papers.append(entry(lines, i, i, m.group(1)))
        else:
            assert not x.startswith("- "), (i, x)
    text = "\n".join(lines)
    assert "収集論文: 193件" in text
    n_ax, n_doi = text.count("** (arXiv:"), text.count("** (10.")
    assert len(papers) == 193 == n_ax + n_doi and n_ax == 179 and n_doi == 14, (len(papers), n_ax, n_doi)
    assert sum(1 for p in papers if p["arxiv"]) == 179 and sum(1 for p in papers if p["doi"]) == 14
    write_truth(
        NAME,
        "wild6_development",
        papers,
        "every '- **Title** (id)' bullet under the year and topic headings is an entry (193); title = the bold text;"
        " ids are bare 'arXiv:…' text or a bare DOI in parentheses",
        "all 14 DOI bullets and about 40 arXiv bullets (first and last of each year) checked by eye; the count against"
        " the header's 193件 and 179 arXiv + 14 DOI bullets; the ten titles listed twice kept as separate entries",
    )


if __name__ == "__main__":
    main()
