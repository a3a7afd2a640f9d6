"""Wild14 truth for Jasonlee1995/AI_Papers README.md: a personal review log of AI papers, one Markdown table per year.

Shape: '## 2024' ... '## ~ 2014' headings, each followed by a table '|Year|Conference|Paper|Links|'
whose rows are '|2023|CVPR (Oral)|Title|[Paper](url), [Official Pytorch Code](url), [Open Review](url),
[Summary](issue url)|'.  The title column is plain text (no link, no markup); the links sit in the
fourth cell.  A closing '## Blogs' table (same shape, 'Source' instead of 'Conference', '[Blog](url)'
links) lists blog posts, and two 'Format : |20xx|...|' lines describe the row template.

Entry: every row of the year tables (lines 16-290); title = the third cell as written.  The two
Distill rows (a peer-reviewed journal, filed as '[Paper]') are entries.  Not entries: the 5 rows of
the Blogs table (OpenAI/Google/personal blog posts and Medium articles), the 'Format :' template lines,
the header and separator rows.

Ids: the '[Paper]' link is arXiv for most rows (abs URLs); the NIPS proceedings, Distill and other
links give no id.  Open Review links are not ids.

Count check: rows per year section counted with awk on '## ' headings (2024: 2, 2023: 10, 2022: 25,
2021: 30, 2020: 30, 2019: 25, 2018: 25, 2017: 22, 2016: 17, 2015: 17, ~2014: 21 = 224), and every
one of the 224 rows has a '[Paper](' link.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "Jasonlee1995__AI_Papers__README@77c3d2f.md"
PART = "wild14_development"
LINES = read_lines(NAME)

PER_SECTION = {"2024": 2, "2023": 10, "2022": 25, "2021": 30, "2020": 30, "2019": 25, "2018": 25,
               "2017": 22, "2016": 17, "2015": 17, "~ 2014": 21}
ROW = re.compile(r"^\|(\d{4})\|([^|]+)\|([^|]+)\|(.*)\|\s*$")


def main() -> None:
    papers = []
    counts: dict[str, int] = {}
    section = None
    blog_rows = 0
    for i, text in enumerate(LINES, 1):
        h = re.match(r"^## (.+?)\s*$", text)
        if h:
            section = h.group(1)
            continue
        m = ROW.match(text)
        if not m:
            continue
        if section == "Blogs":
            assert "[Blog](" in m.group(4), i
            blog_rows += 1
            continue
        assert section in PER_SECTION, (i, section)
        assert "[Paper](" in m.group(4), i
        counts[section] = counts.get(section, 0) + 1
        papers.append(entry(LINES, i, i, m.group(3).strip()))
    assert counts == PER_SECTION, counts
    assert blog_rows == 5
    assert len(papers) == 224
    write_truth(NAME, PART, papers,
                "every row of the per-year tables is an entry, title = the plain-text 'Paper' cell; the Blogs"
                " table's rows (blog posts) and the 'Format :' template lines are not entries",
                "rows per year section counted with awk (224) and asserted; every row has a [Paper] link; titles"
                " of the first and last rows of each section, the Distill and PNAS rows and ~20 others by eye;"
                " the Blogs table's 5 rows read and excluded")


if __name__ == "__main__":
    main()
