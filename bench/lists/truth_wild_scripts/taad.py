"""Wild truth for thunlp/TAADpapers README: numbered '1. **Title**. *Authors*. Venue. `tag` [[pdf]](url) [[code]](url)'.

Every '1. **' item of the sections 0 to 6 is an entry, the Toolkits included (each is a demo
paper with its own pdf).  An item runs to its last continuation line (some put the authors and
links on the next one or two lines).  Title = the bold text (a final '.' inside or after it
dropped).  The badges, the contents and the contributors block are not entries.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "truth_scripts"))
from _wild import entry, read_lines, write_truth

NAME = "thunlp__TAADpapers__README@fbd155c.md"
PART = "wild_held_out"
LINES = read_lines(NAME)
PAPERS: list[dict] = []


def add(first: int, last: int, title: str | None) -> None:
    PAPERS.append(entry(LINES, first, last, title))


def write(method: str, checked: str) -> None:
    write_truth(NAME, PART, PAPERS, method, checked)


def main() -> None:
    starts = [i for i, text in enumerate(LINES, 1) if re.match(r"1\.\s+\*\*", text)]
    for i in starts:
        end = i
        j = i + 1
        while j <= len(LINES) and LINES[j - 1].strip() and not re.match(r"1\.\s|#", LINES[j - 1]):
            end = j
            j += 1
        title = re.match(r"1\.\s+\*\*(.+?)\*\*", LINES[i - 1]).group(1)
        add(i, end, title)
    write("every numbered '1. **Title**' item (Toolkits demo papers included) is an entry, running over its"
          " author/link continuation lines; title = the bold text",
          "the count (155 numbered items, as the file's PaperNumber badge says), every multi-line item (15),"
          " 22 items spread over all sections (titles, lines, ids), the arXiv ftp and v4 links, the ACM and"
          " Springer DOI links, titles with curly quotes and a final '.' inside the bold")


if __name__ == "__main__":
    main()
