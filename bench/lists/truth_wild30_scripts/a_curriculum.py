"""Wild30 truth for Openning07/awesome-curriculum-learning README.md: an awesome list of curriculum
learning and self-paced learning papers, by year.

Shape: under `### SURVEY` and `### <year>` headings, each record is a multi-line list item:
`- Title.` (optionally followed by a backtick tag such as `Gen`, `Seg`, `RL`), then an indented
line of bracket links `[[VENUE]](url) [[code]](url)`, then optional indented quote bullets
(`  - "..."`, line 96-97 wraps onto a second indented line). Many records are followed by a
centred `<p align="center"><img ...></p>` figure block; the figure is not part of the entry's span
(the span ends at the last indented line of the item). Line 150 has no space after the dash
(`-Leveraging ...`), line 229 is indented by one space only. Line 35 writes the arXiv number after
the title in italics (`*arxiv 2101.10382*`), dropped from the title. Backtick tags after titles are
dropped. Not entries: the intro lines 6-11 (a `Bengio: "..."` quote), the contribution template in
the code fence (18-23) and the tag table (29-32).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "Openning07__awesome-curriculum-learning__README@5256294.md"
PART = "wild30_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = len(lines)
    i = 34  # first record after '### SURVEY' (line 34)
    while i <= n:
        ln = lines[i - 1]
        if re.match(r"^-\s?\S", ln):
            end = i
            j = i + 1
            while j <= n and lines[j - 1].strip() and re.match(r"^\s", lines[j - 1]):
                end = j
                j += 1
            t = re.sub(r"^-\s*", "", ln)
            t = re.sub(r"\s*`[^`]+`\s*$", "", t)
            t = re.sub(r"\s*\*arxiv [\d.]+\*\s*$", "", t)
            papers.append(entry(lines, i, end, t))
            i = end + 1
        else:
            i += 1
    assert len(papers) == 83, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every top-level list item after '### SURVEY' is an entry spanning its indented link and"
        " quote lines (not the following image block); the title is the item's first line without"
        " the final period and backtick tags.",
        "All entries checked by eye against the file: spans, titles, the undashed-space item (150),"
        " the one-space indent (229), the survey line with its arXiv number (35), tagged titles and"
        " the question-mark title (249).",
    )


if __name__ == "__main__":
    main()
