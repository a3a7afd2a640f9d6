"""Wild31 truth for practical-zk/practical-zk.github.io _pages/notable.md: "Notable ZKP Blogs and Papers".

Shape: a Jekyll page (front matter lines 1-6) grouped by year headings (`#### 2024` ... `#### Foundational
Works`).  Every record is one paragraph line `[*P*] [Title.](url){:target="_blank"} Authors. *Venue.*` or the
same with `[*B*]`.  The page's own legend (line 8) says `[*P*]` marks academic/industry papers and `[*B*]`
blogs.  Entries: the 21 `[*P*]` lines.  Not entries: the 4 `[*B*]` blog posts (lines 12, 22, 24, 36), the
front matter, the intro paragraph and the closing footnote (line 83).  Title: the link text without its
closing period (the citation separator); the kramdown `{:target="_blank"}` attribute is not part of it.  Ids:
the ACM `dl.acm.org/doi/pdf/10.1145/...` and Springer `link.springer.com/chapter/10.1007/...` links give DOIs;
IACR ePrint and IEEE Xplore `arnumber` links give none.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "practical-zk__practical-zk.github.io___pages__notable@39e514f.md"
PART = "wild31_development"

REC = re.compile(r"^\[\*([PB])\*\] \[(.+?)\]\((\S+?)\)\{:target=\"_blank\"\}")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    blogs = 0
    for i, ln in enumerate(lines, 1):
        m = REC.match(ln)
        if not m:
            assert not ln.startswith("[*"), (i, ln)
            continue
        if m.group(1) == "B":
            blogs += 1
            continue
        papers.append(entry(lines, i, i, m.group(2)))
    assert blogs == 4, blogs
    assert len(papers) == 21, len(papers)
    write_truth(NAME, PART, papers,
                "Each `[*P*]` paragraph line is one entry (the page's legend marks papers [*P*] and blogs [*B*];"
                " the 4 blog lines are not entries); title = the link text without its closing period.",
                "All 25 record lines read by eye against the output: 21 [*P*] titles and DOIs, 4 [*B*] lines"
                " skipped, front matter and footnote ignored.")


if __name__ == "__main__":
    main()
