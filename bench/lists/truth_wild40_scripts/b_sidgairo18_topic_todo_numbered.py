"""Wild40 truth for sidgairo18/Research-Paper-Reading 2023/to_read_list.md: a PhD student's running to-read list
for 2023 (computer vision: object-centric learning, self-supervised learning, weakly supervised segmentation, XAI,
vision-language), one numbered list per topic, every item marked ":red_square:" (unread) per the legend at the
end.

Shape (142 lines and a final newline): "# Paper Reading List (2023)", a note, then "## Topic" sections of numbered
items "N. [Title](url) :red_square:" (links: arXiv abs/pdf, CVF open-access PDFs, OpenReview, NeurIPS proceedings,
Berkeley, OpenAI CDN).  Special cases:
- a venue or year in parentheses inside the link text: "(NeurIPS 2022)" 7, "(ICLR 2023, top 5%)" 8, "(ICLR 2023)",
  "(NeurIPS 2018)", "(ICLR 2020)", "(ICLR 2018)", "(NeurIPS 2017)" 18-25, "(2022)" 27, "(CVPR 2020)" 86;
- a broken link "9. [Object-Centric Slot Diffusion (2023) ] (https://arxiv.org/abs/2303.10834)" (26, space before
  the parenthesis, so it renders as bracketed text and a bare URL);
- an item comment "Comments: visual representation learning using Context Clusters." (8);
- a line "[OPEN REVIEW DISCUSSION OF ABOVE](openreview forum)" after item 7 of Self-Supervised Learning (45, a lazy
  continuation of 44);
- a sub-item "    1.1 [Normalized Graph Cuts PPT](...)" under Normalized Cuts (79);
- empty items "11. " (71), "2. " (75), "6." (110); empty sections (Object Tracking, the legend's own);
- nicknames written into titles ("DINOv1: ...", "CLIP Paper: ...", "CAM: ...", "ImageGPT: ...", "DETR: ...");
  ALL-CAPS titles as the ICLR-style PDFs print them (28, 29, 31, 33, 44, 92, 113, 127);
- status marks misspelt (":red_sqauare:" 64, ":red_square" 97, ":red_sqare:" 99);
- the same paper twice: "Unsupervised Semantic Segmentation with Self-supervised Object-centric Representations"
  (28 in capitals, 42).
- "## Learning Notes" (132: "Truncated Normal", a slide deck) and "## Additional Resources" (135: Matt Might's
  "Reading for Graduate Students" web article), then "### Legend" (137-142).

Decisions:
- Entry = each numbered item naming a paper; 88 entries.  Not entries: the empty items (71, 75, 110), the Normalized
  Graph Cuts slides (79, its own record, not part of 78's span), the Truncated Normal slides (132), the Matt Might
  article (135), headings and the legend.  The OpenReview-discussion line (45) belongs to item 44 (span 44-45).
  "Choose Your Weapon: Survival Strategies for Depressed AI Academics" (126) is an arXiv paper and kept.
- Title = the link text as written (capitals, nicknames "DINOv1:", "CLIP Paper:" kept), without the parenthesised
  venue/year and the comment; for the broken link (26) the bracketed text without "(2023)".
- arXiv id from the item's arXiv link (26's bare URL included); CVF/OpenReview/NeurIPS/Berkeley/OpenAI links give
  none; no DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild40 import entry, read_lines, write_truth

NAME = "sidgairo18__Research-Paper-Reading__2023__to_read_list@50dd8f5.md"
PART = "wild40_development"

ITEM = re.compile(r"^(?P<num>\d+)\.\s*(?P<rest>.*)$")
LINKED = re.compile(r"^\[(?P<title>[^\]]+?)\s*\] ?\(")
VENUE = re.compile(r"\s*\((?:NeurIPS|ICLR|CVPR)? ?\d{4}(?:, top 5%)?\)$")
NOT_PAPERS = {132: "Truncated Normal", 135: "Reading for Graduate Students (General by Matt Might)"}
EMPTY = {71, 75, 110}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    for n, text in enumerate(lines, 1):
        m = ITEM.match(text)
        if not m:
            continue
        if n in EMPTY:
            assert not m.group("rest").strip(), (n, text)
            skipped.append(n)
            continue
        link = LINKED.match(m.group("rest"))
        assert link, (n, text)
        title = link.group("title")
        if n in NOT_PAPERS:
            assert title == NOT_PAPERS[n], (n, title)
            skipped.append(n)
            continue
        title = VENUE.sub("", title)
        last = n
        if lines[n].startswith("[OPEN REVIEW DISCUSSION OF ABOVE]"):
            last = n + 1
        papers.append(entry(lines, n, last, title))
    assert skipped == [71, 75, 110, 132, 135], skipped
    assert lines[78].startswith("    1.1 [Normalized Graph Cuts PPT]")
    assert len(papers) == 88, len(papers)
    assert [p["line"] for p in papers if p["end"] != p["line"]] == [44]
    write_truth(
        NAME,
        PART,
        papers,
        "Each numbered 'N. [Title](url) :red_square:' item naming a paper is an entry (88); title = the link text"
        " without a parenthesised venue/year; the empty items, the two slide decks (79, 132) and Matt Might's"
        " article (135) are not entries; the OpenReview-discussion line joins item 44; ids from arXiv links.",
        "Whole file read (142 lines) against the -v output: the first and last item of each of the 13 topic"
        " sections, the parenthesised venues/years removed (7, 8, 18-25, 27, 86), the broken link (26, id"
        " 2303.10834), the comment (8), the OpenReview line (44-45), the skipped items (71, 75, 79, 110, 132,"
        " 135), the capitalised titles (28, 29, 31, 33, 44, 92, 113, 127), the misspelt marks (64, 97, 99), the repeat"
        " (28/42), arXiv ids against every arxiv.org link, none from CVF/OpenReview/NeurIPS links, and ~20 random"
        " titles.",
    )


if __name__ == "__main__":
    main()
