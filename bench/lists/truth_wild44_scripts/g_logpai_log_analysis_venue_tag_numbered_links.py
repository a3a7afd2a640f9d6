"""Wild44 truth for logpai/awesome-log-analysis papers.md: the paper page of a curated list on log analysis for
software reliability (anomaly detection, failure diagnosis, logging practices, log parsing and compression),
software engineering and systems venues.

Shape: ``# Papers`` and a nested table of contents of anchor links (3-22); ``### Topic`` headings, several of
them empty (Failure Prediction 48, Energy/Security Issues 68-69, Tracing Practices 111, Industrial Talks 141 at
the end of the file); under the others numbered items all written ``1.`` (lazy numbering):
``1. [**Venue'YY**] [Title](url), by Authors. [**Company**]``.  The bold bracketed venue tag opens each item
(``[**Blog**]``, ``[**Book'14**]``, ``[**Thesis**]``, ``[**Ebook'17**]`` mark non-paper kinds; 109 has two tags
``[**TOCS'12**][**ASPLOS'11**]`` for the journal and conference versions of one paper); a bold bracketed company
or award note may close it (``[**Microsoft**]``, ``[**ACM SIGSOFT Distinguished Paper Award**]`` 57) and one
item ends with a ``[[Code](url)]`` link (132).  Special cases: two titles are bracketed without any link (52
``[The Prefix Inflection Theorem: ...]``, 129 ``[Logzip: ...]``), one link is empty (89 ``[CloudRaid: ...]()``),
one links the tool's GitHub repository instead of the paper (73 Log3C), several titles carry a trailing space
inside the brackets (59, 65), 78 has a tab after ``by``; PDF links on personal pages, ACM ``citation.cfm?id=``,
IEEE ``document/``, arXiv PDF/abs links (34, 114, 115, 116, 137).

Decisions:
- Entries: every numbered item whose subject is a scholarly work (72): conference and journal papers, the
  IST systematic review (29), the IEEE Software magazine article (30) and the PhD thesis (28, ``[**Thesis**]``).
  Not entries: the blog post (25), the two books (26, 27), the two vendor e-books (56, 104), the table of
  contents and the headings.  The two-tag item 109 names one paper and is one entry.  One line each.
- Title: the text of the first bracket group after the venue tag(s), link or not, trimmed, as written
  (``Software. Logging Statements`` 101 kept).
- Ids: arXiv links only (34, 114, 115, 116, 137); no DOI is written (asserted).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "logpai__awesome-log-analysis__papers@b518db9.md"
PART = "wild44_development"

ITEM = re.compile(r"^1\. (?P<tags>(?:\[\*\*[^*\]]+\*\*\])+) \[(?P<t>[^\]]+)\]")
NOT_PAPERS = {"Blog", "Book'14", "Book'12", "Ebook'17"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    items = 0
    skipped = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("1. "):
            continue
        items += 1
        m = ITEM.match(ln)
        assert m, (n, ln)
        tags = re.findall(r"\[\*\*([^*\]]+)\*\*\]", m.group("tags"))
        if tags[0] in NOT_PAPERS:
            skipped.append(n)
            continue
        papers.append(entry(lines, n, n, m.group("t").strip()))
    assert items == 77, items
    assert skipped == [25, 26, 27, 56, 104], skipped
    assert len(papers) == 72, len(papers)
    assert [p["line"] for p in papers if p["arxiv"]] == [34, 114, 115, 116, 137]
    assert not any(p["doi"] for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered '1. [**Venue'YY**] [Title](url), by Authors.' item is an entry on its line (72), title ="
        " the first bracket group after the bold venue tag(s), linked or not; items tagged Blog, Book or Ebook"
        " (25, 26, 27, 56, 104) are not entries; the thesis, the systematic review and the magazine article"
        " are; the two-tag item (TOCS'12/ASPLOS'11) is one entry.",
        "Whole file read (141 lines): all 77 numbered items classified (asserted), -v output compared for every"
        " entry; first/last item of each non-empty section (25/30, 34/46, 51/59, 62, 65/66, 73/75, 78/80,"
        " 84/85, 88/89, 92/94, 97/109, 114/125, 129/133, 137/139); unlinked bracket titles 52 and 129, empty"
        " link 89, GitHub-linked paper 73, trailing spaces inside brackets 59 and 65 trimmed, two-tag item 109,"
        " company/award/code tails 57 and 132 not in titles; arXiv ids 34, 114, 115, 116, 137 and no DOI"
        " (asserted); empty sections 48, 68-69, 111, 141 hold nothing; count 72 asserted.",
    )


if __name__ == "__main__":
    main()
