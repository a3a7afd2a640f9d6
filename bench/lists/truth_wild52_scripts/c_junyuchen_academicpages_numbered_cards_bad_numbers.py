"""Wild52 truth for junyuchen245/junyuchen245.github.io _pages/publications.md: the hand-written publication page of
a medical image registration researcher's academicpages (Jekyll) site, newest commit holding the file (8c09552,
2026-06-18).

Shape: 162 lines, 28 KB.  Front matter (1-6) with no blank line after it, then one Markdown ordered list of 17 "cards"
(7-160) and a closing run of ``<br/>`` (162).  Each card: an item line ``N. ***Title***`` (bold-italic title alone on
the line), then sub-bullets indented 3-4 spaces: ``* *Authors:* **Junyu Chen**, ...`` (``\\*`` equal-contribution
marks), ``* *Published in:* Venue`` (missing on 88), ``* *Paper link:* [url](url)`` or ``[SPIE Digital Library](url)``
or ``[TBA](TBA)`` (10), ``* *PDF:* [<img src="/images/pdf_icon.png" .../>](pdf url)``, optional ``* *Code:*`` /
``* *Supplementary file:*``, a long ``* *Description:*`` abstract and an ``<img>`` figure bullet.

Special cases:
- The item numbers are broken: six ``1.`` items (7-51), then ``3. 2. 3. 4. ... 11.`` (60-153); Markdown renumbers,
  every item is one paper regardless.
- Descriptions wrap onto unindented continuation lines (84-85, 139-141): still inside the card.
- Cards are separated by blank or whitespace-only lines (32, 50, 59, 67, 113, 143 hold only spaces), or by none.
- Titles keep their case and punctuation: ``Transforming medical imaging with Transformers? A comparative review ...
  future perspectives.`` (60, trailing period inside the bold, dropped by the helper's tidy),
  ``ViT-V-Net: ...`` (114), ``DeepAMO: ...`` (132);
  trailing spaces after ``***`` on 144.
- Ids: arXiv from the PDF or paper links (``arxiv.org/pdf/2307.15615v4`` 37, ``arxiv.org/ftp/arxiv/papers/2203/
  2203.08034.pdf`` 91); DOIs from Wiley ``/doi/10.1002/mp.14903`` and ``/doi/abs/10.1002/mp.14545``, Springer
  ``/chapter/10.1007/978-3-030-87199-4_3`` and ``/article/10.1007/s11263-024-02047-1``, and the three SPIE URLs
  that end in the DOI plus a suffix (``.../10.1117/1.JMI.11.6.064001.full`` 45,
  ``.../10.1117/1.JMI.8.4.041204.short?SSO=1`` 135, ``.../10.1117/12.2506805.short`` 156; the helper drops
  ``.full`` but keeps ``.short``, so those two DOIs carry it); none from ScienceDirect ``pii`` or OpenReview links.

Decisions:
- Entry = each card (17); span = the item line through its last non-blank line before the next item (160 for the
  last); title = the text between the ``***`` pair on the item line.
- Not entries: front matter, the ``<br/>`` tail, the code repositories and figures inside cards.
"""
import re

from _wild52 import entry, read_lines, write_truth

NAME = "junyuchen245__junyuchen245.github.io___pages__publications@8c09552.md"
PART = "wild52_development"

ITEM = re.compile(r"^(?P<num>\d+)\.\s+\*\*\*(?P<title>[^*]+)\*\*\*\s*$")


def main() -> None:
    lines = read_lines(NAME)
    starts = [(n, m) for n, ln in enumerate(lines, 1) if (m := ITEM.match(ln))]
    assert [int(m.group("num")) for _, m in starts] == [1] * 6 + [3, 2, 3] + list(range(4, 12)), starts
    papers = []
    for i, (n, m) in enumerate(starts):
        stop = starts[i + 1][0] - 1 if i + 1 < len(starts) else len(lines)
        while not lines[stop - 1].strip() or lines[stop - 1].startswith("<br/>"):
            stop -= 1
        assert all(ln.startswith(("   *", "    *", "    ")) or not ln.strip() or not ln.startswith((" ", "*"))
                   for ln in lines[n:stop]), n
        papers.append(entry(lines, n, stop, m.group("title").strip()))
    assert len(papers) == 17, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[7]["title"], t[7]["end"], t[7]["arxiv"]) == (
        "Beyond the LUMIR challenge: The pathway to foundational registration models", 14, "2505.24160"), t[7]
    assert (t[33]["arxiv"], t[33]["end"]) == ("2307.15615", 40), t[33]
    assert t[51]["doi"] == "10.1007/s11263-024-02047-1", t[51]
    assert t[60]["title"].startswith("Transforming medical imaging with Transformers? A comparative review"), t[60]
    assert t[77]["end"] == 86 and t[77]["arxiv"] == "2111.10480", t[77]
    assert t[88]["arxiv"] == "2203.08034", t[88]
    assert t[95]["doi"] == "10.1007/978-3-030-87199-4_3", t[95]
    assert t[123]["doi"] == "10.1002/mp.14545", t[123]
    assert (t[132]["end"], t[132]["doi"]) == (142, "10.1117/1.jmi.8.4.041204.short"), t[132]
    assert t[42]["doi"] == "10.1117/1.jmi.11.6.064001", t[42]
    assert (t[153]["end"], t[153]["title"]) == (
        160, "Incorporating CT prior information in the robust fuzzy C-means algorithm for QSPECT image segmentation")
    write_truth(
        NAME,
        PART,
        papers,
        "Every card of the single ordered list is an entry (17; item numbers 1,1,1,1,1,1,3,2,3,4..11 as written, all"
        " kept); span = the '***Title***' item line through the card's last non-blank line (sub-bullets, wrapped"
        " description lines, figure bullet); title = the text inside the bold-italic '***' on the item line.",
        "Read all 162 lines; compared -v for all 17 cards: spans ending before whitespace-only separator lines and"
        " before the <br/> tail, unindented description continuations (84-85, 139-141) inside their cards, titles"
        " with '?', ':' (60 loses its trailing period in tidy), arXiv ids from abs/pdf/ftp links (v4 dropped),"
        " DOIs from"
        " Wiley/Springer/SPIE URLs (the SPIE one as the helper reads it), none from ScienceDirect/OpenReview.",
    )


if __name__ == "__main__":
    main()
