"""Wild9 truth for snadi/cmput663-F17 CourseAdmin/PaperList.md: the paper list of a graduate
software-engineering seminar (University of Alberta CMPUT 663, Fall 2017, mining software
repositories, variability, merge, APIs) from which students pick papers to present.

Shape: an HTML <p> box with the course name, one paragraph of instructions, then one flat numbered list
'N. [Title](url), Authors et al., VENUE 'YY.' (lines 10-33; item 15 has two spaces after the number).
Every link is a DOI resolver behind the university's EZproxy ('http://dx.doi.org.login.ezproxy.
library.ualberta.ca/10.1109/...'), so the DOI is written literally in each URL; items 8 and 10 have an
empty link '[Title]()' and '-- Link to be posted', no id.

Entry = each numbered item: 24 (numbers 1-24, checked against the count of '^N. ' lines).  Title = the
link text.  No arXiv ids.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "snadi__cmput663-F17__CourseAdmin__PaperList@601ff5e.md"
LINES = read_lines(NAME)

ITEM = re.compile(r"^(\d+)\.\s+\[([^\]]+)\]\(([^)]*)\)")


def main() -> None:
    papers = []
    numbers = []
    for i, text in enumerate(LINES, 1):
        m = ITEM.match(text)
        if not m:
            assert not re.match(r"^\d+\.", text), i
            continue
        numbers.append(int(m.group(1)))
        papers.append(entry(LINES, i, i, m.group(2)))
        if not m.group(3):
            assert "Link to be posted" in text, i
    assert numbers == list(range(1, 25)), numbers
    assert sum(1 for p in papers if p["doi"]) == 22
    write_truth(NAME, "wild9_development", papers,
                "every 'N. [Title](url), Authors, VENUE' item of the numbered list is an entry, title = the link"
                " text; DOIs from the EZproxy-prefixed dx.doi.org links",
                "all 24 entries against the file (numbers 1-24), the two link-less items 8 and 10, each DOI"
                " against its URL")


if __name__ == "__main__":
    main()
