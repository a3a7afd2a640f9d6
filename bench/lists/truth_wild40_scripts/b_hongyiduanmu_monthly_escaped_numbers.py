"""Wild40 truth for HongyiDuanmu26/deep-learning-paper-reading README.md: one person's paper-reading log on deep
learning (VLA/autonomous driving, VLMs, mixture-of-experts, positional embeddings), newest first, with a note file
per paper.

Shape (59 lines and a final newline): a "# Paper reading list" heading, then "## YYYY-MM" month headings (2026-08
... 2025-08; the first is written "## 2026-08\\" with a stray backslash) over lines "N\\. [Title](url) [YYYY.MM]
[[Note](github blob url)] [Topic]" numbered 39 down to 1.  The number's dot is backslash-escaped, so Markdown renders
no ordered list: the lines of one month form one paragraph joined by the trailing two-space hard breaks every
item line ends with.  Links are arXiv abs/pdf URLs (one "v2", one "v1", one "www.arxiv.org"), plus an NVIDIA
PDF for Cosmos 3 (item 32, line 18).  Two items add a parenthesised source after the link ("(Jianlin Su)" item 3,
"(Waymo)" item 2); the last item ends "(please skip and save your time)" and has no note link; MultiPath (item 2)
has no note link either.

Decisions:
- Entry = each numbered line (one paper each); 39 entries, matching the numbering 39..1.  Headings and the intro
  paragraph (Patrick Liu's repository link) are not entries.
- Kept as scholarly works: "Qwen Technical Report" (item 21, line 35) and NVIDIA's "Cosmos 3" technical report
  (item 32, line 18).
- Title = the first link's text as written; the [YYYY.MM] date, note link, topic tag and parenthesised source or
  comment are not part of it.
- arXiv id from the title link (version dropped; the "v2" of line 9, "v1" of line 58 and www.arxiv.org/pdf/2506.07851
  of line 56 included); Cosmos 3 has none; no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "HongyiDuanmu26__deep-learning-paper-reading__README@da34b3c.md"
PART = "wild40_development"

ITEM = re.compile(r"^(?P<num>\d+)\\\. \[(?P<title>[^\]]+)\]\((?P<url>[^)]+)\) ")
MONTH = re.compile(r"^## 20\d\d-\d\d\\?$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    months = 0
    for n, text in enumerate(lines, 1):
        if MONTH.match(text):
            months += 1
            continue
        m = ITEM.match(text)
        if m:
            numbers.append(int(m.group("num")))
            papers.append(entry(lines, n, n, m.group("title")))
        else:
            assert not re.match(r"^\d", text), (n, text)
    assert months == 8, months
    assert numbers == list(range(39, 0, -1)), numbers
    assert len(papers) == 39, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 38
    write_truth(
        NAME,
        PART,
        papers,
        "Each 'N\\. [Title](url) [YYYY.MM] [[Note](...)] [Topic]' line under a '## YYYY-MM' month heading is an"
        " entry (39, numbered 39..1); title = the first link's text; arXiv id from that link; headings and intro"
        " are not entries.",
        "Whole file read (59 lines) against the -v output: the eight month headings (6, 11, 15, 24, 28, 34, 41,"
        " 49; 6 with its stray backslash), each month's first and last line (7/9, 12/13, 16/22, 25/26, 29/32,"
        " 35/39, 42/47, 50/59), the 'v2'/'v1'/www.arxiv.org links (9, 58, 56), the NVIDIA PDF without arXiv id"
        " (18), the parenthesised '(Jianlin Su)'/'(Waymo)'/'(please skip ...)' tails (57-59), the numbering"
        " 39..1 without gaps, and all 39 titles against their link text.",
    )


if __name__ == "__main__":
    main()
