"""Wild10 truth for Richardwarriors/Membership-Inference-Attacks-on-Recommendation-System Readme.md.

Shape: the companion of a survey of membership inference attacks on recommender systems, papers
in ten Markdown tables ('# Attack Papers YYYY' x5, '# Defence Papers YYYY' x5), one paper per row:
'| Year | *Title* | Attack Target | Adversarial Knowledge | Target Model | Venue | Paper Link |
Code Link |' (attack tables) or '| Year | *Title* | Defense Type | Venue | Paper Link | Code Link |'
(defence tables).  The link cells write the URL as the link text with a '#' target
('[https://arxiv.org/abs/...](#)') or as a bare URL.

Entry: every data row of the ten tables (a row starting '| 20'); title = the italic text of the
second cell.  Ids come from the row's own text (the arXiv or dl.acm.org/doi URL written in the
Paper Link cell).  Papers in both an attack and a defence table are two entries (two rows).
Not entries: the survey itself in the header blockquote (line 14, the list's own survey), the
quick-link rows of year anchors, the contribution template in a code block and the cite-us BibTeX.

Count check: grep -c '^| 20' gives 21 rows: attack 2+2+2+1+1 = 8, defence 2+2+5+3+1 = 13.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "Richardwarriors__Membership-Inference-Attacks-on-Recommendation-System__Readme@cf9e282.md"
PART = "wild10_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    per_section: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        h = re.match(r"# \S+ \*\*((?:Attack|Defence) Papers \d{4})\*\*", text)
        if h:
            section = h.group(1)
            continue
        if not text.startswith("| 20"):
            continue
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        m = re.fullmatch(r"\*(.+)\*", cells[1])
        assert m, (i, cells[1])
        papers.append(entry(lines, i, i, m.group(1)))
        per_section[section] = per_section.get(section, 0) + 1
    expected = {"Attack Papers 2025": 2, "Attack Papers 2024": 2, "Attack Papers 2023": 2,
                "Attack Papers 2022": 1, "Attack Papers 2021": 1, "Defence Papers 2025": 2,
                "Defence Papers 2024": 2, "Defence Papers 2023": 5, "Defence Papers 2022": 3,
                "Defence Papers 2021": 1}
    assert per_section == expected, per_section
    assert len(papers) == 21
    write_truth(NAME, PART, papers,
                "every data row ('| 20..') of the five attack and five defence tables is an entry, title = the"
                " italic Title cell; the header blockquote naming the list's own survey, the year quick links,"
                " the contribution template and the cite-us BibTeX are not entries",
                "all 21 rows against the file (per-table counts 2,2,2,1,1 / 2,2,5,3,1 by eye and by grep"
                " '^| 20'), every title and every id: arXiv and ACM DOI URLs written as link text or bare,"
                " the IEEE Xplore and NeurIPS links give no id; the five papers listed in both an attack and a"
                " defence table are two entries each; line 148 links arXiv 2203.11491 (the id of line 161's"
                " paper), kept as written")


if __name__ == "__main__":
    main()
