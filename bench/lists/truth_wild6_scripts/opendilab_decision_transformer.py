"""Wild6 truth for opendilab/awesome-decision-transformer README.md: an RL awesome list (Decision
Transformer and sequence-modelling RL papers) with one linked title per bullet and metadata sub-bullets.

Shape: badges, a table of contents (anchor links), an overview with an image and a numbered list of
three advantages (prose, not papers), then '## Surveys' and '## Papers' with '### <Venue Year>'
sections (Arxiv, NeurIPS 2025 ... ICML 2021).  Each paper is a top-level bullet
'- [Title](url)' followed by indented sub-bullets: authors, 'Publisher: ...', 'Key:'/'Keyword: ...',
'Code: [official](...)', 'ExpEnv: [...](...)'.  One item (Decision Transformer, NeurIPS 2021) has a
blank line between its title line and its sub-bullets; two items indent their sub-bullets by four
spaces; some items are followed by whitespace-only lines.  A fenced code block under '## Papers'
shows the format ('- [title](paper link) [links]') and is not an entry.

Entry: every top-level '- [' bullet from '## Surveys' to '## Contributing' (outside the fenced
block); its lines run from the title bullet to its last non-blank sub-bullet.  Title: the link text
of the title bullet (a trailing space inside the brackets is dropped by the helper).  The same
paper listed under two venues (e.g. 'Learning to Modulate pre-trained Models in RL' under NeurIPS
2023 and ICLR 2023) is an entry each time.  Ids come from the entry's own lines: three NeurIPS 2023
items (HIQL, Structured state space models, SwiftSage) all link arXiv 2303.03982 as written.

Counts: Surveys 4; Arxiv 16, NeurIPS 2025 4, ICML 2025 4, ICLR 2025 1, NeurIPS 2024 3, IROS 2024 1,
ICML 2024 7, ICLR 2024 5, NeurIPS 2023 9, CoRL 2023 2, IROS 2023 2, ICML 2023 2, ICRA 2023 1,
ICLR 2023 4, NeurIPS 2022 6, CoRL 2022 3, ICML 2022 4, AAAI 2022 1, ICLR 2022 3, NeurIPS 2021 3,
ICML 2021 1; 86 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "opendilab__awesome-decision-transformer__README@93e8eec.md"
PART = "wild6_development"

EXPECTED = {
    "## Surveys": 4, "### Arxiv": 16, "### NeurIPS 2025": 4, "### ICML 2025": 4, "### ICLR 2025": 1,
    "### NeurIPS 2024": 3, "### IROS 2024": 1, "### ICML 2024": 7, "### ICLR 2024": 5,
    "### NeurIPS 2023": 9, "### CoRL 2023": 2, "### IROS 2023": 2, "### ICML 2023": 2,
    "### ICRA 2023": 1, "### ICLR 2023": 4, "### NeurIPS 2022": 6, "### CoRL 2022": 3,
    "### ICML 2022": 4, "### AAAI 2022": 1, "### ICLR 2022": 3, "### NeurIPS 2021": 3,
    "### ICML 2021": 1,
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = None
    active = False
    fenced = False
    starts = []
    for i, text in enumerate(lines, 1):
        if text.startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            continue
        if text.startswith("#"):
            section = text.strip()
            if section == "## Surveys":
                active = True
            elif section == "## Contributing":
                active = False
            continue
        if active and text.startswith("- ["):
            m = re.match(r"- \[(.+?)\]\((\S*)\)\s*$", text)
            assert m, (i, text)
            starts.append((i, m.group(1), section))
    for n, (i, title, section) in enumerate(starts):
        # the entry runs to its last indented, non-blank line before the next top-level item/heading
        last = i
        j = i + 1
        while j <= len(lines):
            t = lines[j - 1]
            if t.startswith(("- ", "#")):
                break
            if t.strip():
                assert t.startswith("  "), (j, t)
                last = j
            j += 1
        papers.append(entry(lines, i, last, title))
        counts[section] = counts.get(section, 0) + 1
    assert counts == EXPECTED, counts
    assert len(papers) == 86
    write_truth(NAME, PART, papers,
                "every top-level '- [Title](url)' bullet under Surveys and the venue sections of Papers is an entry"
                " (title bullet to its last indented sub-bullet); title = the bullet's link text; the fenced format"
                " example, TOC links and the prose advantages list are not entries",
                "bullets counted per section with awk (4 surveys + 82 papers), every title checked by eye against"
                " the file, spans of the blank-line item (Decision Transformer) and the four-space-indented items"
                " looked at, ids from each title link (Springer chapter link gives the DOI)")


if __name__ == "__main__":
    main()
