"""Wild38 truth for CSLiuPeng/NewHardwareDB-PaperList Paper/RDMA相关数据库优化技术.md ("RDMA-related database
optimisation techniques"): one topic page of a Chinese student's paper list on databases for new hardware
(GPU, NVM, RDMA), here papers on RDMA for key-value stores, transactions, RPC and persistent memory.

Shape: "# RDMA", then one ordered list of 55 items:
- 1-45 (lines 3-137) are copied from dblp's web page: "N. [Author](https://dblp.org/pid/...), [Author](...):"
  with author links (on six items some are followed by an ORCID image "![0000-...](https://dblp.org/img/orcid-mark.12x12.png)"),
  then an indented (three or four spaces) second line "**Title.** [Venue Volume](https://dblp.org/db/...): pages (year)".  Item 40
  (120-122) has its first author's link text broken after "[" so it takes three lines.  arXiv preprints appear
  as dblp's "CoRR abs/2107.06836" venue (64, 67, 88, 128), with no arXiv URL.
- 46-55 (lines 139-157) are Chinese master's/doctoral theses in the GB/T 7714 style of CNKI,
  "N. 作者. 题名[D].学校,年份.DOI:10.27149/d.cnki....", each a single line, some without a DOI.
Blank lines separate the items.

Decisions:
- Entries: all 55 items; each is one paper or thesis.  Repeats are kept as separate entries (items 1 and 7 are
  the same ADMS@VLDB 2021 paper, items 10 and 21 "Consistent RDMA-Friendly Hashing on Remote Persistent Memory"
  are the ICCD and the CoRR version, items 53 and 54 the same thesis).
- Span: the item's first line to its last non-blank line (two lines for dblp items, three for item 40, one for
  the theses).
- Title: the bold text of a dblp item, final '.' dropped ('?' and '!' kept: "Can RDMA benefit ...?",
  "Deconstructing ...: Hybrid is Better!"); for a thesis the text between "N. 作者. " and the "[D]" type mark.
- Ids from the item's own lines: the CNKI DOIs of the theses; "CoRR abs/..." names an arXiv preprint only
  through dblp's venue label and a dblp URL, not an arXiv URL or "arXiv:" text, so no arXiv id is recorded.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "CSLiuPeng__NewHardwareDB-PaperList__Paper__RDMA相关数据库优化技术@c1c7fab.md"
PART = "wild38_development"

ITEM = re.compile(r"^(\d+)\. ")
BOLD = re.compile(r"\*\*(.+?)\*\*")
THESIS = re.compile(r"^\d+\. [^.]+\. ?(.+?)\[D\]")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert not ln.strip() or ln.startswith("   ") or ln == "# RDMA", n
            continue
        numbers.append(int(m.group(1)))
        last = n
        while last < len(lines) and lines[last].startswith("   "):
            last += 1
        text = " ".join(lines[n - 1 : last])
        if b := BOLD.search(text):
            title = b.group(1).strip().removesuffix(".")
        else:
            title = THESIS.match(ln).group(1).strip()
        papers.append(entry(lines, n, last, title))
    assert numbers == list(range(1, 56)), numbers
    assert len(papers) == 55, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each of the 55 ordered-list items is an entry (45 dblp-copied paper records, 10 CNKI thesis citations;"
        " repeats kept); title = the bold dblp title without its final '.', or the thesis title before '[D]';"
        " dblp 'CoRR abs/...' venues give no arXiv id.",
        "All 158 lines read; every item's span and title compared with the -v output (the 3-line item 40 with its"
        " broken author link, the ORCID-image items, the CoRR items 64/67/88/128, the '?' and '!' titles 125/137),"
        " the 10 thesis lines 139-157 checked one by one for title and CNKI DOI (five have none), and the"
        " repeated records 3/21, 30/63 and 153/155 confirmed as separate entries.",
    )


if __name__ == "__main__":
    main()
