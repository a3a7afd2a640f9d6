"""Wild15 truth for opendilab/awesome-diffusion-model-in-rl README: venue-sectioned
'- [Title](url)' bullets, each carrying indented attribute sub-bullets
('  - authors', '  - Publisher: …', '  - Key: …', '  - Code: …', '  - ExpEnv: …').

Entries: every top-level '- [' bullet between '## Papers' and '## Codebase' (sections Arxiv,
NeurIPS 2025 … ICML 2022), running over its indented sub-bullets up to the blank line.
Title = the bullet's link text.  Not entries: the table of contents, the '```format:' example
'- [title](paper link)' inside the code fence under '## Papers', the two '## Codebase' bullets
(GenerativeRL and CleanDiffuser: software repositories), the overview prose naming two papers
in quotes (running prose, not a record).

Counts (awk per '### ' section): Arxiv 27, NeurIPS 2025 10, ICML 2025 4, ICLR 2025 4,
NeurIPS 2024 12, ICML 2024 3, CVPR 2024 2, ICLR 2024 12, NeurIPS 2023 4, ICML 2023 4,
ICLR 2023 3, ICRA 2023 1, NeurIPS 2022 2, ICML 2022 1 = 89.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "opendilab__awesome-diffusion-model-in-rl__README@da1276e.md"
LINES = read_lines(NAME)

SECTION_COUNTS = {
    "Arxiv": 27, "NeurIPS 2025": 10, "ICML 2025": 4, "ICLR 2025": 4, "NeurIPS 2024": 12,
    "ICML 2024": 3, "CVPR 2024": 2, "ICLR 2024": 12, "NeurIPS 2023": 4, "ICML 2023": 4,
    "ICLR 2023": 3, "ICRA 2023": 1, "NeurIPS 2022": 2, "ICML 2022": 1,
}


def main() -> None:
    papers = []
    per: dict[str, int] = {}
    inside = False
    fence = False
    section = None
    n = len(LINES)
    for i, text in enumerate(LINES, 1):
        if text.startswith("```"):
            fence = not fence
            continue
        if fence:
            continue
        if text.startswith("## "):
            inside = text.startswith("## Papers")
            continue
        if not inside:
            continue
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if text.startswith("- ["):
            m = re.match(r"- \[(.+?)\]\((?:https?://[^)]*)\)", text)
            assert m, (i, text)
            end = i
            j = i + 1
            while j <= n and LINES[j - 1].startswith("  ") and LINES[j - 1].strip():
                end = j
                j += 1
            papers.append(entry(LINES, i, end, m.group(1)))
            per[section] = per.get(section, 0) + 1
    assert per == SECTION_COUNTS, per
    assert len(papers) == 89
    write_truth(
        NAME, "wild15_development", papers,
        "every top-level '- [Title](url)' bullet of the venue sections under '## Papers' is an entry, with its"
        " indented author/Publisher/Key/Code/ExpEnv sub-bullets; title = the link text; the TOC, the fenced"
        " format example, the Codebase software bullets and the overview prose are not entries",
        "per-section counts by awk (89), every entry's title against the file by eye (all 89), the fenced"
        " '- [title](paper link)' example and the two Codebase bullets left out, sub-bullet spans ending at"
        " the blank (or whitespace-only) line",
    )


if __name__ == "__main__":
    main()
