"""Wild8 truth for curryandsun/neural_network_papers "OOD Detection/README.md": a Chinese reading-notes
page on out-of-distribution detection, open-set recognition and anomaly detection.

Shape: a TOC of four anchor bullets, then three '#' sections, each opened by '>' block-quote notes in
Chinese.  Each paper is a top-level bullet '- [Title](url) (VENUEYEAR)' (arXiv, OpenReview, PMLR,
CVF links; the venue in parentheses, e.g. '(NIPS2021)', '(ICLR2022_under review)'), followed by
indented sub-bullets: a score ('5分') and Chinese/English notes, sometimes nested once more.  Three
bullets in a row (PaDiM, Sub-Image AD, Deep Nearest Neighbor AD) have no sub-bullets except the
last.

Entry = the paper bullet through its last indented note line (a whitespace-only line ends it);
title = the link text.  Not entries: the TOC anchors (lines 3-6), and papers, surveys and datasets
linked inline inside notes or block quotes (a '综述' link, a '做法' link, 'Generative-Discriminative
...' named inside a note although it also has its own entry, '[OE]', '[CAM]', MVTec AD, the
Wikipedia link): they are mentions in running notes, not records.

Counts: 32 lines start with '- [' (grep), 4 of them the TOC, so 28 entries: 16 under OOD Detection,
5 under Open-Set Recognition, 7 under Anomaly Detection.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "curryandsun__neural_network_papers__OOD Detection__README@6cf59ee.md"
PART = "wild8_development"
LINES = read_lines(NAME)

PAPER = re.compile(r"^- \[(?P<title>[^\]]+)\]\((?P<url>https?://[^)]+)\) \((?P<venue>[^)]+)\)\s*$")


def main() -> None:
    papers = []
    sections: dict[str, int] = {}
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("# ") and i > 7:
            section = text[2:].strip()
        m = PAPER.match(text)
        if not m:
            assert not (text.startswith("- [") and i > 7), (i, text)
            continue
        last = i
        while last < len(LINES) and LINES[last].strip() and LINES[last][0] in " \t":
            last += 1
        papers.append(entry(LINES, i, last, m.group("title")))
        sections[section] = sections.get(section, 0) + 1
    assert len(papers) == 28, len(papers)
    assert sections == {"OOD Detection": 16, "Open-Set Recognition": 5,
                        "Anomaly Detection and Localization": 7}, sections
    write_truth(
        NAME, PART, papers,
        "every top-level bullet '- [Title](url) (VENUE)' after the TOC, with its indented score and note"
        " sub-bullets, is an entry; title = the link text; papers linked inside notes or block quotes are not entries",
        "all 28 entries by eye (16 + 5 + 7 per section; grep counts 32 '- [' lines, 4 of them TOC); entry ends"
        " checked at the nested notes (lines 78-81, 113-115, 135-139), the whitespace-only line 116 and the three"
        " adjacent bullets 155-157; inline links in notes (lines 15, 22, 56, 85, 138, 144, 164) give no entry",
    )


if __name__ == "__main__":
    main()
