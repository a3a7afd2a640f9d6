"""Wild39 truth for AllenWrong/AllenWrong.github.io _posts/2022-04-03-MultiViewClusterPapers.md: a
student's Jekyll blog post listing recent multi-view clustering papers from CCF-A venues
("CCF A类会议或期刊--多视图聚类近两年相关论文").  The post was deleted from the blog in the next commit
(fadb325, 2022-04-15) and is absent from the newest commit, so it is taken from the commit that added it
(76657ae, 2022-04-03).

Shape: Jekyll front matter (1-7: layout, title, a Chinese ``excerpt``, date, mathjax), then one pipe
table with a Chinese header ``| 会议/期刊 | 论文 |`` (venue/journal | paper, line 10), its alignment row
(11) and one row per paper (12-63): ``| VENUEYEAR | Title. |``.  No links, authors or ids anywhere.
Each row is one entry on its own line; the title is the second cell with the closing period dropped
(the citation separator).  Decisions:
- Venue strings are glued to the year (``kdd2021``, ``ACMMM2021``, ``IJCAI2021-fca4ai``): venue only, not
  part of the title.
- The last row (63) is followed only by the file's final newline (no closing text).
- Titles that start with a method name (``CDD:``, ``MCCN:``, ``DIMC-net:``, ``COMIC:``, ``COMPLETER:``,
  ``CDIMC-net:``, ``GMC:``, ``CGD:``) keep it.
- Not entries: the front matter (its ``title`` names the post), the header and alignment rows.
- No arXiv id or DOI is written: every entry has none.
52 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "AllenWrong__AllenWrong.github.io___posts__2022-04-03-MultiViewClusterPapers@76657ae.md"
PART = "wild39_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, ln in enumerate(lines, 1):
        m = re.fullmatch(r"\| (\S+) \| (.+?) \|", ln.strip())
        if not m or i <= 11:
            continue
        assert re.fullmatch(r"[A-Za-z]+\d{4}(-\w+)?", m.group(1)), (i, m.group(1))
        papers.append(entry(lines, i, i, m.group(2)))
    assert len(papers) == 52, len(papers)
    write_truth(NAME, PART, papers,
                "Each table row after the Chinese header and alignment rows (12-63) is one entry on its line, title = the second cell without its closing period; front matter and header are not entries.",
                "Whole file read (63 lines): every row's venue cell matched VENUEYEAR (asserted), all 52 titles compared with the -v output incl. the method-name prefixes (17, 23, 24, 31, 40, 42, 49, 62), the IJCAI2021-fca4ai venue (47), the last row (63) followed only by the final newline; no ids in the file; deletion of the post in fadb325 checked with git ls-tree.")


if __name__ == "__main__":
    main()
