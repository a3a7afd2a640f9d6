"""Wild38 truth for Xin-LS/TTA TTA-TTIA.md: a student's annotated collection of test-time instance
adaptation papers (image classification, then segmentation), one of several per-topic pages of a
personal test-time adaptation repository; newest commit (2025).

Shape: an intro in ``<b>`` HTML, ``## Image classification`` / ``## Segmentation`` sections, and one
card per paper: a heading ``### `NICK` [Authors, **VENUE YEAR**]``, the paper's title on the next line
in bold (``**Title**``, two trailing spaces), a link line (``[📄 PDF](url) · [🔍 G-Scholar](url) ·
[💻 CODE](url)``, ``|``-separated in the segmentation section), then a ``<details>`` card with
``#### 🧠 Abstract`` / ``#### 🎯 Contributions`` / ``#### 📂 Datasets`` / ``#### 🖼️ Method Overview``
sub-headings, prose, bullets and ``<img>`` figures, closed by ``</details>``; cards are separated by
``---`` rules.  Each paper heading is an entry spanning the heading through its ``</details>``; the title
is the line after the heading with the bold markup removed.  Decisions:
- The nickname in backticks, the authors and the bold venue belong to the heading, not the title.
- Line 451 (``DCAC``) writes the title as plain text without bold: still the title.
- The ``####`` sub-headings, dataset paragraphs and contribution bullets inside the cards describe the
  card's paper: not entries.  The intro (3-4) names no paper.
- Ids: the PDF link's arXiv id where it is an arxiv.org link; DOIs only where written in a URL
  (e.g. 491, a link.springer.com/chapter/10.1007/... URL).  Google Scholar cluster links give no id.
34 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "Xin-LS__TTA__TTA-TTIA@75a1f6d.md"
PART = "wild38_development"


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, ln in enumerate(lines, 1) if ln.startswith("### `")]
    papers = []
    for n, s in enumerate(starts):
        nxt = starts[n + 1] if n + 1 < len(starts) else len(lines) + 1
        closes = [i for i in range(s, nxt) if lines[i - 1].strip() == "</details>"]
        assert len(closes) == 1, (s, closes)
        e = closes[0]
        t = lines[s].strip()
        m = re.fullmatch(r"\*\*(.+)\*\*", t)
        title = m.group(1) if m else t
        assert title and not title.startswith("["), (s, t)
        papers.append(entry(lines, s, e, title))
    assert len(papers) == 34, len(papers)
    write_truth(NAME, PART, papers,
                "Each '### `NICK` [Authors, **VENUE**]' paper heading with its bold title line, PDF/Scholar/Code link line and <details> Abstract/Contributions/Datasets/Method card is one entry (heading through </details>), title = the line after the heading with bold removed (plain on 451); card sub-headings and the intro are not entries.",
                "Listed every '### ' heading (34, all paper cards), the line after each (33 bold titles, plain 451) and each card's single </details> before the next heading (asserted), read the head (1-60), the section change (440-490 incl. the DCAC card), cards 156-183, 600-621, 800-868 and the file end in full, compared all 34 titles and spans with the -v output, and traced the ids: 19 arXiv ids (18 PDF links, 607 the Slot-TTA abstract's own arXiv URL), the Springer chapter DOI on 491; openreview/CVF/MICCAI/IEEE links give none.")


if __name__ == "__main__":
    main()
