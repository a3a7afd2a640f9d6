"""Wild24 truth for 5ujinKang/Paper-Wiki README.md: a systems PhD student's reading list.

Shape: under '# Paper-List', three <details> blocks ('Before 2025 (17)' lines 9-41, '2025 (4)'
lines 43-50, '2026 (6)' lines 52-71), one paper per '- ' line, plain text, no links at all.
Most lines put the venue first: '- VENUE / Title' (lines 12-39, 45-48; 'OSDI '20 / ...' with a
year), '- SOSP/25/Title' (lines 56-59, 63), once '- ATC: Title' (line 64).  Lines 65-70 give the
bare title followed by an empty link placeholder ' []'.  Inside the 2026 block two month
sub-headings ('<br> 1月 （4/9）' line 54, '<br> 2月 （2/8）' line 62) and a to-do note
'+ ADD SPRING 2025' (line 60) are not entries.  Lines 45-48 follow the <summary> line without a
blank line, so GitHub renders them as raw text of the HTML block rather than a list; they are
still one record per line.
Entry: every '- ' line inside the three blocks (all are papers: conference papers and one
journal paper).  Title = the text after the venue prefix ('VENUE / ', 'SOSP/25/', and 'ATC: ' on
line 64, a venue the list writes as 'ATC / ' elsewhere), without the trailing ' []' and the final
'.' of line 59.  Titles with their own colon ('CHERIoT RTOS: ...', 'μFork: ...', 'Deterministic
Client: ...') keep it.
Repeats: 'Extending Applications Safely and Efficiently' (lines 46, 69) and 'Disentangling the
Dual Role of NIC Receive Rings' (lines 47, 68) are separate entries.
Count check: 17 + 4 + 12 = 33 '- ' lines between line 9 and the last </details>.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "5ujinKang__Paper-Wiki__README@a7d9830.md"
PART = "wild24_development"
PREFIX = re.compile(r"^- (?:[A-Za-z]+(?: '\d\d)? / |SOSP/25/|ATC: )?(.+?)$")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("# Paper-List") + 1
    papers = []
    for i, text in enumerate(lines, 1):
        if i <= start or not text.startswith("- "):
            continue
        title = PREFIX.match(text).group(1)
        title = re.sub(r"\s*\[\]$", "", title)
        if i == 59:
            assert title.endswith("."), title
            title = title[:-1]
        papers.append(entry(lines, i, i, title))
    blocks = [(9, 41), (43, 50), (52, 71)]
    counts = [sum(1 for p in papers if a < p["line"] < b) for a, b in blocks]
    assert counts == [17, 4, 12], counts
    assert len(papers) == 33, len(papers)
    assert lines[59] == "+ ADD SPRING 2025"
    write_truth(NAME, PART, papers,
                "every '- ' line in the three <details> blocks is an entry (plain-text papers, no links);"
                " title = the text after the venue prefix ('VENUE / ', 'SOSP/25/', 'ATC: ') without a trailing"
                " ' []' or final '.'; month sub-headings and the '+ ADD SPRING 2025' note are not entries",
                "every one of the 33 entries checked by eye against its line, including the prefix forms, the"
                " ' []' lines 65-70, line 59's final period and the two repeated titles")


if __name__ == "__main__":
    main()
