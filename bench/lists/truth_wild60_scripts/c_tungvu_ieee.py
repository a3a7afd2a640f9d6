"""Wild60 truth for thanhtungvudata/thanhtungvudata.github.io _pages/publications.md at ffbbfe9 (2025-01-25): the
publication page of a wireless-communications / data-science researcher's Jekyll (Minimal Mistakes) site.

Shape: 37 lines (27 with content, then 10 blank lines).  Front matter (1-4), two intro paragraphs (6, 8: a Google
Scholar link), then three bold ``###`` topic headings, each followed by a numbered list that restarts at 1:
``### **Data Science for Wireless Communications**`` (10; items 11-14), ``### **Wireless Communications for Data
Science**`` (16; items 17-20), ``### **Resource Optimization in 6G Networks**`` (22; items 23-27).  13 one-line items
in IEEE style: ``N. Authors, "Title", Venue (Impact Factor: x), details, YEAR. [Link](url)``, with the owner bold
(``**T. T. Vu**``).

Special cases:
- The comma sits outside the closing quote in 11 items (``"Title", IEEE ...``) and inside it in 26-27
  (``"... Data Compression," IEEE Transa...``); the comma is not part of the title.
- Item 11 is a book chapter (``Chapter 7, Federated Learning: Theory and Practice, Elsevier``); 13 is "accepted to
  appear"; 14 is an invited conference paper (``(**Invited Paper**)``).
- Venues carry ``(Impact Factor: 10.6)`` notes; links are ``[Link](...)`` to IEEE Xplore document pages, except item
  11 whose link is a doi.org DOI (10.1016/B978-0-44-319037-7.00010-7).
- The snapshot has two commits touching the file; the newest (this one) is the full list.

Decisions:
- Entry = every numbered item (13, one line each); title = the text inside the first pair of double quotes, without
  a trailing comma.  The intro paragraphs and the Google Scholar link are not entries.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "thanhtungvudata__thanhtungvudata.github.io___pages__publications@ffbbfe9.md"
PART = "wild60_development"

ITEM = re.compile(r"^\d+\. ")
QUOTED = re.compile(r'"([^"]+)"')


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ITEM.match(ln):
            continue
        title = QUOTED.search(ln).group(1).strip().rstrip(",")
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 13, len(papers)
    assert sorted(by) == [11, 12, 13, 14, 17, 18, 19, 20, 23, 24, 25, 26, 27], sorted(by)
    assert by[11]["title"] == "Personalized Federated Learning: Theory and Open Problems", by[11]
    assert by[11]["doi"] == "10.1016/b978-0-44-319037-7.00010-7", by[11]
    assert by[14]["title"] == "Channel Estimation in RIS-assisted Downlink Massive MIMO: A Learning-Based Approach"
    assert by[26]["title"] == (
        "Energy Efficiency Maximization for Downlink Cloud Radio Access Networks With Data Sharing and Data"
        " Compression"
    ), by[26]
    assert by[27]["title"].endswith("Content-Centric C-RANs with Edge Caching"), by[27]
    assert all(p["arxiv"] is None for p in papers)
    assert sum(1 for p in papers if p["doi"]) == 1
    write_truth(
        NAME,
        PART,
        papers,
        method="Every numbered item under the three topic headings is one paper (13, one line each; numbering"
        " restarts per heading).  Title = the text inside the first pair of double quotes, without the trailing"
        " comma that two items put inside the quotes.  Intro text and the Google Scholar link are not entries.",
        checked="Read all 37 lines; compared each of the 13 items' quoted title with the -v output, the comma"
        " inside/outside the quotes, the book chapter (11, its doi.org DOI), the invited paper and the impact-factor"
        " notes.",
    )


if __name__ == "__main__":
    main()
