"""Wild17 truth for aurura212/cognitive_psychology paper_list.md: a psychology student's list of the
papers (on people and AI) they stored and read, the repository holding the PDFs and a separate
notes file.

Shape: '## 2025', '## 2024', '## 2023', '## 2022' year headings, under each a numbered list
'N. Title' restarting at 1, one line per paper, plain text: no authors, no venue, no link, no id.
Entries: every numbered item (27).  Title = the item text after 'N. ' as written (the list's own
casing, e.g. 'A turing test of ...', 'Thinking about god ...'; en dashes in 'human–AI' kept).
The year headings are not entries.  No arXiv ids or DOIs anywhere.

Count check: 7 + 8 + 6 + 6 = 27 items (numbers per heading read off the file and asserted as
1..n runs).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild17 import entry, read_lines, write_truth

NAME = "aurura212__cognitive_psychology__paper_list@add50e8.md"
PART = "wild17_development"
PER_YEAR = {"2025": 7, "2024": 8, "2023": 6, "2022": 6}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    numbers: dict[str, list[int]] = {}
    year = None
    for i, text in enumerate(lines, 1):
        h = re.match(r"## (\d{4})$", text)
        if h:
            year = h.group(1)
            numbers[year] = []
            continue
        m = re.match(r"(\d+)\. (.+)$", text)
        if m:
            assert year, i
            numbers[year].append(int(m.group(1)))
            papers.append(entry(lines, i, i, m.group(2)))
            continue
        assert not text.strip(), (i, text)
    assert {y: len(v) for y, v in numbers.items()} == PER_YEAR, numbers
    assert all(v == list(range(1, len(v) + 1)) for v in numbers.values()), numbers
    assert len(papers) == 27
    write_truth(
        NAME, PART, papers,
        "every numbered item under the '## <year>' headings is an entry (one plain-text title per"
        " line, no link); title = the text after 'N. '",
        "all 27 items one by one against the file (numbering 1..n under each of the 4 year headings,"
        " titles as written incl. lower-case 'turing'/'god' and en dashes); no ids in the file")


if __name__ == "__main__":
    main()
