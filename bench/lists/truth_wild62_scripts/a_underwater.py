"""Wild62 truth for hpzhan66/Awesome-Underwater-Imagery-Paper-List README.md at a2f7a0c: a small awesome list of
underwater imagery papers (enhancement, super-resolution, detection, depth, sonar), each paper a multi-line card.

Shape: 174 lines.  Title and intro (1-6), contents of anchor links (8-17), ``## Dataset`` (19) with a table
``| Name | Task | Source |`` (21-34) of dataset names linking to dataset pages, then ``## Survey`` (38) and
``## Underwater Optical Image`` (62: ``### ... Enhancement`` 64, ``### ... Super-resolution`` 120, ``### ... Object
Detection`` 133, ``### ... Depth Estimation`` 142), ``## Underwater Acoustic Image`` (149), ``## Underwater
Opti-Acoustic Image`` (156), ``## More Resources`` (170) with two links to other awesome lists.  Every paper is a
card of five lines:
``- [<venue> <yy>] <title>`` / blank / ``  [📄 Paper](url) | [🌐 Project Page](url) | [💻 Code](url)`` / blank /
``  TL;DR: <one-sentence summary>``.

Special cases:
- The title is plain text after the bracketed venue (no link, no bold); some title lines end with trailing spaces
  (71).  Venue labels are free-form (``[Signal Processing: Image Communication 20]``, ``[ArXiv 24]``).
- 121 and 127 carry the same title ``Underwater Image Super-Resolution using Deep Residual Multipliers`` although
  127's links and TL;DR are about Deep SESR (RSS 20): the file's title is kept, both are entries.
- 89 and 95 link the same IEEE document (10129222); ids come from the card's own lines, so they match.
- arXiv ids on the link lines of 45, 57, 83, 101, 150 (``arxiv.org/abs`` or ``/pdf``); DOIs in the link.springer.com
  link of 65 and the dl.acm.org links of 77 and 157.  sciencedirect / ieeexplore / CVF links carry no id.
- The dataset table (21-34) names datasets, not papers: not entries.  The two "More Resources" links are not.

Decisions:
- Entry = each ``- [venue yy] title`` bullet from 39 on; its span runs to the card's ``TL;DR`` line (20 entries).
- Title = the text after the closing ``]`` of the venue, stripped of trailing spaces.
"""
import re

from _wild62 import entry, read_lines, write_truth

NAME = "hpzhan66__Awesome-Underwater-Imagery-Paper-List__README@a2f7a0c.md"
PART = "wild62_held_out"

BULLET = re.compile(r"^- \[([^\]]+)\] (\S.*?)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m or m.group(2).startswith("("):
            continue
        last = n
        while not lines[last - 1].lstrip().startswith("TL;DR"):
            last += 1
        assert last - n <= 5, (n, last)
        papers.append(entry(lines, n, last, m.group(2)))
    assert len(papers) == 20, len(papers)
    by = {p["line"]: p for p in papers}
    assert by[39]["title"] == "Diving deeper into underwater image enhancement: A survey", by[39]
    assert by[45]["arxiv"] == "2405.19684" and by[57]["arxiv"] == "2410.05577", (by[45], by[57])
    assert by[71]["title"].endswith("for Underwater Image Restoration"), by[71]
    assert by[77]["doi"] == "10.1145/3581783.3612378" and by[77]["end"] == 81, by[77]
    assert by[121]["title"] == by[127]["title"] == "Underwater Image Super-Resolution using Deep Residual Multipliers"
    assert by[65]["doi"] == "10.1007/s11263-024-01987-y", by[65]
    assert by[135]["title"].startswith("AMSP-UOD: When vortex convolution"), by[135]
    assert by[163]["title"] == "Z-Splat: Z-Axis Gaussian Splatting for Camera-Sonar Fusion" and by[163]["end"] == 167
    for n in (9, 23, 34, 171, 173):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Each card '- [venue yy] title' / '[📄 Paper](..) | [💻 Code](..)' / 'TL;DR: ...' is one entry (20),"
        " spanning from the bullet to its TL;DR line.  Title = the plain text after the bracketed venue, trailing"
        " spaces dropped.  The dataset table (dataset names), the contents links and the two 'More Resources' links"
        " are not entries.",
        checked="Read the whole file; compared the -v output with all 20 cards: titles, spans to the TL;DR line,"
        " arXiv ids from the link lines (45, 57, 83, 101, 150), DOIs from springer/dl.acm.org links (65, 77, 157), the duplicated"
        " title at 121/127, and that no dataset-table row is an entry.",
    )


if __name__ == "__main__":
    main()
