"""Wild62 truth for Tangkfan/Temporal-Sentence-Grounding README.md at 5e210bd: a small personal list of Temporal
Sentence Grounding / Video Moment Retrieval papers, by year and supervision type, with Chinese remarks.

Shape: 195 lines.  Intro (1-8) and a table of contents of anchor links (10-21).  ``# 1 Survey`` (23) with two
papers (24-25); ``# 2 Datasets`` (27) with four dataset lines of feature links (28-31); ``# 3 Paper`` (33) with
``## <year>`` headings 2017-2024, ``### <h3 id=...>Fully Supervised</h3>``-style HTML headings, and bold method
groups (``**Proposal-based**``).  Every paper is one bullet:
``- [<venue>'<yy>] [<title>](<url>). <lab / group, usually in Chinese> [[code](<url>)]``.
Some bullets are followed by an indented Chinese remark (``    - 首次...`` or a tab-indented ``- ...``: 56, 79, 86,
94, 100, 102, 109, 114, 137-138, 158, 182).

Special cases:
- Remarks are indented with spaces on some lines and with a tab on others (86, 100, 102, 109); both belong to the
  bullet above them (entry span extends over them).  109 (``VSLNet (ACL'20)的扩展版``) names another paper only in
  passing: not an entry.
- The Chinese lab names after the link (``NTU 孙爱欣团队``) are affiliations, not part of the title.
- Paper links mostly go to publisher pages; arXiv ids only on 181 (2312.12155) and 186 (2407.15051); DOIs only
  inside ``dl.acm.org/doi/abs/10.xxxx/...`` URLs (9 entries: 25, 46, 47, 48, 63, 65, 99, 124, 143).
- Empty groups (``**Proposal-free**`` 151/178 followed by nothing) and the year headings with a one-line Chinese
  comment (35, 117, 141) are not entries.
- 24 and 25 (surveys) are entries.  The TOC (11-21) and dataset lines (28-31) are not.

Decisions:
- Entry = each top-level bullet ``- [venue] [title](url)``; its span runs over the indented remark lines below it.
- Title = the link text of the second bracket, exactly as written.  67 entries.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "Tangkfan__Temporal-Sentence-Grounding__README@5e210bd.md"
PART = "wild62_held_out"

BULLET = re.compile(r"^- \[([^\]]+)\] \[(.+?)\]\((?:https?://[^)]*)\)")
REMARK = re.compile(r"^(?: {2,}|\t)- ")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            continue
        last = n
        while last < len(lines) and REMARK.match(lines[last]):
            last += 1
        papers.append(entry(lines, n, last, m.group(2).strip()))
    assert len(papers) == 67, len(papers)
    by = {p["line"]: p for p in papers}
    assert by[24]["title"] == "Temporal Sentence Grounding in Videos: A Survey and Future Directions", by[24]
    assert by[25]["title"] == "A Survey on Video Moment Localization" and by[25]["doi"] == "10.1145/3556537", by[25]
    assert by[39]["title"] == "TALL: Temporal Activity Localization via Language Query", by[39]
    assert by[55]["end"] == 56 and by[136]["end"] == 138 and by[108]["end"] == 109, (by[55], by[136])
    assert by[46]["doi"] == "10.5555/3304415.3304561", by[46]
    assert by[74]["title"].startswith("Read, Watch, and Move: Reinforcement Learning"), by[74]
    assert by[80]["title"] == "WSLLN:Weakly Supervised Natural Language Localization Networks", by[80]
    assert by[181]["arxiv"] == "2312.12155", by[181]
    assert by[186]["arxiv"] == "2407.15051", by[186]
    assert by[195]["title"].startswith("Exploiting Intrinsic Multilateral Logical Rules"), by[195]
    for n in (11, 14, 28, 31, 56, 86, 109, 151):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Each top-level bullet '- [venue'yy] [title](url). <lab in Chinese> [[code](..)]' under Survey and"
        " Paper is one entry (67); indented Chinese remark bullets below it (space- or tab-indented) extend its"
        " span.  Title = the link text of the second bracket, as written.  TOC anchor bullets, dataset feature"
        " lines, HTML sub-headings, bold method-group labels and empty groups are not entries.",
        checked="Read the whole file; compared the -v output with every bullet line 24-195: the two surveys, the"
        " remark lines (56, 79, 86, 94, 100, 102, 109, 114, 137-138, 158, 182) attached to the bullet above, the"
        " two arXiv ids (181, 186), DOIs taken from dl.acm.org URLs, and that TOC and dataset lines are absent.",
    )


if __name__ == "__main__":
    main()
