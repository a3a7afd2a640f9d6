"""Wild10 truth for Critical-Infrastructure-Systems-Lab/manual docs/hydrology-and-energy-systems.md.

Shape: a water-resources lab's reading list (Jekyll page, YAML front matter) on hydrology, climate
and energy systems by region: four '## Region' sections (Global studies, Southeast Asia, South Asia,
CONUS), each one pipe table '| **Title** | **Author / Year** | **Theme** | **Comment** |' whose rows
are '| [Title](url) | Names et al. (Year) | theme | comment |'.  The file ends with blank lines and a
stray backtick.

Entry: every table row whose first cell is a link (39, all journal articles: Nature, Science, PNAS,
AGU/Wiley, Elsevier, IOP, Springer, ACS, MDPI, T&F).  Title: the link text as written (one holds a
full stop, 'PyPSA-Earth. A new global ...'; the South Asia row of Deshmukh et al. repeats the title
of the Global row of Destouni et al. with another link, kept as written).  Ids: DOIs written in the
URL (Wiley, PNAS, Science, IOP with its '/meta' or '/pdf' tail dropped, ACS 'doi/epdf', Springer,
T&F); Nature article ids, ScienceDirect pii and MDPI paths are not DOIs.

Count checks: grep -c '^| \\[' = 39; per section 12, 7, 11, 9 counted by eye.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "Critical-Infrastructure-Systems-Lab__manual__docs__hydrology-and-energy-systems@3381016.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_section: list[int] = []
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            per_section.append(0)
            continue
        m = re.match(r"\| \[(.+?)\]\(", text)
        if not m:
            continue
        per_section[-1] += 1
        papers.append(entry(lines, i, i, m.group(1)))
    assert per_section == [12, 7, 11, 9], per_section
    assert len(papers) == 39
    write_truth(NAME, "wild10_development", papers,
                "every table row '| [Title](url) | Names (Year) | theme | comment |' of the four region tables is an"
                " entry (39 articles), title = the link text; DOIs only where the URL writes one",
                "every row (39) read against the file with its id: the IOP '/meta' and '/pdf' tails, ACS 'epdf',"
                " Nature/ScienceDirect/MDPI links without DOI, the repeated 'Hydroclimatic shifts' title, section"
                " counts 12/7/11/9")


if __name__ == "__main__":
    main()
