"""Wild10 truth for rmwang0910/BioLitKG outputs/scrna_large_20251205_111844/papers_list.md.

Shape: a generated Chinese-labelled literature list of single-cell RNA-seq biology papers.  After
'# 论文清单' and '共 150 篇论文', each record is a numbered line '1. **Title**' followed by three-space
indented sub-bullets '- 作者: …', '- 年份: …', '- 引用数: …' and then some of '- DOI: [10.…](doi.org)',
'- arXiv: [id](arxiv.org/abs/id)', '- PubMed: [PMID:…](…)'; a blank line closes the record.

Entry: every numbered bold line, with its sub-bullets (all 150 are papers: articles, preprints,
protocol chapters and one data descriptor).  Title: the bold text (a final '.' dropped by the helper;
'Mg$^{2+}$' kept as written).  Ids: the record's own DOI and arXiv links.

Count checks: grep '^[0-9]*\\. \\*\\*' gives 150, the header says 150, the numbers run 1..150 without a
gap, 150 '作者' sub-bullets; DOI 134, arXiv 71 sub-bullets (counted by grep).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "rmwang0910__BioLitKG__outputs__scrna_large_20251205_111844__papers_list@cdad90c.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        m = re.match(r"(\d+)\. \*\*(.+)\*\*$", text)
        if not m:
            continue
        assert int(m.group(1)) == len(papers) + 1
        end = i
        while end < len(lines) and lines[end].startswith("   - "):
            end += 1
        papers.append(entry(lines, i, end, m.group(2)))
    assert len(papers) == 150
    assert sum(1 for p in papers if p["doi"]) == 134
    assert sum(1 for p in papers if p["arxiv"]) == 71
    assert all(p["end"] - p["line"] in (4, 5, 6) for p in papers)
    write_truth(NAME, "wild10_development", papers,
                "every numbered '1. **Title**' line with its indented 作者/年份/引用数/DOI/arXiv/PubMed"
                " sub-bullets is an entry (150, all papers); title = the bold text",
                "count against grep of numbered bold lines (150) and the header's 150, numbering 1..150,"
                " DOI/arXiv sub-bullet counts (134/71), every title read in the -v listing against the file,"
                " entries 1, 14 (LaTeX in title), 75, 116 (data descriptor), 150 and their line spans")


if __name__ == "__main__":
    main()
