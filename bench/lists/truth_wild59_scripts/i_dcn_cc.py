"""Wild59 truth for sarsanaee/Cook-Congestion-Control README.md at 8b77439: a personal learning notebook on
data-center networking whose "Academic Papers" section lists networking papers (congestion control, RDMA, NICs,
flow control, overlays, DPDK) as numbered Markdown links under ``###`` topic headings.

Shape: 53 lines, trailing newline.  Title and notes (1-5), ``## Academic Papers`` (7).  Topic headings with
ordered lists of ``N. [Title](url)`` items, one a line:
- Congestion Control (9-19): a ``#TODO`` note line (11, not a heading: no space after ``#``) and items 13-19, some
  with a trailing `` *`` (the author's "read" mark);
- Rate Limiting (22), Fairness (25-26), Receive-Side Driven Transport Protocol (29), Software NICs (32, two spaces
  after ``1.``), Hardware NICs (35, just ``...``), Flow Control (38-40), Overlay Network (43), DPDK (46);
- Various Slide (49): one link to a slide deck;
- ``## Courses`` (52) with ``...``.

Special cases:
- 25-26: the link text breaks before ``](``: ``1. [Beyond Jain's Fairness Index: ... Algorithms`` / ``](https://...)``.
  The item spans both lines; the title is the link text without the line break.
- Titles are sometimes short system names rather than full paper titles (16 ``TCP Fast``, 17 ``TCP Vegas``, 46 ``Spin
  To Win``): written as the file gives them.
- No DOIs or arXiv ids appear as such (dl.acm.org/citation.cfm?id= links carry none; 46 links
  dl.acm.org/doi/10.1145/3357223.3362737, read by the helper).

Decisions:
- Entry = each ordered-list item under the paper topics (13-46): 16 entries.
- The item under "Various Slide" (49) is a slide deck described as such ("Nice deck of slides ..."), not a paper: not
  an entry.  The ``#TODO`` line, headings and ``...`` placeholders are not entries.
- Title = link text, stripped; the trailing `` *`` read mark is outside the link and not part of it.
"""
import re

from _wild59 import entry, read_lines, write_truth

NAME = "sarsanaee__Cook-Congestion-Control__README@8b77439.md"
PART = "wild59_development"

ITEM = re.compile(r"^\d+\.\s+\[(?P<t>[^\]]*)(?P<close>\]\()?")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m or n >= 48:  # 49 is the slide deck under "Various Slide"
            continue
        title, last = m.group("t"), n
        if not m.group("close"):  # link text continues on the next line
            last = n + 1
            title += " " + lines[n].split("](")[0]
        papers.append(entry(lines, n, last, " ".join(title.split())))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 16, len(papers)
    assert sorted(by) == [13, 14, 15, 16, 17, 18, 19, 22, 25, 29, 32, 38, 39, 40, 43, 46], sorted(by)
    assert (by[25]["line"], by[25]["end"]) == (25, 26), by[25]
    assert by[25]["title"] == (
        "Beyond Jain's Fairness Index: Setting the Bar For The Deployment of Congestion Control Algorithms"
    ), by[25]
    assert by[13]["title"] == "Data Center TCP (DCTCP)", by[13]
    assert by[16]["title"] == "TCP Fast", by[16]
    assert by[32]["title"] == "Evaluating the performance of software NICs for 100-gb/s datacenter traffic control"
    assert by[43]["title"] == "Got Loss? Get zOVN!", by[43]
    assert by[46]["title"] == "Spin To Win" and by[46]["doi"] == "10.1145/3357223.3362737", by[46]
    assert 49 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every ordered-list item 'N. [Title](url)' under the paper topic headings of 'Academic Papers'"
        " (13-46) is one entry, one line each except 25-26 where the link text breaks before '](' (16 entries)."
        "  Title = link text (the line break joined by a space; the trailing ' *' read mark is not part of it)."
        "  The slide deck under 'Various Slide' (49), the #TODO note and '...' placeholders are not entries.",
        checked="Read the whole README; compared the -v output with every numbered item, checked the broken link"
        " text at 25-26, the two-space item at 32, the DOI link at 46 and that the slide deck (49) is left out.",
    )


if __name__ == "__main__":
    main()
