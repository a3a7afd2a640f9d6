"""Wild13 truth for hbrleelab/hbrleelab.github.io resources.md: a chemistry lab's reading list of ACS editorials.

Shape: a Jekyll page, five '## Topic' sections (Writing and Organization 9, Figures and Artworks 9,
Submission, Review, and Publication 10, Impact Factor and Citations 5, Miscellaneous 2), each a
numbered list restarting at 1, every item three lines: 'N. **Title**  ' (two trailing spaces, a
hard break), an indented '*Journal* **Year**, vol, issue, pages  ' line in ACS style, and an
indented '[DOI](http://dx.doi.org/10.1021/...)' line.  Every item is an entry (35), its lines = the
three lines; title = the bold text (a '?' kept; one curly apostrophe, 'What’s in a Name?').  The
items are journal editorials (ACS Nano, Chem. Mater., J. Phys. Chem. Lett., ACS Energy Lett.), one
scholarly piece each, with a DOI.  Not entries: the front matter, headings and '---' rules.
Counts: 35 = 9 + 9 + 10 + 5 + 2, equal to grep -c '^[0-9]+\\. \\*\\*' and to the 35 dx.doi.org links.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "hbrleelab__hbrleelab.github.io__resources@3457e44.md"
PART = "wild13_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section: dict[str, int] = {}
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:]
            continue
        m = re.fullmatch(r"\d+\. \*\*(.+)\*\*  ", text)
        if not m:
            continue
        assert re.match(r"\s+\*[^*]+\* \*\*\d{4}\*\*, ", lines[i]), i
        assert re.fullmatch(r"\s+\[DOI\]\(http://dx\.doi\.org/10\.1021/\S+\)", lines[i + 1]), i
        per_section[section] = per_section.get(section, 0) + 1
        papers.append(entry(lines, i, i + 2, m.group(1)))
    assert list(per_section.values()) == [9, 9, 10, 5, 2], per_section
    assert len(papers) == 35 and all(p["doi"] for p in papers)
    write_truth(NAME, PART, papers,
                "every numbered item 'N. **Title**' + '*Journal* **Year**, ...' + '[DOI](dx.doi.org link)' is an"
                " entry (35 ACS editorials, three lines each), title = the bold text; DOI from the DOI link",
                "all 35 titles, journals lines and DOI links read against the file; per-section counts 9/9/10/5/2"
                " asserted; every item's three-line shape asserted")


if __name__ == "__main__":
    main()
