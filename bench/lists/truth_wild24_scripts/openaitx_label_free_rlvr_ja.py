"""Wild24 truth for OpenAiTx/OpenAiTx projects/QingyangZhang/Label-Free-RLVR/README-ja.md.

A Japanese machine translation (by the OpenAiTx project) of an awesome list of papers on
label-free reinforcement learning with verifiable rewards: the title, introduction, table of
contents and the four section headings (DeepSeek-R1-Zero以前, 外部監督なしのRLVR, 限られたデータによるRLVR,
その他) are Japanese; the paper titles stay English.

Shape: under the '###' headings (lines 22-85), one paragraph per record, blank lines between:
'[Title](url), ArXiv, YYYY-MM[-DD][, venue note]'.  Title = the link text.  arXiv abs and pdf
links, two with a 'v1' version (lines 52, 58).
Entries: every record whose type label is 'ArXiv'/'Arxiv' (26).  Not entries: the two records
the list itself labels 'Blog' (line 46, 'Spurious Rewards ...' linking a GitHub README; line 84,
'Incorrect Baseline Evaluations ...' linking a Notion page, with its Japanese quote-note on
line 85), the table of contents (lines 13-18), the byline and the star-history badge (line 89).
The paper 'Confidence Is All You Need ...' is listed twice (lines 58 and 74): two entries.
Count check: 28 record paragraphs between line 22 and the 'スター履歴' heading = 26 + 2 blogs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "OpenAiTx__OpenAiTx__projects__QingyangZhang__Label-Free-RLVR__README-ja@e698928.md"
PART = "wild24_development"
BLOGS = {46, 84}


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("### DeepSeek-R1-Zero以前") + 1
    stop = lines.index("## スター履歴") + 1
    papers = []
    records = 0
    for i in range(start + 1, stop):
        text = lines[i - 1]
        if not text.startswith("["):
            continue
        records += 1
        m = re.match(r"\[(.+?)\]\((\S+?)\), (ArXiv|Arxiv|Blog), ", text)
        assert m, i
        if m.group(3) == "Blog":
            assert i in BLOGS, i
            continue
        papers.append(entry(lines, i, i, m.group(1)))
    assert records == 28, records
    assert len(papers) == 26, len(papers)
    write_truth(NAME, PART, papers,
                "every '[Title](url), ArXiv, date' paragraph under the four Japanese section headings is an entry,"
                " title = the link text; the two records labelled 'Blog' (a GitHub README, a Notion page) are not",
                "all 28 records read by eye against the -v output (26 entries, 2 blogs); every title and arXiv id"
                " (abs, pdf, two with v1) checked on its line; the repeated 'Confidence Is All You Need' kept twice")


if __name__ == "__main__":
    main()
