"""Wild44 truth for trailofbits/publications README.md: the publication index of Trail of Bits, a security
company -- academic papers and white papers among many more tables of talks, podcasts, webinars, public comments,
case studies, security-review reports, disclosures, workshops and datasets.

Shape (1302 lines): a nested table of contents (3-57), then ``##`` sections each holding Markdown tables whose first
cell is a linked title: "## Academic Papers" (61-94, ``| [Paper Title](pdf or url) | [Venue](url) | Year |``, 32
rows), "## White Papers" (98-107, ``| [Paper Title](pdf) | Author(s) | Mon YYYY |``, 8 rows), "## Guides and
Handbooks" (web guides), "## Conference Presentations" with 13 ``###`` topic tables of talks (``| [Presentation
Title](slides) | Author(s) | Year |``, the same shape as the white papers), Podcasts, Webinars, Public Comments
(responses to government requests for information), Case Studies, "## Security Reviews" (about 770 lines of
audit-report tables under client and platform headings: product name, date, effort, report icons), Disclosures and
exploits (CVE table), Workshops, Datasets, Service Overviews and a Legend.  In the academic table the venue cell is a
link too (one with a DOI: 73 ``SOSP [KISV 2023](https://dl.acm.org/doi/abs/10.1145/3625275.3625399)``; one to IACR
ePrint 71); titles link local pdfs (``papers/...``), arXiv (75), the ACM DL (72, DOI), IEEE Xplore (84), GitHub blob
pdfs (77); one venue cell is plain ``arXiv`` (77) and one escapes pipes (88 ``PoC\\|\\|GTFO 0x20``).

Decisions:
- Entries (40): the 32 academic-paper rows (conference and workshop papers, EuroLLVM posters 68-69, the
  PoC||GTFO article 88, the arXiv preprint 77) and the 8 white-paper rows (authored technical reports, 100-107;
  105 is the white-paper version of the arXiv report 77 and counts again).
- Not entries: guides, talks (Conference Presentations), podcasts, webinars, public comments, case studies,
  security-review reports (product names, not titles of works), disclosures, workshops, the dataset, the service
  overview, the TOC and the legend.
- Span: the table row's line.
- Title: the first cell's link text.
- Ids: the first id the row gives: the ACM DL DOI of 72's title link, the DOI in 73's venue link, the arXiv id of
  75; the IACR ePrint venue link (71) is neither.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "trailofbits__publications__README@6bf36b8.md"
PART = "wild44_development"

ROW = re.compile(r"^\| \[([^\]]+)\]\([^)]+\) +\|")
SECTIONS = {"## Academic Papers": 32, "## White Papers": 8}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    counts = dict.fromkeys(SECTIONS, 0)
    for n, ln in enumerate(lines, 1):
        if ln.startswith(("## ", "# ")):
            section = ln
            continue
        if section not in SECTIONS or not ln.startswith("|"):
            continue
        if ln.startswith(("| Paper Title |", "| --- |")):
            continue
        m = ROW.match(ln)
        assert m and ln.count("](") >= 1, (n, ln)
        counts[section] += 1
        papers.append(entry(lines, n, n, m.group(1)))
    assert counts == SECTIONS, counts
    assert len(papers) == 40, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the Academic Papers table (32) and of the White Papers table (8, authored technical reports)"
        " is one entry (40); title = the first cell's link text; the tables of talks, podcasts, webinars, public"
        " comments, case studies, security reviews, disclosures, workshops, datasets and guides are not entries;"
        " ids from the row (a DOI may come from the venue link, 73).",
        "Script asserts the two sections hold exactly 32 and 8 linked rows; the whole file's headings listed and"
        " every other table's kind checked (talk titles, podcast names, RFI topics, client products, CVE names),"
        " none a paper; all 40 -v lines compared by eye with rows 63-94 and 100-107 (the '?' title 86, the escaped"
        " pipes 88, the arXiv 75, the DOIs 72 and 73, the IACR ePrint link 71 without id).",
    )


if __name__ == "__main__":
    main()
