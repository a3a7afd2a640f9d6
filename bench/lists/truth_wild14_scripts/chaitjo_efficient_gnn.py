"""Wild14 truth for chaitjo/awesome-efficient-gnn README: '- [Venue Year] [**Title**](url). Authors.' bullets, each section closed by a centred HTML figure.

Shape: eight '## ' topic sections of '- ' bullets; each bullet starts with a bracketed venue tag,
then the bold title linked to the paper (arXiv mostly, IJCAI, CVF, ACM DOI, a challenge web site),
then the authors.  One bullet (AutoML survey, line 24) wraps its authors onto the next line.  After
every section a '<p class="center"><img ...><em>Source: <paper title></em></p>' figure repeats
the title of one listed paper as an image caption: not an entry.

Entry: every '- [' bullet, except the two software libraries in 'Code Frameworks, Libraries, and
Datasets' ('[PyG] PyTorch Geometric', '[DGL] Deep Graph Library', no paper).  The benchmark and
challenge papers there (OGB, OGB-LSC with its authors, PyTorch Geometric Temporal, CIKM paper)
are entries.  Title: the bold link text; the '[Venue]' tag is dropped.

Checks: grep -c '^- \\[' = 37 bullets (awk per section 5, 3, 6, 3, 5, 5, 5, 5); 37 - 2 libraries = 35.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "chaitjo__awesome-efficient-gnn__README@91e771a.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("- ["):
            continue
        if text.startswith(("- [PyG]", "- [DGL]")):
            continue  # software libraries
        m = re.match(r"- \[[^\]]*\] \[\*\*(.+?)\*\*\]\(", text)
        assert m, (i, text)
        end = i
        while end < len(lines) and lines[end].strip() and not lines[end].startswith(("- ", "<", "#")):
            end += 1
        papers.append(entry(lines, i, end, m.group(1)))
    assert len(papers) == 35
    assert [(p["line"], p["end"]) for p in papers if p["end"] != p["line"]] == [(24, 25)]
    write_truth(NAME, "wild14_development", papers,
                "every '- [Venue] [**Title**](url). Authors.' bullet is an entry (the PyG and DGL library bullets"
                " excepted), title = the bold link text; the figure captions repeating titles are not entries",
                "all 35 entries listed with -v against the file; 37 bullets by grep, per-section counts by awk; the"
                " wrapped author line (24-25), the ACM DOI, the non-arXiv links (IJCAI, CVF, OGB-LSC site)")


if __name__ == "__main__":
    main()
