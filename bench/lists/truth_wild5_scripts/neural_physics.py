"""Wild5 truth for awesome-physics/awesome-neural-physics README.md: an awesome list of machine-learning
papers for physics simulation in computer graphics (fluids, cloth, soft and rigid bodies).

Shape: one table per '## Topic' (Fluid, Cloth, Softbody, Rigidbody, Multiphys, Survey) with header
'|Name|Info|Link|Label|' and rows '|**Title**| Venue Year| [Link](url) | ![][~tag]![][~tag]' (no closing
pipe; the Label cell holds reference-style badge images whose definitions '[~fluid]:https://...' close the
file).  The Name cell is the bold plain title (never linked); the venue sits in Info (sometimes only a
year); the one URL is in the Link cell and goes to a DOI page, arXiv, a project page or GitHub.  Every row
is an entry (its subject is the bold-named paper even when Link points at code or a project page); a
paper listed in two tables (e.g. 'Machine learning for fluid mechanics' in Fluid and Survey) gives two
entries.  Title = the bold Name cell as written (BibTeX braces such as '{PAC}-Ne{RF}' and '{DiffAvatar}'
kept).  Not entries: the intro, the list's own '@misc{wang2024awesomelist' citation block and the badge
definitions.
Count check: rows per table 53, 22, 27, 21, 10, 3 (awk per '## ' section) = 136; every row matches the
row pattern (grep -v finds none).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "awesome-physics__awesome-neural-physics__README@00e564a.md"
PART = "wild5_development"
ROW = re.compile(r"\|\*\*([^*|]+)\*\*\|([^|]*)\| \[Link\]\(([^)]*)\) \|(.*)")
PER = {"Fluid": 53, "Cloth": 22, "Softbody": 27, "Rigidbody": 21, "Multiphys": 10, "Survey": 3}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: dict[str, int] = {}
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        if not text.startswith("|**"):
            continue
        m = ROW.fullmatch(text)
        assert m, i
        per[section] = per.get(section, 0) + 1
        papers.append(entry(lines, i, i, m.group(1)))
    assert per == PER, per
    write_truth(NAME, PART, papers,
                "every row of the six topic tables is an entry; title = the bold Name cell (plain text), ids from"
                " the Link cell; the list's own BibTeX and the badge definitions are not entries",
                "rows counted per section with awk (136) and every row matched against the pattern; titles of all"
                " rows read against the file, braces kept as written; DOIs from dl.acm.org, doi.org, Wiley and"
                " Springer links")


if __name__ == "__main__":
    main()
