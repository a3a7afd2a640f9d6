"""Wild22 truth for waghmaregovind/awesome-temporal-point-processes README.md: an awesome list of
temporal point process papers.

Shape: '# Lecture notes, tutorials and blogs' (lines 8-23: nested bullets under 'Lecture notes',
'Tutorial', 'Blog', some grouped under an author bullet 'By Thinklab [KDD-2019]' / 'By [Oleksandr
Shchur](...)'), then '# Papers' with one '## YYYY' heading per year (2025 down to 2016, lines
27-133), one bullet per paper:
    * [Title](url) [VENUE-YYYY] [![GitHub Repo stars](shields badge)](github repo)
    * **NICK**: [Title](url) [VENUE-YYYY] ...
and a closing '# Other awesome-tpp repos' with three GitHub links.
Entry = one paper bullet; title = the link text.  A bold nickname before the link ('**THP**:',
'**SAHP**:', 21 bullets) is outside the link text and is not part of the title; the bracketed
venue tag, the stars badge and the repo link after it are not either.
Decisions in the first section: line 11 'Temporal Point Processes and the Conditional Intensity
Function' links an arXiv preprint (1806.00221, lecture notes posted as a paper) and is an entry;
line 10 (course lecture slides PDF), line 12 ('Lectures on the Poisson Process', a book), the
tutorials (lines 14-19: UAI-2022 tutorial PDF, three KDD-2019 tutorial parts, the ICML-2018
tutorial page) and the two blog posts (lines 22-23) are not entries, nor are the grouping bullets
(lines 9, 13, 15, 20, 21).  The three 'Other awesome-tpp repos' links are not entries.
Special cases: line 61 repeats line 59 (ProActive): two entries.  Line 28 links arXiv 1812.01276
(the id of the paper on line 109); kept as written.  Line 98 (a survey PDF on thinklab.sjtu.edu.cn,
tag '[2019]') and line 116 (an is.mpg.de PDF, '[2018]') are papers.  Line 75's tag reads
'[Research track KDD-2021]', line 89's '[ML4H at NeurIPS-2020]'.
Ids: arXiv abs/pdf links, some with a version ('2110.09823v3'); DOIs from link.springer.com/chapter
(line 40) and dl.acm.org/doi[/abs] (lines 76, 112, 118).
Count check: 88 paper bullets under '# Papers' + 1 (line 11) = 89 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "waghmaregovind__awesome-temporal-point-processes__README@3d39c06.md"
PART = "wild22_development"
PAPER = re.compile(r"^\* +(?:\*\*[^*]+\*\*: )?\[([^\]]+)\]\([^)]+\) ?\[")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# Papers") + 1
    stop = lines.index("# Other awesome-tpp repos") + 1
    papers = []
    m = re.match(r"^  \* \[([^\]]+)\]\(https://arxiv\.org/pdf/1806\.00221\.pdf\) \[arXiv-2018\]$", lines[10])
    assert m
    papers.append(entry(lines, 11, 11, m.group(1)))
    nick = 0
    for i in range(start + 1, stop):
        text = lines[i - 1]
        if not text.strip() or text.startswith("## "):
            continue
        m = PAPER.match(text)
        assert m, i
        nick += text.startswith(("* **", "*  **"))
        papers.append(entry(lines, i, i, m.group(1)))
    assert nick == 21, nick
    assert len(papers) == 89, len(papers)
    write_truth(NAME, PART, papers,
                "every bullet under '# Papers' (one per paper, by year) is an entry, title = the link text"
                " (a bold nickname before the link, the venue tag and the stars badge are not part of it);"
                " in the lecture-notes section only the arXiv preprint (line 11) is an entry, not the"
                " lecture slides, the book, tutorials or blog posts",
                "every line of the first section decided by eye; first and last bullet of every year, all"
                " 21 nickname bullets, the duplicate ProActive (59/61), lines 28, 40, 75, 76, 89, 98, 112,"
                " 116, 118, a sample of 20 titles and arXiv ids (versions dropped) against the file")


if __name__ == "__main__":
    main()
