"""Wild17 truth for Bili-Sakura/awesome-remote-sensing-visual-generative-models README.md: remote-sensing
generative-model papers in nine pipe tables whose Title column is plain text (no link in it).

Shape: badges, contents, GitHub alert blocks ('> [!IMPORTANT]'), then nine '## Section' tables:
'| Title | Year | Venue | Tags | Link |' (Survey Papers, 8 rows) and '| Title | Year | Venue | Paper Link |
Code Link |' (eight more: Scene Synthesis 12, Controllable 15, Image-to-Image 14, Inpainting 6,
Multi-temporal 5, Discriminative 7, Datasets 32, Evaluation Metrics 5).  Every
body row is an entry: surveys, methods, the Datasets section's dataset/benchmark papers (each names a
venue and, save one, a paper link) and the Evaluation Metrics section's metric papers (FID, LPIPS, KID,
SSIM).  The 'MaRS' dataset row has 'N/A' as its paper link: still an entry, with no id.  Papers repeated
in two tables (Text2Earth, DiffusionSat, DreamCD) are separate entries.
Title = the Title cell as written, except a closing parenthesised tag the list adds in the Datasets and
Evaluation Metrics tables ('(SAR Vision-Language)', '(SSL, Temporal, Multi-Sensor)', '(FID)', '(KID, FID,
sFID, CMMD, SSIM, LPIPS)', ...: 12 rows), which is a keyword note, not title text.  Three dataset rows
name the dataset and the paper's model in the list's own wording ('Sky-SA (SkySense-O): Fine-Grained
Open-World ... Dataset', 'EarthInstruct (InstructSAM): ...', 'Git-10M (Text2Earth): ...'); they are
kept as written (the title the file gives), inner parentheses included.  Ids come from the row's
Paper Link cell (arXiv abs, doi.org, a CVF/OpenReview page without id).
Counts: 113 '| ' lines - 9 header lines (separators start '|---') = 104 rows (per table 8, 12, 15, 14, 6, 5,
7, 32, 5).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "Bili-Sakura__awesome-remote-sensing-visual-generative-models__README@114ca3d.md"
PART = "wild17_development"
LINES = read_lines(NAME)

EXPECTED = {"Survey Papers": 8, "Scene Synthesis (Unconditional/Text-to-Image Generation)": 12,
            "Controllable & Structural Synthesis": 15, "Image-to-Image Translation & Restoration": 14,
            "Inpainting & Content Editing": 6, "Multi-temporal & Sequence Generation": 5,
            "Generative Modeling for Discriminative Tasks": 7, "Datasets": 32, "Evaluation Metrics": 5}
TAGGED = {"Datasets", "Evaluation Metrics"}


def main() -> None:
    papers = []
    per: dict[str, int] = {}
    section = None
    stripped = 0
    for i, text in enumerate(LINES, 1):
        if text.startswith("## "):
            section = text[3:].strip()
        if not text.startswith("| ") or text.startswith("| Title ") or re.match(r"\|\s*-", text):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        assert len(cells) == 5, i
        title = cells[0]
        if section in TAGGED:
            m = re.fullmatch(r"(.+?) \(([^()]+)\)", title)
            if m:
                title = m.group(1)
                stripped += 1
        papers.append(entry(LINES, i, i, title))
        per[section] = per.get(section, 0) + 1
    assert per == EXPECTED, per
    assert len(papers) == 104 and stripped == 12, (len(papers), stripped)
    write_truth(NAME, PART, papers,
                "every body row of the nine tables (surveys, methods, dataset and metric papers) is an entry, repeats"
                " included; title = the plain Title cell, a closing parenthesised keyword tag dropped in the Datasets and"
                " Evaluation Metrics tables; ids from the Paper Link / Link cell",
                "104 rows = 113 '| ' lines - 9 header lines, per-table counts by eye; all 12 rows ending in a"
                " parenthesised tag; the three dataset rows with a list-made 'Name (Model): description' title; the N/A"
                " paper-link row; every title of the Survey, Datasets and Metrics tables and 20 others read against the file")


if __name__ == "__main__":
    main()
