"""Wild26 truth for HuXiaoling/awesome-topology-driven-image-analysis README.md: a small awesome list
of topology-aware (persistent homology, discrete Morse theory) deep image analysis.

Shape: after resource sections (Books lines 25-27, Tools 29-31, Software 33-36, Tutorials 38-39,
Workshops 41-43), '## Papers' (line 45) has nine '###' task headings; under each, one '* ' bullet
per paper, author-first in MLA/Google-Scholar style:
'* Authors. "Title." Venue'YYYY. [[Paper](url)]'.
Title = the text between the double quotes, the separator '.' the citation puts inside the closing
quote removed.  Special cases: line 79 puts the period outside the quote ('..."Title".'); lines
81-83 write authors 'A and B and C' (BibTeX style) or 'Surname, Given and ...' (line 81); line 49
has two spaces before its venue and links a PMC page; line 72 has no '.' after the venue; line 80 has
no space before '[[Paper]'; line 80's title keeps its Greek 'χ'.
Not entries: the two books (lines 26-27, textbooks), tools/software (Wikipedia and library links),
the tutorial and the two workshops (lines 39, 42-43), the table of contents, the maintainer line.
Count check: 57 bullets between line 45 and the maintainer line (37 Segmentation, 3 Classification,
1 Detection, 2 Registration, 3 Reconstruction, 1 Counting, 2 Uncertainty, 3 Generative, 5 Other),
each with exactly one quoted title.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "HuXiaoling__awesome-topology-driven-image-analysis__README@786174b.md"
PART = "wild26_development"


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Papers") + 1
    papers = []
    per_section: dict[str, int] = {}
    section = None
    for i, text in enumerate(lines, 1):
        if i <= start:
            continue
        if text.startswith("### "):
            section = text[4:].strip()
            continue
        if not text.startswith("* "):
            continue
        assert text.count('"') == 2, i
        m = re.search(r'"(.+?)"', text)
        title = m.group(1).strip()
        title = re.sub(r"[.,]$", "", title)
        papers.append(entry(lines, i, i, title))
        per_section[section] = per_section.get(section, 0) + 1
    assert per_section == {"Segmentation": 37, "Classification": 3, "Detection": 1, "Registration": 2,
                           "Reconstruction": 3, "Counting": 1, "Uncertainty Estimation": 2,
                           "Generative Models": 3, "Other Topics": 5}, per_section
    assert len(papers) == 57, len(papers)
    write_truth(NAME, PART, papers,
                "every '* ' bullet under '## Papers' (author-first MLA-style reference) is an entry; title = the"
                " text inside the double quotes without the citation's closing '.'; books, tools, software,"
                " tutorial and workshop bullets above '## Papers' are not entries",
                "all 57 entries read by eye against the file (every title, the quote placement on line 79,"
                " BibTeX-style author lists on lines 81-83); arXiv ids (pdf links) and the two"
                " Springer chapter DOIs (lines 67-68) checked; IEEE Xplore, CVF, PMC, ScienceDirect pii and"
                " OpenReview links give no id")


if __name__ == "__main__":
    main()
