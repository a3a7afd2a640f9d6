"""Wild56 truth for ShawnTan86/A-survey-on-Mamba README.md: "A-survey-on-Mamba", a personal survey-style reading list
of Mamba / state-space-model papers grouped by field, with Chinese summaries; newest commit (2217881, 2024-04-04).

Shape: 318 lines.  Title (1), a bold "Summary Table" caption (2) and a Markdown pipe table (3-17) counting papers per
field (Field | Number of Papers | Remarks; total 51): it names fields, not papers.  Then ``## ☀️ Mamba`` (19) and twelve
``## ⭐️ <field>`` headings (40 ... 284).  Each paper is a card: a bullet ``- 0️⃣1️⃣ **Title** <br>`` (keycap-emoji
number, restarting at 01 in every section; the very first card, 20, has no number), then ``📆 date, Paper Link:
[📄📄📄](url), Code：[✅✅✅](url)`` (or ``Code：❗️❗️❗️`` when there is none), usually ``📖 Summary: <Chinese
paragraph>``, and ``📌 Notes：`` with an optional Chinese note; a blank line ends the card.

Special cases:
- 20-22 (Mamba itself) has no keycap number and no Summary line.
- 76-81: the Notes run over three lines (79-81); the card ends at 81.
- 315-318: the last card is garbled: ``📆 2024.3, 📖 Summary: [📄📄📄](arxiv)...`` then a bare ``Summary:`` line; it is
  still one paper (HARMamba, arXiv 2403.20183).
- 35 writes the date as ``20220`` (a typo); 25 and 35 link NeurIPS proceedings pages (no arXiv id, no DOI); 231 links
  ``browse.arxiv.org/pdf/2402.00789``.
- Repeated papers: SegMamba (154 and 204), Mamba-ND (56 and 300) and Graph-Mamba (230 and 278, the first filed under
  image/video generation) each appear twice; every card is its own entry.
- The file reuses some links for different papers (RSMamba 252 and the dehazing paper 259 both link 2402.04139;
  Graph Mamba 273 links Graph-Mamba's 2402.00789; Pan-Mamba 290 links 2402.12192): ids are kept as the lines give them.
- The summary table (3-17) and the section headings name no papers.

Decisions:
- Entry = each card: span = the ``- `` bullet line through the last non-blank line before the next blank line.
- Title = the bold text of the bullet line, exactly as written (keycap numbers and ``<br>`` left out).
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "ShawnTan86__A-survey-on-Mamba__README@2217881.md"
PART = "wild56_development"

CARD = re.compile(r"^- (?:\S+ )?\*\*(?P<title>[^*]+)\*\* <br>\s*$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = CARD.match(ln)
        if not m:
            continue
        last = n
        for k in range(n, len(lines)):  # lines[k] is line k + 1
            if not lines[k].strip():
                break
            last = k + 1
        papers.append(entry(lines, n, last, m.group("title").strip()))
    bullets = [n for n, ln in enumerate(lines, 1) if ln.startswith("- ")]
    by = {p["line"]: p for p in papers}
    assert sorted(by) == bullets, (sorted(by), bullets)
    assert len(papers) == 55, len(papers)
    assert by[20]["title"] == "Linear-Time Sequence Modeling with Selective State Spaces", by[20]
    assert (by[20]["line"], by[20]["end"]) == (20, 22), by[20]
    assert by[20]["arxiv"] == "2312.00752", by[20]
    assert by[24]["arxiv"] is None and by[24]["doi"] is None, by[24]
    assert (by[76]["line"], by[76]["end"]) == (76, 81), by[76]
    assert by[76]["title"] == "The Hidden Attention of Mamba Models", by[76]
    assert by[230]["arxiv"] == "2402.00789", by[230]
    assert by[230]["title"] == by[278]["title"] == (
        "Graph-Mamba: Towards Long-Range Graph Sequence Modeling with Selective State Spaces"
    )
    assert by[154]["title"] == by[204]["title"], (by[154], by[204])
    assert by[315]["title"] == (
        "HARMamba: Efficient Wearable Sensor Human Activity Recognition Based on Bidirectional Selective SSM"
    ), by[315]
    assert (by[315]["line"], by[315]["end"], by[315]["arxiv"]) == (315, 318, "2403.20183"), by[315]
    assert by[179]["title"] == (
        "Semi-Mamba-UNet: Pixel-Level Contrastive Cross-Supervised Visual Mamba-based UNet for Semi-Supervised Medical"
        " Image Segmentation"
    ), by[179]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every card of the per-field sections is an entry: a bullet '- <keycap number> **Title** <br>' followed"
        " by the date/Paper Link/Code line, an optional Chinese 'Summary' line and a 'Notes' line (span = bullet"
        " through the line before the next blank line).  Title = the bold text of the bullet.  The per-field count"
        " table (3-17) and headings are not entries; repeated papers (SegMamba, Mamba-ND, Graph-Mamba) count once per"
        " card.",
        checked="Read the whole file and compared the -v output for all 55 cards: bold titles, spans (the first,"
        " unnumbered card 20-22; the three-line Notes of 76-81; the garbled last card 315-318), arXiv ids from abs,"
        " pdf and browse.arxiv.org links, no ids for the two NeurIPS-proceedings links (25, 35), and the three"
        " duplicated papers.",
    )


if __name__ == "__main__":
    main()
