"""Wild16 truth for acadTags/Awesome-medical-coding-NLP README: paragraphs '-[Title](url) - notes, in Venue - `tags`'.

Shape: a clinical-NLP (automated ICD coding) awesome list.  Each paper is its own one-line
paragraph that starts with '-[' (no space after the hyphen, so Markdown renders it as a plain
paragraph, not a list item), separated by blank lines, under '# Reviews' and the year headings
'## 2024' .. '## 2017' of '# Paper by years'.  After the link come a dash and a description,
the venue and year, code/video links and back-quoted tags.

Entries: every '-[' line from '# Reviews' up to '# Datasets (EHR only)'.  Title = the first
link text.  Line 16 names a second link '(arXiv version)' of the same review: one entry (its
first id is the arXiv one; the ScienceDirect pii is not a DOI).  Not entries: the three dataset
lines of '# Datasets (EHR only)' (MIMIC-IV, MIMIC-III, CodieEsp: datasets, no paper), the intro
prose and the tag legend.

Counts checked a second way: 6 review lines (lines 10-20) and per year 8, 6, 15, 13, 10, 5, 3, 2
(2024 .. 2017) = 62, total 68 (grep '^-\\[' gives 71, minus the 3 dataset lines).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "acadTags__Awesome-medical-coding-NLP__README@1c0c710.md"
PART = "wild16_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    per_section: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        if text.startswith("#"):
            section = text.strip("# ").strip()
            continue
        if section in (None, "Datasets (EHR only)"):
            continue
        if text.startswith("-["):
            m = re.match(r"-\[(.+?)\]\(", text)
            papers.append(entry(lines, i, i, m.group(1)))
            per_section[section] = per_section.get(section, 0) + 1
    assert per_section == {"Reviews": 6, "2024": 8, "2023": 6, "2022": 15, "2021": 13, "2020": 10,
                           "2019": 5, "2018": 3, "2017": 2}, per_section
    assert len(papers) == 68
    write_truth(NAME, PART, papers,
                "every '-[Title](url)' paragraph under Reviews and the year headings is an entry, title = the"
                " first link text; the Datasets (EHR only) lines are datasets, not entries",
                "per-section counts (6 reviews; 8, 6, 15, 13, 10, 5, 3, 2 for 2024-2017; 68 in all = 71 '-[' lines"
                " minus 3 dataset lines), every title against the file by eye, line 16 with a second"
                " '(arXiv version)' link kept as one entry")


if __name__ == "__main__":
    main()
