"""Wild26 truth for jcstrydom/scraping-flink-docs .../https_arxiv_org_list_cs_DC_recent_<hash>.md: a scraped arXiv listing.

A Firecrawl crawl of the Apache Flink docs followed links off-site and saved arXiv's 'cs.DC recent'
page (Distributed, Parallel, and Cluster Computing, 12-16 January 2026) as Markdown in the repo:
a machine-made dump of an arXiv listing page.
Shape: a header block (lines 1-20: page title, day links, 'Total of 55 entries : 1-50', paging
links), then four '### <day> (showing N of N entries )' headings (lines 22, 185, 399, 548; 10 + 13 +
9 + 18 = 50), one record per paper: '\\[n\\] [arXiv:NNNN.NNNNN](https://arxiv.org/abs/...
"Abstract")', sometimes '(cross-list from cs.LG)' on the next line, a '\\[ [pdf](...), [html](...),
[other](...)\\]' line, 'Title:' alone on a line with the title on the next line, the author links
line, optional 'Comments:' / 'Journal-ref:' blocks (label on one line, text on the next), and
'Subjects:...' as the record's last line.  No abstracts.
Entries: the 50 records \\[1\\]..\\[50\\], spanning the '\\[n\\]' line to the 'Subjects:' line.  The
page says 55 entries but lists 1-50 (the links to 51-55 on lines 13 and 853 are not entries).  Journal-refs
name journals (lines 199, 775, 794) but give no DOI.
Title = the line after 'Title:' (one line each; typos such as 'Subspsace' and 'Peformance' kept).
Count check: 50 '\\[n\\] [arXiv:' lines numbered 1..50, 50 'Title:' lines, 50 'Subjects:' lines, and
the four day headings' counts sum to 50.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = ("jcstrydom__scraping-flink-docs__firecrawl_flink_docs__data__markdown_files__https_arxiv_org_list_cs_DC_recent_"
        "0ec20bb60c9369a88b17e15496fe424fb686df139dcb1f3ba8f9b40bb4bacc6d@836f0a8.md")
PART = "wild26_development"


def main() -> None:
    lines = read_lines(NAME)
    papers, shown = [], 0
    start = title = None
    for i, t in enumerate(lines, 1):
        m = re.match(r"### .+\(showing (\d+) of \1 entries \)$", t)
        if m:
            shown += int(m.group(1))
        m = re.match(r"\\\[(\d+)\\\] \[arXiv:\d{4}\.\d{5}\]\(https://arxiv\.org/abs/", t)
        if m:
            assert start is None, i
            assert int(m.group(1)) == len(papers) + 1, i
            start, title = i, None
        if t == "Title:":
            assert start and lines[i].strip(), i
            title = lines[i]
        if t.startswith("Subjects:"):
            assert start and title, i
            papers.append(entry(lines, start, i, title))
            start = None
    assert shown == 50, shown
    assert len(papers) == 50, len(papers)
    assert sum(1 for t in lines if t == "Title:") == 50
    write_truth(NAME, PART, papers,
                "every numbered listing record \\[n\\] (50) is an entry, spanning its '\\[n\\] [arXiv:...]' line to its"
                " 'Subjects:' line; title = the line after 'Title:'; header and paging links are not entries",
                "all 50 records by eye: numbering 1..50, each title against the line after 'Title:', cross-list"
                " markers and Comments/Journal-ref blocks kept inside their record, each arXiv id against its abs URL")


if __name__ == "__main__":
    main()
